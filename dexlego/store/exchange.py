"""Export a run as JSON lines of messages and import such a file as a new run.

The export is canonical: a `run` header, then records kind by kind in a fixed order (each kind
in first-seen order), one message per distinct record with merged counts. Importing goes through
the same validating intake as a live run, so an export → import → export round trip is
byte-identical and a hostile file gets no further than a hostile runtime.
"""

from __future__ import annotations

import base64
from collections.abc import Iterable, Iterator
from datetime import UTC, datetime
from typing import Any

from sqlalchemy import select

from dexlego.store import models as M
from dexlego.store.errors import StoreError
from dexlego.store.records import iso
from dexlego.store.store import FINAL_STATUSES, Store, as_utc
from dexlego.trace import grammar
from dexlego.trace import limits as L
from dexlego.trace.errors import TraceImportError, TraceRejected
from dexlego.trace.jsonlines import bounded_lines, decode_line, encode_line
from dexlego.trace.messages import BYE_STATUSES, PC_MAX, RUNTIMES, _Fields, check_str

# Timestamps a run can carry: the Unix epoch to the last day datetime can still shift by a
# UTC offset (export writes them back out with their offsets).
_EARLIEST = datetime(1970, 1, 1, tzinfo=UTC)
_LATEST = datetime(9999, 12, 30, tzinfo=UTC)

HEADER_FIELDS = ("schema", "package", "apk_sha256", "runtime", "device", "started_at",
                 "ended_at", "status", "reason", "rejected_messages", "rejections")


def export_run(store: Store, run_id: int) -> Iterator[dict[str, Any]]:
    """Yield the run header and then every record of the run as a message."""
    run = store.get_run(run_id)
    yield {"type": "run", "schema": L.SCHEMA_VERSION, "package": run.package,
           "apk_sha256": run.apk_sha256, "runtime": run.runtime,
           "device": {"model": run.device_model, "abi": run.device_abi,
                      "api_level": run.api_level},
           "started_at": iso(run.started_at), "ended_at": iso(run.ended_at),
           "status": run.status, "reason": run.reason,
           "rejected_messages": run.rejected_messages, "rejections": store.rejections(run_id),
           # a forced run's decisions (its parent is an id of this store only: not exported)
           **({"forced_decisions": list(run.forced)} if run.forced is not None else {})}
    if run.hello is not None:
        yield {"type": "hello", "schema": L.SCHEMA_VERSION, **run.hello}
    ids = [run_id]
    sent: set[str] = set()
    for img in store.dex_images(ids):
        msg: dict[str, Any] = {"type": "dex_image", "sha256": img.sha256, "size": img.size,
                               "origin": img.origin.to_json()}
        if img.has_data and img.sha256 not in sent:
            data = store.dex_bytes(img.sha256)
            if data is not None:
                msg["data"] = base64.b64encode(data).decode("ascii")
                sent.add(img.sha256)
        yield msg
    for c in store.class_loads(ids):
        yield {"type": "class_load", "descriptor": c.descriptor, "dex_sha256": c.dex_sha256,
               "loader": c.loader, "order": c.order}
    versions = store.code_versions(ids)
    for v in versions:
        yield {"type": "code_version", "method": v.method, "hash": v.hash,
               "registers": v.registers, "ins": v.ins, "outs": v.outs, "insns": v.insns.hex(),
               "tries": [t.to_json() for t in v.tries], "dex_sha256": v.dex_sha256}
    for v in versions:
        if v.count or v.pcs or v.pc_level:
            yield {"type": "method_exec", "method": v.method, "hash": v.hash, "count": v.count,
                   "pcs": list(v.pcs), "pc_level": v.pc_level}
    for d in store.divergences(ids):
        yield {"type": "divergence", "method": d.method, "pc": d.pc, "from_hash": d.from_hash,
               "to_hash": d.to_hash}
    for r in store.reflection_events(ids):
        # Counts above one message's limit are split so the import re-validates them.
        for part in _split(r.count):
            yield {"type": "reflection", "caller": r.caller, "pc": r.pc, "api": r.api,
                   "target": r.target, "count": part}
    for ic in store.icc_events(ids):
        for part in _split(ic.count):
            yield {"type": "icc", "caller": ic.caller, "pc": ic.pc, "api": ic.api,
                   "kind": ic.kind, "target": ic.target, "count": part}
    for dl in store.dynamic_loads(ids):
        yield {"type": "dynamic_load", "loader_class": dl.loader_class,
               "source_kind": dl.source_kind, "source": dl.source,
               "dex_sha256": list(dl.dex_sha256)}
    for lc in store.load_class_events(ids):
        yield {"type": "load_class", "caller": lc.caller, "pc": lc.pc, "name": lc.name,
               "result": lc.result}
    for n in store.native_loads(ids):
        yield {"type": "native_load", "library": n.library, "caller": n.caller}
    for o in store.observed_values(ids):
        yield {"type": "observed_value", "api": o.api, "caller": o.caller, "pc": o.pc,
               "value": o.value}
    for lk in store.leaks(ids):
        yield {"type": "leak", "source": lk.source, "sink": lk.sink, "caller": lk.caller,
               "pc": lk.pc, "value": lk.value}
    for u in store.unmodeled_apis(ids):
        for part in _split(u.count):
            yield {"type": "unmodeled_api", "api": u.api, "count": part}
    for e in store.runtime_errors(ids):
        err: dict[str, Any] = {"type": "runtime_error", "message": e.message, "where": e.where}
        if e.pc is not None:
            err["pc"] = e.pc
        if e.stack:
            err["stack"] = [{"method": m, "pc": pc} for m, pc in e.stack]
        yield err
    if run.bye is not None:
        yield {"type": "bye", **run.bye}


def _split(count: int) -> Iterator[int]:
    while count > L.MAX_COUNT:
        yield L.MAX_COUNT
        count -= L.MAX_COUNT
    yield count


def export_lines(store: Store, run_id: int) -> Iterator[str]:
    for msg in export_run(store, run_id):
        yield encode_line(msg)


# --------------------------------------------------------------------------------------------
# Import


def _parse_ts(f: _Fields, key: str, optional: bool) -> datetime | None:
    v = f.opt_string(key, 64) if optional else f.string(key, 64)
    if v is None:
        return None
    try:
        ts = datetime.fromisoformat(v.replace("Z", "+00:00"))
        ts = ts.replace(tzinfo=UTC) if ts.tzinfo is None else ts.astimezone(UTC)
    except ValueError:
        raise TraceRejected(f"run.{key}: not an ISO-8601 timestamp") from None
    except OverflowError:  # year 1 or 9999 shifted out of range by its UTC offset
        raise TraceRejected(f"run.{key}: timestamp out of range") from None
    if not _EARLIEST <= ts <= _LATEST:
        raise TraceRejected(f"run.{key}: timestamp out of range ({_EARLIEST.year}-"
                            f"{_LATEST.year})")
    return ts


def _header(obj: object) -> dict[str, Any]:
    if not isinstance(obj, dict) or obj.get("type") != "run":
        raise TraceRejected("the first line must be a 'run' header")
    f = _Fields(obj, "run", ("type", *HEADER_FIELDS), ("forced_decisions",))
    if f.integer("schema", 0, 2**31) != L.SCHEMA_VERSION:
        raise TraceRejected(f"run.schema: unsupported schema version (this host speaks"
                            f" {L.SCHEMA_VERSION})")
    d = _Fields(f.obj["device"], "run.device", ("model", "abi", "api_level"))
    reasons = []
    for i, r in enumerate(f.items("rejections", L.MAX_REJECTIONS_KEPT)):
        reasons.append(check_str(r, f"run.rejections[{i}]", 1000))
    status = f.choice("status", ("running", *BYE_STATUSES))
    return {"package": f.string("package", 255), "apk_sha256": f.string("apk_sha256", 64),
            "runtime": f.choice("runtime", RUNTIMES),
            "device_model": d.opt_string("model", 256), "device_abi": d.opt_string("abi", 64),
            "api_level": d.opt_integer("api_level", 1, 1000),
            "started_at": _parse_ts(f, "started_at", False),
            "ended_at": _parse_ts(f, "ended_at", True), "status": status,
            "reason": f.string("reason", L.MAX_TEXT_CHARS),
            "rejected_messages": f.integer("rejected_messages", 0, L.MAX_TOTAL_COUNT),
            "rejections": reasons,
            "decisions": _decisions(f) if f.has("forced_decisions") else None}


DECISION_KINDS = ("branch", "return", "invoke", "invoke-all")
MAX_DECISIONS = 10_000


def check_header(obj: object) -> None:
    """Raise TraceRejected when `obj` is not a `run` header `import_run` would accept."""
    _header(obj)


def _decisions(f: _Fields) -> list[dict[str, Any]]:
    """A forced run's decisions (dexlego/emulator/explore/), each checked."""
    out: list[dict[str, Any]] = []
    items = f.items("forced_decisions", MAX_DECISIONS)
    if not items:
        raise TraceRejected("run.forced_decisions: a forced run has at least one decision")
    for i, item in enumerate(items):
        where = f"run.forced_decisions[{i}]"
        d = _Fields(item, where, ("kind",), ("method", "pc", "target"))
        kind = d.choice("kind", DECISION_KINDS)
        entry: dict[str, Any] = {"kind": kind}
        if d.has("method"):
            method = d.string("method", L.MAX_NAME_CHARS)
            if not grammar.is_method_signature(method):
                raise TraceRejected(f"{where}.method: not a method signature")
            entry["method"] = method
        for key in ("pc", "target"):
            if d.has(key):
                entry[key] = d.integer(key, 0, PC_MAX - 1)
        out.append(entry)
    return out


def import_run(store: Store, lines: Iterable[bytes | str]) -> int:
    """Create a new run from an exported trace; bad messages are rejected like a live run's.

    Raises TraceImportError (and leaves no run behind) when the header is unusable or when
    messages were sent but none was accepted.
    """
    from dexlego.trace.intake import Intake

    it = iter(lines)
    first = next(it, None)
    if first is None:
        raise TraceImportError("empty trace file: no 'run' header")
    try:
        h = _header(decode_line(first))
    except TraceRejected as r:
        raise TraceImportError(f"bad header: {r.reason}") from None
    try:
        run_id = store.create_run(h["package"], h["apk_sha256"], h["runtime"],
                                  device_model=h["device_model"], device_abi=h["device_abi"],
                                  api_level=h["api_level"], started_at=h["started_at"],
                                  decisions=h["decisions"])
    except StoreError as exc:
        raise TraceImportError(f"bad header: {exc}") from None
    try:
        with Intake(store, run_id, commit_every=2000, commit_interval=5.0) as intake:
            for line in it:
                if isinstance(line, bytes | str) and not line.strip():
                    continue
                intake.feed_line(line)
        if intake.rejected and not intake.accepted:
            first = next(iter(store.rejections(run_id)), "")
            raise TraceImportError(f"no message accepted ({intake.rejected} rejected; the "
                                   f"first: {first})")
        _finish_import(store, run_id, h)
    except BaseException:
        store.delete_run(run_id)
        raise
    return run_id


def _finish_import(store: Store, run_id: int, h: dict[str, Any]) -> None:
    with store.session() as s, s.begin():
        run = s.get(M.Run, run_id)
        assert run is not None
        # The header's rejections happened when the trace was first received; keep them, and
        # add the ones this import caused (none for a file this host exported).
        extra = list(s.scalars(select(M.Rejection).where(M.Rejection.run_id == run_id)
                               .order_by(M.Rejection.id)))
        for rej in extra:
            s.delete(rej)
        s.flush()
        kept = h["rejections"] + [r.reason for r in extra]
        for reason in kept[:L.MAX_REJECTIONS_KEPT]:
            s.add(M.Rejection(run_id=run_id, reason=reason))
        run.rejected_messages = h["rejected_messages"] + run.rejected_messages
        status = h["status"]
        if status == "running":  # exported while still being written
            run.status, run.reason = "incomplete", "imported while the run was still running"
        else:
            assert status in FINAL_STATUSES
            run.status, run.reason = status, h["reason"]
        run.ended_at = h["ended_at"] or as_utc(run.heartbeat_at)
        run.writer_pid = None
        run.writer_start = None


def read_lines(path: str) -> Iterator[bytes]:
    """Lines of a trace file, read lazily (bounded by the intake's line limit)."""
    try:
        fh = open(path, "rb")  # noqa: SIM115 - closed by the generator
    except OSError as exc:
        raise TraceImportError(f"{path}: {exc.strerror}") from None
    with fh:
        yield from bounded_lines(fh)


__all__ = ["check_header", "export_lines", "export_run", "import_run", "read_lines"]
