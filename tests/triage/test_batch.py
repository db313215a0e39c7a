"""`dexlego triage`: a resumable batch that survives SIGKILL, locally and on a Ray cluster.

The suite runs a slice of the DroidBench corpus to stay fast; set DEXLEGO_TRIAGE_FULL=1 to
run the same tests on the whole corpus (benchmarks/bench_triage.py does, for the figures).
"""

from __future__ import annotations

import json
import os
import signal
import sqlite3
import subprocess
import sys
import time
from pathlib import Path
from typing import Any

import pytest

from dexlego.hashing import sha256_file
from tests.conftest import corpus_apks

SLICE = ("Reflection", "DynamicLoading", "Aliasing", "Lifecycle")


def batch_apks() -> list[Path]:
    apks = corpus_apks()
    if os.environ.get("DEXLEGO_TRIAGE_FULL") == "1":
        return apks
    return [p for p in apks if p.parent.name in SLICE][:10]


@pytest.fixture(scope="module")
def apk_list(tmp_path_factory: pytest.TempPathFactory) -> Path:
    apks = batch_apks()
    if not apks:
        pytest.skip("DroidBench corpus not found under ../shared (set DEXLEGO_SHARED)")
    listing = tmp_path_factory.mktemp("list") / "apks.txt"
    # The same APK twice: the queue deduplicates by content.
    listing.write_text("\n".join(str(p) for p in [*apks, apks[0]]) + "\n", encoding="utf-8")
    return listing


def _cmd(listing: Path, db: Path, work: Path, *extra: str) -> list[str]:
    return [sys.executable, "-m", "dexlego.cli.main", "triage", str(listing), "--jobs", "2",
            "--analyzer", "androguard", "--db", f"sqlite:///{db}", "--workdir", str(work),
            "--timeout-per-apk", "300", *extra]


def _rows(db: Path) -> list[tuple[str, str, int, str | None]]:
    conn = sqlite3.connect(db, timeout=30)
    try:
        return list(conn.execute(
            "SELECT sha256, status, attempts, finished_at FROM triage_items ORDER BY id"))
    finally:
        conn.close()


def _comparable(doc: dict[str, Any]) -> dict[str, Any]:
    """Per-APK outcome without what legitimately differs between runs (ids, paths, times)."""
    keep = ("status", "flows_only_after", "hidden_code_size", "reflection_sites_rewritten",
            "dynamic_classes_merged", "methods_restored", "packer_labels", "observed_leaks")
    out = {}
    for row in doc["apks"]:
        r = {k: row[k] for k in keep}
        r["flows"] = (row["result"] or {}).get("flows")
        out[row["sha256"]] = r
    return out


@pytest.fixture(scope="module")
def killed_and_resumed(apk_list: Path, tmp_path_factory: pytest.TempPathFactory) -> dict[str, Any]:
    tmp = tmp_path_factory.mktemp("triage")
    db, work = tmp / "store.db", tmp / "work"
    env = {**os.environ, "XDG_DATA_HOME": str(tmp / "xdg")}
    # distinct APK contents: the list repeats one path, and DroidBench has no two equal APKs
    total = len({sha256_file(Path(line)) for line in apk_list.read_text().splitlines() if line})
    log = (tmp / "first.log").open("wb")  # a file, not a pipe nobody reads
    proc = subprocess.Popen(_cmd(apk_list, db, work), env=env, stdout=subprocess.DEVNULL, stderr=log)
    deadline = time.monotonic() + 900
    finished_before: dict[str, str | None] = {}
    while time.monotonic() < deadline and proc.poll() is None:
        time.sleep(0.5)
        if not db.exists():
            continue
        try:
            rows = _rows(db)
        except sqlite3.OperationalError:
            continue  # schema not created yet
        done = [r for r in rows if r[1] in ("done", "failed")]
        if len(done) >= total // 2:
            proc.send_signal(signal.SIGKILL)
            proc.wait()
            log.close()
            finished_before = {r[0]: r[3] for r in _rows(db) if r[1] in ("done", "failed")}
            break
    assert proc.returncode == -signal.SIGKILL, "the batch ended before it could be killed halfway"
    assert 0 < len(finished_before) < total
    second = subprocess.run(_cmd(apk_list, db, work, "--json"), env=env, capture_output=True, text=True,
                            timeout=1800)
    assert second.returncode == 0, second.stderr[-2000:]
    return {"doc": json.loads(second.stdout), "before": finished_before, "rows": _rows(db), "total": total}


def test_a_killed_batch_resumes_and_processes_every_apk_once(killed_and_resumed: dict[str, Any]) -> None:
    doc, before, rows, total = (killed_and_resumed[k] for k in ("doc", "before", "rows", "total"))
    assert len(rows) == total  # deduplicated by content, nothing queued twice
    assert all(status in ("done", "failed") for _, status, _, _ in rows)
    for sha, _status, _attempts, finished_at in rows:
        if sha in before:  # finished before the kill: not redone, result kept as it was
            assert finished_at == before[sha]
    batch = doc["batch"]
    assert batch["apks"] == total and batch["pending"] == 0 and batch["running"] == 0
    assert batch["processed_now"] == total - len(before)
    assert batch["done"] >= total * 0.9, [(r["name"], r["error"]) for r in doc["apks"] if r["error"]]


def test_the_ranking_puts_revealing_apks_first(killed_and_resumed: dict[str, Any]) -> None:
    ranked = killed_and_resumed["doc"]["apks"]
    keys = [(r["flows_only_after"], r["hidden_code_size"]) for r in ranked]
    assert keys == sorted(keys, reverse=True)


def test_the_same_batch_on_a_local_ray_cluster_gives_the_same_results(
        apk_list: Path, killed_and_resumed: dict[str, Any], tmp_path: Path) -> None:
    ray = pytest.importorskip("ray", reason="ray not installed (scripts/setup.sh installs it)")
    from dexlego.store import open_store
    from dexlego.triage.batch import collect_inputs, run_batch
    from dexlego.triage.report import batch_json
    from dexlego.triage.work import TriageOptions

    os.environ["XDG_DATA_HOME"] = str(tmp_path / "xdg")
    ray.init(num_cpus=2, include_dashboard=False, log_to_driver=False)
    try:
        url = f"sqlite:///{tmp_path / 'ray.db'}"
        with open_store(url) as store:
            report = run_batch(store, collect_inputs(apk_list), tmp_path / "work",
                               TriageOptions(analyzers=("androguard",), db_url=url), use_ray=True, jobs=2)
            doc = batch_json(report)
    finally:
        ray.shutdown()
    assert doc["batch"]["processed_now"] == killed_and_resumed["total"]
    assert _comparable(doc) == _comparable(killed_and_resumed["doc"])
