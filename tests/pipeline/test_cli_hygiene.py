"""What a user sees around `dexlego analyze`: no stray files (quark's `<date>.quark.log` in
the working directory, its AndroidManifest.xml temporary folders), no androguard log lines on
stderr, and a non-zero exit when every analyzer failed."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

from tests.pipeline.conftest import cli_env

REPO = Path(__file__).resolve().parents[2]


def _analyze(apk: Path, cwd: Path, *args: str) -> subprocess.CompletedProcess[str]:
    env = {**cli_env(cwd), "TMPDIR": str(cwd / "tmp"), "PYTHONPATH": str(REPO)}
    (cwd / "tmp").mkdir(exist_ok=True)
    return subprocess.run([sys.executable, "-m", "dexlego.cli.main", "analyze", str(apk), *args],
                          capture_output=True, text=True, env=env, cwd=cwd, timeout=600)


def test_analyze_leaves_no_stray_files_and_no_library_chatter(fixture_apk: Path,
                                                              tmp_path: Path) -> None:
    proc = _analyze(fixture_apk, tmp_path, "-a", "quark", "-a", "androguard", "--json",
                    "-o", str(tmp_path / "raw"))
    assert proc.returncode == 0, proc.stderr[-2000:]
    assert {r["analyzer"]: r["error"] for r in json.loads(proc.stdout)["results"]} == {
        "quark": None, "androguard": None}
    assert not list(tmp_path.glob("*.quark.log"))
    assert os.listdir(tmp_path / "tmp") == []  # quark's manifest folders are gone
    assert proc.stderr.strip() == "", proc.stderr[-2000:]


def test_analyze_fails_when_every_analyzer_failed(fixture_apk: Path, tmp_path: Path) -> None:
    proc = _analyze(fixture_apk, tmp_path, "-a", "quark", "--analyzer-timeout", "0.01")
    assert proc.returncode == 1
    assert "every analyzer failed" in proc.stderr and "timed out after 0.01 s" in proc.stderr
