"""Files as native code sees them: descriptors over the emulator's file system, sockets, and
`/proc` files rendered from the emulated process.

The file system is the one the Java models use (`vm.env["files"]`), so a file the app wrote
from Java is readable natively and the other way round. Read-only system files native code
commonly inspects are rendered on open: `/proc/self/maps` (every mapping, including the
app's libraries and its `base.odex`), `/proc/self/status` (no tracer), `/proc/self/cmdline`,
`/proc/cpuinfo`, `/proc/version`, `/proc/net/tcp` (no listening sockets), the app's own
`base.apk` and libraries. Anything else under `/proc`, `/sys` or `/system` does not exist.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import TYPE_CHECKING

from dexlego.emulator.native.memory import prot_text
from dexlego.emulator.taint import EMPTY, Taint

if TYPE_CHECKING:
    from dexlego.emulator.native.process import NativeProcess

PID = 4242
MAX_FDS = 1024


@dataclass
class OpenFile:
    path: str
    data: bytearray
    pos: int = 0
    writable: bool = False
    socket: bool = False
    peer: str = ""
    vfile: object | None = None  # the shared file-system entry written through
    taint: Taint = EMPTY


@dataclass
class FileTable:
    fds: dict[int, OpenFile] = field(default_factory=dict)

    def add(self, f: OpenFile) -> int:
        for fd in range(3, MAX_FDS):
            if fd not in self.fds:
                self.fds[fd] = f
                return fd
        return -1


def app_paths(p: NativeProcess) -> tuple[str, str]:
    """The app's install directory and its data directory, as Android 6 names them."""
    pkg = p.vm.env.get("package", "app")
    return f"/data/app/{pkg}-1", f"/data/data/{pkg}"


def render(p: NativeProcess, path: str) -> bytes | None:
    """The contents of a system file native code may read, or None when it does not exist."""
    pkg = str(p.vm.env.get("package", "app"))
    if path in ("/proc/self/maps", f"/proc/{PID}/maps"):
        return _maps(p).encode()
    if path in ("/proc/self/status", f"/proc/{PID}/status"):
        return (f"Name:\t{pkg[-15:]}\nState:\tS (sleeping)\nTgid:\t{PID}\nPid:\t{PID}\nPPid:\t1\n"
                "TracerPid:\t0\nUid:\t10057\t10057\t10057\t10057\nGid:\t10057\t10057\t10057\t10057\n"
                "Threads:\t14\n").encode()  # fmt: skip
    if path in ("/proc/self/cmdline", f"/proc/{PID}/cmdline"):
        return pkg.encode() + b"\0"
    if path in ("/proc/self/stat", f"/proc/{PID}/stat"):
        return f"{PID} ({pkg[-15:]}) S 1 {PID} 0 0 -1 1077952832 0 0 0 0 0 0 0 0 20 0 14 0\n".encode()
    if path == "/proc/cpuinfo":
        return (b"Processor\t: AArch64 Processor rev 4 (aarch64)\nprocessor\t: 0\nBogoMIPS\t: 38.40\n"
                b"Features\t: fp asimd evtstrm aes pmull sha1 sha2 crc32\nCPU implementer\t: 0x51\n"
                b"Hardware\t: Qualcomm Technologies, Inc SDM845\n")  # fmt: skip
    if path == "/proc/version":
        return b"Linux version 4.9.112 (android-build@google.com) #1 SMP PREEMPT\n"
    if path in ("/proc/net/tcp", "/proc/net/tcp6", "/proc/self/net/tcp"):
        return (b"  sl  local_address rem_address   st tx_queue rx_queue tr tm->when retrnsmt   uid  "
                b"timeout inode\n")  # fmt: skip
    app_dir, _ = app_paths(p)
    if path in (f"{app_dir}/base.apk",):
        apk = p.vm.env.get("apk_path")
        if apk:
            try:
                with open(apk, "rb") as fh:
                    return bytes(fh.read())
            except OSError:
                return None
    for lib in p.libraries:
        if path == lib.path:
            data = p.vm.env.get("native_lib_bytes", {}).get(lib.path)
            return bytes(data) if data is not None else None
    return None


def _maps(p: NativeProcess) -> str:
    lines: list[str] = []
    for start, end, prot, name in p.mem.regions:
        offset = 0
        lines.append(f"{start:08x}-{end:08x} {prot_text(prot)}p {offset:08x} "
                     f"{'fd:00 ' + str(1000 + len(lines)) if name.startswith('/') else '00:00 0'}"
                     f"{' ' * 10}{name}")  # fmt: skip
    return "\n".join(lines) + "\n"


def exists_as_dir(p: NativeProcess, path: str) -> bool:
    app_dir, data_dir = app_paths(p)
    return path.rstrip("/") in ("/proc", "/proc/self", "/data", "/system", app_dir, data_dir, "/sdcard")
