"""Run one unit of work in a child process under a wall-clock timeout and a memory cap.

The child is its own process group; everything it starts (mariana-trench's binary, a JVM for
FlowDroid, quark's workers, nested isolated children) is its work tree, and the cap is on that
tree's resident memory, sampled by the parent every 0.25 s, not on address space: a JVM
reserves far more address space than it touches, so RLIMIT_AS would refuse to start it under
any useful cap. At the deadline or over the cap the whole tree is killed, and so is whatever
is left of it when the work ends. Whatever happens, the caller gets an `Outcome`, never an
exception; `peak_rss_mb` is the tree's largest sampled resident size.

Used per analyzer (`Analyzer.run` with `Limits`) and per APK (`dexlego triage`, DroidBench).
"""

from __future__ import annotations

import ctypes
import gc
import multiprocessing as mp
import multiprocessing.connection
import os
import resource
import signal
import tempfile
import time
import traceback
from collections.abc import Callable, Iterable
from dataclasses import dataclass
from typing import Any, Literal

_PR_SET_PDEATHSIG = 1
_PAGE = os.sysconf("SC_PAGE_SIZE") if hasattr(os, "sysconf") else 4096
_POLL_S = 0.25
# forkserver: children fork from a clean single-threaded server (no inherited threads, locks or
# DB connections), in milliseconds once the modules they need are imported there (preloaded;
# `analyzers.warm` holds the analyzers' slow imports); spawn: a fresh interpreter per child.
_PRELOAD = ["analyzers.warm"]
Start = Literal["spawn", "forkserver"]


@dataclass(frozen=True)
class Limits:
    """Per-run bounds; None means unbounded."""

    timeout_s: float | None = None
    memory_mb: int | None = None

    @property
    def bounded(self) -> bool:
        return self.timeout_s is not None or self.memory_mb is not None


@dataclass(frozen=True)
class Outcome:
    ok: bool
    value: Any = None
    error: str | None = None
    seconds: float = 0.0
    peak_rss_mb: float | None = None


def quiet_androguard() -> None:
    """androguard logs every parse step through loguru, and its warnings (unknown resource
    types, odd manifests) are about androguard, not about the user's input: none of it goes
    to stderr. Children call this too: a fresh interpreter starts with loguru's DEBUG
    handler, and its chatter can fill a pipe nobody reads."""
    try:
        from loguru import logger
    except ImportError:
        return
    logger.remove()


def _die_with_parent() -> None:
    """Ask Linux to SIGKILL this child when its parent dies (no orphan keeps working)."""
    try:
        libc = ctypes.CDLL(None, use_errno=True)
        libc.prctl(_PR_SET_PDEATHSIG, signal.SIGKILL, 0, 0, 0)
    except (OSError, AttributeError):
        pass  # not Linux: orphans finish their work and exit


def _child(conn: multiprocessing.connection.Connection, fn: Callable[..., Any], args: tuple[Any, ...],
           init: Callable[[], None] | None) -> None:
    os.setsid()  # own process group, so the parent can measure and kill all the work starts
    # what a forkserver preloaded stays out of this child's collections: traversing it would
    # copy every page of it (gc headers) into the child, costing time and resident memory
    gc.freeze()
    _die_with_parent()
    for sig in (signal.SIGTERM, signal.SIGINT):
        signal.signal(sig, signal.SIG_DFL)  # the parent's handlers are not ours
    if init is not None:
        init()
    try:
        value = fn(*args)
        payload: tuple[bool, Any, str | None] = (True, value, None)
    except MemoryError:
        payload = (False, None, "out of memory")
    except BaseException as exc:  # noqa: BLE001 - everything becomes a recorded error
        last = traceback.extract_tb(exc.__traceback__)[-1:] if exc.__traceback__ else []
        where = f" at {last[0].filename.rsplit('/', 1)[-1]}:{last[0].lineno}" if last else ""
        payload = (False, None, f"{type(exc).__name__}: {exc}{where}")
    peak = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
    conn.send((*payload, peak))
    conn.close()


def _read(path: str) -> bytes:
    fd = os.open(path, os.O_RDONLY)
    try:
        return os.read(fd, 4096)
    finally:
        os.close(fd)


def work_tree(root: int) -> dict[int, int]:
    """pid -> resident pages of `root`, its descendants (nested isolated children start
    their own groups) and anything left in its process group (reparented orphans)."""
    parent_of: dict[int, int] = {}
    grouped: set[int] = set()
    for name in os.listdir("/proc"):
        if not name.isdigit():
            continue
        pid = int(name)
        try:
            stat = _read(f"/proc/{name}/stat")
            # the command name may hold spaces and parentheses: fields follow the last ')'
            fields = stat[stat.rindex(b")") + 2 :].split(None, 3)  # state, ppid, pgrp, ...
            parent_of[pid] = int(fields[1])
            if int(fields[2]) == root:
                grouped.add(pid)
        except (OSError, ValueError, IndexError):
            continue  # exited meanwhile, or not ours to read
    children: dict[int, list[int]] = {}
    for pid, ppid in parent_of.items():
        children.setdefault(ppid, []).append(pid)
    found = set(grouped)
    todo = [root, *grouped]
    while todo:
        pid = todo.pop()
        if pid in parent_of:
            found.add(pid)
        todo += [c for c in children.get(pid, ()) if c not in found]
    rss: dict[int, int] = {}
    for pid in found:
        try:
            rss[pid] = int(_read(f"/proc/{pid}/statm").split()[1])
        except (OSError, ValueError, IndexError):
            continue
    return rss


def tree_rss_mb(root: int) -> float:
    """Resident memory of `work_tree(root)` in MB."""
    return sum(work_tree(root).values()) * _PAGE / (1024 * 1024)


def _kill_tree(root: int) -> None:
    for pid in work_tree(root):
        try:
            os.kill(pid, signal.SIGKILL)
        except (ProcessLookupError, PermissionError):
            pass
    try:
        os.killpg(root, signal.SIGKILL)
    except (ProcessLookupError, PermissionError):
        pass


def _forkserver_address_fits() -> bool:
    """The forkserver listens on `<tmp>/pymp-XXXXXXXX/listener-XXXXXXXX`, an AF_UNIX path of at
    most 107 bytes; a long TMPDIR makes its start fail with "AF_UNIX path too long"."""
    return len(os.fsencode(tempfile.gettempdir())) + len("/pymp-12345678/listener-12345678") < 104


def preload(modules: Iterable[str]) -> None:
    """Have the forkserver import `modules` too, so that children forked from it start with
    them imported (a caller whose children run the pipeline, say). Only before the server's
    first start: later, children import what they need themselves, as they would anyway."""
    _PRELOAD.extend(m for m in modules if m not in _PRELOAD)


def _context(start: Start) -> Any:
    if start == "forkserver" and not _forkserver_address_fits():
        start = "spawn"  # slower to start, same isolation
    ctx = mp.get_context(start)
    if start == "forkserver":
        ctx.set_forkserver_preload(list(_PRELOAD))
    return ctx


def run_isolated(fn: Callable[..., Any], *args: Any, timeout: float | None,
                 memory_mb: int | None = None, init: Callable[[], None] | None = None,
                 start: Start = "spawn") -> Outcome:
    """Call `fn(*args)` in a child process (`fn`, its arguments and result must pickle);
    `init` runs first in the child (e.g. to quiet a library's logging)."""
    begun = time.monotonic()
    ctx = _context(start)
    parent, child = ctx.Pipe(duplex=False)
    # not a daemon: daemons may not start children, and analyzers start isolated children of
    # their own inside an isolated APK; the finally below ends it whatever happens
    proc = ctx.Process(target=_child, args=(child, fn, args, init))
    proc.start()
    child.close()
    peak = 0.0
    deadline = None if timeout is None else begun + timeout

    def done(ok: bool, value: Any, error: str | None, child_peak: float | None = None) -> Outcome:
        best = max(peak, child_peak or 0.0)
        return Outcome(ok, value, error, time.monotonic() - begun, round(best, 1) if best else None)

    try:
        while True:
            wait = _POLL_S if deadline is None else max(0.0, min(_POLL_S, deadline - time.monotonic()))
            if parent.poll(wait):
                ok, value, error, child_peak = parent.recv()
                proc.join(5)
                if memory_mb and (error == "out of memory" or child_peak > memory_mb):
                    # finished between two samples, but over the cap all the same
                    ok, value = False, None
                    error = f"memory cap of {memory_mb} MB exceeded ({child_peak:.0f} MB resident)"
                return done(ok, value, error, child_peak)
            if proc.pid is not None:
                peak = max(peak, tree_rss_mb(proc.pid))
            if memory_mb is not None and peak > memory_mb:
                return done(False, None, f"memory cap of {memory_mb} MB exceeded "
                                         f"({peak:.0f} MB resident)")
            if deadline is not None and time.monotonic() >= deadline:
                return done(False, None, f"timed out after {timeout:g} s")
            if not proc.is_alive() and not parent.poll(0):
                raise EOFError
    except EOFError:
        proc.join(5)
        code = proc.exitcode
        why = f"killed by signal {-code}" if code is not None and code < 0 else f"exited with status {code}"
        return done(False, None, f"worker {why}")
    finally:
        if proc.pid is not None:
            _kill_tree(proc.pid)  # what the child started outlives it otherwise
        proc.join(5)
        parent.close()
