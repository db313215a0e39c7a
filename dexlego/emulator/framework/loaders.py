"""Class loaders: DexClassLoader, PathClassLoader, InMemoryDexClassLoader, loadClass.

A loader built at run time reads its DEX from the emulated file system (files the app wrote,
e.g. copied from its assets), from APK/JAR/ZIP containers there, or from a ByteBuffer; each
image is parsed by the project reader and reported as a `dynamic_load`.
"""

from __future__ import annotations

import io
import zipfile
from typing import Any

from dexlego.emulator.dexload import load_dex
from dexlego.emulator.framework.reflect import class_for_name, loader_mirror
from dexlego.emulator.framework.registry import method, model_class
from dexlego.emulator.names import binary_to_descriptor
from dexlego.emulator.recorder import DynamicLoad
from dexlego.emulator.vm.machine import VM, Loader
from dexlego.emulator.vm.objects import JArray, JObject
from reassembler.dex.errors import DexError

CL = "Ljava/lang/ClassLoader;"
BDCL = "Ldalvik/system/BaseDexClassLoader;"
model_class(CL)
model_class(BDCL, CL)
model_class("Ldalvik/system/DexClassLoader;", BDCL)
model_class("Ldalvik/system/PathClassLoader;", BDCL)
model_class("Ldalvik/system/InMemoryDexClassLoader;", BDCL)
model_class("Ldalvik/system/DexFile;")
model_class("Ljava/nio/ByteBuffer;")

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
    from dexlego.emulator.framework.io import files

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


@method("Ljava/nio/ByteBuffer;", "wrap")
def _bb_wrap(vm: VM, a: list[Any]) -> Any:
    return vm.new_object("Ljava/nio/ByteBuffer;", a[0])


@method("Ljava/nio/ByteBuffer;", "allocate", "allocateDirect")
def _bb_alloc(vm: VM, a: list[Any]) -> Any:
    return vm.new_object("Ljava/nio/ByteBuffer;", JArray("[B", [0] * max(0, a[0])))


@method("Ljava/nio/ByteBuffer;", "array")
def _bb_array(vm: VM, a: list[Any]) -> Any:
    return a[0].native


@method(CL, "loadClass", "findClass")
def _load_class(vm: VM, a: list[Any]) -> Any:
    loader = a[0].native if isinstance(a[0].native, Loader) else vm.app_loader
    name = str(a[1]) if a[1] is not None else ""
    caller, pc = vm.caller()
    try:
        mirror = class_for_name(vm, name, loader, False, "ClassLoader.loadClass")
    except Exception:
        vm.rec.loaded_class(caller, pc, name, None)
        raise
    vm.rec.loaded_class(caller, pc, name, binary_to_descriptor(name))
    return mirror


@method(CL, "getParent")
def _loader_parent(vm: VM, a: list[Any]) -> Any:
    loader = a[0].native
    if isinstance(loader, Loader) and loader.parent is not None and loader.parent is not vm.boot:
        return loader_mirror(vm, loader.parent)
    return None


@method(CL, "getSystemClassLoader")
def _system_loader(vm: VM, a: list[Any]) -> Any:
    return loader_mirror(vm, vm.app_loader)
