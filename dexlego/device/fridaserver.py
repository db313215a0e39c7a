"""frida-server on the device: push and start it when asked, check its version against the
host's frida (they must match in major version, or spawning fails in obscure ways)."""

from __future__ import annotations

import shlex
import time
from pathlib import Path

import frida

from dexlego.device.adb import REMOTE_FRIDA_SERVER, FridaServerState, Shell, frida_server_state, root_sh
from dexlego.device.errors import DeviceError


def versions_compatible(server: str, host: str) -> bool:
    """frida's protocol changes between major versions; minor versions interoperate."""
    return server.split(".")[0] == host.split(".")[0]


def check_version(state: FridaServerState, serial: str) -> None:
    if state.version is None:
        return
    if not versions_compatible(state.version, frida.__version__):
        raise DeviceError(f"frida-server {state.version} on {serial} does not match the host's frida"
                          f" {frida.__version__}: use frida-server {frida.__version__.split('.')[0]}.x"
                          " (--frida-server PATH pushes and starts it)")


def ensure_frida_server(dev: Shell, mode: str | None, local: Path | None,
                        *, wait: float = 10.0) -> FridaServerState:
    """Make sure a compatible frida-server runs on `dev`; push and start `local` if given."""
    state = frida_server_state(dev, mode)
    if local is not None:
        if not local.is_file():
            raise DeviceError(f"{local}: no such frida-server binary")
        push = getattr(dev, "push", None)
        if push is None:
            raise DeviceError(f"device {dev.serial} does not support pushing files")
        if state.running and state.pid is not None:
            root_sh(dev, mode, f"kill {state.pid}")
        push(str(local), REMOTE_FRIDA_SERVER)
        root_sh(dev, mode, f"chmod 755 {REMOTE_FRIDA_SERVER}")
        pushed = root_sh(dev, mode, f"{REMOTE_FRIDA_SERVER} --version 2>&1").splitlines()
        version = pushed[0].strip() if pushed else ""
        if not version or not version[0].isdigit():
            raise DeviceError(f"{local}: does not run on {dev.serial} ({version[:120] or 'no output'});"
                              " is it the frida-server build for this ABI?")
        check_version(FridaServerState(False, version=version), dev.serial)
        root_sh(dev, mode, f"{shlex.quote(REMOTE_FRIDA_SERVER)} -D >/dev/null 2>&1 &")
        deadline = time.monotonic() + wait
        while time.monotonic() < deadline:
            state = frida_server_state(dev, mode)
            if state.running:
                return state
            time.sleep(0.5)
        raise DeviceError(f"frida-server did not start on {dev.serial} within {wait:g}s")
    if not state.running:
        raise DeviceError(f"frida-server is not running on {dev.serial}: start it, or pass"
                          f" --frida-server PATH (frida-server {frida.__version__} for the device's ABI)")
    check_version(state, dev.serial)
    return state


def frida_device(serial: str, timeout: float = 10.0) -> frida.Device:
    """The frida device object for an adb serial (frida talks to frida-server through adb)."""
    try:
        return frida.get_device(serial, timeout=int(timeout))
    except (frida.InvalidArgumentError, frida.TimedOutError, frida.ServerNotRunningError,
            frida.TransportError) as exc:
        raise DeviceError(f"frida cannot reach {serial}: {' '.join(str(exc).split())[:200]}") from None
