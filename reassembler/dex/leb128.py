"""LEB128 integers as the DEX format uses them (32-bit values, at most 5 bytes).

Readers are position based (`(value, new_pos)`) so callers can walk a buffer
without slicing. Truncation, encodings longer than 5 bytes and values that do
not fit 32 bits raise DexFormatError; encoders refuse out-of-range values with
DexWriteError.
"""

from __future__ import annotations

from reassembler.dex.errors import DexFormatError, DexWriteError

Buffer = bytes | bytearray | memoryview

_MAX_BYTES = 5


def read_uleb128(buf: Buffer, pos: int) -> tuple[int, int]:
    """Read an unsigned LEB128 (0 .. 2**32-1) at `pos`; return (value, new_pos)."""
    try:
        b = buf[pos]
        if b < 0x80:  # the overwhelmingly common one-byte case
            return b, pos + 1
        result = b & 0x7F
        shift = 7
        p = pos + 1
        while True:
            b = buf[p]
            p += 1
            result |= (b & 0x7F) << shift
            if b < 0x80:
                break
            shift += 7
            if shift >= 7 * _MAX_BYTES:
                raise DexFormatError(f"uleb128 at offset 0x{pos:x} is longer than 5 bytes")
    except IndexError:
        raise DexFormatError(f"uleb128 at offset 0x{pos:x} is truncated") from None
    if result > 0xFFFFFFFF:
        raise DexFormatError(f"uleb128 at offset 0x{pos:x} does not fit 32 bits")
    return result, p


def read_sleb128(buf: Buffer, pos: int) -> tuple[int, int]:
    """Read a signed LEB128 (-2**31 .. 2**31-1) at `pos`; return (value, new_pos)."""
    try:
        b = buf[pos]
        if b < 0x80:
            return (b - 0x80 if b & 0x40 else b), pos + 1
        result = b & 0x7F
        shift = 7
        p = pos + 1
        while True:
            b = buf[p]
            p += 1
            result |= (b & 0x7F) << shift
            shift += 7
            if b < 0x80:
                break
            if shift >= 7 * _MAX_BYTES:
                raise DexFormatError(f"sleb128 at offset 0x{pos:x} is longer than 5 bytes")
    except IndexError:
        raise DexFormatError(f"sleb128 at offset 0x{pos:x} is truncated") from None
    if b & 0x40:
        result -= 1 << shift
    if not -0x80000000 <= result <= 0x7FFFFFFF:
        raise DexFormatError(f"sleb128 at offset 0x{pos:x} does not fit 32 bits")
    return result, p


def read_uleb128p1(buf: Buffer, pos: int) -> tuple[int, int]:
    """Read a uleb128p1 (value + 1 stored; -1 means "none"); return (value, new_pos)."""
    value, p = read_uleb128(buf, pos)
    return value - 1, p


def encode_uleb128(value: int) -> bytes:
    """Encode 0 .. 2**32-1 as minimal unsigned LEB128."""
    if not 0 <= value <= 0xFFFFFFFF:
        raise DexWriteError(f"uleb128 value {value} is outside 0..0xffffffff")
    if value < 0x80:
        return bytes((value,))
    out = bytearray()
    while value >= 0x80:
        out.append((value & 0x7F) | 0x80)
        value >>= 7
    out.append(value)
    return bytes(out)


def encode_sleb128(value: int) -> bytes:
    """Encode -2**31 .. 2**31-1 as minimal signed LEB128."""
    if not -0x80000000 <= value <= 0x7FFFFFFF:
        raise DexWriteError(f"sleb128 value {value} is outside the int32 range")
    out = bytearray()
    while True:
        b = value & 0x7F
        value >>= 7  # arithmetic shift keeps the sign
        if (value == 0 and not b & 0x40) or (value == -1 and b & 0x40):
            out.append(b)
            return bytes(out)
        out.append(b | 0x80)


def encode_uleb128p1(value: int) -> bytes:
    """Encode -1 .. 2**32-2 as uleb128p1 (stores value + 1)."""
    if not -1 <= value <= 0xFFFFFFFE:
        raise DexWriteError(f"uleb128p1 value {value} is outside -1..0xfffffffe")
    return encode_uleb128(value + 1)
