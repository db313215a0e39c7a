"""Helpers for tests: pick corpus DEX files and forge headers with valid checksums."""

from __future__ import annotations

import hashlib
import struct
import zlib
from pathlib import Path

from reassembler.dex.container import open_dex_inputs


def smallest_dex(apks: list[Path], count: int = 1) -> list[bytes]:
    """The `count` smallest classes.dex of the corpus (cheap to read many times)."""
    found = sorted((d for apk in apks for _, d in open_dex_inputs(apk)), key=len)
    return found[:count]


def fix_checksums(data: bytes | bytearray) -> bytes:
    """Recompute SHA-1 signature and Adler-32 checksum, as a forger would."""
    out = bytearray(data)
    out[12:32] = hashlib.sha1(bytes(out[32:])).digest()
    out[8:12] = struct.pack("<I", zlib.adler32(bytes(out[12:])))
    return bytes(out)


def with_u32(data: bytes, offset: int, value: int) -> bytes:
    """`data` with the little-endian u32 at `offset` replaced, checksums fixed."""
    out = bytearray(data)
    out[offset : offset + 4] = struct.pack("<I", value)
    return fix_checksums(out)
