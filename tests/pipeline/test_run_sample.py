"""`dexlego run` end to end on the embedded sample app (emulator runtime, SQLite store)."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path
from typing import Any

import pytest

from dexlego.report.browser import chromium_path, dump_dom

SOURCE = "Landroid/telephony/TelephonyManager;->getDeviceId()Ljava/lang/String;"
SINK_PREFIX = "Landroid/telephony/SmsManager;->sendTextMessage("


@pytest.fixture(scope="module")
def sample_run(tmp_path_factory: pytest.TempPathFactory) -> tuple[dict[str, Any], Path]:
    tmp = tmp_path_factory.mktemp("run")
    env = {**os.environ, "XDG_DATA_HOME": str(tmp / "data"), "XDG_CACHE_HOME": str(tmp / "cache")}
    report = tmp / "report.html"
    proc = subprocess.run(
        [sys.executable, "-m", "dexlego.cli.main", "run", "--json", "--report", str(report),
         "--workdir", str(tmp / "work"), "--analyzer", "androguard", "--analyzer", "mariana-trench",
         "--analyzer", "quark"],
        capture_output=True, text=True, env=env, timeout=600,
    )
    assert proc.returncode == 0, proc.stderr[-2000:]
    return json.loads(proc.stdout), report


def test_the_leak_is_observed_and_the_hidden_code_is_merged(sample_run: tuple[dict[str, Any], Path]) -> None:
    s, _ = sample_run
    assert s["collect"]["status"] == "complete"
    assert any(leak["source"] == SOURCE and leak["sink"].startswith(SINK_PREFIX)
               for leak in s["collect"]["observed_leaks"])
    r = s["reassemble"]
    assert r["verify_ok"] is True
    assert r["dynamic_classes_merged"] >= 1 and r["reflection_sites_rewritten"] >= 1
    assert any(m["method"].startswith("Lcom/dexlego/payload/Courier;->deliver") for m in s["revealed_code"])


def test_analyzers_find_the_flow_only_after_reassembly(sample_run: tuple[dict[str, Any], Path]) -> None:
    s, _ = sample_run
    revealing = []
    for a in s["analyzers"]:
        before = [f for f in a["original_flows"] if f["sink"].startswith(SINK_PREFIX)]
        after = [f for f in a["only_after"] if f["source"] == SOURCE and f["sink"].startswith(SINK_PREFIX)]
        if a["available"] and not before and after:
            revealing.append(a["name"])
    assert len(revealing) >= 2, s["analyzers"]


@pytest.mark.skipif(chromium_path() is None, reason="chromium not installed (scripts/setup.sh installs it)")
def test_the_report_renders_with_its_tables_and_chart(sample_run: tuple[dict[str, Any], Path]) -> None:
    _, report = sample_run
    dom = dump_dom(report)
    assert 'id="summary"' in dom and 'id="flows"' in dom and 'class="chart"' in dom
    assert "Lcom/dexlego/payload/Courier;" in dom
