"""Widening const-string -> /jumbo and goto -> goto/16 keeps every target on its instruction."""

from __future__ import annotations

from reassembler.dex.codec import AssembledCode, assemble, decode_code, instruction_units, make
from reassembler.dex.model import (
    Code,
    CodeItem,
    DebugEvent,
    DebugInfo,
    DebugOp,
    FillArrayDataPayload,
    Handler,
    Instruction,
    MethodRef,
    PackedSwitchPayload,
    Proto,
    SparseSwitchPayload,
    TryBlock,
)
from reassembler.dex.opcodes import BY_NAME
from tests.dex_codec.support import TaggedRefs

HUGE = "zz: a string whose index is past 65535"


CALLEE = MethodRef("Ljava/lang/String;", "valueOf", Proto("Ljava/lang/String;", ("Ljava/lang/Object;",)))


class FarStrings(TaggedRefs):
    """Test lookup: one string is number 70000 in the pool, one real callee is method 5."""

    def string_index(self, s: str) -> int:
        return 70000 if s == HUGE else super().string_index(s)

    def string(self, index: int) -> str:
        return HUGE if index == 70000 else super().string(index)

    def method_index(self, m: MethodRef) -> int:
        return 5 if m == CALLEE else super().method_index(m)

    def method(self, index: int) -> MethodRef:
        return CALLEE if index == 5 else super().method(index)


def build_method() -> Code:
    """A method with every kind of target, laid out with consecutive addresses."""
    items: list[CodeItem] = []

    def add(item: CodeItem) -> CodeItem:
        items.append(item)
        return item

    # Addresses are assigned below; targets refer to items, so patch them after.
    goto_far = add(make("goto", target=0))
    strings = [add(make("const-string", (1,), ref=HUGE)) for _ in range(60)]
    sw = add(make("packed-switch", (0,), target=0))
    ssw = add(make("sparse-switch", (0,), target=0))
    fill = add(make("fill-array-data", (2,), target=0))
    first_case = add(make("const-string", (1,), ref="S3"))
    back = add(make("if-nez", (0,), target=0))
    second_case = add(make("invoke-static", (1,), ref=CALLEE))
    ret = add(make("return-void"))
    handler = add(make("move-exception", (3,)))
    add(make("throw", (3,)))
    addr = 0
    for it in items:
        it.address = addr
        addr += instruction_units(it)
    if addr & 1:
        items.append(Instruction(0, address=addr))  # alignment nop, as a compiler writes it
        addr += 1
    packed = PackedSwitchPayload(7, [first_case.address, second_case.address], sw.address, addr)
    sparse = SparseSwitchPayload([-5, 100], [ret.address, first_case.address], ssw.address, addr + 8)
    filled = FillArrayDataPayload(4, b"\x01\x00\x00\x00\x02\x00\x00\x00\x03\x00\x00\x00", addr + 18)
    items += [packed, sparse, filled]
    goto_far.target = ret.address  # type: ignore[union-attr]
    sw.target, ssw.target, fill.target = packed.address, sparse.address, filled.address  # type: ignore[union-attr]
    back.target = strings[10].address  # type: ignore[union-attr]
    tries = [TryBlock(strings[0].address, ret.address, (Handler("Ljava/lang/Exception;",
                                                                handler.address),),
                      catch_all=handler.address)]  # fmt: skip
    debug = DebugInfo(1, [], [DebugEvent(DebugOp.LINE, strings[5].address, line=3),
                              DebugEvent(DebugOp.LINE, ret.address, line=9)])  # fmt: skip
    return Code(registers=4, ins=1, outs=1, items=items, tries=tries, debug=debug)


def _semantic(items: list[CodeItem]) -> list[CodeItem]:
    """Items without alignment nops (a nop right before a payload)."""
    return [
        it for k, it in enumerate(items)
        if not (isinstance(it, Instruction) and it.opcode == 0 and k + 1 < len(items)
                and not isinstance(items[k + 1], Instruction))
    ]  # fmt: skip


def test_widened_method_keeps_its_control_flow() -> None:
    code = build_method()
    lookup = FarStrings()
    out: AssembledCode = assemble(code, lookup)
    new_items = decode_code(out.units, lookup)
    old, new = _semantic(code.items), _semantic(new_items)
    assert len(old) == len(new)
    pair = {o.address: n for o, n in zip(old, new, strict=True)}
    amap = out.address_map
    for o, n in zip(old, new, strict=True):
        assert amap[o.address] == n.address
        if isinstance(o, Instruction):
            assert isinstance(n, Instruction)
            assert (o.regs, o.literal, o.ref) == (n.regs, n.literal, n.ref)
            if o.target is not None:
                assert n.target == pair[o.target].address  # lands on the same item
        else:
            assert type(o) is type(n) and n.address % 2 == 0  # payloads 4-byte aligned
            if isinstance(o, PackedSwitchPayload | SparseSwitchPayload):
                assert isinstance(n, PackedSwitchPayload | SparseSwitchPayload)
                assert n.targets == [pair[t].address for t in o.targets]
                assert n.switch_address == pair[o.switch_address].address
    # const-string at 70000 became jumbo; the goto over 60 widened strings became goto/16.
    assert {BY_NAME["const-string/jumbo"].opcode} == {
        n.opcode for n in new if isinstance(n, Instruction) and n.ref == HUGE
    }
    assert new[0].opcode == BY_NAME["goto/16"].opcode  # type: ignore[union-attr]
    assert [n.opcode for n in new if isinstance(n, Instruction) and n.ref == "S3"] == [0x1A]
    (t,) = out.tries
    (old_t,) = code.tries
    assert (t.start, t.end) == (amap[old_t.start], amap[old_t.end])
    assert t.handlers[0].address == amap[old_t.handlers[0].address] == t.catch_all
    assert out.debug is not None and code.debug is not None
    assert [e.address for e in out.debug.events] == [amap[e.address] for e in code.debug.events]


def test_goto_widens_to_32_bits_for_self_loops_and_far_jumps() -> None:
    loop = make("goto", target=0)
    out = assemble(Code(1, 0, 0, [loop]), TaggedRefs())
    assert out.units == bytes([0x2A, 0, 0, 0, 0, 0])  # goto/32 +0: the only self-branch form
    far: list[CodeItem] = [make("goto", target=1), make("const-wide", (0,), literal=1, address=1)]
    # 7000 five-unit instructions push the return 35000 units away: beyond goto/16.
    for k in range(7000):
        far.append(make("const-wide", (0,), literal=k, address=1 + 5 * (k + 1)))
    far.append(make("return-void", address=1 + 5 * 7001))
    far[0].target = far[-1].address  # type: ignore[union-attr]
    out = assemble(Code(2, 0, 0, far), TaggedRefs())
    first = decode_code(out.units, TaggedRefs())[0]
    assert first.opcode == BY_NAME["goto/32"].opcode  # type: ignore[union-attr]
    assert first.target == out.address_map[far[-1].address]  # type: ignore[union-attr]


def test_alignment_padding_is_added_and_dropped() -> None:
    # The input puts the payload at an odd address: assembling inserts a padding nop.
    items: list[CodeItem] = [
        make("fill-array-data", (0,), target=5, address=0),
        make("const/4", (0,), literal=1, address=3),
        make("return-void", address=4),
        FillArrayDataPayload(1, b"\x05", address=5),
    ]
    out = assemble(Code(1, 0, 0, items), TaggedRefs())
    decoded = decode_code(out.units, TaggedRefs())
    assert [getattr(d, "opcode", "payload") for d in decoded] == [0x26, 0x12, 0x0E, 0, "payload"]
    assert decoded[0].target == decoded[4].address == out.address_map[5] == 6  # type: ignore[union-attr]
    # A padding nop that widening made unnecessary is dropped.
    items = [
        make("fill-array-data", (0,), target=6, address=0),
        make("const-string", (0,), ref=HUGE, address=3),
        Instruction(0, address=5),
        FillArrayDataPayload(1, b"\x05", address=6),
    ]
    out = assemble(Code(1, 0, 0, items), FarStrings())
    decoded = decode_code(out.units, FarStrings())
    assert [getattr(d, "opcode", "payload") for d in decoded] == [0x26, 0x1B, "payload"]
    assert out.address_map[5] == out.address_map[6] == 6 == decoded[0].target  # type: ignore[union-attr]


def test_far_if_becomes_negated_if_over_goto32() -> None:
    items: list[CodeItem] = [make("if-lez", (0,), target=0), make("nop", address=2)]
    for k in range(7000):  # 35,000 units: beyond an if-*'s 16-bit offset
        items.append(make("const-wide", (2,), literal=k, address=3 + 5 * k))
    items.append(make("return-void", address=3 + 5 * 7000))
    items[0].target = items[-1].address  # type: ignore[union-attr]
    out = assemble(Code(4, 0, 0, items), TaggedRefs())
    decoded = decode_code(out.units, TaggedRefs())
    inverse, jump, after = decoded[0], decoded[1], decoded[2]
    assert isinstance(inverse, Instruction) and isinstance(jump, Instruction)
    assert inverse.opcode == BY_NAME["if-gtz"].opcode and inverse.regs == (0,)
    assert inverse.target == after.address == 5  # the fall-through path skips the goto/32
    assert jump.opcode == BY_NAME["goto/32"].opcode
    assert jump.target == out.address_map[items[-1].address] == decoded[-1].address
    assert out.address_map[items[1].address] == after.address
