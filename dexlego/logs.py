"""Process-wide logging set-up shared by the CLI and the worker processes it starts."""

from __future__ import annotations

import sys


def quiet_androguard() -> None:
    """androguard logs every parse step at DEBUG through loguru; keep warnings only.

    Worker processes call this too: a spawned child starts with loguru's default DEBUG
    handler, and its chatter can fill a pipe the parent does not read.
    """
    try:
        from loguru import logger
    except ImportError:
        return
    logger.remove()
    logger.add(sys.stderr, level="WARNING")
