"""The trace store: runs, their records and DEX bytes, behind one small API.

Writers go through `dexlego.trace.intake.Intake`; this module creates and finishes runs, notices
runs whose writer died, and serves the read APIs the reassembler and the CLI use.
"""

from __future__ import annotations

import json
import re
from collections.abc import Iterable, Iterator, Sequence
from datetime import UTC, datetime, timedelta
from typing import Any, TypeVar

from sqlalchemy import Engine, select
from sqlalchemy.exc import SQLAlchemyError
from sqlalchemy.orm import Session, sessionmaker

from dexlego.store import models as M
from dexlego.store import records as R
from dexlego.store.engine import make_engine, migrate
from dexlego.store.errors import StoreError
from dexlego.store.liveness import Writer, current_writer, is_alive
from dexlego.store.paths import default_url
from dexlego.trace import grammar
from dexlego.trace.messages import RUNTIMES, DexOrigin, Handler, TryBlock

RUN_STATUSES = ("running", "complete", "incomplete", "failed")
FINAL_STATUSES = ("complete", "incomplete", "failed")
#: A run on another host whose writer sent nothing for this long is considered dead.
STALE_AFTER = timedelta(hours=1)

_package_re = re.compile(r"[A-Za-z0-9_.\-]{1,255}")
RowT = TypeVar("RowT", bound=M.Base)


def now() -> datetime:
    return datetime.now(UTC)


def as_utc(ts: datetime | None) -> datetime | None:
    # SQLite hands back naive datetimes; everything we store is UTC.
    if ts is None:
        return None
    return ts.replace(tzinfo=UTC) if ts.tzinfo is None else ts.astimezone(UTC)


def tries_from_json(text: str) -> tuple[TryBlock, ...]:
    return tuple(TryBlock(t["start"], t["count"],
                          tuple(Handler(h["type"], h["addr"]) for h in t["handlers"]),
                          t["catch_all"]) for t in json.loads(text))


def tries_to_json(tries: Sequence[TryBlock]) -> str:
    return json.dumps([t.to_json() for t in tries], sort_keys=True, separators=(",", ":"),
                      ensure_ascii=False)


class Store:
    """A trace store on one database (SQLite file or PostgreSQL)."""

    def __init__(self, engine: Engine) -> None:
        self.engine = engine
        self._sessions = sessionmaker(engine, expire_on_commit=False)

    # -- plumbing -------------------------------------------------------------------------

    @property
    def url(self) -> str:
        return self.engine.url.render_as_string(hide_password=True)

    def session(self) -> Session:
        """A new ORM session (the caller commits and closes it)."""
        return self._sessions()

    def close(self) -> None:
        self.engine.dispose()

    def __enter__(self) -> Store:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()

    # -- runs -----------------------------------------------------------------------------

    def create_run(self, package: str, apk_sha256: str, runtime: str, *,
                   device_model: str | None = None, device_abi: str | None = None,
                   api_level: int | None = None, started_at: datetime | None = None,
                   parent_run_id: int | None = None,
                   decisions: Sequence[dict[str, Any]] | None = None) -> int:
        """Record a new `running` run written by this process; returns its id.

        A forced run gives `decisions` (what made it leave its natural path, at least one) and
        the `parent_run_id` of the run whose path it left, a run of the same APK."""
        if not _package_re.fullmatch(package):
            raise StoreError(f"invalid package name {package[:80]!r}")
        if not grammar.is_sha256(apk_sha256):
            raise StoreError(f"invalid APK sha256 {apk_sha256[:80]!r}")
        if runtime not in RUNTIMES:
            raise StoreError(f"invalid runtime {runtime!r} (device or emulator)")
        if api_level is not None and not 1 <= api_level <= 1000:
            raise StoreError(f"invalid API level {api_level}")
        forced = None if decisions is None else _decisions_json(decisions)
        if parent_run_id is not None and forced is None:
            raise StoreError("a run with a parent is a forced run: give its decisions")
        w = current_writer()
        ts = started_at or now()
        run = M.Run(package=package, apk_sha256=apk_sha256, runtime=runtime,
                    device_model=(device_model or None) and device_model[:256],
                    device_abi=(device_abi or None) and device_abi[:64], api_level=api_level,
                    started_at=ts, status="running", reason="", writer_pid=w.pid,
                    writer_host=w.host, writer_start=w.start, heartbeat_at=ts,
                    accepted_messages=0, rejected_messages=0)
        with self._write() as s:
            if parent_run_id is not None:
                parent = self._run(s, parent_run_id)
                if parent.apk_sha256 != apk_sha256:
                    raise StoreError(f"run {parent_run_id} is a run of another APK; a forced run's"
                                     f" parent must be a run of the same APK")
            s.add(run)
            s.flush()
            if forced is not None:
                s.add(M.ForcedRunRow(run_id=run.id, parent_run_id=parent_run_id, decisions=forced))
            return run.id

    def finish_run(self, run_id: int, status: str, reason: str = "", *,
                   ended_at: datetime | None = None) -> None:
        """Close a run with a final status (complete/incomplete/failed) and why."""
        if status not in FINAL_STATUSES:
            raise StoreError(f"invalid final status {status!r} ({', '.join(FINAL_STATUSES)})")
        with self._write() as s:
            run = self._run(s, run_id)
            run.status = status
            run.reason = reason[:4096]
            run.ended_at = ended_at or now()

    def heartbeat(self, run_id: int) -> None:
        """Tell readers the writer of `run_id` is alive (the intake does this on each commit)."""
        with self._write() as s:
            self._run(s, run_id).heartbeat_at = now()

    def delete_run(self, run_id: int) -> None:
        """Remove a run and all its records (DEX blobs are shared and kept)."""
        with self._write() as s:
            s.delete(self._run(s, run_id))

    def reap_dead_writers(self) -> list[int]:
        """Mark `incomplete` every running run whose writer is gone; returns their ids."""
        reaped: list[int] = []
        with self._write() as s:
            for run in s.scalars(select(M.Run).where(M.Run.status == "running")):
                writer = Writer(run.writer_pid or 0, run.writer_host or "", run.writer_start)
                hb = as_utc(run.heartbeat_at) or as_utc(run.started_at)
                dead = not is_alive(writer)
                silent = hb is not None and now() - hb > STALE_AFTER
                if dead or silent:
                    run.status = "incomplete"
                    run.reason = "writer died" if dead else "writer silent for over an hour"
                    run.ended_at = hb
                    reaped.append(run.id)
        return reaped

    def list_runs(self) -> list[R.RunInfo]:
        """All runs, oldest first (dead writers' runs are marked incomplete first)."""
        self.reap_dead_writers()
        with self._read() as s:
            forced = {f.run_id: f for f in s.scalars(select(M.ForcedRunRow))}
            return [_run_info(r, forced.get(r.id))
                    for r in s.scalars(select(M.Run).order_by(M.Run.id))]

    def get_run(self, run_id: int) -> R.RunInfo:
        self.reap_dead_writers()
        with self._read() as s:
            return _run_info(self._run(s, run_id), s.get(M.ForcedRunRow, run_id))

    def forced_children(self, run_id: int) -> list[int]:
        """The forced runs that left `run_id`'s path, oldest first."""
        with self._read() as s:
            self._run(s, run_id)
            q = select(M.ForcedRunRow.run_id).where(M.ForcedRunRow.parent_run_id == run_id)
            return sorted(s.scalars(q))

    def rejections(self, run_id: int) -> list[str]:
        """The kept rejection reasons of a run (the first ones; all are counted)."""
        with self._read() as s:
            self._run(s, run_id)
            q = select(M.Rejection.reason).where(M.Rejection.run_id == run_id)
            return list(s.scalars(q.order_by(M.Rejection.id)))

    def record_counts(self, run_id: int) -> dict[str, int]:
        """How many distinct records of each kind a run holds."""
        from sqlalchemy import func

        out: dict[str, int] = {}
        with self._read() as s:
            self._run(s, run_id)
            for kind, model in _KIND_MODELS.items():
                q = select(func.count()).select_from(model).where(model.run_id == run_id)
                out[kind] = int(s.scalar(q) or 0)
        return out

    # -- read APIs for the reassembler ----------------------------------------------------

    def code_versions(self, run_ids: Iterable[int]) -> list[R.CodeVersionRecord]:
        """Every distinct code version of the runs with executed pcs and invocation counts."""
        ids = self._ids(run_ids)
        with self._read() as s:
            rows = list(s.scalars(select(M.CodeVersionRow).where(M.CodeVersionRow.run_id.in_(ids))
                                  .order_by(M.CodeVersionRow.id)))
            pcs: dict[int, list[int]] = {r.id: [] for r in rows}
            if rows:
                q = (select(M.CodePcRow.version_id, M.CodePcRow.pc)
                     .join(M.CodeVersionRow, M.CodeVersionRow.id == M.CodePcRow.version_id)
                     .where(M.CodeVersionRow.run_id.in_(ids)))
                for vid, pc in s.execute(q):
                    pcs[vid].append(pc)
            return [R.CodeVersionRecord(r.run_id, r.method, r.hash, r.dex_sha256, r.registers,
                                        r.ins, r.outs, bytes(r.insns), tries_from_json(r.tries),
                                        tuple(sorted(pcs[r.id])), r.count, r.pc_level)
                    for r in rows]

    def divergences(self, run_ids: Iterable[int]) -> list[R.DivergenceRecord]:
        return [R.DivergenceRecord(r.run_id, r.method, r.pc, r.from_hash, r.to_hash)
                for r in self._rows(M.DivergenceRow, run_ids)]

    def reflection_events(self, run_ids: Iterable[int]) -> list[R.ReflectionRecord]:
        return [R.ReflectionRecord(r.run_id, r.caller, r.pc, r.api, r.target, r.count)
                for r in self._rows(M.ReflectionRow, run_ids)]

    def dex_images(self, run_ids: Iterable[int]) -> list[R.DexImageRecord]:
        ids = self._ids(run_ids)
        rows = self._rows(M.DexImageRow, ids)
        with self._read() as s:
            have = set(s.scalars(
                select(M.Blob.sha256).join(M.DexImageRow, M.DexImageRow.sha256 == M.Blob.sha256)
                .where(M.DexImageRow.run_id.in_(ids)).distinct()))
        return [R.DexImageRecord(r.run_id, r.sha256, r.size,
                                 DexOrigin(r.origin_kind, r.origin_name, r.origin_loader,
                                           r.origin_base, r.compact), r.sha256 in have)
                for r in rows]

    def dex_bytes(self, sha256: str) -> bytes | None:
        """The stored bytes of a DEX image, None when they were never received."""
        if not grammar.is_sha256(sha256):
            raise StoreError(f"invalid sha256 {sha256[:80]!r}")
        with self._read() as s:
            data = s.scalar(select(M.Blob.data).where(M.Blob.sha256 == sha256))
            return None if data is None else bytes(data)

    def dynamic_loads(self, run_ids: Iterable[int]) -> list[R.DynamicLoadRecord]:
        return [R.DynamicLoadRecord(r.run_id, r.loader_class, r.source_kind, r.source,
                                    tuple(json.loads(r.dex_sha256)))
                for r in self._rows(M.DynamicLoadRow, run_ids)]

    def class_loads(self, run_ids: Iterable[int]) -> list[R.ClassLoadRecord]:
        """Class loads in load order (per run)."""
        rows = self._rows(M.ClassLoadRow, run_ids)
        rows.sort(key=lambda r: (r.run_id, r.load_order, r.id))
        return [R.ClassLoadRecord(r.run_id, r.descriptor, r.dex_sha256, r.loader, r.load_order)
                for r in rows]

    def icc_events(self, run_ids: Iterable[int]) -> list[R.IccRecord]:
        return [R.IccRecord(r.run_id, r.caller, r.pc, r.api, r.kind, r.target, r.count)
                for r in self._rows(M.IccRow, run_ids)]

    def load_class_events(self, run_ids: Iterable[int]) -> list[R.LoadClassRecord]:
        return [R.LoadClassRecord(r.run_id, r.caller, r.pc, r.name, r.result)
                for r in self._rows(M.LoadClassRow, run_ids)]

    def native_loads(self, run_ids: Iterable[int]) -> list[R.NativeLoadRecord]:
        return [R.NativeLoadRecord(r.run_id, r.library, r.caller)
                for r in self._rows(M.NativeLoadRow, run_ids)]

    def observed_values(self, run_ids: Iterable[int]) -> list[R.ObservedValueRecord]:
        return [R.ObservedValueRecord(r.run_id, r.api, r.caller, r.pc, r.value)
                for r in self._rows(M.ObservedValueRow, run_ids)]

    def leaks(self, run_ids: Iterable[int]) -> list[R.LeakRecord]:
        return [R.LeakRecord(r.run_id, r.source, r.sink, r.caller, r.pc, r.value)
                for r in self._rows(M.LeakRow, run_ids)]

    def unmodeled_apis(self, run_ids: Iterable[int]) -> list[R.UnmodeledApiRecord]:
        return [R.UnmodeledApiRecord(r.run_id, r.api, r.count)
                for r in self._rows(M.UnmodeledApiRow, run_ids)]

    def runtime_errors(self, run_ids: Iterable[int]) -> list[R.RuntimeErrorRecord]:
        return [R.RuntimeErrorRecord(r.run_id, r.message, r.location, r.pc,
                                     tuple((m, pc) for m, pc in json.loads(r.stack)) if r.stack else ())
                for r in self._rows(M.RuntimeErrorRow, run_ids)]

    # -- exchange -------------------------------------------------------------------------

    def export_run(self, run_id: int) -> Iterator[dict[str, Any]]:
        """The run as messages: a `run` header, then every record in canonical order."""
        from dexlego.store.exchange import export_run

        return export_run(self, run_id)

    def export_lines(self, run_id: int) -> Iterator[str]:
        """`export_run` as canonical JSON lines (without newlines)."""
        from dexlego.store.exchange import export_lines

        return export_lines(self, run_id)

    def import_run(self, lines: Iterable[bytes | str]) -> int:
        """Import an exported trace as a new run; returns its id."""
        from dexlego.store.exchange import import_run

        return import_run(self, lines)

    # -- helpers --------------------------------------------------------------------------

    def _write(self) -> _Tx:
        return _Tx(self, write=True)

    def _read(self) -> _Tx:
        return _Tx(self, write=False)

    @staticmethod
    def _run(s: Session, run_id: int) -> M.Run:
        run = s.get(M.Run, run_id)
        if run is None:
            raise StoreError(f"no run with id {run_id}")
        return run

    @staticmethod
    def _ids(run_ids: Iterable[int]) -> list[int]:
        ids = list(run_ids)
        if any(isinstance(i, bool) or not isinstance(i, int) for i in ids):
            raise StoreError("run ids must be integers")
        return ids

    def _rows(self, model: type[Any], run_ids: Iterable[int]) -> list[Any]:
        ids = self._ids(run_ids)
        with self._read() as s:
            q = select(model).where(model.run_id.in_(ids)).order_by(model.id)
            return list(s.scalars(q))


class _Tx:
    """A session in one transaction; database errors become one-line StoreErrors."""

    def __init__(self, store: Store, *, write: bool) -> None:
        self.store = store
        self.write = write
        self.session: Session | None = None

    def __enter__(self) -> Session:
        self.session = self.store.session()
        self.session.begin()
        return self.session

    def __exit__(self, exc_type: type[BaseException] | None, exc: BaseException | None,
                 tb: object) -> None:
        assert self.session is not None
        try:
            # Reads commit too: a rollback would expire the rows handed back to the caller.
            if exc_type is None:
                self.session.commit()
            else:
                self.session.rollback()
        except SQLAlchemyError as err:
            self.session.close()
            raise StoreError(f"store {self.store.url}: {_one_line(err)}") from None
        self.session.close()
        if isinstance(exc, SQLAlchemyError):
            raise StoreError(f"store {self.store.url}: {_one_line(exc)}") from None


def _one_line(exc: BaseException) -> str:
    msg = str(getattr(exc, "orig", None) or exc)
    return " ".join(msg.split())[:300]


#: Longest accepted JSON text of a forced run's decisions.
MAX_DECISIONS_JSON = 1 << 20


def _decisions_json(decisions: Sequence[dict[str, Any]]) -> str:
    if not decisions or not all(isinstance(d, dict) and isinstance(d.get("kind"), str)
                                for d in decisions):
        raise StoreError("a forced run's decisions must be a non-empty list of objects with a kind")
    try:
        text = json.dumps(list(decisions), sort_keys=True, separators=(",", ":"),
                          ensure_ascii=False)
    except (TypeError, ValueError) as exc:
        raise StoreError(f"a forced run's decisions are not JSON: {exc}") from None
    if len(text) > MAX_DECISIONS_JSON:
        raise StoreError(f"a forced run's decisions take {len(text)} characters of JSON "
                         f"(at most {MAX_DECISIONS_JSON})")
    return text


def _run_info(r: M.Run, forced: M.ForcedRunRow | None = None) -> R.RunInfo:
    hello = None if r.hello_runtime is None else {
        "runtime": r.hello_runtime,
        "device": {"model": r.hello_model, "abi": r.hello_abi, "api_level": r.hello_api_level}}
    bye = None if r.bye_status is None else {"status": r.bye_status, "reason": r.bye_reason}
    started = as_utc(r.started_at)
    assert started is not None
    return R.RunInfo(r.id, r.package, r.apk_sha256, r.runtime, r.device_model, r.device_abi,
                     r.api_level, started, as_utc(r.ended_at), r.status, r.reason,
                     r.accepted_messages, r.rejected_messages, r.writer_pid, r.writer_host,
                     as_utc(r.heartbeat_at), hello, bye,
                     forced.parent_run_id if forced is not None else None,
                     tuple(json.loads(forced.decisions)) if forced is not None else None)


_KIND_MODELS: dict[str, Any] = {
    "dex_image": M.DexImageRow, "class_load": M.ClassLoadRow, "code_version": M.CodeVersionRow,
    "divergence": M.DivergenceRow, "reflection": M.ReflectionRow, "icc": M.IccRow,
    "dynamic_load": M.DynamicLoadRow, "load_class": M.LoadClassRow,
    "native_load": M.NativeLoadRow, "observed_value": M.ObservedValueRow, "leak": M.LeakRow,
    "unmodeled_api": M.UnmodeledApiRow, "runtime_error": M.RuntimeErrorRow,
}


def open_store(url: str | None = None) -> Store:
    """Open (creating and migrating as needed) the store at `url`.

    Default: `$DEXLEGO_DB`, else SQLite at `$XDG_DATA_HOME/dexlego/dexlego.db`. Runs left
    `running` by a writer that died become `incomplete` ("writer died").
    """
    engine = make_engine(url or default_url())
    try:
        migrate(engine)
        store = Store(engine)
        store.reap_dead_writers()
    except BaseException:
        engine.dispose()
        raise
    return store
