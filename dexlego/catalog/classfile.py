"""Just enough of the JVM class-file format to list a class's supertypes and methods: used to
check the committed tables against Android 14's classes (android-all) and to regenerate them.
Not used at run time."""

from __future__ import annotations

import re
import struct
import subprocess
import zipfile
from dataclasses import dataclass

from dexlego.catalog.signatures import descriptor

ACC_PUBLIC, ACC_PROTECTED, ACC_STATIC, ACC_FINAL = 0x0001, 0x0004, 0x0008, 0x0010
ACC_INTERFACE, ACC_ABSTRACT, ACC_SYNTHETIC = 0x0200, 0x0400, 0x1000
_POOL_SIZES = {3: 5, 4: 5, 5: 9, 6: 9, 7: 3, 8: 3, 9: 5, 10: 5, 11: 5, 12: 5, 15: 4, 16: 3,
               17: 5, 18: 5, 19: 3, 20: 3}  # fmt: skip


@dataclass(frozen=True, slots=True)
class ClassInfo:
    name: str  # descriptor
    access: int
    supers: tuple[str, ...]  # superclass first, then interfaces (descriptors)
    methods: tuple[tuple[int, str, str], ...]  # (access, name, descriptor) in declaration order

    @property
    def is_interface(self) -> bool:
        return bool(self.access & ACC_INTERFACE)


def parse_class(data: bytes) -> ClassInfo:
    """A class file's name, supertypes and methods; ValueError when it is not one."""
    if data[:4] != b"\xca\xfe\xba\xbe":
        raise ValueError("not a class file")
    count = struct.unpack_from(">H", data, 8)[0]
    pool: list[object] = [None] * count
    pos, i = 10, 1
    while i < count:
        tag = data[pos]
        if tag == 1:
            n = struct.unpack_from(">H", data, pos + 1)[0]
            pool[i] = data[pos + 3 : pos + 3 + n].decode("utf-8", "replace")
            pos += 3 + n
        else:
            if tag == 7:
                pool[i] = ("class", struct.unpack_from(">H", data, pos + 1)[0])
            pos += _POOL_SIZES[tag]
            i += tag in (5, 6)  # longs and doubles take two slots
        i += 1

    def cls(index: int) -> str:
        entry = pool[index]
        assert isinstance(entry, tuple)
        return f"L{pool[entry[1]]};"

    access, this, sup, n_if = struct.unpack_from(">HHHH", data, pos)
    supers = [cls(sup)] if sup else []
    supers += [cls(struct.unpack_from(">H", data, pos + 8 + 2 * k)[0]) for k in range(n_if)]
    pos += 8 + 2 * n_if
    methods: list[tuple[int, str, str]] = []
    for part in ("fields", "methods"):
        n = struct.unpack_from(">H", data, pos)[0]
        pos += 2
        for _ in range(n):
            m_access, name, desc, n_attr = struct.unpack_from(">HHHH", data, pos)
            pos += 8
            for _ in range(n_attr):
                pos += 6 + struct.unpack_from(">I", data, pos + 2)[0]
            if part == "methods":
                methods.append((m_access, str(pool[name]), str(pool[desc])))
    return ClassInfo(cls(this), access, tuple(supers), tuple(methods))


class ClassPath:
    """Classes from a jar (android-all), falling back to the local JDK (through `javap`) for
    `java.*`/`javax.*` classes the jar leaves out (libcore follows OpenJDK 17 on Android 14)."""

    def __init__(self, jar: zipfile.ZipFile) -> None:
        self.jar = jar
        self.cache: dict[str, ClassInfo | None] = {}

    def get(self, desc: str) -> ClassInfo | None:
        if desc not in self.cache:
            try:
                self.cache[desc] = parse_class(self.jar.read(desc[1:-1] + ".class"))
            except (KeyError, ValueError):
                self.cache[desc] = None
                if desc.startswith(("Ljava/", "Ljavax/")):
                    self.cache.update(_javap([desc]))
        return self.cache[desc]

    def load(self, descs: set[str]) -> None:
        """Fetch many JDK classes in one javap run (one JVM start instead of one each)."""
        jdk = set()
        for d in descs:
            if d in self.cache:
                continue
            try:
                self.cache[d] = parse_class(self.jar.read(d[1:-1] + ".class"))
            except (KeyError, ValueError):
                self.cache[d] = None
                if d.startswith(("Ljava/", "Ljavax/")):
                    jdk.add(d)
        if jdk:
            self.cache.update(_javap(sorted(jdk)))


def _javap(descs: list[str]) -> dict[str, ClassInfo | None]:
    names = [d[1:-1].replace("/", ".") for d in descs]
    out = subprocess.run(["javap", "-public", *names], capture_output=True, text=True,
                         timeout=300).stdout  # fmt: skip
    found: dict[str, ClassInfo | None] = dict.fromkeys(descs)
    name, access = "", 0  # the class being read
    supers: tuple[str, ...] = ()
    methods: list[tuple[int, str, str]] = []
    for line in re.sub(r"<[^<>]*>", "", re.sub(r"<[^<>]*>", "", out)).splitlines():
        head = re.match(r"^[\w ]*?(class|interface) ([\w.$]+)(?: extends ([\w.$, ]+?))?"
                        r"(?: implements ([\w.$, ]+))? \{", line)  # fmt: skip
        if head:
            name, methods = descriptor(head.group(2)), []
            access = ACC_INTERFACE | ACC_ABSTRACT if head.group(1) == "interface" else 0
            listed = f"{head.group(3) or ''},{head.group(4) or ''}".split(",")
            supers = tuple(descriptor(x) for x in listed if x.strip())
            continue
        if line == "}" and name:
            found[name] = ClassInfo(name, access, supers, tuple(methods))
            continue
        member = re.match(r"^\s+(public|protected) (.*?)([\w.$]+)\(([^)]*)\)", line)
        if name and member:
            mods = member.group(2).split()
            is_ctor = descriptor(member.group(3)) == name
            flags = ACC_PUBLIC if member.group(1) == "public" else ACC_PROTECTED
            for word, bit in (("static", ACC_STATIC), ("final", ACC_FINAL), ("abstract", ACC_ABSTRACT)):
                flags |= bit if word in mods else 0
            args = member.group(4).replace("...", "[]").split(",")
            params = "".join(descriptor(p) for p in args if p.strip())
            ret = "V" if is_ctor else descriptor(mods[-1])
            methods.append((flags, "<init>" if is_ctor else member.group(3), f"({params}){ret}"))
    return found
