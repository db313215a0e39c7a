"""Copy-through of code items nobody read (`LazyCode` from `read_dex(lazy=True)`).

The writer needs two things from an untouched code item: every id it references (so the pools
hold them) and its bytes with those ids renumbered into the new file's pools. Both come from
`scan`, a walk over the instruction stream that allocates nothing per instruction and records
only where the index operands sit. When the new pools number the source's items as the source
did (a round trip of a valid file: ART requires the same sort orders we use), the instructions
and debug info are copied byte for byte; otherwise only the index operands (and the string/type
indices of the debug program) are rewritten. The layout never changes, so branch targets, try
ranges and debug addresses stay valid. One exception: a `const-string` whose string index no
longer fits 16 bits needs `/jumbo`, which moves code — that method is decoded and re-assembled.

Validation: `scan` checks what `codec.decode_code` checks (opcodes, truncation, payloads, branch
and switch targets, payload kinds, argument counts) and the collector checks index ranges; on
any problem the item is decoded through the reader for the exact `DexFormatError`.
"""

from __future__ import annotations

import struct
import sys
import weakref
from array import array
from collections.abc import Sequence
from typing import TYPE_CHECKING, TypeVar

from reassembler.dex import leb128
from reassembler.dex.lazy import CodeSource, LazyCode
from reassembler.dex.opcodes import (
    FILL_ARRAY_DATA_PAYLOAD,
    OPCODES,
    PACKED_SWITCH_PAYLOAD,
    SPARSE_SWITCH_PAYLOAD,
    IndexKind,
)

if TYPE_CHECKING:
    from reassembler.dex.sections import IndexPools

_LITTLE = sys.byteorder == "little"

# Index slots, as in the positions a scan returns.
STRING, TYPE, FIELD, METHOD, PROTO, CALL_SITE, HANDLE, JUMBO_STRING = range(1, 9)
_SLOT = {IndexKind.STRING: STRING, IndexKind.TYPE: TYPE, IndexKind.FIELD: FIELD,
         IndexKind.METHOD: METHOD, IndexKind.PROTO: PROTO, IndexKind.CALL_SITE: CALL_SITE,
         IndexKind.METHOD_HANDLE: HANDLE}  # fmt: skip

# What the scan does per opcode: 1..7 a 16-bit index at pc+1 in that slot; 17..23 the same for
# 35c (argument count checked); 8 a 32-bit string index; 9 a 10t target, 10 a 16-bit target,
# 11 a 32-bit goto target, 12 a 31t payload reference, 13 45cc, 14 4rcc; 0 nothing.
_K_JUMBO, _K_T8, _K_T16, _K_T32, _K_PAYLOAD, _K_45CC, _K_4RCC = 8, 9, 10, 11, 12, 13, 14
_SIZE = [0] * 256
_KIND = [0] * 256
for _op, _info in OPCODES.items():
    _SIZE[_op] = _info.units
    _fmt = _info.format
    if _fmt == "45cc":
        _KIND[_op] = _K_45CC
    elif _fmt == "4rcc":
        _KIND[_op] = _K_4RCC
    elif _fmt == "31c":
        _KIND[_op] = _K_JUMBO
    elif _info.index is not IndexKind.NONE:
        _KIND[_op] = _SLOT[_info.index] + (16 if _fmt == "35c" else 0)
    elif _fmt == "10t":
        _KIND[_op] = _K_T8
    elif _fmt in ("20t", "21t", "22t"):
        _KIND[_op] = _K_T16
    elif _fmt == "30t":
        _KIND[_op] = _K_T32
    elif _fmt == "31t":
        _KIND[_op] = _K_PAYLOAD
_PAYLOAD_FOR = {0x26: FILL_ARRAY_DATA_PAYLOAD, 0x2B: PACKED_SWITCH_PAYLOAD,
                0x2C: SPARSE_SWITCH_PAYLOAD}  # fmt: skip


class Malformed(Exception):
    """The scan found something `codec.decode_code` would refuse."""


# Per slot (index 1..8): code-unit positions of index operands in the file; slots 9 and 10
# hold string and type index *values* that debug_info_items use.
Positions = list[list[int]]
DEBUG_STRINGS, DEBUG_TYPES = 9, 10


def positions() -> Positions:
    return [[] for _ in range(11)]

_CODE_HEADER = struct.Struct("<4HII")
_UNITS: weakref.WeakKeyDictionary[CodeSource, Sequence[int]] = weakref.WeakKeyDictionary()


def file_units(source: CodeSource) -> Sequence[int]:
    """The whole file as 16-bit little-endian units (a view on little-endian hosts), cached.
    code_items are 4-aligned, so instructions start at unit (offset + 16) // 2."""
    cached = _UNITS.get(source)
    if cached is None:
        data = source.data
        even = memoryview(data)[: len(data) & ~1]
        if _LITTLE:
            cached = even.cast("H")
        else:
            arr = array("H", bytes(even))
            arr.byteswap()
            cached = arr
        _UNITS[source] = cached
    return cached


def insns_span(source: CodeSource, code: LazyCode) -> tuple[int, int]:
    """[start, end) of `code`'s instructions in `file_units(source)`."""
    start = (code.offset + 16) >> 1
    return start, start + _CODE_HEADER.unpack_from(source.data, code.offset)[5]


def scan(u: Sequence[int], start: int, end: int, pos: Positions) -> int:
    """Append the positions of the index operands of the instructions in u[start:end] to
    `pos` (by slot); return the highest opcode >= 0xfa (else 0). Malformed where
    `codec.decode_code` would fail (then `pos` is left as it was)."""
    marks = [len(p) for p in pos]
    try:
        return _scan(u, start, end, pos)
    except (IndexError, Malformed):
        for p, mark in zip(pos, marks, strict=True):
            del p[mark:]  # leave no trace of a refused item
        raise Malformed from None


def _scan(u: Sequence[int], start: int, end: int, pos: Positions) -> int:
    size_of, kind_of = _SIZE, _KIND
    payloads: dict[int, int] = {}
    payload_refs: list[tuple[int, int, int]] = []
    max_op = 0
    pc = start
    while pc < end:
        w = u[pc]
        op = w & 0xFF
        k = kind_of[op]
        if k:
            if k < 8:
                pos[k].append(pc + 1)
                if k >= PROTO and op > max_op:  # const-method-type/handle, invoke-custom/range
                    max_op = op
            elif k > 16:
                if w >> 12 > 5:
                    raise Malformed
                pos[k - 16].append(pc + 1)
                if k - 16 == CALL_SITE and op > max_op:
                    max_op = op
            elif k == _K_T16:
                t = pc + ((u[pc + 1] ^ 0x8000) - 0x8000)
                if not start <= t < end:
                    raise Malformed
            elif k == _K_T8:
                t = pc + (((w >> 8) ^ 0x80) - 0x80)
                if not start <= t < end:
                    raise Malformed
            elif k == _K_JUMBO:
                pos[JUMBO_STRING].append(pc + 1)
            elif k == _K_PAYLOAD or k == _K_T32:
                t = pc + (((u[pc + 1] | u[pc + 2] << 16) ^ 0x80000000) - 0x80000000)
                if not start <= t < end:
                    raise Malformed
                if k == _K_PAYLOAD:
                    payload_refs.append((pc, op, t))
            else:  # 45cc / 4rcc: a method and a proto
                if k == _K_45CC and w >> 12 > 5:
                    raise Malformed
                pos[METHOD].append(pc + 1)
                pos[PROTO].append(pc + 3)
                if op > max_op:
                    max_op = op
        elif op == 0 and w:
            payloads[pc] = w
            if w == PACKED_SWITCH_PAYLOAD:
                pc += 4 + 2 * u[pc + 1]
            elif w == SPARSE_SWITCH_PAYLOAD:
                pc += 2 + 4 * u[pc + 1]
            elif w == FILL_ARRAY_DATA_PAYLOAD:
                pc += 4 + (u[pc + 1] * (u[pc + 2] | u[pc + 3] << 16) + 1) // 2
            else:
                raise Malformed
            continue
        size = size_of[op]
        if not size:
            raise Malformed
        pc += size
    if pc != end:
        raise Malformed  # the last instruction or payload runs past the end
    if payloads or payload_refs:
        _check_payloads(u, start, end, payloads, payload_refs)
    return max_op


def _check_payloads(u: Sequence[int], start: int, end: int, payloads: dict[int, int],
                    refs: list[tuple[int, int, int]]) -> None:
    """Payload kinds, one switch per payload, switch cases inside the code (as decode_code)."""
    switch_of: dict[int, int] = {}
    for pc, op, t in refs:
        if payloads.get(t) != _PAYLOAD_FOR[op]:
            raise Malformed
        if op != 0x26:
            if switch_of.setdefault(t, pc) != pc:
                raise Malformed
    for at, ident in payloads.items():
        if ident == FILL_ARRAY_DATA_PAYLOAD:
            continue
        base = switch_of.get(at, at)  # an unused switch payload is relative to itself
        count = u[at + 1]
        first = at + 4 if ident == PACKED_SWITCH_PAYLOAD else at + 2 + 2 * count
        for k in range(count):
            rel = u[first + 2 * k] | u[first + 2 * k + 1] << 16
            if not start <= base + ((rel ^ 0x80000000) - 0x80000000) < end:
                raise Malformed


def add_operands(u: Sequence[int], pos: Positions, used: list[set[int]]) -> None:
    """Add the index values at `pos` to `used` (per slot; jumbo string indices to STRING)."""
    get = u.__getitem__
    for slot in range(1, 8):
        if pos[slot]:
            used[slot].update(map(get, pos[slot]))
    if pos[JUMBO_STRING]:
        used[STRING].update(u[p] | u[p + 1] << 16 for p in pos[JUMBO_STRING])


class SourceUse:
    """The copied-through code items of one source file in a collection: where their index
    operands sit (kept for the writer's renumbering) and which items they are."""

    __slots__ = ("source", "positions", "scanned", "debug_ends", "codes", "resolved")

    def __init__(self, source: CodeSource) -> None:
        self.source = source
        self.positions = positions()
        self.scanned: set[int] = set()  # code_item offsets (shared items are scanned once)
        self.debug_ends: dict[int, int] = {}  # debug_info_item walked: offset -> end
        self.codes: list[LazyCode] = []  # in scan order
        self.resolved = True  # everything listed is resolved into the collector's sets

    def merge(self, other: SourceUse) -> None:
        for mine, theirs in zip(self.positions, other.positions, strict=True):
            mine += theirs
        self.scanned |= other.scanned
        self.debug_ends.update(other.debug_ends)
        self.codes += other.codes
        self.resolved = self.resolved and other.resolved


# --------------------------------------------------------------------------
# Debug info


def _uleb(data: bytes, pos: int) -> tuple[int, int]:
    b = data[pos]
    if b < 0x80:
        return b, pos + 1
    c = data[pos + 1]
    if c < 0x80:
        return (b & 0x7F) | c << 7, pos + 2
    return leb128.read_uleb128(data, pos)


def debug_refs(data: bytes, off: int, strings: list[int], types: list[int]) -> int:
    """Append the string and type indices a debug_info_item uses; return where it ends.

    Raises Malformed (or IndexError/DexFormatError on truncation) where the reader would fail.
    """
    _line, pos = _uleb(data, off)
    nparams, pos = _uleb(data, pos)
    if nparams > len(data) - pos:
        raise Malformed
    for _ in range(nparams):
        idx, pos = _uleb(data, pos)
        if idx:
            strings.append(idx - 1)
    while True:
        op = data[pos]
        pos += 1
        if op >= 0x0A or op == 0x07 or op == 0x08:
            continue
        if op == 0x00:
            return pos
        if op == 0x01 or op == 0x05 or op == 0x06:
            _, pos = _uleb(data, pos)
        elif op == 0x02:
            _, pos = leb128.read_sleb128(data, pos)
        elif op == 0x03 or op == 0x04:
            _, pos = _uleb(data, pos)
            name, pos = _uleb(data, pos)
            typ, pos = _uleb(data, pos)
            if name:
                strings.append(name - 1)
            if typ:
                types.append(typ - 1)
            if op == 0x04:
                sig, pos = _uleb(data, pos)
                if sig:
                    strings.append(sig - 1)
        else:  # 0x09 DBG_SET_FILE
            name, pos = _uleb(data, pos)
            if name:
                strings.append(name - 1)


def _p1(out: bytearray, index: int, mapping: list[int]) -> None:
    """A uleb128p1 index (0 = none) renumbered through `mapping`."""
    out += leb128.encode_uleb128(mapping[index - 1] + 1 if index else 0)


def renumber_debug(data: bytes, off: int, end: int, smap: list[int], tmap: list[int],
                   out: bytearray) -> None:
    """Append the debug_info_item at `off` with its string and type indices renumbered
    (the item was walked by `debug_refs` before, so it is well formed)."""
    line, pos = _uleb(data, off)
    nparams, pos = _uleb(data, pos)
    out += data[off:pos]
    for _ in range(nparams):
        idx, pos = _uleb(data, pos)
        _p1(out, idx, smap)
    start = pos  # runs of bytes without indices are copied as they are
    while pos < end:
        op = data[pos]
        pos += 1
        if op >= 0x0A or op == 0x00 or op == 0x07 or op == 0x08:
            continue
        if op == 0x01 or op == 0x05 or op == 0x06:
            _, pos = _uleb(data, pos)
        elif op == 0x02:
            _, pos = leb128.read_sleb128(data, pos)
        elif op == 0x03 or op == 0x04:
            _, pos = _uleb(data, pos)
            out += data[start:pos]
            name, pos = _uleb(data, pos)
            typ, pos = _uleb(data, pos)
            _p1(out, name, smap)
            _p1(out, typ, tmap)
            if op == 0x04:
                sig, pos = _uleb(data, pos)
                _p1(out, sig, smap)
            start = pos
        else:  # 0x09 DBG_SET_FILE
            out += data[start:pos]
            name, pos = _uleb(data, pos)
            _p1(out, name, smap)
            start = pos
    out += data[start:end]


# --------------------------------------------------------------------------
# Renumbering


class SourceMaps:
    """Old index -> new index (or -1 when the new file does not hold it), per id table of one
    source file, for the pools of the file being written."""

    __slots__ = ("slots", "strings", "types", "identity", "names_identity")

    def __init__(self, source: CodeSource, pools: IndexPools) -> None:
        self.strings = _mapping(source.strings, pools.string_ids)
        self.types = _mapping(source.types, pools.type_ids)
        fields = _mapping(source.fields, pools.field_ids)
        methods = _mapping(source.methods, pools.method_ids)
        protos = _mapping(source.protos, pools.proto_ids)
        sites = _mapping(source.sites, pools.call_site_ids)
        handles = _mapping(source.handles, pools.handle_ids)
        self.slots: list[list[int]] = [
            [], self.strings, self.types, fields, methods, protos, sites, handles, self.strings]
        self.names_identity = _is_identity(self.strings) and _is_identity(self.types)
        self.identity = self.names_identity and all(
            _is_identity(m) for m in (fields, methods, protos, sites, handles))


_K = TypeVar("_K")


def _mapping(table: Sequence[_K], ids: dict[_K, int]) -> list[int]:
    get = ids.get
    return [get(item, -1) for item in table]


def _is_identity(mapping: list[int]) -> bool:
    """Whether every index the new file holds keeps its number (absent ones do not matter)."""
    return all(new == old for old, new in enumerate(mapping) if new >= 0)


def renumbered_file(use: SourceUse, maps: SourceMaps) -> tuple[array[int], list[int]]:
    """A copy of the source's code units with every index operand of the scanned code items
    renumbered, and the sorted positions of const-string operands whose new index does not
    fit 16 bits (their items need const-string/jumbo: re-assembly). Renumbering reads the
    original units, so a position listed twice is harmless."""
    source = use.source
    u = file_units(source)
    arr = array("H")
    arr.frombytes(source.data[: len(source.data) & ~1])
    if not _LITTLE:
        arr.byteswap()
    slots = maps.slots
    pos = use.positions
    too_wide: list[int] = []
    for slot in range(1, 8):
        mapping = slots[slot]
        for p in pos[slot]:
            new = mapping[u[p]]
            if new > 0xFFFF:
                too_wide.append(p)
            else:
                arr[p] = new
    strings = maps.strings
    for p in pos[JUMBO_STRING]:
        new = strings[u[p] | u[p + 1] << 16]
        arr[p] = new & 0xFFFF
        arr[p + 1] = new >> 16
    if not _LITTLE:
        arr.byteswap()
    too_wide.sort()
    return arr, too_wide


def renumber_units(source: CodeSource, start: int, end: int, pos: Positions,
                   maps: SourceMaps) -> bytes | None:
    """The insns in units [start, end) with every index operand renumbered; None when a
    const-string's new index needs const-string/jumbo (the caller re-assembles the method)."""
    arr = array("H")
    arr.frombytes(source.data[2 * start : 2 * end])
    if not _LITTLE:
        arr.byteswap()
    slots = maps.slots
    for slot in range(1, 8):
        mapping = slots[slot]
        for p in pos[slot]:
            new = mapping[arr[p - start]]
            if new > 0xFFFF:
                return None
            arr[p - start] = new
    strings = maps.strings
    for p in pos[JUMBO_STRING]:
        i = p - start
        new = strings[arr[i] | arr[i + 1] << 16]
        arr[i] = new & 0xFFFF
        arr[i + 1] = new >> 16
    if not _LITTLE:
        arr.byteswap()
    return arr.tobytes()
