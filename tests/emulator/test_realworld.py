"""A slice of the real-world survey (benchmarks/bench_realworld.py runs all of ../shared/realworld):
an AppCompat app gets through its launcher activity's onCreate (its own abc_screen_* layouts
inflated into support-library views), malware's leaks are observed, no model fails."""

from __future__ import annotations

from pathlib import Path

import pytest

from dexlego.emulator.survey import AppSurvey, run_survey
from tests.conftest import SHARED

REALWORLD = SHARED / "realworld" / "apk"
SLICE = ("SportsNews_debug", "BadNews.A", "Opfake.A")


@pytest.fixture(scope="module")
def runs() -> dict[str, AppSurvey]:
    apks = [REALWORLD / f"{name}.apk" for name in SLICE]
    missing = [p.name for p in apks if not p.is_file()]
    if missing:
        pytest.skip(f"{missing} absent from {REALWORLD} (../shared/realworld)")
    return {Path(r.apk).stem: r for r in run_survey(apks, budget=300_000, timeout=120.0)}


def test_no_model_fails_and_nothing_escapes(runs: dict[str, AppSurvey]) -> None:
    assert {n: r.model_failures for n, r in runs.items() if r.model_failures} == {}
    assert {n: r.escaped for n, r in runs.items() if r.escaped} == {}
    assert all(r.status != "failed" for r in runs.values())


def test_appcompat_launcher_activity_is_created(runs: dict[str, AppSurvey]) -> None:
    r = runs["SportsNews_debug"]
    assert r.launcher == "Lcom/example/android/materialme/MainActivity;"
    assert r.launcher_created, r.first_error
    assert r.methods_executed > 1000  # AppCompat's delegate, its views, RecyclerView ran


def test_malware_leaks_are_observed(runs: dict[str, AppSurvey]) -> None:
    sources = {src.split("->")[1].split("(")[0] for src, _ in runs["BadNews.A"].leaks}
    assert {"getDeviceId", "getLine1Number"} <= sources
