"""Who writes a run: process id, host and process start time, to tell a dead writer from a live one.

The start time (from /proc) guards against pid reuse; without /proc only the pid is compared.
"""

from __future__ import annotations

import os
import socket
from dataclasses import dataclass


@dataclass(frozen=True, slots=True)
class Writer:
    pid: int
    host: str
    start: str | None


def _proc_stat(pid: int) -> tuple[str, str] | None:
    """(state, start time in clock ticks) of a live process, None when it does not exist."""
    try:
        with open(f"/proc/{pid}/stat", encoding="ascii", errors="replace") as fh:
            raw = fh.read()
    except OSError:
        return None
    # The command name (field 2) may contain spaces and parentheses: split after the last ')'.
    rest = raw[raw.rfind(")") + 2:].split()
    if len(rest) < 20:
        return None
    return rest[0], rest[19]


def current_writer() -> Writer:
    pid = os.getpid()
    stat = _proc_stat(pid)
    return Writer(pid, socket.gethostname(), stat[1] if stat else None)


def is_alive(writer: Writer) -> bool:
    """Whether the writing process still runs (only decidable on this host: True elsewhere)."""
    if writer.host != socket.gethostname():
        return True
    stat = _proc_stat(writer.pid)
    if stat is None:
        if os.path.isdir("/proc/self"):
            return False
        try:  # no /proc: fall back to signal 0
            os.kill(writer.pid, 0)
        except ProcessLookupError:
            return False
        except PermissionError:
            return True
        return True
    state, start = stat
    if state in ("Z", "X"):  # a zombie has stopped writing for good
        return False
    return writer.start is None or writer.start == start
