"""Process-wide logging set-up shared by the CLI and the worker processes it starts."""

from __future__ import annotations

import logging
import sys

from analyzers.isolation import quiet_androguard

__all__ = ["quiet_androguard", "route_warnings"]


class _OneLine(logging.Formatter):
    def format(self, record: logging.LogRecord) -> str:
        text = " ".join(record.getMessage().split())
        return f"dexlego: {record.levelname.lower()}: {text}"


def route_warnings() -> None:
    """Our loggers' warnings (e.g. the DEX reader's stale SHA-1) as one line each on stderr:
    `dexlego: warning: ...`."""
    root = logging.getLogger("dexlego")
    if not any(isinstance(h.formatter, _OneLine) for h in root.handlers):
        handler = logging.StreamHandler(sys.stderr)
        handler.setFormatter(_OneLine())
        root.addHandler(handler)
        root.setLevel(logging.WARNING)
