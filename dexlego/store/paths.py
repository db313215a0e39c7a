"""Where the default store lives: `$XDG_DATA_HOME/dexlego/dexlego.db` (~/.local/share/dexlego)."""

from __future__ import annotations

import os
from pathlib import Path

#: Environment variable that overrides the default store URL (same syntax as `--db`).
DB_ENV = "DEXLEGO_DB"


def data_dir() -> Path:
    """The XDG data directory of dexlego (not created here)."""
    base = os.environ.get("XDG_DATA_HOME") or ""
    # XDG says relative values are invalid and must be ignored.
    root = Path(base) if base and os.path.isabs(base) else Path.home() / ".local" / "share"
    return root / "dexlego"


def default_url() -> str:
    """`$DEXLEGO_DB` if set, else the SQLite file in the data directory."""
    env = os.environ.get(DB_ENV)
    if env:
        return env
    return f"sqlite:///{data_dir() / 'dexlego.db'}"
