"""Read the declarations of a Java class file (JVMS chapter 4): access flags, names, super
class, interfaces, fields and methods with their descriptors. Code and other attributes are
skipped; that is all an API description needs. Raises ValueError on a malformed file."""

from __future__ import annotations

import struct
from dataclasses import dataclass, field

ACC_INTERFACE = 0x0200
ACC_STATIC = 0x0008

_U2 = struct.Struct(">H")
_MEMBER = struct.Struct(">HHHH")  # access, name, descriptor, attributes count
# constant pool entry sizes after the tag byte (JVMS 4.4); Utf8 (1) is variable-length
_SIZES = {3: 4, 4: 4, 5: 8, 6: 8, 7: 2, 8: 2, 9: 4, 10: 4, 11: 4, 12: 4, 15: 3, 16: 2, 17: 4,
          18: 4, 19: 2, 20: 2}


@dataclass(slots=True)
class ClassDecl:
    name: str  # binary name with slashes: android/app/Activity
    access: int
    super_name: str | None
    interfaces: list[str]
    fields: list[tuple[str, str, int]] = field(default_factory=list)  # (name, type, access)
    methods: list[tuple[str, str, int]] = field(default_factory=list)  # (name, descriptor, access)


def read_class(data: bytes) -> ClassDecl:
    if data[:4] != b"\xca\xfe\xba\xbe":
        raise ValueError("not a class file")
    count = _U2.unpack_from(data, 8)[0]
    utf8: dict[int, str] = {}
    class_name: dict[int, int] = {}
    pos, i = 10, 1
    while i < count:
        tag = data[pos]
        if tag == 1:
            n = _U2.unpack_from(data, pos + 1)[0]
            # modified UTF-8; names are ASCII in practice, surrogates are replaced
            utf8[i] = data[pos + 3 : pos + 3 + n].decode("utf-8", "replace")
            pos += 3 + n
        elif tag in _SIZES:
            if tag == 7:
                class_name[i] = _U2.unpack_from(data, pos + 1)[0]
            pos += 1 + _SIZES[tag]
            if tag in (5, 6):  # long and double take two entries
                i += 1
        else:
            raise ValueError(f"constant pool tag {tag} at entry {i}")
        i += 1

    def cls(index: int) -> str:
        return utf8[class_name[index]]

    access, this, sup, nifaces = struct.unpack_from(">HHHH", data, pos)
    pos += 8
    interfaces = [cls(_U2.unpack_from(data, pos + 2 * k)[0]) for k in range(nifaces)]
    pos += 2 * nifaces
    decl = ClassDecl(cls(this), access, cls(sup) if sup else None, interfaces)
    for members in (decl.fields, decl.methods):
        n = _U2.unpack_from(data, pos)[0]
        pos += 2
        for _ in range(n):
            m_access, m_name, m_desc, nattrs = _MEMBER.unpack_from(data, pos)
            pos += 8
            for _ in range(nattrs):
                pos += 6 + struct.unpack_from(">I", data, pos + 2)[0]
            members.append((utf8[m_name], utf8[m_desc], m_access))
    return decl
