"""The triage queue in the store: dedupe by content, claims, recovery from a dead driver."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

import pytest
from alembic.autogenerate import compare_metadata
from alembic.runtime.migration import MigrationContext

from dexlego.store import Store, open_store
from dexlego.store.schema import full_metadata
from dexlego.triage import queue


@pytest.fixture()
def store(tmp_path: Path) -> Store:
    with open_store(f"sqlite:///{tmp_path / 'q.db'}") as s:
        yield s


def _apks(tmp_path: Path, n: int) -> list[Path]:
    out = []
    for i in range(n):
        p = tmp_path / f"app{i}.apk"
        p.write_bytes(b"PK\x03\x04 not really an apk %d" % i)
        out.append(p)
    return out


def test_the_migrated_triage_table_matches_its_model(store: Store) -> None:
    def only_triage(obj: object, name: str | None, type_: str, reflected: bool, compare_to: object) -> bool:
        table = name if type_ == "table" else getattr(getattr(obj, "table", None), "name", None)
        return table == "triage_items"

    with store.engine.connect() as conn:
        ctx = MigrationContext.configure(conn, opts={"include_object": only_triage})
        assert compare_metadata(ctx, full_metadata()) == []


def test_enqueue_deduplicates_by_content(store: Store, tmp_path: Path) -> None:
    apks = _apks(tmp_path, 3)
    copy = tmp_path / "copy.apk"
    copy.write_bytes(apks[0].read_bytes())
    first = queue.enqueue(store, [*apks, copy])
    assert (first.added, first.known, len(first.sha256s)) == (3, 1, 3)
    again = queue.enqueue(store, apks)
    assert (again.added, again.known, again.sha256s) == (0, 3, first.sha256s)
    assert [i.status for i in queue.items(store)] == ["pending"] * 3


def test_an_unreadable_apk_is_one_failed_row_not_an_aborted_batch(store: Store,
                                                                  tmp_path: Path) -> None:
    """Any OSError while hashing (PermissionError for a user; the suite runs as root, where
    mode 000 still reads, so a directory and a vanished file stand for it)."""
    apks = _apks(tmp_path, 2)
    folder = tmp_path / "folder.apk"
    folder.mkdir()
    gone = tmp_path / "gone.apk"
    got = queue.enqueue(store, [apks[0], folder, gone, apks[1]])
    assert (got.added, got.known, len(got.sha256s)) == (4, 0, 4)
    rows = {Path(i.path).name: i for i in queue.items(store)}
    assert rows["app0.apk"].status == rows["app1.apk"].status == "pending"
    assert rows["folder.apk"].status == rows["gone.apk"].status == "failed"
    assert "folder.apk: cannot read: Is a directory" in (rows["folder.apk"].error or "")
    assert "gone.apk: cannot read: No such file or directory" in (rows["gone.apk"].error or "")
    again = queue.enqueue(store, [gone])  # the same path again is the same row
    assert (again.added, again.known) == (0, 1)
    claimed = [queue.claim(store), queue.claim(store), queue.claim(store)]
    assert sorted(Path(c.path).name for c in claimed if c) == ["app0.apk", "app1.apk"]


def test_claim_and_finish(store: Store, tmp_path: Path) -> None:
    apks = _apks(tmp_path, 2)
    queue.enqueue(store, apks)
    first = queue.claim(store)
    second = queue.claim(store)
    assert first and second and first.id != second.id and queue.claim(store) is None
    assert queue.finish(store, first.id, ok=True, result={"flows_only_after": 2}, error=None, seconds=1.0,
                        peak_rss_mb=10.0)
    assert not queue.finish(store, first.id, ok=True, result={}, error=None, seconds=1.0, peak_rss_mb=None)
    assert queue.finish(store, second.id, ok=False, result=None, error="timed out", seconds=2.0,
                        peak_rss_mb=None)
    by_id = {i.id: i for i in queue.items(store)}
    assert by_id[first.id].status == "done" and by_id[first.id].result == {"flows_only_after": 2}
    assert by_id[second.id].status == "failed" and by_id[second.id].error == "timed out"
    assert queue.retry_failed(store, [second.sha256]) == 1
    assert queue.claim(store) is not None


def test_rows_claimed_by_a_dead_driver_go_back_to_pending(tmp_path: Path) -> None:
    url = f"sqlite:///{tmp_path / 'q.db'}"
    apks = _apks(tmp_path, 2)
    code = ("import sys; from pathlib import Path; from dexlego.store import open_store; "
            "from dexlego.triage import queue; s = open_store(sys.argv[1]); "
            "queue.enqueue(s, [Path(p) for p in sys.argv[2:]]); print(queue.claim(s).id)")
    out = subprocess.run([sys.executable, "-c", code, url, *map(str, apks)], capture_output=True, text=True,
                         check=True, timeout=120, cwd=Path(__file__).parents[2])
    claimed = int(out.stdout)
    with open_store(url) as s:
        assert {i.id: i.status for i in queue.items(s)}[claimed] == "running"
        assert queue.recover(s) == 1
        assert all(i.status == "pending" for i in queue.items(s))
        mine = queue.claim(s)
        assert mine is not None and queue.recover(s) == 0  # a live driver keeps its claim
