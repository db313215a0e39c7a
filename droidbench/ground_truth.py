"""DroidBench 3.0 ground truth, with ReproDroid's published corrections applied.

`ground_truth.csv` is a copy of ../shared/droidbench/ground-truth.csv (see
droidbench/README.md for its provenance). The table keeps the benchmark's own
leak counts; ReproDroid (Pauck et al., FSE'18) showed four of them wrong, and
`load_ground_truth` corrects those in code so the change stays visible.

Each app's expected leaks (`AppTruth.leaks`, what per-flow scoring matches flows against)
come from the table's source and sink columns; where those are vague or wrong for an app,
`leak_refinements.csv` replaces them, one row per expected leak with the reason and the
benchmark source it was read from (droidbench/README.md).
"""

from __future__ import annotations

import csv
from dataclasses import dataclass
from pathlib import Path

from droidbench.matching import ExpectedLeak, api_keywords

CSV_PATH = Path(__file__).with_name("ground_truth.csv")
REFINEMENTS_PATH = Path(__file__).with_name("leak_refinements.csv")

# app -> corrected number of leaks (ReproDroid, FSE'18)
REPRODROID_CORRECTIONS: dict[str, int] = {
    "SimpleAliasing1": 1,
    "UnreachableBoth": 0,
    "UnreachableSink1": 0,
    "UnreachableSource1": 0,
}


class GroundTruthError(Exception):
    """The ground-truth table is missing or malformed (one-line message)."""


@dataclass(frozen=True, slots=True)
class AppTruth:
    category: str
    app: str
    apk_path: str  # relative to the droidbench directory
    sha256: str
    expected_leaks: int | None  # None where the benchmark gives no single-app number
    sources: tuple[str, ...]  # keyword hints from the app's sources, not ground truth
    sinks: tuple[str, ...]
    flags: frozenset[str]
    corrected: bool = False  # expected_leaks differs from the benchmark's own number
    leaks: tuple[ExpectedLeak, ...] = ()  # what the expected leaks go from and to
    refined: bool = False  # `leaks` comes from leak_refinements.csv, not the table's columns


_FLAG_COLUMNS = ("uses_reflection", "uses_dynamic_loading", "uses_native", "self_modifying",
                 "is_icc", "needs_user_interaction", "emulator_detection")


def _split(cell: str) -> tuple[str, ...]:
    return tuple(p.strip() for p in cell.split(";") if p.strip())


def load_refinements(path: Path = REFINEMENTS_PATH) -> dict[str, tuple[ExpectedLeak, ...]]:
    """`Category/App` -> its expected leaks, from the refinements table."""
    try:
        with path.open(newline="", encoding="utf-8") as fh:
            rows = list(csv.DictReader(fh))
    except OSError as exc:
        raise GroundTruthError(f"{path}: cannot read: {exc.strerror or exc}") from None
    out: dict[str, list[ExpectedLeak]] = {}
    for n, row in enumerate(rows, start=2):
        try:
            count = int(row["count"])
            if count < 1 or not row["reason"].strip():
                raise ValueError("count must be >= 1 and reason non-empty")
            leak = ExpectedLeak(_split(row["sources"]), _split(row["sinks"]), count)
            out.setdefault(f"{row['category']}/{row['app']}", []).append(leak)
        except (KeyError, ValueError, AttributeError) as exc:
            raise GroundTruthError(f"{path}:{n}: malformed row ({exc})") from None
    return {k: tuple(v) for k, v in out.items()}


def _table_leaks(sources: tuple[str, ...], sinks: tuple[str, ...],
                 expected: int | None) -> tuple[ExpectedLeak, ...]:
    if not expected:
        return ()
    return (ExpectedLeak(api_keywords(sources), api_keywords(sinks), expected),)


def load_ground_truth(path: Path = CSV_PATH,
                      refinements: Path | None = REFINEMENTS_PATH) -> dict[str, AppTruth]:
    """Every app of the table keyed by `Category/App`, corrections and refinements applied."""
    refined = load_refinements(refinements) if refinements is not None else {}
    try:
        with path.open(newline="", encoding="utf-8") as fh:
            rows = list(csv.DictReader(fh))
    except OSError as exc:
        raise GroundTruthError(f"{path}: cannot read: {exc.strerror or exc}") from None
    out: dict[str, AppTruth] = {}
    for n, row in enumerate(rows, start=2):
        try:
            raw = row["expected_leaks"].strip()
            leaks = int(raw) if raw else None
            app = row["app"]
            corrected = app in REPRODROID_CORRECTIONS and REPRODROID_CORRECTIONS[app] != leaks
            if app in REPRODROID_CORRECTIONS:
                leaks = REPRODROID_CORRECTIONS[app]
            key = f"{row['category']}/{app}"
            sources, sinks = _split(row["sources"]), _split(row["sinks"])
            expected = refined.get(key) or _table_leaks(sources, sinks, leaks)
            if sum(e.count for e in expected) != (leaks or 0):
                raise ValueError(f"{key}: refined leaks add up to "
                                 f"{sum(e.count for e in expected)}, the table says {leaks}")
            truth = AppTruth(
                category=row["category"], app=app, apk_path=row["apk_path"],
                sha256=row["sha256"], expected_leaks=leaks, sources=sources, sinks=sinks,
                flags=frozenset(c for c in _FLAG_COLUMNS if row.get(c, "0").strip() == "1"),
                corrected=corrected, leaks=expected, refined=key in refined,
            )
        except (KeyError, ValueError, AttributeError) as exc:
            raise GroundTruthError(f"{path}:{n}: malformed row ({exc})") from None
        out[key] = truth
    unknown = sorted(set(refined) - set(out))
    if unknown:
        raise GroundTruthError(f"{refinements}: refines apps the table lacks: {', '.join(unknown)}")
    if not out:
        raise GroundTruthError(f"{path}: no rows")
    return out
