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
