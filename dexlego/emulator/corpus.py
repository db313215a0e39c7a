"""Run the emulator over a corpus of APKs (in parallel) and score observed leaks against the
DroidBench ground truth. Used by the corpus test and by benchmarks/bench_emulator.py."""

from __future__ import annotations

import multiprocessing
import time
import traceback
from collections.abc import Iterable
from dataclasses import dataclass, field
from pathlib import Path

# Categories whose leaks a Python emulator cannot observe by design: native code, bytecode
# patched from native code, emulator checks, flows to other apps, implicit flows.
EXCLUDED_CATEGORIES = frozenset(
    {"EmulatorDetection", "InterAppCommunication", "ImplicitFlows"}
)


@dataclass(frozen=True, slots=True)
class AppRun:
    """The outcome of one emulated app, small enough to send between processes."""

    apk: str
    status: str  # complete / incomplete / failed
    reason: str
    instructions: int
    methods: int
    seconds: float
    leaks: tuple[tuple[str, str], ...]  # privacy leaks (source, sink)
    runtime_errors: int
    escaped: str | None = None  # a Python exception that escaped the emulator (a bug)
    run_seconds: float = 0.0  # time spent driving the app (without reading the APK)


def run_one(apk: str, budget: int, timeout: float, seed: int = 0) -> AppRun:
    """Emulate one APK; every outcome, even an emulator bug, becomes an AppRun."""
    from dexlego.emulator.collect import privacy
    from dexlego.emulator.errors import EmulatorError
    from dexlego.emulator.session import emulate
    from reassembler.dex.errors import DexError

    start = time.monotonic()
    try:
        r = emulate(Path(apk), seed=seed, budget=budget, timeout=timeout)
    except (EmulatorError, DexError) as exc:
        return AppRun(apk, "failed", str(exc), 0, 0, time.monotonic() - start, (), 0)
    except BaseException as exc:  # noqa: BLE001 - reported, not hidden: this is what we test
        tb = traceback.format_exc(limit=-3)
        return AppRun(apk, "failed", f"{type(exc).__name__}: {exc}", 0, 0,
                      time.monotonic() - start, (), 0, escaped=tb)  # fmt: skip
    methods = sum(
        1 for rc in r.vm.classes.values() for m in rc.methods.values()
        if m.code is not None and m.hits is not None and any(m.hits)
    )  # fmt: skip
    return AppRun(
        apk=apk, status=r.status, reason=r.reason, instructions=r.vm.icount, methods=methods,
        seconds=r.seconds, leaks=tuple((lk.source, lk.sink) for lk in r.recorder.leaks if privacy(lk)),
        runtime_errors=len(r.recorder.errors), run_seconds=r.run_seconds,
    )  # fmt: skip


def _star(args: tuple[str, int, float, int]) -> AppRun:
    return run_one(*args)


def run_corpus(
    apks: Iterable[Path], *, budget: int = 1_000_000, timeout: float = 60.0, seed: int = 0,
    processes: int = 2,
) -> list[AppRun]:  # fmt: skip
    """Emulate every APK, `processes` at a time (each worker is recycled every few apps so
    that one large app's memory does not stay around)."""
    jobs = [(str(p), budget, timeout, seed) for p in apks]
    if processes <= 1:
        return [_star(j) for j in jobs]
    ctx = multiprocessing.get_context("spawn")
    with ctx.Pool(processes, maxtasksperchild=20) as pool:
        return list(pool.imap(_star, jobs, chunksize=1))


@dataclass
class Scores:
    """How observed leaks compare with the ground truth (excluded categories left out)."""

    leaky: int = 0  # apps with >= 1 expected leak
    leaky_observed: int = 0  # ... of which the emulator observed at least one leak
    clean: int = 0  # apps with 0 expected leaks
    clean_quiet: int = 0  # ... of which the emulator observed none
    misses: list[str] = field(default_factory=list)  # Category/App of leaky apps not observed
    false_alarms: list[str] = field(default_factory=list)

    @property
    def leak_rate(self) -> float:
        return self.leaky_observed / self.leaky if self.leaky else 1.0

    @property
    def clean_rate(self) -> float:
        return self.clean_quiet / self.clean if self.clean else 1.0


def score(runs: Iterable[AppRun], droidbench_dir: Path) -> Scores:
    """Score runs of APKs under `droidbench_dir` with droidbench.ground_truth (ReproDroid's
    corrections applied)."""
    from droidbench.ground_truth import load_ground_truth

    truth = {t.apk_path: t for t in load_ground_truth().values()}
    s = Scores()
    for run in runs:
        rel = Path(run.apk).resolve().relative_to(droidbench_dir.resolve()).as_posix()
        t = truth.get(rel)
        if t is None or t.expected_leaks is None or t.category in EXCLUDED_CATEGORIES:
            continue
        name = f"{t.category}/{t.app}"
        if t.expected_leaks > 0:
            s.leaky += 1
            if run.leaks:
                s.leaky_observed += 1
            else:
                s.misses.append(name)
        else:
            s.clean += 1
            if run.leaks:
                s.false_alarms.append(name)
            else:
                s.clean_quiet += 1
    return s
