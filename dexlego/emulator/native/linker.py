"""Bionic's dynamic linker, for the app's own libraries: load with dependencies, resolve
imports, run constructors, `dlopen`/`dlsym`.

Symbol lookup for an import follows bionic's order for an app library: the library's own
definitions, then its `DT_NEEDED` libraries in load order (the app's libraries, then the
system's, modeled by libc.py). A system symbol nobody modeled resolves to a stub that returns
0 and is counted as `Lnative/import;-><symbol>()V` in the run's unmodeled APIs; a data object to zeroed
memory. A `DT_NEEDED` library neither in the APK nor a system library fails the load, as
on a device ("library ... not found").
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from dexlego.emulator.native import libc
from dexlego.emulator.native.loader import ALIGN, Library, NativeLoadError, load
from dexlego.emulator.native.memory import LIB_BASE, LIB_END

if TYPE_CHECKING:
    from dexlego.emulator.native.runtime import AppProcess

SYSTEM_HANDLE = 0x5EED0000  # what dlopen returns for a system library


def library_path(p: AppProcess, name: str) -> str:
    pkg = p.vm.env.get("package", "app")
    return f"/data/app/{pkg}-1/lib/{p.arch.isa}/{name}"


def find(p: AppProcess, name: str) -> Library | None:
    base = name.rsplit("/", 1)[-1]
    for lib in p.libraries:
        if lib.name == base or lib.path == name:
            return lib
    return None


def load_library(p: AppProcess, name: str, data: bytes, path: str, depth: int = 0) -> Library:
    """Load `name` (and the app libraries it needs), run its constructors; NativeLoadError."""
    found = find(p, name)
    if found is not None:
        return found
    if depth > 16:
        raise NativeLoadError(f"{name}: DT_NEEDED chain too deep")
    from dexlego.emulator.native.loader import parse

    needed = [str(n) for n in parse(data, name).libraries]
    deps: list[Library] = []
    for dep in needed:
        if dep in libc.SYSTEM_LIBRARIES or find(p, dep) is not None:
            lib_dep = find(p, dep)
            if lib_dep is not None:
                deps.append(lib_dep)
            continue
        dep_data = p.apk_library(dep)
        if dep_data is None:
            raise NativeLoadError(f'dlopen failed: library "{dep}" not found (needed by {name})')
        deps.append(load_library(p, dep, dep_data, library_path(p, dep), depth + 1))
    base = _next_base(p)

    def resolve(sym: str, is_func: bool) -> int | None:
        for d in deps:
            addr = d.symbol(sym)
            if addr is not None:
                return addr
        return system_symbol(p, sym, is_func)

    lib = load(p.mem, p.arch, data, name, path, base, resolve)
    p.libraries.append(lib)
    p.vm.env.setdefault("native_lib_bytes", {})[path] = data
    for init in lib.inits:
        p.call(init, [], "V")
    return lib


def _next_base(p: AppProcess) -> int:
    end = max((lib.base + lib.size for lib in p.libraries), default=LIB_BASE)
    base = (end + ALIGN - 1) & ~(ALIGN - 1)
    if base >= LIB_END:
        raise NativeLoadError("no room left for another library")
    return base


def system_symbol(p: AppProcess, name: str, is_func: bool) -> int | None:
    """The address of a system library symbol: a libc-layer model, data, or an unknown stub."""
    model = libc.FUNCTIONS.get(name)
    if model is not None:
        fn, ret = model
        return p.named_stub(name, fn, ret)
    if name in libc.DATA or not is_func:
        key = f"data:{name}"
        addr = p.stub_by_name.get(key)
        if addr is None:
            size = libc.DATA.get(name) or 256
            addr = p.stub_by_name[key] = p.mem.static(max(size, p.arch.word))
            libc.init_data(p, name, addr)
            if name not in libc.DATA:
                p.unknown_imports.add(name)
        return addr
    if name.startswith("Java_") or name == "JNI_OnLoad":
        return None
    p.unknown_imports.add(name)
    return p.named_stub(name, libc.unknown_stub(name), "P")


def dlopen(p: AppProcess, name: str) -> int:
    if not name:
        return SYSTEM_HANDLE  # the main program
    base = name.rsplit("/", 1)[-1]
    if base in libc.SYSTEM_LIBRARIES or name.startswith(("/system/", "/apex/", "/vendor/")):
        return SYSTEM_HANDLE
    lib = find(p, name)
    if lib is not None:
        return lib.base
    data = p.apk_library(base)
    if data is None:
        data = p.file_library(name)
    if data is None:
        p.vm.env["native_dlerror"] = f'dlopen failed: library "{name}" not found'
        return 0
    try:
        lib = load_library(p, base, data, name if name.startswith("/") else library_path(p, base))
    except NativeLoadError as exc:
        p.vm.env["native_dlerror"] = str(exc)
        return 0
    return lib.base


def dlsym(p: AppProcess, handle: int, name: str) -> int:
    libs = [lib for lib in p.libraries if lib.base == handle] or p.libraries
    for lib in libs:
        addr = lib.symbol(name)
        if addr is not None:
            return addr
    addr = system_symbol(p, name, True) if handle in (SYSTEM_HANDLE, 0, p.arch.mask) or \
        name in libc.FUNCTIONS else None  # fmt: skip
    if addr is None:
        p.vm.env["native_dlerror"] = f'undefined symbol "{name}"'
        return 0
    return addr
