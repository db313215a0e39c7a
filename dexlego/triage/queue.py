"""The triage queue, kept in the store: one row per APK (by sha256), claimed and finished by
the batch driver only, so a result is written once whatever dies.

States: pending → running → done | failed. A `running` row whose driver process is gone
(SIGKILL, power loss) goes back to `pending` when the next driver starts (`recover`).
"""

from __future__ import annotations

import hashlib
import json
from collections.abc import Iterable
from dataclasses import dataclass
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

from sqlalchemy import select, update

from dexlego.hashing import sha256_file
from dexlego.store import Store
from dexlego.store.liveness import Writer, current_writer, is_alive
from dexlego.store.triage_models import TriageItem

PENDING, RUNNING, DONE, FAILED = "pending", "running", "done", "failed"


@dataclass(frozen=True)
class QueuedApk:
    id: int
    sha256: str
    path: str
    status: str
    attempts: int
    result: dict[str, Any] | None
    error: str | None
    seconds: float | None
    peak_rss_mb: float | None


def _now() -> datetime:
    return datetime.now(UTC)



def _view(row: TriageItem) -> QueuedApk:
    return QueuedApk(row.id, row.sha256, row.path, row.status, row.attempts,
                     json.loads(row.result_json) if row.result_json else None, row.error,
                     row.seconds, row.peak_rss_mb)


@dataclass(frozen=True)
class Enqueued:
    added: int
    known: int  # already queued (this batch's duplicates or an earlier batch's APKs)
    sha256s: list[str]  # of every APK given, in order, without repeats


def unreadable_key(path: Path) -> str:
    """The queue key of an APK that cannot be read (so cannot be hashed): one per path."""
    return hashlib.sha256(b"unreadable\0" + str(path.resolve()).encode("utf-8",
                                                                     "surrogateescape")).hexdigest()


def enqueue(store: Store, apks: Iterable[Path]) -> Enqueued:
    """Add APKs not queued yet (by content). An APK that cannot be read becomes one failed row
    (keyed by its path) with the reason, instead of stopping the batch."""
    added = known = 0
    shas: dict[str, None] = {}  # ordered set
    with store.session() as s, s.begin():
        have = set(s.scalars(select(TriageItem.sha256)))
        for apk in apks:
            error = None
            try:
                digest = sha256_file(apk)
            except OSError as exc:
                digest = unreadable_key(apk)
                error = f"{apk}: cannot read: {exc.strerror or exc}"
            shas[digest] = None
            if digest in have:
                known += 1
                continue
            have.add(digest)
            s.add(TriageItem(sha256=digest, path=str(apk.resolve()),
                             status=PENDING if error is None else FAILED, attempts=0,
                             error=error, queued_at=_now(),
                             finished_at=None if error is None else _now()))
            added += 1
    return Enqueued(added, known, list(shas))


def recover(store: Store) -> int:
    """Put back to `pending` the rows claimed by drivers that are no longer alive."""
    reset = 0
    with store.session() as s, s.begin():
        for row in s.scalars(select(TriageItem).where(TriageItem.status == RUNNING)):
            owner = Writer(row.worker_pid or -1, row.worker_host or "", row.worker_start)
            if not is_alive(owner):
                row.status, row.worker_pid, row.worker_host, row.worker_start = PENDING, None, None, None
                reset += 1
    return reset


def claim(store: Store, sha256s: Iterable[str] | None = None) -> QueuedApk | None:
    """Mark one pending row `running` for this process and return it (None when none is left)."""
    me = current_writer()
    wanted = set(sha256s) if sha256s is not None else None
    with store.session() as s, s.begin():
        query = select(TriageItem).where(TriageItem.status == PENDING).order_by(TriageItem.id)
        if s.bind is not None and s.bind.dialect.name == "postgresql":
            query = query.with_for_update(skip_locked=True)
        for row in s.scalars(query):
            if wanted is not None and row.sha256 not in wanted:
                continue
            row.status, row.attempts = RUNNING, row.attempts + 1
            row.worker_pid, row.worker_host, row.worker_start = me.pid, me.host, me.start
            row.started_at = _now()
            return _view(row)
    return None


def finish(store: Store, item_id: int, *, ok: bool, result: dict[str, Any] | None, error: str | None,
           seconds: float, peak_rss_mb: float | None) -> bool:
    """Record the outcome of a claimed row; False if this process no longer owns it."""
    me = current_writer()
    with store.session() as s, s.begin():
        done = s.execute(
            update(TriageItem)
            .where(TriageItem.id == item_id, TriageItem.status == RUNNING,
                   TriageItem.worker_pid == me.pid, TriageItem.worker_host == me.host)
            .values(status=DONE if ok else FAILED, result_json=json.dumps(result, sort_keys=True)
                    if result is not None else None, error=error, seconds=seconds,
                    peak_rss_mb=peak_rss_mb, finished_at=_now())
        )
        return bool(getattr(done, "rowcount", 0))


def items(store: Store, sha256s: Iterable[str] | None = None) -> list[QueuedApk]:
    wanted = set(sha256s) if sha256s is not None else None
    with store.session() as s:
        rows = s.scalars(select(TriageItem).order_by(TriageItem.id))
        return [_view(r) for r in rows if wanted is None or r.sha256 in wanted]


def retry_failed(store: Store, sha256s: Iterable[str]) -> int:
    """Send failed rows of this batch back to the queue (`--retry-failed`)."""
    wanted = list(sha256s)
    with store.session() as s, s.begin():
        res = s.execute(update(TriageItem).where(TriageItem.status == FAILED, TriageItem.sha256.in_(wanted))
                        .values(status=PENDING, error=None))
        return int(getattr(res, "rowcount", 0))
