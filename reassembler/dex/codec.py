"""Dalvik instruction codec: decode code units to model items, assemble them back.

`decode_code` turns a code_item's insns into `Instruction`s and payloads with
absolute addresses and targets. `assemble` lays a `Code` out again with fresh
indices, widening const-string and goto forms and re-aligning payloads as
needed, and remaps tries and debug events. Decoding is table driven: one
small decoder function per opcode, chosen by indexing a 256-entry list.
"""

from __future__ import annotations

import gc
import sys
from array import array
from collections.abc import Callable, Sequence
from dataclasses import dataclass, field, replace
from functools import lru_cache
from typing import Any, Protocol

from reassembler.dex.errors import DexFormatError, DexWriteError
from reassembler.dex.model import (
    CallSite,
    Code,
    CodeItem,
    DebugEvent,
    DebugInfo,
    FieldRef,
    FillArrayDataPayload,
    Handler,
    Instruction,
    MethodHandle,
    MethodRef,
    PackedSwitchPayload,
    Proto,
    Reference,
    SparseSwitchPayload,
    TryBlock,
)
from reassembler.dex.opcodes import (
    BY_NAME,
    FILL_ARRAY_DATA_PAYLOAD,
    OPCODES,
    PACKED_SWITCH_PAYLOAD,
    SPARSE_SWITCH_PAYLOAD,
    IndexKind,
    OpInfo,
)

_LITTLE = sys.byteorder == "little"


class ReferenceResolver(Protocol):
    """Turns index operands into model references (implemented by the reader)."""

    def string(self, index: int) -> str: ...
    def type(self, index: int) -> str: ...
    def field(self, index: int) -> FieldRef: ...
    def method(self, index: int) -> MethodRef: ...
    def proto(self, index: int) -> Proto: ...
    def call_site(self, index: int) -> CallSite: ...
    def method_handle(self, index: int) -> MethodHandle: ...


class IndexLookup(Protocol):
    """Turns model references into pool indices (implemented by the writer)."""

    def string_index(self, s: str) -> int: ...
    def type_index(self, t: str) -> int: ...
    def field_index(self, f: FieldRef) -> int: ...
    def method_index(self, m: MethodRef) -> int: ...
    def proto_index(self, p: Proto) -> int: ...
    def call_site_index(self, c: CallSite) -> int: ...
    def method_handle_index(self, h: MethodHandle) -> int: ...


# ----------------------------------------------------------------------------
# Decoding

_Units = list[int]
_Decoder = Callable[[_Units, int, int, int, object], Instruction]


def _s8(x: int) -> int:
    return ((x & 0xFF) ^ 0x80) - 0x80


def _s16(x: int) -> int:
    return (x ^ 0x8000) - 0x8000


def _s32(x: int) -> int:
    return (x ^ 0x80000000) - 0x80000000


def _d10x(u: _Units, pc: int, w: int, op: int, r: object) -> Instruction:
    return Instruction(op, (), None, None, None, None, pc)


def _d12x(u: _Units, pc: int, w: int, op: int, r: object) -> Instruction:
    return Instruction(op, ((w >> 8) & 0xF, w >> 12), None, None, None, None, pc)


def _d11n(u: _Units, pc: int, w: int, op: int, r: object) -> Instruction:
    return Instruction(op, ((w >> 8) & 0xF,), ((w >> 12) ^ 8) - 8, None, None, None, pc)


def _d11x(u: _Units, pc: int, w: int, op: int, r: object) -> Instruction:
    return Instruction(op, (w >> 8,), None, None, None, None, pc)


def _d10t(u: _Units, pc: int, w: int, op: int, r: object) -> Instruction:
    return Instruction(op, (), None, None, None, pc + _s8(w >> 8), pc)


def _d20t(u: _Units, pc: int, w: int, op: int, r: object) -> Instruction:
    return Instruction(op, (), None, None, None, pc + _s16(u[pc + 1]), pc)


def _d22x(u: _Units, pc: int, w: int, op: int, r: object) -> Instruction:
    return Instruction(op, (w >> 8, u[pc + 1]), None, None, None, None, pc)


def _d21t(u: _Units, pc: int, w: int, op: int, r: object) -> Instruction:
    return Instruction(op, (w >> 8,), None, None, None, pc + _s16(u[pc + 1]), pc)


def _d21s(u: _Units, pc: int, w: int, op: int, r: object) -> Instruction:
    return Instruction(op, (w >> 8,), _s16(u[pc + 1]), None, None, None, pc)


def _d21h(u: _Units, pc: int, w: int, op: int, r: object) -> Instruction:
    shift = 16 if op == 0x15 else 48  # const/high16 vs const-wide/high16
    return Instruction(op, (w >> 8,), _s16(u[pc + 1]) << shift, None, None, None, pc)


def _d21c(u: _Units, pc: int, w: int, op: int, r: object) -> Instruction:
    return Instruction(op, (w >> 8,), None, r(u[pc + 1]), None, None, pc)  # type: ignore[operator]


def _d23x(u: _Units, pc: int, w: int, op: int, r: object) -> Instruction:
    x = u[pc + 1]
    return Instruction(op, (w >> 8, x & 0xFF, x >> 8), None, None, None, None, pc)


def _d22b(u: _Units, pc: int, w: int, op: int, r: object) -> Instruction:
    x = u[pc + 1]
    return Instruction(op, (w >> 8, x & 0xFF), _s8(x >> 8), None, None, None, pc)


def _d22t(u: _Units, pc: int, w: int, op: int, r: object) -> Instruction:
    return Instruction(
        op, ((w >> 8) & 0xF, w >> 12), None, None, None, pc + _s16(u[pc + 1]), pc
    )


def _d22s(u: _Units, pc: int, w: int, op: int, r: object) -> Instruction:
    return Instruction(op, ((w >> 8) & 0xF, w >> 12), _s16(u[pc + 1]), None, None, None, pc)


def _d22c(u: _Units, pc: int, w: int, op: int, r: object) -> Instruction:
    return Instruction(
        op, ((w >> 8) & 0xF, w >> 12), None, r(u[pc + 1]), None, None, pc  # type: ignore[operator]
    )


def _d32x(u: _Units, pc: int, w: int, op: int, r: object) -> Instruction:
    return Instruction(op, (u[pc + 1], u[pc + 2]), None, None, None, None, pc)


def _d30t(u: _Units, pc: int, w: int, op: int, r: object) -> Instruction:
    return Instruction(op, (), None, None, None, pc + _s32(u[pc + 1] | u[pc + 2] << 16), pc)


def _d31t(u: _Units, pc: int, w: int, op: int, r: object) -> Instruction:
    return Instruction(
        op, (w >> 8,), None, None, None, pc + _s32(u[pc + 1] | u[pc + 2] << 16), pc
    )


def _d31i(u: _Units, pc: int, w: int, op: int, r: object) -> Instruction:
    return Instruction(op, (w >> 8,), _s32(u[pc + 1] | u[pc + 2] << 16), None, None, None, pc)


def _d31c(u: _Units, pc: int, w: int, op: int, r: object) -> Instruction:
    ref = r(u[pc + 1] | u[pc + 2] << 16)  # type: ignore[operator]
    return Instruction(op, (w >> 8,), None, ref, None, None, pc)


def _regs35(w: int, x: int, pc: int) -> tuple[int, ...]:
    count = w >> 12
    if count > 5:
        raise DexFormatError(f"@0x{pc:04x}: argument count {count} > 5 in a 35c instruction")
    return ((x & 0xF), (x >> 4) & 0xF, (x >> 8) & 0xF, x >> 12, (w >> 8) & 0xF)[:count]


def _d35c(u: _Units, pc: int, w: int, op: int, r: object) -> Instruction:
    regs = _regs35(w, u[pc + 2], pc)
    return Instruction(op, regs, None, r(u[pc + 1]), None, None, pc)  # type: ignore[operator]


def _d3rc(u: _Units, pc: int, w: int, op: int, r: object) -> Instruction:
    first = u[pc + 2]
    regs = tuple(range(first, first + (w >> 8)))
    return Instruction(op, regs, None, r(u[pc + 1]), None, None, pc)  # type: ignore[operator]


def _d45cc(u: _Units, pc: int, w: int, op: int, r: object) -> Instruction:
    res: ReferenceResolver = r  # type: ignore[assignment]
    regs = _regs35(w, u[pc + 2], pc)
    return Instruction(op, regs, None, res.method(u[pc + 1]), res.proto(u[pc + 3]), None, pc)


def _d4rcc(u: _Units, pc: int, w: int, op: int, r: object) -> Instruction:
    res: ReferenceResolver = r  # type: ignore[assignment]
    first = u[pc + 2]
    regs = tuple(range(first, first + (w >> 8)))
    return Instruction(op, regs, None, res.method(u[pc + 1]), res.proto(u[pc + 3]), None, pc)


def _d51l(u: _Units, pc: int, w: int, op: int, r: object) -> Instruction:
    v = u[pc + 1] | u[pc + 2] << 16 | u[pc + 3] << 32 | u[pc + 4] << 48
    return Instruction(op, (w >> 8,), (v ^ (1 << 63)) - (1 << 63), None, None, None, pc)


_FORMAT_DECODERS: dict[str, _Decoder] = {
    "10x": _d10x, "12x": _d12x, "11n": _d11n, "11x": _d11x, "10t": _d10t, "20t": _d20t,
    "22x": _d22x, "21t": _d21t, "21s": _d21s, "21h": _d21h, "21c": _d21c, "23x": _d23x,
    "22b": _d22b, "22t": _d22t, "22s": _d22s, "22c": _d22c, "32x": _d32x, "30t": _d30t,
    "31t": _d31t, "31i": _d31i, "31c": _d31c, "35c": _d35c, "3rc": _d3rc, "45cc": _d45cc,
    "4rcc": _d4rcc, "51l": _d51l,
}  # fmt: skip

# Slot in the per-call resolver table; 8 = the resolver object itself (two refs).
_KIND_SLOT = {
    IndexKind.NONE: 0, IndexKind.STRING: 1, IndexKind.TYPE: 2, IndexKind.FIELD: 3,
    IndexKind.METHOD: 4, IndexKind.PROTO: 5, IndexKind.CALL_SITE: 6,
    IndexKind.METHOD_HANDLE: 7,
}  # fmt: skip

_DECODERS: list[_Decoder | None] = [None] * 256
_SIZES: list[int] = [1] * 256
_SLOTS: list[int] = [0] * 256
_HAS_TARGET: list[bool] = [False] * 256
for _op, _info in OPCODES.items():
    _DECODERS[_op] = _FORMAT_DECODERS[_info.format]
    _SIZES[_op] = _info.units
    _SLOTS[_op] = 8 if _info.index2 is not IndexKind.NONE else _KIND_SLOT[_info.index]
    _HAS_TARGET[_op] = _info.can_branch or _info.is_payload_ref


def _to_units(insns: bytes | bytearray | memoryview) -> tuple[list[int], bytes]:
    raw = bytes(insns)
    if len(raw) & 1:
        raise DexFormatError(f"insns length {len(raw)} bytes is not a whole number of code units")
    arr = array("H")
    arr.frombytes(raw)
    if not _LITTLE:
        arr.byteswap()
    return arr.tolist(), raw


def decode_code(
    insns: bytes | bytearray | memoryview, resolver: ReferenceResolver
) -> list[CodeItem]:
    """Decode a code_item's insns into instructions and payloads, in address order.

    Targets (branches, payload references, switch cases) become absolute
    addresses in code units; each switch payload records the switch that uses
    it (an unreferenced switch payload gets its own address as switch_address,
    so its targets stay meaningful). Alignment nops are kept as ordinary nops.
    Raises DexFormatError on an unknown opcode, a truncated instruction or
    payload, a payload reference to the wrong kind of payload, a payload shared
    by two switches, or a target outside the code.
    """
    # Decoded items hold no reference cycles; pausing the cyclic GC while
    # allocating them avoids repeated full-heap scans when a reader keeps
    # hundreds of thousands of instructions alive (3x faster on a 5.75 MB DEX).
    if gc.isenabled():
        gc.disable()
        try:
            return _decode(insns, resolver)
        finally:
            gc.enable()
    return _decode(insns, resolver)


def _decode(insns: bytes | bytearray | memoryview, resolver: ReferenceResolver) -> list[CodeItem]:
    u, raw = _to_units(insns)
    n = len(u)
    fns: list[object] = [
        None, resolver.string, resolver.type, resolver.field, resolver.method,
        resolver.proto, resolver.call_site, resolver.method_handle, resolver,
    ]  # fmt: skip
    decoders = _DECODERS
    sizes = _SIZES
    slots = _SLOTS
    has_target = _HAS_TARGET
    items: list[CodeItem] = []
    append = items.append
    targeted: list[Instruction] = []
    payloads: dict[int, CodeItem] = {}
    pc = 0
    try:
        while pc < n:
            w = u[pc]
            op = w & 0xFF
            if op == 0 and w:
                payload, size = _decode_payload(u, raw, pc, w, n)
                payloads[pc] = payload
                append(payload)
                pc += size
                continue
            dec = decoders[op]
            if dec is None:
                raise DexFormatError(f"@0x{pc:04x}: unknown opcode 0x{op:02x}")
            size = sizes[op]
            if pc + size > n:
                raise DexFormatError(
                    f"@0x{pc:04x}: {OPCODES[op].name} is truncated (needs {size} code units, "
                    f"{n - pc} left)"
                )
            insn = dec(u, pc, w, op, fns[slots[op]])
            append(insn)
            if has_target[op]:
                targeted.append(insn)
            pc += size
    except (IndexError, KeyError) as exc:
        raise DexFormatError(f"@0x{pc:04x}: index operand out of range ({exc})") from None
    _link_targets(targeted, payloads, n)
    return items


def _decode_payload(u: _Units, raw: bytes, pc: int, w: int, n: int) -> tuple[CodeItem, int]:
    if pc + 2 > n:
        raise DexFormatError(f"@0x{pc:04x}: payload header is truncated")
    if w == PACKED_SWITCH_PAYLOAD:
        count = u[pc + 1]
        size = 4 + 2 * count
        if pc + size > n:
            raise DexFormatError(f"@0x{pc:04x}: packed-switch payload of {count} is truncated")
        first_key = _s32(u[pc + 2] | u[pc + 3] << 16)
        base = pc + 4
        rel = [_s32(u[base + 2 * k] | u[base + 2 * k + 1] << 16) for k in range(count)]
        return PackedSwitchPayload(first_key, rel, -1, pc), size
    if w == SPARSE_SWITCH_PAYLOAD:
        count = u[pc + 1]
        size = 2 + 4 * count
        if pc + size > n:
            raise DexFormatError(f"@0x{pc:04x}: sparse-switch payload of {count} is truncated")
        kb = pc + 2
        tb = kb + 2 * count
        keys = [_s32(u[kb + 2 * k] | u[kb + 2 * k + 1] << 16) for k in range(count)]
        rel = [_s32(u[tb + 2 * k] | u[tb + 2 * k + 1] << 16) for k in range(count)]
        return SparseSwitchPayload(keys, rel, -1, pc), size
    if w == FILL_ARRAY_DATA_PAYLOAD:
        if pc + 4 > n:
            raise DexFormatError(f"@0x{pc:04x}: fill-array-data payload header is truncated")
        width = u[pc + 1]
        count = u[pc + 2] | u[pc + 3] << 16
        nbytes = width * count
        size = 4 + (nbytes + 1) // 2
        if pc + size > n:
            raise DexFormatError(
                f"@0x{pc:04x}: fill-array-data payload of {count} x {width} bytes is truncated"
            )
        start = 2 * (pc + 4)
        return FillArrayDataPayload(width, raw[start : start + nbytes], pc), size
    raise DexFormatError(f"@0x{pc:04x}: unknown payload ident 0x{w:04x}")


def _link_targets(targeted: list[Instruction], payloads: dict[int, CodeItem], n: int) -> None:
    """Second pass: check targets, bind switch payloads to their switch, make cases absolute."""
    for insn in targeted:
        t = insn.target
        assert t is not None
        if not 0 <= t < n:
            raise DexFormatError(
                f"@0x{insn.address:04x}: {OPCODES[insn.opcode].name} target 0x{t:x} is outside "
                f"the code (0..0x{n:x})"
            )
        op = insn.opcode
        if op not in (0x26, 0x2B, 0x2C):
            continue
        payload = payloads.get(t)
        want = {0x26: FillArrayDataPayload, 0x2B: PackedSwitchPayload, 0x2C: SparseSwitchPayload}
        if not isinstance(payload, want[op]):
            got = type(payload).__name__ if payload is not None else "no payload"
            raise DexFormatError(
                f"@0x{insn.address:04x}: {OPCODES[op].name} refers to 0x{t:04x} which holds {got}"
            )
        if isinstance(payload, PackedSwitchPayload | SparseSwitchPayload):
            if payload.switch_address == -1:
                payload.switch_address = insn.address
                payload.targets = [insn.address + r for r in payload.targets]
            elif payload.switch_address != insn.address:
                raise DexFormatError(
                    f"@0x{insn.address:04x}: switch payload at 0x{t:04x} is already used by "
                    f"the switch at 0x{payload.switch_address:04x}"
                )
    for addr, payload in payloads.items():
        if isinstance(payload, PackedSwitchPayload | SparseSwitchPayload):
            if payload.switch_address == -1:  # unreferenced: relative to itself
                payload.switch_address = addr
                payload.targets = [addr + r for r in payload.targets]
            for t in payload.targets:
                if not 0 <= t < n:
                    raise DexFormatError(
                        f"@0x{addr:04x}: switch case target 0x{t:x} is outside the code "
                        f"(0..0x{n:x})"
                    )


# ----------------------------------------------------------------------------
# Sizes, text, construction


def payload_units(p: CodeItem) -> int:
    """Size of a payload in code units (as laid out, including the fill-data pad byte)."""
    if isinstance(p, PackedSwitchPayload):
        return 4 + 2 * len(p.targets)
    if isinstance(p, SparseSwitchPayload):
        return 2 + 4 * len(p.targets)
    if isinstance(p, FillArrayDataPayload):
        return 4 + (len(p.data) + 1) // 2
    raise TypeError(f"not a payload: {p!r}")


def instruction_units(insn: CodeItem) -> int:
    """Size in code units of an instruction (from its opcode's format) or a payload."""
    if isinstance(insn, Instruction):
        info = OPCODES.get(insn.opcode)
        if info is None:
            raise DexWriteError(f"unknown opcode 0x{insn.opcode:02x}")
        return info.units
    return payload_units(insn)


def _ref_text(ref: Reference | None) -> str:
    if isinstance(ref, str):
        return ref
    if isinstance(ref, MethodHandle):
        return f"{ref.kind.name.lower()}@{ref.member}"
    if isinstance(ref, CallSite):
        return "call_site{" + ", ".join(repr(v.value) for v in ref.values) + "}"
    return str(ref)


def _quote(s: str) -> str:
    out = s.encode("unicode_escape", "backslashreplace").decode("ascii").replace('"', '\\"')
    return f'"{out}"'


def format_instruction(insn: CodeItem) -> str:
    """Smali-like text of one instruction or payload (targets as absolute `:0x..` labels)."""
    if isinstance(insn, PackedSwitchPayload):
        cases = ", ".join(f":0x{t:04x}" for t in insn.targets)
        return f".packed-switch 0x{insn.first_key:x} [{cases}]"
    if isinstance(insn, SparseSwitchPayload):
        cases = ", ".join(f"0x{k:x} -> :0x{t:04x}" for k, t in zip(insn.keys, insn.targets, strict=False))
        return f".sparse-switch [{cases}]"
    if isinstance(insn, FillArrayDataPayload):
        return f".array-data {insn.element_width} ({len(insn.data)} bytes)"
    info = OPCODES.get(insn.opcode)
    if info is None:
        return f"<unknown opcode 0x{insn.opcode:02x}>"
    parts: list[str] = []
    if info.format in ("35c", "45cc"):
        parts.append("{" + ", ".join(f"v{r}" for r in insn.regs) + "}")
    elif info.format in ("3rc", "4rcc"):
        parts.append("{" + (f"v{insn.regs[0]} .. v{insn.regs[-1]}" if insn.regs else "") + "}")
    else:
        parts.extend(f"v{r}" for r in insn.regs)
    if insn.literal is not None:
        parts.append(hex(insn.literal))
    if insn.ref is not None:
        is_string = info.index is IndexKind.STRING and isinstance(insn.ref, str)
        parts.append(_quote(insn.ref) if is_string else _ref_text(insn.ref))  # type: ignore[arg-type]
    if insn.ref2 is not None:
        parts.append(str(insn.ref2))
    if insn.target is not None:
        parts.append(f":0x{insn.target:04x}")
    return info.name + (" " + ", ".join(parts) if parts else "")


_REG_LIMITS: dict[str, tuple[int, ...]] = {
    "10x": (), "12x": (0xF, 0xF), "11n": (0xF,), "11x": (0xFF,), "10t": (), "20t": (),
    "22x": (0xFF, 0xFFFF), "21t": (0xFF,), "21s": (0xFF,), "21h": (0xFF,), "21c": (0xFF,),
    "23x": (0xFF, 0xFF, 0xFF), "22b": (0xFF, 0xFF), "22t": (0xF, 0xF), "22s": (0xF, 0xF),
    "22c": (0xF, 0xF), "32x": (0xFFFF, 0xFFFF), "30t": (), "31t": (0xFF,), "31i": (0xFF,),
    "31c": (0xFF,), "51l": (0xFF,),
}  # fmt: skip

_I32 = (-(1 << 31), (1 << 31) - 1)
_U32_OR_I32 = (-(1 << 31), (1 << 32) - 1)  # 32-bit patterns (e.g. float bits) either way
_ANY64 = (-(1 << 63), (1 << 64) - 1)


def _literal_range(info: OpInfo) -> tuple[int, int] | None:
    fmt = info.format
    if fmt == "11n":
        return (-8, 7)
    if fmt == "22b":
        return (-128, 127)
    if fmt in ("21s", "22s"):
        return (-32768, 32767)
    if fmt == "31i":
        return _I32 if info.opcode == 0x17 else _U32_OR_I32  # const-wide/32 sign-extends
    if fmt == "21h":
        return _U32_OR_I32 if info.opcode == 0x15 else _ANY64
    if fmt == "51l":
        return _ANY64
    return None


def operand_problem(info: OpInfo, insn: Instruction) -> str | None:
    """Why `insn`'s registers or literal cannot be encoded with `info`'s format, or None."""
    fmt = info.format
    regs = insn.regs
    if fmt in ("35c", "45cc"):
        if len(regs) > 5:
            return f"{len(regs)} argument registers (at most 5 in {fmt})"
        bad = [r for r in regs if not 0 <= r <= 0xF]
        if bad:
            return f"register v{bad[0]} does not fit 4 bits"
    elif fmt in ("3rc", "4rcc"):
        if len(regs) > 255:
            return f"{len(regs)} registers in a range (at most 255)"
        if regs and (regs[0] < 0 or regs[-1] > 0xFFFF):
            return f"register range v{regs[0]}..v{regs[-1]} does not fit 16 bits"
        if any(b != a + 1 for a, b in zip(regs, regs[1:], strict=False)):
            return "range registers are not consecutive"
    else:
        limits = _REG_LIMITS[fmt]
        if len(regs) != len(limits):
            return f"{len(regs)} registers given, {fmt} takes {len(limits)}"
        for r, lim in zip(regs, limits, strict=True):
            if not 0 <= r <= lim:
                return f"register v{r} does not fit {lim.bit_length()} bits"
    rng = _literal_range(info)
    lit = insn.literal
    if rng is None:
        if lit is not None:
            return f"{info.name} takes no literal"
    elif lit is None:
        return f"{info.name} needs a literal"
    elif not rng[0] <= lit <= rng[1]:
        return f"literal {lit:#x} does not fit {fmt}"
    elif fmt == "21h":
        low_bits = 16 if info.opcode == 0x15 else 48
        if lit & ((1 << low_bits) - 1):
            return f"literal {lit:#x} has low bits set (only the top 16 bits fit {info.name})"
    return None


def fits(opcode: int, insn: Instruction) -> bool:
    """True when `insn`'s registers and literal can be encoded with `opcode`'s format.

    Index operands and branch offsets are not checked (they depend on pools
    and layout). Use it to pick the smallest const/move form.
    """
    info = OPCODES.get(opcode)
    return info is not None and operand_problem(info, insn) is None


REF_TYPES: dict[IndexKind, type | tuple[type, ...]] = {
    IndexKind.STRING: str, IndexKind.TYPE: str, IndexKind.FIELD: FieldRef,
    IndexKind.METHOD: MethodRef, IndexKind.PROTO: Proto, IndexKind.CALL_SITE: CallSite,
    IndexKind.METHOD_HANDLE: MethodHandle,
}  # fmt: skip


def ref_problem(info: OpInfo, insn: Instruction) -> str | None:
    """Why `insn`'s ref/ref2/target do not match what `info` takes, or None."""
    if info.index is IndexKind.NONE:
        if insn.ref is not None:
            return f"{info.name} takes no reference"
    elif not isinstance(insn.ref, REF_TYPES[info.index]):
        return (
            f"{info.name} needs a {info.index.name.lower()} reference, "
            f"got {type(insn.ref).__name__}"
        )
    if info.index2 is IndexKind.NONE:
        if insn.ref2 is not None:
            return f"{info.name} takes no second reference"
    elif not isinstance(insn.ref2, Proto):
        return f"{info.name} needs a proto as second reference"
    wants_target = info.can_branch or info.is_payload_ref
    if wants_target and insn.target is None:
        return f"{info.name} needs a target"
    if not wants_target and insn.target is not None:
        return f"{info.name} takes no target"
    return None


_REF_TYPE_BY_OP: list[type | tuple[type, ...] | None] = [None] * 256
_NEEDS_REF2 = [False] * 256
_WANTS_TARGET = [False] * 256


for _op, _info in OPCODES.items():
    _REF_TYPE_BY_OP[_op] = REF_TYPES.get(_info.index)
    _NEEDS_REF2[_op] = _info.index2 is not IndexKind.NONE
    _WANTS_TARGET[_op] = _info.can_branch or _info.is_payload_ref


def refs_look_right(insn: Instruction) -> bool:
    """Fast check that ref/ref2/target are present and typed as the opcode needs.

    False means `ref_problem` has something to say; True means it has not.
    """
    op = insn.opcode
    rt = _REF_TYPE_BY_OP[op]
    if (insn.ref is not None) if rt is None else not isinstance(insn.ref, rt):
        return False
    if (insn.ref2 is not None) != _NEEDS_REF2[op]:
        return False
    if insn.ref2 is not None and not isinstance(insn.ref2, Proto):
        return False
    return (insn.target is not None) == _WANTS_TARGET[op]


def make(
    opname: str,
    regs: Sequence[int] = (),
    literal: int | None = None,
    ref: Reference | None = None,
    ref2: Proto | None = None,
    target: int | None = None,
    address: int = 0,
) -> Instruction:
    """Build a checked Instruction by smali name; raises DexWriteError if it cannot be encoded."""
    info = BY_NAME.get(opname)
    if info is None:
        raise DexWriteError(f"unknown instruction name {opname!r}")
    insn = Instruction(info.opcode, tuple(regs), literal, ref, ref2, target, address)
    problem = operand_problem(info, insn) or ref_problem(info, insn)
    if problem:
        raise DexWriteError(f"cannot make {opname}: {problem}")
    return insn


# ----------------------------------------------------------------------------
# Assembling


@dataclass(slots=True)
class AssembledCode:
    """The output of `assemble`: insns bytes plus remapped tries and debug info.

    `address_map` maps every input item address (and the input end-of-code
    address) to its new address; a dropped alignment nop maps to the address
    of the item that follows it.
    """

    units: bytes
    tries: list[TryBlock]
    debug: DebugInfo | None
    address_map: dict[int, int] = field(default_factory=dict)


_Encoder = Callable[[int, Sequence[int], int, int, int, int, list[int]], None]


def _e10x(op: int, r: Sequence[int], lit: int, idx: int, idx2: int, rel: int, o: list[int]) -> None:
    o.append(op)


def _e12x(op: int, r: Sequence[int], lit: int, idx: int, idx2: int, rel: int, o: list[int]) -> None:
    o.append(op | r[0] << 8 | r[1] << 12)


def _e22t(op: int, r: Sequence[int], lit: int, idx: int, idx2: int, rel: int, o: list[int]) -> None:
    o += (op | r[0] << 8 | r[1] << 12, rel & 0xFFFF)


def _e22s(op: int, r: Sequence[int], lit: int, idx: int, idx2: int, rel: int, o: list[int]) -> None:
    o += (op | r[0] << 8 | r[1] << 12, lit & 0xFFFF)


def _e22c(op: int, r: Sequence[int], lit: int, idx: int, idx2: int, rel: int, o: list[int]) -> None:
    o += (op | r[0] << 8 | r[1] << 12, idx)


def _e11n(op: int, r: Sequence[int], lit: int, idx: int, idx2: int, rel: int, o: list[int]) -> None:
    o.append(op | r[0] << 8 | (lit & 0xF) << 12)


def _e11x(op: int, r: Sequence[int], lit: int, idx: int, idx2: int, rel: int, o: list[int]) -> None:
    o.append(op | r[0] << 8)


def _e10t(op: int, r: Sequence[int], lit: int, idx: int, idx2: int, rel: int, o: list[int]) -> None:
    o.append(op | (rel & 0xFF) << 8)


def _e20t(op: int, r: Sequence[int], lit: int, idx: int, idx2: int, rel: int, o: list[int]) -> None:
    o += (op, rel & 0xFFFF)


def _e30t(op: int, r: Sequence[int], lit: int, idx: int, idx2: int, rel: int, o: list[int]) -> None:
    o += (op, rel & 0xFFFF, (rel >> 16) & 0xFFFF)


def _e22x(op: int, r: Sequence[int], lit: int, idx: int, idx2: int, rel: int, o: list[int]) -> None:
    o += (op | r[0] << 8, r[1])


def _e32x(op: int, r: Sequence[int], lit: int, idx: int, idx2: int, rel: int, o: list[int]) -> None:
    o += (op, r[0], r[1])


def _e21t(op: int, r: Sequence[int], lit: int, idx: int, idx2: int, rel: int, o: list[int]) -> None:
    o += (op | r[0] << 8, rel & 0xFFFF)


def _e21s(op: int, r: Sequence[int], lit: int, idx: int, idx2: int, rel: int, o: list[int]) -> None:
    o += (op | r[0] << 8, lit & 0xFFFF)


def _e21h(op: int, r: Sequence[int], lit: int, idx: int, idx2: int, rel: int, o: list[int]) -> None:
    o += (op | r[0] << 8, (lit >> (16 if op == 0x15 else 48)) & 0xFFFF)


def _e21c(op: int, r: Sequence[int], lit: int, idx: int, idx2: int, rel: int, o: list[int]) -> None:
    o += (op | r[0] << 8, idx)


def _e23x(op: int, r: Sequence[int], lit: int, idx: int, idx2: int, rel: int, o: list[int]) -> None:
    o += (op | r[0] << 8, r[1] | r[2] << 8)


def _e22b(op: int, r: Sequence[int], lit: int, idx: int, idx2: int, rel: int, o: list[int]) -> None:
    o += (op | r[0] << 8, r[1] | (lit & 0xFF) << 8)


def _e31t(op: int, r: Sequence[int], lit: int, idx: int, idx2: int, rel: int, o: list[int]) -> None:
    o += (op | r[0] << 8, rel & 0xFFFF, (rel >> 16) & 0xFFFF)


def _e31i(op: int, r: Sequence[int], lit: int, idx: int, idx2: int, rel: int, o: list[int]) -> None:
    o += (op | r[0] << 8, lit & 0xFFFF, (lit >> 16) & 0xFFFF)


def _e31c(op: int, r: Sequence[int], lit: int, idx: int, idx2: int, rel: int, o: list[int]) -> None:
    o += (op | r[0] << 8, idx & 0xFFFF, idx >> 16)


def _e35c(op: int, r: Sequence[int], lit: int, idx: int, idx2: int, rel: int, o: list[int]) -> None:
    p = [*r, 0, 0, 0, 0, 0]
    o += (op | p[4] << 8 | len(r) << 12, idx, p[0] | p[1] << 4 | p[2] << 8 | p[3] << 12)


def _e45cc(op: int, r: Sequence[int], lit: int, idx: int, idx2: int, rel: int, o: list[int]) -> None:
    _e35c(op, r, lit, idx, idx2, rel, o)
    o.append(idx2)


def _e3rc(op: int, r: Sequence[int], lit: int, idx: int, idx2: int, rel: int, o: list[int]) -> None:
    o += (op | len(r) << 8, idx, r[0] if r else 0)


def _e4rcc(op: int, r: Sequence[int], lit: int, idx: int, idx2: int, rel: int, o: list[int]) -> None:
    o += (op | len(r) << 8, idx, r[0] if r else 0, idx2)


def _e51l(op: int, r: Sequence[int], lit: int, idx: int, idx2: int, rel: int, o: list[int]) -> None:
    o += (op | r[0] << 8, lit & 0xFFFF, (lit >> 16) & 0xFFFF, (lit >> 32) & 0xFFFF,
          (lit >> 48) & 0xFFFF)  # fmt: skip


_FORMAT_ENCODERS: dict[str, _Encoder] = {
    "10x": _e10x, "12x": _e12x, "11n": _e11n, "11x": _e11x, "10t": _e10t, "20t": _e20t,
    "22x": _e22x, "21t": _e21t, "21s": _e21s, "21h": _e21h, "21c": _e21c, "23x": _e23x,
    "22b": _e22b, "22t": _e22t, "22s": _e22s, "22c": _e22c, "32x": _e32x, "30t": _e30t,
    "31t": _e31t, "31i": _e31i, "31c": _e31c, "35c": _e35c, "3rc": _e3rc, "45cc": _e45cc,
    "4rcc": _e4rcc, "51l": _e51l,
}  # fmt: skip
_ENCODERS: list[_Encoder | None] = [None] * 256
for _op, _info in OPCODES.items():
    _ENCODERS[_op] = _FORMAT_ENCODERS[_info.format]


def _encode_insn(insn: Instruction, op: int, idx: int, idx2: int, rel: int, out: list[int]) -> None:
    enc = _ENCODERS[op]
    assert enc is not None
    lit = insn.literal
    enc(op, insn.regs, lit if lit is not None else 0, idx, idx2, rel, out)


_SLOT_KIND = [None, IndexKind.STRING, IndexKind.TYPE, IndexKind.FIELD, IndexKind.METHOD,
              IndexKind.PROTO, IndexKind.CALL_SITE, IndexKind.METHOD_HANDLE]  # fmt: skip


def _no_index(ref: object) -> int:
    return 0


def _lookup_index(lookups: list[Callable[[Any], int]], slot: int, ref: object) -> int:
    try:
        return lookups[slot](ref)
    except KeyError:
        kind = _SLOT_KIND[slot]
        what = kind.name.lower() if kind else "reference"
        raise DexWriteError(f"{what} {_ref_text(ref)} is not in the index pools") from None  # type: ignore[arg-type]


def _encode_payload(p: CodeItem, rel: list[int], out: list[int]) -> None:
    if isinstance(p, PackedSwitchPayload):
        out += (PACKED_SWITCH_PAYLOAD, len(rel), p.first_key & 0xFFFF, (p.first_key >> 16) & 0xFFFF)
        for t in rel:
            out += (t & 0xFFFF, (t >> 16) & 0xFFFF)
    elif isinstance(p, SparseSwitchPayload):
        out += (SPARSE_SWITCH_PAYLOAD, len(rel))
        for k in p.keys:
            out += (k & 0xFFFF, (k >> 16) & 0xFFFF)
        for t in rel:
            out += (t & 0xFFFF, (t >> 16) & 0xFFFF)
    elif isinstance(p, FillArrayDataPayload):
        count = len(p.data) // p.element_width
        out += (FILL_ARRAY_DATA_PAYLOAD, p.element_width, count & 0xFFFF, count >> 16)
        data = p.data + b"\x00" if len(p.data) & 1 else p.data
        arr = array("H")
        arr.frombytes(data)
        if not _LITTLE:
            arr.byteswap()
        out += arr.tolist()


def _check_payload(p: CodeItem, where: str) -> None:
    if isinstance(p, PackedSwitchPayload | SparseSwitchPayload):
        if len(p.targets) > 0xFFFF:
            raise DexWriteError(f"{where}: switch payload has {len(p.targets)} cases (max 65535)")
        keys = [p.first_key] if isinstance(p, PackedSwitchPayload) else p.keys
        if isinstance(p, SparseSwitchPayload) and len(p.keys) != len(p.targets):
            raise DexWriteError(f"{where}: sparse-switch payload has {len(p.keys)} keys "
                                f"but {len(p.targets)} targets")  # fmt: skip
        for k in keys:
            if not _I32[0] <= k <= _I32[1]:
                raise DexWriteError(f"{where}: switch key {k} does not fit 32 bits")
    elif isinstance(p, FillArrayDataPayload):
        if p.element_width not in (1, 2, 4, 8) or len(p.data) % p.element_width:
            raise DexWriteError(
                f"{where}: fill-array-data of width {p.element_width} with {len(p.data)} bytes"
            )
        if len(p.data) // p.element_width > 0xFFFFFFFF:
            raise DexWriteError(f"{where}: fill-array-data has too many elements")


_PAYLOAD_KINDS: dict[int, type] = {
    0x26: FillArrayDataPayload, 0x2B: PackedSwitchPayload, 0x2C: SparseSwitchPayload,
}  # fmt: skip


@lru_cache(maxsize=1 << 16)
def cached_operand_problem(op: int, regs: tuple[int, ...], literal: int | None) -> str | None:
    """operand_problem for a defined opcode, memoized."""
    # The same (opcode, registers, literal) combinations recur constantly in real code.
    return operand_problem(OPCODES[op], Instruction(op, regs, literal))


def _fits_goto(op: int, rel: int) -> bool:
    if op == 0x28:
        return rel != 0 and -128 <= rel <= 127
    if op == 0x29:
        return rel != 0 and -32768 <= rel <= 32767
    return _I32[0] <= rel <= _I32[1]


def assemble(code: Code, lookup: IndexLookup) -> AssembledCode:
    """Lay `code` out again with indices from `lookup`; return insns, tries, debug, address map.

    Addressing rule: a target (branch, payload reference, switch case, try
    start/end, handler, switch_address) is the `.address` of an item in
    `code.items` as given; addresses must be unique among items (items
    inserted by a reassembler get fresh unique addresses, in any numbering).
    A try end may also be the input end of code (last item's address + its
    size). The new layout keeps item order and:

    - widens const-string to const-string/jumbo when the string index
      exceeds 0xFFFF (never narrows a jumbo);
    - widens goto -> goto/16 -> goto/32 when the offset does not fit
      (iterated to a fixed point, since widening moves later code);
    - rewrites an if-* whose offset no longer fits 16 bits as the negated
      if-* over a following goto/32 (the item then decodes as two
      instructions; its address maps to the first);
    - puts payloads on 4-byte boundaries: a nop directly before a payload
      counts as alignment padding and is kept only when needed; padding is
      added where missing.

    Raises DexWriteError for an index > 0xFFFF in a 16-bit slot, registers
    or literals that do not fit the format, a target that is not an item
    address, a payload of the wrong kind, or a switch whose payload's
    switch_address names another item.
    """
    items = code.items
    n = len(items)
    pos_of: dict[int, int] = {}
    for i, it in enumerate(items):
        if it.address in pos_of:
            raise DexWriteError(f"two code items have address 0x{it.address:04x}")
        pos_of[it.address] = i
    old_end = items[-1].address + instruction_units(items[-1]) if items else 0

    def index_of(addr: int | None, what: str) -> int:
        j = pos_of.get(addr) if addr is not None else None
        if j is None:
            raise DexWriteError(f"{what}: target {addr} is not the address of a code item")
        return j

    is_payload = [not isinstance(it, Instruction) for it in items]
    ops = [0] * n
    idxs = [0] * n
    idx2s = [0] * n
    tgt = [-1] * n  # item index of the branch/payload target
    case_tgts: dict[int, list[int]] = {}  # payload item -> case item indices
    case_base: dict[int, int] = {}  # payload item -> its switch's item index
    payload_size = [0] * n
    gotos: list[int] = []
    switches: list[int] = []
    ifs: list[int] = []
    far_if = [False] * n  # if-* rewritten as if-<not cond> +5; goto/32 target
    payload_kinds = _PAYLOAD_KINDS
    lookups: list[Callable[[Any], int]] = [
        _no_index, lookup.string_index, lookup.type_index, lookup.field_index,
        lookup.method_index, lookup.proto_index, lookup.call_site_index,
        lookup.method_handle_index, _no_index,
    ]  # fmt: skip
    for i, it in enumerate(items):
        if isinstance(it, Instruction):
            op = it.opcode
            info = OPCODES.get(op)
            if info is None:
                raise DexWriteError(f"@0x{it.address:04x}: unknown opcode 0x{op:02x}")
            try:
                problem = cached_operand_problem(op, it.regs, it.literal)
            except TypeError:  # unhashable operands (e.g. regs given as a list)
                problem = operand_problem(info, it)
            if problem is None and not refs_look_right(it):
                problem = ref_problem(info, it)
            if problem:
                raise DexWriteError(f"@0x{it.address:04x} {format_instruction(it)}: {problem}")
            slot = _SLOTS[op]
            if slot:
                idx = _lookup_index(lookups, 4 if slot == 8 else slot, it.ref)
                if idx > 0xFFFF and op == 0x1A:
                    op = 0x1B  # const-string -> const-string/jumbo
                elif not 0 <= idx <= (0xFFFFFFFF if op == 0x1B else 0xFFFF):
                    raise DexWriteError(
                        f"@0x{it.address:04x} {format_instruction(it)}: "
                        f"{info.index.name.lower()} index {idx} does not fit {info.name}"
                    )
                idxs[i] = idx
                if slot == 8:  # 45cc/4rcc: a method and a proto
                    idx2 = _lookup_index(lookups, 5, it.ref2)
                    if not 0 <= idx2 <= 0xFFFF:
                        raise DexWriteError(
                            f"@0x{it.address:04x}: proto index {idx2} does not fit 16 bits"
                        )
                    idx2s[i] = idx2
            ops[i] = op
            if it.target is not None:
                j = index_of(it.target, f"@0x{it.address:04x} {info.name}")
                tgt[i] = j
                if info.is_payload_ref:
                    if info.is_switch:
                        switches.append(i)
                    want = payload_kinds[op]
                    if not isinstance(items[j], want):
                        raise DexWriteError(
                            f"@0x{it.address:04x} {info.name}: target 0x{it.target:04x} is "
                            f"{type(items[j]).__name__}, not {want.__name__}"
                        )
                elif info.format in ("10t", "20t", "30t"):
                    gotos.append(i)
                else:
                    ifs.append(i)
        else:
            where = f"@0x{it.address:04x}"
            _check_payload(it, where)
            payload_size[i] = payload_units(it)
            if isinstance(it, PackedSwitchPayload | SparseSwitchPayload):
                case_base[i] = index_of(it.switch_address, f"{where} switch payload")
                case_tgts[i] = [index_of(t, f"{where} switch case") for t in it.targets]

    # A switch and its payload must agree, or case offsets would silently be
    # computed from the wrong base.
    for i in switches:
        j = tgt[i]
        if case_base.get(j) != i:
            it = items[i]
            raise DexWriteError(
                f"@0x{it.address:04x} {format_instruction(it)}: its payload names the switch at "
                f"0x{items[j].switch_address:04x}"  # type: ignore[union-attr]
            )

    padnop = [
        i + 1 < n and is_payload[i + 1] and not is_payload[i] and ops[i] == 0
        for i in range(n)
    ]
    units_of = [0 if is_payload[i] else OPCODES[ops[i]].units for i in range(n)]

    # Layout to a fixed point: widening only grows code, so this terminates.
    while True:
        new = [0] * n
        emit_pad = [False] * n  # padding nop to add before payload i
        keep = [True] * n  # False for a padding nop that is not needed
        addr = 0
        for i in range(n):
            new[i] = addr
            if padnop[i]:
                keep[i] = bool(addr & 1)
                addr += addr & 1
            elif is_payload[i]:
                if addr & 1:
                    emit_pad[i] = True
                    addr += 1
                    new[i] = addr
                addr += payload_size[i]
            else:
                addr += units_of[i]
        end = addr
        changed = False
        for i in gotos:
            rel = new[tgt[i]] - new[i]
            if not _fits_goto(ops[i], rel):
                ops[i] = 0x29 if ops[i] == 0x28 and rel != 0 and -32768 <= rel <= 32767 else 0x2A
                units_of[i] = OPCODES[ops[i]].units
                changed = True
        for i in ifs:
            if not far_if[i] and not -32768 <= new[tgt[i]] - new[i] <= 32767:
                far_if[i] = True
                units_of[i] = 5
                changed = True
        if not changed:
            break

    out: list[int] = []
    for i, it in enumerate(items):
        if isinstance(it, Instruction):
            if padnop[i] and not keep[i]:
                continue
            rel = new[tgt[i]] - new[i] if tgt[i] >= 0 else 0
            if far_if[i]:
                # eq/ne, lt/ge, gt/le (and their z forms) are adjacent opcodes: op ^ 1 negates.
                inverse = ops[i] ^ 1
                _encode_insn(it, inverse, 0, 0, 5, out)
                rel -= 2
                out += (0x2A, rel & 0xFFFF, (rel >> 16) & 0xFFFF)
                continue
            _encode_insn(it, ops[i], idxs[i], idx2s[i], rel, out)
        else:
            if emit_pad[i]:
                out.append(0)
            rels: list[int] = []
            if i in case_tgts:
                base = new[case_base[i]]
                rels = [new[j] - base for j in case_tgts[i]]
            _encode_payload(it, rels, out)
    assert len(out) == end, (len(out), end)

    address_map = {it.address: new[i] for i, it in enumerate(items)}
    address_map.setdefault(old_end, end)
    arr = array("H", out)
    if not _LITTLE:
        arr.byteswap()
    return AssembledCode(
        units=arr.tobytes(),
        tries=_remap_tries(code.tries, address_map, old_end),
        debug=_remap_debug(code.debug, items, address_map, end),
        address_map=address_map,
    )


def _remap_tries(tries: list[TryBlock], amap: dict[int, int], old_end: int) -> list[TryBlock]:
    def point(addr: int, what: str) -> int:
        new = amap.get(addr)
        if new is None:
            raise DexWriteError(f"try {what} 0x{addr:04x} is not the address of a code item")
        return new

    out: list[TryBlock] = []
    for t in tries:
        start = point(t.start, "start")
        end = point(t.end, "end")
        if start >= end:
            raise DexWriteError(
                f"try 0x{t.start:04x}..0x{t.end:04x} is empty after layout ({start}..{end})"
            )
        handlers = tuple(Handler(h.type, point(h.address, "handler")) for h in t.handlers)
        catch_all = point(t.catch_all, "catch-all handler") if t.catch_all is not None else None
        out.append(TryBlock(start, end, handlers, catch_all))
    return out


def _remap_debug(
    debug: DebugInfo | None, items: list[CodeItem], amap: dict[int, int], end: int
) -> DebugInfo | None:
    if debug is None:
        return None
    # Events normally sit on instruction boundaries; one that does not keeps its
    # offset inside the (possibly resized) containing item, and one past the end of the
    # code (hostile or hand-made files) keeps its distance from the end.
    starts = sorted((it.address, instruction_units(it)) for it in items)
    old_end = max((a + size for a, size in starts), default=0)
    events: list[DebugEvent] = []
    for ev in debug.events:
        new = amap.get(ev.address)
        if new is None:
            new = end + (ev.address - old_end) if ev.address >= old_end else end
            for a, size in starts:
                if a <= ev.address < a + size:
                    new = amap[a] + (ev.address - a)
                    break
        events.append(ev if new == ev.address else replace(ev, address=new))
    return DebugInfo(debug.line_start, list(debug.parameter_names), events)
