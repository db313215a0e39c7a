"""Property tests: random static values and annotations survive write -> read exactly, and the
written file passes ART's verifier (dexdump)."""

from __future__ import annotations

import struct
import tempfile
from pathlib import Path

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from reassembler.dex.model import (
    Annotation,
    ClassDef,
    DexFile,
    EncodedAnnotation,
    EncodedValue,
    Field,
    FieldRef,
    MethodRef,
    Proto,
    ValueKind,
    Visibility,
)
from reassembler.dex.reader import read_dex
from reassembler.dex.writer import write_dex
from tests.dex_writer.conftest import dexdump_errors

# Any Unicode text, including NUL, supplementary characters and lone surrogates.
texts = st.text(st.characters(codec=None, exclude_categories=()), max_size=8)
names = st.from_regex(r"[a-z][a-zA-Z0-9_$]{0,6}", fullmatch=True)
descriptors = st.builds(lambda n: f"Lp/{n};", names)


def _bits(width: int) -> st.SearchStrategy[int]:
    return st.integers(0, 2 ** (8 * width) - 1)


def _signed(width: int) -> st.SearchStrategy[int]:
    return st.integers(-(2 ** (8 * width - 1)), 2 ** (8 * width - 1) - 1)


# Static values ART can load, each with a field type that fits it.
STATIC_TYPES = {
    ValueKind.BYTE: "B", ValueKind.SHORT: "S", ValueKind.CHAR: "C", ValueKind.INT: "I",
    ValueKind.LONG: "J", ValueKind.FLOAT: "F", ValueKind.DOUBLE: "D", ValueKind.BOOLEAN: "Z",
    ValueKind.STRING: "Ljava/lang/String;", ValueKind.TYPE: "Ljava/lang/Class;",
    ValueKind.NULL: "Ljava/lang/Object;",
}

scalars = st.one_of(
    st.builds(EncodedValue, st.just(ValueKind.BYTE), _signed(1)),
    st.builds(EncodedValue, st.just(ValueKind.SHORT), _signed(2)),
    st.builds(EncodedValue, st.just(ValueKind.CHAR), st.integers(0, 0xFFFF)),
    st.builds(EncodedValue, st.just(ValueKind.INT), _signed(4)),
    st.builds(EncodedValue, st.just(ValueKind.LONG), _signed(8)),
    st.builds(EncodedValue, st.just(ValueKind.FLOAT), _bits(4)),
    st.builds(EncodedValue, st.just(ValueKind.DOUBLE), _bits(8)),
    st.builds(EncodedValue, st.just(ValueKind.STRING), texts),
    st.builds(EncodedValue, st.just(ValueKind.TYPE), descriptors),
    st.builds(EncodedValue, st.just(ValueKind.FIELD),
              st.builds(FieldRef, descriptors, names, st.sampled_from(["I", "Ljava/lang/Object;"]))),
    st.builds(EncodedValue, st.just(ValueKind.METHOD),
              st.builds(MethodRef, descriptors, names,
                        st.builds(Proto, st.sampled_from(["V", "J"]),
                                  st.lists(st.sampled_from(["I", "[B"]), max_size=2).map(tuple)))),
    st.just(EncodedValue(ValueKind.NULL, None)),
    st.builds(EncodedValue, st.just(ValueKind.BOOLEAN), st.booleans()),
)


def _annotation(values: st.SearchStrategy[EncodedValue]) -> st.SearchStrategy[EncodedAnnotation]:
    elements = st.dictionaries(names, values, max_size=3).map(lambda d: tuple(sorted(d.items())))
    return st.builds(EncodedAnnotation, descriptors, elements)


values = st.recursive(
    scalars,
    lambda inner: st.one_of(
        st.builds(EncodedValue, st.just(ValueKind.ARRAY), st.lists(inner, max_size=3).map(tuple)),
        st.builds(EncodedValue, st.just(ValueKind.ANNOTATION), _annotation(inner)),
    ),
    max_leaves=6,
)


def _canon(annotation: EncodedAnnotation) -> EncodedAnnotation:
    """Elements in name order (the file sorts them by string index, i.e. by name)."""
    return EncodedAnnotation(annotation.type, tuple(sorted(annotation.elements)))


@settings(max_examples=60, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(
    statics=st.lists(scalars.filter(lambda v: v.kind in STATIC_TYPES), min_size=1, max_size=5),
    annotation=_annotation(values),
)
def test_values_and_annotations_round_trip_exactly(
    statics: list[EncodedValue], annotation: EncodedAnnotation
) -> None:
    cls = ClassDef(
        "Lp/Holder;", 0x1, "Ljava/lang/Object;",
        static_fields=[Field(FieldRef("Lp/Holder;", f"f{i}", STATIC_TYPES[v.kind]), 0x9)
                       for i, v in enumerate(statics)],
        static_values=statics,
        annotations=[Annotation(Visibility.RUNTIME, annotation)],
    )
    data = write_dex(DexFile([cls]))
    back = read_dex(data).classes[0]
    assert back.static_values == statics
    assert back.annotations[0].annotation == _canon(annotation)
    with tempfile.TemporaryDirectory() as tmp:
        path = Path(tmp) / "p.dex"
        path.write_bytes(data)
        assert dexdump_errors(path) == []
    assert struct.unpack_from("<I", data, 0x20)[0] == len(data)
