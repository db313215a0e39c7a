"""Process-wide logging set-up shared by the CLI and the worker processes it starts."""

from __future__ import annotations

import logging
import sys


def quiet_androguard() -> None:
    """androguard logs every parse step through loguru, and its warnings (unknown resource
    types, odd manifests) are about androguard, not about the user's command: none of it goes
    to stderr. Our own code reports what matters about the input itself.

    Worker processes call this too: a spawned child starts with loguru's default DEBUG
    handler, and its chatter can fill a pipe the parent does not read.
    """
    try:
        from loguru import logger
    except ImportError:
        return
    logger.remove()


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
