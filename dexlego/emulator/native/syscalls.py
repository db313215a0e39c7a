"""Raw system calls (`svc #0` / `int 0x80` outside the stub region), as anti-debugging code
issues them to bypass libc hooks. The common ones run the libc model of the same call and return
`-errno` on failure, as the kernel does; any other returns `-ENOSYS` and is counted as
`Lnative/syscall;->nr<number>()V` in the unmodeled APIs. Numbers: the Linux syscall tables of each ABI
(arm64 generic, ARM EABI, i386, x86_64)."""

from __future__ import annotations

from typing import TYPE_CHECKING

from unicorn import arm64_const as a64
from unicorn import arm_const as a32
from unicorn import x86_const as x86

from dexlego.emulator.native.arch import ARM, ARM64, X86, Cursor

if TYPE_CHECKING:
    from dexlego.emulator.native.process import NativeProcess

_NAMES = {
    "arm64": {56: "openat", 57: "close", 63: "read", 64: "write", 93: "exit", 94: "exit", 172: "getpid",
              178: "gettid", 129: "kill", 131: "tgkill", 117: "ptrace", 226: "mprotect", 222: "mmap",
              215: "munmap", 113: "clock_gettime", 167: "prctl", 48: "faccessat", 173: "getppid",
              174: "getuid", 124: "sched_yield"},
    "arm": {3: "read", 4: "write", 5: "open", 6: "close", 20: "getpid", 26: "ptrace", 37: "kill", 1: "exit",
            248: "exit", 125: "mprotect", 91: "munmap", 224: "gettid", 268: "tgkill", 263: "clock_gettime",
            172: "prctl", 322: "openat", 33: "access", 334: "faccessat", 64: "getppid", 24: "getuid",
            158: "sched_yield"},
    "x86": {3: "read", 4: "write", 5: "open", 6: "close", 20: "getpid", 26: "ptrace", 37: "kill", 1: "exit",
            252: "exit", 125: "mprotect", 91: "munmap", 224: "gettid", 270: "tgkill", 265: "clock_gettime",
            172: "prctl", 295: "openat", 33: "access", 64: "getppid", 24: "getuid"},
    "x86_64": {0: "read", 1: "write", 2: "open", 3: "close", 39: "getpid", 101: "ptrace", 62: "kill",
               60: "exit", 231: "exit", 10: "mprotect", 11: "munmap", 186: "gettid", 234: "tgkill",
               228: "clock_gettime", 157: "prctl", 257: "openat", 21: "access", 110: "getppid",
               102: "getuid"},
}  # fmt: skip
ENOSYS = 38


class SyscallArgs(Cursor):
    """Syscall arguments: six registers, one per argument."""

    def __init__(self, p: NativeProcess, values: list[int]) -> None:
        super().__init__(p.arch, p.uc)
        self.values = values

    def word(self) -> int:
        return self.values.pop(0) if self.values else 0

    def long(self) -> int:
        return self.word()

    def double_bits(self) -> int:
        return self.word()

    def float_bits(self) -> int:
        return self.word()


def _registers(p: NativeProcess) -> tuple[int, list[int], int]:
    """(syscall number, arguments, result register)."""
    uc = p.uc
    if p.arch is ARM64:
        args = [int(uc.reg_read(a64.UC_ARM64_REG_X0 + i)) for i in range(6)]
        return int(uc.reg_read(a64.UC_ARM64_REG_X8)), args, a64.UC_ARM64_REG_X0
    if p.arch is ARM:
        regs = [a32.UC_ARM_REG_R0, a32.UC_ARM_REG_R1, a32.UC_ARM_REG_R2, a32.UC_ARM_REG_R3,
                a32.UC_ARM_REG_R4, a32.UC_ARM_REG_R5]  # fmt: skip
        return int(uc.reg_read(a32.UC_ARM_REG_R7)), [int(uc.reg_read(r)) for r in regs], a32.UC_ARM_REG_R0
    if p.arch is X86:
        regs = [x86.UC_X86_REG_EBX, x86.UC_X86_REG_ECX, x86.UC_X86_REG_EDX, x86.UC_X86_REG_ESI,
                x86.UC_X86_REG_EDI, x86.UC_X86_REG_EBP]  # fmt: skip
        return int(uc.reg_read(x86.UC_X86_REG_EAX)), [int(uc.reg_read(r)) for r in regs], x86.UC_X86_REG_EAX
    regs = [x86.UC_X86_REG_RDI, x86.UC_X86_REG_RSI, x86.UC_X86_REG_RDX, x86.UC_X86_REG_R10,
            x86.UC_X86_REG_R8, x86.UC_X86_REG_R9]  # fmt: skip
    return int(uc.reg_read(x86.UC_X86_REG_RAX)), [int(uc.reg_read(r)) for r in regs], x86.UC_X86_REG_RAX


def dispatch(p: NativeProcess) -> None:
    from dexlego.emulator.native import libc

    number, args, ret = _registers(p)
    name = _NAMES.get(p.arch.isa, {}).get(number)
    model = libc.FUNCTIONS.get(name) if name else None
    if model is None:
        p.vm.rec.unmodeled(libc.api("syscall", f"nr{number}"))
        result = -ENOSYS
    else:
        r = int(model[0](p, SyscallArgs(p, args)) or 0)
        if r & p.arch.mask == p.arch.mask:  # -1: the libc model set errno
            result = -p.mem.u32(p.tls + 2 * p.arch.word)
        else:
            result = r
    p.uc.reg_write(ret, result & p.arch.mask)
