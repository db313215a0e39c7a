"""Read a DEX file into the item model of `reassembler.dex.model`.

Why our own reader and not androguard's parser: the reassembler needs a *full, faithful* model
that round-trips through our writer — debug info as events, every annotation (class, field,
method, parameter), static values, call sites and method handles, try/catch as absolute
ranges — with every reference already resolved to a value. androguard's model is lossy for
that (it keeps raw indices and offsets, drops or reinterprets parts of debug info and encoded
values) and slow on large files; it stays our test oracle.

Safety: every offset, index and size is checked before it is used and reported as one
`DexFormatError` line naming the file and the item ("classes.dex: string_ids[12] offset 0x...
beyond end of file (size 0x...)"). Whatever else hostile bytes provoke (IndexError,
struct.error, UnicodeDecodeError, RecursionError...) is wrapped into a `DexFormatError` too, so
callers only ever see `DexError` subclasses.

Speed: tables are unpacked with `struct.unpack_from` into lists built once, so resolving a
reference is a list index; type lists, handler lists and annotation sets are cached by offset.
"""

from __future__ import annotations

import gc
import hashlib
import re
import struct
import zlib
from collections.abc import Callable
from dataclasses import dataclass
from typing import Literal, NoReturn, TypeVar

from reassembler.dex import codec, leb128, mutf8, structure
from reassembler.dex.errors import DexError, DexFormatError
from reassembler.dex.lazy import LazyCode
from reassembler.dex.model import (
    Annotation,
    CallSite,
    ClassDef,
    Code,
    CodeItem,
    DebugEvent,
    DebugInfo,
    DebugOp,
    DexFile,
    EncodedAnnotation,
    EncodedValue,
    Field,
    FieldRef,
    Handler,
    Method,
    MethodHandle,
    MethodHandleKind,
    MethodRef,
    Proto,
    TryBlock,
    ValueKind,
    Visibility,
)

__all__ = ["SUPPORTED_VERSIONS", "LazyDex", "dex_version", "read_dex", "read_dex_lazy", "read_tables"]

NO_INDEX = 0xFFFFFFFF


def _log_warning(message: str) -> None:
    """The default `warn`: the `dexlego.dex` logger (imported on first use: the reader of a
    clean file never needs `logging`)."""
    import logging

    logging.getLogger("dexlego.dex").warning(message)


Warn = Callable[[str], None]
"""Where the reader sends what it accepts but the caller should hear of (default: the
`dexlego.dex` logger)."""
BadCode = Literal["error", "throw"]
_VERIFY_ERROR = "Ljava/lang/VerifyError;"
HEADER_SIZE = 0x70
ENDIAN_CONSTANT = 0x12345678
REVERSE_ENDIAN_CONSTANT = 0x78563412
SUPPORTED_VERSIONS = range(35, 40)
# Nesting of encoded arrays/annotations; real files nest a few levels, hostile ones thousands.
MAX_VALUE_DEPTH = 64

# Items that several references share (legal for code, debug info, annotations, static
# values...) are parsed once; each further reference is charged its size against this
# multiple of the file's size (plus a grace), so a crafted file cannot multiply the work of
# every stage after the reader. Real files stay far below (docs/reliability.md).
AMPLIFICATION_FACTOR = 4
AMPLIFICATION_GRACE = 1 << 20

# ART's member-name characters for DEX 035-039 (IsValidPartOfMemberNameUtf8): ASCII letters,
# digits, $ - _, and anything above U+00A0 except the space/control blocks U+2000-U+200F,
# U+2028-U+202F and U+FFF0-U+FFFF; surrogates only as pairs (one supplementary character).
# Spelled as the complement (the same set, checked code point by code point): `re` compiles a
# class of a few small ranges in a millisecond, the positive one's BMP ranges take ~30 ms each.
_SIMPLE_NAME = (
    "[^\x00-\x23\x25-\x2c\x2e\x2f\x3a-\x40\x5b-\x5e\x60\x7b-\xa0\u2000-\u200f"
    "\u2028-\u202f\ud800-\udfff\ufff0-\uffff]+"
)
# A type descriptor: V, a primitive, or a class, behind at most 255 array dimensions.
_DESCRIPTOR = re.compile(f"V|\\[{{0,255}}(?:[ZBSCIJFD]|L{_SIMPLE_NAME}(?:/{_SIMPLE_NAME})*;)")
_MEMBER_NAME = re.compile(f"{_SIMPLE_NAME}|<{_SIMPLE_NAME}>")

_HEADER = struct.Struct("<8sI20s20I")
_CODE_HEADER = struct.Struct("<4HII")

_INT_KINDS = frozenset({ValueKind.BYTE, ValueKind.SHORT, ValueKind.CHAR, ValueKind.INT, ValueKind.LONG})
# Largest encoded size in bytes allowed for each sized kind.
_MAX_SIZE = {
    ValueKind.BYTE: 1,
    ValueKind.SHORT: 2,
    ValueKind.CHAR: 2,
    ValueKind.INT: 4,
    ValueKind.LONG: 8,
    ValueKind.FLOAT: 4,
    ValueKind.DOUBLE: 8,
    ValueKind.METHOD_TYPE: 4,
    ValueKind.METHOD_HANDLE: 4,
    ValueKind.STRING: 4,
    ValueKind.TYPE: 4,
    ValueKind.FIELD: 4,
    ValueKind.METHOD: 4,
    ValueKind.ENUM: 4,
}
_VALUE_KINDS = {k.value: k for k in ValueKind}
_VISIBILITIES = {v.value: v for v in Visibility}
_HANDLE_KINDS = {k.value: k for k in MethodHandleKind}
_FIELD_HANDLE_KINDS = frozenset(
    {
        MethodHandleKind.STATIC_PUT,
        MethodHandleKind.STATIC_GET,
        MethodHandleKind.INSTANCE_PUT,
        MethodHandleKind.INSTANCE_GET,
    }
)

# Exceptions hostile bytes may provoke inside the parser; all become DexFormatError.
_WRAPPED = (
    IndexError,
    KeyError,
    ValueError,  # includes UnicodeDecodeError
    OverflowError,
    struct.error,
    RecursionError,
    MemoryError,
)


def dex_version(data: bytes, name: str = "classes.dex") -> int:
    """The version number (35..39) from a DEX magic; DexFormatError when it is not one we read."""
    if len(data) < 8 or data[:4] != b"dex\n" or data[7] != 0:
        shown = bytes(data[:8]).hex(" ") if data else "empty file"
        raise DexFormatError(f"{name}: not a DEX file (magic {shown})")
    digits = bytes(data[4:7])
    if not digits.isdigit():
        raise DexFormatError(f"{name}: not a DEX file (bad version {digits!r})")
    version = int(digits)
    if version not in SUPPORTED_VERSIONS:
        raise DexFormatError(f"{name}: unsupported DEX version {version:03d} (supported: 035-039)")
    return version


def read_dex(
    data: bytes,
    *,
    name: str = "classes.dex",
    decode_code: bool = True,
    verify_checksum: bool = True,
    warn: Warn | None = None,
    bad_code: BadCode = "error",
    lazy: bool = False,
) -> DexFile:
    """Parse one DEX file.

    `decode_code=False` skips instruction decoding (code items keep registers, tries and debug
    info but an empty `items` list) for callers that only need declarations.
    `verify_checksum=False` accepts a wrong Adler-32 (e.g. memory dumps patched in place).
    A stale SHA-1 signature is always accepted, as ART accepts it (it checks only the
    Adler-32): `warn` (default: the `dexlego.dex` logger) hears of it.

    A method whose instructions do not decode (an index out of range, an unknown format) is
    an error with `bad_code="error"`; with `bad_code="throw"` it is read as a body that throws
    `java.lang.VerifyError`, with a warning. That is what Android does with such a file: ART's
    DexFileVerifier does not look at instructions, so the app installs, and the method
    verifier rejects the class when it is first used (method_verifier.cc, VerifyInstructions:
    a hard failure). Packers leave such junk behind a `goto` for their native code to repair.
    `lazy=True` makes every `Method.code` a `reassembler.dex.lazy.LazyCode`: instructions, tries
    and debug info are decoded on first access (a method that does not decode then raises
    `DexFormatError`, or turns into the VerifyError body with `bad_code="throw"`), and the
    writer copies code items nobody read through instead of re-assembling them.
    Raises only `DexError` subclasses.
    """
    reader = _Reader(bytes(data), name, warn=warn, bad_code=bad_code, defer_code=lazy)
    return _guarded(reader, lambda: reader.read(decode_code=decode_code, verify_checksum=verify_checksum))


def read_tables(data: bytes, *, name: str = "classes.dex",
                verify_checksum: bool = False) -> codec.ReferenceResolver:
    """Only the id tables of a DEX: a resolver for decoding code units collected from it
    (checksums are not verified by default: runtime images are often patched in place)."""
    reader = _Reader(bytes(data), name)

    def tables() -> codec.ReferenceResolver:
        reader.read_tables(verify_checksum)
        return reader

    return _guarded(reader, tables)


@dataclass(slots=True)
class LazyDex:
    """A DEX parsed without decoding instructions or debug info: for callers that decode
    only the methods they need (the emulator decodes a method on its first call)."""

    dex: DexFile
    resolver: codec.ReferenceResolver
    data: bytes
    code_offsets: dict[str, int]  # method signature -> offset of its code_item

    def raw_insns(self, method: MethodRef) -> bytes:
        """The insns bytes of `method`'s code item exactly as in the file."""
        off = self.code_offsets[str(method)]
        ninsns = _CODE_HEADER.unpack_from(self.data, off)[5]
        return self.data[off + 16 : off + 16 + 2 * ninsns]

    def decode(self, method: MethodRef) -> list[CodeItem]:
        """`method`'s instructions (raises DexError on malformed code)."""
        return codec.decode_code(self.raw_insns(method), self.resolver)


def read_dex_lazy(data: bytes, *, name: str = "classes.dex", verify_checksum: bool = False) -> LazyDex:
    """Declarations now, code on demand: like `read_dex(decode_code=False)` without debug info,
    plus where each code item lives."""
    raw = bytes(data)
    reader = _Reader(raw, name, declarations_only=True)
    dex = _guarded(reader, lambda: reader.read(decode_code=False, verify_checksum=verify_checksum))
    return LazyDex(dex, reader, raw, reader.code_offsets)


T = TypeVar("T")


def _guarded(reader: _Reader, parse: Callable[[], T]) -> T:
    """Run a parse with the cyclic GC paused, turning every failure into one DexFormatError line."""
    name = reader.name
    # The model has no reference cycles; without pausing the cyclic GC, its generation-2
    # scans over the growing model cost about as much as the parse itself.
    gc_was_enabled = gc.isenabled()
    gc.disable()
    try:
        return parse()
    except DexError as exc:
        if str(exc).startswith(f"{name}: "):
            raise
        # Low-level helpers (leb128, mutf8) do not know the file or the item.
        raise DexFormatError(f"{name}: {reader.where}: {exc}") from None
    except _WRAPPED as exc:
        detail = str(exc).splitlines()[0] if str(exc) else type(exc).__name__
        raise DexFormatError(f"{name}: malformed {reader.where}: {detail}") from None
    finally:
        if gc_was_enabled:
            gc.enable()


class _Where:
    """A place in the file for error messages, formatted only when an error is raised."""

    __slots__ = ("base", "item", "sep")

    def __init__(self, base: object, sep: str = "", item: object = "") -> None:
        self.base, self.sep, self.item = base, sep, item

    def __str__(self) -> str:
        return f"{self.base}{self.sep}{self.item}"


class _Reader:
    """One parse of one file; also the `codec.ReferenceResolver` for its instructions."""

    def __init__(self, data: bytes, name: str, *, declarations_only: bool = False,
                 defer_code: bool = False, warn: Warn | None = None,
                 bad_code: BadCode = "error") -> None:
        self.warn = warn or _log_warning
        self.bad_code = bad_code
        self.declarations_only = declarations_only  # code offsets, no debug info (read_dex_lazy)
        self.defer_code = defer_code  # LazyCode for every code item (read_dex(lazy=True))
        self.code_offsets: dict[str, int] = {}
        self.data = data
        self.view = memoryview(data)
        self.name = name
        self.size = len(data)
        self.where = "header"
        self.strings: list[str] = []
        self.types: list[str] = []
        self.protos: list[Proto] = []
        self.fields: list[FieldRef] = []
        self.methods: list[MethodRef] = []
        self.handles: list[MethodHandle] = []
        self.sites: list[CallSite] = []
        self._type_lists: dict[int, tuple[str, ...]] = {}
        self._type_list_indices: dict[int, tuple[int, ...]] = {0: ()}
        self._annotation_sets: dict[int, tuple[tuple[Annotation, ...], int]] = {}
        self._annotation_items: dict[int, tuple[Annotation, int]] = {}
        self._arrays: dict[int, tuple[tuple[EncodedValue, ...], int]] = {}
        self._codes: dict[int, tuple[Code, int]] = {}
        self._debug_infos: dict[int, tuple[DebugInfo, int]] = {}
        self._scalars: dict[bytes, EncodedValue] = {}  # encoded scalar value -> its object
        self._referenced: set[int] = set()
        self._member_names: set[int] = set()
        # map type -> {start: end} of every data item parsed, for the section walk
        self.extents: dict[int, dict[int, int]] = {kind: {} for kind in structure.WALKED}
        self._class_data_ends = self.extents[structure.TYPE_CLASS_DATA]
        self._code_ends = self.extents[structure.TYPE_CODE]
        self._debug_ends = self.extents[structure.TYPE_DEBUG_INFO]
        self._annotation_ends = self.extents[structure.TYPE_ANNOTATION]
        self.map_entries: tuple[tuple[int, int, int], ...] = ()
        self.string_offsets: tuple[int, ...] = ()
        self.class_rows: list[tuple[int, ...]] = []
        self.code_refs: set[int] = set()  # code items named by class data nothing references
        self._flag_problems: dict[tuple[int, int, bool, bool, str], str | None] = {}
        self.defined_types: set[str] = set()
        self.version = 35
        self.expanded = 0
        self.expand_limit = AMPLIFICATION_FACTOR * self.size + AMPLIFICATION_GRACE

    # -- errors and bounds ---------------------------------------------------------------

    def fail(self, message: str) -> NoReturn:
        raise DexFormatError(f"{self.name}: {message}")

    def need(self, what: object, offset: int, length: int) -> None:
        """Fail unless `length` bytes at `offset` lie inside the file."""
        if offset < 0 or length < 0 or offset + length > self.size:
            if offset >= self.size or offset < 0:
                self.fail(f"{what} offset {offset:#x} beyond end of file (size {self.size:#x})")
            self.fail(
                f"{what} at {offset:#x} ({length} bytes) runs past end of file "
                f"(size {self.size:#x})"
            )

    def uleb(self, pos: int) -> tuple[int, int]:
        data = self.data
        if pos + 1 < self.size:  # the common one- and two-byte cases, inline
            b = data[pos]
            if b < 0x80:
                return b, pos + 1
            c = data[pos + 1]
            if c < 0x80:
                return (b & 0x7F) | c << 7, pos + 2
        return leb128.read_uleb128(data, pos)

    # -- ReferenceResolver ---------------------------------------------------------------

    def _index_error(self, table: str, index: int, size: int) -> NoReturn:
        self.fail(f"{self.where}: {table} index {index} out of range (size {size})")

    def string(self, index: int) -> str:
        try:
            return self.strings[index]
        except IndexError:
            self._index_error("string", index, len(self.strings))

    def type(self, index: int) -> str:
        try:
            return self.types[index]
        except IndexError:
            self._index_error("type", index, len(self.types))

    def field(self, index: int) -> FieldRef:
        try:
            return self.fields[index]
        except IndexError:
            self._index_error("field", index, len(self.fields))

    def method(self, index: int) -> MethodRef:
        try:
            return self.methods[index]
        except IndexError:
            self._index_error("method", index, len(self.methods))

    def proto(self, index: int) -> Proto:
        try:
            return self.protos[index]
        except IndexError:
            self._index_error("proto", index, len(self.protos))

    def call_site(self, index: int) -> CallSite:
        try:
            return self.sites[index]
        except IndexError:
            self._index_error("call_site", index, len(self.sites))

    def method_handle(self, index: int) -> MethodHandle:
        try:
            return self.handles[index]
        except IndexError:
            self._index_error("method_handle", index, len(self.handles))

    def opt_string(self, index: int) -> str | None:
        return None if index == NO_INDEX else self.string(index)

    def opt_type(self, index: int) -> str | None:
        return None if index == NO_INDEX else self.type(index)

    # -- top level -----------------------------------------------------------------------

    def read(self, *, decode_code: bool, verify_checksum: bool) -> DexFile:
        version = self.read_tables(verify_checksum)
        classes = self.read_classes(decode_code)
        if not (self.defer_code or self.declarations_only):  # every item was parsed: cheap
            self.walk_sections()
        return DexFile(
            classes=classes,
            version=version,
            call_sites=list(self.sites),
            method_handles=list(self.handles),
        )

    def read_tables(self, verify_checksum: bool) -> int:
        """Header and every id table (what a resolver needs); returns the DEX version."""
        version = self.read_header(verify_checksum)
        self.version = version
        self.read_strings()
        self.read_types()
        self.read_protos()
        self.read_fields()
        self.read_methods()
        sites_at, handles_at = self.read_map()
        self.read_method_handles(*handles_at)
        self.read_call_sites(*sites_at)
        return version

    def read_header(self, verify_checksum: bool) -> int:
        if self.size < HEADER_SIZE:
            if self.size >= 4 and self.data[:4] != b"dex\n":
                dex_version(self.data, self.name)  # the clearer "not a DEX" message
            self.fail(f"truncated: {self.size} bytes, shorter than a DEX header ({HEADER_SIZE})")
        version = dex_version(self.data, self.name)
        fields = _HEADER.unpack_from(self.data, 0)
        checksum, signature = fields[1], fields[2]
        (
            file_size,
            header_size,
            endian_tag,
            link_size,
            link_off,
            map_off,
            string_ids_size,
            string_ids_off,
            type_ids_size,
            type_ids_off,
            proto_ids_size,
            proto_ids_off,
            field_ids_size,
            field_ids_off,
            method_ids_size,
            method_ids_off,
            class_defs_size,
            class_defs_off,
            data_size,
            data_off,
        ) = fields[3:]
        if endian_tag == REVERSE_ENDIAN_CONSTANT:
            self.fail("big-endian DEX files are not supported")
        if endian_tag != ENDIAN_CONSTANT:
            self.fail(f"bad endian tag {endian_tag:#010x} (expected {ENDIAN_CONSTANT:#010x})")
        if header_size != HEADER_SIZE:
            self.fail(f"bad header_size {header_size:#x} (expected {HEADER_SIZE:#x})")
        if file_size != self.size:
            what = "truncated" if file_size > self.size else "trailing data"
            self.fail(f"{what}: header file_size {file_size:#x} but {self.size:#x} bytes present")
        if verify_checksum:
            actual = zlib.adler32(self.view[12:])
            if actual != checksum:
                self.fail(f"bad checksum {actual:#010x} (header says {checksum:#010x})")
            digest = hashlib.sha1(self.view[32:]).digest()
            if digest != signature:
                # ART's DexFileVerifier checks the Adler-32 only (dex_file_verifier.cc,
                # CheckHeader); apps whose build left the signature stale run on Android.
                self.warn(f"{self.name}: stale SHA-1 signature (header says {signature.hex()}, "
                          f"content hashes to {digest.hex()}); accepted, as Android does")
        self.header = dict(
            map_off=map_off, data_off=data_off, data_size=data_size,
            string_ids_off=string_ids_off, string_ids_size=string_ids_size,
            type_ids_off=type_ids_off, type_ids_size=type_ids_size,
            proto_ids_off=proto_ids_off, proto_ids_size=proto_ids_size,
            field_ids_off=field_ids_off, field_ids_size=field_ids_size,
            method_ids_off=method_ids_off, method_ids_size=method_ids_size,
            class_defs_off=class_defs_off, class_defs_size=class_defs_size,
        )
        structure.check_header_sections(self.name, self.size, (
            ("link", link_off, link_size, 0),
            ("data", data_off, data_size, 0),
        ))
        if data_size > self.size - data_off:
            self.fail(f"data section at {data_off:#x} ({data_size} bytes) runs past end of file "
                      f"(size {self.size:#x})")
        tables = (
            ("string_ids", string_ids_off, string_ids_size, 4),
            ("type_ids", type_ids_off, type_ids_size, 4),
            ("proto_ids", proto_ids_off, proto_ids_size, 12),
            ("field_ids", field_ids_off, field_ids_size, 8),
            ("method_ids", method_ids_off, method_ids_size, 8),
            ("class_defs", class_defs_off, class_defs_size, 32),
        )
        for what, off, count, width in tables:
            if count:
                self.need(what, off, count * width)
                if off % 4:
                    self.fail(f"{what} offset {off:#x} is not 4-byte aligned")
            elif off:
                self.fail(f"{what} offset {off:#x} is not 0 though its size is 0")
        if type_ids_size > 0x10000:
            self.fail(f"type_ids_size {type_ids_size} exceeds 65536")
        if proto_ids_size > 0x10000:
            self.fail(f"proto_ids_size {proto_ids_size} exceeds 65536")
        self.string_ids = (string_ids_off, string_ids_size)
        self.type_ids = (type_ids_off, type_ids_size)
        self.proto_ids = (proto_ids_off, proto_ids_size)
        self.field_ids = (field_ids_off, field_ids_size)
        self.method_ids = (method_ids_off, method_ids_size)
        self.class_defs = (class_defs_off, class_defs_size)
        return version

    # -- id tables -----------------------------------------------------------------------

    def read_strings(self) -> None:
        off, count = self.string_ids
        offsets = struct.unpack_from(f"<{count}I", self.data, off)
        self.string_offsets = offsets
        data, size, strings = self.data, self.size, self.strings
        if offsets and max(offsets) >= size:
            i, at = next((i, at) for i, at in enumerate(offsets) if at >= size)
            self.fail(f"string_ids[{i}] offset {at:#x} beyond end of file (size {size:#x})")
        # Each string's data must end before the next one starts: no id aliases or overlaps
        # another's data, so decoding every string reads each byte once.
        limits = structure.string_data_limits(self.name, offsets, size)
        # ASCII strings (nearly all) are sliced out of one Latin-1 view of the file: a slice
        # of it is a str already, and its isascii() is a flag check.
        text = data.decode("latin-1")
        find = text.find
        decode = mutf8.decode_mutf8
        append = strings.append
        ends: list[int] = []
        i = 0
        try:
            for i, (at, limit) in enumerate(zip(offsets, limits, strict=True)):
                utf16_size = data[at]
                pos = at + 1
                if utf16_size >= 0x80:
                    utf16_size, pos = leb128.read_uleb128(data, at)
                end = find("\0", pos, limit)
                if end < 0:
                    if limit < size:
                        self.fail(f"string_ids[{i}] at {at:#x}: string data runs into the next "
                                  f"string's data at {limit:#x}")
                    self.fail(f"string_ids[{i}] at {at:#x}: string data not NUL-terminated")
                value = text[pos:end]
                if value.isascii():
                    length = end - pos
                else:
                    value = decode(data[pos:end])
                    length = mutf8.utf16_length(value)
                if length != utf16_size:
                    self.fail(
                        f"string_ids[{i}] at {at:#x}: utf16_size {utf16_size} but the data "
                        f"holds {length} UTF-16 units"
                    )
                append(value)
                ends.append(end + 1)
        except (DexError, *_WRAPPED):
            self.where = f"string_data_item[{i}] at {offsets[i]:#x}"
            raise
        self.where = "string_ids"
        structure.check_strings_sorted(self.name, strings)
        self.extents[structure.TYPE_STRING_DATA] = dict(zip(offsets, ends, strict=True))

    def read_types(self) -> None:
        off, count = self.type_ids
        self.where = "type_ids"
        valid = _DESCRIPTOR.fullmatch
        indices = struct.unpack_from(f"<{count}I", self.data, off)
        structure.check_strictly_increasing(self.name, "type_ids", indices)
        for i, idx in enumerate(indices):
            if idx >= len(self.strings):
                self.fail(f"type_ids[{i}] descriptor index {idx} out of range ({len(self.strings)})")
            descriptor = self.strings[idx]
            if valid(descriptor) is None:  # as ART's verifier: later stages index into it
                self.fail(f"type_ids[{i}] {descriptor[:80]!r} is not a type descriptor")
            self.types.append(descriptor)

    def type_list(self, off: int, what: object) -> tuple[str, ...]:
        """A type_list item (cached by offset); offset 0 is the empty list."""
        if off == 0:
            return ()
        cached = self._type_lists.get(off)
        if cached is not None:
            return cached
        self.need(what, off, 4)
        (count,) = struct.unpack_from("<I", self.data, off)
        self.need(what, off + 4, count * 2)
        indices = struct.unpack_from(f"<{count}H", self.data, off + 4)
        result = tuple(self.type(i) for i in indices)
        self._type_lists[off] = result
        self._type_list_indices[off] = indices
        self.extent(structure.TYPE_TYPE_LIST, off, off + 4 + 2 * count)
        return result

    def read_protos(self) -> None:
        off, count = self.proto_ids
        types, strings = self.types, self.strings
        ntypes, nstrings = len(types), len(strings)
        keys = []
        for i, (shorty, ret, params_off) in enumerate(
            struct.iter_unpack("<3I", self.data[off : off + 12 * count])
        ):
            self.where = f"proto_ids[{i}]"
            if ret >= ntypes or shorty >= nstrings:
                self.fail(f"proto_ids[{i}] has an index out of range")
            params = self.type_list(params_off, _Where("proto_ids", "", f"[{i}] parameters"))
            if "V" in params:
                self.fail(f"proto_ids[{i}] has a parameter of type V")
            rtype = types[ret]
            # ART: the shorty spells the return and parameter types, references as L.
            expected = "".join(t if len(t) == 1 else "L" for t in (rtype, *params))
            if strings[shorty] != expected:
                self.fail(f"proto_ids[{i}] shorty {strings[shorty][:40]!r} does not match its "
                          f"types (expected {expected[:40]!r})")
            keys.append((ret, self._type_list_indices[params_off]))
            self.protos.append(Proto(rtype, params))
        structure.check_strictly_increasing(self.name, "proto_ids", keys)

    def read_fields(self) -> None:
        off, count = self.field_ids
        rows = list(struct.iter_unpack("<HHI", self.data[off : off + 8 * count]))
        self.check_members("field_ids", rows, "L", len(self.types))
        types, strings = self.types, self.strings
        for typ in {row[1] for row in rows}:
            if types[typ] == "V":
                i = next(i for i, row in enumerate(rows) if row[1] == typ)
                self.fail(f"field_ids[{i}] has type V")
        self.fields = [FieldRef(types[c], strings[n], types[t]) for c, t, n in rows]

    def read_methods(self) -> None:
        off, count = self.method_ids
        rows = list(struct.iter_unpack("<HHI", self.data[off : off + 8 * count]))
        self.check_members("method_ids", rows, "L[", len(self.protos))
        types, strings, protos = self.types, self.strings, self.protos
        self.methods = [MethodRef(types[c], strings[n], protos[p]) for c, p, n in rows]

    def check_members(self, table: str, rows: list[tuple[int, int, int]], kinds: str,
                      nsecond: int) -> None:
        """field_ids/method_ids rows `(class, type or proto, name)` in bulk: indices in range,
        the class a class (fields) or reference type (methods), valid names, and ART's order
        (class, name, type or proto) without duplicates."""
        if not rows:
            return
        classes, seconds, names = zip(*rows, strict=True)
        if (max(classes) >= len(self.types) or max(seconds) >= nsecond
                or max(names) >= len(self.strings)):
            i = next(i for i, (c, t, n) in enumerate(rows) if c >= len(self.types)
                     or t >= nsecond or n >= len(self.strings))
            self.fail(f"{table}[{i}] has an index out of range")
        types = self.types
        for cls in set(classes):
            if types[cls][0] not in kinds:
                i = classes.index(cls)
                what = "class" if kinds == "L" else "reference"
                self.fail(f"{table}[{i}] class {types[cls][:80]!r} is not a {what} type")
        good, strings, valid = self._member_names, self.strings, _MEMBER_NAME.fullmatch
        for name in set(names) - good:
            if valid(strings[name]) is None:
                self.fail(f"{table}[{names.index(name)}] name {strings[name][:80]!r} is not "
                          f"a valid member name")
            good.add(name)
        keys = [c << 48 | n << 16 | t for c, t, n in rows]
        structure.check_strictly_increasing(self.name, table, keys)

    def read_map(self) -> tuple[tuple[int, int], tuple[int, int]]:
        """(offset, count) of call_site_ids and method_handles, found only via the map, after
        checking the map against the header as ART does."""
        self.where = "map_list"
        sections = structure.check_map(self.data, self.name, self.header)
        self.map_entries = sections.entries
        return sections.call_sites, sections.method_handles

    def read_method_handles(self, off: int, count: int) -> None:
        for i, (kind, _u1, member, _u2) in enumerate(
            struct.iter_unpack("<4H", self.data[off : off + 8 * count])
        ):
            self.where = f"method_handles[{i}]"
            handle_kind = _HANDLE_KINDS.get(kind)
            if handle_kind is None:
                self.fail(f"method_handles[{i}] has unknown kind {kind:#x}")
            ref: FieldRef | MethodRef = (
                self.field(member) if handle_kind in _FIELD_HANDLE_KINDS else self.method(member)
            )
            self.handles.append(MethodHandle(handle_kind, ref))

    def read_call_sites(self, off: int, count: int) -> None:
        for i, at in enumerate(struct.unpack_from(f"<{count}I", self.data, off)):
            self.where = f"call_site_ids[{i}]"
            self.need(f"call_site_ids[{i}]", at, 1)
            values, end = self.encoded_array(at, 0)
            self.extent(structure.TYPE_ENCODED_ARRAY, at, end)
            self.sites.append(CallSite(values))

    # -- encoded values ------------------------------------------------------------------

    def encoded_array(self, pos: int, depth: int) -> tuple[tuple[EncodedValue, ...], int]:
        if depth > MAX_VALUE_DEPTH:
            self.fail(f"{self.where}: encoded values nested deeper than {MAX_VALUE_DEPTH}")
        count, pos = self.uleb(pos)
        if count > self.size - pos:  # every value takes at least one byte
            self.fail(f"{self.where}: encoded_array size {count} exceeds the file")
        values = []
        for _ in range(count):
            value, pos = self.encoded_value(pos, depth + 1)
            values.append(value)
        return tuple(values), pos

    def encoded_annotation(self, pos: int, depth: int) -> tuple[EncodedAnnotation, int]:
        if depth > MAX_VALUE_DEPTH:
            self.fail(f"{self.where}: encoded values nested deeper than {MAX_VALUE_DEPTH}")
        type_idx, pos = self.uleb(pos)
        count, pos = self.uleb(pos)
        if count > self.size - pos:
            self.fail(f"{self.where}: encoded_annotation size {count} exceeds the file")
        elements = []
        last = -1
        for _ in range(count):
            name_idx, pos = self.uleb(pos)
            if name_idx <= last:  # ART: elements sorted by name, each once
                self.fail(f"{self.where}: annotation elements out of order (name index "
                          f"{name_idx} after {last})")
            last = name_idx
            value, pos = self.encoded_value(pos, depth + 1)
            elements.append((self.string(name_idx), value))
        return EncodedAnnotation(self.type(type_idx), tuple(elements)), pos

    def encoded_value(self, pos: int, depth: int) -> tuple[EncodedValue, int]:
        if pos >= self.size:
            self.fail(f"{self.where}: encoded_value at {pos:#x} beyond end of file")
        header = self.data[pos]
        pos += 1
        kind = _VALUE_KINDS.get(header & 0x1F)
        arg = header >> 5
        if kind is None:
            self.fail(f"{self.where}: unknown encoded_value type {header & 0x1F:#04x}")
        if kind is ValueKind.ARRAY or kind is ValueKind.ANNOTATION or kind is ValueKind.NULL:
            if arg:
                self.fail(f"{self.where}: encoded_value {kind.name} with value_arg {arg}")
            if kind is ValueKind.NULL:
                return EncodedValue(kind, None), pos
            if kind is ValueKind.ARRAY:
                items, pos = self.encoded_array(pos, depth)
                return EncodedValue(kind, items), pos
            annotation, pos = self.encoded_annotation(pos, depth)
            return EncodedValue(kind, annotation), pos
        if kind is ValueKind.BOOLEAN:
            if arg > 1:
                self.fail(f"{self.where}: encoded BOOLEAN with value_arg {arg}")
            return EncodedValue(kind, bool(arg)), pos
        size = arg + 1
        if size > _MAX_SIZE[kind]:
            self.fail(f"{self.where}: encoded {kind.name} of {size} bytes is too long")
        if pos + size > self.size:
            self.fail(f"{self.where}: encoded_value at {pos - 1:#x} runs past end of file")
        # Scalar values repeat (annotation strings, types, constants) and are immutable:
        # one object per distinct encoding.
        encoded = self.data[pos - 1 : pos + size]
        known = self._scalars.get(encoded)
        if known is not None:
            return known, pos + size
        value = self.scalar_value(kind, self.data[pos : pos + size], size)
        self._scalars[encoded] = value
        return value, pos + size

    def scalar_value(self, kind: ValueKind, raw: bytes, size: int) -> EncodedValue:
        if kind in _INT_KINDS:
            return EncodedValue(kind, int.from_bytes(raw, "little", signed=kind is not ValueKind.CHAR))
        number = int.from_bytes(raw, "little")
        if kind is ValueKind.FLOAT:  # zero-extended to the right: the bytes are the high ones
            return EncodedValue(kind, number << (8 * (4 - size)))
        if kind is ValueKind.DOUBLE:
            return EncodedValue(kind, number << (8 * (8 - size)))
        resolved: object
        if kind is ValueKind.STRING:
            resolved = self.string(number)
        elif kind is ValueKind.TYPE:
            resolved = self.type(number)
        elif kind is ValueKind.FIELD or kind is ValueKind.ENUM:
            resolved = self.field(number)
        elif kind is ValueKind.METHOD:
            resolved = self.method(number)
        elif kind is ValueKind.METHOD_TYPE:
            resolved = self.proto(number)
        else:
            resolved = self.method_handle(number)
        return EncodedValue(kind, resolved)

    # -- annotations ---------------------------------------------------------------------

    def annotation_set(self, off: int, what: object) -> list[Annotation]:
        """An annotation_set_item as a fresh list (items cached by offset); 0 is empty."""
        if off == 0:
            return []
        cached = self._annotation_sets.get(off)
        if cached is not None:
            self.charge(cached[1])
            return list(cached[0])
        self.need(what, off, 4)
        (count,) = struct.unpack_from("<I", self.data, off)
        self.need(what, off + 4, count * 4)
        items: list[Annotation] = []
        size = 4 + 4 * count
        for item_off in struct.unpack_from(f"<{count}I", self.data, off + 4):
            annotation, item_size = self.annotation_item(item_off, what)
            if items and items[-1].annotation.type >= annotation.annotation.type:
                self.fail(f"{what}: annotation set at {off:#x} not sorted by type (ART: "
                          f"{annotation.annotation.type} after {items[-1].annotation.type})")
            items.append(annotation)
            size += item_size
        self._annotation_sets[off] = (tuple(items), size)
        self.extent(structure.TYPE_ANNOTATION_SET, off, off + 4 + 4 * count)
        return items

    def annotation_item(self, off: int, what: object) -> tuple[Annotation, int]:
        """An annotation_item and its size (cached: sets may share items)."""
        cached = self._annotation_items.get(off)
        if cached is not None:
            self.charge(cached[1])
            return cached
        self.need(_Where(what, " annotation_item"), off, 2)
        visibility = _VISIBILITIES.get(self.data[off])
        if visibility is None:
            self.fail(
                f"{self.where}: annotation_item at {off:#x} has unknown "
                f"visibility {self.data[off]:#x}"
            )
        annotation, end = self.encoded_annotation(off + 1, 0)
        entry = (Annotation(visibility, annotation), end - off)
        self._annotation_items[off] = entry
        self._annotation_ends[off] = end
        return entry

    def read_annotations(self, cls: ClassDef, off: int) -> None:
        """Attach an annotations_directory_item's sets to the class and its members."""
        what = _Where(self.where, " annotations_directory_item")
        self.need(what, off, 16)
        if off % 4:
            self.fail(f"{what} offset {off:#x} is not 4-byte aligned")
        class_off, nfields, nmethods, nparams = struct.unpack_from("<4I", self.data, off)
        cls.annotations = self.annotation_set(class_off, _Where(what, " class annotations"))
        pos = off + 16
        self.need(what, pos, (nfields + nmethods + nparams) * 8)
        self.extent(structure.TYPE_ANNOTATIONS_DIRECTORY, off,
                    pos + 8 * (nfields + nmethods + nparams))
        # ART: each list sorted by member index, each member once.
        start = pos
        for label, n in (("field", nfields), ("method", nmethods), ("parameter", nparams)):
            if n > 1:
                indices = struct.unpack_from(f"<{2 * n}I", self.data, start)[::2]
                structure.check_strictly_increasing(
                    self.name, f"{cls.type} {label} annotations", indices)
            start += 8 * n
        if nfields:
            by_field = {f.ref: f for f in cls.static_fields + cls.instance_fields}
            for idx, set_off in struct.iter_unpack("<II", self.data[pos : pos + 8 * nfields]):
                ref = self.field(idx)
                target = by_field.get(ref)
                if target is None:
                    self.fail(f"{what}: field annotations for {ref}, not a field of {cls.type}")
                target.annotations = self.annotation_set(set_off, _Where(what, " ", ref))
            pos += 8 * nfields
        by_method = (
            {m.ref: m for m in cls.direct_methods + cls.virtual_methods}
            if nmethods or nparams
            else {}
        )
        for idx, set_off in struct.iter_unpack("<II", self.data[pos : pos + 8 * nmethods]):
            mref = self.method(idx)
            method = by_method.get(mref)
            if method is None:
                self.fail(f"{what}: method annotations for {mref}, not a method of {cls.type}")
            method.annotations = self.annotation_set(set_off, _Where(what, " ", mref))
        pos += 8 * nmethods
        for idx, list_off in struct.iter_unpack("<II", self.data[pos : pos + 8 * nparams]):
            mref = self.method(idx)
            method = by_method.get(mref)
            if method is None:
                self.fail(f"{what}: parameter annotations for {mref}, not a method of {cls.type}")
            method.parameter_annotations = self.annotation_set_ref_list(
                list_off, _Where(what, " ", mref)
            )

    def annotation_set_ref_list(self, off: int, what: object) -> list[list[Annotation]]:
        self.need(what, off, 4)
        (count,) = struct.unpack_from("<I", self.data, off)
        self.need(what, off + 4, count * 4)
        if self.shared(off):
            self.charge(4 + 4 * count)
        self.extent(structure.TYPE_ANNOTATION_SET_REF_LIST, off, off + 4 + 4 * count)
        return [
            self.annotation_set(set_off, what)
            for set_off in struct.unpack_from(f"<{count}I", self.data, off + 4)
        ]

    # -- classes -------------------------------------------------------------------------

    def read_classes(self, decode_code: bool) -> list[ClassDef]:
        off, count = self.class_defs
        rows = list(struct.iter_unpack("<8I", self.data[off : off + 32 * count]))
        self.class_rows = rows
        defined = {row[0]: i for i, row in enumerate(rows)}
        self.defined_types = {self.type(idx) for idx in defined}
        if len(defined) != len(rows):
            seen: set[int] = set()
            for i, row in enumerate(rows):
                if row[0] in seen:
                    self.fail(f"class_defs[{i}] redefines {self.type(row[0])} (ART: one "
                              f"class_def per type)")
                seen.add(row[0])
        ordered = self.version >= 37  # ART enforces supertypes first from version 037 on
        classes = []
        for i, row in enumerate(rows):
            (
                class_idx,
                access,
                super_idx,
                interfaces_off,
                source_idx,
                annotations_off,
                class_data_off,
                static_values_off,
            ) = row
            self.where = f"class_defs[{i}]"
            interfaces = self.type_list(interfaces_off, f"class_defs[{i}] interfaces")
            cls = ClassDef(
                type=self.type(class_idx),
                access=access,
                superclass=self.opt_type(super_idx),
                interfaces=list(interfaces),
                source_file=self.opt_string(source_idx),
            )
            self.where = f"class_defs[{i}] {cls.type}"
            self.check_class_def(cls, i, row, defined if ordered else None)
            if interfaces and self.shared(interfaces_off):
                self.charge(2 * len(interfaces))
            if class_data_off:
                self.read_class_data(cls, class_data_off, decode_code)
            if annotations_off:
                self.read_annotations(cls, annotations_off)
            if static_values_off:
                values = self.static_values(static_values_off)
                if len(values) > len(cls.static_fields):
                    self.fail(f"{self.where}: {len(values)} static values for "
                              f"{len(cls.static_fields)} static fields (ART: too many static "
                              f"field initial values)")
                cls.static_values = list(values)
            classes.append(cls)
        return classes

    def check_class_def(self, cls: ClassDef, i: int, row: tuple[int, ...],
                        defined: dict[int, int] | None) -> None:
        """ART's CheckInterClassDefItem, but for what the item sections check later."""
        if cls.type[0] != "L":
            self.fail(f"class_defs[{i}] type {cls.type[:80]!r} is not a class type")
        if cls.access & ~0xFFFF:
            self.fail(f"{self.where}: access flags {cls.access:#x} are not Java flags")
        if cls.superclass is not None and cls.superclass[0] != "L":
            self.fail(f"{self.where}: superclass {cls.superclass[:80]!r} is not a class type")
        if len(set(cls.interfaces)) != len(cls.interfaces):
            self.fail(f"{self.where}: an interface is listed twice")
        for iface in cls.interfaces:
            if iface[0] != "L":
                self.fail(f"{self.where}: interface {iface[:80]!r} is not a class type")
        if defined is None:
            return
        supers = [row[2]] if row[2] != NO_INDEX else []
        supers += self._type_list_indices.get(row[3], ())
        for idx in supers:
            if idx == row[0]:
                self.fail(f"{self.where}: the class is its own superclass or interface")
            at = defined.get(idx)
            if at is not None and at > i:
                self.fail(f"{self.where}: defined before its supertype {self.types[idx]} "
                          f"(class_defs[{at}]; ART requires supertypes first)")

    # -- the section walk -------------------------------------------------------------------

    def extent(self, kind: int, start: int, end: int) -> None:
        """Remember where a parsed data item lies (checked against the walk)."""
        self.extents[kind][start] = end

    def walk_sections(self) -> None:
        """ART's CheckIntraSection: the map's sections follow each other in order with zero
        padding, each data section is its `count` items one after the other (aligned, zero
        padding between), items nothing references are parsed and checked too, and every
        item a reference led to is one of its section's items (ART's offset-to-type map)."""
        data, name = self.data, self.name
        data_end = self.header["data_off"] + self.header["data_size"]
        pos = 0
        chains: dict[int, set[int]] = {}
        for kind, count, off in self.map_entries:
            label = structure.ITEM_NAMES.get(kind, f"section {kind:#06x}")
            self.where = f"{label} section at {off:#x}"
            if off < pos:
                self.fail(f"{self.where} overlaps the previous section (ending at {pos:#x})")
            structure.check_padding(data, name, pos, off, self.where)
            width = structure.FIXED_WIDTH.get(kind)
            if kind == structure.TYPE_HEADER:
                pos = HEADER_SIZE
            elif kind == structure.TYPE_MAP_LIST:
                pos = off + 4 + 12 * len(self.map_entries)
            elif width is not None:
                pos = off + width * count
            else:
                chain: set[int] = set()
                pos = self.walk_items(kind, off, count, chain)
                chains[kind] = chain
                if pos > data_end:
                    self.fail(f"{self.where}: its items end at {pos:#x}, past the data section "
                              f"(ending at {data_end:#x})")
        referenced = dict(self.extents)
        referenced[structure.TYPE_CODE] = {**dict.fromkeys(self.code_refs, 0),
                                           **self.extents[structure.TYPE_CODE]}
        for kind, items in referenced.items():
            chain = chains.get(kind, set())
            if not items.keys() <= chain:
                missing = min(items.keys() - chain)
                self.fail(f"{structure.ITEM_NAMES[kind]} at {missing:#x} is not an item of the "
                          f"map's {structure.ITEM_NAMES[kind]} section")

    def walk_items(self, kind: int, off: int, count: int, chain: set[int]) -> int:
        """Follow `count` items of one data section from `off`; returns where they end."""
        data, name = self.data, self.name
        align = 0 if kind in structure.BYTE_ALIGNED else 3
        known = self.extents[kind]
        label = structure.ITEM_NAMES[kind]
        # The usual file: every item was referenced, so the parse knows them all; then the
        # walk is a check that they follow each other, in bulk.
        starts = sorted(known)
        if len(starts) == count and starts and starts[0] == (off + align) & ~align:
            ends = [known[s] for s in starts]
            nexts = ends[:-1] if not align else [(e + 3) & ~3 for e in ends[:-1]]
            if nexts == starts[1:]:
                count_zeros = data.count
                bad = [(a, b) for a, b in zip(ends, starts[1:], strict=False)
                       if a != b and count_zeros(0, a, b) != b - a]
                if bad:
                    structure.check_padding(data, name, *bad[0], f"{label} at {bad[0][1]:#x}")
                chain.update(starts)
                return ends[-1]
        pos = off
        for _ in range(count):
            aligned = (pos + align) & ~align
            if aligned != pos:
                structure.check_padding(data, name, pos, aligned, f"{label} at {aligned:#x}")
            if aligned >= self.size:
                self.fail(f"{label} section: item at {aligned:#x} beyond end of file")
            end = known.get(aligned)
            if end is None:
                self.where = f"{label} at {aligned:#x} (referenced by nothing)"
                end = self.orphan(kind, aligned)
            chain.add(aligned)
            pos = end
        return pos

    def orphan(self, kind: int, off: int) -> int:
        """Parse and check an item nothing references (ART checks every item); its end."""
        data = self.data
        what = self.where
        if kind == structure.TYPE_STRING_DATA:
            utf16_size, pos = self.uleb(off)
            end = data.find(0, pos)
            if end < 0:
                self.fail(f"{what}: string data not NUL-terminated")
            text = mutf8.decode_mutf8(data[pos:end])
            if mutf8.utf16_length(text) != utf16_size:
                self.fail(f"{what}: utf16_size {utf16_size} does not match its data")
            self.extents[kind][off] = end + 1
            return end + 1
        if kind == structure.TYPE_TYPE_LIST:
            self.type_list(off, what)
        elif kind == structure.TYPE_ANNOTATION:
            self.annotation_item(off, what)
        elif kind == structure.TYPE_ANNOTATION_SET:
            self.annotation_set(off, what)
        elif kind == structure.TYPE_ANNOTATION_SET_REF_LIST:
            self.annotation_set_ref_list(off, what)
        elif kind == structure.TYPE_ENCODED_ARRAY:
            self.need(what, off, 1)
            return self.encoded_array(off, 0)[1]
        elif kind == structure.TYPE_DEBUG_INFO:
            self.debug_info(off, what)
        elif kind == structure.TYPE_CODE:
            return self.orphan_code(off, what)
        elif kind == structure.TYPE_CLASS_DATA:
            return self.orphan_class_data(off, what)
        elif kind == structure.TYPE_ANNOTATIONS_DIRECTORY:
            return self.orphan_directory(off, what)
        else:  # hiddenapi_class_data: a size, then per-class offsets and flags
            self.need(what, off, 4)
            (size,) = struct.unpack_from("<I", data, off)
            self.need(what, off, size)
            if size < 4 * (len(self.class_rows) + 1):
                self.fail(f"{what}: size {size} too small for its header")
            return off + int(size)
        return self.extents[kind][off]

    def orphan_code(self, off: int, what: str) -> int:
        self.need(what, off, 16)
        registers, ins, outs, ntries, _debug, ninsns = _CODE_HEADER.unpack_from(self.data, off)
        self.need(what, off + 16, 2 * ninsns)
        if ins > registers or (outs > 5 and outs > registers):
            self.fail(f"{what}: ins {ins} / outs {outs} exceed registers {registers} (ART)")
        end: int = off + 16 + 2 * ninsns
        if ntries:
            end = self.read_tries(what, end, ntries, ninsns)[1]
        return end

    def orphan_class_data(self, off: int, what: str) -> int:
        """Member indices in range, and (ART's CheckInterClassDataItem) all of one defined
        class, their code offsets code items."""
        uleb = self.uleb
        counts = []
        pos = off
        for _ in range(4):
            n, pos = uleb(pos)
            counts.append(n)
        if sum(counts) > self.size - pos:
            self.fail(f"{what}: member counts exceed the file")
        owners = set()
        for k, n in enumerate(counts):
            idx = 0
            table = self.fields if k < 2 else self.methods
            for _ in range(n):
                diff, pos = uleb(pos)
                _access, pos = uleb(pos)
                if k >= 2:
                    code_off, pos = uleb(pos)
                    if code_off:
                        self.code_refs.add(code_off)
                idx += diff
                if idx >= len(table):
                    self.fail(f"{what}: member index {idx} out of range ({len(table)})")
                owners.add(table[idx].class_)
        if len(owners) > 1:
            self.fail(f"{what}: defines members of several classes")
        if owners and not owners <= self.defined_types:
            self.fail(f"{what}: defines members of {owners.pop()}, which no class_def defines")
        return pos

    def orphan_directory(self, off: int, what: str) -> int:
        """Indices in range and sorted, all of one class (ART), sets and lists well formed."""
        self.need(what, off, 16)
        if off % 4:
            self.fail(f"{what}: not 4-byte aligned")
        class_off, nfields, nmethods, nparams = struct.unpack_from("<4I", self.data, off)
        self.need(what, off + 16, 8 * (nfields + nmethods + nparams))
        self.annotation_set(class_off, what)
        pos = off + 16
        owners = set()
        for label, n, table in (("field", nfields, self.fields), ("method", nmethods, self.methods),
                                ("parameter", nparams, self.methods)):
            rows = list(struct.iter_unpack("<II", self.data[pos: pos + 8 * n]))
            structure.check_strictly_increasing(self.name, f"{what} {label} annotations",
                                                [r[0] for r in rows])
            for idx, item in rows:
                if idx >= len(table):
                    self.fail(f"{what}: {label} index {idx} out of range ({len(table)})")
                owners.add(table[idx].class_)
                if label == "parameter":
                    self.annotation_set_ref_list(item, what)
                else:
                    self.annotation_set(item, what)
            pos += 8 * n
        if len(owners) > 1:
            self.fail(f"{what}: annotates members of several classes")
        self.extent(structure.TYPE_ANNOTATIONS_DIRECTORY, off, pos)
        return pos

    # -- shared items ----------------------------------------------------------------------

    def shared(self, off: int) -> bool:
        """True when the item at `off` was referenced before (marks it referenced)."""
        if off in self._referenced:
            return True
        self._referenced.add(off)
        return False

    def charge(self, size: int) -> None:
        """Count `size` bytes of a shared item materialized once more (see
        AMPLIFICATION_FACTOR)."""
        self.expanded += size
        if self.expanded > self.expand_limit:
            self.fail(
                f"{self.where}: items shared by many references expand to more than "
                f"{AMPLIFICATION_FACTOR}x the file's size (resource limit; see docs/reliability.md)"
            )

    def static_values(self, off: int) -> tuple[EncodedValue, ...]:
        cached = self._arrays.get(off)
        if cached is not None:
            self.charge(cached[1])
            return cached[0]
        self.need(f"{self.where} static_values", off, 1)
        values, end = self.encoded_array(off, 0)
        self._arrays[off] = (values, end - off)
        self.extent(structure.TYPE_ENCODED_ARRAY, off, end)
        return values

    def read_class_data(self, cls: ClassDef, off: int, decode_code: bool) -> None:
        self.need(f"{self.where} class_data_item", off, 4)
        uleb = self.uleb
        nstatic, pos = uleb(off)
        ninstance, pos = uleb(pos)
        ndirect, pos = uleb(pos)
        nvirtual, pos = uleb(pos)
        if nstatic + ninstance + 3 * (ndirect + nvirtual) > self.size - pos:
            self.fail(f"{self.where}: class_data_item member counts exceed the file")
        fields, owner, data = self.fields, cls.type, self.data
        default_methods, class_flags = self.version >= 37, cls.access
        field_problem, method_problem = structure.field_flags_problem, structure.method_flags_problem
        flag_problems = self._flag_problems
        field_problems: dict[int, str | None] = {}  # by flags, for this class
        for count, out, static in ((nstatic, cls.static_fields, 8), (ninstance, cls.instance_fields, 0)):
            idx = 0
            for _ in range(count):
                diff = data[pos]  # one-byte ulebs inline: nearly all member index deltas
                if diff < 0x80:
                    pos += 1
                else:
                    diff, pos = uleb(pos)
                access, pos = uleb(pos)
                idx += diff
                if idx >= len(fields):
                    self.fail(f"{self.where}: field index {idx} out of range ({len(fields)})")
                fref = fields[idx]
                # ART: a class_data_item defines members of its own class only (so a
                # non-empty one cannot be shared), each in the list its flags say.
                if fref.class_ != owner:
                    self.fail(f"{self.where}: class_data_item defines {fref}, a field of "
                              f"another class")
                if access & 8 != static:
                    self.fail(f"{self.where}: {fref} is in the wrong (static/instance) list")
                problem = field_problems.get(access, "")
                if problem == "":
                    problem = field_problems[access] = field_problem(access, class_flags,
                                                                     default_methods)
                if problem is not None:
                    self.fail(f"{self.where}: {fref}: {problem}")
                out.append(Field(fref, access))
        methods = self.methods
        for count, mout, direct in ((ndirect, cls.direct_methods, True),
                                    (nvirtual, cls.virtual_methods, False)):
            idx = 0
            for _ in range(count):
                diff = data[pos]
                if diff < 0x80:
                    pos += 1
                else:
                    diff, pos = uleb(pos)
                access, pos = uleb(pos)
                code_off, pos = uleb(pos)
                idx += diff
                if idx >= len(methods):
                    self.fail(f"{self.where}: method index {idx} out of range ({len(methods)})")
                ref = methods[idx]
                if ref.class_ != owner:
                    self.fail(f"{self.where}: class_data_item defines {ref}, a method of "
                              f"another class")
                special = ref.name if ref.name[0] == "<" else ""
                key = (access, class_flags & 0x200, code_off != 0, direct, special)
                problem = flag_problems.get(key, "")
                if problem == "":
                    problem = flag_problems[key] = method_problem(
                        access, class_flags, special or "m", code_off != 0, direct,
                        default_methods)
                if problem is None and special:
                    problem = _constructor_problem(ref)
                if problem is not None:
                    self.fail(f"{self.where}: {ref}: {problem}")
                code = self.read_code(ref, code_off, decode_code) if code_off else None
                mout.append(Method(ref, access, code))
        self._class_data_ends[off] = pos

    # -- code ----------------------------------------------------------------------------

    def read_code(self, ref: MethodRef, off: int, decode_code: bool) -> Code:
        """The code item at `off`; methods sharing one (ART allows it) share the `Code`
        object, so treat it as read-only and copy before editing."""
        if self.declarations_only:
            self.code_offsets[str(ref)] = off
        cached = self._codes.get(off)
        if cached is not None:
            self.charge(cached[1])
            return cached[0]
        if self.defer_code and off + 16 <= self.size:
            # The common lazy case without error paths: a LazyCode for an item that fits.
            registers, ins, outs, ntries, _d, ninsns = _CODE_HEADER.unpack_from(self.data, off)
            end = off + 16 + 2 * ninsns
            if (end + (8 * ntries + 1 + (ninsns & 1) * 2 if ntries else 0) <= self.size
                    and ins <= registers and (outs <= 5 or outs <= registers)):
                code: Code = LazyCode.deferred(self, ref, off, registers, ins, outs)
                self._codes[off] = (code, 16 + 2 * ninsns + 8 * ntries)
                return code
        code = self.parse_code(ref, off, decode_code)
        _r, _i, _o, ntries, _d, ninsns = _CODE_HEADER.unpack_from(self.data, off)
        self._codes[off] = (code, 16 + 2 * ninsns + 8 * ntries)
        return code

    def parse_code(self, ref: MethodRef, off: int, decode_code: bool) -> Code:
        what = _Where(ref, " code_item")
        self.need(what, off, 16)
        registers, ins, outs, ntries, debug_off, ninsns = _CODE_HEADER.unpack_from(self.data, off)
        start = off + 16
        self.need(what, start, 2 * ninsns)
        end = start + 2 * ninsns
        if self.defer_code:
            if ins > registers or (outs > 5 and outs > registers):
                self.fail(f"{what}: ins {ins} / outs {outs} exceed registers {registers} (ART)")
            if ntries:  # the rest waits for LazyCode.tries / the writer
                self.need(_Where(what, " tries"), end + (ninsns & 1) * 2, 8 * ntries + 1)
            return LazyCode.deferred(self, ref, off, registers, ins, outs)
        items: list[CodeItem] = []
        if decode_code:
            try:
                items = self.decode_insns(ref, start, end)
            except DexFormatError as exc:
                if self.bad_code == "error":
                    raise
                return self.verify_error_body(ref, registers, ins, outs, str(exc))
        if ins > registers or (outs > 5 and outs > registers):
            self.fail(f"{what}: ins {ins} / outs {outs} exceed registers {registers} (ART)")
        tries: list[TryBlock] = []
        if ntries:
            tries, end = self.read_tries(what, end, ntries, ninsns)
        self._code_ends[off] = end
        if self.declarations_only:
            return Code(registers, ins, outs, items, tries, None)  # line tables are not run
        debug = self.debug_info(debug_off, what) if debug_off else None
        return Code(registers, ins, outs, items, tries, debug)

    def verify_error_body(self, ref: MethodRef, registers: int, ins: int, outs: int,
                          problem: str) -> Code:
        """`throw new VerifyError()` in place of code that does not decode (see read_dex)."""
        self.warn(f"{problem}; ART rejects {ref.class_} when it is first used, so the method "
                  "is read as throwing java.lang.VerifyError")
        init = MethodRef(_VERIFY_ERROR, "<init>", Proto("V"))
        items: list[CodeItem] = [
            codec.make("new-instance", (0,), ref=_VERIFY_ERROR),
            codec.make("invoke-direct", (0,), ref=init),
            codec.make("throw", (0,)),
        ]
        addr = 0
        for it in items:
            it.address = addr
            addr += codec.instruction_units(it)
        return Code(max(registers, ins, 1), ins, max(outs, 1), items)

    def decode_insns(self, ref: MethodRef, start: int, end: int) -> list[CodeItem]:
        try:
            return codec.decode_code(self.view[start:end], self)
        except DexError as exc:
            raise DexFormatError(f"{self.name}: {ref}: {_strip(exc, self.name)}") from None
        except _WRAPPED as exc:
            raise DexFormatError(f"{self.name}: {ref}: malformed code: {exc}") from None

    def read_tries(self, what: object, end: int, ntries: int, ninsns: int
                   ) -> tuple[list[TryBlock], int]:
        """The try_items after insns ending at `end`, with their handlers, and where the code
        item ends. As ART (CheckIntraCodeItem): zero padding before the tries, try blocks in
        order without overlaps, each naming one of the encoded_catch_handler_list's handlers
        (parsed in full, once)."""
        tries: list[TryBlock] = []
        tries_at = end + (2 if ninsns & 1 else 0)
        self.need(_Where(what, " tries"), tries_at, 8 * ntries)
        if tries_at != end and self.data[end:tries_at] != b"\0\0":
            self.fail(f"{what}: non-zero padding before the try items")
        handlers_at = tries_at + 8 * ntries
        self.need(_Where(what, " handlers"), handlers_at, 1)
        handlers, item_end = self.handler_list(handlers_at, ninsns, what)
        last = 0
        for try_start, count, handler_off in struct.iter_unpack(
            "<IHH", self.data[tries_at:handlers_at]
        ):
            if try_start + count > ninsns or try_start >= ninsns:
                self.fail(
                    f"{what}: try block {try_start:#x}+{count} past the end of code "
                    f"({ninsns:#x} units)"
                )
            if try_start < last:
                self.fail(f"{what}: try blocks out of order or overlapping at {try_start:#x}")
            last = try_start + count
            entry = handlers.get(handler_off)
            if entry is None:
                self.fail(f"{what}: try block handler offset {handler_off:#x} is not a handler")
            tries.append(TryBlock(try_start, try_start + count, entry[0], entry[1]))
        return tries, item_end

    def handler_list(self, at: int, ninsns: int, what: object
                     ) -> tuple[dict[int, tuple[tuple[Handler, ...], int | None]], int]:
        """An encoded_catch_handler_list: its handlers by offset from `at`, and its end."""
        count, pos = self.uleb(at)
        if not 0 < count < 0x10000:
            self.fail(f"{what}: encoded_catch_handler_list size {count} (ART: 1..65535)")
        if count > self.size - pos:
            self.fail(f"{what}: encoded_catch_handler_list size {count} exceeds the file")
        handlers = {}
        for _ in range(count):
            start = pos - at
            entry, pos = self.catch_handler(pos, ninsns, what)
            handlers[start] = entry
        return handlers, pos

    # -- LazyCode's CodeSource --------------------------------------------------------------

    def load_items(self, code: LazyCode) -> list[CodeItem]:
        assert code.ref is not None
        ref, off = code.ref, code.offset
        ninsns = _CODE_HEADER.unpack_from(self.data, off)[5]
        self.where = "code_item"  # decode_insns names the method

        def load() -> list[CodeItem]:
            try:
                return self.decode_insns(ref, off + 16, off + 16 + 2 * ninsns)
            except DexFormatError as exc:
                if self.bad_code == "error":
                    raise
                body = self.verify_error_body(ref, code.registers, code.ins, code.outs, str(exc))
                code.registers, code.outs = body.registers, body.outs
                code.tries, code.debug = [], None
                return body.items

        return _guarded(self, load)

    def load_tries(self, code: LazyCode) -> list[TryBlock]:
        off = code.offset
        _r, _i, _o, ntries, _d, ninsns = _CODE_HEADER.unpack_from(self.data, off)
        if not ntries:
            return []
        what = _Where(code.ref, " code_item")
        self.where = f"{code.ref} code_item"
        return _guarded(self, lambda: self.read_tries(what, off + 16 + 2 * ninsns, ntries,
                                                      ninsns)[0])

    def load_debug(self, code: LazyCode) -> DebugInfo | None:
        debug_off = _CODE_HEADER.unpack_from(self.data, code.offset)[4]
        if not debug_off:
            return None
        what = _Where(code.ref, " code_item")
        self.where = f"{code.ref} code_item"
        return _guarded(self, lambda: self.debug_info(debug_off, what))

    def catch_handler(
        self, pos: int, ninsns: int, what: object
    ) -> tuple[tuple[tuple[Handler, ...], int | None], int]:
        """One encoded_catch_handler: (handlers, catch-all address) and where it ends."""
        self.need(_Where(what, " encoded_catch_handler"), pos, 1)
        size, pos = leb128.read_sleb128(self.data, pos)
        if abs(size) > 65536:
            self.fail(f"{what}: catch handler count {size} (ART: at most 65536)")
        if abs(size) > self.size - pos:
            self.fail(f"{what}: catch handler count {size} exceeds the file")
        handlers = []
        for _ in range(abs(size)):
            type_idx, pos = self.uleb(pos)
            addr, pos = self.uleb(pos)
            if addr >= ninsns:
                self.fail(f"{what}: handler address {addr:#x} past the end of code")
            handlers.append(Handler(self.type(type_idx), addr))
        catch_all = None
        if size <= 0:
            catch_all, pos = self.uleb(pos)
            if catch_all >= ninsns:
                self.fail(f"{what}: catch-all address {catch_all:#x} past the end of code")
        return (tuple(handlers), catch_all), pos

    def debug_info(self, off: int, code_what: object) -> DebugInfo:
        """A debug_info_item; code items sharing one (D8 does that) share the object."""
        cached = self._debug_infos.get(off)
        if cached is not None:
            self.charge(cached[1])
            return cached[0]
        info, end = self.parse_debug_info(off, code_what)
        self._debug_infos[off] = (info, end - off)
        self._debug_ends[off] = end
        return info

    def parse_debug_info(self, off: int, code_what: object) -> tuple[DebugInfo, int]:
        what = _Where(code_what, " debug_info_item")
        self.need(what, off, 2)
        uleb, p1 = self.uleb, leb128.read_uleb128p1
        line, pos = uleb(off)
        nparams, pos = uleb(pos)
        if nparams > self.size - pos:
            self.fail(f"{what}: parameters_size {nparams} exceeds the file")
        names: list[str | None] = []
        for _ in range(nparams):
            idx, pos = p1(self.data, pos)
            names.append(None if idx == -1 else self.string(idx))
        info = DebugInfo(line_start=line, parameter_names=names)
        events = info.events
        address = 0
        data, size = self.data, self.size
        while True:
            if pos >= size:
                self.fail(f"{what} at {off:#x}: no DBG_END_SEQUENCE before end of file")
            op = data[pos]
            pos += 1
            if op >= 0x0A:  # special opcode: advance address and line, emit a position
                adjusted = op - 0x0A
                line += -4 + adjusted % 15
                address += adjusted // 15
                events.append(DebugEvent(DebugOp.LINE, address, line=line))
            elif op == 0x00:
                break
            elif op == 0x01:
                delta, pos = uleb(pos)
                address += delta
            elif op == 0x02:
                delta, pos = leb128.read_sleb128(data, pos)
                line += delta
            elif op == 0x03 or op == 0x04:
                reg, pos = uleb(pos)
                name_idx, pos = p1(data, pos)
                type_idx, pos = p1(data, pos)
                sig = None
                if op == 0x04:
                    sig_idx, pos = p1(data, pos)
                    sig = None if sig_idx == -1 else self.string(sig_idx)
                events.append(
                    DebugEvent(
                        DebugOp.START_LOCAL,
                        address,
                        register=reg,
                        name=None if name_idx == -1 else self.string(name_idx),
                        type=None if type_idx == -1 else self.type(type_idx),
                        signature=sig,
                    )
                )
            elif op == 0x05 or op == 0x06:
                reg, pos = uleb(pos)
                kind = DebugOp.END_LOCAL if op == 0x05 else DebugOp.RESTART_LOCAL
                events.append(DebugEvent(kind, address, register=reg))
            elif op == 0x07:
                events.append(DebugEvent(DebugOp.SET_PROLOGUE_END, address))
            elif op == 0x08:
                events.append(DebugEvent(DebugOp.SET_EPILOGUE_BEGIN, address))
            else:  # 0x09 DBG_SET_FILE
                name_idx, pos = p1(data, pos)
                name = None if name_idx == -1 else self.string(name_idx)
                events.append(DebugEvent(DebugOp.SET_FILE, address, name=name))
        return info, pos


def _constructor_problem(ref: MethodRef) -> str | None:
    """ART: only <init> and <clinit> may start with '<'; <clinit> is ()V, <init> returns V."""
    if ref.name == "<clinit>":
        return None if ref.proto == Proto("V") else "<clinit> must have descriptor ()V"
    if ref.name == "<init>":
        return None if ref.proto.return_type == "V" else "constructor must return void"
    return f"bad method name {ref.name[:60]!r}"


def _strip(exc: Exception, name: str) -> str:
    """The message of a nested error without a repeated "file: " prefix."""
    text = str(exc)
    prefix = f"{name}: "
    return text[len(prefix) :] if text.startswith(prefix) else text
