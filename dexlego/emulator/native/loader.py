"""Load an ELF shared object into the native address space, as bionic's linker does.

LIEF parses the file (segments, dynamic symbols, relocations including Android's packed and
RELR forms, the dynamic section); we map the PT_LOAD segments at a 64 KiB aligned base, apply
the relocations (symbols resolved through the caller's `resolve`), set each segment's
protection, and report the constructors to run (`DT_INIT`, then `DT_INIT_ARRAY`).
"""

from __future__ import annotations

import struct
from collections.abc import Callable
from dataclasses import dataclass, field

import lief
from unicorn import UC_PROT_EXEC, UC_PROT_READ, UC_PROT_WRITE

from dexlego.emulator.native.arch import ABSOLUTE, JUMP_SLOT, RELATIVE, Arch
from dexlego.emulator.native.memory import AddressSpace, page_up

ALIGN = 0x10000
MAX_LIBRARY = 256 * 1024 * 1024

# resolve(symbol name, is a function) -> address, or None when nothing provides it
Resolver = Callable[[str, bool], int | None]


class NativeLoadError(Exception):
    """A library that cannot be loaded (one line, like dlerror())."""


@dataclass
class Library:
    """One loaded shared object."""

    name: str  # file name, e.g. libfoo.so
    path: str  # where the app's process would see it
    base: int
    size: int
    exports: dict[str, int]
    needed: list[str]
    inits: list[int] = field(default_factory=list)  # constructors, in the order they run
    unknown_imports: list[str] = field(default_factory=list)
    unsupported_relocs: int = 0

    def symbol(self, name: str) -> int | None:
        return self.exports.get(name)

    def contains(self, addr: int) -> bool:
        return self.base <= addr < self.base + self.size


def parse(data: bytes, name: str) -> lief.ELF.Binary:
    """LIEF's view of `data`; NativeLoadError when it is not an ELF shared object."""
    if data[:4] != b"\x7fELF":
        raise NativeLoadError(f"{name}: not an ELF file")
    with lief.logging.level_scope(lief.logging.LEVEL.OFF):  # a malformed file is our error, not LIEF's log
        binary = lief.ELF.parse(list(data))
    if binary is None:
        raise NativeLoadError(f"{name}: unreadable ELF file")
    return binary


def machine_of(binary: lief.ELF.Binary) -> str:
    return str(binary.header.machine_type).rsplit(".", 1)[-1]


def load(
    space: AddressSpace,
    arch: Arch,
    data: bytes,
    name: str,
    path: str,
    base: int,
    resolve: Resolver,
) -> Library:
    """Map `data` at `base` (64 KiB aligned) and relocate it; raises NativeLoadError."""
    binary = parse(data, name)
    if machine_of(binary) != arch.machine:
        raise NativeLoadError(f"{name}: built for {machine_of(binary)}, the process is {arch.abi}")
    loads = [s for s in binary.segments if s.type == lief.ELF.Segment.TYPE.LOAD]
    if not loads:
        raise NativeLoadError(f"{name}: no loadable segment")
    lo = min(s.virtual_address for s in loads) & ~0xFFF
    hi = page_up(max(s.virtual_address + s.virtual_size for s in loads))
    if hi - lo > MAX_LIBRARY or hi <= lo:
        raise NativeLoadError(f"{name}: implausible image size {hi - lo:#x}")
    bias = base - lo
    space.map(base, hi - lo, UC_PROT_READ | UC_PROT_WRITE, path)
    for s in loads:
        content = bytes(s.content)[: s.physical_size]
        if content:
            space.write(bias + s.virtual_address, content)
    exports: dict[str, int] = {}
    for sym in binary.dynamic_symbols:
        if sym.name and sym.value and sym.shndx != 0 and not sym.imported:
            exports.setdefault(str(sym.name), bias + sym.value)
    lib = Library(name=name, path=path, base=base, size=hi - lo, exports=exports,
                  needed=[str(n) for n in binary.libraries])  # fmt: skip
    _relocate(space, arch, binary, lib, bias, resolve)
    for s in loads:
        prot = 0
        flags = int(s.flags)
        if flags & 4:
            prot |= UC_PROT_READ
        if flags & 2:
            prot |= UC_PROT_WRITE
        if flags & 1:
            prot |= UC_PROT_EXEC | UC_PROT_READ
        start = (bias + s.virtual_address) & ~0xFFF
        end = page_up(bias + s.virtual_address + s.virtual_size)
        space.protect(start, end - start, prot or UC_PROT_READ)
    lib.inits = _constructors(space, arch, binary, bias)
    return lib


def _relocate(
    space: AddressSpace, arch: Arch, binary: lief.ELF.Binary, lib: Library, bias: int, resolve: Resolver
) -> None:
    word = arch.word
    fmt = "<I" if word == 4 else "<Q"
    for r in binary.relocations:
        where = bias + r.address
        kind = arch.relocs.get(int(r.type) & 0xFFFF)
        if kind is None:
            if int(r.type) & 0xFFFF:
                lib.unsupported_relocs += 1
            continue
        if not space.is_mapped(where, word):
            lib.unsupported_relocs += 1
            continue
        implicit = struct.unpack(fmt, space.read(where, word))[0]
        addend = r.addend if arch.rela else implicit
        if kind == RELATIVE:
            value = bias + addend
        else:
            sym = r.symbol if r.has_symbol else None
            target = 0
            if sym is not None and sym.name:
                if not sym.imported and sym.value:
                    target = bias + sym.value
                else:
                    is_func = sym.type == lief.ELF.Symbol.TYPE.FUNC or kind == JUMP_SLOT
                    found = resolve(str(sym.name), is_func)
                    if found is None:
                        if sym.binding != lief.ELF.Symbol.BINDING.WEAK:
                            lib.unknown_imports.append(str(sym.name))
                        found = 0
                    target = found
            elif sym is not None:
                target = bias
            if kind == ABSOLUTE:
                value = target + addend
            else:  # GLOB_DAT / JUMP_SLOT: the symbol's address (plus an explicit addend)
                value = target + (r.addend if arch.rela else 0)
        space.write(where, struct.pack(fmt, value & arch.mask))


def _constructors(space: AddressSpace, arch: Arch, binary: lief.ELF.Binary, bias: int) -> list[int]:
    out: list[int] = []
    tags = lief.ELF.DynamicEntry.TAG
    init = binary.get(tags.INIT)
    if init is not None and init.value:
        out.append(bias + init.value)
    arr, size = binary.get(tags.INIT_ARRAY), binary.get(tags.INIT_ARRAYSZ)
    if arr is not None and size is not None:
        start = bias + arr.value
        for i in range(min(size.value // arch.word, 4096)):
            if not space.is_mapped(start + i * arch.word, arch.word):
                break
            f = space.ptr(start + i * arch.word)
            if f not in (0, arch.mask):
                out.append(f)
    return out
