"""A batch of APKs that cannot be processed: one failed row each, and an exit status that
says nothing worked."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path


def test_a_batch_where_every_apk_fails_exits_1_with_one_failed_row_each(tmp_path: Path) -> None:
    apks = tmp_path / "apks"
    apks.mkdir()
    (apks / "garbage.apk").write_bytes(b"PK\x03\x04 truncated")
    (apks / "not-a-zip.apk").write_bytes(b"\x7fELF" + bytes(100))
    env = {**os.environ, "XDG_DATA_HOME": str(tmp_path / "xdg")}
    res = subprocess.run(
        [sys.executable, "-m", "dexlego.cli.main", "triage", str(apks), "--jobs", "1",
         "--analyzer", "androguard", "--db", f"sqlite:///{tmp_path / 's.db'}",
         "--workdir", str(tmp_path / "work"), "--json"],
        env=env, capture_output=True, text=True, timeout=600)
    assert res.returncode == 1, res.stderr[-2000:]
    doc = json.loads(res.stdout)
    assert [r["status"] for r in doc["apks"]] == ["failed", "failed"]
    assert all(r["error"] and "\n" not in r["error"] for r in doc["apks"])
    assert res.stderr.strip().splitlines()[-1] == "dexlego: error: every APK of the batch failed (2)"
