"""Building inserted instructions with fresh, unique item addresses.

Model rule (see reassembler/dex/model.py and `codec.assemble`): a branch, switch or
try target is the `.address` of an item in `Code.items`, and addresses are unique.
Inserted items therefore get addresses far beyond anything the code already uses,
so they never collide with an original item or with the end-of-code address.
"""

from __future__ import annotations

from reassembler.dex.model import Code, Instruction, Reference
from reassembler.dex.opcodes import BY_NAME, OPCODES


class Emitter:
    """Makes instructions for one method's code, each with a fresh unique address."""

    def __init__(self, code: Code) -> None:
        top = max([it.address for it in code.items] + [t.end for t in code.tries] + [0])
        self._next = top + 0x100000

    def address(self) -> int:
        self._next += 1
        return self._next

    def insn(
        self,
        name: str,
        regs: tuple[int, ...] = (),
        *,
        literal: int | None = None,
        ref: Reference | None = None,
        target: int | None = None,
    ) -> Instruction:
        return Instruction(
            opcode=BY_NAME[name].opcode,
            regs=regs,
            literal=literal,
            ref=ref,
            target=target,
            address=self.address(),
        )

    def moved(self, insn: Instruction) -> Instruction:
        """A copy of `insn` at a fresh address (the original's address goes to what is
        inserted before it, so branches and tries that reached it reach the insertion)."""
        return Instruction(insn.opcode, insn.regs, insn.literal, insn.ref, insn.ref2,
                           insn.target, self.address())


def opname(insn: Instruction) -> str:
    """The smali name of an instruction's opcode."""
    return OPCODES[insn.opcode].name


def reg_width(descriptor: str) -> int:
    """Registers a value of this type occupies (2 for long/double)."""
    return 2 if descriptor in ("J", "D") else 1


def move_for(descriptor: str) -> str:
    """The 16-bit-register move opcode for a value of this type."""
    if descriptor in ("J", "D"):
        return "move-wide/16"
    if descriptor[0] in "L[":
        return "move-object/16"
    return "move/16"
