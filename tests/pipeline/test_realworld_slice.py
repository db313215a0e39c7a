"""Must-show 1 of issue 15, a cheap slice: `dexlego run` on two small real-world APKs of
../shared/realworld (one of them multidex) ends with a result, a reassembled APK that
verifies, and a row per analyzer. The whole corpus with every analyzer is the on-demand
benchmark `benchmarks/realworld_run.py` (docs/realworld.md)."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

import pytest

from benchmarks.realworld_run import markdown, run_app
from tests.conftest import SHARED

REALWORLD = SHARED / "realworld" / "apk"
SLICE = ("Opfake.A.apk", "Fobus.apk")

pytestmark = pytest.mark.slow


@pytest.mark.parametrize("name", SLICE)
def test_run_ends_with_a_result_and_a_verified_apk(name: str, tmp_path: Path) -> None:
    apk = REALWORLD / name
    if not apk.is_file():
        pytest.skip(f"{apk} not found (../shared/realworld is absent)")
    row = run_app(apk, tmp_path, ["androguard", "apkid"], analyzer_timeout=300,
                  analyzer_memory=2048, run_timeout=600)
    summary = row["summary"]
    assert summary is not None, row.get("error")
    assert summary["status"] == "complete" or summary["reason"], summary["reason"]
    assert summary["reassemble"]["verify_ok"]
    out = Path(summary["reassemble"]["output"])
    verify = subprocess.run([sys.executable, "-m", "dexlego.cli.main", "dex", "verify", str(out)],
                            capture_output=True, text=True, timeout=300)
    assert verify.returncode == 0, verify.stdout + verify.stderr
    rows = {a["name"]: a for a in summary["analyzers"]}
    assert set(rows) == {"androguard", "apkid"}
    assert all(a["error"] is None for a in rows.values()), rows
    table = markdown([row], ["androguard"])
    assert table.splitlines()[2].startswith(f"| {name} | {summary['status']}")
