"""Bounded analyzers (issue 15): one that hangs or balloons is a row with its error, killed
with everything it started; the rest of the result stands, and a run stopped by SIGTERM
keeps its stored run, its reassembled APK and the results so far.

`Hangs` and `Balloons` are test analyzers standing in for a real analyzer that hangs
(mariana-trench normalizing for minutes) or eats memory; the pipeline around them is real.
"""

from __future__ import annotations

import json
import os
import signal
import subprocess
import sys
import time
from pathlib import Path

import pytest

from analyzers.androguard_reach import AndroguardReach
from analyzers.base import Analyzer, AnalyzerResult, Availability
from analyzers.isolation import Limits
from dexlego.pipeline import PipelineOptions, run_pipeline
from tests.pipeline.conftest import cli_env


class Hangs(Analyzer):
    """Starts a helper process, records its pid, then never returns."""

    name = "hangs"

    def available(self) -> Availability:
        return Availability(True)

    def analyze(self, path: Path, workdir: Path) -> AnalyzerResult:
        helper = subprocess.Popen(["sleep", "3600"])
        (workdir / "helper.pid").write_text(str(helper.pid))
        time.sleep(3600)
        raise AssertionError("unreachable")


class Balloons(Analyzer):
    name = "balloons"

    def available(self) -> Availability:
        return Availability(True)

    def analyze(self, path: Path, workdir: Path) -> AnalyzerResult:
        block = bytearray(600 * 1024 * 1024)  # zero-filled: every page touched
        time.sleep(5)
        return AnalyzerResult(self.name, True, raw_output=str(len(block)))


def _gone(pid: int) -> bool:
    try:
        os.kill(pid, 0)
    except ProcessLookupError:
        return True
    return Path(f"/proc/{pid}/stat").read_text().split(") ")[1].startswith("Z")


def test_a_hanging_analyzer_is_killed_with_what_it_started(tmp_path: Path) -> None:
    apk = tmp_path / "x.apk"
    apk.write_bytes(b"PK")
    result = Hangs().run(apk, tmp_path / "w", Limits(timeout_s=10))
    assert result.error == "hangs on x.apk: timed out after 10 s"
    assert 10 <= result.seconds < 60
    helper = int((tmp_path / "w" / "helper.pid").read_text())
    deadline = time.monotonic() + 10
    while not _gone(helper) and time.monotonic() < deadline:
        time.sleep(0.1)
    assert _gone(helper)


def test_an_analyzer_over_its_memory_cap_is_a_row_with_its_error(tmp_path: Path) -> None:
    apk = tmp_path / "x.apk"
    apk.write_bytes(b"PK")
    result = Balloons().run(apk, tmp_path / "w", Limits(memory_mb=200))
    assert result.error is not None and "memory cap of 200 MB exceeded" in result.error
    assert result.peak_rss_mb is not None and result.peak_rss_mb > 200


def test_the_rest_of_the_result_stands(fixture_apk: Path, tmp_path: Path,
                                       monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("XDG_DATA_HOME", str(tmp_path / "data"))
    work = tmp_path / "work"
    summary = run_pipeline(fixture_apk, work, [Hangs(), AndroguardReach()],
                           PipelineOptions(analyzer_limits=Limits(timeout_s=3, memory_mb=2048)))
    assert summary["status"] == "complete" and summary["reassemble"]["verify_ok"]
    rows = {a["name"]: a for a in summary["analyzers"]}
    assert rows["hangs"]["error"] == "hangs on accepted.apk: timed out after 3 s; " \
                                     "hangs on accepted.reassembled.apk: timed out after 3 s"
    assert rows["androguard"]["error"] is None
    assert rows["androguard"]["peak_rss_mb"]["original"] > 0
    assert json.loads((work / "summary.json").read_text()) == json.loads(json.dumps(summary))


_CLI_WITH_HANGS = (
    "from analyzers.registry import ADAPTERS; from tests.pipeline.test_analyzer_limits import Hangs; "
    "ADAPTERS['hangs'] = Hangs; from dexlego.cli.main import main; main()"
)


def test_sigterm_keeps_the_run_the_apk_and_the_results_so_far(fixture_apk: Path,
                                                               tmp_path: Path) -> None:
    work = tmp_path / "work"
    proc = subprocess.Popen(
        [sys.executable, "-c", _CLI_WITH_HANGS, "run", str(fixture_apk), "--json",
         "--workdir", str(work), "-a", "androguard", "-a", "hangs", "--analyzer-timeout", "0"],
        stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True, env=cli_env(tmp_path),
        cwd=Path(__file__).resolve().parents[2],
    )
    pid_file = work / "analyzers" / "hangs" / "original" / "helper.pid"
    deadline = time.monotonic() + 300
    while not pid_file.is_file() and proc.poll() is None and time.monotonic() < deadline:
        time.sleep(0.2)
    assert pid_file.is_file(), proc.communicate(timeout=60)[1][-2000:]
    time.sleep(0.5)
    proc.send_signal(signal.SIGTERM)
    out, err = proc.communicate(timeout=120)
    assert proc.returncode == 143, err[-2000:]
    summary = json.loads(out)
    assert summary["status"] == "incomplete"
    assert summary["reason"] == "stopped (SIGTERM) while analyzing with hangs"
    assert summary["run_id"] is not None
    assert Path(summary["reassemble"]["output"]).is_file()
    assert [a["name"] for a in summary["analyzers"]] == ["androguard"]
    assert json.loads((work / "summary.json").read_text()) == summary
    assert _gone(int(pid_file.read_text()))
