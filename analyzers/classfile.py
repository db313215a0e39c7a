"""A minimal Java class-file writer for stub classes (JVMS chapter 4, version 52).

Stub methods have no code: interface methods are abstract, all others
native. That is all a static analyzer needs from a platform jar: names,
hierarchy and signatures.
"""

from __future__ import annotations

import struct
from dataclasses import dataclass, field

ACC_PUBLIC = 0x0001
ACC_STATIC = 0x0008
ACC_SUPER = 0x0020
ACC_INTERFACE = 0x0200
ACC_ABSTRACT = 0x0400
ACC_NATIVE = 0x0100


@dataclass(slots=True)
class StubMethod:
    name: str
    descriptor: str  # JVM descriptor, e.g. (Ljava/lang/String;)V
    static: bool = False


@dataclass(slots=True)
class StubField:
    name: str
    descriptor: str
    static: bool = False


@dataclass(slots=True)
class StubClass:
    """`name` is an internal name (`android/app/Activity`), not a descriptor."""

    name: str
    super_name: str | None = "java/lang/Object"
    interfaces: list[str] = field(default_factory=list)
    is_interface: bool = False
    methods: dict[tuple[str, str], StubMethod] = field(default_factory=dict)
    fields: dict[str, StubField] = field(default_factory=dict)

    def add_method(self, name: str, descriptor: str, static: bool = False) -> None:
        self.methods.setdefault((name, descriptor), StubMethod(name, descriptor, static))


class _Pool:
    def __init__(self) -> None:
        self.entries: list[bytes] = []
        self.index: dict[bytes, int] = {}

    def _add(self, entry: bytes) -> int:
        if entry not in self.index:
            self.entries.append(entry)
            self.index[entry] = len(self.entries)  # constant pool is 1-based
        return self.index[entry]

    def utf8(self, text: str) -> int:
        raw = _modified_utf8(text)
        return self._add(b"\x01" + struct.pack(">H", len(raw)) + raw)

    def class_(self, internal_name: str) -> int:
        return self._add(b"\x07" + struct.pack(">H", self.utf8(internal_name)))

    def encode(self) -> bytes:
        return struct.pack(">H", len(self.entries) + 1) + b"".join(self.entries)


def _modified_utf8(text: str) -> bytes:
    """JVM 'modified UTF-8': NUL as two bytes, supplementary chars as surrogate pairs."""
    out = bytearray()
    for ch in text:
        cp = ord(ch)
        if 0 < cp < 0x80:
            out.append(cp)
        elif cp < 0x800:
            out += bytes((0xC0 | cp >> 6, 0x80 | cp & 0x3F))
        elif cp < 0x10000:
            out += bytes((0xE0 | cp >> 12, 0x80 | cp >> 6 & 0x3F, 0x80 | cp & 0x3F))
        else:
            cp -= 0x10000
            for unit in (0xD800 | cp >> 10, 0xDC00 | cp & 0x3FF):
                out += bytes((0xE0 | unit >> 12, 0x80 | unit >> 6 & 0x3F, 0x80 | unit & 0x3F))
    return bytes(out)


def encode_class(cls: StubClass) -> bytes:
    """The bytes of a class file for `cls`."""
    pool = _Pool()
    this_idx = pool.class_(cls.name)
    super_idx = pool.class_(cls.super_name) if cls.super_name else 0
    iface_idx = [pool.class_(i) for i in cls.interfaces]
    flags = ACC_PUBLIC | (ACC_INTERFACE | ACC_ABSTRACT if cls.is_interface else ACC_SUPER)

    body = bytearray(struct.pack(">HHH", flags, this_idx, super_idx))
    body += struct.pack(">H", len(iface_idx)) + b"".join(struct.pack(">H", i) for i in iface_idx)
    body += struct.pack(">H", len(cls.fields))
    for f in cls.fields.values():
        fflags = ACC_PUBLIC | (ACC_STATIC if f.static else 0)
        body += struct.pack(">HHHH", fflags, pool.utf8(f.name), pool.utf8(f.descriptor), 0)
    methods = [m for m in cls.methods.values() if not (cls.is_interface and m.name == "<init>")]
    body += struct.pack(">H", len(methods))
    for m in methods:
        # Interface methods are abstract, every other method native: neither has code, so
        # analyzers treat them as opaque library methods (and need no stack maps).
        kind = ACC_ABSTRACT if cls.is_interface and not m.static else ACC_NATIVE
        mflags = ACC_PUBLIC | (ACC_STATIC if m.static else 0) | kind
        body += struct.pack(">HHHH", mflags, pool.utf8(m.name), pool.utf8(m.descriptor), 0)
    body += struct.pack(">H", 0)  # no class attributes
    return b"\xca\xfe\xba\xbe" + struct.pack(">HH", 0, 52) + pool.encode() + bytes(body)
