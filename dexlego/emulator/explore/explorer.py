"""Forced execution: reach the code a single run does not.

`collect_explored` runs the app once as `collect` does (the *plain* run: its leaks are the
`observed_leaks`), then, on request:

- `invoke_all`: continues the plain run's VM with every app method that did not run
  (`invoke_all.py`); what that adds is stored as a child run (`forced_decisions`:
  `[{"kind": "invoke-all"}]`), so the plain run stays what a user would have seen;
- `explore=N`: up to N forced runs. Each run logs the branches the environment decided
  (`instrument.py`); every side no run has taken yet is a candidate, scored by the app code
  nobody reached that it guards (`appcode.py`). The best candidate is replayed from the start
  with the same seed (runs are deterministic, so the replay reaches the branch exactly as its
  parent did) with that side forced, plus the decisions its parent forced. Forced runs are
  stored as runs of their own, linked to their parent, with their decisions.

Leaks seen only in forced runs are `forced_leaks`, each with the decisions that had fired when
it happened; coverage is given per run and for the union of all runs.
"""

from __future__ import annotations

import heapq
import time
from collections.abc import Callable
from dataclasses import dataclass, field, replace
from pathlib import Path
from typing import Any

from dexlego.emulator.collect import store_run, summary
from dexlego.emulator.errors import EmulatorError
from dexlego.emulator.explore.appcode import AppCode, Reached
from dexlego.emulator.explore.instrument import (
    THROWN,
    BranchSite,
    Context,
    Decision,
    ExploreRecorder,
    Instrument,
)
from dexlego.emulator.explore.invoke_all import Invoker, InvokeStats
from dexlego.emulator.explore.provenance import exploring_natives
from dexlego.emulator.framework.registry import load_all
from dexlego.emulator.session import DEFAULT_BUDGET, DEFAULT_TIMEOUT, RunResult, emulate

Progress = Callable[[str], None]
INVOKE_ALL = {"kind": "invoke-all"}
PER_CALL_MIN = 20_000  # instructions each invoked method may use at least


@dataclass(frozen=True)
class Spec:
    """How to run the app: the branch decisions to force, and whether to invoke-all after."""

    decisions: tuple[Decision, ...] = ()
    invoke_all: bool = False

    def decisions_json(self) -> list[dict[str, Any]]:
        out = [d.to_json() for d in self.decisions]
        return [*out, INVOKE_ALL] if self.invoke_all else out


@dataclass
class RunFacts:
    """What the explorer keeps of one run (the VM itself is dropped)."""

    kind: str  # plain / invoke-all / forced
    spec: Spec
    run_id: int | None
    parent: int | None  # index of the parent in the explorer's runs
    status: str
    reason: str
    seconds: float
    instructions: int
    reached: Reached
    sites: dict[tuple[str, int], BranchSite]
    leaks: list[dict[str, Any]]
    invoke: InvokeStats | None = None

    def entry(self, app: AppCode, runs: list[RunFacts]) -> dict[str, Any]:
        parent = runs[self.parent].run_id if self.parent is not None else None
        return {"run_id": self.run_id, "kind": self.kind, "parent_run_id": parent,
                "decisions": self.spec.decisions_json(), "status": self.status,
                "reason": self.reason, "seconds": round(self.seconds, 3),
                "instructions": self.instructions, "leaks": len(self.leaks),
                **({"invoke_all": self.invoke.to_json()} if self.invoke is not None else {}),
                "coverage": app.coverage(self.reached)}


#: Code of well-known libraries apps bundle: their branches are explored after the app's own.
LIBRARY_PREFIXES = (
    "Landroid/support/", "Landroidx/", "Lcom/google/android/gms/", "Lcom/google/firebase/",
    "Lcom/google/android/material/", "Lcom/google/gson/", "Lcom/google/common/", "Lkotlin/",
    "Lkotlinx/", "Lokhttp3/", "Lokio/", "Lretrofit2/", "Lcom/squareup/", "Lio/reactivex/",
    "Lorg/jetbrains/", "Lcom/facebook/", "Ldagger/", "Lcom/bumptech/glide/", "Lorg/greenrobot/",
)  # fmt: skip


@dataclass(order=True)
class _Candidate:
    library: bool
    neg_score: int
    depth: int
    order: int
    decision: Decision = field(compare=False)
    parent: int = field(compare=False)
    callers: tuple[tuple[str, int], ...] = field(compare=False, default=())


class Explorer:
    """Runs of one APK: the plain run, its invoke-all child, forced runs."""

    def __init__(self, apk: Path, *, seed: int, budget: int, timeout: float,
                 db_url: str | None, store: bool, progress: Progress) -> None:
        self.apk = apk
        self.seed = seed
        self.budget = budget
        self.timeout = timeout
        self.db_url = db_url
        self.store = store
        self.progress = progress
        self.runs: list[RunFacts] = []
        self.app: AppCode | None = None
        self.union: Reached = {}
        self.taken: dict[tuple[str, int], set[int]] = {}
        self.queued: set[tuple[str, int, int]] = set()
        self.heap: list[_Candidate] = []
        self._order = 0

    # -- one run -----------------------------------------------------------------------------

    def _emulate(self, spec: Spec, explore: bool) -> tuple[RunResult, Instrument | None,
                                                          ExploreRecorder]:
        context = Context()
        rec = ExploreRecorder(context)
        inst = Instrument(spec.decisions, context) if explore else None
        result = emulate(self.apk, seed=self.seed, budget=self.budget, timeout=self.timeout,
                         natives=exploring_natives(load_all()) if explore else None,
                         recorder=rec, setup=inst.install if inst is not None else None)
        if self.app is None:
            self.app = AppCode(result.dexes)
        return result, inst, rec

    def _invoke_all(self, result: RunResult, rec: ExploreRecorder, tag_args: bool) -> InvokeStats:
        assert self.app is not None
        invoker = Invoker(result.vm, self.app, package=result.info.package, context=rec.context,
                          tag_args=tag_args)
        started = time.monotonic()
        stats = invoker.run(budget=self.budget, timeout=self.timeout,
                            per_call=max(PER_CALL_MIN, self.budget // 200))
        result.seconds += time.monotonic() - started
        incomplete = stats.invoked + stats.no_receiver + stats.ran_meanwhile < stats.candidates
        if incomplete:
            result.status = "incomplete"
        result.reason = f"{result.reason}; invoke-all: {stats.reason}"
        return stats

    def _keep(self, kind: str, spec: Spec, result: RunResult, inst: Instrument | None,
              rec: ExploreRecorder, parent: int | None, run_id: int | None,
              invoke: InvokeStats | None = None) -> RunFacts:
        assert self.app is not None
        leaks = [{"source": lk.source, "sink": lk.sink, "caller": lk.caller, "pc": lk.pc,
                  "value": lk.value,
                  "decisions": rec.leak_context.get((lk.source, lk.sink, lk.caller, lk.pc), [])}
                 for lk in rec.leaks]
        facts = RunFacts(kind, spec, run_id, parent, result.status, result.reason,
                         result.seconds, result.vm.icount, self.app.reached(result.vm),
                         {k: replace(v, taken=set(v.taken), sources=list(v.sources))
                          for k, v in inst.sites.items()} if inst is not None else {},
                         leaks, invoke)
        self.runs.append(facts)
        for sig, pcs in facts.reached.items():
            self.union.setdefault(sig, set()).update(pcs)
        for key, site in facts.sites.items():
            self.taken.setdefault(key, set()).update(site.taken)
        self._enqueue(len(self.runs) - 1)
        return facts

    def _store(self, result: RunResult, parent: int | None, spec: Spec) -> int | None:
        if not self.store:
            return None
        if parent is None:
            return store_run(result, self.db_url)
        return store_run(result, self.db_url, parent_run_id=self.runs[parent].run_id,
                         decisions=spec.decisions_json())

    # -- the frontier --------------------------------------------------------------------------

    def _enqueue(self, index: int) -> None:
        facts = self.runs[index]
        for (sig, pc), site in facts.sites.items():
            kind = "return" if THROWN in site.sides else "branch"
            for side in site.sides:
                key = (sig, pc, side)
                if side < 0 or key in self.queued or side in self.taken.get((sig, pc), ()):
                    continue
                self.queued.add(key)
                self._order += 1
                heapq.heappush(self.heap, _Candidate(
                    sig.startswith(LIBRARY_PREFIXES), -self._score(site, side),
                    len(facts.spec.decisions), self._order,
                    Decision(sig, pc, side, kind), index, site.callers))

    def _score(self, site: BranchSite | _Candidate, side: int) -> int:
        assert self.app is not None
        sig = site.method if isinstance(site, BranchSite) else site.decision.method
        return self.app.guarded(sig, side, self.union, site.callers)

    def _next(self) -> _Candidate | None:
        """The candidate guarding the most code nobody reached, the app's own code before
        bundled libraries (scores only fall as coverage grows, so a popped candidate is
        rescored and put back when it fell behind)."""
        while self.heap:
            c = heapq.heappop(self.heap)
            d = c.decision
            if d.target in self.taken.get((d.method, d.pc), ()):
                continue
            score = self._score(c, d.target)
            if score <= 0:
                continue
            if self.heap and (c.library, -score) > (self.heap[0].library, self.heap[0].neg_score):
                c.neg_score = -score
                heapq.heappush(self.heap, c)
                continue
            return c
        return None

    # -- the whole exploration -------------------------------------------------------------------

    def run(self, explore: int, invoke_all: bool) -> dict[str, Any]:
        started = time.monotonic()
        exploring = explore > 0
        self.progress("plain run")
        result, inst, rec = self._emulate(Spec(), exploring)
        plain_id = self._store(result, None, Spec())
        out = summary(result, plain_id)
        self._keep("plain", Spec(), result, inst, rec, None, plain_id)
        if invoke_all:
            self.progress("invoking the methods that did not run")
            stats = self._invoke_all(result, rec, tag_args=exploring)
            spec = Spec((), True)
            run_id = self._store(result, 0, spec)
            self._keep("invoke-all", spec, result, inst, rec, 0, run_id, stats)
        del result, inst, rec
        forced = 0
        while forced < explore:
            cand = self._next()
            if cand is None:
                break
            parent = self.runs[cand.parent]
            decisions = tuple(d for d in parent.spec.decisions
                              if (d.method, d.pc) != (cand.decision.method, cand.decision.pc))
            spec = Spec((*decisions, cand.decision), parent.spec.invoke_all)
            forced += 1
            self.progress(f"forced run {forced}/{explore}: {cand.decision.method} pc "
                          f"{cand.decision.pc:#x} -> {cand.decision.target:#x} "
                          f"(guards {-cand.neg_score} instructions)")
            result, inst, rec = self._emulate(spec, True)
            forced_stats = self._invoke_all(result, rec, tag_args=True) if spec.invoke_all else None
            run_id = self._store(result, cand.parent, spec)
            self._keep("forced", spec, result, inst, rec, cand.parent, run_id, forced_stats)
            del result, inst, rec
        return self._report(out, explore, invoke_all, time.monotonic() - started)

    def _report(self, out: dict[str, Any], explore: int, invoke_all: bool,
                seconds: float) -> dict[str, Any]:
        assert self.app is not None
        observed = {(lk["source"], lk["sink"], lk["caller"], lk["pc"])
                    for lk in self.runs[0].leaks}
        forced_leaks: list[dict[str, Any]] = []
        seen = set(observed)
        for facts in self.runs[1:]:
            for lk in facts.leaks:
                key = (lk["source"], lk["sink"], lk["caller"], lk["pc"])
                if key in seen:
                    continue
                seen.add(key)
                forced_leaks.append({**lk, "run_id": facts.run_id, "run_kind": facts.kind})
        entries = [r.entry(self.app, self.runs) for r in self.runs]
        out.update({
            "run_ids": [r.run_id for r in self.runs if r.run_id is not None],
            "forced_runs": entries[1:],
            "forced_leaks": forced_leaks,
            "coverage": {"runs": [{"run_id": e["run_id"], "kind": e["kind"], **e["coverage"]}
                                  for e in entries],
                         "union": self.app.coverage(self.union)},
            "exploration": {
                "explore": explore, "invoke_all": invoke_all,
                "forced_runs": sum(1 for r in self.runs if r.kind == "forced"),
                "environment_branches": len(self.taken),
                "candidates_left": sum(1 for c in self.heap
                                       if c.decision.target not in self.taken.get(
                                           (c.decision.method, c.decision.pc), ())),
                "seconds": round(seconds, 3),
            },
        })
        return out


def collect_explored(apk: Path, *, seed: int = 0, budget: int = DEFAULT_BUDGET,
                     timeout: float = DEFAULT_TIMEOUT, explore: int = 0,
                     invoke_all: bool = False, db_url: str | None = None, store: bool = True,
                     progress: Progress | None = None) -> dict[str, Any]:
    """`collect_emulator`'s summary of the plain run plus the forced runs (see the module
    docstring): `run_ids`, `forced_runs`, `forced_leaks`, `coverage`, `exploration`."""
    apk = Path(apk)
    if not apk.is_file():
        raise EmulatorError(f"{apk}: no such file")
    if explore < 0:
        raise EmulatorError(f"{apk}: --explore must be 0 or more (got {explore})")
    ex = Explorer(apk, seed=seed, budget=budget, timeout=timeout, db_url=db_url, store=store,
                  progress=progress or (lambda _m: None))
    return ex.run(explore, invoke_all)

