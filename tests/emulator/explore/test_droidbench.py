"""Forced execution on DroidBench (../shared; skipped where absent): an EmulatorDetection app's
leak, behind a chain of Build checks the emulated device trips, appears in `forced_leaks`; and
leak-free apps stay without `observed_leaks` however much is forced (the whole category and the
leak-free apps run in benchmarks/bench_forced_droidbench.py)."""

from __future__ import annotations

from pathlib import Path

import pytest

from dexlego.emulator.collect import collect_emulator
from tests.conftest import DROIDBENCH_APK

pytestmark = pytest.mark.corpus
SMS = ("Landroid/telephony/SmsManager;->sendTextMessage(Ljava/lang/String;Ljava/lang/String;"
       "Ljava/lang/String;Landroid/app/PendingIntent;Landroid/app/PendingIntent;)V")


def _need(path: str) -> Path:
    apk = DROIDBENCH_APK / path
    if not apk.is_file():
        pytest.skip(f"DroidBench app {apk} not found (set DEXLEGO_SHARED)")
    return apk


def test_build_checks_hide_a_leak_that_a_forced_run_reaches() -> None:
    out = collect_emulator(_need("EmulatorDetection/Build1.apk"), explore=2, store=False,
                           budget=500_000)
    assert out["observed_leaks"] == []  # the emulated Pixel's Build.USER is "android-build"
    (leak,) = out["forced_leaks"]
    assert leak["sink"] == SMS and leak["source"].endswith("getDeviceId()Ljava/lang/String;")
    (decision,) = leak["decisions"]
    assert decision["method"] == ("Lcom/example/newedtester/MainActivity;->"
                                  "onCreate(Landroid/os/Bundle;)V")


def test_a_leak_free_app_stays_without_observed_leaks() -> None:
    out = collect_emulator(_need("AndroidSpecific/LogNoLeak.apk"), explore=3, store=False,
                           budget=200_000)
    assert out["observed_leaks"] == [] and out["forced_leaks"] == []
    union, plain = out["coverage"]["union"], out["coverage"]["runs"][0]
    assert union["instructions_reached"] >= plain["instructions_reached"] > 0
