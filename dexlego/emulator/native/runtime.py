"""The app process's native half as the Java side sees it: `System.loadLibrary`/`load`,
`JNI_OnLoad`, native methods bound by name or by `RegisterNatives`, and native writes into the
app's DEX in memory turned into new code versions.

Created on the app's first library load (`runtime(vm)`): the ABI is the one PackageManager
installs for the emulated device (`arch.pick_abi`: arm64-v8a, then armeabi-v7a, then armeabi;
`vm.env["device_abilist"]` names another device's list, e.g. an x86_64 one), and only that
`lib/<abi>/` directory of the APK is visible, as on a device.
"""

from __future__ import annotations

import zipfile
from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING, Any

from unicorn import UC_PROT_READ, UC_PROT_WRITE

from dexlego.emulator.native import artimage, linker
from dexlego.emulator.native.arch import BY_ABI, DEVICE_ABILIST, pick_abi
from dexlego.emulator.native.jni import JNI_VERSIONS, RET_KIND, Jni, narrow
from dexlego.emulator.native.libc import SYSTEM_LIBRARIES
from dexlego.emulator.native.loader import Library, NativeLoadError
from dexlego.emulator.native.memory import IMAGE_BASE
from dexlego.emulator.native.process import NativeProcess
from dexlego.emulator.vm.classes import ACC_NATIVE
from dexlego.emulator.vm.interp import JavaThrow

if TYPE_CHECKING:
    from dexlego.emulator.vm.classes import RClass, RMethod
    from dexlego.emulator.vm.machine import VM

MAX_LIBRARY_BYTES = 64 * 1024 * 1024
ULE = "Ljava/lang/UnsatisfiedLinkError;"


def apk_libraries(apk: Path) -> dict[str, dict[str, zipfile.ZipInfo]]:
    """`lib/<abi>/<name>.so` entries of the APK, by ABI."""
    out: dict[str, dict[str, zipfile.ZipInfo]] = {}
    try:
        with zipfile.ZipFile(apk) as z:
            for info in z.infolist():
                parts = info.filename.split("/")
                if len(parts) == 3 and parts[0] == "lib" and parts[2].endswith(".so") and not info.is_dir():
                    out.setdefault(parts[1], {})[parts[2]] = info
    except (OSError, zipfile.BadZipFile):
        return {}
    return out


class AppProcess(NativeProcess):
    """The native process of one app run: its libraries, JNI, and the ART image of its DEX."""

    def __init__(self, vm: VM, abi: str, apk: Path | None, libs: dict[str, zipfile.ZipInfo]) -> None:
        super().__init__(vm, BY_ABI[abi])
        self.abi = abi  # the lib/<abi>/ directory installed (armeabi and armeabi-v7a share a CPU)
        self.apk = apk
        self.apk_libs = libs
        self.unknown_imports: set[str] = set()
        self.jni = Jni(self)
        self.image: artimage.ArtImage | None = None
        self._dirty: list[tuple[int, int]] = []
        self.code_writes: list[str] = []  # methods whose bytecode native code rewrote
        self.onload: dict[str, int] = {}  # library -> JNI_OnLoad's result
        self.load_order: list[str] = []

    # -- files ------------------------------------------------------------------------------------

    def apk_library(self, name: str) -> bytes | None:
        info = self.apk_libs.get(name)
        if info is None or self.apk is None or info.file_size > MAX_LIBRARY_BYTES:
            return None
        try:
            with zipfile.ZipFile(self.apk) as z:
                return z.read(info)
        except (OSError, zipfile.BadZipFile, RuntimeError):
            return None

    def file_library(self, path: str) -> bytes | None:
        vf = self.vm.env.get("files", {}).get(path)
        return bytes(vf.data) if vf is not None else None

    # -- the ART image ------------------------------------------------------------------------------

    def ensure_image(self) -> None:
        """Map the app's `base.odex` (its DEX files inside) the first time a library loads."""
        if self.image is not None:
            return
        dexes = list(self.vm.app_loader.dexes)
        if not dexes:
            return
        img = artimage.build(self.arch, str(self.vm.env.get("package", "app")), dexes)
        self.image = img
        self.mem.map(IMAGE_BASE, len(img.data), UC_PROT_READ | UC_PROT_WRITE, img.path)
        self.mem.write(IMAGE_BASE, img.data)
        for off, size, prot in img.segments:
            self.mem.protect(IMAGE_BASE + off, size, prot)
        for ld, off in img.dex_offsets:
            self.watch_writes(IMAGE_BASE + off, IMAGE_BASE + off + len(ld.data), self._on_dex_write)

    def _on_dex_write(self, address: int, size: int) -> None:
        self._dirty.append((address, size))

    def flush_code_writes(self) -> None:
        """Hand native stores into the mapped DEX files to the VM (new code versions)."""
        if not self._dirty or self.image is None:
            return
        dirty, self._dirty = self._dirty, []
        for address, size in sorted(dirty):
            for ld, off in self.image.dex_offsets:
                start = IMAGE_BASE + off
                if start <= address < start + len(ld.data):
                    size = min(size, start + len(ld.data) - address)
                    data = self.mem.read(address, size)
                    for sig in self.vm.patch_dex(ld, address - start, data):
                        if sig not in self.code_writes:
                            self.code_writes.append(sig)

    # -- libraries ------------------------------------------------------------------------------------

    def dlopen_for_java(self, name: str, caller_desc: str) -> None:
        """`System.load(name)` / `System.loadLibrary` after name mapping: load, then `JNI_OnLoad`.
        Raises a Java UnsatisfiedLinkError as ART does."""
        base = name.rsplit("/", 1)[-1]
        if base in SYSTEM_LIBRARIES or name.startswith(("/system/", "/vendor/", "/apex/")):
            return
        lib = linker.find(self, name)
        if lib is not None:
            return
        data = self.apk_library(base)
        path = linker.library_path(self, base)
        if data is None and name.startswith("/"):
            data, path = self.file_library(name), name
        if data is None:
            raise self.vm.throwable(ULE, f'dlopen failed: library "{name}" not found')
        self.ensure_image()
        try:
            lib = linker.load_library(self, base, data, path)
        except NativeLoadError as exc:
            raise self.vm.throwable(ULE, f"dlopen failed: {exc}") from None
        self.load_order.append(lib.name)
        self._jni_onload(lib)

    def _jni_onload(self, lib: Library) -> None:
        addr = lib.symbol("JNI_OnLoad")
        if addr is None:
            return
        self.jni.push_frame()
        try:
            version = self.call(addr, [("P", self.jni.javavm), ("P", 0)], "I")
            self.flush_code_writes()
            pending, self.jni.pending = self.jni.pending, None
        finally:
            self.jni.pop_frame()
        self.onload[lib.name] = narrow("I", version)
        if pending is not None:
            raise JavaThrow(pending)
        if version not in JNI_VERSIONS:
            what = "JNI_ERR" if narrow("I", version) == -1 else f"Bad JNI version {version:#x}"
            raise self.vm.throwable(ULE, f'{what} returned from JNI_OnLoad in "{lib.path}"')

    # -- native methods ---------------------------------------------------------------------------

    def find_method_code(self, m: RMethod) -> int | None:
        """Where `m`'s native code is: registered, else `Java_<class>_<name>`, else the long
        name with the mangled argument signature (the JNI specification's lookup order)."""
        addr = self.jni.registered.get(m.sig)
        if addr is not None:
            return addr
        short = "Java_" + mangle(m.cls.name[1:-1]) + "_" + mangle(m.name)
        long = short + "__" + mangle("".join(m.proto.parameters))
        for lib in self.libraries:
            for sym in (short, long):
                found = lib.symbol(sym)
                if found is not None:
                    return found
        return None

    def bind_native(self, rc: RClass, name: str, sig: str, fn: int) -> bool:
        """RegisterNatives: `rc.name(sig)` is now the native function at `fn`."""
        from reassembler.dex.builder import parse_proto

        try:
            key = f"{name}{parse_proto(sig)}"
        except Exception:
            return False
        m = rc.methods.get(key)
        if m is None or not m.access & ACC_NATIVE:
            return False
        self.jni.registered[m.sig] = fn
        m.native = self.method_entry(m, fn)
        return True

    def unbind_natives(self, rc: RClass) -> None:
        for m in rc.methods.values():
            if self.jni.registered.pop(m.sig, None) is not None:
                m.native = None
                rc.vcache.clear()
                self.vm._native_stub(m)

    def method_entry(self, m: RMethod, addr: int) -> Callable[[VM, list[Any]], Any]:
        def run(vm: VM, args: list[Any]) -> Any:
            return self.call_java_native(m, addr, args)

        return run

    def call_java_native(self, m: RMethod, addr: int, vargs: list[Any]) -> Any:
        """Call native method `m` (code at `addr`) with Java arguments (receiver first)."""
        jni = self.jni
        jni.push_frame()
        try:
            args: list[tuple[str, Any]] = [("P", jni.env)]
            i = 0
            if m.is_static:
                args.append(("P", jni.class_ref(m.cls)))
            else:
                args.append(("P", jni.local(vargs[0])))
                i = 1
            for t in m.proto.parameters:
                v = vargs[i] if i < len(vargs) else None
                i += 1
                c = t[0]
                if c in "L[":
                    args.append(("P", jni.local(v)))
                elif c in "FD":
                    args.append((c, float(v or 0.0)))
                else:
                    args.append(("J" if c == "J" else "I", int(v or 0)))
            self.calls[m.sig] += 1
            ret = m.proto.return_type[0]
            raw = self.call(addr, args, RET_KIND[ret])
            self.flush_code_writes()
            if ret in "L[":
                result = jni.obj(raw)
            elif ret == "V":
                result = None
            elif ret in "FD":
                result = float(raw)
            elif ret == "J":
                result = raw - (1 << 64) if raw & (1 << 63) else raw
            else:
                result = narrow(ret, raw)
            pending, jni.pending = jni.pending, None
        finally:
            jni.pop_frame()
        if pending is not None:
            raise JavaThrow(pending)
        return result


def mangle(text: str) -> str:
    """JNI name mangling: `/` to `_`, `_` `;` `[` escaped, other non-alphanumerics as `_0xxxx`."""
    out = []
    for ch in text:
        if ch == "/":
            out.append("_")
        elif ch == "_":
            out.append("_1")
        elif ch == ";":
            out.append("_2")
        elif ch == "[":
            out.append("_3")
        elif ch.isascii() and ch.isalnum():
            out.append(ch)
        else:
            out += [f"_0{u:04x}" for u in _utf16(ch)]
    return "".join(out)


def _utf16(ch: str) -> list[int]:
    data = ch.encode("utf-16-le", "surrogatepass")
    return [data[i] | data[i + 1] << 8 for i in range(0, len(data), 2)]


def runtime(vm: VM) -> AppProcess:
    """The run's native process, created on first use."""
    proc = vm.env.get("native")
    if proc is None:
        android = vm.env.get("android")
        apk = getattr(getattr(android, "info", None), "path", None)
        libs = apk_libraries(Path(apk)) if apk else {}
        abilist = tuple(vm.env.get("device_abilist", DEVICE_ABILIST))
        abi = pick_abi(set(libs), abilist) or abilist[0]
        proc = AppProcess(vm, abi, Path(apk) if apk else None, libs.get(abi, {}))
        vm.env["native"] = proc
        vm.env["apk_path"] = str(apk) if apk else None
        vm.native_resolver = _resolve
    assert isinstance(proc, AppProcess)
    return proc


def _resolve(vm: VM, m: RMethod) -> Callable[[VM, list[Any]], Any] | None:
    proc = vm.env.get("native")
    if not isinstance(proc, AppProcess):
        return None
    addr = proc.find_method_code(m)
    if addr is None:
        return None
    entry = proc.method_entry(m, addr)
    m.native = entry
    return entry


def load_for_java(vm: VM, name: str, *, is_path: bool) -> None:
    """The model of `System.loadLibrary(name)` (is_path False) and `System.load(path)`.

    `loadLibrary` maps `name` to `lib<name>.so` in the app's library directory. `load` takes a
    path; like Android 6's runtime (which hands it to `dlopen` with the app's library directory
    on the search path) a bare file name finds the app's own library."""
    file = name if is_path else f"lib{name}.so"
    proc = runtime(vm)
    if not is_path and file not in proc.apk_libs and file not in SYSTEM_LIBRARIES:
        raise vm.throwable(ULE, f'dalvik.system.PathClassLoader couldn\'t find "{file}"')
    proc.dlopen_for_java(file, "")

