"""Read-side records the store hands to the reassembler, the CLI and reports (plain, frozen)."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime
from typing import Any

from dexlego.trace.messages import DexOrigin, TryBlock


def iso(ts: datetime | None) -> str | None:
    """UTC timestamp as ISO-8601 with a `Z` suffix (microsecond precision)."""
    return None if ts is None else ts.strftime("%Y-%m-%dT%H:%M:%S.%fZ")


@dataclass(frozen=True, slots=True)
class RunInfo:
    id: int
    package: str
    apk_sha256: str
    runtime: str
    device_model: str | None
    device_abi: str | None
    api_level: int | None
    started_at: datetime
    ended_at: datetime | None
    status: str
    reason: str
    accepted_messages: int
    rejected_messages: int
    writer_pid: int | None
    writer_host: str | None
    heartbeat_at: datetime | None
    hello: dict[str, Any] | None
    bye: dict[str, Any] | None
    # A forced run (dexlego/emulator/explore/): the run whose path it left (None when that run
    # was deleted) and its decisions; `forced` is None for a run that followed its natural path.
    parent_run_id: int | None = None
    forced: tuple[dict[str, Any], ...] | None = None

    def to_json(self) -> dict[str, Any]:
        return {"id": self.id, "package": self.package, "apk_sha256": self.apk_sha256,
                "runtime": self.runtime,
                "device": {"model": self.device_model, "abi": self.device_abi,
                           "api_level": self.api_level},
                "started_at": iso(self.started_at), "ended_at": iso(self.ended_at),
                "status": self.status, "reason": self.reason,
                "accepted_messages": self.accepted_messages,
                "rejected_messages": self.rejected_messages,
                "writer": {"pid": self.writer_pid, "host": self.writer_host,
                           "heartbeat_at": iso(self.heartbeat_at)},
                "hello": self.hello, "bye": self.bye,
                "parent_run_id": self.parent_run_id,
                "forced_decisions": None if self.forced is None else list(self.forced)}


@dataclass(frozen=True, slots=True)
class CodeVersionRecord:
    run_id: int
    method: str
    hash: str  # host-computed canonical hash
    dex_sha256: str | None
    registers: int
    ins: int
    outs: int
    insns: bytes
    tries: tuple[TryBlock, ...]
    pcs: tuple[int, ...]  # executed dex pcs, sorted
    count: int  # invocations
    pc_level: bool  # True when pcs come from instruction-level collection


@dataclass(frozen=True, slots=True)
class DivergenceRecord:
    run_id: int
    method: str
    pc: int
    from_hash: str
    to_hash: str


@dataclass(frozen=True, slots=True)
class ReflectionRecord:
    run_id: int
    caller: str
    pc: int
    api: str
    target: str
    count: int


@dataclass(frozen=True, slots=True)
class DexImageRecord:
    run_id: int
    sha256: str
    size: int
    origin: DexOrigin
    has_data: bool


@dataclass(frozen=True, slots=True)
class DynamicLoadRecord:
    run_id: int
    loader_class: str
    source_kind: str
    source: str | None
    dex_sha256: tuple[str, ...]


@dataclass(frozen=True, slots=True)
class ClassLoadRecord:
    run_id: int
    descriptor: str
    dex_sha256: str | None
    loader: str
    order: int


@dataclass(frozen=True, slots=True)
class IccRecord:
    run_id: int
    caller: str
    pc: int
    api: str
    kind: str
    target: str
    count: int


@dataclass(frozen=True, slots=True)
class LoadClassRecord:
    run_id: int
    caller: str
    pc: int
    name: str
    result: str | None


@dataclass(frozen=True, slots=True)
class NativeLoadRecord:
    run_id: int
    library: str
    caller: str | None


@dataclass(frozen=True, slots=True)
class ObservedValueRecord:
    run_id: int
    api: str
    caller: str
    pc: int
    value: str


@dataclass(frozen=True, slots=True)
class LeakRecord:
    run_id: int
    source: str
    sink: str
    caller: str
    pc: int
    value: str | None


@dataclass(frozen=True, slots=True)
class UnmodeledApiRecord:
    run_id: int
    api: str
    count: int


@dataclass(frozen=True, slots=True)
class RuntimeErrorRecord:
    run_id: int
    message: str
    where: str | None
    pc: int | None = None
    stack: tuple[tuple[str, int], ...] = ()  # Java frames (method, dex pc), innermost first
