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

from dexlego.device import invoke
from dexlego.device.adb import probe, select_device
from dexlego.device.driver import Driver, read_app
from dexlego.device.errors import DeviceError
from dexlego.device.fridaserver import ensure_frida_server, frida_device
from dexlego.device.recording import Recording
from dexlego.device.session import AgentConfig, AgentSession
from dexlego.hashing import sha256_file

log = logging.getLogger("dexlego.device.collect")



def install_apk(dev: adbutils.AdbDevice, apk: Path, package: str | None = None) -> None:
    """`adb install -r`; an installed copy signed with another key must be removed by the user."""
    try:
        dev.install(str(apk), nolaunch=True, silent=True)
    except adbutils.AdbInstallError as exc:
        text = " ".join(str(exc).split())
        if package and ("INSTALL_FAILED_UPDATE_INCOMPATIBLE" in text or "signatures do not match" in text):
            raise DeviceError(f"{package} is installed on {dev.serial} with another signature: remove"
                              f" it first (adb -s {dev.serial} uninstall {package}; this deletes the"
                              " app's data), then run again") from None
        raise DeviceError(f"{apk}: the app won't install on {dev.serial}: {text[:240]}") from None
    except adbutils.AdbError as exc:
        raise DeviceError(f"{apk}: install on {dev.serial} failed:"
                          f" {' '.join(str(exc).split())[:240]}") from None


def collect_device(apk: Path, *, serial: str | None = None, duration: float = 60.0,
                   frida_server: Path | None = None, seed: int = 0, events: int = 500,
                   db_url: str | None = None, config: AgentConfig | None = None,
                   no_root: bool = False, gadget_lib: Path | None = None,
                   work_dir: Path | None = None, invoke_all: bool = False) -> dict[str, Any]:
    """Run `apk` on a device for `duration` seconds; returns the run summary (also the CLI's JSON).

    `no_root`: repackage the app with Frida Gadget (`gadget_lib`, or the cached one for the
    device's ABI) into `work_dir`, install that, and attach through the gadget instead of
    frida-server. The run is recorded against the original APK (its sha256), so it reassembles
    with the original."""
    from dexlego.store import open_store

    if not apk.is_file():
        raise DeviceError(f"{apk}: no such file")
    app = read_app(apk)
    apk_sha = sha256_file(apk)
    dev = select_device(serial)
    info = probe(dev)
    pid: int | None = None
    extra: dict[str, Any] = {}
    if no_root:
        import tempfile

        from dexlego.device import gadgetlink

        with tempfile.TemporaryDirectory(prefix="dexlego-gadget-") as tmp:
            report = gadgetlink.repackage_for(dev, apk, gadget_lib, work_dir or Path(tmp))
            install_apk(dev, Path(report.output), app.package)
        extra = {"runtime_path": "gadget", "gadget_mode": report.mode, "gadget_abi": report.abi}
        gadgetlink.launch(dev, app.package, app.main_activity)
        fdev, pid = gadgetlink.connect_gadget()
    else:
        if info.root is None:
            raise DeviceError(f"device {dev.serial} is not rooted: the agent needs root for"
                              " frida-server (use an AVD image without Play Store, a rooted phone,"
                              " or --no-root with a Frida Gadget library)")
        ensure_frida_server(dev, info.root, frida_server)
        install_apk(dev, apk, app.package)
        fdev = frida_device(dev.serial)
        extra = {"runtime_path": "frida-server"}

    store = open_store(db_url)
    try:
        run_id = store.create_run(app.package, apk_sha, "device", device_model=info.model,
                                  device_abi=info.abi, api_level=info.api_level,
                                  decisions=invoke.DECISIONS if invoke_all else None)
        rec = Recording.start(store, run_id)
        driver = Driver(dev, app, seed=seed, events=events)
        session = AgentSession(fdev, app.package, rec.pump, config or AgentConfig(flavor="art"),
                               natural_end="incomplete")
        def before_stop(script: Any) -> dict[str, Any]:
            # The natural part is over: write what came, then call what did not run.
            driver.stop.set()
            script.exports_sync.flush()
            rec.pump.wait_idle()
            return invoke.invoke_step(script, invoke.not_run(apk, store, run_id), app.package)

        try:
            result = session.run(duration, driver, pid=pid,
                                 before_stop=before_stop if invoke_all else None)
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
                "rejected_messages": rec.rejected, "driver_commands": driver.ran,
                **({"invoke_all": result.before_stop} if invoke_all else {}), **extra}
    finally:
        store.close()
