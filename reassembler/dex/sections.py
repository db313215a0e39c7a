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
from collections.abc import Iterable
from typing import TypeVar

from reassembler.dex.errors import DexWriteError
from reassembler.dex.model import (
    Annotation,
    CallSite,
    ClassDef,
    Code,
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
    ValueKind,
)

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

    def merge(self, other: RefCollector) -> None:
        """Add everything `other` collected (used when packing classes into files)."""
        self.strings |= other.strings
        self.types |= other.types
        self.protos |= other.protos
        self.fields |= other.fields
        self.methods |= other.methods
        self.call_sites.update(other.call_sites)
        self.handles.update(other.handles)
        self.max_opcode = max(self.max_opcode, other.max_opcode)

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
        for a in annotations:
            self.encoded_annotation(a.annotation)

    # -- classes ------------------------------------------------------------

    def code(self, code: Code) -> None:
        for item in code.items:
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
        for t in code.tries:
            for h in t.handlers:
                self.types.add(h.type)
        debug = code.debug
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

    def class_def(self, cls: ClassDef) -> None:
        self.types.add(cls.type)
        if cls.superclass is not None:
            self.types.add(cls.superclass)
        self.types.update(cls.interfaces)
        if cls.source_file is not None:
            self.strings.add(cls.source_file)
        self.annotations(cls.annotations)
        for fld in cls.static_fields:
            self.field(fld.ref)
            self.annotations(fld.annotations)
        for fld in cls.instance_fields:
            self.field(fld.ref)
            self.annotations(fld.annotations)
        for meth in cls.direct_methods + cls.virtual_methods:
            self.method(meth.ref)
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


def _check_names(refs: RefCollector) -> None:
    """Refuse descriptors and member names that ART would reject, naming the culprit."""
    for t in refs.types:
        if _DESCRIPTOR.fullmatch(t) is None:
            raise DexWriteError(f"invalid type descriptor {t!r}")
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


class IndexPools:
    """The sorted id tables of one DEX file; implements the codec's IndexLookup."""

    def __init__(self, refs: RefCollector) -> None:
        _check_names(refs)
        strings = refs.strings | refs.types
        self.strings: list[str] = sorted(strings, key=utf16_key)
        self.string_ids: dict[str, int] = {s: i for i, s in enumerate(self.strings)}
        sid = self.string_ids
        self.types: list[str] = sorted(refs.types, key=sid.__getitem__)
        self.type_ids: dict[str, int] = {t: i for i, t in enumerate(self.types)}
        tid = self.type_ids
        self.protos: list[Proto] = sorted(
            refs.protos, key=lambda p: (tid[p.return_type], [tid[x] for x in p.parameters])
        )
        self.proto_ids: dict[Proto, int] = {p: i for i, p in enumerate(self.protos)}
        pid = self.proto_ids
        self.fields: list[FieldRef] = sorted(
            refs.fields, key=lambda f: (tid[f.class_], sid[f.name], tid[f.type])
        )
        self.field_ids: dict[FieldRef, int] = {f: i for i, f in enumerate(self.fields)}
        self.methods: list[MethodRef] = sorted(
            refs.methods, key=lambda m: (tid[m.class_], sid[m.name], pid[m.proto])
        )
        self.method_ids: dict[MethodRef, int] = {m: i for i, m in enumerate(self.methods)}
        self.call_sites: list[CallSite] = list(refs.call_sites)
        self.call_site_ids: dict[CallSite, int] = {c: i for i, c in enumerate(self.call_sites)}
        self.handles: list[MethodHandle] = list(refs.handles)
        self.handle_ids: dict[MethodHandle, int] = {h: i for i, h in enumerate(self.handles)}
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
