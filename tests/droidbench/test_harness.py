"""`dexlego droidbench` on the categories reassembly is for, and the scoring around it."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path
from typing import Any

import pytest

from dexlego.report.browser import chromium_path, dump_dom
from droidbench.harness import discover, regressions, score_rows, summarize
from tests.conftest import DROIDBENCH_APK

HIDDEN_CODE_CATEGORIES = ("Reflection", "Reflection_ICC", "DynamicLoading")


def _row(category: str, app: str, expected: int | None, orig: int, reas: int, error: str | None = None
         ) -> dict[str, Any]:
    return {"category": category, "app": app, "expected_leaks": expected, "error": error,
            "original": {"androguard": {"flows": orig}}, "reassembled": {"androguard": {"flows": reas}}}


def test_categories_are_the_first_folder_below_the_corpus(tmp_path: Path) -> None:
    nested = "InterAppCommunication/Device Id leakage/DeviceId_Service1.apk"
    for rel in ("Reflection/Reflection1.apk", nested):
        (tmp_path / "apk" / rel).parent.mkdir(parents=True, exist_ok=True)
        (tmp_path / "apk" / rel).write_bytes(b"")
    found = {(a.category, a.app) for a in discover(tmp_path / "apk")}
    assert found == {("Reflection", "Reflection1"), ("InterAppCommunication", "DeviceId_Service1")}
    assert [(a.category, a.app) for a in discover(tmp_path / "apk" / "Reflection")] == [
        ("Reflection", "Reflection1")]


def test_scoring_and_summary_per_category() -> None:
    rows = [_row("Reflection", "R1", 1, 0, 1), _row("Reflection", "R2", 1, 0, 0),
            _row("Aliasing", "A1", 0, 1, 1), _row("Misc", "Unknown", None, 3, 3)]
    score_rows(rows)
    assert rows[0]["reassembled"]["androguard"] == {"flows": 1, "tp": 1, "fp": 0, "fn": 0}
    assert "tp" not in rows[3]["original"]["androguard"]  # no ground truth: not scored
    summary, categories = summarize(rows)
    assert summary["androguard"]["original"]["recall"] == 0.0
    assert summary["androguard"]["reassembled"]["recall"] == 0.5
    assert summary["androguard"]["reassembled"]["precision"] == 0.5
    assert categories["Reflection"]["analyzers"]["androguard"]["reassembled"]["recall"] == 0.5
    assert categories["Aliasing"]["apps"] == 1


def test_regressions_against_a_baseline() -> None:
    old = [_row("Reflection", "R1", 1, 0, 1), _row("Reflection", "R2", 1, 0, 1)]
    new = [_row("Reflection", "R1", 1, 0, 1), _row("Reflection", "R2", 1, 0, 0, error="boom")]
    for rows in (old, new):
        score_rows(rows)
    base = {"apps": old, "summary": summarize(old)[0]}
    cur = {"apps": new, "summary": summarize(new)[0]}
    assert regressions(base, base) == []
    found = regressions(cur, base)
    assert "androguard reassembled recall: 1.000 -> 0.500" in found
    assert "Reflection/R2: now fails: boom" in found


@pytest.fixture(scope="module")
def hidden_code_run(tmp_path_factory: pytest.TempPathFactory) -> tuple[dict[str, Any], Path]:
    if not DROIDBENCH_APK.is_dir():
        pytest.skip(f"DroidBench corpus not found at {DROIDBENCH_APK}")
    tmp = tmp_path_factory.mktemp("droidbench")
    corpus = tmp / "corpus"
    for cat in HIDDEN_CODE_CATEGORIES:
        (corpus / cat).mkdir(parents=True)
        for apk in sorted((DROIDBENCH_APK / cat).glob("*.apk")):
            (corpus / cat / apk.name).symlink_to(apk)
    out = tmp / "result.json"
    env = {**os.environ, "XDG_DATA_HOME": str(tmp / "data")}
    proc = subprocess.run(
        [sys.executable, "-m", "dexlego.cli.main", "droidbench", "--corpus", str(corpus), "--jobs", "2",
         "--json", str(out), "--html", str(tmp / "report.html"), "--analyzer", "androguard",
         "--analyzer", "mariana-trench", "--analyzer", "quark"],
        capture_output=True, text=True, env=env, timeout=1500,
    )
    assert proc.returncode == 0, proc.stderr[-3000:]
    return json.loads(out.read_text()), tmp


def test_every_app_is_a_row_with_the_contract_keys(hidden_code_run: tuple[dict[str, Any], Path]) -> None:
    result, _ = hidden_code_run
    apks = sorted(p.stem for cat in HIDDEN_CODE_CATEGORIES for p in (DROIDBENCH_APK / cat).glob("*.apk"))
    assert sorted(r["app"] for r in result["apps"]) == apks
    for row in result["apps"]:
        assert {"category", "app", "expected_leaks", "observed_leaks", "original", "reassembled",
                "error"} <= set(row)
        for name, entry in row["reassembled"].items():
            assert {"flows", "tp", "fp", "fn"} <= set(entry), (row["app"], name)
    for m in result["summary"].values():
        assert set(m) == {"original", "reassembled"} and set(m["original"]) == {"precision", "recall", "f1"}


def test_reassembly_raises_recall_for_at_least_two_analyzers(
        hidden_code_run: tuple[dict[str, Any], Path]) -> None:
    result, _ = hidden_code_run
    better = [name for name, m in result["summary"].items()
              if (m["reassembled"]["recall"] or 0) > (m["original"]["recall"] or 0)]
    assert len(better) >= 2, result["summary"]


def test_the_baseline_gate_passes_on_itself(hidden_code_run: tuple[dict[str, Any], Path]) -> None:
    result, _ = hidden_code_run
    assert regressions(result, result) == []


@pytest.mark.skipif(chromium_path() is None, reason="chromium not installed (scripts/setup.sh installs it)")
def test_the_html_report_renders_with_summary_table_and_charts(
        hidden_code_run: tuple[dict[str, Any], Path]) -> None:
    _, tmp = hidden_code_run
    dom = dump_dom(tmp / "report.html")
    assert 'id="summary"' in dom and 'id="categories"' in dom and 'id="apps"' in dom
    assert dom.count('class="chart"') == 2
    for category in HIDDEN_CODE_CATEGORIES:
        assert f"<td>{category}</td>" in dom
