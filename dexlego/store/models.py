"""SQLAlchemy 2.0 ORM tables of the trace store.

One row per distinct record of a run; identical repeated messages are merged by the intake
(counts add up), so no table needs a database-level unique index over long text columns
(PostgreSQL b-tree rows are limited to ~2.7 kB and signatures may be longer).
"""

from __future__ import annotations

from datetime import datetime

from sqlalchemy import (
    BigInteger,
    Boolean,
    DateTime,
    ForeignKey,
    Integer,
    LargeBinary,
    String,
    Text,
)
from sqlalchemy.orm import DeclarativeBase, Mapped, mapped_column, relationship


class Base(DeclarativeBase):
    pass


def _run_fk() -> Mapped[int]:
    return mapped_column(ForeignKey("runs.id", ondelete="CASCADE"), index=True)


class Run(Base):
    __tablename__ = "runs"
    id: Mapped[int] = mapped_column(Integer, primary_key=True, autoincrement=True)
    package: Mapped[str] = mapped_column(Text)
    apk_sha256: Mapped[str] = mapped_column(String(64))
    runtime: Mapped[str] = mapped_column(String(16))
    device_model: Mapped[str | None] = mapped_column(Text)
    device_abi: Mapped[str | None] = mapped_column(String(64))
    api_level: Mapped[int | None] = mapped_column(Integer)
    started_at: Mapped[datetime] = mapped_column(DateTime(timezone=True))
    ended_at: Mapped[datetime | None] = mapped_column(DateTime(timezone=True))
    status: Mapped[str] = mapped_column(String(16), index=True)
    reason: Mapped[str] = mapped_column(Text, default="")
    writer_pid: Mapped[int | None] = mapped_column(Integer)
    writer_host: Mapped[str | None] = mapped_column(String(255))
    writer_start: Mapped[str | None] = mapped_column(String(32))
    heartbeat_at: Mapped[datetime | None] = mapped_column(DateTime(timezone=True))
    accepted_messages: Mapped[int] = mapped_column(BigInteger, default=0)
    rejected_messages: Mapped[int] = mapped_column(BigInteger, default=0)
    hello_runtime: Mapped[str | None] = mapped_column(String(16))
    hello_model: Mapped[str | None] = mapped_column(Text)
    hello_abi: Mapped[str | None] = mapped_column(String(64))
    hello_api_level: Mapped[int | None] = mapped_column(Integer)
    bye_status: Mapped[str | None] = mapped_column(String(16))
    bye_reason: Mapped[str | None] = mapped_column(Text)


class ForcedRunRow(Base):
    """A run that left the app's natural path on purpose (dexlego/emulator/explore/): the run
    whose path it left, and what it forced, in order (canonical JSON list of decisions)."""

    __tablename__ = "forced_runs"
    run_id: Mapped[int] = mapped_column(ForeignKey("runs.id", ondelete="CASCADE"), primary_key=True)
    parent_run_id: Mapped[int | None] = mapped_column(
        ForeignKey("runs.id", ondelete="SET NULL"), index=True)
    decisions: Mapped[str] = mapped_column(Text)


class Rejection(Base):
    __tablename__ = "rejections"
    id: Mapped[int] = mapped_column(Integer, primary_key=True, autoincrement=True)
    run_id: Mapped[int] = _run_fk()
    reason: Mapped[str] = mapped_column(Text)


class Blob(Base):
    """DEX bytes, content-addressed by the host-computed sha256 (shared by all runs)."""

    __tablename__ = "blobs"
    sha256: Mapped[str] = mapped_column(String(64), primary_key=True)
    size: Mapped[int] = mapped_column(BigInteger)
    data: Mapped[bytes] = mapped_column(LargeBinary)


class DexImageRow(Base):
    __tablename__ = "dex_images"
    id: Mapped[int] = mapped_column(Integer, primary_key=True, autoincrement=True)
    run_id: Mapped[int] = _run_fk()
    sha256: Mapped[str] = mapped_column(String(64), index=True)
    size: Mapped[int] = mapped_column(BigInteger)
    origin_kind: Mapped[str] = mapped_column(String(16))
    origin_name: Mapped[str | None] = mapped_column(Text)
    origin_loader: Mapped[str | None] = mapped_column(Text)
    origin_base: Mapped[str | None] = mapped_column(String(18))
    compact: Mapped[bool] = mapped_column(Boolean)


class ClassLoadRow(Base):
    __tablename__ = "class_loads"
    id: Mapped[int] = mapped_column(Integer, primary_key=True, autoincrement=True)
    run_id: Mapped[int] = _run_fk()
    descriptor: Mapped[str] = mapped_column(Text)
    dex_sha256: Mapped[str | None] = mapped_column(String(64))
    loader: Mapped[str] = mapped_column(Text)
    load_order: Mapped[int] = mapped_column(BigInteger)


class CodeVersionRow(Base):
    __tablename__ = "code_versions"
    id: Mapped[int] = mapped_column(Integer, primary_key=True, autoincrement=True)
    run_id: Mapped[int] = _run_fk()
    method: Mapped[str] = mapped_column(Text)
    hash: Mapped[str] = mapped_column(String(64), index=True)
    dex_sha256: Mapped[str | None] = mapped_column(String(64))
    registers: Mapped[int] = mapped_column(Integer)
    ins: Mapped[int] = mapped_column(Integer)
    outs: Mapped[int] = mapped_column(Integer)
    insns: Mapped[bytes] = mapped_column(LargeBinary)
    tries: Mapped[str] = mapped_column(Text)  # canonical JSON list, as in the message
    count: Mapped[int] = mapped_column(BigInteger, default=0)
    pc_level: Mapped[bool] = mapped_column(Boolean, default=False)


class CodeAliasRow(Base):
    """A digest a runtime used for a code version (the host keys versions by its own hash)."""

    __tablename__ = "code_aliases"
    id: Mapped[int] = mapped_column(Integer, primary_key=True, autoincrement=True)
    version_id: Mapped[int] = mapped_column(
        ForeignKey("code_versions.id", ondelete="CASCADE"), index=True)
    sender_hash: Mapped[str] = mapped_column(String(128))
    version: Mapped[CodeVersionRow] = relationship()


class CodePcRow(Base):
    __tablename__ = "code_pcs"
    version_id: Mapped[int] = mapped_column(
        ForeignKey("code_versions.id", ondelete="CASCADE"), primary_key=True)
    pc: Mapped[int] = mapped_column(Integer, primary_key=True)
    version: Mapped[CodeVersionRow] = relationship()


class DivergenceRow(Base):
    __tablename__ = "divergences"
    id: Mapped[int] = mapped_column(Integer, primary_key=True, autoincrement=True)
    run_id: Mapped[int] = _run_fk()
    method: Mapped[str] = mapped_column(Text)
    pc: Mapped[int] = mapped_column(Integer)
    from_hash: Mapped[str] = mapped_column(String(64))
    to_hash: Mapped[str] = mapped_column(String(64))


class ReflectionRow(Base):
    __tablename__ = "reflections"
    id: Mapped[int] = mapped_column(Integer, primary_key=True, autoincrement=True)
    run_id: Mapped[int] = _run_fk()
    caller: Mapped[str] = mapped_column(Text)
    pc: Mapped[int] = mapped_column(Integer)
    api: Mapped[str] = mapped_column(Text)
    target: Mapped[str] = mapped_column(Text)
    count: Mapped[int] = mapped_column(BigInteger)


class IccRow(Base):
    __tablename__ = "icc_deliveries"
    id: Mapped[int] = mapped_column(Integer, primary_key=True, autoincrement=True)
    run_id: Mapped[int] = _run_fk()
    caller: Mapped[str] = mapped_column(Text)
    pc: Mapped[int] = mapped_column(Integer)
    api: Mapped[str] = mapped_column(Text)
    kind: Mapped[str] = mapped_column(String(16))
    target: Mapped[str] = mapped_column(Text)
    count: Mapped[int] = mapped_column(BigInteger)


class DynamicLoadRow(Base):
    __tablename__ = "dynamic_loads"
    id: Mapped[int] = mapped_column(Integer, primary_key=True, autoincrement=True)
    run_id: Mapped[int] = _run_fk()
    loader_class: Mapped[str] = mapped_column(Text)
    source_kind: Mapped[str] = mapped_column(String(16))
    source: Mapped[str | None] = mapped_column(Text)
    dex_sha256: Mapped[str] = mapped_column(Text)  # JSON list of sha256


class LoadClassRow(Base):
    __tablename__ = "load_classes"
    id: Mapped[int] = mapped_column(Integer, primary_key=True, autoincrement=True)
    run_id: Mapped[int] = _run_fk()
    caller: Mapped[str] = mapped_column(Text)
    pc: Mapped[int] = mapped_column(Integer)
    name: Mapped[str] = mapped_column(Text)
    result: Mapped[str | None] = mapped_column(Text)


class NativeLoadRow(Base):
    __tablename__ = "native_loads"
    id: Mapped[int] = mapped_column(Integer, primary_key=True, autoincrement=True)
    run_id: Mapped[int] = _run_fk()
    library: Mapped[str] = mapped_column(Text)
    caller: Mapped[str | None] = mapped_column(Text)


class ObservedValueRow(Base):
    __tablename__ = "observed_values"
    id: Mapped[int] = mapped_column(Integer, primary_key=True, autoincrement=True)
    run_id: Mapped[int] = _run_fk()
    api: Mapped[str] = mapped_column(Text)
    caller: Mapped[str] = mapped_column(Text)
    pc: Mapped[int] = mapped_column(Integer)
    value: Mapped[str] = mapped_column(Text)


class LeakRow(Base):
    __tablename__ = "leaks"
    id: Mapped[int] = mapped_column(Integer, primary_key=True, autoincrement=True)
    run_id: Mapped[int] = _run_fk()
    source: Mapped[str] = mapped_column(Text)
    sink: Mapped[str] = mapped_column(Text)
    caller: Mapped[str] = mapped_column(Text)
    pc: Mapped[int] = mapped_column(Integer)
    value: Mapped[str | None] = mapped_column(Text)


class UnmodeledApiRow(Base):
    __tablename__ = "unmodeled_apis"
    id: Mapped[int] = mapped_column(Integer, primary_key=True, autoincrement=True)
    run_id: Mapped[int] = _run_fk()
    api: Mapped[str] = mapped_column(Text)
    count: Mapped[int] = mapped_column(BigInteger)


class RuntimeErrorRow(Base):
    __tablename__ = "runtime_errors"
    id: Mapped[int] = mapped_column(Integer, primary_key=True, autoincrement=True)
    run_id: Mapped[int] = _run_fk()
    message: Mapped[str] = mapped_column(Text)
    location: Mapped[str | None] = mapped_column(Text)
    pc: Mapped[int | None] = mapped_column(Integer, nullable=True)
    stack: Mapped[str | None] = mapped_column(Text, nullable=True)  # JSON [[method, pc], ...]
