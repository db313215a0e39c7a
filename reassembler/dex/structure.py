"""ART's structural rules for a DEX file, checked in bulk before and while the reader builds
its model.

The reference is AOSP's `art/libdexfile/dex/dex_file_verifier.cc` (what `dexdump -c` and the
runtime run): header offsets inside the file and aligned, a map list that agrees with the
header (sorted, one entry per known type, id sections where the header says, data sections
inside the data area), id tables sorted and free of duplicates, string data that does not
overlap. Besides agreeing with ART, these rules bound the reader's work by the input's size:
a string id aliasing another string, or a table repeating one id, is rejected before anything
is decoded once per reference.

Every check here is linear (or n log n for one sort) and runs in bulk over unpacked tables;
a failure is one `DexFormatError` line naming the file and the rule.
"""

from __future__ import annotations

import operator
import re
import struct
from collections.abc import Sequence
from dataclasses import dataclass
from typing import Any, NoReturn

from reassembler.dex.errors import DexFormatError

__all__ = [
    "MapSections",
    "check_header_sections",
    "check_map",
    "check_strictly_increasing",
    "check_strings_sorted",
    "string_data_limits",
]

HEADER_SIZE = 0x70

# map_list item types (DEX format, "Type codes").
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
TYPE_HIDDENAPI_CLASS_DATA = 0xF000

# Sections of fixed-size items: item width in bytes (the header and map list count as one).
_ID_SECTIONS = {
    TYPE_STRING_ID: ("string_ids", 4),
    TYPE_TYPE_ID: ("type_ids", 4),
    TYPE_PROTO_ID: ("proto_ids", 12),
    TYPE_FIELD_ID: ("field_ids", 8),
    TYPE_METHOD_ID: ("method_ids", 8),
    TYPE_CLASS_DEF: ("class_defs", 32),
}
_FIXED_WIDTH = {
    **{kind: width for kind, (_, width) in _ID_SECTIONS.items()},
    TYPE_CALL_SITE_ID: 4,
    TYPE_METHOD_HANDLE: 8,
}
_DATA_TYPES = frozenset({
    TYPE_CALL_SITE_ID, TYPE_METHOD_HANDLE, TYPE_MAP_LIST, TYPE_TYPE_LIST,
    TYPE_ANNOTATION_SET_REF_LIST, TYPE_ANNOTATION_SET, TYPE_CLASS_DATA, TYPE_CODE,
    TYPE_STRING_DATA, TYPE_DEBUG_INFO, TYPE_ANNOTATION, TYPE_ENCODED_ARRAY,
    TYPE_ANNOTATIONS_DIRECTORY, TYPE_HIDDENAPI_CLASS_DATA,
})
_KNOWN_TYPES = frozenset({TYPE_HEADER, *_ID_SECTIONS, *_DATA_TYPES})
# Data sections ART requires inside [data_off, data_off + data_size).
_IN_DATA_AREA = _DATA_TYPES - {TYPE_CALL_SITE_ID, TYPE_METHOD_HANDLE, TYPE_MAP_LIST}


_SUPPLEMENTARY = re.compile("[\U00010000-\U0010ffff]")
_HIGH_BMP = re.compile("[\ue000-\uffff]")


def _fail(name: str, message: str) -> NoReturn:
    raise DexFormatError(f"{name}: {message}")


@dataclass(frozen=True, slots=True)
class MapSections:
    """What the reader needs from the map list beyond the header: (offset, count) pairs, and
    the entries `(type, count, offset)` in file order for the section walk."""

    call_sites: tuple[int, int]
    method_handles: tuple[int, int]
    entries: tuple[tuple[int, int, int], ...] = ()


def check_header_sections(name: str, size: int, sections: Sequence[tuple[str, int, int, int]]
                          ) -> None:
    """ART's CheckValidOffsetAndSize for each `(label, offset, count, alignment)`: an empty
    section has offset 0, a section's offset lies inside the file and is aligned."""
    for label, offset, count, alignment in sections:
        if count == 0:
            if offset != 0:
                _fail(name, f"{label} offset {offset:#x} is not 0 though its size is 0")
            continue
        if offset >= size:
            _fail(name, f"{label} offset {offset:#x} beyond end of file (size {size:#x})")
        if alignment and offset % alignment:
            _fail(name, f"{label} offset {offset:#x} is not {alignment}-byte aligned")


def check_map(data: bytes, name: str, header: dict[str, int]) -> MapSections:
    """The map list as ART's CheckMap and CheckIntraSection read it; returns the sections the
    header does not describe. `header` holds the header's `*_off`/`*_size` fields."""
    size = len(data)
    map_off = header["map_off"]
    if map_off == 0:
        _fail(name, "no map list (map_off is 0)")
    if map_off % 4:
        _fail(name, f"map_list offset {map_off:#x} is not 4-byte aligned")
    if map_off + 4 > size:
        _fail(name, f"map_list offset {map_off:#x} beyond end of file (size {size:#x})")
    (count,) = struct.unpack_from("<I", data, map_off)
    if count > (size - map_off - 4) // 12:
        _fail(name, f"map_list of {count} entries at {map_off:#x} runs past end of file "
                    f"(size {size:#x})")
    entries = list(struct.iter_unpack("<HHII", data[map_off + 4: map_off + 4 + 12 * count]))
    data_start = header["data_off"]
    data_end = data_start + header["data_size"]
    data_items_left = header["data_size"]
    seen: dict[int, tuple[int, int]] = {}
    previous_end = 0
    for i, (kind, _unused, n, off) in enumerate(entries):
        where = f"map_list[{i}] (type {kind:#06x} at {off:#x})"
        if kind not in _KNOWN_TYPES:
            _fail(name, f"{where}: unknown map item type")
        if kind in seen:
            _fail(name, f"{where}: a second map entry of this type")
        if i and off <= entries[i - 1][3]:
            _fail(name, f"{where}: map entries out of order (previous at {entries[i - 1][3]:#x})")
        if off >= size:
            _fail(name, f"{where}: beyond end of file (size {size:#x})")
        if off < previous_end:
            _fail(name, f"{where}: overlaps the previous section (which ends at {previous_end:#x})")
        if kind in _DATA_TYPES:
            if n > data_items_left:
                _fail(name, f"{where}: more data items than data_size allows")
            data_items_left -= n
        if kind in _IN_DATA_AREA:
            if not data_start <= off <= data_end:
                _fail(name, f"{where}: outside the data section "
                            f"[{data_start:#x}, {data_end:#x})")
        seen[kind] = (off, n)
        width = _FIXED_WIDTH.get(kind)
        if kind == TYPE_HEADER:
            if n != 1 or off != 0:
                _fail(name, f"{where}: the header entry must be one item at offset 0")
            previous_end = HEADER_SIZE
        elif kind == TYPE_MAP_LIST:
            if n != 1 or off != map_off:
                _fail(name, f"{where}: the map_list entry must be one item at map_off "
                            f"{map_off:#x}")
            previous_end = off + 4 + 12 * count
        elif width is not None:
            if n > (size - off) // width:
                _fail(name, f"{where}: {n} items run past end of file (size {size:#x})")
            previous_end = off + n * width
        else:
            previous_end = off + 1  # data items are at least one byte
    if TYPE_HEADER not in seen:
        _fail(name, "map_list has no header entry")
    if TYPE_MAP_LIST not in seen:
        _fail(name, "map_list has no map_list entry")
    for kind, (label, _) in _ID_SECTIONS.items():
        expected = (header[f"{label}_off"], header[f"{label}_size"])
        got = seen.get(kind, (0, 0))
        if got != expected:
            _fail(name, f"map_list says {label} at {got[0]:#x} ({got[1]} items) but the "
                        f"header says {expected[0]:#x} ({expected[1]} items)")
    return MapSections(seen.get(TYPE_CALL_SITE_ID, (0, 0)), seen.get(TYPE_METHOD_HANDLE, (0, 0)),
                       tuple((kind, n, off) for kind, _, n, off in entries))


def string_data_limits(name: str, offsets: Sequence[int], size: int) -> list[int]:
    """For each string id, the offset its data must end before: the next string's data.

    ART parses string_data_items one after the other and requires each id to point at the
    start of one, so two ids never share or overlap data. Bounding each string's NUL search
    by the next string's start keeps decoding linear in the file's size."""
    n = len(offsets)
    if n == 0:
        return []
    if all(map(operator.lt, offsets, offsets[1:])):  # the usual layout
        return [*offsets[1:], size]
    ordered = sorted(offsets)
    for a, b in zip(ordered, ordered[1:], strict=False):
        if a == b:
            first = offsets.index(a)
            second = offsets.index(a, first + 1)
            _fail(name, f"string_ids[{first}] and string_ids[{second}] share string data at "
                        f"{a:#x} (ids must be unique)")
    following = dict(zip(ordered, [*ordered[1:], size], strict=True))
    return [following[o] for o in offsets]


def check_strings_sorted(name: str, strings: Sequence[str]) -> None:
    """string_ids sorted by UTF-16 code units and unique, as ART requires."""
    # Code point order equals UTF-16 order unless a supplementary character meets one in
    # U+E000..U+FFFF at the first difference; only when both occur compare as UTF-16.
    if all(map(operator.lt, strings, strings[1:])):
        text = "".join(strings)
        if _SUPPLEMENTARY.search(text) is None or _HIGH_BMP.search(text) is None:
            return
    keys = [s.encode("utf-16-be", "surrogatepass") for s in strings]
    if all(map(operator.lt, keys, keys[1:])):
        return
    for i in range(1, len(keys)):
        if keys[i - 1] >= keys[i]:
            what = "duplicate" if keys[i - 1] == keys[i] else "out of order"
            _fail(name, f"string_ids[{i}] {strings[i][:60]!r} is {what} after "
                        f"string_ids[{i - 1}] (ids must be sorted and unique)")


def check_strictly_increasing(name: str, table: str, keys: Sequence[Any]) -> None:
    """`keys` (one per item of `table`, in file order) sorted and unique, as ART requires."""
    if all(map(operator.lt, keys, keys[1:])):
        return
    for i in range(1, len(keys)):
        if keys[i - 1] >= keys[i]:
            what = "duplicate of" if keys[i - 1] == keys[i] else "out of order after"
            _fail(name, f"{table}[{i}] is a {what} {table}[{i - 1}] "
                        f"(ids must be sorted and unique)")


# -- the section walk (ART's CheckIntraSection) ------------------------------------------------

#: Alignment of each data section's items (ART's CheckIntraSectionIterate).
BYTE_ALIGNED = frozenset({TYPE_CLASS_DATA, TYPE_STRING_DATA, TYPE_DEBUG_INFO, TYPE_ANNOTATION,
                          TYPE_ENCODED_ARRAY})
#: Data sections whose items the walk follows one after the other.
WALKED = frozenset(_DATA_TYPES - {TYPE_CALL_SITE_ID, TYPE_METHOD_HANDLE, TYPE_MAP_LIST})
#: Sections of fixed-size items: their end is offset + count * width.
FIXED_WIDTH = _FIXED_WIDTH
ITEM_NAMES = {
    TYPE_TYPE_LIST: "type_list", TYPE_ANNOTATION_SET_REF_LIST: "annotation_set_ref_list",
    TYPE_ANNOTATION_SET: "annotation_set_item", TYPE_CLASS_DATA: "class_data_item",
    TYPE_CODE: "code_item", TYPE_STRING_DATA: "string_data_item",
    TYPE_DEBUG_INFO: "debug_info_item", TYPE_ANNOTATION: "annotation_item",
    TYPE_ENCODED_ARRAY: "encoded_array_item",
    TYPE_ANNOTATIONS_DIRECTORY: "annotations_directory_item",
    TYPE_HIDDENAPI_CLASS_DATA: "hiddenapi_class_data_item",
}


def check_padding(data: bytes, name: str, start: int, end: int, what: str) -> None:
    """ART's CheckPadding: the bytes between two items or sections are zero."""
    if end > start and data.count(0, start, end) != end - start:
        _fail(name, f"non-zero padding at {start:#x} before {what}")


# -- access flags (ART's CheckFieldAccessFlags / CheckMethodAccessFlags) -----------------------

ACC_PUBLIC, ACC_PRIVATE, ACC_PROTECTED, ACC_STATIC = 0x1, 0x2, 0x4, 0x8
ACC_FINAL, ACC_SYNCHRONIZED, ACC_VOLATILE, ACC_BRIDGE = 0x10, 0x20, 0x40, 0x40
ACC_NATIVE, ACC_INTERFACE, ACC_ABSTRACT, ACC_STRICT = 0x100, 0x200, 0x400, 0x800
ACC_SYNTHETIC, ACC_CONSTRUCTOR, ACC_DECLARED_SYNCHRONIZED = 0x1000, 0x10000, 0x20000
_VISIBILITY = ACC_PUBLIC | ACC_PRIVATE | ACC_PROTECTED
_METHOD_FLAGS = 0xFFFF | ACC_CONSTRUCTOR | ACC_DECLARED_SYNCHRONIZED
_METHOD_KNOWN = (ACC_PUBLIC | ACC_PRIVATE | ACC_PROTECTED | ACC_STATIC | ACC_FINAL
                 | ACC_SYNTHETIC | ACC_SYNCHRONIZED | ACC_BRIDGE | 0x80 | ACC_NATIVE
                 | ACC_ABSTRACT | ACC_STRICT)
_INIT_ALLOWED = ACC_PRIVATE | ACC_PROTECTED | ACC_PUBLIC | ACC_STRICT | 0x80 | ACC_SYNTHETIC


def _one_visibility(flags: int) -> bool:
    v = flags & _VISIBILITY
    return v & (v - 1) == 0


def field_flags_problem(flags: int, class_flags: int, default_methods: bool) -> str | None:
    """Why ART refuses these field access flags (None when it accepts them)."""
    if flags & ~0xFFFF:
        return f"bad field access flags {flags:#x}"
    if not _one_visibility(flags):
        return f"field may have only one of public/protected/private ({flags:#x})"
    if class_flags & ACC_INTERFACE:
        if default_methods and (flags & 0x19) != 0x19:
            return f"interface field is not public final static ({flags:#x})"
        if default_methods and flags & 0x50DF & ~(0x19 | ACC_SYNTHETIC):
            return f"interface field has a disallowed flag ({flags:#x})"
        return None
    if flags & (ACC_VOLATILE | ACC_FINAL) == ACC_VOLATILE | ACC_FINAL:
        return "field may not be volatile and final"
    return None


def method_flags_problem(flags: int, class_flags: int, name: str, has_code: bool,
                         direct: bool, default_methods: bool) -> str | None:
    """Why ART refuses these method access flags (None when it accepts them)."""
    if flags & ~_METHOD_FLAGS:
        return f"bad method access flags {flags:#x}"
    if not _one_visibility(flags):
        return f"method may have only one of public/protected/private ({flags:#x})"
    constructor = name in ("<init>", "<clinit>")
    if flags & ACC_CONSTRUCTOR and not constructor:
        return "marked constructor but not named <init> or <clinit>"
    if constructor and default_methods and bool(flags & ACC_STATIC) != (name == "<clinit>"):
        return "constructor not flagged correctly with respect to static"
    if bool(flags & (ACC_STATIC | ACC_PRIVATE)) or constructor:
        if not direct:
            return "a static, private or constructor method in the virtual methods list"
    elif direct:
        return "a virtual method in the direct methods list"
    flags &= _METHOD_KNOWN
    if class_flags & ACC_INTERFACE and default_methods:
        if not flags & (ACC_PUBLIC | ACC_STATIC | ACC_PRIVATE):
            return "interface virtual method is not public"
    if not has_code:
        if not flags & (ACC_NATIVE | ACC_ABSTRACT):
            return "has no code but is neither native nor abstract"
        if constructor and default_methods:
            return "constructor must not be abstract or native"
        if flags & ACC_ABSTRACT and flags & (ACC_PRIVATE | ACC_STATIC | ACC_FINAL | ACC_NATIVE
                                             | ACC_STRICT | ACC_SYNCHRONIZED):
            return f"abstract method has disallowed flags {flags:#x}"
        if class_flags & ACC_INTERFACE and default_methods and \
                flags & (ACC_PUBLIC | ACC_ABSTRACT) != ACC_PUBLIC | ACC_ABSTRACT:
            return "interface method is not public and abstract"
        return None
    if flags & (ACC_NATIVE | ACC_ABSTRACT):
        return "has code but is marked native or abstract"
    if name == "<init>" and flags & ~_INIT_ALLOWED:
        return f"constructor flagged inappropriately {flags:#x}"
    return None
