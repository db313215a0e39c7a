"""Alembic environment: always runs on the connection handed over by `dexlego.store.engine`."""

from __future__ import annotations

from alembic import context
from sqlalchemy import Connection

from dexlego.store.schema import full_metadata

connection = context.config.attributes.get("connection")
if not isinstance(connection, Connection):
    raise RuntimeError("dexlego migrations run through dexlego.store.open_store(), not the CLI")

context.configure(connection=connection, target_metadata=full_metadata(),
                  render_as_batch=connection.dialect.name == "sqlite")
with context.begin_transaction():
    context.run_migrations()
