"""Attached Android devices over ADB (adbutils): listing with the facts a collection needs
(model, ABI, API level, root, frida-server state), selection by serial, and root shell commands."""

from __future__ import annotations

import shlex
from dataclasses import asdict, dataclass, field
from typing import Any, Protocol

import adbutils

from dexlego.device.errors import DeviceError

#: Where `--frida-server PATH` is pushed, and where a running one is looked for by default.
REMOTE_FRIDA_SERVER = "/data/local/tmp/frida-server"


class Shell(Protocol):
    """The part of `adbutils.AdbDevice` this package uses (a real device in production)."""

    serial: str

    def shell(self, cmdargs: str, timeout: float | None = 600) -> Any: ...


@dataclass
class FridaServerState:
    running: bool
    pid: int | None = None
    path: str | None = None
    version: str | None = None


@dataclass
class DeviceInfo:
    serial: str
    state: str
    model: str | None = None
    abi: str | None = None
    api_level: int | None = None
    #: "adbd" (adb runs as root), "su" (su works), or None (not rooted / unknown).
    root: str | None = None
    frida_server: FridaServerState = field(default_factory=lambda: FridaServerState(False))

    def to_json(self) -> dict[str, Any]:
        return asdict(self)


def _adb() -> adbutils.AdbClient:
    return adbutils.AdbClient()


def _text(out: Any) -> str:
    return out.strip() if isinstance(out, str) else bytes(out).decode("utf-8", "replace").strip()


def sh(dev: Shell, cmd: str, timeout: float = 30) -> str:
    """Run a shell command as the shell user; returns stripped stdout."""
    return _text(dev.shell(cmd, timeout=timeout))


def root_mode(dev: Shell) -> str | None:
    """How to get root on `dev`: adbd already root, `su -c`, or None."""
    if sh(dev, "id -u") == "0":
        return "adbd"
    if sh(dev, "su -c 'id -u' 2>/dev/null") == "0":
        return "su"
    return None


def root_sh(dev: Shell, mode: str | None, cmd: str, timeout: float = 60) -> str:
    """Run `cmd` as root (DeviceError when the device is not rooted)."""
    if mode == "adbd":
        return sh(dev, cmd, timeout)
    if mode == "su":
        return sh(dev, f"su -c {shlex.quote(cmd)}", timeout)
    raise DeviceError(f"device {dev.serial} is not rooted: neither adbd nor su runs as root"
                      " (use an AVD without Play services, `adb root`, or a rooted phone)")


def frida_server_state(dev: Shell, mode: str | None) -> FridaServerState:
    """Is a frida-server running, where from, and which version."""
    pids = sh(dev, "pidof frida-server 2>/dev/null")
    pid = int(pids.split()[0]) if pids.split() and pids.split()[0].isdigit() else None
    path: str | None = None
    if pid is not None and mode is not None:
        path = root_sh(dev, mode, f"readlink /proc/{pid}/exe") or None
    probe = path or REMOTE_FRIDA_SERVER
    version = sh(dev, f"{shlex.quote(probe)} --version 2>/dev/null") if mode or path else ""
    return FridaServerState(pid is not None, pid, path, version.splitlines()[0] if version else None)


def probe(dev: Shell) -> DeviceInfo:
    """Facts about one online device."""
    mode = root_mode(dev)
    api = sh(dev, "getprop ro.build.version.sdk")
    return DeviceInfo(
        serial=dev.serial, state="device",
        model=sh(dev, "getprop ro.product.model") or None,
        abi=sh(dev, "getprop ro.product.cpu.abi") or None,
        api_level=int(api) if api.isdigit() else None,
        root=mode, frida_server=frida_server_state(dev, mode))


def _adb_error(exc: Exception) -> DeviceError:
    return DeviceError(f"adb: {' '.join(str(exc).split())[:300] or exc.__class__.__name__}"
                       " (is the adb server reachable?)")


def list_devices() -> list[DeviceInfo]:
    """Every device adb knows; offline/unauthorized ones are listed with their state only."""
    try:
        client = _adb()
        entries = list(client.list())
        infos: list[DeviceInfo] = []
        for entry in entries:
            if entry.state != "device":
                infos.append(DeviceInfo(serial=entry.serial, state=entry.state))
                continue
            infos.append(probe(client.device(entry.serial)))
        return infos
    except (adbutils.AdbError, OSError) as exc:
        raise _adb_error(exc) from None


def select_device(serial: str | None) -> adbutils.AdbDevice:
    """The device to use: `serial`, or the only online one; DeviceError otherwise."""
    try:
        client = _adb()
        online = [e.serial for e in client.list() if e.state == "device"]
    except (adbutils.AdbError, OSError) as exc:
        raise _adb_error(exc) from None
    if serial is not None:
        if serial not in online:
            raise DeviceError(f"device {serial} is not attached or not online"
                              f" (online: {', '.join(online) or 'none'})")
        return client.device(serial)
    if not online:
        raise DeviceError("no Android device attached (`adb devices` lists none online)")
    if len(online) > 1:
        raise DeviceError(f"several devices attached ({', '.join(online)}): choose one with --serial")
    return client.device(online[0])
