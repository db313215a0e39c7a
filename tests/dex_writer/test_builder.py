"""From-scratch API: build a class by hand, write it, and let dexdump and baksmali judge it."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

import pytest

from reassembler.dex.builder import (
    ACC_PUBLIC,
    ACC_STATIC,
    ClassBuilder,
    build_dex,
    make_code,
    parse_method,
)
from reassembler.dex.errors import DexWriteError
from reassembler.dex.model import EncodedValue, Instruction, MethodRef, Proto, ValueKind
from reassembler.dex.writer import write_dex
from tests.dex_writer.conftest import SmaliCompare, dexdump_errors

HELLO_SMALI = """\
.class public Lcom/example/Hello;
.super Ljava/lang/Object;


# direct methods
.method public static hello()V
    .registers 2

    const-string v0, "dexlego"

    const-string v1, "hello"

    invoke-static {v0, v1}, Landroid/util/Log;->i(Ljava/lang/String;Ljava/lang/String;)I

    return-void
.end method
"""


def hello_class() -> ClassBuilder:
    hello = ClassBuilder("Lcom/example/Hello;")
    hello.method(
        "hello", "()V", access=ACC_PUBLIC | ACC_STATIC, registers=2,
        code=[
            ("const-string", "v0", "dexlego"),
            ("const-string", "v1", "hello"),
            ("invoke-static", "v0", "v1",
             "Landroid/util/Log;->i(Ljava/lang/String;Ljava/lang/String;)I"),
            ("return-void",),
        ],
    )
    return hello


def test_hello_class_passes_dexdump_and_disassembles_exactly(
    tmp_path: Path, baksmali_dir: Callable[[Path, Path], dict[str, str]]
) -> None:
    dex = tmp_path / "hello.dex"
    dex.write_bytes(write_dex(build_dex(hello_class())))
    assert dexdump_errors(dex) == []
    assert baksmali_dir(dex, tmp_path / "out") == {"com/example/Hello.smali": HELLO_SMALI}


def test_builder_resolves_labels_parameters_and_outs() -> None:
    code = make_code(
        [
            ("if-eqz", "p0", ":done"),
            ("invoke-static", "p0", "p1", "La;->f(IJ)V"),
            ":done",
            ("return-void",),
        ],
        registers=4,
        ins=3,
    )
    first, call, ret = code.items
    assert isinstance(first, Instruction) and isinstance(ret, Instruction)
    assert first.regs == (1,) and first.target == ret.address == 5
    assert isinstance(call, Instruction) and call.regs == (1, 2)
    assert call.ref == MethodRef("La;", "f", Proto("V", ("I", "J")))
    assert code.outs == 2


def test_static_values_fill_defaults_and_drop_trailing_unset() -> None:
    cls = ClassBuilder("La;")
    cls.field("x", "J", access=ACC_STATIC)
    cls.field("y", "I", access=ACC_STATIC, value=EncodedValue(ValueKind.INT, 7))
    cls.field("z", "Ljava/lang/String;", access=ACC_STATIC)
    assert cls.build().static_values == [
        EncodedValue(ValueKind.LONG, 0), EncodedValue(ValueKind.INT, 7)
    ]


@pytest.mark.parametrize(
    ("code", "message"),
    [
        ([("goto", ":nowhere")], "undefined label :nowhere"),
        ([("no-such-op",)], "unknown instruction"),
        ([("invoke-static", "v0", "La;-f()V")], "bad method reference"),
        ([("const-string", "x0", "s")], "bad register"),
        (["oops"], "labels start with ':'"),
    ],
)
def test_bad_code_gives_one_clear_error(code: list[object], message: str) -> None:
    cls = ClassBuilder("La;")
    with pytest.raises(DexWriteError, match=message):
        cls.method("m", "()V", access=ACC_STATIC, registers=1, code=code)  # type: ignore[arg-type]


def test_parse_method_reads_arrays_and_wide_types() -> None:
    ref = parse_method("Lp/Q;->m([[ILjava/lang/String;D)[J")
    assert ref == MethodRef("Lp/Q;", "m", Proto("[J", ("[[I", "Ljava/lang/String;", "D")))


def test_smali_comparer_reports_the_first_differing_line(
    tmp_path: Path, smali_compare: SmaliCompare
) -> None:
    """The judge of the corpus round trip can fail: one changed string is reported."""
    same, changed = tmp_path / "a.dex", tmp_path / "b.dex"
    same.write_bytes(write_dex(build_dex(hello_class())))
    other = hello_class()
    code = other.cls.direct_methods[0].code
    assert code is not None and isinstance(code.items[1], Instruction)
    code.items[1].ref = "bye"
    changed.write_bytes(write_dex(build_dex(other)))
    results = smali_compare([(same, same), (changed, same)])
    assert results[str(same)] == [f"OK {same} 1"]
    assert results[str(changed)] == [
        f"DIFF {changed} Lcom/example/Hello;",
        '--     const-string v1, "bye"',
        '++     const-string v1, "hello"',
    ]
