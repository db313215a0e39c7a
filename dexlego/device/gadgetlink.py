"""The no-root path: install an app repackaged with Frida Gadget, start it, and reach the gadget.

The gadget (listen mode, `on_load: wait`) holds the app at its first load and listens on
127.0.0.1:PORT inside the device; `adb forward tcp:PORT tcp:PORT` brings that port to the host,
where frida sees it as a remote device whose one process ("Gadget") is the app. The agent is
attached to it like to a spawned app, and resuming it lets the app go on.
"""

from __future__ import annotations

import shlex
import time
from pathlib import Path
from typing import Any

import frida

from dexlego.device.adb import Shell, sh
from dexlego.device.errors import DeviceError
from dexlego.gadget.errors import GadgetError
from dexlego.gadget.library import LISTEN_PORT, load_gadget
from dexlego.gadget.repackage import GadgetReport, repackage


def device_abis(dev: Shell) -> list[str]:
    """The ABIs the device runs, preferred first (`ro.product.cpu.abilist`)."""
    listed = sh(dev, "getprop ro.product.cpu.abilist")
    abis = [a for a in listed.split(",") if a] or [sh(dev, "getprop ro.product.cpu.abi")]
    return [a for a in abis if a]


def repackage_for(dev: Shell, apk: Path, gadget_lib: Path | None, out_dir: Path,
                  port: int = LISTEN_PORT) -> GadgetReport:
    """Repackage `apk` with the gadget for the device's ABI (listen mode on `port`)."""
    abis = device_abis(dev)
    if not abis:
        raise DeviceError(f"device {dev.serial}: cannot read its ABI (getprop ro.product.cpu.abilist)")
    try:
        gadget = load_gadget(gadget_lib, None if gadget_lib else abis[0])
        if gadget.abi not in abis:
            raise DeviceError(f"{gadget.path}: a gadget for {gadget.abi}; device {dev.serial} runs"
                              f" {', '.join(abis)}")
        out_dir.mkdir(parents=True, exist_ok=True)
        return repackage(apk, gadget, out_dir / f"{apk.stem}.gadget.apk", listen_port=port)
    except GadgetError as exc:
        raise DeviceError(str(exc)) from None


def launch(dev: Any, package: str, activity: str | None, port: int = LISTEN_PORT) -> None:
    """Forward the gadget's port and start the app (its launcher activity, else monkey's pick)."""
    dev.forward(f"tcp:{port}", f"tcp:{port}")
    sh(dev, f"am force-stop {shlex.quote(package)}")
    if activity:
        name = activity if "." in activity else f"{package}.{activity}"
        out = sh(dev, f"am start -n {shlex.quote(f'{package}/{name}')}")
    else:
        out = sh(dev, f"monkey -p {shlex.quote(package)} -c android.intent.category.LAUNCHER 1")
    if "Error" in out or "No activities found" in out:
        raise DeviceError(f"cannot start {package} on {dev.serial}: {' '.join(out.split())[:200]}")


def connect_gadget(port: int = LISTEN_PORT, timeout: float = 30.0) -> tuple[frida.Device, int]:
    """The gadget's frida device through the forwarded port, and the app's pid, once it answers."""
    manager = frida.get_device_manager()
    deadline = time.monotonic() + timeout
    last = "no answer"
    while time.monotonic() < deadline:
        try:
            device = manager.add_remote_device(f"127.0.0.1:{port}")
            processes = device.enumerate_processes()
            if processes:
                return device, processes[0].pid
        except (frida.TransportError, frida.ServerNotRunningError, frida.TimedOutError,
                frida.InvalidOperationError, frida.InvalidArgumentError) as exc:
            last = " ".join(str(exc).split())[:160]
        time.sleep(0.5)
    raise DeviceError(f"the gadget did not answer on tcp:{port} within {timeout:g}s ({last}): did the"
                      " app start, and is the gadget built for the host's frida"
                      f" {frida.__version__.split('.')[0]}.x?")
