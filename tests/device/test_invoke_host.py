"""The host side of a device's `--invoke-all`: which methods the agent is asked to call (those
of the APK with no execution in the run so far). The run here is an emulator run of a DroidBench
app stored through the real intake; the agent side runs in test_jvm_invoke.py."""

from __future__ import annotations

from pathlib import Path

import pytest

from dexlego.device.invoke import app_methods, not_run
from dexlego.emulator.collect import collect_emulator
from dexlego.store import open_store
from tests.conftest import DROIDBENCH_APK

APK = DROIDBENCH_APK / "Reflection" / "Reflection1.apk"


@pytest.mark.corpus
def test_the_agent_is_asked_for_exactly_what_did_not_run(tmp_path: Path) -> None:
    if not APK.is_file():
        pytest.skip(f"DroidBench app {APK} not found (set DEXLEGO_SHARED)")
    url = f"sqlite:///{tmp_path / 'runs.db'}"
    out = collect_emulator(APK, db_url=url, budget=200_000)
    everything = app_methods(APK)
    assert len(everything) == len(set(everything)) > out["methods_executed"] > 0
    with open_store(url) as store:
        ran = {v.method for v in store.code_versions([out["run_id"]])}
        todo = not_run(APK, store, out["run_id"])
    assert ran and not ran & set(todo)
    assert set(todo) | (ran & set(everything)) == set(everything)
    assert todo == [s for s in everything if s not in ran]  # DEX order kept
