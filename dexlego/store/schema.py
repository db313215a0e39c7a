"""The whole schema: the trace tables plus any `dexlego/store/*_models.py` another part adds.

Alembic (autogenerate and the schema test) must see every table, whichever modules the running
program happened to import, so this imports each `*_models` module of the package first.
"""

from __future__ import annotations

import importlib
import pkgutil

from sqlalchemy import MetaData

import dexlego.store as _pkg
from dexlego.store.models import Base


def full_metadata() -> MetaData:
    """`Base.metadata` after importing every `dexlego.store.*models` module."""
    for info in pkgutil.iter_modules(_pkg.__path__):
        if info.name.endswith("models"):
            importlib.import_module(f"{_pkg.__name__}.{info.name}")
    return Base.metadata
