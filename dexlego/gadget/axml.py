"""Read and patch attributes of a compiled (binary) AndroidManifest.xml in place.

The format is AOSP's ResXMLTree (frameworks/base/libs/androidfw, `ResourceTypes.h`): a string
pool, a resource map giving the framework attribute id of the first attribute names, then
start-element chunks whose attributes are 20-byte records ending in a `Res_value`. Attributes
are matched by framework resource id (what the platform reads) or, where the resource map does
not cover them, by name. Only same-size value changes are made, so no offset moves.
"""

from __future__ import annotations

import struct
from dataclasses import dataclass

from dexlego.gadget.errors import GadgetError

RES_XML_TYPE = 0x0003
RES_STRING_POOL_TYPE = 0x0001
RES_XML_RESOURCE_MAP_TYPE = 0x0180
RES_XML_START_ELEMENT_TYPE = 0x0102
TYPE_INT_BOOLEAN = 0x12
TYPE_STRING = 0x03
_UTF8_FLAG = 0x100

#: Framework attribute ids (AOSP core/res/res/values/public.xml).
ATTR_IDS = {
    "name": 0x01010003,
    "extractNativeLibs": 0x010104EA,
    "appComponentFactory": 0x0101057A,
}


@dataclass(frozen=True)
class Attribute:
    element: str
    element_index: int  # ordinal of its element in the document
    name: str
    resource_id: int | None
    data_type: int
    data: int
    string: str | None  # the value when it is a string
    value_at: int  # file offset of the Res_value's 32-bit data


class BinaryXml:
    """One compiled XML document: its elements' attributes, with their file offsets."""

    def __init__(self, data: bytes, label: str = "AndroidManifest.xml") -> None:
        self.data = bytearray(data)
        self.label = label
        self.strings: list[str] = []
        self.resource_ids: list[int] = []
        self.attributes: list[Attribute] = []
        self.elements = 0
        try:
            self._parse()
        except (struct.error, IndexError, UnicodeDecodeError) as exc:
            raise GadgetError(f"{label}: malformed binary XML ({exc})") from None

    def _parse(self) -> None:
        d = self.data
        kind, header, total = struct.unpack_from("<HHI", d, 0)
        if kind != RES_XML_TYPE or total > len(d):
            raise GadgetError(f"{self.label}: not a compiled Android XML file")
        pos = header
        while pos + 8 <= total:
            ctype, cheader, csize = struct.unpack_from("<HHI", d, pos)
            if csize < 8 or pos + csize > total:
                raise GadgetError(f"{self.label}: chunk at {pos} overruns the file")
            if ctype == RES_STRING_POOL_TYPE:
                self._read_strings(pos, cheader)
            elif ctype == RES_XML_RESOURCE_MAP_TYPE:
                n = (csize - cheader) // 4
                self.resource_ids = list(struct.unpack_from(f"<{n}I", d, pos + cheader))
            elif ctype == RES_XML_START_ELEMENT_TYPE:
                self._read_element(pos, cheader)
            pos += csize

    def _read_strings(self, pos: int, header: int) -> None:
        count, _styles, flags, start, _ = struct.unpack_from("<IIIII", self.data, pos + 8)
        offsets = struct.unpack_from(f"<{count}I", self.data, pos + header)
        base = pos + start
        self.strings = [self._string_at(base + off, bool(flags & _UTF8_FLAG)) for off in offsets]

    def _string_at(self, at: int, utf8: bool) -> str:
        d = self.data
        if utf8:
            at += 2 if d[at] & 0x80 else 1  # length in characters
            n = d[at]
            if n & 0x80:
                n = ((n & 0x7F) << 8) | d[at + 1]
                at += 1
            return bytes(d[at + 1:at + 1 + n]).decode("utf-8", "replace")
        n = struct.unpack_from("<H", d, at)[0]
        if n & 0x8000:
            n = ((n & 0x7FFF) << 16) | struct.unpack_from("<H", d, at + 2)[0]
            at += 2
        return bytes(d[at + 2:at + 2 + 2 * n]).decode("utf-16-le", "replace")

    def _str(self, index: int) -> str:
        return self.strings[index] if 0 <= index < len(self.strings) else ""

    def _read_element(self, pos: int, header: int) -> None:
        ext = pos + header
        _ns, name, attr_start, attr_size, attr_count = struct.unpack_from("<IIHHH", self.data, ext)
        element = self._str(name)
        self.elements += 1
        for i in range(attr_count):
            at = ext + attr_start + i * attr_size
            _ans, aname, raw, _size, _res0, dtype, value = struct.unpack_from("<IIIHBBI", self.data, at)
            rid = self.resource_ids[aname] if aname < len(self.resource_ids) else None
            if raw != 0xFFFFFFFF:
                text: str | None = self._str(raw)
            else:
                text = self._str(value) if dtype == TYPE_STRING else None
            self.attributes.append(Attribute(element, self.elements, self._str(aname), rid, dtype,
                                             value, text, at + 16))

    def find(self, element: str, attribute: str) -> Attribute | None:
        """The first `attribute` of the first `element` that has it."""
        return next(iter(self.find_all(element, attribute)), None)

    def find_all(self, element: str, attribute: str) -> list[Attribute]:
        """`attribute` of every `element`, by framework id where known, else by name."""
        rid = ATTR_IDS.get(attribute)
        return [a for a in self.attributes if a.element == element and (
            (rid is not None and a.resource_id == rid)
            or ((a.resource_id is None or rid is None) and a.name == attribute))]

    def set_boolean(self, attr: Attribute, value: bool) -> None:
        if attr.data_type != TYPE_INT_BOOLEAN:
            raise GadgetError(f"{self.label}: {attr.element}@{attr.name} is not a literal boolean"
                              f" (value type 0x{attr.data_type:02x})")
        struct.pack_into("<I", self.data, attr.value_at, 0xFFFFFFFF if value else 0)
