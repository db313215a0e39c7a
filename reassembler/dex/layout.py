"""Byte encoders for the DEX writer's data items (the "encode" layer).

Each function appends one data item's bytes to a bytearray, given the
`IndexPools` of the file: encoded values (minimal-size, as the format allows),
encoded arrays and annotations, debug_info_item state-machine programs,
code items with their try/handler tables, and class_data_item. Placement
(offsets, alignment, deduplication) is the writer's job.
"""

from __future__ import annotations

import struct
from collections.abc import Sequence

from reassembler.dex.errors import DexWriteError
from reassembler.dex.leb128 import encode_sleb128, encode_uleb128
from reassembler.dex.model import (
    DebugInfo,
    DebugOp,
    EncodedAnnotation,
    EncodedValue,
    Field,
    FieldRef,
    MethodHandle,
    MethodRef,
    Proto,
    TryBlock,
    ValueKind,
)
from reassembler.dex.sections import IndexPools, checked_value

NO_INDEX = 0xFFFFFFFF

_ULEB_SMALL = [bytes((i,)) for i in range(128)]


def uleb(value: int) -> bytes:
    """uleb128 with fast paths: most values written are small (indices, offsets < 2**21)."""
    if 0 <= value < 0x80:
        return _ULEB_SMALL[value]
    if 0x80 <= value < 0x4000:
        return bytes((value & 0x7F | 0x80, value >> 7))
    if 0x4000 <= value < 0x200000:
        return bytes((value & 0x7F | 0x80, (value >> 7) & 0x7F | 0x80, value >> 14))
    if value < 0:
        raise DexWriteError(f"negative value {value} in an unsigned LEB128 slot")
    return encode_uleb128(value)


# --------------------------------------------------------------------------
# Encoded values

_DEFAULTS: dict[str, EncodedValue] = {
    "Z": EncodedValue(ValueKind.BOOLEAN, False),
    "B": EncodedValue(ValueKind.BYTE, 0),
    "S": EncodedValue(ValueKind.SHORT, 0),
    "C": EncodedValue(ValueKind.CHAR, 0),
    "I": EncodedValue(ValueKind.INT, 0),
    "J": EncodedValue(ValueKind.LONG, 0),
    "F": EncodedValue(ValueKind.FLOAT, 0),
    "D": EncodedValue(ValueKind.DOUBLE, 0),
}
_NULL = EncodedValue(ValueKind.NULL, None)


def default_value(descriptor: str) -> EncodedValue:
    """The encoded default (zero/false/null) of a field of type `descriptor`."""
    return _DEFAULTS.get(descriptor, _NULL)


def complete_static_values(
    values: Sequence[EncodedValue | None], fields: Sequence[Field]
) -> list[EncodedValue]:
    """Static values for `fields` (same order): trailing unset (None) values dropped, unset
    ones before a set value replaced by the field type's default."""
    kept = list(values)
    while kept and kept[-1] is None:
        kept.pop()
    return [
        v if v is not None else default_value(f.ref.type)
        for v, f in zip(kept, fields, strict=False)
    ]



def _signed_bytes(value: int, limit: int) -> bytes:
    """Fewest little-endian bytes whose sign extension gives `value`."""
    for size in range(1, limit + 1):
        lo = -(1 << (8 * size - 1))
        if lo <= value < -lo:
            return (value & ((1 << (8 * size)) - 1)).to_bytes(size, "little")
    raise DexWriteError(f"value {value} does not fit {limit} signed bytes")


def _unsigned_bytes(value: int, limit: int) -> bytes:
    """Fewest little-endian bytes holding the unsigned `value` (zero-extended)."""
    if value < 0 or value >= 1 << (8 * limit):
        raise DexWriteError(f"value {value} does not fit {limit} unsigned bytes")
    size = max(1, (value.bit_length() + 7) // 8)
    return value.to_bytes(size, "little")


def _right_zero_extended(bits: int, width: int) -> bytes:
    """FLOAT/DOUBLE: drop low-order zero bytes; the reader zero-extends to the right."""
    if bits < 0 or bits >= 1 << (8 * width):
        raise DexWriteError(f"float bit pattern {bits:#x} does not fit {width} bytes")
    raw = bits.to_bytes(width, "little")
    start = 0
    while start < width - 1 and raw[start] == 0:
        start += 1
    return raw[start:]


_SIGNED_WIDTH = {ValueKind.BYTE: 1, ValueKind.SHORT: 2, ValueKind.INT: 4, ValueKind.LONG: 8}


def _int_value(v: EncodedValue) -> int:
    val = v.value
    if isinstance(val, bool) or not isinstance(val, int):
        raise DexWriteError(f"encoded value of kind {v.kind.name} must hold an int, got {val!r}")
    return val


def encode_value(out: bytearray, v: EncodedValue, pools: IndexPools) -> None:
    """Append one encoded_value in its minimal-size form."""
    kind = v.kind
    val = v.value
    payload: bytes
    if kind in _SIGNED_WIDTH:
        payload = _signed_bytes(_int_value(v), _SIGNED_WIDTH[kind])
    elif kind is ValueKind.CHAR:
        payload = _unsigned_bytes(_int_value(v), 2)
    elif kind is ValueKind.FLOAT:
        payload = _right_zero_extended(_int_value(v), 4)
    elif kind is ValueKind.DOUBLE:
        payload = _right_zero_extended(_int_value(v), 8)
    elif kind is ValueKind.STRING:
        payload = _unsigned_bytes(pools.string_ids[checked_value(val, str, v)], 4)
    elif kind is ValueKind.TYPE:
        payload = _unsigned_bytes(pools.type_ids[checked_value(val, str, v)], 4)
    elif kind is ValueKind.FIELD or kind is ValueKind.ENUM:
        payload = _unsigned_bytes(pools.field_ids[checked_value(val, FieldRef, v)], 4)
    elif kind is ValueKind.METHOD:
        payload = _unsigned_bytes(pools.method_ids[checked_value(val, MethodRef, v)], 4)
    elif kind is ValueKind.METHOD_TYPE:
        payload = _unsigned_bytes(pools.proto_ids[checked_value(val, Proto, v)], 4)
    elif kind is ValueKind.METHOD_HANDLE:
        payload = _unsigned_bytes(pools.handle_ids[checked_value(val, MethodHandle, v)], 4)
    elif kind is ValueKind.ARRAY:
        out.append(ValueKind.ARRAY)
        encode_array(out, checked_value(val, tuple, v), pools)
        return
    elif kind is ValueKind.ANNOTATION:
        out.append(ValueKind.ANNOTATION)
        encode_annotation(out, checked_value(val, EncodedAnnotation, v), pools)
        return
    elif kind is ValueKind.NULL:
        out.append(ValueKind.NULL)
        return
    elif kind is ValueKind.BOOLEAN:
        if not isinstance(val, bool):
            raise DexWriteError(f"encoded BOOLEAN must hold a bool, got {val!r}")
        out.append((int(val) << 5) | ValueKind.BOOLEAN)
        return
    else:  # pragma: no cover - ValueKind is closed
        raise DexWriteError(f"unknown encoded value kind {kind!r}")
    out.append(((len(payload) - 1) << 5) | kind)
    out += payload


def encode_array(out: bytearray, values: tuple[EncodedValue, ...] | list[EncodedValue],
                 pools: IndexPools) -> None:
    out += uleb(len(values))
    for item in values:
        encode_value(out, item, pools)


def encode_annotation(out: bytearray, ann: EncodedAnnotation, pools: IndexPools) -> None:
    """encoded_annotation; elements sorted by name string index as the format requires."""
    sid = pools.string_ids
    elements = sorted(ann.elements, key=lambda e: sid[e[0]])
    out += uleb(pools.type_ids[ann.type])
    out += uleb(len(elements))
    prev = -1
    for name, value in elements:
        idx = sid[name]
        if idx == prev:
            raise DexWriteError(f"annotation {ann.type} has element {name!r} twice")
        prev = idx
        out += uleb(idx)
        encode_value(out, value, pools)


# --------------------------------------------------------------------------
# debug_info_item

_LINE_BASE = -4
_LINE_RANGE = 15
_OPCODE_BASE = 0x0A


def _p1(index: int | None) -> bytes:
    return uleb(0) if index is None else uleb(index + 1)


def encode_debug_info(out: bytearray, debug: DebugInfo, pools: IndexPools, where: object) -> None:
    """Append a debug_info_item; event addresses must not decrease."""
    sid = pools.string_ids
    tid = pools.type_ids
    if debug.line_start < 0:
        raise DexWriteError(f"{where}: negative debug line_start {debug.line_start}")
    out += uleb(debug.line_start)
    out += uleb(len(debug.parameter_names))
    for pname in debug.parameter_names:
        out += _p1(None if pname is None else sid[pname])
    address = 0
    line = debug.line_start
    for ev in debug.events:
        delta = ev.address - address
        if delta < 0:
            raise DexWriteError(
                f"{where}: debug event at {ev.address:#x} comes after one at {address:#x}"
            )
        op = ev.op
        if op is DebugOp.LINE:
            if ev.line is None:
                raise DexWriteError(f"{where}: LINE debug event without a line")
            line_delta = ev.line - line
            # Same choices as dexlib2's DebugWriter: advance line/pc when the
            # special opcode cannot carry the deltas.
            if line_delta < _LINE_BASE or line_delta > _LINE_BASE + _LINE_RANGE - 1:
                out.append(0x02)
                out += encode_sleb128(line_delta)
                line_delta = 0
            if (line_delta < 2 and delta > 16) or (line_delta > 1 and delta > 15):
                out.append(0x01)
                out += uleb(delta)
                delta = 0
            out.append(_OPCODE_BASE + (line_delta - _LINE_BASE) + _LINE_RANGE * delta)
            line = ev.line
            address = ev.address
            continue
        if delta:
            out.append(0x01)
            out += uleb(delta)
            address = ev.address
        if op is DebugOp.START_LOCAL:
            if ev.register is None:
                raise DexWriteError(f"{where}: START_LOCAL debug event without a register")
            out.append(0x04 if ev.signature is not None else 0x03)
            out += uleb(ev.register)
            out += _p1(None if ev.name is None else sid[ev.name])
            out += _p1(None if ev.type is None else tid[ev.type])
            if ev.signature is not None:
                out += _p1(sid[ev.signature])
        elif op is DebugOp.END_LOCAL or op is DebugOp.RESTART_LOCAL:
            if ev.register is None:
                raise DexWriteError(f"{where}: {op.name} debug event without a register")
            out.append(op)
            out += uleb(ev.register)
        elif op is DebugOp.SET_FILE:
            out.append(0x09)
            out += _p1(None if ev.name is None else sid[ev.name])
        else:  # prologue end / epilogue begin
            out.append(op)
    out.append(0x00)


# --------------------------------------------------------------------------
# code_item (after codec.assemble)

_CODE_HEADER = struct.Struct("<HHHHII")
_TRY_ITEM = struct.Struct("<IHH")


def encode_code_item(out: bytearray, registers: int, ins: int, outs: int, units: bytes,
                     tries: list[TryBlock], debug_off: int, pools: IndexPools,
                     where: object) -> None:
    """Append a code_item (the caller has aligned `out` to 4 bytes)."""
    if len(units) % 2:
        raise DexWriteError(f"{where}: instruction bytes have odd length {len(units)}")
    if not (0 <= registers <= 0xFFFF and 0 <= ins <= 0xFFFF and 0 <= outs <= 0xFFFF):
        for name, value in (("registers", registers), ("ins", ins), ("outs", outs)):
            if not 0 <= value <= 0xFFFF:
                raise DexWriteError(f"{where}: {name} size {value} does not fit 16 bits")
    if len(tries) > 0xFFFF:
        raise DexWriteError(f"{where}: {len(tries)} try blocks do not fit 16 bits")
    out += _CODE_HEADER.pack(registers, ins, outs, len(tries), debug_off, len(units) // 2)
    out += units
    if not tries:
        return
    if len(units) % 4:
        out += b"\0\0"
    # Handler lists are deduplicated in first-use order, as dx and dexlib2 do.
    handlers = bytearray()
    handler_offsets: dict[tuple[tuple[tuple[int, int], ...], int | None], int] = {}
    tid = pools.type_ids
    keys = []
    for t in tries:
        key = (tuple((tid[h.type], h.address) for h in t.handlers), t.catch_all)
        keys.append(key)
        if key not in handler_offsets:
            handler_offsets[key] = -1
    head = uleb(len(handler_offsets))
    for key in handler_offsets:
        handler_offsets[key] = len(head) + len(handlers)
        pairs, catch_all = key
        handlers += encode_sleb128(-len(pairs) if catch_all is not None else len(pairs))
        for type_idx, addr in pairs:
            handlers += uleb(type_idx)
            handlers += uleb(addr)
        if catch_all is not None:
            handlers += uleb(catch_all)
    prev_end = 0
    for t, key in zip(tries, keys, strict=True):
        count = t.end - t.start
        if t.start < prev_end or count <= 0 or count > 0xFFFF:
            raise DexWriteError(
                f"{where}: try block {t.start:#x}..{t.end:#x} overlaps, is empty or too long"
            )
        prev_end = t.end
        offset = handler_offsets[key]
        if offset > 0xFFFF:
            raise DexWriteError(f"{where}: catch handler table exceeds 64 KiB")
        out += _TRY_ITEM.pack(t.start, count, offset)
    out += head
    out += handlers

