"""Instruction codec: random valid instructions of every format survive assemble -> decode."""

from __future__ import annotations

from collections.abc import Callable

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from reassembler.dex.codec import assemble, decode_code, format_instruction, instruction_units
from reassembler.dex.model import (
    Code,
    CodeItem,
    FillArrayDataPayload,
    Instruction,
    PackedSwitchPayload,
    Reference,
    SparseSwitchPayload,
)
from reassembler.dex.opcodes import OPCODES, IndexKind, OpInfo
from tests.dex_codec.support import TaggedRefs

REFS = TaggedRefs()
REF_MAKERS: dict[IndexKind, Callable[[int], Reference]] = {
    IndexKind.STRING: REFS.string, IndexKind.TYPE: REFS.type, IndexKind.FIELD: REFS.field,
    IndexKind.METHOD: REFS.method, IndexKind.PROTO: REFS.proto,
    IndexKind.CALL_SITE: REFS.call_site, IndexKind.METHOD_HANDLE: REFS.method_handle,
}  # fmt: skip

NIB = st.integers(0, 15)
BYTE = st.integers(0, 255)
WORD = st.integers(0, 0xFFFF)
REGS = {
    "12x": (NIB, NIB), "11n": (NIB,), "11x": (BYTE,), "22x": (BYTE, WORD), "21t": (BYTE,),
    "21s": (BYTE,), "21h": (BYTE,), "21c": (BYTE,), "23x": (BYTE, BYTE, BYTE),
    "22b": (BYTE, BYTE), "22t": (NIB, NIB), "22s": (NIB, NIB), "22c": (NIB, NIB),
    "32x": (WORD, WORD), "31t": (BYTE,), "31i": (BYTE,), "31c": (BYTE,), "51l": (BYTE,),
}  # fmt: skip


def _signed(bits: int) -> st.SearchStrategy[int]:
    return st.integers(-(1 << (bits - 1)), (1 << (bits - 1)) - 1)


def _literal(info: OpInfo) -> st.SearchStrategy[int] | None:
    fmt = info.format
    if fmt == "21h":
        return _signed(16).map(lambda v: v << (16 if info.opcode == 0x15 else 48))
    bits = {"11n": 4, "22b": 8, "21s": 16, "22s": 16, "31i": 32, "51l": 64}.get(fmt)
    return _signed(bits) if bits else None


@st.composite
def instruction_bodies(draw: st.DrawFn, op: int) -> Instruction:
    info = OPCODES[op]
    fmt = info.format
    regs: tuple[int, ...]
    if fmt in ("35c", "45cc"):
        regs = tuple(draw(st.lists(NIB, max_size=5)))
    elif fmt in ("3rc", "4rcc"):
        count = draw(st.integers(0, 255))
        first = draw(st.integers(0, 0xFFFF - count)) if count else 0
        regs = tuple(range(first, first + count))
    else:
        regs = tuple(draw(s) for s in REGS.get(fmt, ()))
    lit_strategy = _literal(info)
    literal = draw(lit_strategy) if lit_strategy is not None else None
    ref = None
    if info.index is not IndexKind.NONE:
        limit = 0xFFFFFFFF if fmt == "31c" else 0xFFFF
        ref = REF_MAKERS[info.index](draw(st.integers(0, limit)))
    ref2 = REFS.proto(draw(WORD)) if info.index2 is IndexKind.PROTO else None
    return Instruction(op, regs, literal, ref, ref2)


@st.composite
def methods(draw: st.DrawFn) -> list[CodeItem]:
    """A random method: instructions of any opcode, then the payloads they reference."""
    ops = draw(st.lists(st.sampled_from(sorted(OPCODES)), min_size=1, max_size=40))
    insns = [draw(instruction_bodies(op)) for op in ops]
    addr = 0
    for insn in insns:
        insn.address = addr
        addr += instruction_units(insn)
    items: list[CodeItem] = list(insns)
    for insn in insns:
        info = OPCODES[insn.opcode]
        if info.can_branch:
            # Stay in range of the short forms and keep goto offsets non-zero, so
            # that assembling does not need to widen anything.
            reach = {"10t": 127, "20t": 32767}.get(info.format, 32767)
            cands = [
                i.address for i in insns
                if abs(i.address - insn.address) <= reach
                and (i is not insn or info.format not in ("10t", "20t"))
            ]  # fmt: skip
            if not cands:
                cands = [insn.address]
                insn.opcode = 0x2A if info.format in ("10t", "20t") else insn.opcode
            insn.target = draw(st.sampled_from(cands))
    for insn in insns:
        info = OPCODES[insn.opcode]
        if not info.is_payload_ref:
            continue
        if addr & 1:
            items.append(Instruction(0, address=addr))
            addr += 1
        payload: CodeItem
        targets = [i.address for i in insns]
        if insn.opcode == 0x2B:
            cases = draw(st.lists(st.sampled_from(targets), max_size=6))
            payload = PackedSwitchPayload(draw(_signed(32)), cases, insn.address, addr)
        elif insn.opcode == 0x2C:
            keys = sorted(draw(st.sets(_signed(32), max_size=6)))
            cases = [draw(st.sampled_from(targets)) for _ in keys]
            payload = SparseSwitchPayload(keys, cases, insn.address, addr)
        else:
            width = draw(st.sampled_from([1, 2, 4, 8]))
            data = draw(st.binary(max_size=24))
            data = data[: len(data) // width * width]
            payload = FillArrayDataPayload(width, data, addr)
        insn.target = addr
        items.append(payload)
        addr += instruction_units(payload)
    return items


@settings(max_examples=300, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(methods())
def test_assemble_then_decode_is_identity(items: list[CodeItem]) -> None:
    code = Code(registers=16, ins=0, outs=0, items=items)
    out = assemble(code, REFS)
    assert all(out.address_map[it.address] == it.address for it in items)
    decoded = decode_code(out.units, REFS)
    assert decoded == items, "\n".join(
        f"{format_instruction(a)} | {format_instruction(b)}" for a, b in zip(decoded, items, strict=False)
    )
    # Re-assembling the decoded code gives the same bytes.
    assert assemble(Code(16, 0, 0, decoded), REFS).units == out.units


def test_every_opcode_is_covered_by_the_table() -> None:
    # 224 opcodes are defined for DEX 035-039; the rest are unused or odex-only.
    assert len(OPCODES) == 224
    assert {0x3E, 0x43, 0x73, 0x79, 0x7A, 0xE3, 0xF9}.isdisjoint(OPCODES)
    assert OPCODES[0xFA].name == "invoke-polymorphic" and OPCODES[0xFA].format == "45cc"
    assert OPCODES[0xFF].index is IndexKind.PROTO and OPCODES[0xFE].min_version == 39
