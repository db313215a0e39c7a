"""Compile-time constants of framework classes, for native code that reads them through JNI.

`static final` primitives and strings (`Context.TELEPHONY_SERVICE`, `Build.VERSION_CODES.M`...)
are inlined by the Java compiler into app bytecode, so the framework models never need them; native
code reads them at run time with `GetStatic*Field`. Their values come from the `ConstantValue`
attributes of the platform's class files (Robolectric's android-all, Android 14, from Maven
Central: `dexlego.toolchain.android_all_jar`), read on demand.
"""

from __future__ import annotations

import struct
import zipfile
from functools import lru_cache
from typing import Any

from dexlego import toolchain


@lru_cache(maxsize=1)
def _jar() -> zipfile.ZipFile | None:
    path = toolchain.android_all_jar()
    if path is None:
        return None
    try:
        return zipfile.ZipFile(path)
    except (OSError, zipfile.BadZipFile):
        return None


@lru_cache(maxsize=256)
def class_constants(descriptor: str) -> dict[str, Any]:
    """name -> value of the constant static fields of framework class `descriptor`."""
    jar = _jar()
    if jar is None or not descriptor.startswith("L"):
        return {}
    try:
        data = jar.read(descriptor[1:-1] + ".class")
    except (KeyError, OSError, zipfile.BadZipFile):
        return {}
    try:
        return _parse(data)
    except (struct.error, IndexError, UnicodeDecodeError):
        return {}


def constant(descriptor: str, name: str) -> tuple[bool, Any]:
    """(found, value) of the constant `descriptor.name`."""
    consts = class_constants(descriptor)
    if name in consts:
        return True, consts[name]
    return False, None


def _parse(data: bytes) -> dict[str, Any]:
    """The ConstantValue of each static field of a class file (JVMS 4.4, 4.5, 4.7.2)."""
    pos = 8
    (count,) = struct.unpack_from(">H", data, pos)
    pos += 2
    pool: list[Any] = [None] * count
    i = 1
    while i < count:
        tag = data[pos]
        pos += 1
        if tag == 1:
            (n,) = struct.unpack_from(">H", data, pos)
            pool[i] = ("utf8", data[pos + 2 : pos + 2 + n].decode("utf-8", "replace"))
            pos += 2 + n
        elif tag in (3, 4):
            fmt = ">i" if tag == 3 else ">f"
            pool[i] = ("num", struct.unpack_from(fmt, data, pos)[0])
            pos += 4
        elif tag in (5, 6):
            fmt = ">q" if tag == 5 else ">d"
            pool[i] = ("num", struct.unpack_from(fmt, data, pos)[0])
            pos += 8
            i += 1
        elif tag == 8:
            pool[i] = ("string", struct.unpack_from(">H", data, pos)[0])
            pos += 2
        elif tag in (7, 16, 19, 20):
            pos += 2
        elif tag == 15:
            pos += 3
        elif tag in (9, 10, 11, 12, 17, 18):
            pos += 4
        else:
            raise IndexError(f"constant pool tag {tag}")
        i += 1
    pos += 6
    (nif,) = struct.unpack_from(">H", data, pos)
    pos += 2 + 2 * nif
    (nfields,) = struct.unpack_from(">H", data, pos)
    pos += 2
    out: dict[str, Any] = {}
    for _ in range(nfields):
        access, name_idx, _desc, nattr = struct.unpack_from(">HHHH", data, pos)
        pos += 8
        for _ in range(nattr):
            attr_name, length = struct.unpack_from(">HI", data, pos)
            pos += 6
            if access & 0x8 and pool[attr_name] == ("utf8", "ConstantValue"):
                (idx,) = struct.unpack_from(">H", data, pos)
                kind, value = pool[idx]
                if kind == "string":
                    value = pool[value][1]
                out[pool[name_idx][1]] = value
            pos += length
    return out
