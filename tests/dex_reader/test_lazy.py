"""The reader's partial parses: lazy code (the emulator) and id tables only (the reassembler)."""

from __future__ import annotations

import struct

import pytest

from reassembler.dex.builder import build_dex
from reassembler.dex.codec import decode_code
from reassembler.dex.errors import DexFormatError
from reassembler.dex.model import DexFile
from reassembler.dex.reader import read_dex, read_dex_lazy, read_tables
from reassembler.dex.structure import TYPE_CODE
from reassembler.dex.writer import write_dex
from tests.dex_reader.dexfiles import fix_checksums
from tests.dex_writer.test_builder import hello_class


def hello_dex() -> DexFile:
    return build_dex(hello_class())


def test_lazy_decode_matches_the_full_read() -> None:
    data = write_dex(hello_dex())
    full = read_dex(data)
    lazy = read_dex_lazy(data)
    assert [c.type for c in lazy.dex.classes] == [c.type for c in full.classes]
    for cls_full, cls_lazy in zip(full.classes, lazy.dex.classes, strict=True):
        for m_full, m_lazy in zip(cls_full.methods(), cls_lazy.methods(), strict=True):
            if m_full.code is None:
                continue
            assert m_lazy.code is not None and m_lazy.code.items == [] and m_lazy.code.debug is None
            assert lazy.decode(m_full.ref) == m_full.code.items


def test_tables_resolve_code_like_the_full_read() -> None:
    data = write_dex(hello_dex())
    resolver = read_tables(data)
    lazy = read_dex_lazy(data)
    for cls in read_dex(data).classes:
        for m in cls.methods():
            if m.code is not None:
                assert decode_code(lazy.raw_insns(m.ref), resolver) == m.code.items


def test_partial_parses_report_bad_input_in_one_line() -> None:
    data = bytearray(write_dex(hello_dex()))
    data[0x38:0x3C] = (0x7FFFFFF0).to_bytes(4, "little")  # string_ids_off far beyond the file
    for parse in (read_tables, read_dex_lazy):
        with pytest.raises(DexFormatError, match=r"^classes\.dex: "):
            parse(bytes(data))


def _first_code_item(data: bytes) -> int:
    """Offset of the first code_item, from the map_list (type 0x2001)."""
    (map_off,) = struct.unpack_from("<I", data, 0x34)
    (count,) = struct.unpack_from("<I", data, map_off)
    for k in range(count):
        kind, _unused, _size, offset = struct.unpack_from("<HHII", data, map_off + 4 + 12 * k)
        if kind == TYPE_CODE:
            return int(offset)
    raise AssertionError("no code_item in the map")


@pytest.mark.parametrize(("field", "value"), [(2, 0x100), (4, 0x100)], ids=["ins", "outs"])
def test_lazy_read_rejects_ins_or_outs_beyond_registers_like_the_full_read(
    field: int, value: int
) -> None:
    """ART's CheckIntraCodeItem: ins_size <= registers_size, and outs_size <= registers_size
    once it exceeds 5; the lazy path, which does not decode the code, checks it too."""
    data = bytearray(write_dex(hello_dex()))
    off = _first_code_item(bytes(data))
    data[off + field : off + field + 2] = struct.pack("<H", value)
    forged = fix_checksums(data)
    for lazy in (False, True):
        with pytest.raises(DexFormatError, match=r"exceed registers \d+ \(ART\)$"):
            read_dex(forged, lazy=lazy)
