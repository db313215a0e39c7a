"""`dexlego collect APK --runtime device`: one collection run on an attached Android device.

Pick the device (adbutils), check root, make sure frida-server runs (pushing it when asked),
install the APK, spawn it with the agent, drive it (exported components, then monkey with a
seed), and stream the agent's records into the store through the trace Intake. A crash, a
detach or an unplugged device ends the run `incomplete`; everything received is kept.
"""

from __future__ import annotations

import logging
from pathlib import Path
from typing import Any

import adbutils

from dexlego.device.adb import probe, select_device
from dexlego.device.driver import Driver, read_app
from dexlego.device.errors import DeviceError
from dexlego.device.fridaserver import ensure_frida_server, frida_device
from dexlego.device.recording import Recording
from dexlego.device.session import AgentConfig, AgentSession
from dexlego.hashing import sha256_file

log = logging.getLogger("dexlego.device.collect")



def install_apk(dev: adbutils.AdbDevice, apk: Path) -> None:
    try:
        dev.install(str(apk), nolaunch=True, silent=True)
    except adbutils.AdbInstallError as exc:
        raise DeviceError(f"{apk}: the app won't install on {dev.serial}:"
                          f" {' '.join(str(exc).split())[:240]}") from None
    except adbutils.AdbError as exc:
        raise DeviceError(f"{apk}: install on {dev.serial} failed:"
                          f" {' '.join(str(exc).split())[:240]}") from None


def collect_device(apk: Path, *, serial: str | None = None, duration: float = 60.0,
                   frida_server: Path | None = None, seed: int = 0, events: int = 500,
                   db_url: str | None = None, config: AgentConfig | None = None) -> dict[str, Any]:
    """Run `apk` on a device for `duration` seconds; returns the run summary (also the CLI's JSON)."""
    from dexlego.store import open_store

    if not apk.is_file():
        raise DeviceError(f"{apk}: no such file")
    app = read_app(apk)
    apk_sha = sha256_file(apk)
    dev = select_device(serial)
    info = probe(dev)
    if info.root is None:
        raise DeviceError(f"device {dev.serial} is not rooted: the agent needs root for frida-server"
                          " (use an AVD image without Play Store, or a rooted phone)")
    ensure_frida_server(dev, info.root, frida_server)
    install_apk(dev, apk)
    fdev = frida_device(dev.serial)

    store = open_store(db_url)
    try:
        run_id = store.create_run(app.package, apk_sha, "device", device_model=info.model,
                                  device_abi=info.abi, api_level=info.api_level)
        rec = Recording.start(store, run_id)
        driver = Driver(dev, app, seed=seed, events=events)
        session = AgentSession(fdev, app.package, rec.pump, config or AgentConfig(flavor="art"),
                               natural_end="incomplete")
        try:
            result = session.run(duration, driver)
        except BaseException as exc:  # DeviceError, Ctrl-C...: keep what came, mark the run
            driver.stop.set()
            rec.finish("failed" if isinstance(exc, DeviceError) else "incomplete",
                       str(exc) or exc.__class__.__name__)
            raise
        driver.stop.set()
        rec.finish(result.status, result.reason)
        return {"run_id": run_id, "status": store.get_run(run_id).status, "reason": result.reason,
                "package": app.package, "serial": dev.serial, "api_level": info.api_level,
                "abi": info.abi, "hooks": result.installed, "accepted_messages": rec.accepted,
                "rejected_messages": rec.rejected, "driver_commands": driver.ran}
    finally:
        store.close()
