"""Register widening: give a method `extra` fresh registers without renumbering its body.

Dalvik passes the arguments in the *last* `ins` registers. Growing `registers`
by N moves the incoming arguments N registers up, so we insert moves at method
entry that copy every argument back down to the register the body expects.
The body keeps its numbering; registers old_registers .. old_registers+N-1 are
free once the entry moves have run (the last ones held incoming arguments,
already copied).

Before (registers 3, ins 2: v0 local, p0=v1 this, p1=v2 an int)::

    .registers 3            # v0 | v1=this | v2=int
    add-int/lit8 v0, v2, 1

After widening by 2 (registers 5)::

    .registers 5            # incoming: v3=this, v4=int
    move-object/16 v1, v3   # entry moves, ascending so no source is clobbered
    move/16 v2, v4
    add-int/lit8 v0, v2, 1  # body unchanged; v3, v4 now free

The moves get fresh addresses and the original first instruction keeps its own,
so a loop back to address 0 does not re-run them and a try starting at 0 does not
cover them.
"""

from __future__ import annotations

from reassembler.dex.model import Code, Proto
from reassembler.emit import Emitter, move_for, reg_width
from reassembler.errors import ReassembleError


def parameter_types(proto: Proto, is_static: bool, class_type: str) -> list[str]:
    """Types of the incoming argument registers in order (`this` first for instance methods)."""
    return ([] if is_static else [class_type]) + list(proto.parameters)


def widen(code: Code, proto: Proto, is_static: bool, class_type: str, extra: int) -> int:
    """Add `extra` registers to `code` in place; return the first free register.

    Free registers are `first .. first+extra-1`, usable anywhere after the entry moves.
    """
    if extra <= 0:
        return code.registers
    types = parameter_types(proto, is_static, class_type)
    words = sum(reg_width(t) for t in types)
    if words != code.ins:
        raise ReassembleError(
            f"cannot widen registers: {words} argument words for {proto} but ins={code.ins}"
        )
    if code.registers + extra > 0xFFFF:
        raise ReassembleError("cannot widen registers: more than 65535 registers")
    first_free = code.registers
    locals_ = code.registers - code.ins
    emit = Emitter(code)
    moves = []
    offset = 0
    for t in types:
        old = locals_ + offset
        moves.append(emit.insn(move_for(t), (old, old + extra)))
        offset += reg_width(t)
    code.items[0:0] = moves
    code.registers += extra
    return first_free
