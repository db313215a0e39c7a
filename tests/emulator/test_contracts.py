"""Fixture apps for the Android contracts the emulator follows (tests/emulator/fixtures/contracts,
built from smali with aapt at test time): runtime permissions, activity results, bound, messenger
and AIDL services, run-time receivers, fragments, registered callbacks, overridden framework
callbacks, loops over unmodeled iterators, and where runtime errors happen. Each shows a private
value reaching the log only when the contract is honoured."""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest

from dexlego.apkbuild import FRAMEWORK_RES, ApkSpec, build_apk
from dexlego.emulator.collect import privacy
from dexlego.emulator.session import RunResult, emulate
from dexlego.emulator.vm.unmodeled import MAX_IDENTICAL

FIXTURE = Path(__file__).parent / "fixtures" / "contracts"
LOG = "Landroid/util/Log;->i(Ljava/lang/String;Ljava/lang/String;)I"
DEVICE_ID = "Landroid/telephony/TelephonyManager;->getDeviceId()Ljava/lang/String;"


@pytest.fixture(scope="module")
def contracts_apk(tmp_path_factory: pytest.TempPathFactory) -> Path:
    if shutil.which("smali") is None or shutil.which("aapt") is None or not FRAMEWORK_RES.is_file():
        pytest.skip("smali/aapt/framework-res missing (run scripts/setup.sh)")
    return build_apk(ApkSpec(manifest=FIXTURE / "AndroidManifest.xml", dex_sources=[FIXTURE / "smali"]),
                     tmp_path_factory.mktemp("contracts") / "contracts.apk")  # fmt: skip


@pytest.fixture(scope="module")
def granted(contracts_apk: Path) -> RunResult:
    return emulate(contracts_apk, budget=400_000, timeout=60.0)


@pytest.fixture(scope="module")
def denied(contracts_apk: Path) -> RunResult:
    return emulate(contracts_apk, budget=400_000, timeout=60.0, deny_permissions=True)


def _leaking(run: RunResult) -> dict[str, int]:
    """Method -> how many distinct sites in it sent the device id to the log."""
    out: dict[str, int] = {}
    for lk in run.recorder.leaks:
        if privacy(lk) and lk.source == DEVICE_ID and lk.sink == LOG:
            name = lk.caller.split("->")[0][3:-1] + "." + lk.caller.split("->")[1].split("(")[0]
            out[name] = out.get(name, 0) + 1
    return out


def test_the_run_completes(granted: RunResult) -> None:
    assert granted.status == "complete", granted.reason
    # the loops over unmodeled calls ended after a few calls each, not at the budget
    assert granted.vm.icount < 100_000


def test_runtime_permissions(granted: RunResult, denied: RunResult) -> None:
    assert _leaking(granted).get("PermissionActivity.onCreate") == 1  # checkSelfPermission: GRANTED
    assert _leaking(granted).get("PermissionActivity.onRequestPermissionsResult") == 1
    assert not any(m.startswith("PermissionActivity.") for m in _leaking(denied))


def test_activity_results(granted: RunResult) -> None:
    # the target's setResult(RESULT_OK, data) and another app's RESULT_CANCELED
    assert _leaking(granted).get("ResultActivity.onActivityResult") == 2


def test_bound_messenger_and_aidl_services(granted: RunResult) -> None:
    leaking = _leaking(granted)
    assert {"LocalService.upload", "MessengerService$Incoming.handleMessage",
            "AidlService$Impl.upload"} <= set(leaking)  # fmt: skip


def test_receiver_registered_at_run_time(granted: RunResult) -> None:
    assert "DynReceiver.onReceive" in _leaking(granted)


def test_fragment_lifecycle_and_its_listener(granted: RunResult) -> None:
    leaking = _leaking(granted)
    assert "LeakFragment.onResume" in leaking and "FocusListener.onFocusChange" in leaking


def test_registered_and_overridden_framework_callbacks(granted: RunResult) -> None:
    leaking = _leaking(granted)
    assert "CallbackActivity.onSensorChanged" in leaking  # registered with an unmodeled manager
    assert "CallbackActivity.onKeyDown" in leaking  # Activity.onKeyDown, overridden


def test_loops_over_unmodeled_calls_end(granted: RunResult) -> None:
    assert _leaking(granted).get("LoopActivity.onCreate") == 2
    # each loop took 16 calls and the end (the activity runs twice: created, then recreated)
    calls = dict(granted.recorder.unmodeled_apis)
    assert calls["Ljava/util/Iterator;->next()Ljava/lang/Object;"] == 2 * (MAX_IDENTICAL + 1)
    assert calls["Ljava/util/concurrent/DelayQueue;->take()Ljava/util/concurrent/Delayed;"] == 2 * (
        MAX_IDENTICAL + 1)


def test_runtime_errors_say_where(granted: RunResult) -> None:
    message, where, pc, stack = next(e for e in granted.recorder.errors if "CrashActivity" in str(e))
    assert "NullPointerException" in message
    assert where == "Lc/CrashActivity;->crash(Ljava/lang/String;)I" and pc == 0
    assert [m for m, _ in stack] == [where, "Lc/CrashActivity;->onCreate(Landroid/os/Bundle;)V"]


def test_runtime_error_stacks_are_stored(contracts_apk: Path, tmp_path: Path) -> None:
    from dexlego.emulator.collect import collect_emulator
    from dexlego.store import open_store

    url = f"sqlite:///{tmp_path / 'runs.db'}"
    out = collect_emulator(contracts_apk, db_url=url, budget=400_000, timeout=60.0)
    assert out["unmodeled_apis"][0]["calls"] >= out["unmodeled_apis"][-1]["calls"]
    store = open_store(url)
    try:
        assert store.rejections(out["run_id"]) == []
        crash = next(e for e in store.runtime_errors([out["run_id"]]) if "CrashActivity" in (e.where or ""))
        assert crash.pc == 0 and crash.stack[1][0] == "Lc/CrashActivity;->onCreate(Landroid/os/Bundle;)V"
    finally:
        store.close()


def test_view_state_is_saved_and_restored(granted: RunResult) -> None:
    # only the recreated activity's view gets it back (Activity.onRestoreInstanceState)
    assert _leaking(granted).get("StateView.onRestoreInstanceState") == 1
