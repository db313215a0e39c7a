"""Structural bytecode verification on the model (a subset of ART's method verifier).

Checks what makes ART reject a method or what the writer cannot lay out:
opcodes valid for the DEX version, registers and wide pairs in range, ins
and outs consistent, invoke argument counts matching the prototype, branch
targets on instruction boundaries (not into a payload or mid-instruction),
payloads referenced by the right kind of instruction and 4-byte aligned,
try ranges and handlers on boundaries, move-result / move-exception placed
where they are legal, and no reachable instruction falling off the end of
the code or into a payload. Types are not inferred (no register typing); what ART
checks only while type-checking (a return against the prototype) is checked on reachable
code only, as ART does.

Every problem is one message: "Lcom/a/B;->m()V @0x0012: branch target
0x0015 is not an instruction boundary".
"""

from __future__ import annotations

import re
from collections.abc import Callable, Sequence
from functools import lru_cache

from reassembler.dex.codec import (
    cached_operand_problem,
    decode_code,
    format_instruction,
    instruction_units,
    operand_problem,
    payload_units,
    ref_problem,
    refs_look_right,
)
from reassembler.dex.errors import DexError
from reassembler.dex.model import (
    CallSite,
    CodeItem,
    DexFile,
    FieldRef,
    FillArrayDataPayload,
    Instruction,
    Method,
    MethodHandle,
    MethodHandleKind,
    MethodRef,
    PackedSwitchPayload,
    Proto,
    SparseSwitchPayload,
    TryBlock,
)
from reassembler.dex.opcodes import OPCODES, IndexKind, OpInfo

ACC_STATIC = 0x0008
ACC_NATIVE = 0x0100
ACC_ABSTRACT = 0x0400

_PAYLOAD_FOR = {0x26: FillArrayDataPayload, 0x2B: PackedSwitchPayload, 0x2C: SparseSwitchPayload}
_MOVE_RESULTS = (0x0A, 0x0B, 0x0C)
_MOVE_EXCEPTION = 0x0D
_INVOKE_STATIC = (0x71, 0x77)
_INVOKE_DIRECT = (0x70, 0x76)


@lru_cache(maxsize=1 << 14)
def _words(proto: Proto) -> int:
    return sum(2 if p in ("J", "D") else 1 for p in proto.parameters)


def _arg_words(insn: Instruction) -> int | None:
    """Argument registers an invoke must pass, from its prototype (None: not checkable)."""
    op = insn.opcode
    if op in (0xFA, 0xFB):  # invoke-polymorphic: receiver + the call site's proto
        return 1 + _words(insn.ref2) if isinstance(insn.ref2, Proto) else None
    if isinstance(insn.ref, CallSite):  # invoke-custom: the call site's method type
        values = insn.ref.values
        if len(values) >= 3 and isinstance(values[2].value, Proto):
            return _words(values[2].value)
        return None
    if not isinstance(insn.ref, MethodRef):
        return None
    return _words(insn.ref.proto) + (0 if op in _INVOKE_STATIC else 1)


def verify_code(method: Method, dex_version: int = 35) -> list[str]:
    """Problems with one method's code (empty when it verifies)."""
    name = str(method.ref)
    code = method.code
    no_code = bool(method.access & (ACC_ABSTRACT | ACC_NATIVE))
    if code is None:
        return [] if no_code else [f"{name}: has no code but is neither abstract nor native"]
    errors: list[str] = []
    if no_code:
        errors.append(f"{name}: abstract or native method has code")
    ins_words = _words(method.ref.proto) + (0 if method.access & ACC_STATIC else 1)
    if code.ins != ins_words:
        errors.append(f"{name}: ins {code.ins} does not match the prototype ({ins_words} words)")
    errors += _check(name, code.items, code.registers, code.ins, code.outs, code.tries,
                     dex_version, check_refs=True, aligned_layout=_is_laid_out(code.items),
                     return_type=method.ref.proto.return_type)  # fmt: skip
    return errors


def verify_dex(dex: DexFile) -> list[str]:
    """Problems in every method of a DEX model (empty when all verify)."""
    errors: list[str] = []
    for cls in dex.classes:
        for method in cls.methods():
            if method.ref.class_ != cls.type:
                errors.append(f"{method.ref}: listed under class {cls.type}")
            errors += verify_code(method, dex.version)
    return errors


def verify_dex_bytes(data: bytes, name: str, warn: Callable[[str], None] | None = None,
                     *, as_input: bool = False) -> list[str]:
    """Problems of one DEX file: its read error, or every method's verifier problem, each
    prefixed with `name` (empty when it reads and verifies). What the reader accepts with a
    warning (a stale SHA-1) goes to `warn`; `as_input` also accepts, with a warning, what
    Android installs but rejects when the class is used (code that does not decode)."""
    from reassembler.dex.reader import read_dex  # the reader does not depend on the verifier

    try:
        model = read_dex(data, name=name, warn=warn, bad_code="throw" if as_input else "error")
    except DexError as exc:
        return [str(exc)]
    return [f"{name}: {e}" for e in verify_dex(model)]


class _StructuralResolver:
    """Resolves indices to placeholders: verify_assembled checks structure, not references."""

    def string(self, index: int) -> str:
        return f"string@{index}"

    def type(self, index: int) -> str:
        return f"Ltype@{index};"

    def field(self, index: int) -> FieldRef:
        return FieldRef("Lfield;", f"f{index}", "I")

    def method(self, index: int) -> MethodRef:
        return MethodRef("Lmethod;", f"m{index}", Proto("V"))

    def proto(self, index: int) -> Proto:
        return Proto("V")

    def call_site(self, index: int) -> CallSite:
        return CallSite(())

    def method_handle(self, index: int) -> MethodHandle:
        return MethodHandle(MethodHandleKind.INVOKE_STATIC, self.method(index))


def verify_assembled(
    units: bytes,
    registers: int,
    ins: int,
    outs: int = 0,
    tries: Sequence[TryBlock] = (),
    dex_version: int = 35,
    name: str = "code",
) -> list[str]:
    """Problems in encoded insns (e.g. the writer's output): decoding, layout and structure.

    Index operands are not resolved, so reference kinds and invoke argument
    counts are not checked here (verify_code does that on the model).
    """
    try:
        items = decode_code(units, _StructuralResolver())
    except DexError as exc:
        return [f"{name}: {exc}"]
    return _check(name, items, registers, ins, outs, list(tries), dex_version,
                  check_refs=False, aligned_layout=True)  # fmt: skip


# Per-opcode facts as flat lists: the checks below run on every instruction of
# every method, so they avoid dict and enum lookups in the loop.
_INFO: list[OpInfo | None] = [OPCODES.get(op) for op in range(256)]
_UNITS = [info.units if info else 1 for info in _INFO]


_DESCRIPTOR = re.compile(r"\[*(?:[ZBSCIJFD]|L[^;\[.]+;)")
# Field access opcodes: iget/iput/sget/sput each list the same seven kinds in this order.
_FIELD_KINDS = ("IF", "JD", "L[", "Z", "B", "C", "S")
_FIELD_BASES = (0x52, 0x59, 0x60, 0x67)
_RETURN_KINDS = {0x0E: "V", 0x0F: "IZBSCF", 0x10: "JD", 0x11: "L["}


@lru_cache(maxsize=1 << 16)
def _meaning_problem(op: int, ref: object, return_type: str | None) -> str | None:
    """What ART would refuse about the referenced type/field/return, beyond its Python type."""
    kinds = _RETURN_KINDS.get(op)
    if kinds is not None:
        if return_type and return_type[0] not in kinds:
            return f"does not match the method's return type {return_type}"
        return None
    if isinstance(ref, FieldRef):
        if not _DESCRIPTOR.fullmatch(ref.type):
            return f"field type {ref.type!r} is not a type descriptor"
        for base in _FIELD_BASES:
            if base <= op < base + 7:
                if ref.type[0] not in _FIELD_KINDS[op - base]:
                    return f"field type {ref.type} does not suit {OPCODES[op].name}"
        return None
    info = OPCODES[op]
    if info.index is not IndexKind.TYPE or not isinstance(ref, str):
        return None
    if not _DESCRIPTOR.fullmatch(ref):
        return f"{ref!r} is not a type descriptor"
    if op == 0x22 and ref[0] != "L":  # new-instance
        return "new-instance needs a class type"
    if op in (0x23, 0x24, 0x25):  # new-array, filled-new-array(/range)
        if ref[0] != "[":
            return f"{info.name} needs an array type"
        if op != 0x23 and ref[1] not in "IL[":
            return f"{info.name} supports only int and reference arrays"
    elif ref[0] not in "L[" and op != 0x1C:  # check-cast, instance-of
        # const-class of a primitive type is legal: ART resolves it to the primitive's
        # class object (int.class); D8 emits it for multi-dimensional primitive arrays.
        return f"{info.name} needs a reference type"
    return None


def _is_laid_out(items: list[CodeItem]) -> bool:
    """True when item addresses are a consecutive layout (as read from a file)."""
    addr = 0
    units = _UNITS
    for it in items:
        if it.address != addr:
            return False
        addr += units[it.opcode] if type(it) is Instruction else payload_units(it)
    return True


def _check(
    name: str,
    items: list[CodeItem],
    registers: int,
    ins: int,
    outs: int,
    tries: Sequence[TryBlock],
    version: int,
    *,
    check_refs: bool,
    aligned_layout: bool,
    return_type: str | None = None,
) -> list[str]:
    errors: list[str] = []

    def err(addr: int, msg: str) -> None:
        errors.append(f"{name} @0x{addr:04x}: {msg}")

    if ins > registers:
        errors.append(f"{name}: ins {ins} > registers {registers}")
    if not items:
        errors.append(f"{name}: code is empty")
        return errors
    pos_of: dict[int, int] = {}
    for k, it in enumerate(items):
        if it.address in pos_of:
            err(it.address, "two items at the same address")
        pos_of[it.address] = k
    last = items[-1]
    end = last.address + instruction_units(last)
    is_insn = [type(it) is Instruction for it in items]
    insn_addrs = {it.address for it, ok in zip(items, is_insn, strict=True) if ok}
    handlers = {h.address for t in tries for h in t.handlers} | {
        t.catch_all for t in tries if t.catch_all is not None
    }
    infos = _INFO
    typing_problems: list[tuple[int, int, str]] = []  # (position, address, problem)

    for k, it in enumerate(items):
        if not is_insn[k]:
            _check_payload(it, aligned_layout, insn_addrs, err)
            continue
        assert isinstance(it, Instruction)
        op = it.opcode
        info = infos[op] if 0 <= op < 256 else None
        if info is None:
            err(it.address, f"unknown opcode 0x{op:02x}")
            continue
        if info.min_version > version:
            err(it.address, f"{info.name} needs DEX version 0{info.min_version} "
                            f"(file is 0{version})")  # fmt: skip
        regs = it.regs
        try:
            problem = cached_operand_problem(op, regs, it.literal)
        except TypeError:  # unhashable operands
            problem = operand_problem(info, it)
        if problem is None and check_refs and not refs_look_right(it):
            problem = ref_problem(info, it)
        if problem:
            err(it.address, f"{format_instruction(it)}: {problem}")
            continue
        if regs:
            if max(regs) >= registers:
                bad = max(regs)
                err(it.address, f"{format_instruction(it)}: register v{bad} >= registers "
                                f"{registers}")  # fmt: skip
            for pos in info.wide:
                if pos < len(regs) and regs[pos] + 1 == registers:
                    err(it.address, f"{format_instruction(it)}: wide pair v{regs[pos]}/"
                                    f"v{regs[pos] + 1} exceeds registers {registers}")  # fmt: skip
        if info.is_invoke:
            if len(regs) > outs:
                err(it.address, f"{format_instruction(it)}: {len(regs)} argument words > "
                                f"outs {outs}")  # fmt: skip
            want = _arg_words(it) if check_refs else None
            if want is not None and want != len(regs):
                err(it.address, f"{format_instruction(it)}: passes {len(regs)} argument words, "
                                f"the prototype takes {want}")  # fmt: skip
            callee = it.ref
            if check_refs and isinstance(callee, MethodRef) and callee.name[0] == "<":
                if callee.name == "<clinit>":
                    err(it.address, f"{format_instruction(it)}: <clinit> cannot be invoked")
                elif callee.name == "<init>" and op not in _INVOKE_DIRECT:
                    err(it.address, f"{format_instruction(it)}: a constructor can only be "
                                    "called with invoke-direct")  # fmt: skip
        t = it.target
        if t is not None:
            if info.is_payload_ref:
                want_kind = _PAYLOAD_FOR[op]
                j = pos_of.get(t)
                if j is None or not isinstance(items[j], want_kind):
                    err(it.address, f"{format_instruction(it)}: target 0x{t:04x} is not a "
                                    f"{want_kind.__name__}")  # fmt: skip
            elif t not in insn_addrs:
                err(it.address, f"branch target 0x{t:04x} is not an instruction boundary")
            elif t == it.address and op != 0x2A:
                err(it.address, f"{info.name} branches to itself (only goto/32 may)")
        if check_refs and info.is_return and return_type:
            # ART checks a return against the prototype while type-checking, which it
            # does on reachable code only (method_verifier.cc): D8 leaves a dead
            # `return-void` after a `throw` in non-void methods.
            meaning = _meaning_problem(op, None, return_type)
            if meaning:
                typing_problems.append((k, it.address, f"{format_instruction(it)}: {meaning}"))
        elif check_refs and isinstance(it.ref, str | FieldRef):
            meaning = _meaning_problem(op, it.ref, return_type)
            if meaning:
                err(it.address, f"{format_instruction(it)}: {meaning}")
        if op in _MOVE_RESULTS:
            prev = items[k - 1] if k else None
            prev_info = infos[prev.opcode] if isinstance(prev, Instruction) else None
            if prev_info is None or not prev_info.sets_result:
                err(it.address, f"{info.name} does not follow an invoke or filled-new-array")
        elif op == _MOVE_EXCEPTION and it.address not in handlers:
            err(it.address, "move-exception is not the first instruction of a handler")

    errors += _check_tries(name, tries, insn_addrs, end)
    flow_errors, reachable = _check_flow(name, items, is_insn, pos_of, tries)
    errors += flow_errors
    errors += [f"{name} @0x{addr:04x}: {msg}" for k, addr, msg in typing_problems if reachable[k]]
    return errors


def _check_payload(
    it: CodeItem, aligned_layout: bool, insn_addrs: set[int], err: Callable[[int, str], None]
) -> None:
    if aligned_layout and it.address % 2:
        err(it.address, f"{type(it).__name__} is not 4-byte aligned")
    if isinstance(it, SparseSwitchPayload) and any(
        b <= a for a, b in zip(it.keys, it.keys[1:], strict=False)
    ):
        err(it.address, "sparse-switch keys are not in ascending order")
    if isinstance(it, FillArrayDataPayload) and (
        it.element_width not in (1, 2, 4, 8) or len(it.data) % it.element_width
    ):
        err(it.address, f"fill-array-data element width {it.element_width} with "
                        f"{len(it.data)} bytes")  # fmt: skip
    if isinstance(it, PackedSwitchPayload | SparseSwitchPayload):
        for t in it.targets:
            if t not in insn_addrs:
                err(it.address, f"switch case target 0x{t:04x} is not an instruction boundary")


def _check_tries(
    name: str, tries: Sequence[TryBlock], insn_addrs: set[int], end: int
) -> list[str]:
    errors: list[str] = []
    prev_end = -1
    for t in tries:
        label = f"{name}: try 0x{t.start:04x}..0x{t.end:04x}"
        if t.start >= t.end:
            errors.append(f"{label}: start is not before end")
        if t.start not in insn_addrs:
            errors.append(f"{label}: start is not an instruction boundary")
        if t.end not in insn_addrs and t.end != end:
            errors.append(f"{label}: end is not an instruction boundary")
        if t.start < prev_end:
            errors.append(f"{label}: overlaps or precedes the previous try")
        prev_end = max(prev_end, t.end)
        if not t.handlers and t.catch_all is None:
            errors.append(f"{label}: has no handler")
        for h in t.handlers:
            if h.address not in insn_addrs:
                errors.append(f"{label}: handler {h.type} at 0x{h.address:04x} is not an "
                              "instruction boundary")  # fmt: skip
        if t.catch_all is not None and t.catch_all not in insn_addrs:
            errors.append(f"{label}: catch-all handler 0x{t.catch_all:04x} is not an "
                          "instruction boundary")  # fmt: skip
    return errors


def _check_flow(
    name: str,
    items: list[CodeItem],
    is_insn: list[bool],
    pos_of: dict[int, int],
    tries: Sequence[TryBlock],
) -> tuple[list[str], bytearray]:
    """Reachable instructions must not run off the end of the code or into a payload;
    also returns which item positions are reachable.

    Walks item positions from the first instruction through fall-through,
    branches, switch cases and, for throwing instructions inside a try, its
    handlers. Bad targets are skipped here (the boundary checks report them).
    """
    n = len(items)
    ranges = [
        (t.start, t.end,
         [pos_of[a] for a in [h.address for h in t.handlers] + [t.catch_all] if a in pos_of])
        for t in tries
    ]  # fmt: skip
    infos = _INFO
    errors: list[str] = []
    seen = bytearray(n)
    work = [0]
    while work:
        k = work.pop()
        if seen[k]:
            continue
        seen[k] = 1
        it = items[k]
        if not is_insn[k]:
            continue
        assert isinstance(it, Instruction)
        op = it.opcode
        info = infos[op] if 0 <= op < 256 else None
        if info is None:
            continue
        if info.can_continue:
            if k + 1 == n:
                errors.append(f"{name} @0x{it.address:04x}: {info.name} falls off the end of "
                              "the code")  # fmt: skip
            elif not is_insn[k + 1]:
                errors.append(f"{name} @0x{it.address:04x}: {info.name} falls through into a "
                              "payload")  # fmt: skip
            else:
                work.append(k + 1)
        t = it.target
        if t is not None:
            j = pos_of.get(t)
            if j is not None:
                if info.is_switch:
                    payload = items[j]
                    if isinstance(payload, PackedSwitchPayload | SparseSwitchPayload):
                        work += [pos_of[c] for c in payload.targets if c in pos_of]
                elif info.can_branch:
                    work.append(j)
        if info.can_throw and ranges:
            a = it.address
            for start, stop, hs in ranges:
                if start <= a < stop:
                    work += hs
    return errors, seen
