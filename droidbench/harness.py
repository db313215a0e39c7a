"""The DroidBench regression harness: the pipeline on every app, scored against ground truth.

For each APK under the corpus directory (`<Category>/<App>.apk`, at any depth) one child
process collects and reassembles (`prepare_app`), then each analyzer runs on the original and
the reassembled APK in a child of its own (`analyze_app`), all within a per-app timeout; the
children fork from one server that imported the pipeline and the analyzers once. A failure
is a row with `error`, never a crash. Each side keeps the distinct
(source API, sink API) pairs an analyzer reports; flows into an intent the run saw delivered
inside the app are set apart on both sides (`split_in_app_icc`: the same call sites exist in
the original). Scores (`score_rows`): per flow, pairs matched to the app's expected leaks by
API (`droidbench.matching`), the primary figures and what the baseline gate compares; by count
(tp = min(pairs, expected)), the earlier scoring, side by side; and per flow without the ICC
rule. When collection or reassembly fails, the reassembled side is scored on the original
APK: that is what the user would be left to analyze, so the failure costs recall instead of
vanishing from the table.
"""

from __future__ import annotations

import concurrent.futures
import json
import os
import time
from collections import defaultdict
from collections.abc import Callable, Iterable
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from analyzers.base import Analyzer, Flow
from analyzers.isolation import Limits, preload, quiet_androguard, run_isolated
from analyzers.registry import get_analyzers
from dexlego.hashing import sha256_file
from droidbench.ground_truth import AppTruth, load_ground_truth
from droidbench.matching import ExpectedLeak, match_flows
from droidbench.metrics import Score, score_app, total

#: Analyzers that report flows (apkid only labels packers, so it is not scored).
FLOW_ANALYZERS = ("androguard", "mariana-trench", "quark", "flowdroid")
SIDES = ("original", "reassembled")
#: Which scoring `summary` holds; a baseline scored otherwise cannot be compared.
SCORING = "per-flow-v1"
#: (summary key, row entry key): per flow with the ICC rule, by count, per flow without it.
SCORINGS = (("summary", "per_flow"), ("summary_count", "count"),
            ("summary_no_icc_rule", "per_flow_no_icc_rule"))


@dataclass(frozen=True)
class CorpusApp:
    category: str
    app: str
    apk: Path


def discover(corpus: Path) -> list[CorpusApp]:
    """Every APK under `corpus`, sorted. Its category is the first folder below `corpus`
    (DroidBench nests some apps deeper: InterAppCommunication/Device Id leakage/X.apk), or
    `corpus`'s own name for APKs directly inside it (a corpus of one category)."""
    if not corpus.is_dir():
        raise FileNotFoundError(f"{corpus}: not a directory")
    apps = []
    for p in sorted(corpus.rglob("*.apk")):
        parts = p.relative_to(corpus).parts
        apps.append(CorpusApp(parts[0] if len(parts) > 1 else corpus.name, p.stem, p))
    return apps


def _pairs(flows: Iterable[Flow]) -> list[list[str]]:
    return [list(p) for p in sorted({(f.source, f.sink) for f in flows})]


def prepare_app(apk: Path, workdir: Path, db_url: str | None, seed: int = 0, explore: int = 0,
                invoke_all: bool = False) -> dict[str, Any]:
    """Collect and reassemble one app (runs in a child process; never raises for app errors):
    the row without analyzer results, with `rebuilt` the reassembled APK's path or None;
    `explore`/`invoke_all` add forced runs to the union."""
    from dexlego.pipeline import PipelineOptions, collect, reassemble_run, run_ids_of

    opts = PipelineOptions(seed=seed, db_url=db_url, explore=explore, invoke_all=invoke_all)
    row: dict[str, Any] = {"error": None, "observed_leaks": 0, "run_id": None, "reassemble": None,
                           "original": {}, "reassembled": {}, "analyzer_errors": {}, "rebuilt": None}
    try:
        collected = collect(apk, opts)
        row["run_id"] = collected.get("run_id")
        row["collect_status"] = collected.get("status")
        row["observed_leaks"] = len({(leak["source"], leak["sink"])
                                     for leak in collected.get("observed_leaks", [])})
        out = workdir / f"{apk.stem}.reassembled.apk"
        row["forced_leaks"] = len({(leak["source"], leak["sink"])
                                   for leak in collected.get("forced_leaks", [])})
        row["reassemble"] = reassemble_run(apk, run_ids_of(collected), out, opts)
        row["rebuilt"] = str(out)
    except Exception as exc:  # noqa: BLE001 - a failing app is a row, not a crash
        row["error"] = f"{type(exc).__name__}: {str(exc).splitlines()[0] if str(exc) else ''}"
    return row


def analyze_app(row: dict[str, Any], apk: Path, workdir: Path, analyzers: list[Analyzer],
                limits: Limits, deadline: float) -> bool:
    """Each analyzer on the original and the reassembled APK of a `prepare_app` row (in
    place), each run in its own child under `limits` and the app's `deadline` (a
    `time.monotonic()` value); False when the deadline passed before all were done. When
    collection or reassembly failed, the reassembled side is the original APK."""
    from dexlego.pipeline import split_in_app_icc

    rebuilt = Path(row["rebuilt"]) if row.get("rebuilt") else None
    links = row["reassemble"].get("icc_links", []) if rebuilt is not None else []
    for analyzer in analyzers:
        for side, target in (("original", apk), ("reassembled", rebuilt or apk)):
            left = deadline - time.monotonic()
            if left <= 0:
                return False
            bounded = Limits(min(limits.timeout_s or left, left), limits.memory_mb)
            result = analyzer.run(target, workdir / analyzer.name / side, bounded)
            if time.monotonic() >= deadline:
                return False
            leaks, in_app = split_in_app_icc(result.flows, links)
            pairs = _pairs(leaks)
            row[side][analyzer.name] = {
                "flows": len(pairs), "pairs": pairs,
                # set apart only where no flow with the same APIs remains a leak
                "in_app_icc": [p for p in _pairs(in_app) if p not in pairs],
                "seconds": round(result.seconds, 2)}
            if result.error:
                row["analyzer_errors"][f"{analyzer.name}/{side}"] = result.error
    return True


def score_entry(entry: dict[str, Any], leaks: tuple[ExpectedLeak, ...], expected: int) -> None:
    """Add the three scorings to one analyzer's entry of one side of a row (in place)."""
    pairs = [tuple(p) for p in entry["pairs"]]
    everything = pairs + [tuple(p) for p in entry.get("in_app_icc", [])]
    for key, score in (("per_flow", match_flows(pairs, leaks)),
                       ("count", score_app(len(pairs), expected)),
                       ("per_flow_no_icc_rule", match_flows(everything, leaks))):
        entry[key] = {"tp": score.tp, "fp": score.fp, "fn": score.fn}


def score_rows(rows: list[dict[str, Any]], truth: dict[str, AppTruth]) -> None:
    """Score every analyzer entry of every row with ground truth (in place)."""
    for row in rows:
        known = truth.get(f"{row['category']}/{row['app']}")
        if known is None or known.expected_leaks is None:
            continue
        for side in SIDES:
            for entry in row[side].values():
                score_entry(entry, known.leaks, known.expected_leaks)


def _scores(rows: Iterable[dict[str, Any]], analyzer: str, side: str, key: str) -> Score:
    return total(Score(**e[key]) for r in rows
                 if (e := r[side].get(analyzer)) is not None and key in e)


def _table(rows: list[dict[str, Any]], analyzers: list[str], key: str) -> dict[str, Any]:
    out: dict[str, Any] = {}
    for a in analyzers:
        out[a] = {}
        for side in SIDES:
            s = _scores(rows, a, side, key)
            out[a][side] = {**s.as_dict(), "tp": s.tp, "fp": s.fp, "fn": s.fn}
    return out


def summarize(rows: list[dict[str, Any]]) -> dict[str, Any]:
    """Overall and per-category precision/recall/F1 per analyzer, before and after, in the
    three scorings (`SCORINGS`)."""
    analyzers = sorted({a for r in rows for side in SIDES for a in r[side]},
                       key=lambda a: FLOW_ANALYZERS.index(a) if a in FLOW_ANALYZERS else 99)
    analyzers = [a for a in analyzers if a in FLOW_ANALYZERS]
    out: dict[str, Any] = {name: _table(rows, analyzers, key) for name, key in SCORINGS}
    by_cat: dict[str, list[dict[str, Any]]] = defaultdict(list)
    for r in rows:
        by_cat[r["category"]].append(r)
    out["categories"] = {
        cat: {"apps": len(cat_rows), "analyzers": _table(cat_rows, analyzers, "per_flow"),
              "analyzers_count": _table(cat_rows, analyzers, "count")}
        for cat, cat_rows in sorted(by_cat.items())
    }
    return out


def _saved_row(path: Path, config: dict[str, Any]) -> dict[str, Any] | None:
    """A row an earlier run of the same configuration finished, else None (absent, unreadable,
    another configuration or APK, or a failed app: failures are run again)."""
    try:
        saved = json.loads(path.read_text(encoding="utf-8"))
    except (OSError, ValueError):
        return None
    if not isinstance(saved, dict) or saved.get("config") != config:
        return None
    row = saved.get("row")
    return row if isinstance(row, dict) and not row.get("error") else None


def _save_row(path: Path, config: dict[str, Any], row: dict[str, Any]) -> None:
    path.parent.mkdir(parents=True, exist_ok=True)
    tmp = path.with_name(path.name + ".tmp")
    tmp.write_text(json.dumps({"config": config, "row": row}, sort_keys=True), encoding="utf-8")
    os.replace(tmp, path)  # a run killed mid-write leaves the previous row or none, never half


def run_corpus(corpus: Path, workdir: Path, analyzer_names: list[str], *, jobs: int = 2,
               timeout_per_app: float = 300.0, db_url: str | None = None,
               truth: dict[str, AppTruth] | None = None,
               progress: Callable[[CorpusApp, dict[str, Any]], None] = lambda _a, _r: None,
               analyzer_limits: Limits | None = None, explore: int = 0,
               invoke_all: bool = False, resume: bool = False) -> dict[str, Any]:
    """Evaluate every app of `corpus`; returns the JSON document of `dexlego droidbench`.

    Each finished app's row is kept in `workdir/<category>/<app>.row.json` with the run's
    configuration and the APK's SHA-256; with `resume`, an app whose row matches is not run
    again (whole-corpus runs with FlowDroid take hours; an interrupted one goes on)."""
    table = truth if truth is not None else load_ground_truth()
    apps = discover(corpus)
    limits = analyzer_limits or Limits()
    analyzers = [a for a in get_analyzers(analyzer_names) if a.available().ok]
    base_config = {"analyzers": sorted(analyzer_names), "explore": explore,
                   "invoke_all": invoke_all, "analyzer_timeout_s": limits.timeout_s,
                   "analyzer_memory_mb": limits.memory_mb, "scoring": SCORING}
    # every child (an app's collection and reassembly, each analyzer run) forks from one
    # server that has imported the pipeline once, instead of importing it per child
    preload(["dexlego.warm", "droidbench.harness"])

    def failed(error: str | None) -> dict[str, Any]:
        return {"error": error, "observed_leaks": 0, "original": {}, "reassembled": {},
                "analyzer_errors": {}, "run_id": None, "reassemble": None}

    def one(app: CorpusApp) -> dict[str, Any]:
        key = f"{app.category}/{app.app}"
        known = table.get(key)
        saved_at = workdir / app.category / f"{app.app}.row.json"
        config = {**base_config, "apk_sha256": sha256_file(app.apk)}
        saved = _saved_row(saved_at, config) if resume else None
        if saved is not None:
            progress(app, saved)
            return saved
        begun = time.monotonic()
        app_dir = workdir / app.category / app.app
        outcome = run_isolated(prepare_app, app.apk, app_dir, db_url, 0, explore, invoke_all,
                               timeout=timeout_per_app, init=quiet_androguard, start="forkserver")
        row: dict[str, Any] = outcome.value if outcome.ok else failed(outcome.error)
        if outcome.ok and not analyze_app(row, app.apk, app_dir, analyzers, limits,
                                          begun + timeout_per_app):
            row = failed(f"timed out after {timeout_per_app:g} s")
        row.pop("rebuilt", None)
        row.update(category=app.category, app=app.app, apk=str(app.apk),
                   expected_leaks=known.expected_leaks if known else None,
                   in_ground_truth=known is not None, seconds=round(time.monotonic() - begun, 2))
        if known is None:
            row["note"] = "not in the ground-truth table: reported, not scored"
        _save_row(saved_at, config, row)
        progress(app, row)
        return row

    with concurrent.futures.ThreadPoolExecutor(max_workers=max(1, jobs)) as pool:
        rows = list(pool.map(one, apps))
    score_rows(rows, table)
    return {"corpus": str(corpus), "scoring": SCORING, "apps": rows, **summarize(rows),
            "errors": sum(1 for r in rows if r["error"]),
            "unknown_apps": [f"{r['category']}/{r['app']}" for r in rows if not r["in_ground_truth"]]}


def rescore(result: dict[str, Any], truth: dict[str, AppTruth] | None = None) -> dict[str, Any]:
    """A `run_corpus` result scored again (e.g. after a ground-truth refinement) from the
    pairs its rows keep; no analyzer runs."""
    rows = result["apps"]
    score_rows(rows, truth if truth is not None else load_ground_truth())
    return {**result, "scoring": SCORING, **summarize(rows)}


def regressions(current: dict[str, Any], baseline: dict[str, Any], tolerance: float = 1e-9) -> list[str]:
    """What got worse since `baseline`: a metric of an analyzer, or an app that now fails.

    A per-flow baseline is compared with this run's per-flow figures. A baseline from before
    per-flow scoring (no `scoring` key: scored by count) is compared with this run's count
    figures (`summary_count`, the same scoring), so no-drop checks against an old baseline
    stay possible; any other scoring cannot be compared: that is one line."""
    scoring = baseline.get("scoring")
    if scoring is None:
        key = "summary_count"
    elif scoring == current.get("scoring", SCORING):
        key = "summary"
    else:
        return [f"baseline scored as {scoring}, this run as {current.get('scoring', SCORING)}: "
                "regenerate the baseline"]
    found: list[str] = []
    for analyzer, sides in baseline.get("summary", {}).items():
        now = current.get(key, {}).get(analyzer)
        if now is None:
            found.append(f"{analyzer}: missing from this run")
            continue
        for side in SIDES:
            for metric in ("precision", "recall", "f1"):
                old, new = sides[side][metric], now[side][metric]
                if old is not None and (new is None or new < old - tolerance):
                    found.append(f"{analyzer} {side} {metric}: {old:.3f} -> "
                                 f"{'n/a' if new is None else format(new, '.3f')}")
    failed_before = {(r["category"], r["app"]) for r in baseline.get("apps", []) if r.get("error")}
    for r in current["apps"]:
        if r["error"] and (r["category"], r["app"]) not in failed_before:
            found.append(f"{r['category']}/{r['app']}: now fails: {r['error']}")
    return found
