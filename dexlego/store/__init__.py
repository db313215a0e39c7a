"""The trace store: SQLAlchemy models, engine, migrations, runs and their records.

`open_store(url)` is the entry point; see docs/trace-format.md (*Store*).
"""

from __future__ import annotations

from dexlego.store.errors import StoreError
from dexlego.store.store import Store, open_store

__all__ = ["Store", "StoreError", "open_store"]
