"""Per-APK isolation for batches: `analyzers.isolation.run_isolated` in a fresh interpreter
whose androguard logging is quiet (a spawned child starts with loguru's DEBUG handler)."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from analyzers.isolation import Outcome
from analyzers.isolation import run_isolated as _run_isolated
from dexlego.logs import quiet_androguard

__all__ = ["Outcome", "run_isolated"]


def run_isolated(fn: Callable[..., Any], *args: Any, timeout: float,
                 memory_mb: int | None = None) -> Outcome:
    """Call `fn(*args)` in a child process; `fn` and its result must be picklable."""
    return _run_isolated(fn, *args, timeout=timeout, memory_mb=memory_mb, init=quiet_androguard)
