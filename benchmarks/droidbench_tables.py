"""The tables of docs/droidbench.md from a `dexlego droidbench --json` result.

    .venv/bin/python benchmarks/droidbench_tables.py RESULT.json

Prints, in Markdown: per-flow and count-based precision/recall/F1 per analyzer and side, the
same without the in-app ICC rule, per-flow recall per category, and the apps where an
analyzer failed.
"""

from __future__ import annotations

import json
import sys
from pathlib import Path
from typing import Any

SIDES = ("original", "reassembled")
FOCUS = ("Reflection", "Reflection_ICC", "DynamicLoading", "SelfModification")


def f(v: float | None) -> str:
    return "–" if v is None else f"{v:.2f}"


def overall(table: dict[str, Any], title: str) -> None:
    print(f"\n{title}\n")
    print("| analyzer | original P | R | F1 | tp/fp/fn | reassembled P | R | F1 | tp/fp/fn |")
    print("|---|---:|---:|---:|---:|---:|---:|---:|---:|")
    for name, m in table.items():
        cells = []
        for side in SIDES:
            s = m[side]
            cells += [f(s["precision"]), f(s["recall"]), f(s["f1"]), f"{s['tp']}/{s['fp']}/{s['fn']}"]
        print(f"| {name} | " + " | ".join(cells) + " |")


def categories(result: dict[str, Any], names: list[str]) -> None:
    print("\nPer-flow recall (and precision), original → reassembled, per category\n")
    print("| category | apps | leaks | " + " | ".join(names) + " |")
    print("|---|---:|---:|" + "---|" * len(names))
    for cat, row in result["categories"].items():
        leaks = sum(r["expected_leaks"] or 0 for r in result["apps"] if r["category"] == cat)
        cells = []
        for n in names:
            m = row["analyzers"].get(n)
            if m is None:
                cells.append("–")
                continue
            o, r = m["original"], m["reassembled"]
            cells.append(f"{f(o['recall'])} → {f(r['recall'])} ({f(o['precision'])} → {f(r['precision'])})")
        mark = "**" if cat in FOCUS else ""
        print(f"| {mark}{cat}{mark} | {row['apps']} | {leaks} | " + " | ".join(cells) + " |")


def failures(result: dict[str, Any]) -> None:
    rows = [(r["category"], r["app"], r["error"]) for r in result["apps"] if r["error"]]
    rows += [(r["category"], r["app"], f"{k}: {v}") for r in result["apps"]
             for k, v in sorted(r["analyzer_errors"].items())]
    print(f"\nApp errors and analyzer errors ({len(rows)})\n")
    for cat, app, err in rows:
        print(f"- {cat}/{app}: {err[:200]}")


def main() -> None:
    if len(sys.argv) != 2:
        sys.exit(__doc__)
    result = json.loads(Path(sys.argv[1]).read_text(encoding="utf-8"))
    names = list(result["summary"])
    scored = [r for r in result["apps"] if r["expected_leaks"] is not None]
    print(f"{len(result['apps'])} apps, {len(scored)} scored, "
          f"{sum(r['expected_leaks'] for r in scored)} expected leaks, "
          f"{result['errors']} app errors; wall per app: max "
          f"{max(r['seconds'] for r in result['apps']):.0f} s")
    overall(result["summary"], "Per flow (with the in-app ICC rule on both sides)")
    overall(result["summary_count"], "By count (same pairs, APIs not checked)")
    overall(result["summary_no_icc_rule"], "Per flow without the in-app ICC rule")
    categories(result, names)
    failures(result)


if __name__ == "__main__":
    main()
