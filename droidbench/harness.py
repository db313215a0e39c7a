"""The DroidBench regression harness: the pipeline on every app, scored against ground truth.

For each APK under the corpus directory (`<Category>/<App>.apk`, at any depth) one child
process runs collect → reassemble → analyze original and reassembled (`evaluate_app`), with a
per-app timeout; a failure is a row with `error`, never a crash. Flows are counted as distinct
(source, sink) pairs and scored by count (`droidbench.metrics`). When collection or
reassembly fails, the reassembled side is scored on the original APK: that is what the user
would be left to analyze, so the failure costs recall instead of vanishing from the table.
"""

from __future__ import annotations

import concurrent.futures
from collections import defaultdict
from collections.abc import Callable, Iterable
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from analyzers.isolation import Limits
from droidbench.ground_truth import AppTruth, load_ground_truth
from droidbench.metrics import Score, score_app, total

#: Analyzers that report flows (apkid only labels packers, so it is not scored).
FLOW_ANALYZERS = ("androguard", "mariana-trench", "quark", "flowdroid")
SIDES = ("original", "reassembled")


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


def _distinct_flows(flows: Iterable[dict[str, Any]]) -> int:
    return len({(f["source"], f["sink"]) for f in flows})


def evaluate_app(apk: Path, workdir: Path, analyzer_names: list[str], db_url: str | None,
                 limits: Limits | None = None, seed: int = 0) -> dict[str, Any]:
    """Pipeline + analyzers on one app (runs in a child process; never raises for app errors);
    each analyzer run under `limits`."""
    from dexlego.cli.analyzer_choice import resolve_analyzers
    from dexlego.pipeline import PipelineOptions, collect, reassemble_run, split_in_app_icc

    opts = PipelineOptions(seed=seed, db_url=db_url)
    row: dict[str, Any] = {"error": None, "observed_leaks": 0, "run_id": None, "reassemble": None,
                           "original": {}, "reassembled": {}, "analyzer_errors": {}}
    rebuilt: Path | None = None
    try:
        collected = collect(apk, opts)
        row["run_id"] = collected.get("run_id")
        row["collect_status"] = collected.get("status")
        row["observed_leaks"] = len({(leak["source"], leak["sink"])
                                     for leak in collected.get("observed_leaks", [])})
        out = workdir / f"{apk.stem}.reassembled.apk"
        row["reassemble"] = reassemble_run(apk, int(collected["run_id"]), out, opts)
        rebuilt = out
    except Exception as exc:  # noqa: BLE001 - a failing app is a row, not a crash
        row["error"] = f"{type(exc).__name__}: {str(exc).splitlines()[0] if str(exc) else ''}"
    links = row["reassemble"].get("icc_links", []) if rebuilt is not None else []
    for analyzer in resolve_analyzers(analyzer_names):
        if not analyzer.available().ok:
            continue
        for side, target in (("original", apk), ("reassembled", rebuilt or apk)):
            result = analyzer.run(target, workdir / analyzer.name / side, limits)
            flows = split_in_app_icc(result.flows, links)[0] if side == "reassembled" else \
                result.flows
            row[side][analyzer.name] = {"flows": _distinct_flows(f.to_json() for f in flows)}
            if result.error:
                row["analyzer_errors"][f"{analyzer.name}/{side}"] = result.error
    return row


def score_rows(rows: list[dict[str, Any]]) -> None:
    """Add tp/fp/fn to every scored analyzer entry of every row (in place)."""
    for row in rows:
        expected = row["expected_leaks"]
        for side in SIDES:
            for entry in row[side].values():
                if expected is None:
                    continue
                s = score_app(entry["flows"], expected)
                entry.update(tp=s.tp, fp=s.fp, fn=s.fn)


def _scores(rows: Iterable[dict[str, Any]], analyzer: str, side: str) -> Score:
    return total(Score(e["tp"], e["fp"], e["fn"]) for r in rows
                 if (e := r[side].get(analyzer)) is not None and "tp" in e)


def summarize(rows: list[dict[str, Any]]) -> tuple[dict[str, Any], dict[str, Any]]:
    """Overall and per-category precision/recall/F1 per analyzer, before and after."""
    analyzers = sorted({a for r in rows for side in SIDES for a in r[side]},
                       key=lambda a: FLOW_ANALYZERS.index(a) if a in FLOW_ANALYZERS else 99)
    analyzers = [a for a in analyzers if a in FLOW_ANALYZERS]
    summary = {a: {side: _scores(rows, a, side).as_dict() for side in SIDES} for a in analyzers}
    by_cat: dict[str, list[dict[str, Any]]] = defaultdict(list)
    for r in rows:
        by_cat[r["category"]].append(r)
    categories = {
        cat: {"apps": len(cat_rows),
              "analyzers": {a: {side: _scores(cat_rows, a, side).as_dict() for side in SIDES}
                            for a in analyzers}}
        for cat, cat_rows in sorted(by_cat.items())
    }
    return summary, categories


def run_corpus(corpus: Path, workdir: Path, analyzer_names: list[str], *, jobs: int = 2,
               timeout_per_app: float = 300.0, db_url: str | None = None,
               truth: dict[str, AppTruth] | None = None,
               progress: Callable[[CorpusApp, dict[str, Any]], None] = lambda _a, _r: None,
               analyzer_limits: Limits | None = None) -> dict[str, Any]:
    """Evaluate every app of `corpus`; returns the JSON document of `dexlego droidbench`."""
    from dexlego.triage.isolation import run_isolated

    table = truth if truth is not None else load_ground_truth()
    apps = discover(corpus)

    def one(app: CorpusApp) -> dict[str, Any]:
        key = f"{app.category}/{app.app}"
        known = table.get(key)
        outcome = run_isolated(evaluate_app, app.apk, workdir / app.category / app.app,
                               analyzer_names, db_url, analyzer_limits, timeout=timeout_per_app)
        row: dict[str, Any] = outcome.value if outcome.ok else {
            "error": outcome.error, "observed_leaks": 0, "original": {}, "reassembled": {},
            "analyzer_errors": {}, "run_id": None, "reassemble": None}
        row.update(category=app.category, app=app.app, apk=str(app.apk),
                   expected_leaks=known.expected_leaks if known else None,
                   in_ground_truth=known is not None, seconds=round(outcome.seconds, 2))
        if known is None:
            row["note"] = "not in the ground-truth table: reported, not scored"
        progress(app, row)
        return row

    with concurrent.futures.ThreadPoolExecutor(max_workers=max(1, jobs)) as pool:
        rows = list(pool.map(one, apps))
    score_rows(rows)
    summary, categories = summarize(rows)
    return {"corpus": str(corpus), "apps": rows, "summary": summary, "categories": categories,
            "errors": sum(1 for r in rows if r["error"]),
            "unknown_apps": [f"{r['category']}/{r['app']}" for r in rows if not r["in_ground_truth"]]}


def regressions(current: dict[str, Any], baseline: dict[str, Any], tolerance: float = 1e-9) -> list[str]:
    """What got worse since `baseline`: a metric of an analyzer, or an app that now fails."""
    found: list[str] = []
    for analyzer, sides in baseline.get("summary", {}).items():
        now = current["summary"].get(analyzer)
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
