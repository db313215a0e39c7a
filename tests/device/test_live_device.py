"""Device-only tests: they need an attached, rooted Android device or AVD running a frida-server
of the host's major version (see docs/device.md, *Running the device tests*). Without one they
are skipped. DEXLEGO_SERIAL picks a device; DEXLEGO_FRIDA_SERVER names a frida-server binary
to push and start."""

from __future__ import annotations

import os
from pathlib import Path

import pytest

from dexlego.device.adb import list_devices
from dexlego.device.collect import collect_device
from dexlego.store import open_store
from tests.conftest import DROIDBENCH_APK

pytestmark = [pytest.mark.device, pytest.mark.slow]


def _apk(rel: str) -> Path:
    path = DROIDBENCH_APK / rel
    if not path.is_file():
        pytest.skip(f"{path} not found (DroidBench corpus absent)")
    return path


def _server() -> Path | None:
    value = os.environ.get("DEXLEGO_FRIDA_SERVER")
    return Path(value) if value else None


def test_device_is_listed_with_facts(android_serial: str) -> None:
    info = {d.serial: d for d in list_devices()}[android_serial]
    assert info.state == "device" and info.api_level is not None and info.abi
    assert info.root in ("adbd", "su"), "the device tests need a rooted device"


def test_reflection_app_on_device(android_serial: str, tmp_path: Path) -> None:
    """Reflection1 calls a method of a class it names by string: the run must hold its code,
    the reflective call with its caller, and the DEX image of the app."""
    db = f"sqlite:///{tmp_path / 'trace.db'}"
    summary = collect_device(_apk("Reflection/Reflection1.apk"), serial=android_serial,
                             duration=25, frida_server=_server(), seed=1, events=100, db_url=db)
    assert summary["status"] == "complete", summary
    assert summary["rejected_messages"] == 0, summary
    run = summary["run_id"]
    with open_store(db) as store:
        assert store.dex_images([run]), "the app's DEX image must be sent"
        methods = {v.method for v in store.code_versions([run])}
        assert any(m.startswith("Lde/ecspride/") for m in methods), sorted(methods)[:20]
        calls = store.reflection_events([run])
        assert any(e.caller.startswith("Lde/ecspride/") for e in calls), calls
        assert any(c.descriptor.startswith("Lde/ecspride/") for c in store.class_loads([run]))


def test_dynamic_loading_app_on_device(android_serial: str, tmp_path: Path) -> None:
    """DynamicLoading apps load a DEX at run time: its bytes must reach the store."""
    db = f"sqlite:///{tmp_path / 'trace.db'}"
    apks = sorted((DROIDBENCH_APK / "DynamicLoading").glob("*.apk"))
    if not apks:
        pytest.skip("no DynamicLoading apps in the corpus")
    summary = collect_device(apks[0], serial=android_serial, duration=25, frida_server=_server(),
                             seed=1, events=100, db_url=db)
    assert summary["status"] in ("complete", "incomplete"), summary
    with open_store(db) as store:
        loads = store.dynamic_loads([summary["run_id"]])
        assert loads and all(store.dex_bytes(s) for d in loads for s in d.dex_sha256)


def test_icc_activity_start_on_device(android_serial: str, tmp_path: Path) -> None:
    """Device only (needs a rooted device or AVD, see the module docstring): ActivityCommunication3
    starts its own InFlowActivity from OutFlowActivity.onCreate with an explicit ComponentName;
    the run must hold that `icc` record, named after the call the app's bytecode makes."""
    db = f"sqlite:///{tmp_path / 'trace.db'}"
    app = "edu/mit/icc_componentname_class_constant"
    summary = collect_device(_apk("InterComponentCommunication/ActivityCommunication3.apk"),
                             serial=android_serial, duration=25, frida_server=_server(), seed=1,
                             events=100, db_url=db)
    assert summary["status"] == "complete", summary
    assert summary["rejected_messages"] == 0, summary
    with open_store(db) as store:
        records = {(e.caller, e.api, e.kind, e.target)
                   for e in store.icc_events([summary["run_id"]])}
    assert (f"L{app}/OutFlowActivity;->onCreate(Landroid/os/Bundle;)V", "Context.startActivity",
            "activity", f"L{app}/InFlowActivity;") in records, records


def test_reflection_app_without_root_through_gadget(android_serial: str, tmp_path: Path) -> None:
    """--no-root: Reflection1 repackaged with the real Frida Gadget named by DEXLEGO_GADGET_LIB
    (or cached for the device's ABI); the reflective call must reach the store, and the run must
    name the original APK."""
    gadget = os.environ.get("DEXLEGO_GADGET_LIB")
    from dexlego.gadget.library import cache_dir

    if gadget is None and not any(cache_dir().glob("*/libfrida-gadget.so")):
        pytest.skip("no Frida Gadget: set DEXLEGO_GADGET_LIB or fill the gadget cache folder")
    apk = _apk("Reflection/Reflection1.apk")
    import adbutils

    # The root-path test installed the original, signed with another key: Android refuses the update.
    adbutils.AdbClient().device(android_serial).uninstall("de.ecspride")
    db = f"sqlite:///{tmp_path / 'trace.db'}"
    summary = collect_device(apk, serial=android_serial, duration=25, seed=1, events=100, db_url=db,
                             no_root=True, gadget_lib=Path(gadget) if gadget else None,
                             work_dir=tmp_path / "gadget")
    assert summary["status"] == "complete" and summary["runtime_path"] == "gadget", summary
    with open_store(db) as store:
        from dexlego.hashing import sha256_file

        assert store.get_run(summary["run_id"]).apk_sha256 == sha256_file(apk)
        assert any(r.target.startswith("Lde/ecspride/") for r in store.reflection_events([summary["run_id"]]))
