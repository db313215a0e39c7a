"""Bad code units and unencodable models give clear one-line errors; helpers behave."""

from __future__ import annotations

import struct

import pytest

from reassembler.dex.codec import (
    assemble,
    decode_code,
    fits,
    format_instruction,
    instruction_units,
    make,
)
from reassembler.dex.errors import DexFormatError, DexWriteError
from reassembler.dex.model import (
    Code,
    FieldRef,
    FillArrayDataPayload,
    Instruction,
    MethodRef,
    PackedSwitchPayload,
    Proto,
)
from reassembler.dex.opcodes import BY_NAME
from tests.dex_codec.support import TaggedRefs

REFS = TaggedRefs()


def units(*words: int) -> bytes:
    return struct.pack(f"<{len(words)}H", *words)


@pytest.mark.parametrize(
    ("insns", "message"),
    [
        (units(0x003E), "unknown opcode 0x3e"),
        (units(0x0014, 0x1234), "const is truncated"),
        (units(0x0028 | 0x10 << 8), "target 0x10 is outside the code"),
        (units(0x000E, 0x0400, 0, 0), "unknown payload ident 0x0400"),
        (units(0x002B, 0x0004, 0x0000, 0x000E, 0x0300, 0x0001, 0, 0), "holds FillArrayData"),
        (units(0x0026, 0x0003, 0x0000, 0x0000, 0x0100, 0x0001, 0, 0, 3, 0), "no payload"),
        (units(0x000E, 0x0100, 0x0002, 0, 0), "truncated"),
        (units(0x6E | 0x60 << 8, 0, 0), "argument count 6 > 5"),
        (b"\x0e", "not a whole number of code units"),
    ],
)
def test_decode_rejects_bad_code(insns: bytes, message: str) -> None:
    with pytest.raises(DexFormatError, match=message):
        decode_code(insns, REFS)


def test_resolver_index_errors_become_format_errors() -> None:
    class Short(TaggedRefs):
        def string(self, index: int) -> str:
            return ["only"][index]

    with pytest.raises(DexFormatError, match=r"@0x0000: index operand out of range"):
        decode_code(units(0x001A, 0x0005), Short())


def test_decode_switch_targets_are_absolute() -> None:
    # 0: nop; 1: packed-switch v0 -> payload at 4 (+3); 4: payload (cases +2, -1 from the switch)
    code = units(0x0000, 0x002B, 0x0003, 0x0000, 0x0100, 0x0002, 0x000A, 0x0000,
                 0x0002, 0x0000, 0xFFFF, 0xFFFF)  # fmt: skip
    items = decode_code(code, REFS)
    payload = items[-1]
    assert isinstance(payload, PackedSwitchPayload)
    assert payload.switch_address == 1 and payload.first_key == 10
    assert payload.targets == [3, 0]
    assert payload.address == 4


def test_fill_array_data_payload_decodes_bytes() -> None:
    code = units(0x0026, 0x0004, 0x0000, 0x000E, 0x0300, 0x0002, 0x0003, 0x0000,
                 0x0001, 0x0002, 0xFFFF)  # fmt: skip
    items = decode_code(code, REFS)
    assert items[-1] == FillArrayDataPayload(2, b"\x01\x00\x02\x00\xff\xff", 4)


def test_assemble_rejects_unencodable_instructions() -> None:
    inv = Instruction(0x6E, (0,), ref=MethodRef("LM;", "m70000", Proto("V")))
    with pytest.raises(DexWriteError, match="method index 70000 does not fit invoke-virtual"):
        assemble(Code(1, 1, 1, [inv, Instruction(0x0E, address=3)]), REFS)
    big_reg = Instruction(0x01, (16, 0))
    with pytest.raises(DexWriteError, match="register v16 does not fit 4 bits"):
        assemble(Code(17, 0, 0, [big_reg]), REFS)
    big_lit = Instruction(0x12, (0,), literal=8)
    with pytest.raises(DexWriteError, match="literal 0x8 does not fit 11n"):
        assemble(Code(1, 0, 0, [big_lit]), REFS)
    wrong_ref = Instruction(0x60, (0,), ref="LT1;")
    with pytest.raises(DexWriteError, match="needs a field reference"):
        assemble(Code(1, 0, 0, [wrong_ref]), REFS)
    dangling = Instruction(0x28, target=99)
    with pytest.raises(DexWriteError, match="not the address of a code item"):
        assemble(Code(1, 0, 0, [dangling]), REFS)
    dup = [Instruction(0x0E), Instruction(0x0E)]
    with pytest.raises(DexWriteError, match="two code items have address 0x0000"):
        assemble(Code(1, 0, 0, dup), REFS)  # type: ignore[arg-type]


def test_fits_and_make() -> None:
    probe = Instruction(0, (3,), literal=100)
    assert not fits(BY_NAME["const/4"].opcode, probe)
    assert fits(BY_NAME["const/16"].opcode, probe)
    assert fits(BY_NAME["const"].opcode, Instruction(0, (3,), literal=0xBF800000))  # float bits
    assert not fits(BY_NAME["const-wide/32"].opcode, Instruction(0, (3,), literal=0xBF800000))
    assert not fits(BY_NAME["const/high16"].opcode, Instruction(0, (3,), literal=0x41200001))
    assert fits(BY_NAME["const/high16"].opcode, Instruction(0, (3,), literal=0x41200000))
    assert not fits(BY_NAME["invoke-static/range"].opcode, Instruction(0, (1, 3)))
    insn = make("iget-object", regs=(1, 2), ref=FieldRef("LA;", "f", "LB;"))
    assert format_instruction(insn) == "iget-object v1, v2, LA;->f:LB;"
    assert instruction_units(insn) == 2
    with pytest.raises(DexWriteError, match="cannot make const/4: literal 0x10 does not fit"):
        make("const/4", regs=(0,), literal=16)
    with pytest.raises(DexWriteError, match="unknown instruction name"):
        make("frobnicate")
    with pytest.raises(DexWriteError, match="needs a target"):
        make("goto")


def test_format_instruction_text() -> None:
    assert format_instruction(make("const-string", (0,), ref='a"\n')) == (
        'const-string v0, "a\\"\\n"'
    )
    assert format_instruction(make("if-eqz", (2,), target=0x12)) == "if-eqz v2, :0x0012"
    rng = make("invoke-static/range", (4, 5, 6), ref=MethodRef("LA;", "m", Proto("V", ("I",) * 3)))
    assert format_instruction(rng) == "invoke-static/range {v4 .. v6}, LA;->m(III)V"
    assert format_instruction(make("const/4", (1,), literal=-1)) == "const/4 v1, -0x1"


def test_registers_given_as_a_list_still_assemble() -> None:
    insn = Instruction(0x01, [1, 2])  # type: ignore[arg-type]
    out = assemble(Code(3, 0, 0, [insn, Instruction(0x0E, address=1)]), REFS)
    assert out.units == units(0x2101, 0x000E)


def test_unreferenced_switch_payload_is_relative_to_itself_and_round_trips() -> None:
    # 0: return-void; 1: nop (padding); 2: packed payload no switch uses, case +(-2) -> 0
    code = units(0x000E, 0x0000, 0x0100, 0x0001, 0x0000, 0x0000, 0xFFFE, 0xFFFF)
    items = decode_code(code, REFS)
    payload = items[-1]
    assert isinstance(payload, PackedSwitchPayload)
    assert payload.switch_address == 2 and payload.targets == [0]
    assert assemble(Code(1, 0, 0, items), REFS).units == code


def test_payload_shared_by_two_switches_is_rejected() -> None:
    code = units(0x002B, 0x0006, 0x0000, 0x002B, 0x0003, 0x0000,
                 0x0100, 0x0000, 0x0000, 0x0000)  # fmt: skip
    with pytest.raises(DexFormatError, match="already used by the switch at 0x0000"):
        decode_code(code, REFS)


def test_switch_and_payload_must_agree() -> None:
    items = decode_code(units(0x002B, 0x0004, 0x0000, 0x000E, 0x0100, 0x0001, 0, 0, 3, 0), REFS)
    payload = items[-1]
    assert isinstance(payload, PackedSwitchPayload)
    payload.switch_address = 3  # e.g. a copied payload whose owner was not updated
    with pytest.raises(DexWriteError, match="its payload names the switch at 0x0003"):
        assemble(Code(1, 0, 0, items), REFS)
