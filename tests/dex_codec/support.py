"""Test input helpers: an index-tagging resolver/lookup pair and a minimal code-item walker.

The walker reads only what the codec tests need (each method's insns, registers,
ins and tries) straight from the DEX layout, so these tests do not depend on
the project's reader. The identity resolver/lookup is a bijection between
indices and tagged references: test input, not the thing under test.
"""

from __future__ import annotations

import struct
import zipfile
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path

from reassembler.dex.leb128 import read_sleb128, read_uleb128
from reassembler.dex.model import (
    CallSite,
    EncodedValue,
    FieldRef,
    MethodHandle,
    MethodHandleKind,
    MethodRef,
    Proto,
    ValueKind,
)


class TaggedRefs:
    """Resolver and lookup at once: index i <-> a reference that spells i."""

    def string(self, index: int) -> str:
        return f"S{index}"

    def type(self, index: int) -> str:
        return f"LT{index};"

    def field(self, index: int) -> FieldRef:
        return FieldRef("LF;", f"f{index}", "I")

    def method(self, index: int) -> MethodRef:
        return MethodRef("LM;", f"m{index}", Proto("V"))

    def proto(self, index: int) -> Proto:
        return Proto(f"LP{index};")

    def call_site(self, index: int) -> CallSite:
        return CallSite((EncodedValue(ValueKind.INT, index),))

    def method_handle(self, index: int) -> MethodHandle:
        return MethodHandle(MethodHandleKind.STATIC_GET, FieldRef("LH;", f"h{index}", "I"))

    def string_index(self, s: str) -> int:
        return int(s[1:])

    def type_index(self, t: str) -> int:
        return int(t[2:-1])

    def field_index(self, f: FieldRef) -> int:
        return int(f.name[1:])

    def method_index(self, m: MethodRef) -> int:
        return int(m.name[1:])

    def proto_index(self, p: Proto) -> int:
        return int(p.return_type[2:-1])

    def call_site_index(self, c: CallSite) -> int:
        value = c.values[0].value
        assert isinstance(value, int)
        return value

    def method_handle_index(self, h: MethodHandle) -> int:
        return int(h.member.name[1:])


@dataclass
class RawCode:
    method_idx: int
    code_off: int
    registers: int
    ins: int
    outs: int
    insns: bytes
    tries: list[tuple[int, int, int]]  # (start_addr, insn_count, handler_off)


def dex_from_apk(path: Path, name: str = "classes.dex") -> bytes:
    with zipfile.ZipFile(path) as zf:
        return zf.read(name)


def iter_code(dex: bytes) -> Iterator[RawCode]:
    """Every method's code item in class_def order (trusted corpus input)."""
    class_defs_size, class_defs_off = struct.unpack_from("<II", dex, 0x60)
    for c in range(class_defs_size):
        class_data_off = struct.unpack_from("<I", dex, class_defs_off + 32 * c + 24)[0]
        if not class_data_off:
            continue
        pos = class_data_off
        counts = []
        for _ in range(4):
            v, pos = read_uleb128(dex, pos)
            counts.append(v)
        for _ in range(counts[0] + counts[1]):  # fields
            _, pos = read_uleb128(dex, pos)
            _, pos = read_uleb128(dex, pos)
        for group in (counts[2], counts[3]):
            midx = 0
            for _ in range(group):
                diff, pos = read_uleb128(dex, pos)
                midx += diff
                _, pos = read_uleb128(dex, pos)
                code_off, pos = read_uleb128(dex, pos)
                if code_off:
                    yield _code_item(dex, midx, code_off)
            # method indices restart their diff encoding for the virtual list


def _code_item(dex: bytes, midx: int, off: int) -> RawCode:
    regs, ins, outs, tries_size, _debug, insns_size = struct.unpack_from("<HHHHII", dex, off)
    start = off + 16
    insns = dex[start : start + 2 * insns_size]
    tries: list[tuple[int, int, int]] = []
    if tries_size:
        toff = start + 2 * insns_size + (2 if insns_size & 1 else 0)
        for k in range(tries_size):
            tries.append(struct.unpack_from("<IHH", dex, toff + 8 * k))
    return RawCode(midx, off, regs, ins, outs, insns, tries)


def handler_addresses(dex: bytes, off: int, insns_size: int, tries_size: int) -> list[int]:
    """Every handler address of a code item's encoded_catch_handler_list (for checks)."""
    base = off + 16 + 2 * insns_size + (2 if insns_size & 1 else 0) + 8 * tries_size
    count, pos = read_uleb128(dex, base)
    out: list[int] = []
    for _ in range(count):
        size, pos = read_sleb128(dex, pos)
        for _ in range(abs(size)):
            _, pos = read_uleb128(dex, pos)
            addr, pos = read_uleb128(dex, pos)
            out.append(addr)
        if size <= 0:
            addr, pos = read_uleb128(dex, pos)
            out.append(addr)
    return out
