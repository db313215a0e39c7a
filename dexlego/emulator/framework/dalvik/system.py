"""`dalvik.system`: DexClassLoader, PathClassLoader, InMemoryDexClassLoader, DexFile.

A loader built at run time reads its DEX from the emulated file system (files the app wrote,
e.g. copied from its assets), from APK/JAR/ZIP containers there, or from a ByteBuffer; each
image is recorded (`dex_image` + `dynamic_load`) and the classes it defines are loaded by the
new loader.
"""

from __future__ import annotations

import io
import zipfile
from typing import Any

from dexlego.emulator.dexload import load_dex
from dexlego.emulator.framework.registry import method, model_class
from dexlego.emulator.recorder import DynamicLoad
from dexlego.emulator.vm.machine import VM, Loader
from dexlego.emulator.vm.objects import JArray, JObject
from reassembler.dex.errors import DexError

CL = "Ljava/lang/ClassLoader;"

BDCL = "Ldalvik/system/BaseDexClassLoader;"
model_class(BDCL, CL)
model_class("Ldalvik/system/DexClassLoader;", BDCL)
model_class("Ldalvik/system/PathClassLoader;", BDCL)
model_class("Ldalvik/system/InMemoryDexClassLoader;", BDCL)
model_class("Ldalvik/system/DexFile;")

MAX_DEX = 64 << 20


def _dex_images(data: bytes) -> list[tuple[str, bytes]]:
    """The DEX files in `data`: itself, or the classes*.dex of a ZIP/JAR/APK."""
    if data[:4] == b"dex\n":
        return [("classes.dex", data)]
    if data[:2] == b"PK":
        out = []
        try:
            with zipfile.ZipFile(io.BytesIO(data)) as z:
                for info in z.infolist():
                    n = info.filename
                    if n.startswith("classes") and n.endswith(".dex") and "/" not in n:
                        if info.file_size <= MAX_DEX:
                            out.append((n, z.read(info)))
        except (zipfile.BadZipFile, OSError, EOFError):
            return []
        return sorted(out)
    return []


def _make_loader(vm: VM, obj: JObject, sources: list[tuple[str, bytes]], kind: str,
                 label: str, parent: Any) -> None:  # fmt: skip
    parent_loader = parent.native if isinstance(parent, JObject) and isinstance(
        parent.native, Loader) else vm.app_loader  # fmt: skip
    loader = Loader(f"{obj.cls.name[1:-1].replace('/', '.')}#{len(vm.loaders)}", parent_loader)
    obj.native = loader
    loader.mirror = obj
    produced: list[tuple[str, bytes, str]] = []
    for name, data in sources:
        try:
            ld = load_dex(data, name)
        except DexError as exc:
            vm.rec.runtime_error(f"{label}: {exc}", None)
            continue
        loader.add(ld)
        produced.append((ld.sha256, data, "memory" if kind == "buffer" else "file"))
    vm.loaders.append(loader)
    vm.rec.dynamic_loads.append(DynamicLoad(obj.cls.name, kind, label, produced))


def _read_path(vm: VM, path: str) -> bytes | None:
    """A file of the emulated file system (what the app wrote or copied from its assets)."""
    from dexlego.emulator.framework.java.io import files

    f = files(vm).get(path)
    return bytes(f.data) if f is not None else None


@method("Ldalvik/system/DexClassLoader;", "<init>")
@method("Ldalvik/system/PathClassLoader;", "<init>")
@method(BDCL, "<init>")
def _path_loader_init(vm: VM, a: list[Any]) -> Any:
    paths = str(a[1] or "")
    parent = a[-1]
    sources: list[tuple[str, bytes]] = []
    for p in paths.split(":"):
        if not p:
            continue
        data = _read_path(vm, p)
        if data is None:
            vm.rec.runtime_error(f"class loader source {p} not found in the emulated files", None)
            continue
        sources.extend((f"{p}!{n}", d) for n, d in _dex_images(data))
    _make_loader(vm, a[0], sources, "path", paths, parent)
    return None


@method("Ldalvik/system/InMemoryDexClassLoader;", "<init>")
def _memory_loader_init(vm: VM, a: list[Any]) -> Any:
    bufs = a[1].data if isinstance(a[1], JArray) else [a[1]]
    sources = []
    for n, b in enumerate(bufs):
        data = _buffer_bytes(b)
        if data:
            sources.append((f"buffer{n}", data))
    _make_loader(vm, a[0], sources, "buffer", "ByteBuffer", a[-1])
    return None


def _buffer_bytes(b: Any) -> bytes:
    if isinstance(b, JObject) and isinstance(b.native, JArray):
        return bytes(x & 0xFF for x in b.native.data)
    if isinstance(b, JArray):
        return bytes(x & 0xFF for x in b.data)
    return b""
