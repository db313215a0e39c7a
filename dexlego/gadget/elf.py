"""ELF shared libraries of an APK: which ABI they are for, and adding Frida Gadget to DT_NEEDED.

Parsing and rewriting use LIEF, the way the field injects Gadget into an app's own library
(LIEF's "Frida Gadget on a non-rooted device" tutorial): the dynamic linker loads every
`DT_NEEDED` entry before the library's own initialisers run, so the gadget starts as soon as the
app loads that library.
"""

from __future__ import annotations

from dataclasses import dataclass

from dexlego.gadget.errors import GadgetError

#: Android ABI folder names by ELF machine and class (the NDK's ABI list).
_ABI_BY_MACHINE: dict[tuple[str, int], str] = {
    ("AARCH64", 64): "arm64-v8a",
    ("ARM", 32): "armeabi-v7a",
    ("X86_64", 64): "x86_64",
    ("I386", 32): "x86",
}
ABIS = ("arm64-v8a", "armeabi-v7a", "x86_64", "x86")


@dataclass(frozen=True)
class ElfInfo:
    abi: str | None  # None for a machine Android does not run (mips, ...)
    shared_library: bool  # ET_DYN without PT_INTERP (a PIE executable has one)
    needed: tuple[str, ...]
    soname: str | None


def _parse(data: bytes, label: str) -> object:
    import lief

    if data[:4] != b"\x7fELF":
        raise GadgetError(f"{label}: not an ELF file")
    lief.logging.disable()
    binary = lief.ELF.parse(data)
    if binary is None:
        raise GadgetError(f"{label}: unreadable ELF file")
    return binary


def elf_info(data: bytes, label: str) -> ElfInfo:
    """ABI, kind, DT_NEEDED and DT_SONAME of an ELF image; GadgetError when not ELF."""
    import lief

    binary = _parse(data, label)
    assert isinstance(binary, lief.ELF.Binary)
    bits = 64 if data[4] == 2 else 32
    machine = binary.header.machine_type.name
    soname = None
    if binary.has(lief.ELF.DynamicEntry.TAG.SONAME):
        entry = binary.get(lief.ELF.DynamicEntry.TAG.SONAME)
        soname = getattr(entry, "name", None)
    shared = binary.header.file_type == lief.ELF.Header.FILE_TYPE.DYN and not binary.has_interpreter
    needed = tuple(str(n) for n in binary.libraries)
    return ElfInfo(_ABI_BY_MACHINE.get((machine, bits)), shared, needed, soname)


def add_needed(data: bytes, library: str, label: str) -> bytes:
    """`data` with `library` added to its DT_NEEDED entries (unchanged when already there)."""
    import lief

    binary = _parse(data, label)
    assert isinstance(binary, lief.ELF.Binary)
    if library in binary.libraries:
        return data
    binary.add_library(library)
    out = binary.write_to_bytes()
    patched = bytes(out)
    if library not in elf_info(patched, label).needed:
        raise GadgetError(f"{label}: LIEF did not write the DT_NEEDED entry for {library}")
    return patched
