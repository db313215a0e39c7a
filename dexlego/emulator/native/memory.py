"""The native address space: fixed regions, a heap, C strings, and taint on native bytes.

Layout (the same numbers for 32- and 64-bit ABIs, so that every address fits 32 bits):

| region | base | what |
|---|---|---|
| libraries | 0x10000000 | the app's shared objects, one after another, 64 KiB aligned |
| stubs | 0x60000000 | trap stubs of imported functions and of the JNI function tables |
| JNI | 0x61000000 | `JNIEnv`, `JavaVM` and their function-pointer tables |
| data | 0x62000000 | imported data objects (`__sF`, `__stack_chk_guard`, ...), errno, TLS |
| ART image | 0x70000000 | the app's `base.odex` mapping (OAT header + DEX files), see artimage.py |
| mmap | 0x80000000 | `mmap` and `dlopen` mappings |
| heap | 0xa0000000 | `malloc` and friends (bounded: `HEAP_SIZE`) |
| stack | 0xbf000000 | one thread's stack (`STACK_SIZE`) |

Taint: bytes copied from a tagged Java string (`GetStringUTFChars`, `GetByteArrayElements`...)
keep their tags here, per byte, and the libc layer carries them through the copies it performs
(`memcpy`, `strcpy`, `sprintf`, ...). Code that copies bytes with its own loops drops them
(no instruction-level taint tracking).
"""

from __future__ import annotations

import struct

from unicorn import UC_PROT_ALL, UC_PROT_EXEC, UC_PROT_READ, UC_PROT_WRITE, Uc, UcError

from dexlego.emulator.native.arch import Arch
from dexlego.emulator.taint import EMPTY, Taint

PAGE = 0x1000
LIB_BASE = 0x10000000
LIB_END = 0x60000000
STUB_BASE = 0x60000000
STUB_SIZE = 0x100000
JNI_BASE = 0x61000000
JNI_SIZE = 0x100000
DATA_BASE = 0x62000000
DATA_SIZE = 0x100000
IMAGE_BASE = 0x70000000
MMAP_BASE = 0x80000000
MMAP_END = 0xA0000000
HEAP_BASE = 0xA0000000
HEAP_SIZE = 64 * 1024 * 1024
STACK_TOP = 0xBF000000 + 0x100000
STACK_SIZE = 0x100000
MAX_STRING = 1 << 20  # longest C string read back from native memory


def page_up(n: int) -> int:
    return (n + PAGE - 1) & ~(PAGE - 1)


class OutOfMemory(Exception):
    """The native heap or the mmap area is full."""


class AddressSpace:
    """Unicorn's memory plus the bookkeeping Python needs: regions, the heap, taint."""

    def __init__(self, uc: Uc, arch: Arch) -> None:
        self.uc = uc
        self.arch = arch
        self.regions: list[tuple[int, int, int, str]] = []  # start, end, prot, name (for maps)
        self.taint: dict[int, Taint] = {}
        self._data_next = DATA_BASE
        self._mmap_next = MMAP_BASE
        self._heap_next = HEAP_BASE
        self._heap_blocks: dict[int, int] = {}  # address -> size
        self._free: dict[int, list[int]] = {}  # size -> free addresses
        self.map(STUB_BASE, STUB_SIZE, UC_PROT_ALL, "[anon:dexlego stubs]")
        self.map(JNI_BASE, JNI_SIZE, UC_PROT_READ | UC_PROT_WRITE, "[anon:jni]")
        self.map(DATA_BASE, DATA_SIZE, UC_PROT_READ | UC_PROT_WRITE, "[anon:libc data]")
        self.map(HEAP_BASE, HEAP_SIZE, UC_PROT_READ | UC_PROT_WRITE, "[anon:libc_malloc]")
        self.map(STACK_TOP - STACK_SIZE, STACK_SIZE, UC_PROT_READ | UC_PROT_WRITE, "[stack]")

    # -- mappings ---------------------------------------------------------------------------

    def map(self, start: int, size: int, prot: int, name: str) -> None:
        size = page_up(size)
        self.uc.mem_map(start, size, prot)
        self.regions.append((start, start + size, prot, name))
        self.regions.sort()

    def protect(self, start: int, size: int, prot: int) -> bool:
        """`mprotect`: False when part of the range is not mapped."""
        size = page_up(size)
        try:
            self.uc.mem_protect(start, size, prot)
        except UcError:
            return False
        out: list[tuple[int, int, int, str]] = []
        end = start + size
        for s, e, p, n in self.regions:
            if e <= start or s >= end:
                out.append((s, e, p, n))
                continue
            if s < start:
                out.append((s, start, p, n))
            out.append((max(s, start), min(e, end), prot, n))
            if e > end:
                out.append((end, e, p, n))
        self.regions = sorted(out)
        return True

    def mmap(self, size: int, prot: int, name: str = "") -> int:
        size = page_up(max(size, 1))
        if self._mmap_next + size > MMAP_END:
            raise OutOfMemory("mmap area exhausted")
        addr = self._mmap_next
        self._mmap_next += size
        self.map(addr, size, prot, name)
        return addr

    def unmap(self, start: int, size: int) -> bool:
        size = page_up(size)
        if not MMAP_BASE <= start < MMAP_END:
            return False  # only our own mmap area may be unmapped
        try:
            self.uc.mem_unmap(start, size)
        except UcError:
            return False
        self.regions = [r for r in self.regions if r[1] <= start or r[0] >= start + size]
        return True

    def is_mapped(self, address: int, size: int = 1) -> bool:
        for s, e, _, _ in self.regions:
            if s <= address and address + size <= e:
                return True
        return False

    def static(self, size: int, align: int = 16) -> int:
        """Zeroed memory that lives for the whole run (imported data, JNI structures)."""
        addr = (self._data_next + align - 1) & ~(align - 1)
        if addr + size > DATA_BASE + DATA_SIZE:
            raise OutOfMemory("static data area exhausted")
        self._data_next = addr + size
        return addr

    # -- heap -------------------------------------------------------------------------------

    def malloc(self, size: int) -> int:
        """A block of at least `size` bytes (16-byte aligned); 0 when the heap is full."""
        size = max(16, (size + 15) & ~15)
        free = self._free.get(size)
        if free:
            addr = free.pop()
        else:
            if self._heap_next + size > HEAP_BASE + HEAP_SIZE:
                return 0
            addr = self._heap_next
            self._heap_next += size
        self._heap_blocks[addr] = size
        return addr

    def free(self, addr: int) -> None:
        size = self._heap_blocks.pop(addr, None)
        if size is not None:
            self._free.setdefault(size, []).append(addr)
            self.clear_taint(addr, size)

    def block_size(self, addr: int) -> int | None:
        return self._heap_blocks.get(addr)

    # -- values -----------------------------------------------------------------------------

    def read(self, addr: int, size: int) -> bytes:
        return bytes(self.uc.mem_read(addr, size)) if size > 0 else b""

    def write(self, addr: int, data: bytes) -> None:
        if data:
            self.uc.mem_write(addr, bytes(data))

    def u32(self, addr: int) -> int:
        return int(struct.unpack("<I", self.read(addr, 4))[0])

    def u64(self, addr: int) -> int:
        return int(struct.unpack("<Q", self.read(addr, 8))[0])

    def ptr(self, addr: int) -> int:
        return self.u32(addr) if self.arch.bits == 32 else self.u64(addr)

    def write_u32(self, addr: int, v: int) -> None:
        self.write(addr, struct.pack("<I", v & 0xFFFFFFFF))

    def write_u64(self, addr: int, v: int) -> None:
        self.write(addr, struct.pack("<Q", v & 0xFFFFFFFFFFFFFFFF))

    def write_ptr(self, addr: int, v: int) -> None:
        if self.arch.bits == 32:
            self.write_u32(addr, v)
        else:
            self.write_u64(addr, v)

    def cstring(self, addr: int, limit: int = MAX_STRING) -> bytes:
        """The NUL-terminated bytes at `addr` (without the NUL), read page by page."""
        out = bytearray()
        while len(out) < limit:
            chunk = PAGE - (addr % PAGE)
            data = self.read(addr, chunk)
            nul = data.find(0)
            if nul >= 0:
                out += data[:nul]
                return bytes(out[:limit])
            out += data
            addr += chunk
        return bytes(out[:limit])

    def text(self, addr: int) -> str:
        return self.cstring(addr).decode("utf-8", "replace") if addr else ""

    def new_cstring(self, data: bytes, taint: Taint = EMPTY) -> int:
        """A heap copy of `data` plus a NUL (the caller frees it)."""
        addr = self.malloc(len(data) + 1)
        if addr:
            self.write(addr, data + b"\0")
            self.set_taint(addr, len(data) + 1, taint)
        return addr

    # -- taint ------------------------------------------------------------------------------

    def set_taint(self, addr: int, size: int, taint: Taint) -> None:
        if taint:
            for a in range(addr, addr + size):
                self.taint[a] = self.taint.get(a, EMPTY) | taint

    def clear_taint(self, addr: int, size: int) -> None:
        if self.taint:
            for a in range(addr, addr + size):
                self.taint.pop(a, None)

    def taint_of(self, addr: int, size: int) -> Taint:
        if not self.taint:
            return EMPTY
        t = EMPTY
        for a in range(addr, addr + size):
            x = self.taint.get(a)
            if x:
                t = t | x
        return t

    def copy_taint(self, dst: int, src: int, size: int) -> None:
        if not self.taint:
            return
        moved = [(i, self.taint.get(src + i)) for i in range(size)]
        for i, t in moved:
            if t:
                self.taint[dst + i] = t
            else:
                self.taint.pop(dst + i, None)


def prot_text(prot: int) -> str:
    return ("r" if prot & UC_PROT_READ else "-") + ("w" if prot & UC_PROT_WRITE else "-") + (
        "x" if prot & UC_PROT_EXEC else "-"
    )

