"""Run one unit of work in a child process with a wall-clock timeout and a memory cap.

A hostile or pathological APK must not take the batch down: the child gets an address
space limit (RLIMIT_AS) and is killed at the deadline; whatever happens, the parent gets
an `Outcome` back, never an exception.
"""

from __future__ import annotations

import ctypes
import multiprocessing as mp
import multiprocessing.connection
import os
import resource
import signal
import time
import traceback
from collections.abc import Callable
from dataclasses import dataclass
from typing import Any

from dexlego.logs import quiet_androguard

# spawn: children start clean (no inherited threads, DB connections or locks), and their parent
# is the driver itself, so PR_SET_PDEATHSIG can take them down with it.
_CTX = mp.get_context("spawn")
_PR_SET_PDEATHSIG = 1


def _die_with_parent() -> None:
    """Ask Linux to SIGKILL this child when the driver dies (a SIGKILLed batch leaves no orphans)."""
    try:
        libc = ctypes.CDLL(None, use_errno=True)
        libc.prctl(_PR_SET_PDEATHSIG, signal.SIGKILL, 0, 0, 0)
    except (OSError, AttributeError):
        pass  # not Linux: orphans finish their APK and exit


@dataclass(frozen=True)
class Outcome:
    ok: bool
    value: Any = None
    error: str | None = None
    seconds: float = 0.0
    peak_rss_mb: float | None = None


def _child(conn: multiprocessing.connection.Connection, fn: Callable[..., Any], args: tuple[Any, ...],
           memory_mb: int | None) -> None:
    os.setsid()  # own process group, so the parent can kill anything the work starts
    _die_with_parent()
    quiet_androguard()
    if memory_mb:
        limit = memory_mb * 1024 * 1024
        resource.setrlimit(resource.RLIMIT_AS, (limit, limit))
    try:
        value = fn(*args)
        payload: tuple[bool, Any, str | None] = (True, value, None)
    except MemoryError:
        payload = (False, None, f"memory cap of {memory_mb} MB exceeded")
    except BaseException as exc:  # noqa: BLE001 - everything becomes a recorded error
        last = traceback.extract_tb(exc.__traceback__)[-1:] if exc.__traceback__ else []
        where = f" at {last[0].filename.rsplit('/', 1)[-1]}:{last[0].lineno}" if last else ""
        payload = (False, None, f"{type(exc).__name__}: {exc}{where}")
    peak = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
    conn.send((*payload, peak))
    conn.close()


def run_isolated(fn: Callable[..., Any], *args: Any, timeout: float, memory_mb: int | None = None) -> Outcome:
    """Call `fn(*args)` in a child process; `fn` and its result must be picklable."""
    start = time.monotonic()
    parent, child = _CTX.Pipe(duplex=False)
    proc = _CTX.Process(target=_child, args=(child, fn, args, memory_mb), daemon=True)
    proc.start()
    child.close()
    try:
        if parent.poll(timeout):
            ok, value, error, peak = parent.recv()
            proc.join(5)
            return Outcome(ok, value, error, time.monotonic() - start, peak)
        return Outcome(False, None, f"timed out after {timeout:g} s", time.monotonic() - start)
    except EOFError:
        proc.join(5)
        code = proc.exitcode
        why = f"killed by signal {-code}" if code is not None and code < 0 else f"exited with status {code}"
        return Outcome(False, None, f"worker {why}", time.monotonic() - start)
    finally:
        if proc.is_alive() and proc.pid is not None:
            try:
                os.killpg(proc.pid, signal.SIGKILL)
            except ProcessLookupError:
                pass
            proc.join(5)
        parent.close()
