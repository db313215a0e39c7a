"""Engine creation and schema migration (alembic `upgrade head`, run on every open).

SQLite is set up for several writer processes: WAL journal, a busy timeout, and every
transaction opened with `BEGIN IMMEDIATE` so that two writers queue on the lock instead of
failing when a read transaction would have to be upgraded to a write one.
"""

from __future__ import annotations

from pathlib import Path
from typing import Any

from alembic import command
from alembic.config import Config
from alembic.runtime.migration import MigrationContext
from alembic.script import ScriptDirectory
from sqlalchemy import Connection, Engine, create_engine, event, text
from sqlalchemy.engine import make_url
from sqlalchemy.exc import ArgumentError, NoSuchModuleError, SQLAlchemyError

from dexlego.store.errors import StoreError

MIGRATIONS = Path(__file__).resolve().parent / "migrations"
#: Seconds a SQLite writer waits for the lock before giving up.
SQLITE_BUSY_SECONDS = 60.0
# Any constant: serializes concurrent first-time migrations on PostgreSQL.
_PG_MIGRATION_LOCK = 0x6465786C


def _normalize(url: str) -> str:
    # SQLAlchemy's default PostgreSQL driver is psycopg2, which we do not ship; psycopg 3 is.
    if url.startswith("postgresql://") or url.startswith("postgres://"):
        return "postgresql+psycopg://" + url.split("://", 1)[1]
    return url


def make_engine(url: str) -> Engine:
    """An engine for `url` (SQLite files get their directory created, mode 0700)."""
    try:
        parsed = make_url(_normalize(url))
    except ArgumentError:
        raise StoreError(f"invalid database URL {url!r}") from None
    backend = parsed.get_backend_name()
    if backend == "sqlite":
        db = parsed.database
        if not db or db == ":memory:":
            raise StoreError("an in-memory SQLite store cannot be shared; give a file path")
        try:
            Path(db).expanduser().parent.mkdir(parents=True, exist_ok=True, mode=0o700)
        except OSError as exc:
            raise StoreError(f"cannot create the store directory for {db}: "
                             f"{exc.strerror}") from None
        engine = create_engine(parsed, connect_args={"timeout": SQLITE_BUSY_SECONDS})
        _setup_sqlite(engine)
        return engine
    if backend != "postgresql":
        raise StoreError(f"unsupported database {backend!r} (use sqlite or postgresql)")
    try:
        return create_engine(parsed, pool_pre_ping=True)
    except (NoSuchModuleError, ImportError) as exc:
        raise StoreError(f"cannot use {url!r}: {exc}") from None


def _setup_sqlite(engine: Engine) -> None:
    @event.listens_for(engine, "connect")
    def _on_connect(dbapi_conn: Any, _record: Any) -> None:
        # Take transaction control away from pysqlite so BEGIN IMMEDIATE below is honoured.
        dbapi_conn.isolation_level = None
        cur = dbapi_conn.cursor()
        cur.execute("PRAGMA journal_mode=WAL")
        cur.execute("PRAGMA synchronous=NORMAL")  # durable across process crashes in WAL mode
        cur.execute("PRAGMA foreign_keys=ON")
        cur.execute(f"PRAGMA busy_timeout={int(SQLITE_BUSY_SECONDS * 1000)}")
        cur.close()

    @event.listens_for(engine, "begin")
    def _on_begin(conn: Connection) -> None:
        conn.exec_driver_sql("BEGIN IMMEDIATE")


def _alembic_config(conn: Connection) -> Config:
    cfg = Config()
    cfg.set_main_option("script_location", str(MIGRATIONS))
    cfg.attributes["connection"] = conn
    return cfg


def migrate(engine: Engine) -> None:
    """Bring the schema to the newest revision (no-op when already there)."""
    try:
        with engine.begin() as conn:
            if conn.dialect.name == "postgresql":
                conn.execute(text("SELECT pg_advisory_xact_lock(:k)"), {"k": _PG_MIGRATION_LOCK})
            cfg = _alembic_config(conn)
            head = ScriptDirectory.from_config(cfg).get_current_head()
            current = MigrationContext.configure(conn).get_current_revision()
            if current != head:
                script = ScriptDirectory.from_config(cfg)
                if current is not None and current not in {r.revision for r in
                                                           script.walk_revisions()}:
                    raise StoreError(f"store {engine.url.render_as_string()} has schema revision"
                                     f" {current!r}, unknown to this dexlego (newer version?)")
                command.upgrade(cfg, "head")
    except SQLAlchemyError as exc:
        raise StoreError(f"cannot open store {engine.url.render_as_string()}: "
                         f"{_one_line(exc)}") from None


def _one_line(exc: BaseException) -> str:
    msg = str(getattr(exc, "orig", None) or exc)
    return " ".join(msg.split())[:300]
