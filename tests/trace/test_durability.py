"""Several writer processes at once, and a writer killed with SIGKILL in the middle of a run."""

from __future__ import annotations

import os
import signal
import subprocess
import sys
from pathlib import Path

from sqlalchemy import text

from dexlego.store import Store, open_store
from tests.trace import samples

REPO = Path(__file__).resolve().parents[2]
WRITER = Path(__file__).with_name("writer_proc.py")


def _spawn(url: str, *args: str) -> subprocess.Popen[str]:
    env = dict(os.environ, PYTHONPATH=str(REPO))
    return subprocess.Popen([sys.executable, str(WRITER), url, *args], cwd=REPO, env=env,
                            stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True)


def _numbers(store: Store, rid: int) -> list[int]:
    return sorted(r.pc for r in store.reflection_events([rid]))


def _check_integrity(store: Store) -> None:
    with store.engine.connect() as conn:
        if conn.dialect.name == "sqlite":
            assert conn.exec_driver_sql("PRAGMA integrity_check").scalar() == "ok"
            assert conn.exec_driver_sql("PRAGMA foreign_key_check").fetchall() == []
        else:  # no orphans in any child table
            for table in ("code_versions", "reflections", "dex_images"):
                orphans = conn.execute(text(
                    f"SELECT count(*) FROM {table} t LEFT JOIN runs r ON r.id = t.run_id"
                    " WHERE r.id IS NULL")).scalar()
                assert orphans == 0


def test_two_processes_writing_runs_at_once_corrupt_nothing(store_url: str) -> None:
    # The store does not exist yet: both writers also race to create and migrate it.
    n = 120
    procs = [_spawn(store_url, "full", str(n)) for _ in range(2)]
    outs = [p.communicate(timeout=300) for p in procs]
    for p, (out, err) in zip(procs, outs, strict=True):
        assert p.returncode == 0, err[-2000:]
        assert out.strip().endswith("done")
    rids = [int(out.split()[1]) for out, _ in outs]
    with open_store(store_url) as store:
        for rid in rids:
            info = store.get_run(rid)
            assert info.status == "complete" and info.rejected_messages == 0
            assert info.accepted_messages == 3 * n
            assert _numbers(store, rid) == list(range(n))
            assert len(store.code_versions([rid])) == n
            assert len(store.dex_images([rid])) == n
        assert store.dex_bytes(samples.dex_message("shared")["sha256"]) == \
            samples.dex_bytes("shared")
        _check_integrity(store)


def test_sigkilled_writer_leaves_an_incomplete_run_with_every_committed_record(
        store_url: str) -> None:
    open_store(store_url).close()
    proc = _spawn(store_url, "endless")
    assert proc.stdout is not None
    rid = int(proc.stdout.readline().split()[1])
    committed = 0
    while committed < 60:
        line = proc.stdout.readline()
        assert line, proc.stderr.read() if proc.stderr else "writer ended"
        if line.startswith("committed"):
            committed = int(line.split()[1])
    os.kill(proc.pid, signal.SIGKILL)  # while it keeps writing
    proc.wait(timeout=60)
    assert proc.returncode == -signal.SIGKILL
    with open_store(store_url) as store:
        info = store.get_run(rid)
        assert (info.status, info.reason) == ("incomplete", "writer died")
        got = _numbers(store, rid)
        # Everything committed before the kill is there, as an unbroken prefix.
        assert len(got) >= committed and got == list(range(len(got)))
        assert len(got) % 10 == 0  # only whole committed transactions
        assert len(store.code_versions([rid])) == len(got)
        assert info.accepted_messages == 3 * len(got)
        _check_integrity(store)
        # The half-written run still exports and re-imports cleanly.
        lines = list(store.export_lines(rid))
        assert list(store.export_lines(store.import_run(lines))) == lines
