"""DroidBench's SelfModification and Native apps with their real libraries: the tampered
method versions are recorded and merged, and the leaks that pass through native code are
observed (the BytecodeTamper libraries are arm64, the Native ones armeabi)."""

from __future__ import annotations

from pathlib import Path

import pytest

from dexlego.emulator.collect import collect_emulator
from dexlego.store.store import open_store
from reassembler.pipeline import reassemble
from tests.conftest import DROIDBENCH_APK

pytestmark = [pytest.mark.corpus]

ON_CREATE = "Ledu/wayne/cs/MainActivity;->onCreate(Landroid/os/Bundle;)V"
DEVICE_ID = "Landroid/telephony/TelephonyManager;->getDeviceId()Ljava/lang/String;"


def _apk(rel: str) -> Path:
    apk = DROIDBENCH_APK / rel
    if not apk.is_file():
        pytest.skip(f"{apk} not found (DroidBench lives in ../shared)")
    return apk


@pytest.mark.parametrize(("app", "leaky"), [("BytecodeTamper1", True), ("BytecodeTamper2", True),
                                            ("BytecodeTamper4", False)])  # fmt: skip
def test_tampered_bytecode_is_a_merged_version(app: str, leaky: bool, tmp_path: Path) -> None:
    apk = _apk(f"SelfModification/{app}.apk")
    db = f"sqlite:///{tmp_path / 'store.db'}"
    s = collect_emulator(apk, budget=300_000, timeout=120, db_url=db)
    assert s["native"]["abi"] == "arm64-v8a"
    assert s["native"]["code_writes"] == [ON_CREATE]  # jniTest() rewrote the running onCreate
    assert bool(s["observed_leaks"]) is leaky
    if leaky:
        assert {lk["source"] for lk in s["observed_leaks"]} == {DEVICE_ID}
    store = open_store(db)
    try:
        report = reassemble(apk, [s["run_id"]], tmp_path / "out.apk", store=store)
    finally:
        store.close()
    assert report.verify_ok and report.versions_merged == 1


@pytest.mark.parametrize("app", ["NativeIDFunction", "SinkInNativeCode", "SinkInNativeLibCode",
                                 "SourceInNativeCode"])  # fmt: skip
def test_leaks_through_native_code_are_observed(app: str) -> None:
    s = collect_emulator(_apk(f"Native/{app}.apk"), budget=300_000, timeout=120, store=False)
    assert s["native"]["abi"] == "armeabi" and s["native"]["native_calls"]
    assert any(lk["source"] == DEVICE_ID for lk in s["observed_leaks"]), s["observed_leaks"]
