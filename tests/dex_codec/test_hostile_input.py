"""Hostile code units and models: only the toolkit's own errors come out, never a traceback."""

from __future__ import annotations

import struct

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from reassembler.dex.bytecode_verify import verify_assembled
from reassembler.dex.codec import assemble, decode_code
from reassembler.dex.errors import DexFormatError, DexWriteError
from reassembler.dex.model import Code, CodeItem, Instruction
from reassembler.dex.opcodes import OPCODES
from tests.dex_codec.support import TaggedRefs

REFS = TaggedRefs()
# Random units biased towards payload idents and real opcodes.
UNIT = st.one_of(
    st.integers(0, 0xFFFF),
    st.sampled_from([0x0100, 0x0200, 0x0300, 0x0000, 0x000E]),
    st.sampled_from(sorted(OPCODES)).map(lambda op: op | 0x1000),
)


@settings(max_examples=400, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(st.lists(UNIT, max_size=24))
def test_random_units_decode_or_raise_format_error(words: list[int]) -> None:
    data = struct.pack(f"<{len(words)}H", *words)
    try:
        items = decode_code(data, REFS)
    except DexFormatError as exc:
        assert "\n" not in str(exc)
        return
    # Whatever decodes re-assembles to the same bytes or is refused with a clear error.
    try:
        out = assemble(Code(0xFFFF, 0, 0xFF, items), REFS)
    except DexWriteError as exc:
        assert "\n" not in str(exc)
        return
    # Only non-canonical inputs (unused bits set, odd payload placement) may differ.
    if out.units != data:
        assert decode_code(out.units, REFS) is not None
    assert isinstance(verify_assembled(data, 0xFFFF, 0, 0xFF), list)


@settings(max_examples=200, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(
    st.lists(
        st.builds(
            Instruction,
            opcode=st.integers(-1, 300),
            regs=st.lists(st.integers(-2, 70000), max_size=6).map(tuple),
            literal=st.one_of(st.none(), st.integers(-(1 << 70), 1 << 70)),
            ref=st.one_of(st.none(), st.sampled_from(["S1", "LT2;"]), st.just(REFS.method(3))),
            target=st.one_of(st.none(), st.integers(-3, 40)),
        ),
        min_size=1,
        max_size=8,
    )
)
def test_random_models_assemble_or_raise_write_error(insns: list[Instruction]) -> None:
    items: list[CodeItem] = []
    for k, insn in enumerate(insns):
        insn.address = 3 * k
        items.append(insn)
    try:
        assemble(Code(16, 0, 0, items), REFS)
    except DexWriteError as exc:
        assert "\n" not in str(exc)
