"""Hostile bytes: each problem is one DexFormatError line naming the file and the item."""

from __future__ import annotations

import struct
import zlib
from pathlib import Path

import pytest

from reassembler.dex.errors import DexFormatError
from reassembler.dex.reader import read_dex
from tests.dex_reader.dexfiles import fix_checksums, smallest_dex, with_u32


@pytest.fixture(scope="module")
def dex(droidbench_apks: list[Path]) -> bytes:
    return smallest_dex(droidbench_apks)[0]


def test_reads_clean(dex: bytes) -> None:
    model = read_dex(dex, name="x.dex")
    assert model.classes and model.version == 35


@pytest.mark.parametrize(
    ("mutate", "message"),
    [
        (lambda d: d[:0x40], r"^x\.dex: truncated: 64 bytes, shorter than a DEX header"),
        (lambda d: d[:-10], r"^x\.dex: truncated: header file_size 0x[0-9a-f]+ but"),
        (lambda d: d + b"\0", r"^x\.dex: trailing data: header file_size"),
        (lambda d: b"PK\3\4" + d[4:], r"^x\.dex: not a DEX file \(magic 50 4b 03 04"),
        (lambda d: d[:4] + b"034" + d[7:], r"^x\.dex: unsupported DEX version 034"),
        (lambda d: d[:100] + bytes([d[100] ^ 1]) + d[101:], r"^x\.dex: bad checksum 0x"),
        (lambda d: with_u32(d, 0x28, 0x78563412), r"^x\.dex: big-endian DEX files are not supported"),
        (lambda d: with_u32(d, 0x24, 0x78), r"^x\.dex: bad header_size 0x78"),
        (
            lambda d: with_u32(d, 0x3C, 0x7FFFFF00),
            r"^x\.dex: string_ids offset 0x7fffff00 beyond end of file \(size 0x[0-9a-f]+\)$",
        ),
        (
            lambda d: with_u32(d, 0x38, 0x10000000),
            r"^x\.dex: string_ids at 0x70 \(\d+ bytes\) runs past end of file",
        ),
        (
            lambda d: with_u32(d, 0x70, 0xFFFFFF),  # string_ids[0]
            r"^x\.dex: string_ids\[0\] offset 0xffffff beyond end of file \(size 0x[0-9a-f]+\)$",
        ),
        (lambda d: with_u32(d, 0x60, 0x10000), r"^x\.dex: class_defs at 0x[0-9a-f]+ .* runs past"),
    ],
    ids=[
        "short",
        "truncated",
        "trailing",
        "magic",
        "version",
        "flipped",
        "big-endian",
        "header-size",
        "table-offset",
        "table-size",
        "string-offset",
        "class-count",
    ],
)
def test_one_clear_error(dex: bytes, mutate: object, message: str) -> None:
    assert callable(mutate)
    with pytest.raises(DexFormatError, match=message) as info:
        read_dex(mutate(dex), name="x.dex")
    assert "\n" not in str(info.value)


def test_checksum_can_be_skipped_for_patched_dumps(dex: bytes) -> None:
    patched = bytearray(dex)
    patched[8] ^= 0xFF  # only the stored checksum is wrong
    with pytest.raises(DexFormatError, match="bad checksum"):
        read_dex(bytes(patched))
    assert read_dex(bytes(patched), verify_checksum=False).classes


def test_stale_signature_is_accepted_with_a_warning(dex: bytes) -> None:
    """ART checks the Adler-32 only: a stale SHA-1 (debug builds, patched apps) is a warning."""
    forged = bytearray(fix_checksums(dex))
    forged[12] ^= 0xFF  # signature wrong, then checksum made consistent again
    forged[8:12] = struct.pack("<I", zlib.adler32(bytes(forged[12:])))
    heard: list[str] = []
    model = read_dex(bytes(forged), name="app.apk!classes.dex", warn=heard.append)
    assert model == read_dex(dex)
    assert len(heard) == 1
    assert heard[0].startswith("app.apk!classes.dex: stale SHA-1 signature")


def test_class_data_offset_out_of_file_names_the_class(dex: bytes) -> None:
    class_defs_off = struct.unpack_from("<I", dex, 0x64)[0]
    bad = with_u32(dex, class_defs_off + 24, 0x00FFFFF0)
    with pytest.raises(
        DexFormatError,
        match=r"^x\.dex: class_defs\[0\] L[^ ]+; class_data_item offset 0xfffff0 beyond end of file",
    ):
        read_dex(bad, name="x.dex")


def test_invalid_type_descriptor_is_rejected(dex: bytes) -> None:
    """A type id whose string is not a descriptor (later stages would index into it)."""
    (string_ids_off,) = struct.unpack_from("<I", dex, 0x3C)
    (type_ids_size, type_ids_off) = struct.unpack_from("<II", dex, 0x40)
    forged = bytearray(dex)
    for k in range(type_ids_size):
        descriptor_idx = struct.unpack_from("<I", dex, type_ids_off + 4 * k)[0]
        data_off = struct.unpack_from("<I", dex, string_ids_off + 4 * descriptor_idx)[0]
        end = dex.index(b"\0", data_off)
        if dex[data_off + 1] == ord("L"):
            # `Lx;` -> `Lx:` keeps the string ids sorted, so only the descriptor is wrong
            forged[end - 1] = ord(":")
            break
    with pytest.raises(DexFormatError, match=rf"^x\.dex: type_ids\[{k}\] 'L.*:' is not a type descriptor$"):
        read_dex(fix_checksums(forged), name="x.dex")
