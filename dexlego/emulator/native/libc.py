"""The C library an app's native code imports: bionic's libc, libm, libdl and liblog, modeled.

Each model is a Python function of the process and a cursor over the caller's arguments,
registered under its symbol name with the kind of its result (`@export`). The contracts are
bionic's (the NDK headers and man pages): `malloc` and friends on a bounded heap, strings,
`printf`/`scanf` families, stdio and file descriptors over the emulated file system
(files.py), `mmap`/`mprotect` on the native address space, `dlopen`/`dlsym` for the app's own
libraries, pthread keys/once/mutexes (one thread: threads native code creates are recorded,
not run), time, system properties, sockets (loopback is refused as on a clean device; writing
tagged bytes to a socket or a file is a leak) and `__android_log_print` (a sink like `Log`).

An import nobody modeled resolves to a stub that returns 0 and counts the call in the run's
`unmodeled_apis` as `Lnative/import;-><symbol>()V`. Native sinks and APIs are named in the
trace's signature grammar as `Lnative/<library>;-><function>()V` (`api`).
"""

from __future__ import annotations

import math
import re
import struct
from collections.abc import Callable
from typing import TYPE_CHECKING, Any

from unicorn import UC_PROT_EXEC, UC_PROT_READ, UC_PROT_WRITE

from dexlego.emulator.device import ENVIRONMENT, SYSTEM_PROPERTIES
from dexlego.emulator.framework.common import sink
from dexlego.emulator.framework.java.io import VFile
from dexlego.emulator.native import files
from dexlego.emulator.native.arch import Cursor, VaList
from dexlego.emulator.native.printf import format_c
from dexlego.emulator.native.process import NativeAbort
from dexlego.emulator.taint import EMPTY, Taint, tag

if TYPE_CHECKING:
    from dexlego.emulator.native.process import NativeProcess

Model = Callable[["NativeProcess", Cursor], Any]
FUNCTIONS: dict[str, tuple[Model, str]] = {}
# Imported data objects: name -> size in bytes (zeroed unless `_init_data` fills them).
DATA = {"__stack_chk_guard": 8, "__sF": 3 * 152, "_ctype_": 257, "_tolower_tab_": 257 * 2,
        "_toupper_tab_": 257 * 2, "environ": 8, "__progname": 8, "optarg": 8, "optind": 4,
        "opterr": 4, "stdin": 8, "stdout": 8, "stderr": 8, "__page_size": 8, "timezone": 8,
        "daylight": 4, "tzname": 16, "_Unwind_Resume": 0}  # fmt: skip
SYSTEM_LIBRARIES = frozenset({
    "libc.so", "libm.so", "libdl.so", "liblog.so", "libstdc++.so", "libz.so", "libandroid.so",
    "libEGL.so", "libGLESv1_CM.so", "libGLESv2.so", "libGLESv3.so", "libjnigraphics.so",
    "libOpenSLES.so", "libOpenMAXAL.so", "libmediandk.so", "libcamera2ndk.so", "libvulkan.so",
    "libnativewindow.so", "libaaudio.so", "libneuralnetworks.so", "libsync.so", "libbinder_ndk.so",
    "libicu.so", "libamidi.so", "libnativehelper.so", "libandroid_runtime.so", "libutils.so",
    "libcutils.so", "libbinder.so", "libart.so", "libc++.so",
})  # fmt: skip
EPERM, ENOENT, EBADF, EAGAIN, ENOMEM, EACCES, EINVAL, ENOSYS, ECONNREFUSED = 1, 2, 9, 11, 12, 13, 22, 38, 111
# System properties and the environment: the one device of dexlego/emulator/device.py, which
# the Java side's Build, SystemProperties and System.getenv models read too.
PROPERTIES = SYSTEM_PROPERTIES


def export(*names: str, ret: str = "I") -> Callable[[Model], Model]:
    """Register a model under each symbol name; `ret` is its result kind (I J P F D V)."""

    def deco(fn: Model) -> Model:
        for n in names:
            FUNCTIONS[n] = (fn, ret)
        return fn

    return deco


_NOT_SIMPLE = re.compile(r"[^A-Za-z0-9_$-]")


def api(library: str, function: str) -> str:
    """A native function as the trace names APIs: `Lnative/libc;->write()V`."""
    return f"Lnative/{_NOT_SIMPLE.sub('_', library)};->{_NOT_SIMPLE.sub('_', function) or '_'}()V"


def errno(p: NativeProcess, value: int) -> int:
    """Set errno and return -1 (the usual failure result)."""
    p.mem.write_u32(p.tls + 2 * p.arch.word, value)
    return -1


def record_unknown(p: NativeProcess, name: str) -> None:
    p.vm.rec.unmodeled(api("import", name))


def unknown_stub(name: str) -> Model:
    def fn(p: NativeProcess, a: Cursor) -> int:
        record_unknown(p, name)
        return 0

    return fn


# -- memory -------------------------------------------------------------------------------------


@export("malloc", "_Znwm", "_Znwj", "_Znam", "_Znaj", "_ZnwmRKSt9nothrow_t", "_ZnajRKSt9nothrow_t",
        "_ZnamRKSt9nothrow_t", "_ZnwjRKSt9nothrow_t", ret="P")  # fmt: skip
def _malloc(p: NativeProcess, a: Cursor) -> int:
    n = a.ptr()
    addr = p.mem.malloc(n)
    if addr:
        p.mem.write(addr, bytes(min(n, 1 << 16)))  # fresh pages are zero; recycled blocks are not
    return addr if addr else errno(p, ENOMEM) & 0


@export("calloc", ret="P")
def _calloc(p: NativeProcess, a: Cursor) -> int:
    n, size = a.ptr(), a.ptr()
    total = n * size
    addr = p.mem.malloc(total) if total < (1 << 30) else 0
    if addr:
        p.mem.write(addr, bytes(total))
    return addr


@export("realloc", ret="P")
def _realloc(p: NativeProcess, a: Cursor) -> int:
    old, n = a.ptr(), a.ptr()
    new = p.mem.malloc(n)
    if old and new:
        size = min(p.mem.block_size(old) or 0, n)
        p.mem.write(new, p.mem.read(old, size))
        p.mem.copy_taint(new, old, size)
        p.mem.free(old)
    return new


@export("free", "_ZdlPv", "_ZdaPv", "_ZdlPvm", "_ZdlPvj", ret="V")
def _free(p: NativeProcess, a: Cursor) -> None:
    p.mem.free(a.ptr())


@export("memalign", ret="P")
def _memalign(p: NativeProcess, a: Cursor) -> int:
    align, n = a.ptr(), a.ptr()
    return p.mem.malloc(n + max(align, 16)) if align <= 4096 else 0


@export("posix_memalign")
def _posix_memalign(p: NativeProcess, a: Cursor) -> int:
    out, _align, n = a.ptr(), a.ptr(), a.ptr()
    addr = p.mem.malloc(n)
    p.mem.write_ptr(out, addr)
    return 0 if addr else ENOMEM


@export("malloc_usable_size", ret="P")
def _usable(p: NativeProcess, a: Cursor) -> int:
    return p.mem.block_size(a.ptr()) or 0


_PROT = {1: UC_PROT_READ, 2: UC_PROT_WRITE, 4: UC_PROT_EXEC}


def _uc_prot(prot: int) -> int:
    out = 0
    for bit, uc in _PROT.items():
        if prot & bit:
            out |= uc
    return out


@export("mmap", "mmap64", ret="P")
def _mmap(p: NativeProcess, a: Cursor) -> int:
    _addr, length, prot = a.ptr(), a.ptr(), a.int32()
    flags, fd = a.int32(), a.int32()
    offset = a.ptr()
    try:
        addr = p.mem.mmap(length, _uc_prot(prot) | UC_PROT_READ, "[anon:mmap]" if fd < 0 else "")
    except MemoryError:
        return errno(p, ENOMEM) & p.arch.mask
    except Exception:
        return errno(p, ENOMEM) & p.arch.mask
    if fd >= 0 and not flags & 0x20:
        f = _files(p).fds.get(fd)
        if f is not None:
            chunk = bytes(f.data[offset : offset + length])
            p.mem.protect(addr, length, UC_PROT_READ | UC_PROT_WRITE)
            p.mem.write(addr, chunk)
            p.mem.protect(addr, length, _uc_prot(prot) | UC_PROT_READ)
    return addr


@export("munmap")
def _munmap(p: NativeProcess, a: Cursor) -> int:
    addr, length = a.ptr(), a.ptr()
    p.mem.unmap(addr, length)
    return 0


@export("mprotect")
def _mprotect(p: NativeProcess, a: Cursor) -> int:
    addr, length, prot = a.ptr(), a.ptr(), a.int32()
    if addr & 0xFFF:
        return errno(p, EINVAL)
    return 0 if p.mem.protect(addr, length, _uc_prot(prot)) else errno(p, ENOMEM)


@export("madvise", "mlock", "munlock", "msync")
def _zero(p: NativeProcess, a: Cursor) -> int:
    return 0


# -- strings ------------------------------------------------------------------------------------


def _cstr(p: NativeProcess, addr: int) -> bytes:
    return p.mem.cstring(addr) if addr else b""


def _tainted_cstr(p: NativeProcess, addr: int) -> tuple[bytes, Taint]:
    s = _cstr(p, addr)
    return s, p.mem.taint_of(addr, len(s))


@export("strlen", ret="P")
def _strlen(p: NativeProcess, a: Cursor) -> int:
    return len(_cstr(p, a.ptr()))


@export("strnlen", ret="P")
def _strnlen(p: NativeProcess, a: Cursor) -> int:
    s, n = a.ptr(), a.ptr()
    return len(p.mem.cstring(s, n))


@export("strcpy", "stpcpy", ret="P")
def _strcpy(p: NativeProcess, a: Cursor) -> int:
    dst, src = a.ptr(), a.ptr()
    s = _cstr(p, src)
    p.mem.write(dst, s + b"\0")
    p.mem.copy_taint(dst, src, len(s))
    return dst


@export("strncpy", ret="P")
def _strncpy(p: NativeProcess, a: Cursor) -> int:
    dst, src, n = a.ptr(), a.ptr(), a.ptr()
    s = p.mem.cstring(src, n)
    p.mem.write(dst, (s + bytes(n - len(s)))[:n])
    p.mem.copy_taint(dst, src, len(s))
    return dst


@export("strlcpy", ret="P")
def _strlcpy(p: NativeProcess, a: Cursor) -> int:
    dst, src, n = a.ptr(), a.ptr(), a.ptr()
    s = _cstr(p, src)
    if n:
        part = s[: n - 1]
        p.mem.write(dst, part + b"\0")
        p.mem.copy_taint(dst, src, len(part))
    return len(s)


@export("strcat", ret="P")
def _strcat(p: NativeProcess, a: Cursor) -> int:
    dst, src = a.ptr(), a.ptr()
    end = dst + len(_cstr(p, dst))
    s = _cstr(p, src)
    p.mem.write(end, s + b"\0")
    p.mem.copy_taint(end, src, len(s))
    return dst


@export("strncat", ret="P")
def _strncat(p: NativeProcess, a: Cursor) -> int:
    dst, src, n = a.ptr(), a.ptr(), a.ptr()
    end = dst + len(_cstr(p, dst))
    s = p.mem.cstring(src, n)
    p.mem.write(end, s + b"\0")
    p.mem.copy_taint(end, src, len(s))
    return dst


@export("strlcat", ret="P")
def _strlcat(p: NativeProcess, a: Cursor) -> int:
    dst, src, n = a.ptr(), a.ptr(), a.ptr()
    d = _cstr(p, dst)
    s = _cstr(p, src)
    room = n - len(d) - 1
    if room > 0:
        p.mem.write(dst + len(d), s[:room] + b"\0")
        p.mem.copy_taint(dst + len(d), src, min(room, len(s)))
    return len(d) + len(s)


def _cmp(x: bytes, y: bytes) -> int:
    for c1, c2 in zip(x, y, strict=False):
        if c1 != c2:
            return c1 - c2
    return len(x) - len(y) and (x[len(y)] if len(x) > len(y) else -y[len(x)])


@export("strcmp", "strcoll")
def _strcmp(p: NativeProcess, a: Cursor) -> int:
    return _cmp(_cstr(p, a.ptr()), _cstr(p, a.ptr()))


@export("strncmp")
def _strncmp(p: NativeProcess, a: Cursor) -> int:
    x, y, n = a.ptr(), a.ptr(), a.ptr()
    return _cmp(p.mem.cstring(x, n), p.mem.cstring(y, n))


@export("strcasecmp")
def _strcasecmp(p: NativeProcess, a: Cursor) -> int:
    return _cmp(_cstr(p, a.ptr()).lower(), _cstr(p, a.ptr()).lower())


@export("strncasecmp")
def _strncasecmp(p: NativeProcess, a: Cursor) -> int:
    x, y, n = a.ptr(), a.ptr(), a.ptr()
    return _cmp(p.mem.cstring(x, n).lower(), p.mem.cstring(y, n).lower())


@export("strchr", "index", ret="P")
def _strchr(p: NativeProcess, a: Cursor) -> int:
    s, c = a.ptr(), a.word() & 0xFF
    data = _cstr(p, s) + b"\0"
    i = data.find(bytes([c]))
    return s + i if i >= 0 else 0


@export("strrchr", "rindex", ret="P")
def _strrchr(p: NativeProcess, a: Cursor) -> int:
    s, c = a.ptr(), a.word() & 0xFF
    data = _cstr(p, s) + b"\0"
    i = data.rfind(bytes([c]))
    return s + i if i >= 0 else 0


@export("strstr", ret="P")
def _strstr(p: NativeProcess, a: Cursor) -> int:
    h, n = a.ptr(), a.ptr()
    i = _cstr(p, h).find(_cstr(p, n))
    return h + i if i >= 0 else 0


@export("strcasestr", ret="P")
def _strcasestr(p: NativeProcess, a: Cursor) -> int:
    h, n = a.ptr(), a.ptr()
    i = _cstr(p, h).lower().find(_cstr(p, n).lower())
    return h + i if i >= 0 else 0


@export("strpbrk", ret="P")
def _strpbrk(p: NativeProcess, a: Cursor) -> int:
    s, accept = a.ptr(), a.ptr()
    chars = set(_cstr(p, accept))
    for i, c in enumerate(_cstr(p, s)):
        if c in chars:
            return s + i
    return 0


@export("strspn", ret="P")
def _strspn(p: NativeProcess, a: Cursor) -> int:
    s, accept = _cstr(p, a.ptr()), set(_cstr(p, a.ptr()))
    n = 0
    while n < len(s) and s[n] in accept:
        n += 1
    return n


@export("strcspn", ret="P")
def _strcspn(p: NativeProcess, a: Cursor) -> int:
    s, reject = _cstr(p, a.ptr()), set(_cstr(p, a.ptr()))
    n = 0
    while n < len(s) and s[n] not in reject:
        n += 1
    return n


@export("strdup", ret="P")
def _strdup(p: NativeProcess, a: Cursor) -> int:
    s, t = _tainted_cstr(p, a.ptr())
    return p.mem.new_cstring(s, t)


@export("strndup", ret="P")
def _strndup(p: NativeProcess, a: Cursor) -> int:
    src, n = a.ptr(), a.ptr()
    s = p.mem.cstring(src, n)
    return p.mem.new_cstring(s, p.mem.taint_of(src, len(s)))


def _tok(p: NativeProcess, s: int, delim: bytes, save: int) -> int:
    if s == 0:
        s = p.mem.ptr(save)
        if s == 0:
            return 0
    data = _cstr(p, s)
    i = 0
    while i < len(data) and data[i] in delim:
        i += 1
    if i == len(data):
        p.mem.write_ptr(save, 0)
        return 0
    j = i
    while j < len(data) and data[j] not in delim:
        j += 1
    if j < len(data):
        p.mem.write(s + j, b"\0")
        p.mem.write_ptr(save, s + j + 1)
    else:
        p.mem.write_ptr(save, 0)
    return s + i


@export("strtok", ret="P")
def _strtok(p: NativeProcess, a: Cursor) -> int:
    s, delim = a.ptr(), _cstr(p, a.ptr())
    save = p.vm.env.get("native_strtok")
    if save is None:
        save = p.vm.env["native_strtok"] = p.mem.static(p.arch.word, p.arch.word)
    return _tok(p, s, delim, save)


@export("strtok_r", ret="P")
def _strtok_r(p: NativeProcess, a: Cursor) -> int:
    s, delim, save = a.ptr(), _cstr(p, a.ptr()), a.ptr()
    return _tok(p, s, delim, save)


def _strtol(p: NativeProcess, s: int, end: int, base: int) -> int:
    data = _cstr(p, s)
    m = re.match(rb"\s*([+-]?)", data)
    i = m.end() if m else 0
    sign = -1 if data[i - 1 : i] == b"-" else 1
    if base in (0, 16) and data[i : i + 2].lower() == b"0x" and len(data) > i + 2 and chr(data[i + 2]) in \
            "0123456789abcdefABCDEF":
        i += 2
        base = 16
    elif base == 0:
        base = 8 if data[i : i + 1] == b"0" else 10
    j = i
    digits = "0123456789abcdefghijklmnopqrstuvwxyz"[: max(2, min(base, 36))]
    while j < len(data) and chr(data[j]).lower() in digits:
        j += 1
    v = int(data[i:j], base) if j > i else 0
    if end:
        p.mem.write_ptr(end, s + (j if j > i else 0))
    return sign * v


@export("strtol", "strtoll", "strtoimax", ret="P")
def _strtol_m(p: NativeProcess, a: Cursor) -> int:
    s, end, base = a.ptr(), a.ptr(), a.int32()
    return _strtol(p, s, end, base) & p.arch.mask


@export("strtoul", ret="P")
def _strtoul(p: NativeProcess, a: Cursor) -> int:
    s, end, base = a.ptr(), a.ptr(), a.int32()
    return _strtol(p, s, end, base) & p.arch.mask


@export("strtoull", "strtoumax", ret="J")
def _strtoull(p: NativeProcess, a: Cursor) -> int:
    s, end, base = a.ptr(), a.ptr(), a.int32()
    return _strtol(p, s, end, base) & 0xFFFFFFFFFFFFFFFF


@export("atoi")
def _atoi(p: NativeProcess, a: Cursor) -> int:
    return _strtol(p, a.ptr(), 0, 10) & 0xFFFFFFFF


@export("atol", "atoll", ret="J")
def _atol(p: NativeProcess, a: Cursor) -> int:
    return _strtol(p, a.ptr(), 0, 10)


@export("strtod", "strtold", ret="D")
def _strtod(p: NativeProcess, a: Cursor) -> float:
    s, end = a.ptr(), a.ptr()
    data = _cstr(p, s)
    m = re.match(rb"\s*[+-]?(\d+\.?\d*([eE][+-]?\d+)?|\.\d+([eE][+-]?\d+)?|inf|nan)", data, re.I)
    if end:
        p.mem.write_ptr(end, s + (m.end() if m else 0))
    return float(m.group(0)) if m else 0.0


@export("strtof", ret="F")
def _strtof(p: NativeProcess, a: Cursor) -> float:
    return float(_strtod(p, a))


@export("atof", ret="D")
def _atof(p: NativeProcess, a: Cursor) -> float:
    data = _cstr(p, a.ptr())
    m = re.match(rb"\s*[+-]?(\d+\.?\d*([eE][+-]?\d+)?|\.\d+)", data)
    return float(m.group(0)) if m else 0.0


@export("strerror", ret="P")
def _strerror(p: NativeProcess, a: Cursor) -> int:
    return _static_text(p, "strerror", f"errno {a.int32()}".encode())


def _static_text(p: NativeProcess, key: str, text: bytes) -> int:
    """A per-name static buffer, as non-reentrant libc functions return."""
    buf = p.vm.env.setdefault("native_static", {}).get(key)
    if buf is None:
        buf = p.vm.env["native_static"][key] = p.mem.static(256)
    p.mem.write(buf, text[:255] + b"\0")
    return int(buf)


@export("toupper")
def _toupper(p: NativeProcess, a: Cursor) -> int:
    c = a.int32()
    return c - 32 if 97 <= c <= 122 else c


@export("tolower")
def _tolower(p: NativeProcess, a: Cursor) -> int:
    c = a.int32()
    return c + 32 if 65 <= c <= 90 else c


def _ctype(test: Callable[[str], bool]) -> Model:
    def fn(p: NativeProcess, a: Cursor) -> int:
        c = a.int32()
        return int(0 <= c < 128 and test(chr(c)))

    return fn


for _n, _t in {"isdigit": str.isdigit, "isalpha": str.isalpha, "isalnum": str.isalnum,
               "isspace": str.isspace, "isupper": str.isupper, "islower": str.islower,
               "isxdigit": lambda c: c in "0123456789abcdefABCDEF", "isprint": str.isprintable,
               "ispunct": lambda c: c.isprintable() and not c.isalnum() and c != " "}.items():  # fmt: skip
    FUNCTIONS[_n] = (_ctype(_t), "I")


# -- raw memory ---------------------------------------------------------------------------------


@export("memcpy", "memmove", "__memcpy_chk", "__memmove_chk", ret="P")
def _memcpy(p: NativeProcess, a: Cursor) -> int:
    dst, src, n = a.ptr(), a.ptr(), a.ptr()
    _copy(p, dst, src, n)
    return dst


def _copy(p: NativeProcess, dst: int, src: int, n: int) -> None:
    if n <= 0:
        return
    if n > 1 << 28:
        raise NativeAbort(f"memcpy of {n} bytes")
    p.mem.write(dst, p.mem.read(src, n))
    p.mem.copy_taint(dst, src, n)


@export("__aeabi_memcpy", "__aeabi_memcpy4", "__aeabi_memcpy8", "__aeabi_memmove", "__aeabi_memmove4",
        "__aeabi_memmove8", ret="V")  # fmt: skip
def _aeabi_memcpy(p: NativeProcess, a: Cursor) -> None:
    dst, src, n = a.ptr(), a.ptr(), a.ptr()
    _copy(p, dst, src, n)


@export("bcopy", ret="V")
def _bcopy(p: NativeProcess, a: Cursor) -> None:
    src, dst, n = a.ptr(), a.ptr(), a.ptr()
    _copy(p, dst, src, n)


@export("memset", "__memset_chk", ret="P")
def _memset(p: NativeProcess, a: Cursor) -> int:
    dst, c, n = a.ptr(), a.word() & 0xFF, a.ptr()
    if 0 < n <= 1 << 28:
        p.mem.write(dst, bytes([c]) * n)
        p.mem.clear_taint(dst, n)
    return dst


@export("__aeabi_memset", "__aeabi_memset4", "__aeabi_memset8", ret="V")
def _aeabi_memset(p: NativeProcess, a: Cursor) -> None:
    dst, n, c = a.ptr(), a.ptr(), a.word() & 0xFF  # note the ARM EABI argument order
    if 0 < n <= 1 << 28:
        p.mem.write(dst, bytes([c]) * n)


@export("__aeabi_memclr", "__aeabi_memclr4", "__aeabi_memclr8", "bzero", ret="V")
def _memclr(p: NativeProcess, a: Cursor) -> None:
    dst, n = a.ptr(), a.ptr()
    if 0 < n <= 1 << 28:
        p.mem.write(dst, bytes(n))
        p.mem.clear_taint(dst, n)


@export("memcmp", "bcmp")
def _memcmp(p: NativeProcess, a: Cursor) -> int:
    x, y, n = a.ptr(), a.ptr(), a.ptr()
    bx, by = p.mem.read(x, n), p.mem.read(y, n)
    return 0 if bx == by else (1 if bx > by else -1)


@export("memchr", ret="P")
def _memchr(p: NativeProcess, a: Cursor) -> int:
    s, c, n = a.ptr(), a.word() & 0xFF, a.ptr()
    i = p.mem.read(s, min(n, 1 << 24)).find(bytes([c]))
    return s + i if i >= 0 else 0


@export("memrchr", ret="P")
def _memrchr(p: NativeProcess, a: Cursor) -> int:
    s, c, n = a.ptr(), a.word() & 0xFF, a.ptr()
    i = p.mem.read(s, min(n, 1 << 24)).rfind(bytes([c]))
    return s + i if i >= 0 else 0


# -- formatted output ---------------------------------------------------------------------------


def _format(p: NativeProcess, fmt_addr: int, args: Cursor) -> tuple[bytes, Taint]:
    fmt = _cstr(p, fmt_addr)
    return format_c(fmt, args, lambda addr: _tainted_cstr(p, addr), p.arch.bits)


def _put(p: NativeProcess, dst: int, text: bytes, taint: Taint, limit: int | None = None) -> int:
    out = text if limit is None else text[: max(0, limit - 1)]
    if limit != 0:
        p.mem.write(dst, out + b"\0")
        p.mem.clear_taint(dst, len(out))
        p.mem.set_taint(dst, len(out), taint)
    return len(text)


@export("sprintf")
def _sprintf(p: NativeProcess, a: Cursor) -> int:
    dst, fmt = a.ptr(), a.ptr()
    return _put(p, dst, *_format(p, fmt, a))


@export("__sprintf_chk")
def _sprintf_chk(p: NativeProcess, a: Cursor) -> int:
    dst, _flag, _size, fmt = a.ptr(), a.int32(), a.ptr(), a.ptr()
    return _put(p, dst, *_format(p, fmt, a))


@export("snprintf")
def _snprintf(p: NativeProcess, a: Cursor) -> int:
    dst, n, fmt = a.ptr(), a.ptr(), a.ptr()
    return _put(p, dst, *_format(p, fmt, a), limit=n)


@export("__snprintf_chk")
def _snprintf_chk(p: NativeProcess, a: Cursor) -> int:
    dst, n, _flag, _size, fmt = a.ptr(), a.ptr(), a.int32(), a.ptr(), a.ptr()
    return _put(p, dst, *_format(p, fmt, a), limit=n)


@export("vsprintf")
def _vsprintf(p: NativeProcess, a: Cursor) -> int:
    dst, fmt, ap = a.ptr(), a.ptr(), _va(p, a)
    return _put(p, dst, *_format(p, fmt, ap))


@export("vsnprintf")
def _vsnprintf(p: NativeProcess, a: Cursor) -> int:
    dst, n, fmt, ap = a.ptr(), a.ptr(), a.ptr(), _va(p, a)
    return _put(p, dst, *_format(p, fmt, ap), limit=n)


def _va(p: NativeProcess, a: Cursor) -> VaList:
    """A `va_list` argument: a pointer to the struct (arm64, x86_64) or the list pointer."""
    return VaList(p.arch, p.uc, a.ptr())


@export("asprintf")
def _asprintf(p: NativeProcess, a: Cursor) -> int:
    out, fmt = a.ptr(), a.ptr()
    text, taint = _format(p, fmt, a)
    p.mem.write_ptr(out, p.mem.new_cstring(text, taint))
    return len(text)


@export("sscanf")
def _sscanf(p: NativeProcess, a: Cursor) -> int:
    src, fmt = _cstr(p, a.ptr()), _cstr(p, a.ptr())
    return _scan(p, src, fmt, a)


def _scan(p: NativeProcess, src: bytes, fmt: bytes, a: Cursor) -> int:
    """`sscanf` for the common conversions (%d %i %u %x %o %s %c %[...] %n, with widths)."""
    pos = n = 0
    i = 0
    while i < len(fmt):
        c = fmt[i : i + 1]
        if c.isspace():
            while pos < len(src) and src[pos : pos + 1].isspace():
                pos += 1
            i += 1
            continue
        if c != b"%":
            if src[pos : pos + 1] != c:
                break
            pos += 1
            i += 1
            continue
        m = re.compile(rb"%(\*?)(\d*)(hh|h|ll|l|z|j|L)?(\[\^?\]?[^\]]*\]|[diuxXosc%n])").match(fmt, i)
        if not m:
            break
        i = m.end()
        skip, width, length, conv = m.group(1), m.group(2), m.group(3), m.group(4)
        w = int(width) if width else None
        if conv == b"%":
            if src[pos : pos + 1] != b"%":
                break
            pos += 1
            continue
        if conv == b"n":
            if not skip:
                p.mem.write_u32(a.ptr(), pos)
            continue
        if conv not in (b"c",) and not conv.startswith(b"["):
            while pos < len(src) and src[pos : pos + 1].isspace():
                pos += 1
        if conv in (b"d", b"i", b"u", b"x", b"X", b"o"):
            base = {b"x": 16, b"X": 16, b"o": 8, b"i": 0}.get(conv, 10)
            pat = {16: rb"[+-]?(0[xX])?[0-9a-fA-F]+", 8: rb"[+-]?[0-7]+", 0: rb"[+-]?(0[xX][0-9a-fA-F]+|\d+)"}
            mm = re.compile(pat.get(base, rb"[+-]?\d+")).match(src[: pos + w if w else None], pos)
            if not mm:
                break
            pos = mm.end()
            if not skip:
                v = int(mm.group(0), base)
                dst = a.ptr()
                wide = length in (b"ll", b"j", b"L") or (length in (b"l", b"z") and p.arch.bits == 64)
                if wide:
                    p.mem.write_u64(dst, v)
                elif length == b"h":
                    p.mem.write(dst, struct.pack("<H", v & 0xFFFF))
                elif length == b"hh":
                    p.mem.write(dst, bytes([v & 0xFF]))
                else:
                    p.mem.write_u32(dst, v)
                n += 1
        elif conv == b"s" or conv.startswith(b"["):
            if conv == b"s":
                mm = re.compile(rb"\S+").match(src[: pos + w if w else None], pos)
            else:
                cls = conv[1:-1]
                mm = re.compile(b"[" + cls + b"]+").match(src[: pos + w if w else None], pos)
            if not mm:
                break
            pos = mm.end()
            if not skip:
                p.mem.write(a.ptr(), mm.group(0) + b"\0")
                n += 1
        elif conv == b"c":
            k = w or 1
            if pos + k > len(src):
                break
            if not skip:
                p.mem.write(a.ptr(), src[pos : pos + k])
                n += 1
            pos += k
    return n if n or pos < len(src) else -1


# -- stdio and file descriptors -----------------------------------------------------------------


def _files(p: NativeProcess) -> files.FileTable:
    t = p.vm.env.get("native_fds")
    if t is None:
        t = p.vm.env["native_fds"] = files.FileTable()
    assert isinstance(t, files.FileTable)
    return t


def _vfs(p: NativeProcess) -> dict[str, Any]:
    fs: dict[str, Any] = p.vm.env.setdefault("files", {})
    return fs


def _open(p: NativeProcess, path: str, write: bool, append: bool, truncate: bool, create: bool) -> int:
    rendered = files.render(p, path)
    if rendered is not None:
        if write:
            return errno(p, EACCES)
        return _files(p).add(files.OpenFile(path, bytearray(rendered)))
    fs = _vfs(p)
    vf = fs.get(path)
    if vf is None:
        if not (write and create) or path.startswith(("/proc", "/sys", "/system", "/dev")):
            return errno(p, ENOENT)
        _, data_dir = files.app_paths(p)
        if not path.startswith((data_dir, "/sdcard", "/storage", "/data/local/tmp", "/mnt/sdcard")):
            return errno(p, EACCES)
        vf = fs[path] = VFile()
    if truncate:
        vf.data[:] = b""
    f = files.OpenFile(path, vf.data, writable=write, vfile=vf, taint=vf.taint)
    if append:
        f.pos = len(vf.data)
    return _files(p).add(f)


_O_WRONLY, _O_RDWR, _O_CREAT, _O_TRUNC, _O_APPEND = 1, 2, 0x40, 0x200, 0x400


@export("open", "open64", "__open_2")
def _open_m(p: NativeProcess, a: Cursor) -> int:
    path, flags = p.mem.text(a.ptr()), a.int32()
    return _open(p, path, bool(flags & 3), bool(flags & _O_APPEND), bool(flags & _O_TRUNC),
                 bool(flags & _O_CREAT))  # fmt: skip


@export("openat", "openat64", "__openat_2")
def _openat(p: NativeProcess, a: Cursor) -> int:
    _dirfd, path, flags = a.int32(), p.mem.text(a.ptr()), a.int32()
    return _open(p, path, bool(flags & 3), bool(flags & _O_APPEND), bool(flags & _O_TRUNC),
                 bool(flags & _O_CREAT))  # fmt: skip


@export("close")
def _close(p: NativeProcess, a: Cursor) -> int:
    fd = a.int32()
    return 0 if _files(p).fds.pop(fd, None) is not None else errno(p, EBADF)


def _read(p: NativeProcess, fd: int, buf: int, n: int) -> int:
    f = _files(p).fds.get(fd)
    if f is None:
        return errno(p, EBADF)
    if f.socket:
        return 0  # the peer sends nothing
    chunk = bytes(f.data[f.pos : f.pos + min(n, 1 << 24)])
    p.mem.write(buf, chunk)
    p.mem.set_taint(buf, len(chunk), f.taint)
    f.pos += len(chunk)
    return len(chunk)


def _write(p: NativeProcess, fd: int, buf: int, n: int, api: str) -> int:
    data = p.mem.read(buf, min(n, 1 << 24))
    taint = p.mem.taint_of(buf, len(data))
    if fd in (1, 2):
        _leak(p, api, data, taint)
        return len(data)
    f = _files(p).fds.get(fd)
    if f is None:
        return errno(p, EBADF)
    if not f.writable:
        return errno(p, EBADF)
    _leak(p, api, data, taint)
    if not f.socket:
        f.data[f.pos : f.pos + len(data)] = data
        f.pos += len(data)
        if f.vfile is not None and taint:
            vf: Any = f.vfile
            vf.taint = vf.taint | taint
    return len(data)


def _leak(p: NativeProcess, api: str, data: bytes, taint: Taint) -> None:
    """Tagged bytes leaving through a native sink: a leak (caller: the Java method that
    called into native code)."""
    if not taint:
        return
    sink(p.vm, api, tag(data.decode("utf-8", "replace"), taint))


@export("read")
def _read_m(p: NativeProcess, a: Cursor) -> int:
    fd, buf, n = a.int32(), a.ptr(), a.ptr()
    return _read(p, fd, buf, n)


@export("pread", "pread64")
def _pread(p: NativeProcess, a: Cursor) -> int:
    fd, buf, n = a.int32(), a.ptr(), a.ptr()
    off = a.long() if p.arch.bits == 32 else a.ptr()
    f = _files(p).fds.get(fd)
    if f is None:
        return errno(p, EBADF)
    chunk = bytes(f.data[off : off + n])
    p.mem.write(buf, chunk)
    return len(chunk)


@export("write")
def _write_m(p: NativeProcess, a: Cursor) -> int:
    fd, buf, n = a.int32(), a.ptr(), a.ptr()
    return _write(p, fd, buf, n, api("libc", "write"))


@export("send")
def _send(p: NativeProcess, a: Cursor) -> int:
    fd, buf, n = a.int32(), a.ptr(), a.ptr()
    return _write(p, fd, buf, n, api("libc", "send"))


@export("sendto")
def _sendto(p: NativeProcess, a: Cursor) -> int:
    fd, buf, n = a.int32(), a.ptr(), a.ptr()
    f = _files(p).fds.get(fd)
    if f is not None:
        f.writable = True
    return _write(p, fd, buf, n, api("libc", "sendto"))


@export("lseek")
def _lseek(p: NativeProcess, a: Cursor) -> int:
    fd = a.int32()
    off = a.int32() if p.arch.bits == 32 else a.int64()
    return _seek(p, fd, off, a.int32())


@export("lseek64", ret="J")
def _lseek64(p: NativeProcess, a: Cursor) -> int:
    fd = a.int32()
    off = a.int64()
    return _seek(p, fd, off, a.int32())


def _seek(p: NativeProcess, fd: int, off: int, whence: int) -> int:
    f = _files(p).fds.get(fd)
    if f is None:
        return errno(p, EBADF)
    base = {0: 0, 1: f.pos, 2: len(f.data)}.get(whence, 0)
    f.pos = max(0, base + off)
    return f.pos


@export("access", "faccessat")
def _access(p: NativeProcess, a: Cursor) -> int:
    path = p.mem.text(a.ptr())
    if path and not path.startswith("/"):
        path = p.mem.text(a.ptr())  # faccessat(dirfd, path, ...)
    if files.render(p, path) is not None or path in _vfs(p) or files.exists_as_dir(p, path):
        return 0
    return errno(p, ENOENT)


@export("stat", "lstat", "stat64", "lstat64")
def _stat(p: NativeProcess, a: Cursor) -> int:
    path, buf = p.mem.text(a.ptr()), a.ptr()
    return _fill_stat(p, path, buf)


@export("fstat", "fstat64")
def _fstat(p: NativeProcess, a: Cursor) -> int:
    fd, buf = a.int32(), a.ptr()
    f = _files(p).fds.get(fd)
    if f is None:
        return errno(p, EBADF)
    return _fill_stat(p, f.path, buf, len(f.data))


def _fill_stat(p: NativeProcess, path: str, buf: int, size: int | None = None) -> int:
    data = files.render(p, path)
    vf = _vfs(p).get(path)
    is_dir = files.exists_as_dir(p, path)
    if size is None:
        if data is not None:
            size = len(data)
        elif vf is not None:
            size = len(vf.data)
        elif not is_dir:
            return errno(p, ENOENT)
        else:
            size = 4096
    mode = 0o40771 if is_dir else 0o100644
    # struct stat: arm64/x86_64 (st_mode at 16, st_size at 48), 32-bit bionic (st_mode 16, st_size 48)
    p.mem.write(buf, bytes(128 if p.arch.bits == 64 else 104))
    p.mem.write_u32(buf + 16 if p.arch.bits == 64 else buf + 16, mode)
    p.mem.write_u64(buf + 48, size)
    return 0


@export("unlink", "remove", "rmdir")
def _unlink(p: NativeProcess, a: Cursor) -> int:
    path = p.mem.text(a.ptr())
    return 0 if _vfs(p).pop(path, None) is not None else errno(p, ENOENT)


@export("mkdir", "chmod", "chown", "fchmod", "fsync", "fdatasync", "ftruncate", "truncate", "flock",
        "utime", "utimes", "symlink", "link", "rename")  # fmt: skip
def _fs_ok(p: NativeProcess, a: Cursor) -> int:
    return 0


@export("readlink", ret="P")
def _readlink(p: NativeProcess, a: Cursor) -> int:
    path, buf, n = p.mem.text(a.ptr()), a.ptr(), a.ptr()
    if path in ("/proc/self/exe",):
        target = b"/system/bin/app_process64" if p.arch.bits == 64 else b"/system/bin/app_process32"
        p.mem.write(buf, target[:n])
        return min(len(target), n)
    return errno(p, EINVAL) & p.arch.mask


@export("opendir", "fdopendir", ret="P")
def _opendir(p: NativeProcess, a: Cursor) -> int:
    errno(p, ENOENT)
    return 0


@export("readdir", "readdir64", ret="P")
def _readdir(p: NativeProcess, a: Cursor) -> int:
    return 0


@export("closedir", "dup", "dup2", "fcntl", "ioctl", "poll", "select", "epoll_create", "epoll_ctl",
        "eventfd", "isatty")  # fmt: skip
def _fd_misc(p: NativeProcess, a: Cursor) -> int:
    return 0


@export("pipe", "pipe2")
def _pipe(p: NativeProcess, a: Cursor) -> int:
    fds = a.ptr()
    t = _files(p)
    r = t.add(files.OpenFile("pipe:[r]", bytearray()))
    w = t.add(files.OpenFile("pipe:[w]", bytearray(), writable=True))
    p.mem.write(fds, struct.pack("<ii", r, w))
    return 0


# FILE*: a small heap block per stream; Python keeps the stream behind its address.


def _streams(p: NativeProcess) -> dict[int, int]:
    s: dict[int, int] = p.vm.env.setdefault("native_streams", {})
    return s


def sf_stream(p: NativeProcess, index: int) -> int:
    """The `FILE*` of stdin/stdout/stderr (inside the `__sF` array when a library imports it)."""
    base = p.vm.env.get("native_sF")
    if base is None:
        base = p.vm.env["native_sF"] = p.mem.static(3 * 152)
    size = 152 if p.arch.bits == 64 else 84
    addr = int(base) + index * size
    _streams(p)[addr] = index
    return addr


@export("fopen", "fopen64", ret="P")
def _fopen(p: NativeProcess, a: Cursor) -> int:
    path, mode = p.mem.text(a.ptr()), p.mem.text(a.ptr())
    write = any(c in mode for c in "wa+")
    fd = _open(p, path, write, "a" in mode, "w" in mode, "w" in mode or "a" in mode)
    if fd < 0:
        return 0
    return _stream_for(p, fd)


def _stream_for(p: NativeProcess, fd: int) -> int:
    addr = p.mem.malloc(152)
    p.mem.write(addr, bytes(152))
    p.mem.write(addr + (14 if p.arch.bits == 32 else 18), struct.pack("<h", fd))  # bionic FILE._file
    _streams(p)[addr] = fd
    return addr


@export("fdopen", ret="P")
def _fdopen(p: NativeProcess, a: Cursor) -> int:
    fd = a.int32()
    return _stream_for(p, fd) if fd in _files(p).fds else 0


def _fd_of(p: NativeProcess, stream: int) -> int:
    return _streams(p).get(stream, -1)


@export("fclose")
def _fclose(p: NativeProcess, a: Cursor) -> int:
    stream = a.ptr()
    fd = _streams(p).pop(stream, -1)
    if fd < 0:
        return -1
    _files(p).fds.pop(fd, None)
    p.mem.free(stream)
    return 0


@export("fileno")
def _fileno(p: NativeProcess, a: Cursor) -> int:
    return _fd_of(p, a.ptr())


@export("fgets", ret="P")
def _fgets(p: NativeProcess, a: Cursor) -> int:
    buf, n, stream = a.ptr(), a.int32(), a.ptr()
    f = _files(p).fds.get(_fd_of(p, stream))
    if f is None or n <= 0 or f.pos >= len(f.data):
        return 0
    end = f.data.find(b"\n", f.pos, f.pos + n - 1)
    stop = min(f.pos + n - 1, len(f.data)) if end < 0 else end + 1
    line = bytes(f.data[f.pos : stop])
    f.pos = stop
    p.mem.write(buf, line + b"\0")
    p.mem.set_taint(buf, len(line), f.taint)
    return buf


@export("fgetc", "getc", "_IO_getc")
def _fgetc(p: NativeProcess, a: Cursor) -> int:
    f = _files(p).fds.get(_fd_of(p, a.ptr()))
    if f is None or f.pos >= len(f.data):
        return -1
    f.pos += 1
    return f.data[f.pos - 1]


@export("fread", ret="P")
def _fread(p: NativeProcess, a: Cursor) -> int:
    buf, size, count, stream = a.ptr(), a.ptr(), a.ptr(), a.ptr()
    if size == 0:
        return 0
    got = _read(p, _fd_of(p, stream), buf, size * count)
    return max(got, 0) // size


@export("fwrite", ret="P")
def _fwrite(p: NativeProcess, a: Cursor) -> int:
    buf, size, count, stream = a.ptr(), a.ptr(), a.ptr(), a.ptr()
    if size == 0:
        return 0
    got = _write(p, _stream_fd(p, stream), buf, size * count, api("libc", "fwrite"))
    return max(got, 0) // size


def _stream_fd(p: NativeProcess, stream: int) -> int:
    fd = _fd_of(p, stream)
    return 2 if fd in (0, 1, 2) else fd  # the standard streams go to the log on Android


def _stream_text(p: NativeProcess, stream: int, text: bytes, taint: Taint, api: str) -> int:
    fd = _stream_fd(p, stream)
    buf = p.mem.new_cstring(text, taint)
    try:
        return _write(p, fd, buf, len(text), api)
    finally:
        p.mem.free(buf)


@export("fputs")
def _fputs(p: NativeProcess, a: Cursor) -> int:
    s, stream = a.ptr(), a.ptr()
    text, taint = _tainted_cstr(p, s)
    return _stream_text(p, stream, text, taint, api("libc", "fputs"))


@export("fputc", "putc")
def _fputc(p: NativeProcess, a: Cursor) -> int:
    c, stream = a.int32(), a.ptr()
    _stream_text(p, stream, bytes([c & 0xFF]), EMPTY, api("libc", "fputc"))
    return c & 0xFF


@export("fprintf")
def _fprintf(p: NativeProcess, a: Cursor) -> int:
    stream, fmt = a.ptr(), a.ptr()
    text, taint = _format(p, fmt, a)
    return _stream_text(p, stream, text, taint, api("libc", "fprintf"))


@export("vfprintf")
def _vfprintf(p: NativeProcess, a: Cursor) -> int:
    stream, fmt, ap = a.ptr(), a.ptr(), _va(p, a)
    text, taint = _format(p, fmt, ap)
    return _stream_text(p, stream, text, taint, api("libc", "vfprintf"))


@export("printf")
def _printf(p: NativeProcess, a: Cursor) -> int:
    text, taint = _format(p, a.ptr(), a)
    _leak(p, api("libc", "printf"), text, taint)
    return len(text)


@export("vprintf")
def _vprintf(p: NativeProcess, a: Cursor) -> int:
    fmt, ap = a.ptr(), _va(p, a)
    text, taint = _format(p, fmt, ap)
    _leak(p, api("libc", "vprintf"), text, taint)
    return len(text)


@export("puts")
def _puts(p: NativeProcess, a: Cursor) -> int:
    text, taint = _tainted_cstr(p, a.ptr())
    _leak(p, api("libc", "puts"), text, taint)
    return len(text) + 1


@export("putchar")
def _putchar(p: NativeProcess, a: Cursor) -> int:
    return a.int32() & 0xFF


@export("fseek", "fseeko", "fseeko64")
def _fseek(p: NativeProcess, a: Cursor) -> int:
    stream = a.ptr()
    off = a.int64() if p.arch.bits == 64 else a.int32()
    whence = a.int32()
    f = _files(p).fds.get(_fd_of(p, stream))
    if f is None:
        return -1
    f.pos = max(0, {0: 0, 1: f.pos, 2: len(f.data)}.get(whence, 0) + off)
    return 0


@export("ftell", "ftello", "ftello64", ret="P")
def _ftell(p: NativeProcess, a: Cursor) -> int:
    f = _files(p).fds.get(_fd_of(p, a.ptr()))
    return f.pos if f is not None else p.arch.mask


@export("rewind", ret="V")
def _rewind(p: NativeProcess, a: Cursor) -> None:
    f = _files(p).fds.get(_fd_of(p, a.ptr()))
    if f is not None:
        f.pos = 0


@export("feof")
def _feof(p: NativeProcess, a: Cursor) -> int:
    f = _files(p).fds.get(_fd_of(p, a.ptr()))
    return int(f is None or f.pos >= len(f.data))


@export("fflush", "ferror", "clearerr", "setvbuf", "setbuf", "flockfile", "funlockfile")
def _stdio_ok(p: NativeProcess, a: Cursor) -> int:
    return 0


# -- liblog ---------------------------------------------------------------------------------------


def _log(p: NativeProcess, prio: int, tag_addr: int, text: bytes, taint: Taint, api: str) -> int:
    t, tt = _tainted_cstr(p, tag_addr)
    logs: list[str] = p.vm.env.setdefault("native_log", [])
    if len(logs) < 1000:
        logs.append(f"{prio} {t.decode('utf-8', 'replace')}: {text.decode('utf-8', 'replace')}")
    _leak(p, api, t + b": " + text, taint | tt)
    return len(text)


@export("__android_log_print")
def _log_print(p: NativeProcess, a: Cursor) -> int:
    prio, tag_addr, fmt = a.int32(), a.ptr(), a.ptr()
    text, taint = _format(p, fmt, a)
    return _log(p, prio, tag_addr, text, taint, api("liblog", "__android_log_print"))


@export("__android_log_vprint")
def _log_vprint(p: NativeProcess, a: Cursor) -> int:
    prio, tag_addr, fmt, ap = a.int32(), a.ptr(), a.ptr(), _va(p, a)
    text, taint = _format(p, fmt, ap)
    return _log(p, prio, tag_addr, text, taint, api("liblog", "__android_log_vprint"))


@export("__android_log_write")
def _log_write(p: NativeProcess, a: Cursor) -> int:
    prio, tag_addr = a.int32(), a.ptr()
    text, taint = _tainted_cstr(p, a.ptr())
    return _log(p, prio, tag_addr, text, taint, api("liblog", "__android_log_write"))


@export("__android_log_buf_write")
def _log_buf_write(p: NativeProcess, a: Cursor) -> int:
    _buf, prio, tag_addr = a.int32(), a.int32(), a.ptr()
    text, taint = _tainted_cstr(p, a.ptr())
    return _log(p, prio, tag_addr, text, taint, api("liblog", "__android_log_buf_write"))


@export("__android_log_assert", ret="V")
def _log_assert(p: NativeProcess, a: Cursor) -> None:
    _cond, _tag, fmt = a.ptr(), a.ptr(), a.ptr()
    raise NativeAbort(f"__android_log_assert: {_format(p, fmt, a)[0].decode('utf-8', 'replace')[:200]}")


# -- process, time, misc ------------------------------------------------------------------------


@export("abort", ret="V")
def _abort(p: NativeProcess, a: Cursor) -> None:
    raise NativeAbort("abort() (SIGABRT)")


@export("__stack_chk_fail", ret="V")
def _stack_chk_fail(p: NativeProcess, a: Cursor) -> None:
    raise NativeAbort("stack corruption detected (__stack_chk_fail, SIGABRT)")


@export("__assert2", "__assert", ret="V")
def _assert2(p: NativeProcess, a: Cursor) -> None:
    f, line = p.mem.text(a.ptr()), a.int32()
    raise NativeAbort(f"assertion failed at {f}:{line} (SIGABRT)")


@export("exit", "_exit", "_Exit", ret="V")
def _exit(p: NativeProcess, a: Cursor) -> None:
    raise NativeAbort(f"exit({a.int32()})")


@export("raise")
def _raise(p: NativeProcess, a: Cursor) -> int:
    sig = a.int32()
    if sig in (6, 9, 11, 15):
        raise NativeAbort(f"raise({sig})")
    return 0


@export("kill", "tgkill")
def _kill(p: NativeProcess, a: Cursor) -> int:
    pid, sig = a.int32(), a.int32()
    if pid in (files.PID, 0) and sig in (6, 9, 11, 15):
        raise NativeAbort(f"kill(self, {sig})")
    return 0


@export("getpid", "gettid", "getpgrp", "getsid")
def _getpid(p: NativeProcess, a: Cursor) -> int:
    return files.PID


@export("getppid")
def _getppid(p: NativeProcess, a: Cursor) -> int:
    return 1  # zygote's parent on a device is init


@export("getuid", "geteuid", "getgid", "getegid")
def _getuid(p: NativeProcess, a: Cursor) -> int:
    return 10057


@export("fork", "vfork")
def _fork(p: NativeProcess, a: Cursor) -> int:
    return errno(p, EAGAIN)  # one process: the child is never created


@export("ptrace")
def _ptrace(p: NativeProcess, a: Cursor) -> int:
    req = a.int32()
    return 0 if req == 0 else errno(p, EPERM)  # PTRACE_TRACEME succeeds: no tracer attached


@export("waitpid", "wait", "wait4")
def _waitpid(p: NativeProcess, a: Cursor) -> int:
    return errno(p, 10)  # ECHILD


@export("execve", "execv", "execvp", "execl", "execlp", "system", "popen")
def _exec(p: NativeProcess, a: Cursor) -> int:
    cmd, taint = _tainted_cstr(p, a.ptr())
    _leak(p, api("libc", "exec"), cmd, taint)
    p.vm.env.setdefault("native_exec", []).append(cmd.decode("utf-8", "replace"))
    return errno(p, EACCES)


@export("prctl", "setpgid", "setsid", "setpriority", "nice", "sched_yield", "signal", "sigaction",
        "sigprocmask", "sigemptyset", "sigaddset", "sigfillset", "sigdelset", "pthread_sigmask",
        "sigaltstack", "setrlimit", "getrlimit", "umask", "setenv", "unsetenv", "atexit", "inotify_init",
        "inotify_add_watch", "inotify_rm_watch", "alarm", "sync", "setlocale")  # fmt: skip
def _misc_ok(p: NativeProcess, a: Cursor) -> int:
    return 0


@export("getenv", "secure_getenv", ret="P")
def _getenv(p: NativeProcess, a: Cursor) -> int:
    name = p.mem.text(a.ptr())
    value = ENVIRONMENT.get(name)
    return _static_text(p, f"env:{name}", value.encode()) if value is not None else 0


def _clock(p: NativeProcess) -> int:
    """Nanoseconds of the emulated clock: it advances with the instruction count."""
    return 1_600_000_000 * 10**9 + p.vm.icount * 1000


@export("time", ret="P")
def _time(p: NativeProcess, a: Cursor) -> int:
    t = _clock(p) // 10**9
    out = a.ptr()
    if out:
        p.mem.write_ptr(out, t)
    return t


@export("gettimeofday")
def _gettimeofday(p: NativeProcess, a: Cursor) -> int:
    tv = a.ptr()
    ns = _clock(p)
    if tv:
        p.mem.write_ptr(tv, ns // 10**9)
        p.mem.write_ptr(tv + p.arch.word, (ns // 1000) % 10**6)
    return 0


@export("clock_gettime")
def _clock_gettime(p: NativeProcess, a: Cursor) -> int:
    _clk, ts = a.int32(), a.ptr()
    ns = _clock(p)
    p.mem.write_ptr(ts, ns // 10**9)
    p.mem.write_ptr(ts + p.arch.word, ns % 10**9)
    return 0


@export("clock", ret="P")
def _clock_m(p: NativeProcess, a: Cursor) -> int:
    return p.vm.icount // 1000


@export("sleep", "usleep", "nanosleep")
def _sleep(p: NativeProcess, a: Cursor) -> int:
    return 0


@export("localtime", "gmtime", "localtime_r", "gmtime_r", ret="P")
def _localtime(p: NativeProcess, a: Cursor) -> int:
    a.ptr()
    out = a.ptr()
    if not out:
        out = p.vm.env.get("native_tm") or p.mem.static(64)
        p.vm.env["native_tm"] = out
    p.mem.write(out, struct.pack("<9i", 0, 0, 12, 13, 8, 120, 0, 0, 0))
    return int(out)


@export("strftime", ret="P")
def _strftime(p: NativeProcess, a: Cursor) -> int:
    buf, n = a.ptr(), a.ptr()
    text = b"2020-09-13 12:00:00"[: max(0, n - 1)]
    p.mem.write(buf, text + b"\0")
    return len(text)


@export("sysconf", ret="P")
def _sysconf(p: NativeProcess, a: Cursor) -> int:
    name = a.int32()
    # bionic's <unistd.h>: _SC_PAGESIZE 0x27, _SC_PAGE_SIZE 0x28, _SC_NPROCESSORS_CONF/ONLN 0x60/0x61
    return {0x27: 4096, 0x28: 4096, 0x60: 4, 0x61: 4, 0x06: 100, 0x07: 1024}.get(name, 0)


@export("getpagesize")
def _getpagesize(p: NativeProcess, a: Cursor) -> int:
    return 4096


@export("__errno", "__errno_location", ret="P")
def _errno(p: NativeProcess, a: Cursor) -> int:
    return p.tls + 2 * p.arch.word


@export("__system_property_get")
def _property_get(p: NativeProcess, a: Cursor) -> int:
    name, out = p.mem.text(a.ptr()), a.ptr()
    value = PROPERTIES.get(name, "").encode()[:91]
    p.mem.write(out, value + b"\0")
    return len(value)


@export("__system_property_find", ret="P")
def _property_find(p: NativeProcess, a: Cursor) -> int:
    return 0


@export("rand", "random", "lrand48")
def _rand(p: NativeProcess, a: Cursor) -> int:
    return p.vm.rng.randrange(0, 1 << 31)


@export("srand", "srandom", "srand48", ret="V")
def _srand(p: NativeProcess, a: Cursor) -> None:
    return None


@export("arc4random")
def _arc4random(p: NativeProcess, a: Cursor) -> int:
    return p.vm.rng.randrange(0, 1 << 32)


@export("getrandom", ret="P")
def _getrandom(p: NativeProcess, a: Cursor) -> int:
    buf, n = a.ptr(), a.ptr()
    p.mem.write(buf, bytes(p.vm.rng.randrange(256) for _ in range(min(n, 4096))))
    return min(n, 4096)


@export("qsort", ret="V")
def _qsort(p: NativeProcess, a: Cursor) -> None:
    base, n, size, cmp = a.ptr(), a.ptr(), a.ptr(), a.ptr()
    if n > 4096 or size > 4096:
        return
    items = [p.mem.read(base + i * size, size) for i in range(n)]
    tmp = p.mem.malloc(2 * size)
    import functools

    def compare(x: bytes, y: bytes) -> int:
        p.mem.write(tmp, x)
        p.mem.write(tmp + size, y)
        r = int(p.call(cmp, [("P", tmp), ("P", tmp + size)], "I"))
        return r - (1 << 32) if r & 0x80000000 else r

    items.sort(key=functools.cmp_to_key(compare))
    p.mem.write(base, b"".join(items))
    p.mem.free(tmp)


# -- threads ------------------------------------------------------------------------------------


@export("pthread_create")
def _pthread_create(p: NativeProcess, a: Cursor) -> int:
    out, _attr, start = a.ptr(), a.ptr(), a.ptr()
    # One thread: the new thread is recorded, not run (native watchdog threads loop forever).
    started: list[str] = p.vm.env.setdefault("native_threads", [])
    started.append(p.where(start))
    if out:
        p.mem.write_ptr(out, 0x7000 + len(started))
    return 0


@export("pthread_self", ret="P")
def _pthread_self(p: NativeProcess, a: Cursor) -> int:
    return 0x7000


@export("pthread_once")
def _pthread_once(p: NativeProcess, a: Cursor) -> int:
    once, fn = a.ptr(), a.ptr()
    if p.mem.u32(once) == 0:
        p.mem.write_u32(once, 1)
        p.call(fn, [], "V")
    return 0


@export("pthread_key_create")
def _key_create(p: NativeProcess, a: Cursor) -> int:
    out = a.ptr()
    keys: dict[int, int] = p.vm.env.setdefault("native_keys", {})
    k = len(keys) + 1
    keys[k] = 0
    p.mem.write_u32(out, k)
    return 0


@export("pthread_getspecific", ret="P")
def _getspecific(p: NativeProcess, a: Cursor) -> int:
    return int(p.vm.env.setdefault("native_keys", {}).get(a.int32(), 0))


@export("pthread_setspecific")
def _setspecific(p: NativeProcess, a: Cursor) -> int:
    k, v = a.int32(), a.ptr()
    p.vm.env.setdefault("native_keys", {})[k] = v
    return 0


@export("pthread_mutex_init", "pthread_mutex_lock", "pthread_mutex_unlock", "pthread_mutex_trylock",
        "pthread_mutex_destroy", "pthread_cond_init", "pthread_cond_signal", "pthread_cond_broadcast",
        "pthread_cond_destroy", "pthread_cond_wait", "pthread_cond_timedwait", "pthread_attr_init",
        "pthread_attr_destroy", "pthread_attr_setdetachstate", "pthread_attr_setstacksize",
        "pthread_detach", "pthread_join", "pthread_key_delete", "pthread_mutexattr_init",
        "pthread_mutexattr_settype", "pthread_mutexattr_destroy", "pthread_rwlock_init",
        "pthread_rwlock_rdlock", "pthread_rwlock_wrlock", "pthread_rwlock_unlock", "pthread_setname_np",
        "pthread_kill", "sem_init", "sem_post", "sem_wait", "sem_destroy")  # fmt: skip
def _pthread_ok(p: NativeProcess, a: Cursor) -> int:
    return 0


@export("pthread_exit", ret="V")
def _pthread_exit(p: NativeProcess, a: Cursor) -> None:
    raise NativeAbort("pthread_exit on the main thread")


# -- C++ runtime ---------------------------------------------------------------------------------


@export("__cxa_atexit", "__cxa_finalize", "__register_atfork", "__cxa_thread_atexit_impl")
def _atexit(p: NativeProcess, a: Cursor) -> int:
    return 0


@export("__cxa_guard_acquire")
def _guard_acquire(p: NativeProcess, a: Cursor) -> int:
    g = a.ptr()
    return 0 if p.mem.read(g, 1) != b"\0" else 1


@export("__cxa_guard_release", ret="V")
def _guard_release(p: NativeProcess, a: Cursor) -> None:
    p.mem.write(a.ptr(), b"\1")


@export("__cxa_guard_abort", ret="V")
def _guard_abort(p: NativeProcess, a: Cursor) -> None:
    return None


@export("__cxa_pure_virtual", "__cxa_throw", "__cxa_rethrow", "_ZSt9terminatev", "__cxa_bad_cast",
        "__cxa_bad_typeid", "_Unwind_Resume", ret="V")  # fmt: skip
def _cxx_fatal(p: NativeProcess, a: Cursor) -> None:
    raise NativeAbort("C++ exception or pure virtual call: std::terminate (SIGABRT)")


@export("__cxa_allocate_exception", ret="P")
def _cxa_alloc(p: NativeProcess, a: Cursor) -> int:
    return p.mem.malloc(a.ptr() + 128)


# -- libm -----------------------------------------------------------------------------------------


def _math1(fn: Callable[[float], Any]) -> Model:
    def model(p: NativeProcess, a: Cursor) -> float:
        try:
            return float(fn(a.double()))
        except (ValueError, OverflowError):
            return math.nan

    return model


def _math1f(fn: Callable[[float], Any]) -> Model:
    def model(p: NativeProcess, a: Cursor) -> float:
        try:
            return float(fn(a.float()))
        except (ValueError, OverflowError):
            return math.nan

    return model


_MATH: dict[str, Callable[[float], Any]] = {
    "sin": math.sin, "cos": math.cos, "tan": math.tan, "sqrt": math.sqrt, "exp": math.exp,
               "log": math.log, "log10": math.log10, "floor": math.floor, "ceil": math.ceil,
               "fabs": math.fabs, "atan": math.atan, "asin": math.asin, "acos": math.acos,
               "round": round, "trunc": math.trunc}  # fmt: skip
for _n, _f in _MATH.items():
    FUNCTIONS[_n] = (_math1(_f), "D")
    FUNCTIONS[_n + "f"] = (_math1f(_f), "F")


@export("pow", ret="D")
def _pow(p: NativeProcess, a: Cursor) -> float:
    x, y = a.double(), a.double()
    try:
        return float(math.pow(x, y))
    except (ValueError, OverflowError):
        return math.nan


@export("atan2", ret="D")
def _atan2(p: NativeProcess, a: Cursor) -> float:
    y, x = a.double(), a.double()
    return math.atan2(y, x)


@export("fmod", ret="D")
def _fmod(p: NativeProcess, a: Cursor) -> float:
    x, y = a.double(), a.double()
    return math.fmod(x, y) if y else math.nan


# -- sockets --------------------------------------------------------------------------------------


@export("socket")
def _socket(p: NativeProcess, a: Cursor) -> int:
    domain, kind = a.int32(), a.int32()
    return _files(p).add(files.OpenFile(f"socket:[{domain}/{kind}]", bytearray(), socket=True))


@export("connect")
def _connect(p: NativeProcess, a: Cursor) -> int:
    fd, addr, n = a.int32(), a.ptr(), a.int32()
    f = _files(p).fds.get(fd)
    if f is None or not f.socket:
        return errno(p, EBADF)
    raw = p.mem.read(addr, min(max(n, 0), 128))
    family = struct.unpack_from("<H", raw)[0] if len(raw) >= 2 else 0
    if family == 2 and len(raw) >= 8:  # AF_INET
        port = struct.unpack_from(">H", raw, 2)[0]
        ip = ".".join(str(b) for b in raw[4:8])
        f.peer = f"{ip}:{port}"
        if raw[4] == 127:
            return errno(p, ECONNREFUSED)  # nothing listens on a clean device's loopback
    elif family == 1:  # AF_UNIX
        f.peer = raw[2:].split(b"\0")[0].decode("utf-8", "replace")
        return errno(p, ENOENT)
    elif family == 10 and len(raw) >= 24:  # AF_INET6
        port = struct.unpack_from(">H", raw, 2)[0]
        f.peer = f"[{raw[8:24].hex()}]:{port}"
        if raw[8:24] == bytes(15) + b"\1":
            return errno(p, ECONNREFUSED)
    f.writable = True
    p.vm.env.setdefault("native_connections", []).append(f.peer)
    return 0


@export("bind", "listen", "setsockopt", "getsockopt", "shutdown", "getsockname", "getpeername")
def _sock_ok(p: NativeProcess, a: Cursor) -> int:
    return 0


@export("accept", "recv", "recvfrom", "recvmsg")
def _recv(p: NativeProcess, a: Cursor) -> int:
    return 0


@export("inet_addr")
def _inet_addr(p: NativeProcess, a: Cursor) -> int:
    text = p.mem.text(a.ptr())
    try:
        parts = [int(x) for x in text.split(".")]
        if len(parts) != 4 or any(not 0 <= x < 256 for x in parts):
            raise ValueError
        return int.from_bytes(bytes(parts), "little")
    except ValueError:
        return 0xFFFFFFFF


@export("inet_pton")
def _inet_pton(p: NativeProcess, a: Cursor) -> int:
    af, text, dst = a.int32(), p.mem.text(a.ptr()), a.ptr()
    import ipaddress

    try:
        ip = ipaddress.ip_address(text)
    except ValueError:
        return 0
    if (af == 2) != (ip.version == 4):
        return 0
    p.mem.write(dst, ip.packed)
    return 1


@export("inet_ntoa", ret="P")
def _inet_ntoa(p: NativeProcess, a: Cursor) -> int:
    v = a.word()
    return _static_text(p, "inet_ntoa", ".".join(str(b) for b in struct.pack("<I", v)).encode())


@export("htons", "ntohs")
def _htons(p: NativeProcess, a: Cursor) -> int:
    v = a.word() & 0xFFFF
    return ((v & 0xFF) << 8) | (v >> 8)


@export("htonl", "ntohl")
def _htonl(p: NativeProcess, a: Cursor) -> int:
    return int.from_bytes((a.word() & 0xFFFFFFFF).to_bytes(4, "little"), "big")


@export("gethostbyname", ret="P")
def _gethostbyname(p: NativeProcess, a: Cursor) -> int:
    name = p.mem.text(a.ptr())
    w = p.arch.word
    # struct hostent {h_name, h_aliases, h_addrtype(int), h_length(int), h_addr_list}
    ent = p.mem.static(64 + 4 * w)
    addr = p.mem.static(4)
    p.mem.write(addr, bytes([10, 0, 2, 2]))
    lst = p.mem.static(2 * w)
    p.mem.write_ptr(lst, addr)
    p.mem.write_ptr(lst + w, 0)
    nm = p.mem.new_cstring(name.encode())
    p.mem.write_ptr(ent, nm)
    p.mem.write_ptr(ent + w, 0)
    p.mem.write_u32(ent + 2 * w, 2)
    p.mem.write_u32(ent + 2 * w + 4, 4)
    p.mem.write_ptr(ent + 2 * w + 8, lst)
    return ent


@export("getaddrinfo")
def _getaddrinfo(p: NativeProcess, a: Cursor) -> int:
    return -2  # EAI_NONAME: no name resolution


@export("freeaddrinfo", ret="V")
def _freeaddrinfo(p: NativeProcess, a: Cursor) -> None:
    return None


# -- the dynamic linker -------------------------------------------------------------------------


@export("dlopen", "android_dlopen_ext", ret="P")
def _dlopen(p: NativeProcess, a: Cursor) -> int:
    from dexlego.emulator.native import linker
    from dexlego.emulator.native.runtime import AppProcess

    name = p.mem.text(a.ptr())
    return linker.dlopen(p, name) if isinstance(p, AppProcess) else 0


@export("dlsym", ret="P")
def _dlsym(p: NativeProcess, a: Cursor) -> int:
    from dexlego.emulator.native import linker
    from dexlego.emulator.native.runtime import AppProcess

    handle, name = a.ptr(), p.mem.text(a.ptr())
    return linker.dlsym(p, handle, name) if isinstance(p, AppProcess) else 0


@export("dlclose")
def _dlclose(p: NativeProcess, a: Cursor) -> int:
    return 0


@export("dlerror", ret="P")
def _dlerror(p: NativeProcess, a: Cursor) -> int:
    err = p.vm.env.pop("native_dlerror", None)
    return _static_text(p, "dlerror", str(err).encode()) if err else 0


@export("dladdr")
def _dladdr(p: NativeProcess, a: Cursor) -> int:
    addr, info = a.ptr(), a.ptr()
    w = p.arch.word
    for lib in p.libraries:
        if lib.contains(addr):
            p.mem.write_ptr(info, p.mem.new_cstring(lib.path.encode()))
            p.mem.write_ptr(info + w, lib.base)
            p.mem.write_ptr(info + 2 * w, 0)
            p.mem.write_ptr(info + 3 * w, 0)
            return 1
    return 0


@export("dl_iterate_phdr", "__gnu_Unwind_Find_exidx", "__cxa_begin_cleanup", "__cxa_type_match",
        "__cxa_call_unexpected", "__register_frame_info", "__deregister_frame_info",
        "_Jv_RegisterClasses")  # fmt: skip
def _unwind_none(p: NativeProcess, a: Cursor) -> int:
    return 0


def init_data(p: NativeProcess, name: str, addr: int) -> None:
    """Fill an imported data object with what bionic would hold there."""
    if name == "__stack_chk_guard":
        p.mem.write_ptr(addr, p.stack_guard)
    elif name in ("stdin", "stdout", "stderr"):
        p.mem.write_ptr(addr, sf_stream(p, ("stdin", "stdout", "stderr").index(name)))
    elif name == "__sF":
        size = 152 if p.arch.bits == 64 else 84
        p.vm.env["native_sF"] = addr
        for i in range(3):
            _streams(p)[addr + i * size] = i
    elif name == "__page_size":
        p.mem.write_ptr(addr, 4096)
    elif name == "__progname":
        p.mem.write_ptr(addr, p.mem.new_cstring(str(p.vm.env.get("package", "app")).encode()))
    elif name == "_ctype_":
        table = bytearray(257)
        for c in range(256):
            ch = chr(c)
            v = 0
            if ch.isupper() and c < 128:
                v |= 0x01
            if ch.islower() and c < 128:
                v |= 0x02
            if ch.isdigit() and c < 128:
                v |= 0x04
            if ch in " \t\n\v\f\r":
                v |= 0x08
            if c < 128 and ch.isprintable() and not ch.isalnum() and ch != " ":
                v |= 0x10
            if c < 32 or c == 127:
                v |= 0x20
            if ch in "0123456789abcdefABCDEF":
                v |= 0x40
            if ch == " ":
                v |= 0x80
            table[c + 1] = v
        p.mem.write(addr, bytes(table))
