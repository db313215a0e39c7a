"""The validating intake: runtime messages in, store records out, bad messages logged and counted.

One `Intake` writes one run. Each message is validated (`validate_message`), checked against what
the run already holds (a `method_exec` must name a known code version, pcs must lie inside it,
per-run limits), then merged: identical records are kept once and their counts add up. Records
are committed in small transactions (every `commit_every` messages or `commit_interval`
seconds, and on `flush()`), so a writer killed at any point leaves every committed record.
"""

from __future__ import annotations

import json
import logging
import threading
import time
from collections.abc import Iterable
from typing import Any

from sqlalchemy import insert, select
from sqlalchemy.dialects import postgresql, sqlite
from sqlalchemy.exc import SQLAlchemyError

from dexlego.store import models as M
from dexlego.store.errors import StoreError
from dexlego.store.store import Store, now, tries_to_json
from dexlego.trace import limits as L
from dexlego.trace import messages as T
from dexlego.trace.errors import TraceRejected
from dexlego.trace.jsonlines import decode_line

log = logging.getLogger("dexlego.trace.intake")
# Core table (not the ORM class) for bulk pc inserts: a plain executemany.
_PCS_TABLE = M.Base.metadata.tables["code_pcs"]
#: Rejections logged at WARNING per intake; later ones go to DEBUG (a hostile sender may flood).
LOUD_REJECTIONS = 20


def _sat(a: int, b: int) -> int:
    return min(a + b, L.MAX_TOTAL_COUNT)


class Intake:
    """Validates messages for one running run and writes the accepted ones to the store."""

    def __init__(self, store: Store, run_id: int, *, commit_every: int = 256,
                 commit_interval: float = 0.5,
                 max_record_bytes: int = L.MAX_RECORD_BYTES_PER_RUN) -> None:
        self.store = store
        self.max_record_bytes = max_record_bytes
        self.run_id = run_id
        self.commit_every = max(1, commit_every)
        self.commit_interval = commit_interval
        self._s = store.session()
        try:
            run = self._s.get(M.Run, run_id)
            if run is None:
                raise StoreError(f"no run with id {run_id}")
            if run.status != "running":
                raise StoreError(f"run {run_id} is {run.status}, not running")
            self._run = run
            self._load_state()
            self._s.commit()
        except SQLAlchemyError as exc:
            self._s.close()
            raise StoreError(f"store {store.url}: {' '.join(str(exc).split())[:300]}") from None
        except BaseException:
            self._s.close()
            raise
        self._lock = threading.RLock()
        self._pending = 0
        self._last_commit = time.monotonic()
        self.accepted = 0
        self.rejected = 0
        self.closed = False

    # -- public API -----------------------------------------------------------------------

    # Every public method holds the lock: Frida delivers messages on its own thread while the
    # collector flushes and closes from the main one.

    def feed(self, obj: object) -> int:
        """Take one decoded message or batch envelope; returns how many messages were accepted."""
        with self._lock:
            try:
                inner = T.batch_messages(obj) if T.message_type(obj) == "batch" else [obj]
            except TraceRejected as r:
                self._check_open()
                self._reject(r.reason)
                self._maybe_commit()
                return 0
            return self.feed_batch(inner)

    def feed_line(self, line: bytes | str) -> int:
        """Take one JSON line (a message or a batch envelope)."""
        with self._lock:
            try:
                obj = decode_line(line)
            except TraceRejected as r:
                self._check_open()
                self._reject(r.reason)
                self._maybe_commit()
                return 0
            return self.feed(obj)

    def feed_batch(self, messages: Iterable[object]) -> int:
        """Take several decoded messages (no nested batches); returns how many were accepted."""
        with self._lock:
            ok = 0
            for obj in messages:
                ok += self._one(obj)
                self._maybe_commit()
            return ok

    def flush(self) -> None:
        """Commit everything accepted so far (and the run's heartbeat and counters)."""
        with self._lock:
            self._check_open()
            self._commit()

    def close(self) -> None:
        """Flush and release the database session."""
        with self._lock:
            if self.closed:
                return
            try:
                self._commit()
            finally:
                self._s.close()
                self.closed = True

    def __enter__(self) -> Intake:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()

    # -- per message ----------------------------------------------------------------------

    def _one(self, obj: object) -> int:
        self._check_open()
        try:
            if T.message_type(obj) == "batch":
                raise TraceRejected("batch: batches cannot be nested")
            msg = T.validate_message(obj)
            self._apply(msg)
        except TraceRejected as r:
            self._reject(r.reason)
            return 0
        except SQLAlchemyError as exc:
            raise StoreError(f"store {self.store.url}: run {self.run_id}: "
                             f"{' '.join(str(getattr(exc, 'orig', exc)).split())[:300]}") from None
        self.accepted += 1
        self._run.accepted_messages += 1
        self._pending += 1
        return 1

    def _reject(self, reason: str) -> None:
        self.rejected += 1
        run = self._run
        level = logging.WARNING if self.rejected <= LOUD_REJECTIONS else logging.DEBUG
        log.log(level, "run %d: rejected message: %s", self.run_id, reason)
        if self._kept_rejections < L.MAX_REJECTIONS_KEPT:
            self._s.add(M.Rejection(run_id=self.run_id, reason=reason))
            self._kept_rejections += 1
        run.rejected_messages += 1
        self._pending += 1

    def _maybe_commit(self) -> None:
        if self._pending >= self.commit_every or self._pending_blob_bytes >= L.MAX_DEX_BYTES or (
                self._pending and time.monotonic() - self._last_commit >= self.commit_interval):
            self._commit()

    def _commit(self) -> None:
        # Nothing touches the database between commits, so a SQLite writer holds the lock
        # only for the duration of this method.
        self._run.heartbeat_at = now()
        try:
            self._write_blobs()
            if self._pending_pcs:
                self._s.flush()  # gives new code versions their ids
                self._s.execute(insert(_PCS_TABLE), [
                    {"version_id": row.id, "pc": pc} for row, pc in self._pending_pcs])
            self._s.commit()
        except SQLAlchemyError as exc:
            # The caches no longer match the database: this intake cannot go on.
            self._s.rollback()
            self._s.close()
            self.closed = True
            raise StoreError(f"store {self.store.url}: cannot commit run {self.run_id}: "
                             f"{' '.join(str(getattr(exc, 'orig', exc)).split())[:300]}") from None
        self._known_blobs.update(self._pending_blobs)
        self._pending_pcs.clear()
        self._pending_blobs.clear()
        self._pending_blob_bytes = 0
        self._pending = 0
        self._last_commit = time.monotonic()

    def _check_open(self) -> None:
        if self.closed:
            raise StoreError(f"intake of run {self.run_id} is closed")

    # -- state ----------------------------------------------------------------------------

    def _load_state(self) -> None:
        s, rid = self._s, self.run_id
        self._kept_rejections = len(list(s.scalars(
            select(M.Rejection.id).where(M.Rejection.run_id == rid))))
        # Code versions by (method, host hash) and (method, sender hash); pcs and sizes by row.
        # Host hashes win lookups, so a sender cannot shadow a real version with a fake digest.
        self._by_host: dict[tuple[str, str], M.CodeVersionRow] = {}
        self._by_sender: dict[tuple[str, str], M.CodeVersionRow] = {}
        self._version_count = 0
        self._pcs: dict[M.CodeVersionRow, set[int]] = {}
        self._units: dict[M.CodeVersionRow, int] = {}
        by_id: dict[int, M.CodeVersionRow] = {}
        for v in s.scalars(select(M.CodeVersionRow).where(M.CodeVersionRow.run_id == rid)):
            self._by_host[(v.method, v.hash)] = v
            self._pcs[v] = set()
            self._units[v] = len(v.insns) // 2
            by_id[v.id] = v
            self._version_count += 1
        if by_id:
            # Joins, not IN lists: a run may hold more versions than SQLite allows variables.
            of_run = M.CodeVersionRow.run_id == rid
            for vid, sender in s.execute(
                    select(M.CodeAliasRow.version_id, M.CodeAliasRow.sender_hash)
                    .join(M.CodeVersionRow, M.CodeVersionRow.id == M.CodeAliasRow.version_id)
                    .where(of_run)):
                v = by_id[vid]
                self._by_sender[(v.method, sender)] = v
            for vid, pc in s.execute(
                    select(M.CodePcRow.version_id, M.CodePcRow.pc)
                    .join(M.CodeVersionRow, M.CodeVersionRow.id == M.CodePcRow.version_id)
                    .where(of_run)):
                self._pcs[by_id[vid]].add(pc)
        self._dex_bytes = 0
        self._record_bytes = sum(len(v.insns) + len(v.tries) + len(v.method)
                                 for v in self._by_host.values())
        self._known_blobs: set[str] = set()
        self._pending_blobs: dict[str, bytes] = {}
        self._pending_pcs: list[tuple[M.CodeVersionRow, int]] = []
        self._pending_blob_bytes = 0
        self._keyed: dict[str, dict[tuple[Any, ...], Any]] = {k: {} for k in _KEYS}
        for kind, (model, keyf) in _KEYS.items():
            for row in s.scalars(select(model).where(model.run_id == rid).order_by(model.id)):
                self._keyed[kind][keyf(row)] = row
        for table in self._keyed.values():
            self._record_bytes += sum(_size(k) for k in table)
        self._record_bytes += L.PC_CHARGE_BYTES * sum(len(p) for p in self._pcs.values())
        self._record_bytes += sum(64 + len(h) for (_, h), v in self._by_sender.items()
                                  if h != v.hash)
        for row in self._keyed["dex_image"].values():
            self._dex_bytes += row.size

    def _charge(self, size: int) -> None:
        if self._record_bytes + size > self.max_record_bytes:
            raise TraceRejected(f"run would exceed {self.max_record_bytes} bytes of records")
        self._record_bytes += size

    def _merge(self, kind: str, key: tuple[Any, ...], make: Any) -> Any:
        """The row for `key`, created by `make()` when new (bounded per run)."""
        table = self._keyed[kind]
        row = table.get(key)
        if row is None:
            if len(table) >= L.MAX_RECORDS_PER_KIND:
                raise TraceRejected(f"{kind}: run already holds {len(table)} records of this"
                                    " kind")
            self._charge(_size(key))
            row = make()
            self._s.add(row)
            table[key] = row
        return row

    # -- applying records -----------------------------------------------------------------

    def _apply(self, m: T.Message) -> None:
        rid = self.run_id
        if isinstance(m, T.Hello):
            self._apply_hello(m)
        elif isinstance(m, T.Bye):
            if self._run.bye_status is not None and (
                    self._run.bye_status, self._run.bye_reason) != (m.status, m.reason):
                raise TraceRejected("bye: a different bye was already received")
            self._run.bye_status, self._run.bye_reason = m.status, m.reason
        elif isinstance(m, T.DexImage):
            self._apply_dex_image(m)
        elif isinstance(m, T.CodeVersion):
            self._apply_code_version(m)
        elif isinstance(m, T.MethodExec):
            self._apply_method_exec(m)
        elif isinstance(m, T.Divergence):
            a = self._version(m.method, m.from_hash, "divergence.from_hash")
            b = self._version(m.method, m.to_hash, "divergence.to_hash")
            if m.pc >= self._units[a]:
                raise TraceRejected(f"divergence.pc: {m.pc} is outside the code version"
                                    f" ({self._units[a]} code units)")
            self._merge("divergence", (m.method, m.pc, a.hash, b.hash), lambda: M.DivergenceRow(
                run_id=rid, method=m.method, pc=m.pc, from_hash=a.hash, to_hash=b.hash))
        elif isinstance(m, T.Reflection):
            row = self._merge("reflection", (m.caller, m.pc, m.api, m.target),
                              lambda: M.ReflectionRow(run_id=rid, caller=m.caller, pc=m.pc,
                                                      api=m.api, target=m.target, count=0))
            row.count = _sat(row.count, m.count)
        elif isinstance(m, T.Icc):
            row = self._merge("icc", (m.caller, m.pc, m.api, m.kind, m.target),
                              lambda: M.IccRow(run_id=rid, caller=m.caller, pc=m.pc, api=m.api,
                                               kind=m.kind, target=m.target, count=0))
            row.count = _sat(row.count, m.count)
        elif isinstance(m, T.UnmodeledApi):
            row = self._merge("unmodeled_api", (m.api,), lambda: M.UnmodeledApiRow(
                run_id=rid, api=m.api, count=0))
            row.count = _sat(row.count, m.count)
        elif isinstance(m, T.ClassLoad):
            self._merge("class_load", (m.descriptor, m.dex_sha256, m.loader, m.order),
                        lambda: M.ClassLoadRow(run_id=rid, descriptor=m.descriptor,
                                               dex_sha256=m.dex_sha256, loader=m.loader,
                                               load_order=m.order))
        elif isinstance(m, T.DynamicLoad):
            self._merge("dynamic_load", (m.loader_class, m.source_kind, m.source, m.dex_sha256),
                        lambda: M.DynamicLoadRow(run_id=rid, loader_class=m.loader_class,
                                                 source_kind=m.source_kind, source=m.source,
                                                 dex_sha256=json.dumps(list(m.dex_sha256))))
        elif isinstance(m, T.LoadClass):
            self._merge("load_class", (m.caller, m.pc, m.name, m.result),
                        lambda: M.LoadClassRow(run_id=rid, caller=m.caller, pc=m.pc,
                                               name=m.name, result=m.result))
        elif isinstance(m, T.NativeLoad):
            self._merge("native_load", (m.library, m.caller),
                        lambda: M.NativeLoadRow(run_id=rid, library=m.library, caller=m.caller))
        elif isinstance(m, T.ObservedValue):
            self._merge("observed_value", (m.api, m.caller, m.pc, m.value),
                        lambda: M.ObservedValueRow(run_id=rid, api=m.api, caller=m.caller,
                                                   pc=m.pc, value=m.value))
        elif isinstance(m, T.Leak):
            self._merge("leak", (m.source, m.sink, m.caller, m.pc, m.value),
                        lambda: M.LeakRow(run_id=rid, source=m.source, sink=m.sink,
                                          caller=m.caller, pc=m.pc, value=m.value))
        elif isinstance(m, T.RuntimeErrorEvent):
            self._merge("runtime_error", (m.message, m.where),
                        lambda: M.RuntimeErrorRow(
                            run_id=rid, message=m.message, location=m.where, pc=m.pc,
                            stack=json.dumps([list(fr) for fr in m.stack]) if m.stack else None))
        else:  # pragma: no cover - validate_message only returns the types above
            raise TraceRejected(f"{type(m).__name__}: no handler")

    def _apply_hello(self, m: T.Hello) -> None:
        run = self._run
        facts = (m.runtime, m.device.model, m.device.abi, m.device.api_level)
        if run.hello_runtime is not None:
            if (run.hello_runtime, run.hello_model, run.hello_abi, run.hello_api_level) != facts:
                raise TraceRejected("hello: a different hello was already received")
            return
        if m.runtime != run.runtime:
            raise TraceRejected(f"hello.runtime: {m.runtime!r} but this run is a {run.runtime!r}"
                                " run")
        run.hello_runtime, run.hello_model, run.hello_abi, run.hello_api_level = facts

    def _apply_dex_image(self, m: T.DexImage) -> None:
        o = m.origin
        key = (m.sha256, m.size, o.kind, o.name, o.loader, o.base, o.compact)
        added = 0 if key in self._keyed["dex_image"] else m.size
        if self._dex_bytes + added > L.MAX_DEX_BYTES_PER_RUN:
            raise TraceRejected(f"dex_image: run would exceed {L.MAX_DEX_BYTES_PER_RUN} bytes"
                                " of DEX")
        self._merge("dex_image", key, lambda: M.DexImageRow(
            run_id=self.run_id, sha256=m.sha256, size=m.size, origin_kind=o.kind,
            origin_name=o.name, origin_loader=o.loader, origin_base=o.base, compact=o.compact))
        self._dex_bytes += added
        if m.data is not None and m.sha256 not in self._known_blobs \
                and m.sha256 not in self._pending_blobs:
            self._pending_blobs[m.sha256] = m.data
            self._pending_blob_bytes += len(m.data)

    def _write_blobs(self) -> None:
        if not self._pending_blobs:
            return
        dialect = self._s.get_bind().dialect.name
        # Skip bytes the store already holds (e.g. the base APK's DEX seen by an earlier run).
        stored = set(self._s.scalars(select(M.Blob.sha256).where(
            M.Blob.sha256.in_(list(self._pending_blobs)))))
        for sha, data in self._pending_blobs.items():
            if sha in stored:
                continue
            # Another process may store the same DEX at the same moment: skip, do not fail.
            values = {"sha256": sha, "size": len(data), "data": data}
            if dialect == "postgresql":
                stmt: Any = postgresql.insert(M.Blob).values(**values).on_conflict_do_nothing()
            else:
                stmt = sqlite.insert(M.Blob).values(**values).on_conflict_do_nothing()
            self._s.execute(stmt)

    def _apply_code_version(self, m: T.CodeVersion) -> None:
        key = (m.method, m.hash)
        if m.sender_hash != m.hash:
            named = self._by_host.get((m.method, m.sender_hash)) or self._by_sender.get(
                (m.method, m.sender_hash))
            if named is not None and named.hash != m.hash:
                raise TraceRejected(f"code_version.hash: {m.sender_hash[:16]}... already names a"
                                    f" different code version of {m.method[:200]}")
        skey = (m.method, m.sender_hash)
        new_alias = m.sender_hash != m.hash and skey not in self._by_sender
        # Digests are records too: a flood of them must hit the budget like anything else.
        cost = 64 + len(m.sender_hash) if new_alias else 0
        row = self._by_host.get(key)
        if row is None:
            if self._version_count >= L.MAX_RECORDS_PER_KIND:
                raise TraceRejected("code_version: run already holds too many code versions")
            tries_json = tries_to_json(m.tries)
            self._charge(cost + len(m.insns) + len(tries_json) + len(m.method))
            row = M.CodeVersionRow(run_id=self.run_id, method=m.method, hash=m.hash,
                                   dex_sha256=m.dex_sha256, registers=m.registers, ins=m.ins,
                                   outs=m.outs, insns=m.insns, tries=tries_json,
                                   count=0, pc_level=False)
            self._s.add(row)
            self._by_host[key] = row
            self._pcs[row] = set()
            self._units[row] = m.units
            self._version_count += 1
        elif cost:
            self._charge(cost)
        if new_alias:
            self._s.add(M.CodeAliasRow(version=row, sender_hash=m.sender_hash))
            self._by_sender[skey] = row

    def _version(self, method: str, h: str, where: str) -> M.CodeVersionRow:
        row = self._by_host.get((method, h)) or self._by_sender.get((method, h))
        if row is None:
            raise TraceRejected(f"{where}: no code_version {h[:16]}... of {method[:200]} was"
                                " received before")
        return row

    def _apply_method_exec(self, m: T.MethodExec) -> None:
        row = self._version(m.method, m.hash, "method_exec.hash")
        units = self._units[row]
        if m.pcs and m.pcs[-1] >= units:
            raise TraceRejected(f"method_exec.pcs: pc {m.pcs[-1]} is outside the code version"
                                f" ({units} code units)")
        seen = self._pcs[row]
        fresh = [pc for pc in m.pcs if pc not in seen]
        self._charge(L.PC_CHARGE_BYTES * len(fresh))  # may reject: before any change
        row.count = _sat(row.count, m.count)
        row.pc_level = row.pc_level or m.pc_level
        if fresh:
            seen.update(fresh)
            # Plain tuples, bulk-inserted at commit: one ORM object per pc is far too slow.
            self._pending_pcs.extend((row, pc) for pc in fresh)


def _size(key: tuple[Any, ...]) -> int:
    """Approximate stored size of a record from its key (text lengths plus a fixed overhead)."""
    return 64 + sum(len(x) if isinstance(x, str) else 8 * len(x) if isinstance(x, tuple) else 8
                    for x in key)


def _key_cols(*cols: str) -> Any:
    return lambda row: tuple(getattr(row, c) for c in cols)


def _dynload_key(row: M.DynamicLoadRow) -> tuple[Any, ...]:
    return (row.loader_class, row.source_kind, row.source, tuple(json.loads(row.dex_sha256)))


# kind -> (model, key of an existing row); must match the keys `_apply` uses.
_KEYS: dict[str, tuple[Any, Any]] = {
    "dex_image": (M.DexImageRow, _key_cols("sha256", "size", "origin_kind", "origin_name",
                                           "origin_loader", "origin_base", "compact")),
    "class_load": (M.ClassLoadRow, _key_cols("descriptor", "dex_sha256", "loader", "load_order")),
    "divergence": (M.DivergenceRow, _key_cols("method", "pc", "from_hash", "to_hash")),
    "reflection": (M.ReflectionRow, _key_cols("caller", "pc", "api", "target")),
    "icc": (M.IccRow, _key_cols("caller", "pc", "api", "kind", "target")),
    "dynamic_load": (M.DynamicLoadRow, _dynload_key),
    "load_class": (M.LoadClassRow, _key_cols("caller", "pc", "name", "result")),
    "native_load": (M.NativeLoadRow, _key_cols("library", "caller")),
    "observed_value": (M.ObservedValueRow, _key_cols("api", "caller", "pc", "value")),
    "leak": (M.LeakRow, _key_cols("source", "sink", "caller", "pc", "value")),
    "unmodeled_api": (M.UnmodeledApiRow, _key_cols("api")),
    "runtime_error": (M.RuntimeErrorRow, _key_cols("message", "location")),
}

__all__ = ["Intake"]
