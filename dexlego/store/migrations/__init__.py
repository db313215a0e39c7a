"""Alembic migrations of the trace store (run programmatically by `dexlego.store.engine`)."""
