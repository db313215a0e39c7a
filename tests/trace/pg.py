"""A throw-away PostgreSQL 15 cluster for the store tests (initdb + pg_ctl in a temp dir)."""

from __future__ import annotations

import itertools
import os
import shutil
import socket
import subprocess
import tempfile
from pathlib import Path

BINDIR = Path(os.environ.get("DEXLEGO_PG_BINDIR", "/usr/lib/postgresql/15/bin"))


class PgServerUnavailable(Exception):
    """The cluster could not be started here (reason in the message)."""


def _free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return int(s.getsockname()[1])


class PgServer:
    def __init__(self) -> None:
        if not (BINDIR / "initdb").exists():
            raise PgServerUnavailable(f"PostgreSQL binaries not found in {BINDIR}")
        self.base = Path(tempfile.mkdtemp(prefix="dexlego-pg-"))
        self.port = _free_port()
        self._prefix: list[str] = []
        if os.geteuid() == 0:  # initdb refuses to run as root
            if shutil.which("runuser") is None:
                raise PgServerUnavailable("running as root without runuser")
            try:
                shutil.chown(self.base, "postgres", "postgres")
            except (LookupError, OSError) as exc:
                raise PgServerUnavailable(f"no postgres user to run the server: {exc}") from exc
            self._prefix = ["runuser", "-u", "postgres", "--"]
        self._names = itertools.count()
        data = self.base / "data"
        self._run([str(BINDIR / "initdb"), "-D", str(data), "-A", "trust", "-U", "postgres",
                   "-E", "UTF8", "--no-sync", "--no-instructions"])
        self._run([str(BINDIR / "pg_ctl"), "-D", str(data), "-l", str(self.base / "log"), "-w",
                   "-o", f"-k {self.base} -p {self.port} -c listen_addresses='' -c fsync=off "
                         "-c full_page_writes=off", "start"])
        self.data = data

    def _run(self, argv: list[str]) -> None:
        proc = subprocess.run(self._prefix + argv, capture_output=True, text=True, timeout=120)
        if proc.returncode != 0:
            tail = (proc.stderr or proc.stdout).strip().splitlines()[-1:] or ["?"]
            raise PgServerUnavailable(f"{Path(argv[0]).name} failed: {tail[0]}")

    def url(self, database: str = "postgres") -> str:
        return f"postgresql+psycopg://postgres@/{database}?host={self.base}&port={self.port}"

    def new_database(self) -> str:
        import psycopg

        name = f"t{os.getpid()}_{next(self._names)}"
        with psycopg.connect(host=str(self.base), port=self.port, user="postgres",
                             dbname="postgres", autocommit=True) as conn:
            conn.execute(f'CREATE DATABASE "{name}"')
        return self.url(name)

    def stop(self) -> None:
        try:
            self._run([str(BINDIR / "pg_ctl"), "-D", str(self.data), "-m", "immediate", "stop"])
        except PgServerUnavailable:
            pass
        shutil.rmtree(self.base, ignore_errors=True)
