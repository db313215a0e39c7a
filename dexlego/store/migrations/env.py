"""Alembic environment: always runs on the connection handed over by `dexlego.store.engine`."""

from __future__ import annotations

from alembic import context
from sqlalchemy import Connection

from dexlego.store.models import Base
from dexlego.store.schema import full_metadata

connection = context.config.attributes.get("connection")
if not isinstance(connection, Connection):
    raise RuntimeError("dexlego migrations run through dexlego.store.open_store(), not the CLI")

# Importing every *_models module is only needed to autogenerate a revision; opening a store
# must not depend on other parts' model modules importing cleanly.
target = full_metadata() if context.config.attributes.get("autogenerate") else Base.metadata
context.configure(connection=connection, target_metadata=target,
                  render_as_batch=connection.dialect.name == "sqlite")
with context.begin_transaction():
    context.run_migrations()
