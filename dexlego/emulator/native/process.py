"""The app's native side: one Unicorn CPU, its address space, loaded libraries, trap stubs.

Imported functions and JNI functions are *trap stubs*: two instructions in the stub region
that trap into Python (`svc #0` / `int 0x80`) and return. The trap handler runs the Python
model of the function with the caller's arguments and writes its result register. Python calls
into native code (`call`) with a return address pointing at the stub region's exit slot, where
Unicorn stops; such calls nest (native → JNI → Java → native).

Every executed basic block adds its instructions to the VM's instruction count (exact on
arm64/ARM/Thumb, estimated from the block's bytes on x86), so native loops spend the run's
budget; a fault (unmapped or protected memory, undefined instruction) or `abort()` ends the run
with a reason, as a crash ends the app's process on a device.
"""

from __future__ import annotations

import struct
import time
from collections import Counter
from collections.abc import Callable
from dataclasses import dataclass
from typing import TYPE_CHECKING, Any

from unicorn import (
    UC_ARCH_ARM,
    UC_HOOK_BLOCK,
    UC_HOOK_INTR,
    UC_HOOK_MEM_FETCH_UNMAPPED,
    UC_HOOK_MEM_INVALID,
    UC_HOOK_MEM_WRITE,
    UC_MEM_FETCH_PROT,
    UC_MEM_FETCH_UNMAPPED,
    UC_MEM_WRITE_PROT,
    UC_MEM_WRITE_UNMAPPED,
    UC_PROT_EXEC,
    UC_PROT_READ,
    Uc,
    UcError,
)
from unicorn import arm64_const as a64
from unicorn import arm_const as a32
from unicorn import x86_const as x86

from dexlego.emulator.errors import StopRun
from dexlego.emulator.native.arch import (
    ARM,
    ARM64,
    X86,
    X86_64,
    Arch,
    CallArgs,
    Cursor,
    double_to_bits,
    float_to_bits,
)
from dexlego.emulator.native.memory import STACK_TOP, STUB_BASE, STUB_SIZE, AddressSpace

if TYPE_CHECKING:
    from dexlego.emulator.native.loader import Library
    from dexlego.emulator.vm.machine import VM

STUB_SLOT = 16
RED_ZONE = 1024  # below the interrupted code's stack pointer, for nested calls
MAX_NESTING = 64


#: Where the ARM kernel maps its user helpers, and their code by offset in that page (ARM
#: mode, assembled with arm-linux-gnueabihf-as from the kernel's sources).
KUSER_PAGE = 0xFFFF0000
KUSER_HELPERS: dict[int, tuple[int, ...]] = {
    # __kuser_cmpxchg64(const s64 *old, const s64 *new, volatile s64 *ptr): 0 when stored
    0xF60: (0xE92D00F0,   # push   {r4, r5, r6, r7}
            0xE1C040D0,   # ldrd   r4, r5, [r0]
            0xE1C160D0,   # ldrd   r6, r7, [r1]
            0xE1C200D0,   # ldrd   r0, r1, [r2]
            0xE0303004,   # eors   r3, r0, r4
            0x00313005,   # eorseq r3, r1, r5
            0x01C260F0,   # strdeq r6, r7, [r2]
            0xE2730000,   # rsbs   r0, r3, #0   (C set on success)
            0xE8BD00F0,   # pop    {r4, r5, r6, r7}
            0xE12FFF1E),  # bx     lr
    0xFA0: (0xE12FFF1E,),  # __kuser_memory_barrier: bx lr
    # __kuser_cmpxchg(int old, int new, volatile int *ptr): 0 when stored
    0xFC0: (0xE5923000,   # ldr    r3, [r2]
            0xE0533000,   # subs   r3, r3, r0
            0x05821000,   # streq  r1, [r2]
            0xE2730000,   # rsbs   r0, r3, #0
            0xE12FFF1E),  # bx     lr
    0xFE0: (0xE59F0008,   # __kuser_get_tls: ldr r0, [pc, #8]  (the word at 0xff0)
            0xE12FFF1E),  # bx     lr
    0xFFC: (5,),          # __kuser_helper_version: helpers present (32-byte slots)
}  # fmt: skip


class NativeAbort(Exception):
    """Raised by a libc model when the process would die (abort, exit, a failed check)."""


@dataclass(frozen=True, slots=True)
class Stub:
    name: str
    fn: Callable[[NativeProcess, Cursor], Any]
    ret: str  # V, I (32-bit), J (64-bit), P (pointer), F (float), D (double)


class NativeProcess:
    """The emulated process's native half, created on the app's first library load."""

    def __init__(self, vm: VM, arch: Arch) -> None:
        self.vm = vm
        self.arch = arch
        self.uc = Uc(arch.uc_arch, arch.uc_mode)
        self.mem = AddressSpace(self.uc, arch)
        self.stubs: list[Stub] = []
        self.stub_by_name: dict[str, int] = {}
        self.libraries: list[Library] = []
        self.instructions = 0
        self.calls: Counter[str] = Counter()  # native methods called from Java
        self.depth = 0
        self._blocks = 0
        self._icache: dict[int, int] = {}
        self.fault: str | None = None
        self.fret = self.mem.static(16)  # x86: where a float result waits for `fld`
        self.exit_addr = self.stub("<return to emulator>", _never, "V")
        self.tls = self.mem.static(0x1000)
        self.stack_guard = 0x5A17C0DE & arch.mask
        self._setup_cpu()
        self.uc.hook_add(UC_HOOK_INTR, self._on_interrupt)
        self.uc.hook_add(UC_HOOK_BLOCK, self._on_block)
        self.uc.hook_add(UC_HOOK_MEM_INVALID | UC_HOOK_MEM_FETCH_UNMAPPED, self._on_fault)
        self.write_watch: list[tuple[int, int, Callable[[int, int], None]]] = []

    # -- set-up -----------------------------------------------------------------------------

    def _setup_cpu(self) -> None:
        uc, arch, w = self.uc, self.arch, self.arch.word
        # bionic's TLS: slot 0 points at itself, slot 5 holds the stack-protector guard.
        self.mem.write_ptr(self.tls, self.tls)
        self.mem.write_ptr(self.tls + 5 * w, self.stack_guard)
        if arch is ARM64:
            uc.reg_write(a64.UC_ARM64_REG_CPACR_EL1, 0x300000)  # FP/SIMD usable at EL0
            uc.reg_write(a64.UC_ARM64_REG_TPIDR_EL0, self.tls)
        elif arch is ARM:
            uc.reg_write(a32.UC_ARM_REG_C1_C0_2, int(uc.reg_read(a32.UC_ARM_REG_C1_C0_2)) | (0xF << 20))
            uc.reg_write(a32.UC_ARM_REG_FPEXC, 0x40000000)  # VFP on
            uc.reg_write(a32.UC_ARM_REG_C13_C0_3, self.tls)
            self._map_kuser_helpers()
        elif arch is X86_64:
            uc.reg_write(x86.UC_X86_REG_FS_BASE, self.tls)
        else:
            self._setup_x86_gdt()

    def _map_kuser_helpers(self) -> None:
        """The ARM Linux kernel's user helpers at the top of the 32-bit address space
        (Documentation/arm/kernel_user_helpers.rst): code built for ARMv5 (old NDKs' armeabi,
        their libgcc and libstdc++ atomics) calls them at fixed addresses. The code is the
        kernel's own uniprocessor version (arch/arm/kernel/entry-armv.S); one CPU runs here,
        so no exclusive loads are needed."""
        self.mem.map(KUSER_PAGE, 0x1000, UC_PROT_READ | UC_PROT_EXEC, "[vectors]")
        for offset, words in KUSER_HELPERS.items():
            self.mem.write(KUSER_PAGE + offset, struct.pack(f"<{len(words)}I", *words))
        self.mem.write(KUSER_PAGE + 0xFF0, struct.pack("<I", self.tls))  # what get_tls loads

    def _setup_x86_gdt(self) -> None:
        """i386 TLS lives behind %gs: a GDT with one data segment based at the TLS block."""
        gdt = self.mem.static(32 * 8, 16)

        def entry(base: int, limit: int, access: int, flags: int) -> bytes:
            v = limit & 0xFFFF | (base & 0xFFFFFF) << 16 | (access & 0xFF) << 40
            v |= ((limit >> 16) & 0xF) << 48 | (flags & 0xFF) << 52 | ((base >> 24) & 0xFF) << 56
            return struct.pack("<Q", v)

        present, data, code, writable, execute, priv3, dir_con = 0x80, 0x10, 0x10, 0x2, 0x8, 0x60, 0x4
        prot32, flat, gran = 0x4, 0xFFFFF, 0x8
        rw = present | data | writable | dir_con
        self.mem.write(gdt + 15 * 8, entry(self.tls, 0xFFF, rw | priv3, prot32))  # %gs: TLS
        self.mem.write(gdt + 17 * 8, entry(0, flat, rw | priv3, prot32 | gran))  # data
        self.mem.write(gdt + 18 * 8, entry(0, flat, present | code | writable | execute | priv3 | dir_con,
                                           prot32 | gran))  # fmt: skip
        self.mem.write(gdt + 19 * 8, entry(0, flat, rw, prot32 | gran))  # stack (ring 0, as Unicorn runs)
        self.uc.reg_write(x86.UC_X86_REG_GDTR, (0, gdt, 32 * 8 - 1, 0))
        self.uc.reg_write(x86.UC_X86_REG_GS, (15 << 3) | 3)
        self.uc.reg_write(x86.UC_X86_REG_DS, (17 << 3) | 3)
        self.uc.reg_write(x86.UC_X86_REG_ES, (17 << 3) | 3)
        self.uc.reg_write(x86.UC_X86_REG_SS, 19 << 3)

    def stub(self, name: str, fn: Callable[[NativeProcess, Cursor], Any], ret: str) -> int:
        """The address of a new trap stub running `fn` (its ret kind tells the result register)."""
        idx = len(self.stubs)
        addr = STUB_BASE + idx * STUB_SLOT
        if addr + STUB_SLOT > STUB_BASE + STUB_SIZE:
            raise MemoryError("too many native stubs")
        code = self.arch.trap
        if self.arch is X86 and ret in ("F", "D"):
            # i386 returns floats in st(0): load the value Python left at `fret`.
            op = b"\xdd\x05" if ret == "D" else b"\xd9\x05"
            code = code[:2] + op + struct.pack("<I", self.fret) + b"\xc3"
        self.uc.mem_write(addr, code)
        self.stubs.append(Stub(name, fn, ret))
        return addr

    def named_stub(self, name: str, fn: Callable[[NativeProcess, Cursor], Any], ret: str) -> int:
        """One shared stub per name (an import resolved by several libraries)."""
        addr = self.stub_by_name.get(name)
        if addr is None:
            addr = self.stub_by_name[name] = self.stub(name, fn, ret)
        return addr

    # -- calling native code ------------------------------------------------------------------

    def call(self, addr: int, args: list[tuple[str, Any]], ret: str = "P") -> Any:
        """Run the native function at `addr` with typed arguments (kind, value); its result.

        Kinds: I (32-bit int), J (64-bit int), P (pointer), F (float), D (double)."""
        if self.depth >= MAX_NESTING:
            raise StopRun("native code nested deeper than 64 calls")
        uc, arch = self.uc, self.arch
        saved = uc.context_save() if self.depth else None
        sp = STACK_TOP - 64 if not self.depth else int(uc.reg_read(arch.sp)) - RED_ZONE
        sp &= ~0xF
        sp = self._place_args(args, sp)
        uc.reg_write(arch.sp, sp)
        if arch is ARM64:
            uc.reg_write(a64.UC_ARM64_REG_LR, self.exit_addr)
        elif arch is ARM:
            uc.reg_write(a32.UC_ARM_REG_LR, self.exit_addr)
        self.depth += 1
        self.fault = None
        try:
            uc.emu_start(addr, self.exit_addr)
        except UcError as exc:
            raise StopRun(self._crash_reason(exc)) from None
        finally:
            self.depth -= 1
        pc = int(uc.reg_read(arch.pc))
        if pc != self.exit_addr:
            raise StopRun(f"native code stopped at {self.where(pc)} without returning")
        result = self._result(ret)
        if saved is not None:
            uc.context_restore(saved)
        return result

    def _place_args(self, args: list[tuple[str, Any]], sp: int) -> int:
        """Registers and stack slots for `args`; the stack pointer the callee starts with."""
        arch, uc = self.arch, self.uc
        regs: list[tuple[int, int]] = []
        stack: list[bytes] = []
        ngrn = nsrn = 0
        for kind, value in args:
            if kind in ("F", "D") and arch.fp_args:
                bits = double_to_bits(value) if kind == "D" else float_to_bits(value)
                if nsrn < len(arch.fp_args):
                    regs.append((arch.fp_args[nsrn], bits))
                    nsrn += 1
                else:
                    stack.append(struct.pack("<Q", bits))
                continue
            if kind == "D":
                kind, value = "J", double_to_bits(value)
            elif kind == "F":
                kind, value = "I", float_to_bits(value)
            v = int(value)
            if arch.bits == 64:
                if ngrn < len(arch.int_args):
                    regs.append((arch.int_args[ngrn], v & arch.mask))
                    ngrn += 1
                else:
                    stack.append(struct.pack("<Q", v & arch.mask))
            elif kind == "J":
                v &= 0xFFFFFFFFFFFFFFFF
                if arch.int_args:
                    ngrn += ngrn % 2
                    if ngrn + 1 < len(arch.int_args):
                        regs += [(arch.int_args[ngrn], v & 0xFFFFFFFF), (arch.int_args[ngrn + 1], v >> 32)]
                        ngrn += 2
                        continue
                    ngrn = len(arch.int_args)
                    if sum(len(s) for s in stack) % 8:
                        stack.append(b"\0" * 4)
                stack.append(struct.pack("<Q", v))
            elif ngrn < len(arch.int_args):
                regs.append((arch.int_args[ngrn], v & 0xFFFFFFFF))
                ngrn += 1
            else:
                stack.append(struct.pack("<I", v & 0xFFFFFFFF))
        blob = b"".join(stack)
        sp = (sp - len(blob)) & ~0xF
        if blob:
            self.mem.write(sp, blob)
        if arch.is_x86:  # the return address, pushed by `call`
            sp -= arch.word
            self.mem.write_ptr(sp, self.exit_addr)
        for reg, val in regs:
            uc.reg_write(reg, val)
        if arch is X86_64:
            uc.reg_write(x86.UC_X86_REG_RAX, nsrn)  # vector registers used (varargs callees read it)
        return sp

    def _result(self, kind: str) -> Any:
        uc, arch = self.uc, self.arch
        if kind == "V":
            return None
        if kind in ("F", "D") and arch is ARM64:
            bits = int(uc.reg_read(a64.UC_ARM64_REG_D0))
            return _from_bits(bits, kind)
        if kind in ("F", "D") and arch is X86_64:
            bits = int(uc.reg_read(x86.UC_X86_REG_XMM0))
            return _from_bits(bits, kind)
        if kind in ("F", "D") and arch is X86:
            top = (int(uc.reg_read(x86.UC_X86_REG_FPSW)) >> 11) & 7  # st(0) is physical register TOP
            return _x87_to_float(uc.reg_read(x86.UC_X86_REG_FP0 + top))  # (mantissa, exponent)
        lo = int(uc.reg_read(arch.ret))
        if kind in ("J", "D") and arch.bits == 32:
            hi_reg = a32.UC_ARM_REG_R1 if arch is ARM else x86.UC_X86_REG_EDX
            lo = (lo & 0xFFFFFFFF) | (int(uc.reg_read(hi_reg)) & 0xFFFFFFFF) << 32
        if kind == "F":
            return _from_bits(lo, "F")
        if kind == "D":
            return _from_bits(lo, "D")
        if kind == "I":
            return lo & 0xFFFFFFFF
        return lo & (0xFFFFFFFFFFFFFFFF if kind == "J" else arch.mask)

    def _set_result(self, kind: str, value: Any) -> None:
        uc, arch = self.uc, self.arch
        if kind == "V" or value is None and kind not in ("F", "D"):
            if kind != "V":
                uc.reg_write(arch.ret, 0)
            return
        if kind in ("F", "D"):
            v = float(value or 0.0)
            bits = double_to_bits(v) if kind == "D" else float_to_bits(v)
            if arch is ARM64:
                uc.reg_write(a64.UC_ARM64_REG_D0, bits)
            elif arch is X86_64:
                uc.reg_write(x86.UC_X86_REG_XMM0, bits)
            elif arch is X86:
                self.mem.write(self.fret, struct.pack("<d" if kind == "D" else "<f", v))
            elif kind == "D":
                uc.reg_write(a32.UC_ARM_REG_R0, bits & 0xFFFFFFFF)
                uc.reg_write(a32.UC_ARM_REG_R1, bits >> 32)
            else:
                uc.reg_write(a32.UC_ARM_REG_R0, bits)
            return
        v = int(value)
        if kind == "J" and arch.bits == 32:
            v &= 0xFFFFFFFFFFFFFFFF
            uc.reg_write(arch.ret, v & 0xFFFFFFFF)
            uc.reg_write(a32.UC_ARM_REG_R1 if arch is ARM else x86.UC_X86_REG_EDX, v >> 32)
            return
        uc.reg_write(arch.ret, v & (0xFFFFFFFF if kind == "I" and arch.bits == 32 else arch.mask))

    # -- hooks ------------------------------------------------------------------------------------

    def _on_interrupt(self, uc: Uc, intno: int, _: Any) -> None:
        pc = int(uc.reg_read(self.arch.pc))
        if STUB_BASE <= pc < STUB_BASE + STUB_SLOT * len(self.stubs) and self._is_trap(intno):
            stub = self.stubs[(pc - STUB_BASE) // STUB_SLOT]
            self._run_stub(stub)
            return
        if self._is_trap(intno):
            from dexlego.emulator.native import syscalls

            try:
                syscalls.dispatch(self)
            except NativeAbort as exc:
                raise StopRun(f"native code ended the process: {exc}") from None
            return
        signal = {1: "SIGILL", 7: "SIGTRAP", 6: "SIGTRAP"}.get(intno, f"CPU exception {intno}")
        if self.arch.is_x86:
            names = {3: "SIGTRAP", 6: "SIGILL", 13: "SIGSEGV", 0: "SIGFPE"}
            signal = names.get(intno, f"interrupt {intno:#x}")
        self.fault = f"{signal} at {self.where(pc)}"
        uc.emu_stop()
        raise StopRun(f"native crash: {self.fault}")

    def _is_trap(self, intno: int) -> bool:
        return intno == 0x80 if self.arch.is_x86 else intno == 2

    def _run_stub(self, stub: Stub) -> None:
        args = CallArgs(self.arch, self.uc)
        try:
            result = stub.fn(self, args)
        except NativeAbort as exc:
            raise StopRun(f"native code ended the process: {exc}") from None
        except (StopRun, UcError):
            raise
        except Exception as exc:  # a gap in a model must not end the run: report it, return 0
            self.vm.rec.runtime_error(f"native model {stub.name} failed: {type(exc).__name__}: {exc}",
                                      None)  # fmt: skip
            result = 0
        self._set_result(stub.ret, result)

    def _on_block(self, uc: Uc, address: int, size: int, _: Any) -> None:
        n = self._icache.get(address)
        if n is None:
            n = self._icache[address] = self._count(address, size)
        vm = self.vm
        vm.icount += n
        self.instructions += n
        if vm.icount >= vm.budget:
            where = self.where(address)
            raise StopRun(f"instruction budget of {vm.budget} exhausted (in native code at {where})")
        self._blocks += 1
        if not self._blocks & 0x3FF and time.monotonic() > vm.deadline:
            raise StopRun(f"timeout (in native code at {self.where(address)})")

    def _count(self, address: int, size: int) -> int:
        arch = self.arch
        if arch is ARM64 or size <= 2:
            return max(1, size // 4) if arch is ARM64 else 1
        if arch.uc_arch == UC_ARCH_ARM and int(self.uc.reg_read(a32.UC_ARM_REG_CPSR)) & 0x20:
            data = bytes(self.uc.mem_read(address, size))  # Thumb: 32-bit forms start 0b111(01|10|11)
            n = i = 0
            while i < size:
                hw = data[i] | data[i + 1] << 8 if i + 1 < size else 0
                i += 4 if (hw >> 11) in (0x1D, 0x1E, 0x1F) else 2
                n += 1
            return n
        if arch.uc_arch == UC_ARCH_ARM:
            return max(1, size // 4)
        return max(1, (size + 2) // 4)  # x86: variable length; ~4 bytes per instruction

    def _on_fault(self, uc: Uc, access: int, address: int, size: int, value: int, _: Any) -> bool:
        kind = {UC_MEM_WRITE_UNMAPPED: "write to unmapped", UC_MEM_WRITE_PROT: "write to read-only",
                UC_MEM_FETCH_UNMAPPED: "jump to unmapped", UC_MEM_FETCH_PROT: "execute non-executable",
                }.get(access, "read of unmapped/protected")  # fmt: skip
        pc = int(uc.reg_read(self.arch.pc))
        self.fault = f"SIGSEGV: {kind} address {address:#x} at {self.where(pc)}"
        return False

    def _crash_reason(self, exc: UcError) -> str:
        if self.fault:
            return f"native crash: {self.fault}"
        pc = int(self.uc.reg_read(self.arch.pc))
        return f"native crash: {exc} at {self.where(pc)}"

    def watch_writes(self, start: int, end: int, on_write: Callable[[int, int], None]) -> None:
        """Call `on_write(address, size)` before every native store into [start, end)."""

        def hook(uc: Uc, access: int, address: int, size: int, value: int, _: Any) -> None:
            on_write(address, size)

        self.uc.hook_add(UC_HOOK_MEM_WRITE, hook, begin=start, end=end - 1)
        self.write_watch.append((start, end, on_write))

    # -- diagnostics ------------------------------------------------------------------------------

    def where(self, pc: int) -> str:
        """`libfoo.so+0x1234` (or the stub's name, or the raw address)."""
        for lib in self.libraries:
            if lib.contains(pc):
                return f"{lib.name}+{pc - lib.base:#x}"
        if STUB_BASE <= pc < STUB_BASE + STUB_SIZE:
            idx = (pc - STUB_BASE) // STUB_SLOT
            if idx < len(self.stubs):
                return f"<{self.stubs[idx].name}>"
        return f"{pc:#x}"


def _never(p: NativeProcess, a: Cursor) -> None:
    """The exit slot is an `until` address: emulation stops before its trap runs."""


def _from_bits(bits: int, kind: str) -> float:
    if kind == "F":
        return float(struct.unpack("<f", struct.pack("<I", bits & 0xFFFFFFFF))[0])
    return float(struct.unpack("<d", struct.pack("<Q", bits & 0xFFFFFFFFFFFFFFFF))[0])


def _x87_to_float(v: Any) -> float:
    try:
        mantissa, exponent = v
    except (TypeError, ValueError):
        return 0.0
    sign = -1.0 if exponent & 0x8000 else 1.0
    e = int(exponent) & 0x7FFF
    if e == 0 and mantissa == 0:
        return 0.0 * sign
    return float(sign * (int(mantissa) / float(1 << 63)) * 2.0 ** (e - 16383))

