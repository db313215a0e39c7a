"""Semantic diff: equal modulo layout, and each kind of real change detected."""

from __future__ import annotations

import copy
import shutil
import subprocess
from pathlib import Path

import pytest

from reassembler.dex.container import open_dex_inputs
from reassembler.dex.diff import diff_dex, merge_dex
from reassembler.dex.model import (
    ClassDef,
    Code,
    DebugEvent,
    DebugInfo,
    DebugOp,
    DexFile,
    EncodedValue,
    Field,
    FieldRef,
    Handler,
    Instruction,
    Method,
    MethodRef,
    PackedSwitchPayload,
    Proto,
    TryBlock,
    ValueKind,
)
from reassembler.dex.reader import read_dex

CLS = "Lcom/example/A;"
SWITCH = MethodRef(CLS, "sw", Proto("V", ("I",)))


def _switch_code(*, padded: bool, wide_goto: bool = False, case: int = 3) -> Code:
    """`switch (p0) { case 0: ... }` laid out with or without an alignment nop.

    0: packed-switch v0, :payload   (3 units)
    3: goto :ret  (or goto/16, 2 units)
    4/5: return-void
    then [nop] payload (4-byte aligned either way)
    """
    goto_units = 2 if wide_goto else 1
    ret = 3 + goto_units
    payload_at = ret + 1
    switch = Instruction(0x2B, regs=(0,), address=0)
    items: list[Instruction | PackedSwitchPayload] = [
        switch,
        Instruction(0x29 if wide_goto else 0x28, target=ret, address=3),
        Instruction(0x0E, address=ret),
    ]
    if payload_at % 2:
        items.append(Instruction(0x00, address=payload_at))
        payload_at += 1
    if padded:
        items.append(Instruction(0x00, address=payload_at))
        items.append(Instruction(0x00, address=payload_at + 1))
        payload_at += 2
    switch.target = payload_at
    case_target = ret if case == 3 else 0
    items.append(PackedSwitchPayload(0, [case_target], switch_address=0, address=payload_at))
    lines = [DebugEvent(DebugOp.LINE, 0, line=10), DebugEvent(DebugOp.LINE, ret, line=11)]
    debug = DebugInfo(1, ["x"], lines)
    return Code(registers=1, ins=1, outs=0, items=list(items), debug=debug)


def _dex(code: Code, *, access: int = 0x9, values: list[EncodedValue] | None = None) -> DexFile:
    fields = [Field(FieldRef(CLS, "a", "I"), 0x8), Field(FieldRef(CLS, "b", "Ljava/lang/String;"), 0x8)]
    cls = ClassDef(
        CLS,
        0x1,
        "Ljava/lang/Object;",
        static_fields=fields,
        direct_methods=[Method(SWITCH, access, code)],
        static_values=values if values is not None else [EncodedValue(ValueKind.INT, 7)],
    )
    return DexFile(classes=[cls])


def test_equal_modulo_alignment_nops_and_goto_width() -> None:
    a = _dex(_switch_code(padded=False))
    b = _dex(_switch_code(padded=True, wide_goto=True))
    assert diff_dex(a, b) == []


def test_changed_switch_case_target_is_found() -> None:
    a = _dex(_switch_code(padded=False))
    b = _dex(_switch_code(padded=False, case=0))
    (msg,) = diff_dex(a, b)
    assert msg.startswith(f"{SWITCH}: instruction 3 differs: .packed-switch")


def test_changed_method_flag() -> None:
    diffs = diff_dex(_dex(_switch_code(padded=False)), _dex(_switch_code(padded=False), access=0x8))
    assert diffs == [f"{SWITCH}: access flags 0x9 != 0x8"]


def test_changed_instruction_names_both_sides() -> None:
    a = _dex(_switch_code(padded=False))
    b = _dex(_switch_code(padded=False))
    b.classes[0].direct_methods[0].code.items[0].regs = (1,)  # type: ignore[union-attr]
    (msg,) = diff_dex(a, b)
    assert msg.startswith(f"{SWITCH}: instruction 0 differs: packed-switch v0, ")
    assert " != packed-switch v1, " in msg


def test_static_values_trailing_defaults_equal_absent_but_changes_are_found() -> None:
    code = _switch_code(padded=False)
    base = _dex(code, values=[EncodedValue(ValueKind.INT, 7)])
    padded = _dex(code, values=[EncodedValue(ValueKind.INT, 7), EncodedValue(ValueKind.NULL, None)])
    assert diff_dex(base, padded) == []
    changed = _dex(code, values=[EncodedValue(ValueKind.INT, 8)])
    (msg,) = diff_dex(base, changed)
    assert msg.startswith(f"{CLS}: static value of {CLS}->a:I differs")
    string = _dex(code, values=[EncodedValue(ValueKind.INT, 7), EncodedValue(ValueKind.STRING, "s")])
    (msg,) = diff_dex(base, string)
    assert f"{CLS}->b:Ljava/lang/String;" in msg


def test_split_try_blocks_equal_merged_ones_but_handler_changes_are_found() -> None:
    handlers = (Handler("Ljava/lang/Exception;", 5),)
    a = _dex(_switch_code(padded=False))
    b = _dex(_switch_code(padded=False))
    c = _dex(_switch_code(padded=False))
    a.classes[0].direct_methods[0].code.tries = [TryBlock(0, 4, handlers)]  # type: ignore[union-attr]
    b.classes[0].direct_methods[0].code.tries = [  # type: ignore[union-attr]
        TryBlock(0, 3, handlers),
        TryBlock(3, 4, handlers),
    ]
    c.classes[0].direct_methods[0].code.tries = [TryBlock(0, 3, handlers)]  # type: ignore[union-attr]
    assert diff_dex(a, b) == []
    (msg,) = diff_dex(a, c)
    assert msg.startswith(f"{SWITCH}: exception handlers at instruction 1 differ")


def test_debug_line_change_is_found() -> None:
    a = _dex(_switch_code(padded=False))
    b = _dex(_switch_code(padded=True))
    b.classes[0].direct_methods[0].code.debug.events[1] = DebugEvent(DebugOp.LINE, 4, line=12)  # type: ignore[union-attr]
    (msg,) = diff_dex(a, b)
    assert msg == f"{SWITCH}: debug line table entry 1 differs: (2, 11) != (2, 12)"


def test_class_sets_and_merge_first_definition_wins() -> None:
    a = _dex(_switch_code(padded=False))
    other = ClassDef("Lcom/example/B;", 0x1, "Ljava/lang/Object;")
    shadow = copy.deepcopy(a.classes[0])
    shadow.access = 0x11
    merged = merge_dex([a, DexFile(classes=[other, shadow])])
    assert [c.type for c in merged.classes] == [CLS, "Lcom/example/B;"]
    assert merged.classes[0].access == 0x1
    assert diff_dex(a, merged, names=("x.dex", "y.apk")) == ["class Lcom/example/B; only in y.apk"]


@pytest.fixture(scope="module")
def corpus_dex(droidbench_apks: list[Path]) -> bytes:
    # a mid-sized file with annotations, tries, switches and debug info
    return sorted((d for apk in droidbench_apks[:10] for _, d in open_dex_inputs(apk)), key=len)[-1]


def test_corpus_file_equals_itself_and_a_flag_change_is_found(corpus_dex: bytes) -> None:
    a, b = read_dex(corpus_dex), read_dex(corpus_dex)
    assert diff_dex(a, b) == []
    cls = next(c for c in b.classes if c.virtual_methods)
    cls.virtual_methods[0].access ^= 0x10
    assert diff_dex(a, b) == [
        f"{cls.virtual_methods[0].ref}: access flags "
        f"{cls.virtual_methods[0].access ^ 0x10:#x} != {cls.virtual_methods[0].access:#x}"
    ]


def test_corpus_static_value_change_is_found(corpus_dex: bytes) -> None:
    a, b = read_dex(corpus_dex), read_dex(corpus_dex)
    cls = next(c for c in b.classes if any(v.kind is ValueKind.INT for v in c.static_values))
    i = next(i for i, v in enumerate(cls.static_values) if v.kind is ValueKind.INT)
    old = cls.static_values[i]
    cls.static_values[i] = EncodedValue(ValueKind.INT, int(old.value) + 1)  # type: ignore[call-overload]
    (msg,) = diff_dex(a, b)
    assert msg.startswith(f"{cls.type}: static value of {cls.static_fields[i].ref} differs")


def test_static_values_follow_their_fields_when_a_writer_reorders_them() -> None:
    code = _switch_code(padded=False)
    values = [EncodedValue(ValueKind.INT, 7), EncodedValue(ValueKind.STRING, "s")]
    a = _dex(code, values=list(values))
    b = _dex(code, values=list(reversed(values)))
    b.classes[0].static_fields.reverse()
    assert diff_dex(a, b) == []
    b.classes[0].static_values[0] = EncodedValue(ValueKind.STRING, "t")
    assert diff_dex(a, b) == [
        f"{CLS}: static value of {CLS}->b:Ljava/lang/String; differs: "
        "(<ValueKind.STRING: 23>, 's') != (<ValueKind.STRING: 23>, 't')"
    ]


@pytest.fixture(scope="module")
def relaid_by_smali(
    droidbench_apks: list[Path], tmp_path_factory: pytest.TempPathFactory
) -> tuple[bytes, bytes]:
    """A 330 KB corpus DEX and the same classes re-laid out by `baksmali d` + `smali a`."""
    if shutil.which("baksmali") is None or shutil.which("smali") is None:
        pytest.skip("baksmali/smali are not installed")
    candidates = [(len(d), d) for apk in droidbench_apks for _, d in open_dex_inputs(apk)]
    mid = [d for size, d in sorted(candidates, key=lambda c: c[0]) if size > 100_000]
    if not mid:
        pytest.skip("no mid-sized DEX in this corpus")
    work = tmp_path_factory.mktemp("smali")
    (work / "in.dex").write_bytes(mid[0])
    for argv in (
        ["baksmali", "d", str(work / "in.dex"), "-o", str(work / "smali")],
        ["smali", "a", str(work / "smali"), "-o", str(work / "out.dex")],
    ):
        subprocess.run(argv, check=True, capture_output=True, timeout=300)
    return mid[0], (work / "out.dex").read_bytes()


def test_equal_to_an_independent_relayout_by_smali(relaid_by_smali: tuple[bytes, bytes]) -> None:
    """smali orders items, encodes debug info and lays out payloads its own way."""
    original, relaid = relaid_by_smali
    assert original != relaid
    assert diff_dex(read_dex(original), read_dex(relaid)) == []


def test_debug_events_on_one_register_keep_their_order() -> None:
    a = _dex(_switch_code(padded=False))
    b = _dex(_switch_code(padded=False))
    start = DebugEvent(DebugOp.START_LOCAL, 3, register=0, name="y", type="I")
    end = DebugEvent(DebugOp.END_LOCAL, 3, register=0)
    prologue = DebugEvent(DebugOp.SET_PROLOGUE_END, 3)
    a.classes[0].direct_methods[0].code.debug.events[1:1] = [end, start, prologue]  # type: ignore[union-attr]
    b.classes[0].direct_methods[0].code.debug.events[1:1] = [prologue, end, start]  # type: ignore[union-attr]
    assert diff_dex(a, b) == []  # prologue_end may move, the end/start pair may not
    b.classes[0].direct_methods[0].code.debug.events[1:4] = [start, end, prologue]  # type: ignore[union-attr]
    (msg,) = diff_dex(a, b)
    assert msg.startswith(f"{SWITCH}: debug local variables entry 1 differs")
