"""An ART-faithful image of the app's compiled code file, for native code that looks for the
app's DEX in memory.

Modeled layout: **Android 6.0 (Marshmallow, OAT version 064)**, where the installer's dex2oat
writes `/data/app/<package>-1/oat/<isa>/base.odex`, an ELF file whose first loadable segment
holds the ELF header and, at offset 0x1000, `oatdata`: the OAT header (`art/runtime/oat.h` of
Android 6: magic `oat\\n`, version `064\\0`, checksum, instruction set, features, dex file count,
executable offset, seven trampoline offsets, image patch delta, image checksum and data begin,
the key-value store size at +0x44 and the store at +0x48), then one `OatDexFile` record per DEX
(u32 location length, location — `/data/app/<package>-1/base.apk`, then `base.apk:classes2.dex`
... — u32 location checksum (the zip entry's CRC-32), u32 offset of the DEX from `oatdata`, one
u32 class offset per class definition), the DEX files themselves (4-byte aligned, byte for byte
as in the APK), one `OatClass` per class (status, type `kOatClassNoneCompiled`: the app runs in
the interpreter, as DexLego's runtime forces), then a page-aligned `oatexec` segment and the
`.dynamic` segment. ART maps the segments read-only (`r--p`, `r-xp`, `r--p`); native code must
`mprotect` a page before writing to it, exactly as on a device. Later layouts (Android 7+
`vdex`, Android 9+ CompactDex) are not modeled.
"""

from __future__ import annotations

import struct
import zlib
from dataclasses import dataclass
from typing import TYPE_CHECKING

from unicorn import UC_PROT_EXEC, UC_PROT_READ

from dexlego.emulator.native.arch import ARM, ARM64, X86, X86_64, Arch

if TYPE_CHECKING:
    from dexlego.emulator.dexload import LoadedDex

OAT_VERSION = b"064\0"
OATDATA = 0x1000
_ISA = {ARM64.isa: 2, ARM.isa: 3, X86.isa: 4, X86_64.isa: 5}  # InstructionSet: kArm64, kThumb2, kX86, kX86_64
_MACHINE = {ARM64.isa: 183, ARM.isa: 40, X86.isa: 3, X86_64.isa: 62}


@dataclass
class ArtImage:
    path: str
    data: bytes
    segments: list[tuple[int, int, int]]  # (offset, size, protection) as ART maps them
    dex_offsets: list[tuple[LoadedDex, int]]  # each DEX and where it starts in the image


def odex_path(package: str, arch: Arch) -> str:
    return f"/data/app/{package}-1/oat/{arch.isa}/base.odex"


def _page(n: int) -> int:
    return (n + 0xFFF) & ~0xFFF


def build(arch: Arch, package: str, dexes: list[LoadedDex]) -> ArtImage:
    """The odex image of `dexes` (the APK's DEX files, in order) for `package` on `arch`."""
    apk = f"/data/app/{package}-1/base.apk"
    kv = b""
    for key, value in (
        ("dex2oat-cmdline", f"--zip-fd=6 --zip-location={apk} --oat-fd=7 --oat-location="
                            f"{odex_path(package, arch)} --instruction-set={arch.isa}"),
        ("dex2oat-host", "Arm64" if arch is ARM64 else arch.isa.capitalize()),
        ("image-location", f"/data/dalvik-cache/{arch.isa}/system@framework@boot.art"),
        ("pic", "false"),
        ("debuggable", "false"),
    ):  # fmt: skip
        kv += key.encode() + b"\0" + value.encode() + b"\0"
    records: list[bytes] = []
    for i in range(len(dexes)):
        loc = (apk if i == 0 else f"{apk}:classes{i + 1}.dex").encode()
        records.append(struct.pack("<I", len(loc)) + loc)
    # OatDexFile: location, checksum, dex offset, class offsets (filled once offsets are known)
    header_end = 0x48 + len(kv)
    rec_sizes = [len(r) + 8 + 4 * len(d.dex.classes) for r, d in zip(records, dexes, strict=True)]
    pos = header_end + sum(rec_sizes)
    dex_offsets: list[int] = []
    for d in dexes:
        pos = (pos + 3) & ~3
        dex_offsets.append(pos)
        pos += len(d.data)
    oat_classes_start = (pos + 3) & ~3
    class_offsets: list[list[int]] = []
    pos = oat_classes_start
    for d in dexes:
        offs = []
        for _ in d.dex.classes:
            offs.append(pos)
            pos += 4  # int16 status (kStatusVerified = 9), uint16 type (kOatClassNoneCompiled = 2)
        class_offsets.append(offs)
    oatdata_size = pos
    exec_offset = _page(OATDATA + oatdata_size) - OATDATA
    oat = bytearray(oatdata_size)
    struct.pack_into("<4s4sIIII", oat, 0, b"oat\n", OAT_VERSION, 0, _ISA[arch.isa], 0, len(dexes))
    struct.pack_into("<I", oat, 0x18, exec_offset)
    struct.pack_into("<7I", oat, 0x1C, *([exec_offset] * 7))
    struct.pack_into("<iII", oat, 0x38, 0, 0, 0x70000000)
    struct.pack_into("<I", oat, 0x44, len(kv))
    oat[0x48 : 0x48 + len(kv)] = kv
    p = header_end
    for rec, d, off, offs in zip(records, dexes, dex_offsets, class_offsets, strict=True):
        oat[p : p + len(rec)] = rec
        p += len(rec)
        struct.pack_into("<II", oat, p, zlib.crc32(d.data) & 0xFFFFFFFF, off)
        p += 8
        for c in offs:
            struct.pack_into("<I", oat, p, c)
            p += 4
        oat[off : off + len(d.data)] = d.data
        for c in offs:
            struct.pack_into("<hH", oat, c, 9, 2)
    struct.pack_into("<I", oat, 8, zlib.adler32(bytes(oat[12:])) & 0xFFFFFFFF)
    exec_start = OATDATA + exec_offset
    exec_size = 0x1000
    dyn_start = exec_start + exec_size
    image = bytearray(dyn_start + 0x1000)
    image[OATDATA : OATDATA + len(oat)] = oat
    image[0:0x200] = _elf_header(arch, exec_start, exec_size, dyn_start)
    segments = [(0, exec_start, UC_PROT_READ), (exec_start, exec_size, UC_PROT_READ | UC_PROT_EXEC),
                (dyn_start, 0x1000, UC_PROT_READ)]  # fmt: skip
    return ArtImage(odex_path(package, arch), bytes(image), segments,
                    [(d, OATDATA + off) for d, off in zip(dexes, dex_offsets, strict=True)])  # fmt: skip


def _elf_header(arch: Arch, exec_start: int, exec_size: int, dyn_start: int) -> bytes:
    """An ELF header and program headers (PT_LOAD x3, PT_DYNAMIC) for the odex wrapper."""
    is64 = arch.bits == 64
    ident = b"\x7fELF" + bytes([2 if is64 else 1, 1, 1, 0]) + bytes(8)
    phoff = 64 if is64 else 52
    phentsize = 56 if is64 else 32
    segs = [(1, 0, exec_start, 4), (1, exec_start, exec_size, 5), (1, dyn_start, 0x1000, 4),
            (2, dyn_start, 0x1000, 4)]  # fmt: skip
    if is64:
        head = ident + struct.pack("<HHIQQQIHHHHHH", 3, _MACHINE[arch.isa], 1, 0, phoff, 0, 0, 64, phentsize,
                                   len(segs), 64, 0, 0)  # fmt: skip
        ph = b"".join(struct.pack("<IIQQQQQQ", t, flags, off, off, off, size, size, 0x1000)
                      for t, off, size, flags in segs)  # fmt: skip
    else:
        head = ident + struct.pack("<HHIIIIIHHHHHH", 3, _MACHINE[arch.isa], 1, 0, phoff, 0, 0, 52, phentsize,
                                   len(segs), 40, 0, 0)  # fmt: skip
        ph = b"".join(struct.pack("<IIIIIIII", t, off, off, off, size, size, flags, 0x1000)
                      for t, off, size, flags in segs)  # fmt: skip
    out = head + ph
    return out + bytes(0x200 - len(out))
