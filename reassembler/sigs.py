"""Parsing smali-notation signatures from trace records into model references."""

from __future__ import annotations

import re

from reassembler.dex.model import FieldRef, MethodRef, Proto
from reassembler.errors import ReassembleError

_TYPE = re.compile(r"\[*(?:[ZBSCIJFDV]|L[^;\[()]+;)")
_METHOD = re.compile(r"^(\[*L[^;]+;|\[+[ZBSCIJFD])->([^(:]+)\(([^)]*)\)(\S+)$")
_FIELD = re.compile(r"^(L[^;]+;)->([^:(]+):(\S+)$")


def split_types(text: str) -> tuple[str, ...]:
    """Split a concatenation of descriptors (`ILjava/lang/String;[J`) into a tuple."""
    out: list[str] = []
    pos = 0
    while pos < len(text):
        m = _TYPE.match(text, pos)
        if m is None:
            raise ReassembleError(f"bad type list {text!r}")
        out.append(m.group(0))
        pos = m.end()
    return tuple(out)


def is_type(text: str) -> bool:
    return _TYPE.fullmatch(text) is not None


def parse_method(sig: str) -> MethodRef:
    """`Lc;->m(IJ)V` -> MethodRef; ReassembleError when malformed."""
    m = _METHOD.match(sig)
    if m is None or not is_type(m.group(4)):
        raise ReassembleError(f"bad method signature {sig!r}")
    return MethodRef(m.group(1), m.group(2), Proto(m.group(4), split_types(m.group(3))))


def parse_field(sig: str) -> FieldRef:
    """`Lc;->f:I` -> FieldRef; ReassembleError when malformed."""
    m = _FIELD.match(sig)
    if m is None or not is_type(m.group(3)):
        raise ReassembleError(f"bad field signature {sig!r}")
    return FieldRef(m.group(1), m.group(2), m.group(3))


def java_name(descriptor: str) -> str:
    """`La/b/C$D;` -> `a.b.C$D` (the name Class.forName and loadClass take)."""
    if descriptor.startswith("L") and descriptor.endswith(";"):
        return descriptor[1:-1].replace("/", ".")
    return descriptor.replace("/", ".")


def descriptor_of(java: str) -> str:
    """`a.b.C` -> `La/b/C;`."""
    return "L" + java.replace(".", "/") + ";"
