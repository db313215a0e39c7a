"""DroidBench 3.0 ground truth, with ReproDroid's published corrections applied.

`ground_truth.csv` is a copy of ../shared/droidbench/ground-truth.csv (see
droidbench/README.md for its provenance). The table keeps the benchmark's own
leak counts; ReproDroid (Pauck et al., FSE'18) showed four of them wrong, and
`load_ground_truth` corrects those in code so the change stays visible.
"""

from __future__ import annotations

import csv
from dataclasses import dataclass
from pathlib import Path

CSV_PATH = Path(__file__).with_name("ground_truth.csv")

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


_FLAG_COLUMNS = ("uses_reflection", "uses_dynamic_loading", "uses_native", "self_modifying",
                 "is_icc", "needs_user_interaction", "emulator_detection")


def _split(cell: str) -> tuple[str, ...]:
    return tuple(p.strip() for p in cell.split(";") if p.strip())


def load_ground_truth(path: Path = CSV_PATH) -> dict[str, AppTruth]:
    """Every app of the table keyed by `Category/App`, corrections applied."""
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
            truth = AppTruth(
                category=row["category"], app=app, apk_path=row["apk_path"],
                sha256=row["sha256"], expected_leaks=leaks,
                sources=_split(row["sources"]), sinks=_split(row["sinks"]),
                flags=frozenset(c for c in _FLAG_COLUMNS if row.get(c, "0").strip() == "1"),
                corrected=corrected,
            )
        except (KeyError, ValueError, AttributeError) as exc:
            raise GroundTruthError(f"{path}:{n}: malformed row ({exc})") from None
        out[f"{truth.category}/{truth.app}"] = truth
    if not out:
        raise GroundTruthError(f"{path}: no rows")
    return out
