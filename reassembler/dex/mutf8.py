"""Modified UTF-8 (MUTF-8), the encoding of DEX string_data_item bytes.

Differences from UTF-8: U+0000 is written as C0 80, and characters above
U+FFFF are written as their UTF-16 surrogate pair, each half as a 3-byte
sequence. Java strings may hold lone surrogates; they decode to lone
surrogate code points in the Python str (like the "surrogatepass" error
handler), so bytes -> str -> bytes is exact for every valid input. A valid
surrogate pair decodes to one supplementary character.
"""

from __future__ import annotations

import re

from reassembler.dex.errors import DexFormatError

# Bytes that the plain UTF-8 codec would treat differently from MUTF-8:
# NUL (never raw in MUTF-8), C0 (the 2-byte NUL), ED (surrogates), F0-FF (4-byte forms).
_SPECIAL = re.compile(rb"[\x00\xc0\xed\xf0-\xff]")
# Bytes never valid in MUTF-8 (raw NUL, 4-byte lead bytes and beyond).
_NOT_UTF8 = re.compile(rb"[\x00\xf0-\xff]")


def decode_mutf8(data: bytes | bytearray | memoryview) -> str:
    """Decode MUTF-8 bytes (without the terminating NUL) to str."""
    raw = bytes(data)
    if raw.isascii():
        if b"\x00" not in raw:
            return raw.decode("ascii")
    elif _SPECIAL.search(raw) is None:
        try:
            return raw.decode("utf-8")  # strict: rejects overlong and truncated forms too
        except UnicodeDecodeError:
            pass  # fall through to the slow path for a precise message
    elif _NOT_UTF8.search(raw) is None:
        # Only MUTF-8's own forms: C0 80 (never inside another sequence: C0 is no
        # continuation byte) is NUL, and UTF-8's decoder passes ED-encoded surrogates
        # through; a UTF-16 round trip then joins valid pairs as _decode_slow does.
        try:
            text = raw.replace(b"\xc0\x80", b"\x00").decode("utf-8", "surrogatepass")
        except UnicodeDecodeError:
            return _decode_slow(raw)  # for a precise message
        if b"\xed" in raw:
            text = text.encode("utf-16-le", "surrogatepass").decode("utf-16-le", "surrogatepass")
        return text
    return _decode_slow(raw)


def _decode_slow(raw: bytes) -> str:
    units: list[int] = []
    i = 0
    n = len(raw)
    while i < n:
        b = raw[i]
        if 0 < b < 0x80:
            units.append(b)
            i += 1
        elif b & 0xE0 == 0xC0:
            if i + 1 >= n or raw[i + 1] & 0xC0 != 0x80:
                raise DexFormatError(f"bad MUTF-8: truncated 2-byte sequence at byte {i}")
            v = ((b & 0x1F) << 6) | (raw[i + 1] & 0x3F)
            if 0 < v < 0x80:
                raise DexFormatError(f"bad MUTF-8: overlong 2-byte sequence at byte {i}")
            units.append(v)
            i += 2
        elif b & 0xF0 == 0xE0:
            if i + 2 >= n or raw[i + 1] & 0xC0 != 0x80 or raw[i + 2] & 0xC0 != 0x80:
                raise DexFormatError(f"bad MUTF-8: truncated 3-byte sequence at byte {i}")
            v = ((b & 0x0F) << 12) | ((raw[i + 1] & 0x3F) << 6) | (raw[i + 2] & 0x3F)
            if v < 0x800:
                raise DexFormatError(f"bad MUTF-8: overlong 3-byte sequence at byte {i}")
            units.append(v)
            i += 3
        elif b == 0:
            raise DexFormatError(f"bad MUTF-8: raw NUL byte at byte {i}")
        else:
            raise DexFormatError(f"bad MUTF-8: invalid lead byte 0x{b:02x} at byte {i}")
    # Re-pair surrogates: UTF-16 decoding with surrogatepass joins valid pairs and
    # keeps lone halves as lone code points.
    buf = b"".join(u.to_bytes(2, "little") for u in units)
    return buf.decode("utf-16-le", "surrogatepass")


def encode_mutf8(s: str) -> bytes:
    """Encode str to MUTF-8 bytes (without a terminating NUL)."""
    if s.isascii() and "\x00" not in s:
        return s.encode("ascii")
    if s.isascii() or max(s) <= "\uffff":
        # Within the BMP, MUTF-8 is UTF-8 (lone surrogates as their 3-byte forms) except
        # NUL, written C0 80; supplementary characters need _encode_slow's surrogate pairs.
        return s.encode("utf-8", "surrogatepass").replace(b"\x00", b"\xc0\x80")
    return _encode_slow(s)


def _encode_slow(s: str) -> bytes:
    out = bytearray()
    # Splitting into UTF-16 code units turns supplementary characters into pairs.
    data = s.encode("utf-16-le", "surrogatepass")
    for k in range(0, len(data), 2):
        u = data[k] | (data[k + 1] << 8)
        if 0 < u < 0x80:
            out.append(u)
        elif u < 0x800:  # includes U+0000 -> C0 80
            out += bytes((0xC0 | (u >> 6), 0x80 | (u & 0x3F)))
        else:
            out += bytes((0xE0 | (u >> 12), 0x80 | ((u >> 6) & 0x3F), 0x80 | (u & 0x3F)))
    return bytes(out)


def utf16_length(s: str) -> int:
    """The number of UTF-16 code units of `s` (a string_data_item's utf16_size)."""
    if s.isascii():
        return len(s)
    return len(s.encode("utf-16-le", "surrogatepass")) // 2
