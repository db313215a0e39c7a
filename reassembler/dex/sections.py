"""Pools and id sections for the DEX writer: collect every reference, sort, index.

This is the "pools + sections" layer of the writer (after dexlib2's writer
shape): `RefCollector` interns every string, type, proto, field, method, call
site and method handle a set of classes mentions; `IndexPools` sorts them in
the order ART's verifier requires and answers the codec's `IndexLookup`
questions. Nothing here knows about file offsets.

Sort orders (DEX format, "id" sections):
- strings by UTF-16 code units (not code points, and not MUTF-8 bytes: those
  three orders differ for supplementary characters);
- types by their descriptor's string index;
- protos by return type index, then parameter type indices lexicographically;
- fields by (class, name, type) indices; methods by (class, name, proto).
"""

from __future__ import annotations

import re
import struct
from collections.abc import Hashable, Iterable, Sequence
from itertools import chain
from operator import attrgetter
from typing import Any, TypeVar

from reassembler.dex import passthrough
from reassembler.dex.errors import DexError, DexFormatError, DexWriteError
from reassembler.dex.lazy import DEBUG_LOADED, TRIES_LOADED, LazyCode, pristine
from reassembler.dex.model import (
    Annotation,
    CallSite,
    ClassDef,
    Code,
    CodeItem,
    DebugInfo,
    EncodedAnnotation,
    EncodedValue,
    FieldRef,
    FillArrayDataPayload,
    Instruction,
    MethodHandle,
    MethodHandleKind,
    MethodRef,
    PackedSwitchPayload,
    Proto,
    SparseSwitchPayload,
    TryBlock,
    ValueKind,
)
from reassembler.dex.passthrough import Positions

_CODE_HEADER = struct.Struct("<4HII")

# const-string and const-string/jumbo: the only opcodes whose `str` ref is a string,
# every other str-valued ref is a type descriptor.
_STRING_OPCODES = frozenset((0x1A, 0x1B))

U16_LIMIT = 0x10000

_PAYLOADS = (PackedSwitchPayload, SparseSwitchPayload, FillArrayDataPayload)

# Type descriptors and member names as ART's verifier accepts them (simplified: ART also
# refuses some control and private-use characters, which we leave to dexdump).
_DESCRIPTOR = re.compile(r"\[{0,255}(?:[ZBSCIJFD]|L[^;/\[.()<>]+(?:/[^;/\[.()<>]+)*;)|V")
_BAD_NAME_CHARS = re.compile(r"[;/\[.()<>]")


def utf16_key(s: str) -> bytes:
    """Sort key ordering strings by UTF-16 code units, as ART compares string_ids."""
    return s.encode("utf-16-be", "surrogatepass")


class RefCollector:
    """Interns every item a set of classes references (with its dependencies).

    Adding a field adds its class, name and type; adding a proto adds its
    shorty and types, and so on, so that the pools are closed once all classes
    are added. Types are kept apart from strings and folded in by `IndexPools`.
    Call sites and method handles keep first-seen order (their index order is
    not constrained by the format).
    """

    __slots__ = (
        "strings", "types", "protos", "fields", "methods", "call_sites", "handles", "max_opcode",
        "copied", "_seen",
    )

    def __init__(self) -> None:
        self.strings: set[str] = set()
        self.types: set[str] = set()
        self.protos: set[Proto] = set()
        self.fields: set[FieldRef] = set()
        self.methods: set[MethodRef] = set()
        self.call_sites: dict[CallSite, None] = {}
        self.handles: dict[MethodHandle, None] = {}
        # Highest opcode seen: invoke-polymorphic/custom (0xfa-0xfd) need DEX 038,
        # const-method-handle/type (0xfe, 0xff) need 039.
        self.max_opcode = 0
        # Copied-through code items per source file (by id): where their index operands sit;
        # finish() resolves the indices into the sets above, the writer renumbers them.
        self.copied: dict[int, passthrough.SourceUse] = {}
        self._seen: dict[int, Annotation] = {}  # annotations collected, by id (kept alive)

    def finish(self) -> None:
        """Resolve the indices copied-through code items use into the sets (call before
        reading them; adding more classes afterwards needs another call)."""
        for use in self.copied.values():
            if use.resolved:
                continue
            source = use.source
            used = self._checked_indices(use)
            self.strings.update(map(source.strings.__getitem__, used[passthrough.STRING]))
            self.types.update(map(source.types.__getitem__, used[passthrough.TYPE]))
            for f in map(source.fields.__getitem__, used[passthrough.FIELD]):
                self.field(f)
            for m in map(source.methods.__getitem__, used[passthrough.METHOD]):
                self.method(m)
            for p in map(source.protos.__getitem__, used[passthrough.PROTO]):
                self.proto(p)
            for c in map(source.sites.__getitem__, used[passthrough.CALL_SITE]):
                self.call_site(c)
            for h in map(source.handles.__getitem__, used[passthrough.HANDLE]):
                self.handle(h)
            use.resolved = True

    def _checked_indices(self, use: passthrough.SourceUse) -> list[set[int]]:
        """The distinct indices per slot that `use`'s items use, all inside the source's
        tables (resolving them all again is cheap: set updates, then hits in the sets).

        Index ranges are checked here, once per file, not per code item. When one is out of
        range (a broken file), each code item is checked on its own: the culprits are decoded,
        which raises the reader's error or, with bad_code="throw", makes them VerifyError
        bodies (collected from the model); the others stay.
        """
        source = use.source
        tables: list[Sequence[object]] = [
            (), source.strings, source.types, source.fields, source.methods, source.protos,
            source.sites, source.handles,
        ]
        u = passthrough.file_units(source)

        def indices(where: Positions) -> list[set[int]]:
            used: list[set[int]] = [set() for _ in range(8)]
            passthrough.add_operands(u, where, used)
            used[passthrough.STRING].update(where[passthrough.DEBUG_STRINGS])
            used[passthrough.TYPE].update(where[passthrough.DEBUG_TYPES])
            return used

        def in_range(used: list[set[int]]) -> bool:
            return all(not used[k] or max(used[k]) < len(tables[k]) for k in range(1, 8))

        used = indices(use.positions)
        if in_range(used):
            return used
        kept = passthrough.positions()
        kept[passthrough.DEBUG_STRINGS] = use.positions[passthrough.DEBUG_STRINGS]
        kept[passthrough.DEBUG_TYPES] = use.positions[passthrough.DEBUG_TYPES]
        good: list[LazyCode] = []
        for code in use.codes:
            start, end = passthrough.insns_span(source, code)
            own = passthrough.positions()
            passthrough.scan(u, start, end, own)
            if in_range(indices(own)):
                passthrough.scan(u, start, end, kept)
                good.append(code)
            else:
                use.scanned.discard(code.offset)
                self._items(code.items)  # raises the reader's error, or the VerifyError body
                self._tries(code.tries)
        use.positions, use.codes = kept, good
        used = indices(kept)
        if not in_range(used):  # pragma: no cover - debug indices are checked per item
            raise DexFormatError(f"{source.name}: an index is out of range in a code item")
        return used

    def merge(self, other: RefCollector) -> None:
        """Add everything `other` collected (used when packing classes into files)."""
        self.finish()
        other.finish()
        self.strings |= other.strings
        self.types |= other.types
        self.protos |= other.protos
        self.fields |= other.fields
        self.methods |= other.methods
        self.call_sites.update(other.call_sites)
        self.handles.update(other.handles)
        self.max_opcode = max(self.max_opcode, other.max_opcode)
        for key, use in other.copied.items():
            mine = self.copied.get(key)
            if mine is None:
                mine = self.copied[key] = passthrough.SourceUse(use.source)
            mine.merge(use)

    # -- references ---------------------------------------------------------

    def proto(self, p: Proto) -> None:
        if p not in self.protos:
            self.protos.add(p)
            self.strings.add(p.shorty())
            self.types.add(p.return_type)
            self.types.update(p.parameters)

    def field(self, f: FieldRef) -> None:
        if f not in self.fields:
            self.fields.add(f)
            self.types.add(f.class_)
            self.types.add(f.type)
            self.strings.add(f.name)

    def method(self, m: MethodRef) -> None:
        if m not in self.methods:
            self.methods.add(m)
            self.types.add(m.class_)
            self.strings.add(m.name)
            self.proto(m.proto)

    def handle(self, h: MethodHandle) -> None:
        if h not in self.handles:
            member = h.member
            # Kinds 0-3 are field accessors, 4-8 invocations (MethodHandleKind).
            wants_field = h.kind <= MethodHandleKind.INSTANCE_GET
            if wants_field and isinstance(member, FieldRef):
                self.field(member)
            elif not wants_field and isinstance(member, MethodRef):
                self.method(member)
            else:
                raise DexWriteError(
                    f"method handle {MethodHandleKind(h.kind).name} cannot refer to {member}"
                )
            self.handles[h] = None

    def call_site(self, c: CallSite) -> None:
        if c not in self.call_sites:
            for v in c.values:
                self.value(v)
            self.call_sites[c] = None

    def value(self, v: EncodedValue) -> None:
        kind = v.kind
        val = v.value
        if kind is ValueKind.STRING:
            self.strings.add(checked_value(val, str, v))
        elif kind is ValueKind.TYPE:
            self.types.add(checked_value(val, str, v))
        elif kind is ValueKind.FIELD or kind is ValueKind.ENUM:
            self.field(checked_value(val, FieldRef, v))
        elif kind is ValueKind.METHOD:
            self.method(checked_value(val, MethodRef, v))
        elif kind is ValueKind.METHOD_TYPE:
            self.proto(checked_value(val, Proto, v))
        elif kind is ValueKind.METHOD_HANDLE:
            self.handle(checked_value(val, MethodHandle, v))
        elif kind is ValueKind.ARRAY:
            for item in checked_value(val, tuple, v):
                self.value(item)
        elif kind is ValueKind.ANNOTATION:
            self.encoded_annotation(checked_value(val, EncodedAnnotation, v))

    def encoded_annotation(self, a: EncodedAnnotation) -> None:
        self.types.add(a.type)
        for name, value in a.elements:
            self.strings.add(name)
            self.value(value)

    def annotations(self, annotations: Iterable[Annotation]) -> None:
        seen = self._seen
        for a in annotations:
            # The reader shares one Annotation object among the members that use the same
            # annotation_set_item; its references need collecting once.
            if id(a) not in seen:
                seen[id(a)] = a
                self.encoded_annotation(a.annotation)

    # -- classes ------------------------------------------------------------

    def code(self, code: Code) -> None:
        lazy = pristine(code)
        if lazy is not None:
            self._lazy_code(lazy)
            return
        self._items(code.items)
        self._tries(code.tries)
        self._debug(code.debug)

    def _tries(self, tries: list[TryBlock]) -> None:
        for t in tries:
            for h in t.handlers:
                self.types.add(h.type)

    def _debug(self, debug: DebugInfo | None) -> None:
        if debug is not None:
            for pname in debug.parameter_names:
                if pname is not None:
                    self.strings.add(pname)
            for ev in debug.events:
                if ev.name is not None:
                    self.strings.add(ev.name)
                if ev.type is not None:
                    self.types.add(ev.type)
                if ev.signature is not None:
                    self.strings.add(ev.signature)

    def _items(self, items: list[CodeItem]) -> None:
        for item in items:
            if type(item) is not Instruction:
                if not isinstance(item, _PAYLOADS):
                    raise DexWriteError(f"code item {item!r} is not an instruction or payload")
                continue
            if item.opcode > self.max_opcode:
                self.max_opcode = item.opcode
            ref = item.ref
            if ref is not None:
                if isinstance(ref, str):
                    if item.opcode in _STRING_OPCODES:
                        self.strings.add(ref)
                    else:
                        self.types.add(ref)
                elif isinstance(ref, MethodRef):
                    self.method(ref)
                elif isinstance(ref, FieldRef):
                    self.field(ref)
                elif isinstance(ref, Proto):
                    self.proto(ref)
                elif isinstance(ref, CallSite):
                    self.call_site(ref)
                elif isinstance(ref, MethodHandle):
                    self.handle(ref)
            if item.ref2 is not None:
                self.proto(item.ref2)

    def _lazy_code(self, code: LazyCode) -> None:
        """What an untouched code item uses, straight from its bytes (indices per source file,
        resolved by finish()). Whatever the scan refuses is decoded, for the reader's error."""
        source = code.source
        assert source is not None
        use = self.copied.get(id(source))
        if use is None:
            use = self.copied[id(source)] = passthrough.SourceUse(source)
        data = source.data
        _r, _i, _o, ntries, debug_off, ninsns = _CODE_HEADER.unpack_from(data, code.offset)
        use.resolved = False
        if code.offset not in use.scanned:  # methods may share a code item
            pos = use.positions
            start = (code.offset + 16) >> 1
            try:
                # Positions of all the file's copied-through items accumulate per slot.
                max_op = passthrough.scan(passthrough.file_units(source), start,
                                          start + ninsns, pos)
            except passthrough.Malformed:
                self._items(code.items)  # raises the reader's error (or was fine after all)
            else:
                use.codes.append(code)
                use.scanned.add(code.offset)
                if max_op > self.max_opcode:
                    self.max_opcode = max_op
        if ntries or code.loaded & TRIES_LOADED:
            self._tries(code.tries)
        if code.loaded & DEBUG_LOADED:
            self._debug(code.debug)
        elif debug_off and debug_off not in use.debug_ends:  # D8 shares debug items
            strings: list[int] = []
            types: list[int] = []
            try:
                end = passthrough.debug_refs(data, debug_off, strings, types)
                if (strings and max(strings) >= len(source.strings)) or (
                        types and max(types) >= len(source.types)):
                    raise passthrough.Malformed
            except (passthrough.Malformed, IndexError, DexError):
                self._debug(code.debug)  # raises the reader's error (or was fine after all)
            else:
                use.positions[passthrough.DEBUG_STRINGS] += strings
                use.positions[passthrough.DEBUG_TYPES] += types
                use.debug_ends[debug_off] = end

    def class_def(self, cls: ClassDef) -> None:
        self.types.add(cls.type)
        if cls.superclass is not None:
            self.types.add(cls.superclass)
        self.types.update(cls.interfaces)
        if cls.source_file is not None:
            self.strings.add(cls.source_file)
        if cls.annotations:
            self.annotations(cls.annotations)
        # Members in bulk: a class defines its own members, mostly new to the pools.
        for f in set(map(_REF, chain(cls.static_fields, cls.instance_fields))) - self.fields:
            self.field(f)
        methods = cls.direct_methods + cls.virtual_methods
        for m in set(map(_REF, methods)) - self.methods:
            self.method(m)
        for fld in chain(cls.static_fields, cls.instance_fields):
            if fld.annotations:
                self.annotations(fld.annotations)
        for meth in methods:
            if meth.annotations:
                self.annotations(meth.annotations)
            if meth.parameter_annotations is not None:
                for param in meth.parameter_annotations:
                    self.annotations(param)
            if meth.code is not None:
                try:
                    self.code(meth.code)
                except DexWriteError as exc:
                    raise DexWriteError(f"{meth.ref}: {exc}") from None
        for v in cls.static_values:
            self.value(v)


_REF = attrgetter("ref")


def _check_names(refs: RefCollector) -> None:
    """Refuse descriptors and member names that ART would reject, naming the culprit."""
    for t in refs.types:
        if _DESCRIPTOR.fullmatch(t) is None:
            raise DexWriteError(f"invalid type descriptor {t!r}")
    # Fast path: every distinct name at once (a bad character shows in their concatenation).
    field_names = set(map(_NAME, refs.fields))
    method_names = set(map(_NAME, refs.methods)) - {"<init>", "<clinit>"}
    if ("V" not in set(map(_TYPE, refs.fields)) and "" not in field_names
            and "" not in method_names
            and _BAD_NAME_CHARS.search("".join(field_names | method_names)) is None
            and not any("V" in p.parameters for p in refs.protos)):
        return
    for f in refs.fields:
        if f.type == "V" or not _valid_member_name(f.name, method=False):
            raise DexWriteError(f"invalid field {f}")
    for m in refs.methods:
        if "V" in m.proto.parameters or not _valid_member_name(m.name, method=True):
            raise DexWriteError(f"invalid method {m}")


def _valid_member_name(name: str, *, method: bool) -> bool:
    if method and name in ("<init>", "<clinit>"):
        return True
    return bool(name) and _BAD_NAME_CHARS.search(name) is None


_T = TypeVar("_T")


def checked_value(val: object, cls: type[_T], v: EncodedValue) -> _T:
    """The payload of `v` as `cls`, or a DexWriteError naming the kind mismatch."""
    if not isinstance(val, cls):
        raise DexWriteError(
            f"encoded value of kind {v.kind.name} holds {type(val).__name__}, "
            f"expected {cls.__name__}"
        )
    return val


_RETURN_TYPE = attrgetter("return_type")
_PARAMETERS = attrgetter("parameters")
_CLASS = attrgetter("class_")
_NAME = attrgetter("name")
_TYPE = attrgetter("type")
_PROTO = attrgetter("proto")
_ASTRAL = re.compile("[\U00010000-\U0010FFFF]")

_H = TypeVar("_H", bound=Hashable)


def _numbered(items: list[_H]) -> dict[_H, int]:
    return dict(zip(items, range(len(items)), strict=True))


def _sorted_by(items: list[_T], keys: list[Any]) -> list[_T]:
    order = sorted(range(len(items)), key=keys.__getitem__)
    return list(map(items.__getitem__, order))


def _sorted_strings(strings: set[str]) -> list[str]:
    """Strings in UTF-16 code unit order. Code point order is the same unless a string holds
    a supplementary character (a surrogate pair in UTF-16 sorts below U+E000..U+FFFF)."""
    joined = "".join(strings)
    if joined.isascii() or _ASTRAL.search(joined) is None:
        return sorted(strings)
    return sorted(strings, key=utf16_key)


class IndexPools:
    """The sorted id tables of one DEX file; implements the codec's IndexLookup."""

    def __init__(self, refs: RefCollector) -> None:
        refs.finish()
        _check_names(refs)
        # Keys are built with C-level map/attrgetter and the lists sorted by them: a Python
        # key function per item costs more than the sorting itself.
        self.strings: list[str] = _sorted_strings(refs.strings | refs.types)
        self.string_ids: dict[str, int] = _numbered(self.strings)
        sid = self.string_ids
        self.types: list[str] = sorted(refs.types, key=sid.__getitem__)
        self.type_ids: dict[str, int] = _numbered(self.types)
        tid = self.type_ids
        tids = tid.__getitem__
        # Keys ART orders by, packed into one comparable value each (ints or bytes compare
        # much faster than tuples): protos by return type then parameters, big-endian u32s
        # (a shorter list that is a prefix sorts first, as in tuples).
        protos = list(refs.protos)
        self.protos: list[Proto] = _sorted_by(protos, [
            struct.pack(f">{len(params) + 1}I", ret, *map(tids, params))
            for ret, params in zip(map(tids, map(_RETURN_TYPE, protos)),
                                   map(_PARAMETERS, protos), strict=True)])
        self.proto_ids: dict[Proto, int] = _numbered(self.protos)
        pid = self.proto_ids
        # Fields by (class, name, type), methods by (class, name, proto): type and proto
        # indices fit 16 bits (more fail the count check below), string indices 32.
        fields = list(refs.fields)
        self.fields: list[FieldRef] = _sorted_by(fields, [
            c << 48 | n << 16 | t for c, n, t in zip(
                map(tids, map(_CLASS, fields)), map(sid.__getitem__, map(_NAME, fields)),
                map(tids, map(_TYPE, fields)), strict=True)])
        self.field_ids: dict[FieldRef, int] = _numbered(self.fields)
        methods = list(refs.methods)
        self.methods: list[MethodRef] = _sorted_by(methods, [
            c << 48 | n << 16 | p for c, n, p in zip(
                map(tids, map(_CLASS, methods)), map(sid.__getitem__, map(_NAME, methods)),
                map(pid.__getitem__, map(_PROTO, methods)), strict=True)])
        self.method_ids: dict[MethodRef, int] = _numbered(self.methods)
        self.call_sites: list[CallSite] = list(refs.call_sites)
        self.call_site_ids: dict[CallSite, int] = _numbered(self.call_sites)
        self.handles: list[MethodHandle] = list(refs.handles)
        self.handle_ids: dict[MethodHandle, int] = _numbered(self.handles)
        for what, count in (
            ("type", len(self.types)),
            ("proto", len(self.protos)),
            ("field", len(self.fields)),
            ("method", len(self.methods)),
            ("method handle", len(self.handles)),
        ):
            if count > U16_LIMIT:
                raise DexWriteError(
                    f"{count} {what} ids do not fit one DEX file (limit {U16_LIMIT}); "
                    "use write_dex_files to split"
                )

    # IndexLookup protocol (reassembler.dex.codec)
    def string_index(self, s: str) -> int:
        return self.string_ids[s]

    def type_index(self, t: str) -> int:
        return self.type_ids[t]

    def field_index(self, f: FieldRef) -> int:
        return self.field_ids[f]

    def method_index(self, m: MethodRef) -> int:
        return self.method_ids[m]

    def proto_index(self, p: Proto) -> int:
        return self.proto_ids[p]

    def call_site_index(self, c: CallSite) -> int:
        return self.call_site_ids[c]

    def method_handle_index(self, h: MethodHandle) -> int:
        return self.handle_ids[h]
