"""Work functions for the isolation tests (module-level so that they pickle)."""

from __future__ import annotations

import os
import signal
import time


def add(a: int, b: int) -> int:
    return a + b


def sleep_forever() -> None:
    time.sleep(3600)


def allocate(mb: int) -> int:
    block = bytearray(mb * 1024 * 1024)
    return len(block)


def fail() -> None:
    raise ValueError("bad apk")


def die() -> None:
    os.kill(os.getpid(), signal.SIGKILL)


def record_pid_and_sleep(path: str) -> None:
    with open(path, "w", encoding="ascii") as fh:
        fh.write(str(os.getpid()))
    time.sleep(3600)


def imported(module: str) -> bool:
    """Whether `module` was already imported when this child started its work."""
    import sys

    return module in sys.modules
