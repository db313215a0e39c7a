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


# -- DexFile: a DEX opened directly; loadClass defines its classes in a loader the caller names --

DF = "Ldalvik/system/DexFile;"


def _open_dex_file(vm: VM, obj: JObject, path: str) -> None:
    data = _read_path(vm, path)
    if data is None:
        raise vm.throwable("Ljava/io/IOException;",
                           f"No original dex files found for dex location {path}")  # fmt: skip
    loaded = []
    for name, image in _dex_images(data):
        try:
            loaded.append(load_dex(image, f"{path}!{name}"))
        except DexError as exc:
            vm.rec.runtime_error(f"DexFile {path}: {exc}", None)
    obj.native = {"path": path, "dexes": loaded, "defined_in": []}
    vm.rec.dynamic_loads.append(DynamicLoad(DF, "path", path,
                                            [(ld.sha256, ld.data, "file") for ld in loaded]))  # fmt: skip


@method(DF, "<init>")
def _dexfile_init(vm: VM, a: list[Any]) -> Any:
    """DexFile(String | File path)."""
    from dexlego.emulator.framework.java.io import _path

    _open_dex_file(vm, a[0], _path(a[1]))
    return None


@method(DF, "loadDex")
def _dexfile_load(vm: VM, a: list[Any]) -> Any:
    """DexFile.loadDex(sourcePath, outputPath, flags): the DEX of `sourcePath`."""
    obj = vm.new_object(DF)
    _open_dex_file(vm, obj, str(a[0]))
    return obj


def _dexfile_state(vm: VM, o: JObject) -> dict[str, Any]:
    st = o.native
    if not isinstance(st, dict) or "dexes" not in st:
        raise vm.throwable("Ljava/lang/IllegalStateException;", "DexFile not opened")
    return st


@method(DF, "loadClass", "loadClassBinaryName")
def _dexfile_load_class(vm: VM, a: list[Any]) -> Any:
    """DexFile.loadClass(name, loader): the class from this DEX, defined by `loader`; null if
    the DEX has no such class."""
    from dexlego.emulator.framework.java.lang import class_for_name
    from dexlego.emulator.names import binary_to_descriptor

    st = _dexfile_state(vm, a[0])
    target = a[2].native if isinstance(a[2], JObject) else None
    loader = target if isinstance(target, Loader) else vm.app_loader
    name = str(a[1]).replace("/", ".")
    desc = binary_to_descriptor(name)
    if not any(c.type == desc for ld in st["dexes"] for c in ld.dex.classes):
        return None
    if loader not in st["defined_in"]:
        for ld in st["dexes"]:
            loader.add(ld)
        st["defined_in"].append(loader)
        if loader not in vm.loaders:
            vm.loaders.append(loader)
    return class_for_name(vm, name, loader, False, "DexFile.loadClass")


@method(DF, "entries")
def _dexfile_entries(vm: VM, a: list[Any]) -> Any:
    from dexlego.emulator.names import descriptor_to_binary

    st = _dexfile_state(vm, a[0])
    names = [descriptor_to_binary(c.type) for ld in st["dexes"] for c in ld.dex.classes]
    return vm.new_object("Ljava/util/Iterator$Emulated;", {"items": names, "pos": 0, "owner": None})


@method(DF, "getName")
def _dexfile_name(vm: VM, a: list[Any]) -> Any:
    return _dexfile_state(vm, a[0])["path"]


@method(DF, "close")
def _dexfile_close(vm: VM, a: list[Any]) -> Any:
    return None
