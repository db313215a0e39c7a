"""Real-world apps through the emulator: one summary per app (did the launcher activity's
onCreate complete, how much code ran, what was unmodeled, what leaked, did any model fail), for
benchmarks/bench_realworld.py and the table in docs/emulator.md.
"""

from __future__ import annotations

import multiprocessing
import time
import traceback
from collections import Counter
from dataclasses import dataclass, field
from pathlib import Path


@dataclass(frozen=True, slots=True)
class AppSurvey:
    """What one run of one APK showed (plain data: it crosses process boundaries)."""

    apk: str
    status: str  # complete / incomplete / failed
    reason: str
    instructions: int = 0
    seconds: float = 0.0
    methods_executed: int = 0
    app_methods: int = 0  # methods with code in the APK's own DEX files
    launcher: str | None = None  # the activity started first (None: the app has none)
    launcher_created: bool = False  # its onCreate returned normally
    activities_created: int = 0  # distinct activities whose onCreate returned normally
    activities_declared: int = 0
    runtime_errors: int = 0
    model_failures: tuple[str, ...] = ()  # a model raised a Python error (an emulator bug)
    blocked: tuple[str, ...] = ()  # APIs a thread blocked in forever
    unmodeled: tuple[tuple[str, int], ...] = ()  # most called unmodeled APIs, with counts
    leaks: tuple[tuple[str, str], ...] = ()  # distinct (source, sink)
    escaped: str | None = None  # a Python exception escaped the emulator (a bug)
    first_error: str = ""


def survey_one(apk: str, budget: int, timeout: float, seed: int = 0) -> AppSurvey:
    """Emulate one APK and summarise the run; every outcome, even a bug, becomes a survey."""
    from dexlego.emulator.errors import EmulatorError
    from dexlego.emulator.session import emulate
    from reassembler.dex.errors import DexError

    start = time.monotonic()
    try:
        r = emulate(Path(apk), seed=seed, budget=budget, timeout=timeout)
    except (EmulatorError, DexError) as exc:
        return AppSurvey(apk, "failed", str(exc), seconds=time.monotonic() - start)
    except BaseException as exc:  # noqa: BLE001 - reported, not hidden: this is what we measure
        return AppSurvey(apk, "failed", f"{type(exc).__name__}: {exc}",
                         seconds=time.monotonic() - start,
                         escaped=traceback.format_exc(limit=-3))  # fmt: skip
    rec, info = r.recorder, r.info
    executed = sum(1 for rc in r.vm.classes.values() for m in rc.methods.values()
                   if m.code is not None and m.hits is not None and any(m.hits))  # fmt: skip
    app_methods = sum(1 for d in r.dexes for c in d.dex.classes for m in c.methods()
                      if m.code is not None)  # fmt: skip
    activities = {c.descriptor for c in info.of_kind("activity")}
    launcher = info.launcher or next((c.descriptor for c in info.of_kind("activity") if c.enabled), None)
    created = {what[: -len(".onCreate")] for what, ok in rec.events
               if ok and what.endswith(".onCreate")}  # fmt: skip
    model_failures = tuple(e[0] for e in rec.errors if e[0].startswith(("model ", "emulator: ")))
    return AppSurvey(
        apk=apk, status=r.status, reason=r.reason, instructions=r.vm.icount,
        seconds=round(r.seconds, 2), methods_executed=executed, app_methods=app_methods,
        launcher=launcher, launcher_created=launcher is not None and launcher in created,
        activities_created=len(created & activities), activities_declared=len(activities),
        runtime_errors=len(rec.errors), model_failures=model_failures,
        blocked=tuple(sorted({api for api, _ in rec.blocked})),
        unmodeled=tuple(Counter(rec.unmodeled_apis).most_common(3)),
        leaks=tuple(sorted({(lk.source, lk.sink) for lk in rec.leaks})),
        first_error=rec.errors[0][0] if rec.errors else "",
    )  # fmt: skip


def _star(args: tuple[str, int, float, int]) -> AppSurvey:
    return survey_one(*args)


@dataclass
class SurveySummary:
    apps: int = 0
    with_launcher: int = 0
    launcher_created: int = 0
    model_failures: list[str] = field(default_factory=list)
    escaped: list[str] = field(default_factory=list)
    leaky_apps: int = 0


def summarise(runs: list[AppSurvey]) -> SurveySummary:
    s = SurveySummary(apps=len(runs))
    for r in runs:
        name = Path(r.apk).stem
        if r.launcher is not None:
            s.with_launcher += 1
            s.launcher_created += r.launcher_created
        if r.model_failures:
            s.model_failures.append(name)
        if r.escaped:
            s.escaped.append(name)
        s.leaky_apps += bool(r.leaks)
    return s


def run_survey(apks: list[Path], *, budget: int, timeout: float, seed: int = 0,
               processes: int = 1) -> list[AppSurvey]:  # fmt: skip
    """Survey every APK, `processes` at a time (workers recycled after each app: real apps
    leave large heaps)."""
    jobs = [(str(p), budget, timeout, seed) for p in apks]
    if processes <= 1:
        return [_star(j) for j in jobs]
    ctx = multiprocessing.get_context("spawn")
    with ctx.Pool(processes, maxtasksperchild=1) as pool:
        return list(pool.imap(_star, jobs, chunksize=1))
