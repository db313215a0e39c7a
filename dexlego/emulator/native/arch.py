"""The four Android ABIs as Unicorn runs them: registers, calling conventions, trap stubs.

Calling conventions follow the ABI documents the NDK builds against: AAPCS64 (arm64-v8a),
AAPCS with the soft-float variant Android uses for JNI (armeabi, armeabi-v7a: floats travel in
core registers), the i386 System V ABI (x86: everything on the stack, float results in x87
`st(0)`) and the AMD64 System V ABI (x86_64). A *cursor* reads successive arguments the way a
callee would: from registers and stack (`CallArgs`), from a C `va_list` (`VaList`, whose layout
differs per ABI) or from a JNI `jvalue[]` (`JValues`).
"""

from __future__ import annotations

import struct
from dataclasses import dataclass
from typing import Any, Protocol

from unicorn import UC_ARCH_ARM, UC_ARCH_ARM64, UC_ARCH_X86, UC_MODE_32, UC_MODE_64, UC_MODE_ARM
from unicorn import arm64_const as a64
from unicorn import arm_const as a32
from unicorn import x86_const as x86

# Relocation kinds, keyed by the raw ELF relocation type of each machine.
RELATIVE, ABSOLUTE, GLOB_DAT, JUMP_SLOT = "relative", "absolute", "glob_dat", "jump_slot"


@dataclass(frozen=True)
class Arch:
    """One ABI: how Unicorn runs it and how its calls pass values."""

    abi: str  # the directory name under lib/ in an APK
    isa: str  # ART's instruction-set name (the oat/<isa>/ directory)
    machine: str  # LIEF's ARCH name of the ELF files it loads
    bits: int
    uc_arch: int
    uc_mode: int
    sp: int
    pc: int
    ret: int  # integer result register
    int_args: tuple[int, ...]
    fp_args: tuple[int, ...]  # registers of float/double arguments (none under soft-float)
    trap: bytes  # the instructions of an import stub: trap into Python, then return
    relocs: dict[int, str]
    rela: bool  # relocations carry explicit addends (RELA) rather than implicit ones (REL)

    @property
    def word(self) -> int:
        return self.bits // 8

    @property
    def mask(self) -> int:
        return (1 << self.bits) - 1

    @property
    def is_x86(self) -> bool:
        return bool(self.uc_arch == UC_ARCH_X86)


ARM64 = Arch(
    abi="arm64-v8a", isa="arm64", machine="AARCH64", bits=64,
    uc_arch=UC_ARCH_ARM64, uc_mode=UC_MODE_ARM,
    sp=a64.UC_ARM64_REG_SP, pc=a64.UC_ARM64_REG_PC, ret=a64.UC_ARM64_REG_X0,
    int_args=tuple(a64.UC_ARM64_REG_X0 + i for i in range(8)),
    fp_args=tuple(a64.UC_ARM64_REG_D0 + i for i in range(8)),
    trap=bytes.fromhex("010000d4" "c0035fd6"),  # svc #0 ; ret
    relocs={257: ABSOLUTE, 1025: GLOB_DAT, 1026: JUMP_SLOT, 1027: RELATIVE},
    rela=True,
)  # fmt: skip
ARM = Arch(
    abi="armeabi-v7a", isa="arm", machine="ARM", bits=32,
    uc_arch=UC_ARCH_ARM, uc_mode=UC_MODE_ARM,
    sp=a32.UC_ARM_REG_SP, pc=a32.UC_ARM_REG_PC, ret=a32.UC_ARM_REG_R0,
    int_args=(a32.UC_ARM_REG_R0, a32.UC_ARM_REG_R1, a32.UC_ARM_REG_R2, a32.UC_ARM_REG_R3),
    fp_args=(),
    trap=bytes.fromhex("000000ef" "1eff2fe1"),  # svc #0 ; bx lr  (ARM state)
    relocs={2: ABSOLUTE, 21: GLOB_DAT, 22: JUMP_SLOT, 23: RELATIVE},
    rela=False,
)  # fmt: skip
X86 = Arch(
    abi="x86", isa="x86", machine="I386", bits=32,
    uc_arch=UC_ARCH_X86, uc_mode=UC_MODE_32,
    sp=x86.UC_X86_REG_ESP, pc=x86.UC_X86_REG_EIP, ret=x86.UC_X86_REG_EAX,
    int_args=(), fp_args=(),
    trap=bytes.fromhex("cd80" "c3"),  # int 0x80 ; ret
    relocs={1: ABSOLUTE, 6: GLOB_DAT, 7: JUMP_SLOT, 8: RELATIVE},
    rela=False,
)  # fmt: skip
X86_64 = Arch(
    abi="x86_64", isa="x86_64", machine="X86_64", bits=64,
    uc_arch=UC_ARCH_X86, uc_mode=UC_MODE_64,
    sp=x86.UC_X86_REG_RSP, pc=x86.UC_X86_REG_RIP, ret=x86.UC_X86_REG_RAX,
    int_args=(x86.UC_X86_REG_RDI, x86.UC_X86_REG_RSI, x86.UC_X86_REG_RDX, x86.UC_X86_REG_RCX,
              x86.UC_X86_REG_R8, x86.UC_X86_REG_R9),
    fp_args=tuple(x86.UC_X86_REG_XMM0 + i for i in range(8)),
    trap=bytes.fromhex("cd80" "c3"),  # int 0x80 ; ret
    relocs={1: ABSOLUTE, 6: GLOB_DAT, 7: JUMP_SLOT, 8: RELATIVE},
    rela=True,
)  # fmt: skip

BY_ABI = {a.abi: a for a in (ARM64, ARM, X86, X86_64)}
BY_ABI["armeabi"] = ARM  # ARMv5TE code runs on the same core (Thumb-1 and ARM states)

# A device's `ro.product.cpu.abilist`, most preferred first (PackageManager picks the first ABI
# an APK ships libraries for, and installs only that directory: NativeLibraryHelper).
DEVICE_ABILIST = ("arm64-v8a", "armeabi-v7a", "armeabi")


def pick_abi(available: set[str], abilist: tuple[str, ...] = DEVICE_ABILIST) -> str | None:
    """The ABI a device with `abilist` installs an APK's libraries for, or None."""
    for abi in abilist:
        if abi in available:
            return abi
    return None


class Memory(Protocol):
    def mem_read(self, address: int, size: int) -> bytearray: ...

    def reg_read(self, reg_id: int, opt: Any = None) -> Any: ...


def _u(data: bytes | bytearray, fmt: str) -> int:
    return int(struct.unpack(fmt, bytes(data))[0])


class Cursor:
    """Reads successive C arguments: 32-bit ints, 64-bit ints, pointers, floats, doubles."""

    def __init__(self, arch: Arch, uc: Memory) -> None:
        self.arch = arch
        self.uc = uc

    def word(self) -> int:
        raise NotImplementedError

    def long(self) -> int:
        raise NotImplementedError

    def double_bits(self) -> int:
        raise NotImplementedError

    def float_bits(self) -> int:
        """A `float` passed as a named (not variadic) argument."""
        raise NotImplementedError

    def ptr(self) -> int:
        return self.word() if self.arch.bits == 32 else self.long()

    def int32(self) -> int:
        v = self.word() & 0xFFFFFFFF
        return v - (1 << 32) if v & 0x80000000 else v

    def int64(self) -> int:
        v = self.long() & 0xFFFFFFFFFFFFFFFF
        return v - (1 << 64) if v & (1 << 63) else v

    def double(self) -> float:
        return float(struct.unpack("<d", struct.pack("<Q", self.double_bits()))[0])

    def float(self) -> float:
        return float(struct.unpack("<f", struct.pack("<I", self.float_bits() & 0xFFFFFFFF))[0])


class CallArgs(Cursor):
    """The arguments of a call in progress, as the callee sees them on entry."""

    def __init__(self, arch: Arch, uc: Memory, sp: int | None = None) -> None:
        super().__init__(arch, uc)
        self.ngrn = 0  # next general register
        self.nsrn = 0  # next FP register
        base = uc.reg_read(arch.sp) if sp is None else sp
        # x86: the return address sits at [sp]; the first argument above it.
        self.stack = base + (arch.word if arch.is_x86 else 0)

    def _stack(self, size: int, align: int) -> bytes:
        self.stack = (self.stack + align - 1) & ~(align - 1)
        data = bytes(self.uc.mem_read(self.stack, size))
        self.stack += max(size, self.arch.word if self.arch.bits == 64 else size)
        return data

    def word(self) -> int:
        a = self.arch
        if self.ngrn < len(a.int_args):
            self.ngrn += 1
            return int(self.uc.reg_read(a.int_args[self.ngrn - 1])) & 0xFFFFFFFF if a.bits == 32 else \
                int(self.uc.reg_read(a.int_args[self.ngrn - 1]))
        if a.bits == 32:
            return _u(self._stack(4, 4), "<I")
        return _u(self._stack(8, 8), "<Q")

    def long(self) -> int:
        a = self.arch
        if a.bits == 64:
            return self.word()
        if a.int_args:  # AAPCS: an even register pair, else an 8-aligned stack slot
            if self.ngrn % 2:
                self.ngrn += 1
            if self.ngrn + 1 < len(a.int_args):
                lo = int(self.uc.reg_read(a.int_args[self.ngrn]))
                hi = int(self.uc.reg_read(a.int_args[self.ngrn + 1]))
                self.ngrn += 2
                return (lo & 0xFFFFFFFF) | (hi & 0xFFFFFFFF) << 32
            self.ngrn = len(a.int_args)
            return _u(self._stack(8, 8), "<Q")
        return _u(self._stack(8, 4), "<Q")  # i386: 4-byte aligned

    def double_bits(self) -> int:
        a = self.arch
        if not a.fp_args:
            return self.long()
        if self.nsrn < len(a.fp_args):
            self.nsrn += 1
            return _fp_reg(self.uc, a, a.fp_args[self.nsrn - 1], 8)
        return _u(self._stack(8, 8), "<Q")

    def float_bits(self) -> int:
        a = self.arch
        if not a.fp_args:
            return self.word()
        if self.nsrn < len(a.fp_args):
            self.nsrn += 1
            return _fp_reg(self.uc, a, a.fp_args[self.nsrn - 1], 4)
        return _u(self._stack(4, 8)[:4], "<I")


def _fp_reg(uc: Memory, arch: Arch, reg: int, size: int) -> int:
    v = int(uc.reg_read(reg))
    return v & ((1 << (8 * size)) - 1)


class VaList(Cursor):
    """A C `va_list` as the ABI lays it out (a pointer on ARM and i386, a struct elsewhere)."""

    def __init__(self, arch: Arch, uc: Memory, ap: int) -> None:
        super().__init__(arch, uc)
        self.ap = ap
        if arch is ARM64:  # {__stack, __gr_top, __vr_top, __gr_offs, __vr_offs}
            raw = bytes(uc.mem_read(ap, 32))
            self.stack, self.gr_top, self.vr_top = struct.unpack_from("<QQQ", raw)
            self.gr_offs, self.vr_offs = struct.unpack_from("<ii", raw, 24)
        elif arch is X86_64:  # {gp_offset, fp_offset, overflow_arg_area, reg_save_area}
            raw = bytes(uc.mem_read(ap, 24))
            self.gp, self.fp = struct.unpack_from("<II", raw)
            self.stack, self.save = struct.unpack_from("<QQ", raw, 8)
        else:
            self.stack = ap

    def _gp(self) -> int:
        if self.arch is ARM64:
            if self.gr_offs < 0:
                addr = self.gr_top + self.gr_offs
                self.gr_offs += 8
                return _u(self.uc.mem_read(addr, 8), "<Q")
        elif self.arch is X86_64 and self.gp < 48:
            addr = self.save + self.gp
            self.gp += 8
            return _u(self.uc.mem_read(addr, 8), "<Q")
        v = _u(self.uc.mem_read(self.stack, 8), "<Q")
        self.stack += 8
        return v

    def word(self) -> int:
        if self.arch.bits == 64:
            return self._gp()
        v = _u(self.uc.mem_read(self.stack, 4), "<I")
        self.stack += 4
        return v

    def long(self) -> int:
        if self.arch.bits == 64:
            return self._gp()
        if self.arch is ARM:
            self.stack = (self.stack + 7) & ~7
        v = _u(self.uc.mem_read(self.stack, 8), "<Q")
        self.stack += 8
        return v

    def double_bits(self) -> int:
        if self.arch is ARM64 and self.vr_offs < 0:
            addr = self.vr_top + self.vr_offs
            self.vr_offs += 16
            return _u(self.uc.mem_read(addr, 8), "<Q")
        if self.arch is X86_64:
            if self.fp < 176:
                addr = self.save + self.fp
                self.fp += 16
                return _u(self.uc.mem_read(addr, 8), "<Q")
            v = _u(self.uc.mem_read(self.stack, 8), "<Q")
            self.stack += 8
            return v
        if self.arch.bits == 64:
            v = _u(self.uc.mem_read(self.stack, 8), "<Q")
            self.stack += 8
            return v
        return self.long()

    def float_bits(self) -> int:  # variadic floats are promoted to double
        return float_to_bits(_bits_to_double(self.double_bits()))


class JValues(Cursor):
    """A JNI `jvalue[]`: one 8-byte union per argument."""

    def __init__(self, arch: Arch, uc: Memory, address: int) -> None:
        super().__init__(arch, uc)
        self.address = address

    def _slot(self) -> int:
        v = _u(self.uc.mem_read(self.address, 8), "<Q")
        self.address += 8
        return v

    def word(self) -> int:
        return self._slot() & 0xFFFFFFFF

    def long(self) -> int:
        return self._slot()

    def ptr(self) -> int:
        return self._slot() & self.arch.mask

    def double_bits(self) -> int:
        return self._slot()

    def float_bits(self) -> int:
        return self._slot() & 0xFFFFFFFF


def _bits_to_double(bits: int) -> float:
    return float(struct.unpack("<d", struct.pack("<Q", bits & 0xFFFFFFFFFFFFFFFF))[0])


def double_to_bits(v: float) -> int:
    return int(struct.unpack("<Q", struct.pack("<d", float(v)))[0])


def float_to_bits(v: float) -> int:
    try:
        return int(struct.unpack("<I", struct.pack("<f", float(v)))[0])
    except OverflowError:
        return 0x7F800000 if v > 0 else 0xFF800000
