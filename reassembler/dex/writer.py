"""The DEX writer: model (reassembler.dex.model) -> a valid .dex file.

Our own writer, because no Python library writes DEX: androguard's `save`
does not produce valid files and lief only reads DEX. The shape follows
dexlib2's writer in three layers:

- model: `DexFile` and friends, which know nothing about offsets;
- pools and id sections (`reassembler.dex.sections`): every referenced item
  interned and sorted as ART requires;
- layout and encode (this module and `reassembler.dex.layout`): code
  re-assembled with the final indices (`codec.assemble` widens
  const-string to /jumbo and branches as needed), then the file laid out in
  dexlib2's order: header and id tables, then the data section (string
  data, type lists, encoded arrays, annotations, annotation sets, set ref
  lists, annotation directories, debug infos, code items, class data, map
  list), identical data items deduplicated, and finally the SHA-1
  signature and Adler-32 checksum.

`write_dex` writes one file and raises `DexWriteError` when the references
do not fit one DEX; `write_dex_files` splits the classes across
classes.dex, classes2.dex, ... when they do not.
"""

from __future__ import annotations

import gc
import hashlib
import struct
import zlib
from array import array
from bisect import bisect_left
from collections.abc import Callable, Hashable, Iterable, Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from itertools import chain
from operator import attrgetter, lt
from typing import Any, TypeVar

from reassembler.dex import passthrough
from reassembler.dex.codec import assemble
from reassembler.dex.errors import DexWriteError
from reassembler.dex.layout import (
    NO_INDEX,
    complete_static_values,
    encode_annotation,
    encode_array,
    encode_code_item,
    encode_debug_info,
    uleb,
)
from reassembler.dex.lazy import DEBUG_LOADED, TRIES_LOADED, CodeSource, LazyCode, pristine
from reassembler.dex.model import (
    Annotation,
    ClassDef,
    DebugInfo,
    DexFile,
    EncodedValue,
    Field,
    FieldRef,
    Method,
    MethodRef,
    Proto,
    TryBlock,
    ValueKind,
    Visibility,
)
from reassembler.dex.mutf8 import encode_mutf8, utf16_length
from reassembler.dex.sections import U16_LIMIT, IndexPools, RefCollector

SUPPORTED_VERSIONS = (35, 37, 38, 39)

ACC_INTERFACE = 0x0200
ACC_ABSTRACT = 0x0400

HEADER_SIZE = 0x70
ENDIAN_TAG = 0x12345678
_HEADER = struct.Struct("<8sI20s20I")
_U32 = struct.Struct("<I")
_PROTO_ID = struct.Struct("<III")
_MEMBER_ID = struct.Struct("<HHI")
_CLASS_DEF = struct.Struct("<8I")
_HANDLE = struct.Struct("<HHHH")
_MAP_ITEM = struct.Struct("<HHII")
_CODE_HEADER = struct.Struct("<4HII")

# map_list item type codes
TYPE_HEADER = 0x0000
TYPE_STRING_ID = 0x0001
TYPE_TYPE_ID = 0x0002
TYPE_PROTO_ID = 0x0003
TYPE_FIELD_ID = 0x0004
TYPE_METHOD_ID = 0x0005
TYPE_CLASS_DEF = 0x0006
TYPE_CALL_SITE_ID = 0x0007
TYPE_METHOD_HANDLE = 0x0008
TYPE_MAP_LIST = 0x1000
TYPE_TYPE_LIST = 0x1001
TYPE_ANNOTATION_SET_REF_LIST = 0x1002
TYPE_ANNOTATION_SET = 0x1003
TYPE_CLASS_DATA = 0x2000
TYPE_CODE = 0x2001
TYPE_STRING_DATA = 0x2002
TYPE_DEBUG_INFO = 0x2003
TYPE_ANNOTATION = 0x2004
TYPE_ENCODED_ARRAY = 0x2005
TYPE_ANNOTATIONS_DIRECTORY = 0x2006


# --------------------------------------------------------------------------
# Public API


def write_dex(dex: DexFile, *, version: int | None = None) -> bytes:
    """Write `dex` as one DEX file.

    `version` None picks the lowest version the content needs (035, or 037
    for default/static interface methods, 038 for call sites and method
    handles, 039 for const-method-handle/type); an explicit version lower
    than what the content needs raises DexWriteError.
    """
    with _gc_paused():
        classes = order_classes(dex.classes)
        refs = _collect(classes, dex)
        return _write_one(classes, refs, version)


def write_dex_files(dex: DexFile, *, version: int | None = None) -> list[bytes]:
    """Write `dex` as classes.dex, classes2.dex, ... (returned in that order).

    One file when everything fits; otherwise classes are packed greedily, in
    class_def order, into files whose own method, field, type and proto ids
    each stay within 65,536. Every file is self-contained (its own pools).
    Call sites and method handles no class uses go into the first file.
    """
    with _gc_paused():
        return _write_files(dex, version)


@contextmanager
def _gc_paused() -> Iterator[None]:
    """Pause the cyclic garbage collector while writing.

    Writing allocates millions of small, acyclic objects (refcounting frees them); with the
    collector on, its full passes over the model cost ~40% of the write time of a large DEX.
    The previous state is restored afterwards.
    """
    was_enabled = gc.isenabled()
    gc.disable()
    try:
        yield
    finally:
        if was_enabled:
            gc.enable()


def _write_files(dex: DexFile, version: int | None) -> list[bytes]:
    classes = order_classes(dex.classes)
    refs = _collect(classes, dex)
    if _fits(refs):
        return [_write_one(classes, refs, version)]
    groups: list[tuple[list[ClassDef], RefCollector]] = []
    current: list[ClassDef] = []
    current_refs = _collect([], dex)
    for cls in classes:
        own = RefCollector()
        own.class_def(cls)
        own.finish()
        if current and not _fits_merged(current_refs, own):
            groups.append((current, current_refs))
            current, current_refs = [], RefCollector()
        if not _fits_merged(current_refs, own):
            raise DexWriteError(f"{cls.type}: class alone references more ids than one DEX holds")
        current.append(cls)
        current_refs.merge(own)
    groups.append((current, current_refs))
    return [_write_one(group, group_refs, version) for group, group_refs in groups]


def order_classes(classes: list[ClassDef]) -> list[ClassDef]:
    """class_defs with superclasses and interfaces defined here before their subtypes.

    Keeps the input order wherever it is already valid (a stable depth-first
    order), so a round trip of a valid file keeps its class order.
    """
    by_type: dict[str, ClassDef] = {}
    for cls in classes:
        if cls.type in by_type:
            raise DexWriteError(f"{cls.type}: class defined twice")
        by_type[cls.type] = cls
    done: set[str] = set()
    active: set[str] = set()
    ordered: list[ClassDef] = []

    def visit(start: ClassDef) -> None:
        # Iterative DFS: deep hierarchies must not hit Python's recursion limit.
        stack: list[tuple[ClassDef, list[str]]] = [(start, _supertypes(start))]
        active.add(start.type)
        while stack:
            cls, pending = stack[-1]
            while pending:
                sup = by_type.get(pending.pop())
                if sup is None or sup.type in done:
                    continue
                if sup.type in active:
                    raise DexWriteError(f"{sup.type}: class hierarchy cycle")
                active.add(sup.type)
                stack.append((sup, _supertypes(sup)))
                break
            else:
                stack.pop()
                active.discard(cls.type)
                done.add(cls.type)
                ordered.append(cls)

    for cls in classes:
        if cls.type not in done:
            visit(cls)
    return ordered


# --------------------------------------------------------------------------
# Pools, versions, splitting


def _supertypes(cls: ClassDef) -> list[str]:
    # Reversed so that pop() visits the superclass first, then interfaces in order.
    sups = ([cls.superclass] if cls.superclass is not None else []) + list(cls.interfaces)
    return sups[::-1]


def _collect(classes: Iterable[ClassDef], dex: DexFile) -> RefCollector:
    refs = RefCollector()
    for cls in classes:
        refs.class_def(cls)
    for site in dex.call_sites:
        refs.call_site(site)
    for handle in dex.method_handles:
        refs.handle(handle)
    refs.finish()
    return refs


def _fits(refs: RefCollector) -> bool:
    return all(
        n <= U16_LIMIT
        for n in (len(refs.types), len(refs.protos), len(refs.fields), len(refs.methods))
    )


def _fits_merged(cur: RefCollector, new: RefCollector) -> bool:
    """Whether `cur` plus `new` stays within every 16-bit id limit."""
    return (
        len(cur.methods) + len(new.methods - cur.methods) <= U16_LIMIT
        and len(cur.fields) + len(new.fields - cur.fields) <= U16_LIMIT
        and len(cur.types) + len(new.types - cur.types) <= U16_LIMIT
        and len(cur.protos) + len(new.protos - cur.protos) <= U16_LIMIT
    )


def _needed_version(classes: list[ClassDef], refs: RefCollector) -> int:
    if refs.max_opcode >= 0xFE:
        return 39
    if refs.max_opcode >= 0xFA or refs.call_sites or refs.handles:
        return 38
    for cls in classes:
        if cls.access & ACC_INTERFACE:
            if any(not m.access & ACC_ABSTRACT for m in cls.virtual_methods):
                return 37
            if any(m.ref.name != "<clinit>" for m in cls.direct_methods):
                return 37
    return 35


def _choose_version(requested: int | None, needed: int) -> int:
    if requested is None:
        return needed
    if requested not in SUPPORTED_VERSIONS:
        raise DexWriteError(
            f"unsupported DEX version {requested:03d} (supported: "
            + ", ".join(f"{v:03d}" for v in SUPPORTED_VERSIONS) + ")"
        )
    if requested < needed:
        raise DexWriteError(
            f"DEX version {requested:03d} requested but the content needs {needed:03d}"
        )
    return requested


def _write_one(classes: list[ClassDef], refs: RefCollector, requested: int | None) -> bytes:
    version = _choose_version(requested, _needed_version(classes, refs))
    return _FileWriter(IndexPools(refs), classes, version, refs.copied).build()


# --------------------------------------------------------------------------
# Members in file order


# ART's EncodedArrayValueIterator refuses these kinds in static values.
_NOT_STATIC = frozenset(
    (ValueKind.FIELD, ValueKind.METHOD, ValueKind.ENUM, ValueKind.ARRAY, ValueKind.ANNOTATION)
)


_VISIBILITIES = frozenset(int(v) for v in Visibility)


def _check_class(cls: ClassDef) -> None:
    """Class-level rules of ART's verifier that the pools cannot see."""
    for what, t in (("class", cls.type), ("superclass", cls.superclass),
                    *(("interface", i) for i in cls.interfaces)):
        if t is not None and not t.startswith("L"):
            raise DexWriteError(f"{cls.type}: {what} {t!r} is not a class type")
    if len(set(cls.interfaces)) != len(cls.interfaces):
        raise DexWriteError(f"{cls.type}: an interface is listed twice")
    if not 0 <= cls.access <= 0xFFFFFFFF:
        raise DexWriteError(f"{cls.type}: access flags {cls.access:#x} do not fit 32 bits")


class _Members:
    """A class's members sorted by id index (with those indices), static values permuted
    alongside the static fields."""

    __slots__ = ("static_fields", "instance_fields", "direct", "virtual", "static_values",
                 "field_ids", "direct_ids", "virtual_ids")

    def __init__(self, cls: ClassDef, pools: IndexPools) -> None:
        _check_class(cls)
        fid = pools.field_ids
        mid = pools.method_ids
        if len(cls.static_values) > len(cls.static_fields):
            raise DexWriteError(
                f"{cls.type}: {len(cls.static_values)} static values "
                f"for {len(cls.static_fields)} static fields"
            )
        for f, v in zip(cls.static_fields, cls.static_values, strict=False):
            if v.kind in _NOT_STATIC:
                raise DexWriteError(
                    f"{f.ref}: a static value of kind {v.kind.name} cannot be loaded by ART"
                )
        self.static_fields, static_ids, order = _by_index(cls.static_fields, fid)
        values = _padded(cls.static_values, len(cls.static_fields))
        # Only the padding is dropped: explicit trailing defaults are kept.
        self.static_values = complete_static_values(
            values if order is None else [values[i] for i in order], self.static_fields)
        self.instance_fields, instance_ids, _ = _by_index(cls.instance_fields, fid)
        self.direct, self.direct_ids, _ = _by_index(cls.direct_methods, mid)
        self.virtual, self.virtual_ids, _ = _by_index(cls.virtual_methods, mid)
        self.field_ids = static_ids + instance_ids
        refs: list[FieldRef | MethodRef] = [
            *map(_REF, chain(self.static_fields, self.instance_fields)),
            *map(_REF, chain(self.direct, self.virtual))]
        if set(map(_CLASS, refs)) - {cls.type}:
            other = next(r for r in refs if r.class_ != cls.type)
            raise DexWriteError(f"{cls.type}: defines {other} of another class")
        _check_unique(cls.type, self.field_ids, "field")
        _check_unique(cls.type, self.direct_ids + self.virtual_ids, "method")


_REF = attrgetter("ref")
_M = TypeVar("_M", Field, Method)


def _by_index(members: list[_M], ids: dict[Any, int]) -> tuple[list[_M], list[int], list[int] | None]:
    """`members` sorted by their id index, the indices, and the permutation (None when the
    input was sorted already, as a class read from a valid file is)."""
    idx = list(map(ids.__getitem__, map(_REF, members)))
    if all(map(lt, idx, idx[1:])):
        return list(members), idx, None
    order = sorted(range(len(idx)), key=idx.__getitem__)
    return [members[i] for i in order], [idx[i] for i in order], order


def _padded(values: list[EncodedValue], n: int) -> list[EncodedValue | None]:
    return list(values) + [None] * (n - len(values))


def _check_unique(owner: str, indices: list[int], what: str) -> None:
    if len(set(indices)) != len(indices):
        raise DexWriteError(f"{owner}: a {what} is defined twice")


# --------------------------------------------------------------------------
# Layout


_RETURN_TYPE = attrgetter("return_type")
_CLASS = attrgetter("class_")
_TYPE = attrgetter("type")
_NAME = attrgetter("name")
_PROTO = attrgetter("proto")


def _rows(fmt: str, rows: Iterable[tuple[int, ...]]) -> bytes:
    """Little-endian rows of `fmt` fields each, packed in one call."""
    flat = list(chain.from_iterable(rows))
    return struct.pack(f"<{fmt * (len(flat) // len(fmt))}", *flat)


class _Pool:
    """Deduplicating placement of one data section's items."""

    __slots__ = ("offsets", "first", "align")

    def __init__(self, align: int) -> None:
        self.offsets: dict[Hashable, int] = {}
        self.first = -1
        self.align = align


def _appender(raw: bytes) -> Callable[[bytearray], None]:
    def append(out: bytearray) -> None:
        out += raw

    return append


def _counted(items: tuple[int, ...], code: str) -> Callable[[bytearray], None]:
    """Encoder of a u4 count followed by the items (type_list, annotation set, set ref list)."""
    return _appender(_U32.pack(len(items)) + struct.pack(f"<{len(items)}{code}", *items))


@dataclass(slots=True)
class _Body:
    """A method's code as written: insns, tries (addresses in `units`), and its debug info as
    a model to encode, or the place of an untouched debug_info_item to copy through."""

    units: bytes
    tries: list[TryBlock]
    debug: DebugInfo | None
    raw_source: CodeSource | None  # where the debug_info_item to copy lives, if any
    raw_debug_off: int


class _FileWriter:
    def __init__(self, pools: IndexPools, classes: list[ClassDef], version: int,
                 copied: dict[int, passthrough.SourceUse] | None = None) -> None:
        self.pools = pools
        self.classes = classes
        self.version = version
        self.members = [_Members(cls, pools) for cls in classes]
        p = pools
        self.data_off = (
            HEADER_SIZE
            + 4 * len(p.strings)
            + 4 * len(p.types)
            + 12 * len(p.protos)
            + 8 * len(p.fields)
            + 8 * len(p.methods)
            + 32 * len(classes)
            + 4 * len(p.call_sites)
            + 8 * len(p.handles)
        )
        self.data = bytearray()
        self.map: list[tuple[int, int, int]] = []
        self._source_maps: dict[int, passthrough.SourceMaps] = {}
        self._uses = copied or {}
        self._renumbered: dict[int, tuple[array[int], list[int]]] = {}

    # -- helpers --------------------------------------------------------------

    def _here(self) -> int:
        return self.data_off + len(self.data)

    def _align(self, n: int) -> None:
        pad = -len(self.data) % n  # data_off is 4-aligned
        if pad:
            self.data += bytes(pad)

    def _place(self, pool: _Pool, key: Hashable, encode: Callable[[bytearray], None]) -> int:
        """Offset of the item `key`, appending it (encoded) on first sight."""
        off = pool.offsets.get(key)
        if off is None:
            self._align(pool.align)
            off = self._here()
            if pool.first < 0:
                pool.first = off
            encode(self.data)
            pool.offsets[key] = off
        return off

    def _section_done(self, type_code: int, pool: _Pool) -> None:
        if pool.offsets:
            self.map.append((type_code, len(pool.offsets), pool.first))

    # -- build ------------------------------------------------------------------

    def build(self) -> bytes:
        try:
            return self._build()
        except KeyError as exc:  # a reference the collector did not pool: a model bug
            raise DexWriteError(f"reference {exc.args[0]!s} missing from the pools") from None
        except (OverflowError, struct.error) as exc:
            raise DexWriteError(f"value out of range while writing: {exc}") from None

    def _build(self) -> bytes:
        p = self.pools
        assembled = self._assemble_all()
        string_offs = self._string_data()
        proto_params, interfaces = self._type_lists()
        call_site_offs, static_offs = self._encoded_arrays()
        directories = self._annotations()
        code_offs = self._debug_and_code(assembled)
        class_data_offs = self._class_data(code_offs)
        self._align(4)
        map_off = self._here()
        self.map.append((TYPE_MAP_LIST, 1, map_off))

        ids_map: list[tuple[int, int, int]] = [(TYPE_HEADER, 1, 0)]
        ids = bytearray()
        off = HEADER_SIZE

        def table(type_code: int, count: int, size: int) -> int:
            nonlocal off
            if not count:
                return 0
            start = off
            ids_map.append((type_code, count, start))
            off += count * size
            return start

        strings_off = table(TYPE_STRING_ID, len(p.strings), 4)
        types_off = table(TYPE_TYPE_ID, len(p.types), 4)
        protos_off = table(TYPE_PROTO_ID, len(p.protos), 12)
        fields_off = table(TYPE_FIELD_ID, len(p.fields), 8)
        methods_off = table(TYPE_METHOD_ID, len(p.methods), 8)
        classes_off = table(TYPE_CLASS_DEF, len(self.classes), 32)
        table(TYPE_CALL_SITE_ID, len(p.call_sites), 4)
        table(TYPE_METHOD_HANDLE, len(p.handles), 8)
        assert off == self.data_off

        sid = p.string_ids
        tid = p.type_ids
        pid = p.proto_ids
        # The big tables are packed at once from C-level maps: per-row packing costs more.
        sids, tids = sid.__getitem__, tid.__getitem__
        ids += _rows("I", zip(string_offs))
        ids += _rows("I", zip(map(sids, p.types)))
        ids += _rows("III", zip(map(sids, map(Proto.shorty, p.protos)),
                                map(tids, map(_RETURN_TYPE, p.protos)), proto_params, strict=True))
        ids += _rows("HHI", zip(map(tids, map(_CLASS, p.fields)), map(tids, map(_TYPE, p.fields)),
                                map(sids, map(_NAME, p.fields)), strict=True))
        ids += _rows("HHI", zip(map(tids, map(_CLASS, p.methods)),
                                map(pid.__getitem__, map(_PROTO, p.methods)),
                                map(sids, map(_NAME, p.methods)), strict=True))
        for i, cls in enumerate(self.classes):
            ids += _CLASS_DEF.pack(
                tid[cls.type],
                cls.access,
                NO_INDEX if cls.superclass is None else tid[cls.superclass],
                interfaces[i],
                NO_INDEX if cls.source_file is None else sid[cls.source_file],
                directories[i],
                class_data_offs[i],
                static_offs[i],
            )
        for coff in call_site_offs:
            ids += _U32.pack(coff)
        for h in p.handles:
            member = h.member
            index = (p.field_ids[member] if isinstance(member, FieldRef)
                     else p.method_ids[member])
            ids += _HANDLE.pack(h.kind, 0, index, 0)

        all_map = ids_map + self.map
        self.data += _U32.pack(len(all_map))
        for type_code, count, item_off in all_map:
            self.data += _MAP_ITEM.pack(type_code, 0, count, item_off)

        file_size = self.data_off + len(self.data)
        header = _HEADER.pack(
            b"dex\n%03d\0" % self.version, 0, bytes(20),
            file_size, HEADER_SIZE, ENDIAN_TAG, 0, 0, map_off,
            len(p.strings), strings_off, len(p.types), types_off,
            len(p.protos), protos_off, len(p.fields), fields_off,
            len(p.methods), methods_off, len(self.classes), classes_off,
            len(self.data), self.data_off,
        )
        out = bytearray(header)
        out += ids
        out += self.data
        out[12:32] = hashlib.sha1(memoryview(out)[32:]).digest()
        out[8:12] = _U32.pack(zlib.adler32(memoryview(out)[12:]))
        return bytes(out)

    # -- sections -------------------------------------------------------------

    def _assemble_all(self) -> list[tuple[Method, _Body]]:
        """Every method's code with this file's indices, in file order: re-assembled from the
        model, or copied through (renumbered) when nobody read its instructions."""
        out: list[tuple[Method, _Body]] = []
        for members in self.members:
            for m in members.direct + members.virtual:
                code = m.code
                if code is None:
                    continue
                lazy = pristine(code)
                body = self._copied(lazy) if lazy is not None else None
                if body is None:
                    try:
                        done = assemble(code, self.pools)
                    except DexWriteError as exc:
                        raise DexWriteError(f"{m.ref}: {exc}") from None
                    body = _Body(done.units, done.tries, done.debug, None, 0)
                out.append((m, body))
        return out

    def _maps(self, source: CodeSource) -> passthrough.SourceMaps:
        maps = self._source_maps.get(id(source))
        if maps is None:
            maps = self._source_maps[id(source)] = passthrough.SourceMaps(source, self.pools)
        return maps

    def _copied(self, code: LazyCode) -> _Body | None:
        """An untouched code item's insns with renumbered indices (None: re-assemble it)."""
        source = code.source
        assert source is not None
        maps = self._maps(source)
        data = source.data
        _r, _i, _o, ntries, debug_off, ninsns = _CODE_HEADER.unpack_from(data, code.offset)
        start = (code.offset + 16) >> 1
        end = start + ninsns
        units: bytes | None
        use = self._uses.get(id(source))
        if maps.identity:
            units = data[2 * start : 2 * end]
        elif use is not None and code.offset in use.scanned:
            # One renumbered copy of the file's code units serves all its items.
            done = self._renumbered.get(id(source))
            if done is None:
                done = self._renumbered[id(source)] = passthrough.renumbered_file(use, maps)
            renumbered, too_wide = done
            i = bisect_left(too_wide, start)
            if i < len(too_wide) and too_wide[i] < end:
                return None  # a const-string needs /jumbo: re-assemble
            units = renumbered[start:end].tobytes()
        else:  # not scanned by this file's collector (cannot happen through write_dex*)
            pos = passthrough.positions()
            passthrough.scan(passthrough.file_units(source), start, end, pos)
            units = passthrough.renumber_units(source, start, end, pos, maps)
            if units is None:
                return None
        loaded = code.loaded
        tries = code.tries if ntries or loaded & TRIES_LOADED else []
        if loaded & DEBUG_LOADED:
            return _Body(units, tries, code.debug, None, 0)
        return _Body(units, tries, None, source if debug_off else None, debug_off)

    def _string_data(self) -> list[int]:
        offs: list[int] = []
        data = self.data
        base = self.data_off
        strings = self.pools.strings
        joined = "".join(strings)
        if joined.isascii() and "\0" not in joined:  # MUTF-8 is ASCII, utf16_size the length
            for s in strings:
                offs.append(base + len(data))
                data += uleb(len(s))
                data += s.encode("ascii")
                data.append(0)
        else:
            for s in strings:
                offs.append(base + len(data))
                data += uleb(utf16_length(s))
                data += encode_mutf8(s)
                data.append(0)
        if offs:
            self.map.append((TYPE_STRING_DATA, len(offs), offs[0]))
        return offs

    def _type_lists(self) -> tuple[list[int], list[int]]:
        pool = _Pool(4)
        tid = self.pools.type_ids

        def place(types: tuple[str, ...] | list[str]) -> int:
            if not types:
                return 0
            key = tuple(tid[t] for t in types)
            return self._place(pool, key, _counted(key, "H"))

        params = [place(proto.parameters) for proto in self.pools.protos]
        interfaces = [place(cls.interfaces) for cls in self.classes]
        self._section_done(TYPE_TYPE_LIST, pool)
        return params, interfaces

    def _encoded_arrays(self) -> tuple[list[int], list[int]]:
        pool = _Pool(1)
        pools = self.pools

        def place(values: tuple[EncodedValue, ...] | list[EncodedValue]) -> int:
            buf = bytearray()
            encode_array(buf, values, pools)
            key = bytes(buf)
            return self._place(pool, key, _appender(key))

        # Call sites first, in index order: call_site_ids must be sorted by offset.
        sites = [place(site.values) for site in pools.call_sites]
        statics = [place(m.static_values) if m.static_values else 0 for m in self.members]
        self._section_done(TYPE_ENCODED_ARRAY, pool)
        return sites, statics

    def _annotations(self) -> list[int]:
        """Annotation items, sets, set ref lists and directories; directory offset per class."""
        pools = self.pools
        items = _Pool(1)
        sets = _Pool(4)
        refs = _Pool(4)
        tid = pools.type_ids

        placed: dict[int, tuple[int, int]] = {}  # id(Annotation) -> (type index, offset)

        def item(a: Annotation) -> tuple[int, int]:
            # Readers share one Annotation object among the members using the same set.
            done = placed.get(id(a))
            if done is not None:
                return done
            if a.visibility not in _VISIBILITIES:
                raise DexWriteError(
                    f"annotation {a.annotation.type}: bad visibility {a.visibility!r}"
                )
            buf = bytearray((a.visibility,))
            encode_annotation(buf, a.annotation, pools)
            key = bytes(buf)
            done = placed[id(a)] = (tid[a.annotation.type], self._place(items, key, _appender(key)))
            return done

        # Items first (all of them), then sets, then ref lists: each section contiguous.
        item_offs: dict[int, list[tuple[int, int]]] = {}

        def items_of(annotations: list[Annotation]) -> None:
            if annotations and id(annotations) not in item_offs:
                item_offs[id(annotations)] = sorted(item(a) for a in annotations)

        for cls, members in zip(self.classes, self.members, strict=True):
            items_of(cls.annotations)
            for f in members.static_fields + members.instance_fields:
                items_of(f.annotations)
            for m in members.direct + members.virtual:
                items_of(m.annotations)
                for param in m.parameter_annotations or ():
                    items_of(param)
        self._section_done(TYPE_ANNOTATION, items)

        def aset(annotations: list[Annotation], owner: object) -> int:
            entries = item_offs.get(id(annotations), [])
            types = [t for t, _ in entries]
            if len(set(types)) != len(types):
                raise DexWriteError(f"{owner}: the same annotation type appears twice")
            key = tuple(o for _, o in entries)
            return self._place(sets, key, _counted(key, "I"))

        # Per class: (class set, [(field idx, set)], [(method idx, set)], [(method idx, params)])
        plans: list[tuple[int, list[tuple[int, int]], list[tuple[int, int]],
                          list[tuple[int, list[int]]]]] = []
        fid = pools.field_ids
        mid = pools.method_ids
        for cls, members in zip(self.classes, self.members, strict=True):
            class_set = aset(cls.annotations, cls.type) if cls.annotations else 0
            fields = [
                (fid[f.ref], aset(f.annotations, f.ref))
                for f in members.static_fields + members.instance_fields
                if f.annotations
            ]
            fields.sort()
            methods_all = members.direct + members.virtual
            methods = sorted(
                (mid[m.ref], aset(m.annotations, m.ref))
                for m in methods_all
                if m.annotations
            )
            params = sorted(
                (mid[m.ref], [aset(pa, m.ref) for pa in m.parameter_annotations])
                for m in methods_all
                if m.parameter_annotations is not None
            )
            plans.append((class_set, fields, methods, params))
        self._section_done(TYPE_ANNOTATION_SET, sets)

        param_offs: list[list[tuple[int, int]]] = []
        for _, _, _, params in plans:
            row = []
            for method_idx, set_offs in params:
                key = tuple(set_offs)
                row.append((method_idx, self._place(refs, key, _counted(key, "I"))))
            param_offs.append(row)
        self._section_done(TYPE_ANNOTATION_SET_REF_LIST, refs)

        directories: list[int] = []
        count = 0
        first = 0
        for (class_set, fields, methods, _), prow in zip(plans, param_offs, strict=True):
            if not (class_set or fields or methods or prow):
                directories.append(0)
                continue
            self._align(4)
            off = self._here()
            if not count:
                first = off
            count += 1
            out = self.data
            out += struct.pack("<4I", class_set, len(fields), len(methods), len(prow))
            for pair in fields + methods + prow:
                out += struct.pack("<2I", *pair)
            directories.append(off)
        if count:
            self.map.append((TYPE_ANNOTATIONS_DIRECTORY, count, first))
        return directories

    def _debug_and_code(self, bodies: list[tuple[Method, _Body]]) -> dict[int, int]:
        pools = self.pools
        data = self.data
        debug_offs: dict[int, int] = {}
        first = self._here()
        for m, body in bodies:
            if body.debug is not None:
                debug_offs[id(m)] = self._here()
                encode_debug_info(data, body.debug, pools, m.ref)
            elif body.raw_source is not None:
                debug_offs[id(m)] = self._here()
                self._copy_debug(body.raw_source, body.raw_debug_off)
        if debug_offs:
            self.map.append((TYPE_DEBUG_INFO, len(debug_offs), first))
        code_offs: dict[int, int] = {}
        first = 0
        base = self.data_off
        for m, body in bodies:
            code = m.code
            assert code is not None
            pad = -len(data) % 4  # data_off is 4-aligned
            if pad:
                data += bytes(pad)
            off = base + len(data)
            if not code_offs:
                first = off
            code_offs[id(m)] = off
            encode_code_item(data, code.registers, code.ins, code.outs, body.units, body.tries,
                             debug_offs.get(id(m), 0), pools, m.ref)
        if code_offs:
            self.map.append((TYPE_CODE, len(code_offs), first))
        return code_offs

    def _copy_debug(self, source: CodeSource, debug_off: int) -> None:
        """Append an untouched debug_info_item, renumbered if the pools need it."""
        data = source.data
        use = self._uses.get(id(source))
        end = use.debug_ends.get(debug_off) if use is not None else None
        if end is None:  # not walked by this file's collector (cannot happen via write_dex*)
            end = passthrough.debug_refs(data, debug_off, [], [])
        maps = self._maps(source)
        if maps.names_identity:
            self.data += data[debug_off:end]
        else:
            passthrough.renumber_debug(data, debug_off, end, maps.strings, maps.types, self.data)

    def _class_data(self, code_offs: dict[int, int]) -> list[int]:
        offs: list[int] = []
        count = 0
        first = 0
        base = self.data_off
        out = self.data
        code_off = code_offs.get
        for members in self.members:
            sf, inf, dm, vm = (members.static_fields, members.instance_fields,
                               members.direct, members.virtual)
            if not (sf or inf or dm or vm):
                offs.append(0)
                continue
            off = base + len(out)
            if not count:
                first = off
            count += 1
            offs.append(off)
            out += uleb(len(sf))
            out += uleb(len(inf))
            out += uleb(len(dm))
            out += uleb(len(vm))
            ids = members.field_ids
            for flist, start in ((sf, 0), (inf, len(sf))):
                prev = 0
                for f, idx in zip(flist, ids[start:start + len(flist)], strict=True):
                    out += uleb(idx - prev)
                    out += uleb(f.access)
                    prev = idx
            for mlist, mids in ((dm, members.direct_ids), (vm, members.virtual_ids)):
                prev = 0
                for m, idx in zip(mlist, mids, strict=True):
                    out += uleb(idx - prev)
                    out += uleb(m.access)
                    out += uleb(code_off(id(m), 0))
                    prev = idx
        if count:
            self.map.append((TYPE_CLASS_DATA, count, first))
        return offs
