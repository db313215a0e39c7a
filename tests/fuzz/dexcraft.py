"""Crafted DEX files: a seed built with our own builder and writer, and mutators that forge the
classes of hostile input a malicious app can carry (aliasing, sharing, huge counts, overlong
LEB128, invalid MUTF-8, map corruption, truncation).

Every mutator is `(rng, seed) -> bytes` and fixes the checksums afterwards, so a mutant tests
the structure and not only the Adler-32. The layout parser here is independent of our reader
(it only follows the header, the map and class data) so the reader is tested, not reused.
"""

from __future__ import annotations

import hashlib
import random
import struct
import zlib
from collections.abc import Callable
from dataclasses import dataclass, field

from reassembler.dex.builder import ACC_PUBLIC, ACC_STATIC, ClassBuilder, build_dex
from reassembler.dex.model import (
    Annotation,
    DebugEvent,
    DebugInfo,
    DebugOp,
    EncodedAnnotation,
    EncodedValue,
    TryBlock,
    ValueKind,
    Visibility,
)
from reassembler.dex.writer import write_dex

Mutator = Callable[[random.Random, bytes], bytes]

HEADER = struct.Struct("<8sI20s20I")
# map_list item types
TYPE_HEADER, TYPE_STRING_ID, TYPE_TYPE_ID, TYPE_PROTO_ID = 0x0000, 0x0001, 0x0002, 0x0003
TYPE_FIELD_ID, TYPE_METHOD_ID, TYPE_CLASS_DEF, TYPE_MAP_LIST = 0x0004, 0x0005, 0x0006, 0x1000
TYPE_TYPE_LIST, TYPE_ANNOTATION_SET, TYPE_CLASS_DATA, TYPE_CODE = 0x1001, 0x1003, 0x2000, 0x2001
TYPE_STRING_DATA, TYPE_DEBUG_INFO, TYPE_ANNOTATION = 0x2002, 0x2003, 0x2004
TYPE_ENCODED_ARRAY, TYPE_ANNOTATIONS_DIRECTORY = 0x2005, 0x2006


# ----------------------------------------------------------------------------------------------
# Seeds


def seed_dex(classes: int = 8, *, long_string: int = 64, methods: int = 2,
             big_method: int = 0) -> bytes:
    """A valid DEX (dexdump -c passes) with `classes` classes, each with static values,
    an instance field, annotations, code with try/catch and debug info; class 0 holds a
    string of `long_string` characters and, when `big_method`, a method of that many
    instructions (the targets of aliasing and sharing mutants)."""
    ann_type = "Lfz/Mark;"
    builders = []
    for i in range(classes):
        name = f"Lfz/C{i:05d};"
        b = ClassBuilder(name, source_file=f"C{i}.java")
        b.field("COUNT", "I", access=ACC_PUBLIC | ACC_STATIC,
                value=EncodedValue(ValueKind.INT, i + 1))
        text = "L" * long_string if i == 0 else f"value{i}"
        b.field("NAME", "Ljava/lang/String;", access=ACC_PUBLIC | ACC_STATIC,
                value=EncodedValue(ValueKind.STRING, text))
        b.field("next", name)
        b.method("<init>", "()V", access=0x10001, registers=1, code=[
            ("invoke-direct", "p0", "Ljava/lang/Object;-><init>()V"),
            ("return-void",),
        ])
        for k in range(methods):
            b.method(f"run{k}", "(I)I", registers=4, code=[
                ":start",
                ("const-string", "v0", f"text{i}"),
                ("invoke-virtual", "v0", "Ljava/lang/String;->length()I"),
                ("move-result", "v1"),
                ("add-int", "v1", "v1", "p1"),
                ":end",
                ("return", "v1"),
                ":handler",
                ("move-exception", "v0"),
                ("const/4", "v1", 0),
                ("return", "v1"),
            ])
        if i == 0 and big_method:
            b.method("big", "(I)I", registers=2, code=[
                ("const/4", "v0", 0),
                *[("add-int/lit8", "v0", "v0", 1)] * big_method,
                ("return", "v0"),
            ])
        cls = b.build()
        mark = Annotation(Visibility.RUNTIME, EncodedAnnotation(
            ann_type, (("value", EncodedValue(ValueKind.INT, i)),)))
        cls.annotations = [mark]
        for m in cls.virtual_methods:
            if m.ref.name == "big":
                continue
            m.annotations = [mark]
            m.parameter_annotations = [[mark]]
            assert m.code is not None
            m.code.tries = [TryBlock(0, 6, (), 9)]  # start..end, catch-all at :handler
            m.code.debug = DebugInfo(10, ["n"], [
                DebugEvent(DebugOp.LINE, 0, line=10),
                DebugEvent(DebugOp.START_LOCAL, 2, register=0, name="s",
                           type="Ljava/lang/String;"),
                DebugEvent(DebugOp.LINE, 5, line=11),
            ])
        builders.append(cls)
    ann = ClassBuilder(ann_type, access=0x2601, interfaces=["Ljava/lang/annotation/Annotation;"])
    ann.method("value", "()I", access=0x401)
    builders.append(ann.build())
    return write_dex(build_dex(*builders))


def fix_checksums(data: bytes | bytearray) -> bytes:
    out = bytearray(data)
    if len(out) >= 32:
        out[12:32] = hashlib.sha1(bytes(out[32:])).digest()
        out[8:12] = struct.pack("<I", zlib.adler32(bytes(out[12:])))
    return bytes(out)


# ----------------------------------------------------------------------------------------------
# Layout


def read_uleb(data: bytes | bytearray, pos: int) -> tuple[int, int]:
    result = shift = 0
    while True:
        b = data[pos]
        pos += 1
        result |= (b & 0x7F) << shift
        shift += 7
        if b < 0x80:
            return result, pos


def uleb_fixed(value: int, width: int) -> bytes:
    """`value` as an unsigned LEB128 of exactly `width` bytes (padded with 0x80 groups)."""
    out = bytearray()
    for k in range(width):
        byte = value & 0x7F
        value >>= 7
        out.append(byte | (0x80 if k < width - 1 else 0))
    if value:
        raise ValueError("value does not fit")
    return bytes(out)


@dataclass
class Member:
    """One encoded_field/encoded_method in a class_data_item: positions of its LEB128s."""

    diff_at: int
    flags_at: int
    code_at: int | None = None  # methods only
    code_width: int = 0
    code_off: int = 0


@dataclass
class ClassRow:
    at: int  # offset of the class_def_item
    class_idx: int
    class_data_off: int
    static_values_off: int
    annotations_off: int
    counts_at: int = 0  # offset of the class data's four counts
    members: list[Member] = field(default_factory=list)


@dataclass
class Layout:
    data: bytes
    header: dict[str, int]
    sections: dict[int, tuple[int, int]]  # map type -> (offset, count)
    map_entries: list[tuple[int, int, int]]  # (type, count, offset) in file order
    classes: list[ClassRow]

    @classmethod
    def parse(cls, data: bytes) -> Layout:
        fields = HEADER.unpack_from(data, 0)
        names = ("file_size", "header_size", "endian_tag", "link_size", "link_off", "map_off",
                 "string_ids_size", "string_ids_off", "type_ids_size", "type_ids_off",
                 "proto_ids_size", "proto_ids_off", "field_ids_size", "field_ids_off",
                 "method_ids_size", "method_ids_off", "class_defs_size", "class_defs_off",
                 "data_size", "data_off")
        header = dict(zip(names, fields[3:], strict=True))
        map_off = header["map_off"]
        (count,) = struct.unpack_from("<I", data, map_off)
        entries = [(t, n, off) for t, _, n, off in
                   struct.iter_unpack("<HHII", data[map_off + 4: map_off + 4 + 12 * count])]
        sections = {t: (off, n) for t, n, off in entries}
        rows = []
        for i in range(header["class_defs_size"]):
            at = header["class_defs_off"] + 32 * i
            idx, _, _, _, _, ann, cdata, svals = struct.unpack_from("<8I", data, at)
            row = ClassRow(at, idx, cdata, svals, ann)
            if cdata:
                counts = []
                pos = cdata
                row.counts_at = pos
                for _ in range(4):
                    n, pos = read_uleb(data, pos)
                    counts.append(n)
                for kind, n in enumerate(counts):
                    for _ in range(n):
                        m = Member(pos, 0)
                        _, pos = read_uleb(data, pos)
                        m.flags_at = pos
                        _, pos = read_uleb(data, pos)
                        if kind >= 2:
                            m.code_at = pos
                            m.code_off, end = read_uleb(data, pos)
                            m.code_width = end - pos
                            pos = end
                        row.members.append(m)
            rows.append(row)
        return cls(data, header, sections, entries, rows)

    def u32(self, at: int) -> int:
        return int(struct.unpack_from("<I", self.data, at)[0])

    def string_offsets(self) -> list[int]:
        off, n = self.header["string_ids_off"], self.header["string_ids_size"]
        return list(struct.unpack_from(f"<{n}I", self.data, off))

    def longest_string(self) -> int:
        """Index of the string with the most data bytes."""
        offs = self.string_offsets()
        lengths = [self.data.index(b"\0", o) - o for o in offs]
        return max(range(len(offs)), key=lengths.__getitem__)

    def code_items(self) -> list[tuple[int, int]]:
        """(offset, insns_size) of every code item referenced by a method."""
        seen = {}
        for row in self.classes:
            for m in row.members:
                if m.code_off:
                    seen[m.code_off] = struct.unpack_from("<I", self.data, m.code_off + 12)[0]
        return sorted(seen.items())


# ----------------------------------------------------------------------------------------------
# Amplification: items aliased or shared so that a parser that works per reference multiplies


def alias_strings(rng: random.Random, seed: bytes) -> bytes:
    """Every string id points at the longest string's data (ART: ids unique and sorted)."""
    lay = Layout.parse(seed)
    target = lay.string_offsets()[lay.longest_string()]
    out = bytearray(seed)
    off, n = lay.header["string_ids_off"], lay.header["string_ids_size"]
    out[off: off + 4 * n] = struct.pack("<I", target) * n
    return fix_checksums(out)


def _share(seed: bytes, column: int) -> bytes:
    lay = Layout.parse(seed)
    values = [lay.u32(r.at + 4 * column) for r in lay.classes]
    target = max((v for v in values if v), default=0, key=lambda v: v)
    out = bytearray(seed)
    for r in lay.classes:
        struct.pack_into("<I", out, r.at + 4 * column, target)
    return fix_checksums(out)


def share_class_data(rng: random.Random, seed: bytes) -> bytes:
    """Every class_def points at one class_data_item (ART: its members name one class)."""
    return _share(seed, 6)


def share_static_values(rng: random.Random, seed: bytes) -> bytes:
    """Every class_def points at one static values array (legal in ART: dexlib2 shares them)."""
    return _share(seed, 7)


def share_annotations(rng: random.Random, seed: bytes) -> bytes:
    """Every class_def points at one annotations directory (ART: it names one class)."""
    return _share(seed, 5)


def share_code(rng: random.Random, seed: bytes) -> bytes:
    """Every method points at the largest code item (rewritten in place, same LEB width)."""
    lay = Layout.parse(seed)
    target = max(lay.code_items(), key=lambda c: c[1])[0]
    out = bytearray(seed)
    for row in lay.classes:
        for m in row.members:
            if m.code_at is not None and m.code_off:
                try:
                    out[m.code_at: m.code_at + m.code_width] = uleb_fixed(target, m.code_width)
                except ValueError:
                    continue
    return fix_checksums(out)


def share_debug_info(rng: random.Random, seed: bytes) -> bytes:
    """Every code item points at one debug_info_item (legal: D8 shares them)."""
    lay = Layout.parse(seed)
    codes = [off for off, _ in lay.code_items()]
    infos = [lay.u32(off + 8) for off in codes if lay.u32(off + 8)]
    out = bytearray(seed)
    if infos:
        target = rng.choice(infos)
        for off in codes:
            struct.pack_into("<I", out, off + 8, target)
    return fix_checksums(out)


# ----------------------------------------------------------------------------------------------
# Id aliasing: one id table entry repeats another


_ID_TABLES = (("type_ids", 4), ("proto_ids", 12), ("field_ids", 8), ("method_ids", 8))


def alias_ids(rng: random.Random, seed: bytes) -> bytes:
    """An entry of an id table (or a class_def's class) copied over another (ART: sorted and
    unique ids, one class_def per type)."""
    lay = Layout.parse(seed)
    out = bytearray(seed)
    if rng.random() < 0.2 and len(lay.classes) > 1:
        a, b = rng.sample(range(len(lay.classes)), 2)
        out[lay.classes[a].at: lay.classes[a].at + 4] = seed[lay.classes[b].at:
                                                             lay.classes[b].at + 4]
        return fix_checksums(out)
    table, width = rng.choice(_ID_TABLES)
    off, n = lay.header[f"{table}_off"], lay.header[f"{table}_size"]
    if n < 2:
        return fix_checksums(out)
    count = 1 if rng.random() < 0.7 else n - 1  # one alias, or every entry the same
    src = rng.randrange(n)
    for dst in rng.sample([i for i in range(n) if i != src], count):
        out[off + width * dst: off + width * (dst + 1)] = seed[off + width * src:
                                                              off + width * (src + 1)]
    return fix_checksums(out)


# ----------------------------------------------------------------------------------------------
# Huge counts


_HUGE = (0x7FFFFFFF, 0xFFFFFFFF, 0x10000, 0xFFFF, 0x1000000)


def huge_counts(rng: random.Random, seed: bytes) -> bytes:
    """A count or size field set to something huge: header table sizes, the map's count,
    class data member counts, a type list, annotation set or directory size, a code item's
    insns_size/tries_size, a debug info's parameter count, an encoded array's size."""
    lay = Layout.parse(seed)
    out = bytearray(seed)
    kind = rng.randrange(8)
    huge = rng.choice(_HUGE)
    if kind == 0:  # header *_size fields (0x38 .. 0x68, every other u32)
        struct.pack_into("<I", out, rng.choice(range(0x38, 0x68, 8)), huge)
    elif kind == 1:
        struct.pack_into("<I", out, lay.header["map_off"], huge)
    elif kind == 2:  # class data counts: the widest value that fits in place
        row = rng.choice([r for r in lay.classes if r.class_data_off])
        pos = row.counts_at
        for _ in range(rng.randrange(4)):
            _, pos = read_uleb(out, pos)
        _, end = read_uleb(out, pos)
        out[pos:end] = uleb_fixed((1 << (7 * (end - pos))) - 1, end - pos)
    elif kind == 3:  # a sized data item: type list, annotation set, annotations directory
        kinds = [t for t in (TYPE_TYPE_LIST, TYPE_ANNOTATION_SET, TYPE_ANNOTATIONS_DIRECTORY)
                 if t in lay.sections]
        off, _ = lay.sections[rng.choice(kinds)]
        struct.pack_into("<I", out, off + 4 * rng.randrange(2), huge)
    elif kind == 4:  # code item insns_size (u4) or tries_size (u2)
        off, _ = rng.choice(lay.code_items())
        if rng.random() < 0.5:
            struct.pack_into("<I", out, off + 12, huge)
        else:
            struct.pack_into("<H", out, off + 6, 0xFFFF)
    elif kind == 5 and TYPE_DEBUG_INFO in lay.sections:  # parameters_size after line_start
        off, _ = lay.sections[TYPE_DEBUG_INFO]
        _, pos = read_uleb(out, off)
        _, end = read_uleb(out, pos)
        out[pos:end] = uleb_fixed((1 << (7 * (end - pos))) - 1, end - pos)
    elif kind == 6 and TYPE_ENCODED_ARRAY in lay.sections:
        off, _ = lay.sections[TYPE_ENCODED_ARRAY]
        _, end = read_uleb(out, off)
        out[off:end] = uleb_fixed((1 << (7 * (end - off))) - 1, end - off)
    else:  # the string_data uleb of the longest string claims more characters
        at = lay.string_offsets()[lay.longest_string()]
        _, end = read_uleb(out, at)
        out[at:end] = uleb_fixed((1 << (7 * (end - at))) - 1, end - at)
    return fix_checksums(out)


# ----------------------------------------------------------------------------------------------
# Overlong LEB128


def overlong_leb128(rng: random.Random, seed: bytes) -> bytes:
    """A LEB128 in class data, a string's size or an encoded array rewritten as more than five
    bytes, or as five bytes whose last carries bits beyond 32 (ART reads five and ignores
    them; we refuse both)."""
    lay = Layout.parse(seed)
    spots = [r.counts_at for r in lay.classes if r.class_data_off]
    spots += [m.diff_at for r in lay.classes for m in r.members]
    spots += lay.string_offsets()
    pos = rng.choice(spots)
    out = bytearray(seed)
    if rng.random() < 0.5:
        out[pos: pos + 6] = b"\x80\x80\x80\x80\x80\x00"
    else:
        out[pos: pos + 5] = b"\xff\xff\xff\xff\x7f"
    return fix_checksums(out)


# ----------------------------------------------------------------------------------------------
# Invalid MUTF-8

_BAD_MUTF8 = (
    b"\xff",  # not a lead byte
    b"\x80",  # a continuation without a lead
    b"\xc1\x81",  # overlong two-byte form of 'A'
    b"\xe0\x80\x81",  # overlong three-byte form
    b"\xf0\x9f\x98\x80",  # a four-byte UTF-8 form (MUTF-8 uses surrogate pairs)
    b"\xc3",  # truncated two-byte sequence (the NUL follows)
    b"\xed\xa0\x80",  # a lone high surrogate: valid MUTF-8, a Java string may hold one
)


def invalid_mutf8(rng: random.Random, seed: bytes) -> bytes:
    """Bytes MUTF-8 forbids placed at the end of a string's data (its size unchanged), or a
    lone surrogate (legal) to check that it is kept."""
    lay = Layout.parse(seed)
    at = rng.choice(lay.string_offsets())
    _, pos = read_uleb(seed, at)
    end = seed.index(b"\0", pos)
    bad = rng.choice(_BAD_MUTF8)
    out = bytearray(seed)
    start = max(pos, end - len(bad))
    out[start:end] = bad[: end - start]
    return fix_checksums(out)


# ----------------------------------------------------------------------------------------------
# Map corruption


def corrupt_map(rng: random.Random, seed: bytes) -> bytes:
    """The map list disagrees with the header or itself: entries swapped, a type repeated or
    unknown, an offset or count moved, the count or map_off wrong, data_size shrunk."""
    lay = Layout.parse(seed)
    out = bytearray(seed)
    map_off = lay.header["map_off"]
    n = len(lay.map_entries)
    entry = map_off + 4 + 12 * rng.randrange(n)
    kind = rng.randrange(8)
    if kind == 0:
        a, b = rng.sample(range(n), 2)
        pa, pb = map_off + 4 + 12 * a, map_off + 4 + 12 * b
        out[pa:pa + 12], out[pb:pb + 12] = seed[pb:pb + 12], seed[pa:pa + 12]
    elif kind == 1:
        other = lay.map_entries[rng.randrange(n)][0]
        struct.pack_into("<H", out, entry, other)
    elif kind == 2:
        struct.pack_into("<H", out, entry, rng.choice((0x0009, 0x2007, 0x1234, 0xFFFF)))
    elif kind == 3:
        delta = rng.choice((-4, -1, 1, 4, 0x100))
        struct.pack_into("<I", out, entry + 8, max(0, lay.u32(entry + 8) + delta))
    elif kind == 4:
        delta = rng.choice((-1, 1, 1000))
        struct.pack_into("<I", out, entry + 4, max(0, lay.u32(entry + 4) + delta))
    elif kind == 5:
        struct.pack_into("<I", out, map_off, n + rng.choice((-1, 1, 2)))
    elif kind == 6:
        struct.pack_into("<I", out, 0x34, rng.choice((0, map_off - 4, map_off + 12, 0x70)))
    else:
        struct.pack_into("<I", out, 0x68, lay.header["data_size"] // rng.choice((2, 4)))
    return fix_checksums(out)


# ----------------------------------------------------------------------------------------------
# Truncation


def truncate(rng: random.Random, seed: bytes) -> bytes:
    """Cut anywhere; half the time the header's file_size is fixed to match (as a forger
    would), so the reader meets the missing data itself."""
    cut = rng.randrange(0x70 if rng.random() < 0.8 else 1, len(seed))
    out = bytearray(seed[:cut])
    if cut >= 0x70 and rng.random() < 0.5:
        struct.pack_into("<I", out, 0x20, cut)
        return fix_checksums(out)
    return bytes(out)


def flip_bytes(rng: random.Random, seed: bytes) -> bytes:
    """Random corruption: a few bytes anywhere, checksums fixed."""
    out = bytearray(seed)
    for _ in range(rng.randint(1, 8)):
        out[rng.randrange(0x70, len(out))] ^= rng.randint(1, 255)
    return fix_checksums(out)


def flip_code(rng: random.Random, seed: bytes) -> bytes:
    """A few bytes flipped inside code items' instructions, checksums fixed: the structure
    stays valid (ART's structural verifier does not decode instructions), so many mutants
    are accepted and must round-trip; an opcode of another width moves the instruction
    boundaries under the debug info's and the tries' addresses."""
    lay = Layout.parse(seed)
    out = bytearray(seed)
    codes = [c for c in lay.code_items() if c[1]]
    for _ in range(rng.randint(1, 4)):
        off, insns = rng.choice(codes)
        out[off + 16 + rng.randrange(2 * insns)] ^= rng.randint(1, 255)
    return fix_checksums(out)


# Every class the harness and the regression tests generate, by name.
MUTATORS: dict[str, Mutator] = {
    "string aliasing": alias_strings,
    "id aliasing": alias_ids,
    "shared class data": share_class_data,
    "shared code": share_code,
    "shared debug info": share_debug_info,
    "shared static values": share_static_values,
    "shared annotations": share_annotations,
    "huge counts": huge_counts,
    "overlong LEB128": overlong_leb128,
    "invalid MUTF-8": invalid_mutf8,
    "map corruption": corrupt_map,
    "truncation": truncate,
    "byte flips": flip_bytes,
    "code flips": flip_code,
}
