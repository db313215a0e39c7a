"""Store fixtures: every store test runs on SQLite and on a real PostgreSQL the tests start."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest

from dexlego.store import Store, open_store
from tests.trace.pg import PgServer, PgServerUnavailable


@pytest.fixture(scope="session")
def pg_server() -> Iterator[PgServer]:
    try:
        server = PgServer()
    except PgServerUnavailable as exc:
        pytest.skip(f"PostgreSQL cannot start here: {exc}")
    yield server
    server.stop()


POSTGRES = pytest.param("postgres", marks=[pytest.mark.postgres,
                                           pytest.mark.xdist_group("postgres")])


@pytest.fixture(params=["sqlite", POSTGRES])
def store_url(request: pytest.FixtureRequest, tmp_path: Path) -> str:
    """A fresh, empty store URL on each backend."""
    if request.param == "sqlite":
        return f"sqlite:///{tmp_path / 'data' / 'dexlego.db'}"
    server: PgServer = request.getfixturevalue("pg_server")
    return server.new_database()


@pytest.fixture
def store(store_url: str) -> Iterator[Store]:
    s = open_store(store_url)
    yield s
    s.close()
