"""Real-world apps through the emulator (../shared/realworld): does the launcher activity's
onCreate complete, how much of the app ran, what was unmodeled, what leaked.

    .venv/bin/python benchmarks/bench_realworld.py [--processes 1] [--budget N] [--timeout S]
        [--json] [APK ...]

Prints the per-app markdown table of docs/emulator.md ("Real-world apps") and a summary: apps
whose launcher onCreate completed, runs where a model raised a Python error, escaped errors.
"""

from __future__ import annotations

import argparse
import dataclasses
import json
import sys
import time
from pathlib import Path

REPO = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(REPO))

from dexlego.emulator.session import DEFAULT_BUDGET, DEFAULT_TIMEOUT  # noqa: E402
from dexlego.emulator.survey import AppSurvey, run_survey, summarise  # noqa: E402


def _short(api: str) -> str:
    """Lpkg/Cls;->name(...)R as Cls.name"""
    cls, _, rest = api.partition("->")
    return f"{cls.rsplit('/', 1)[-1].rstrip(';')}.{rest.split('(', 1)[0].split(':', 1)[0]}"


def row(r: AppSurvey) -> str:
    name = Path(r.apk).stem
    launcher = "no activity" if r.launcher is None else ("yes" if r.launcher_created else "**no**")
    unmodeled = ", ".join(f"{_short(a)} {n}" for a, n in r.unmodeled) or "-"
    leaks = "; ".join(f"{_short(s)} → {_short(k)}" for s, k in r.leaks[:3]) or "-"
    if len(r.leaks) > 3:
        leaks += f" (+{len(r.leaks) - 3})"
    return (f"| {name} | {r.status} | {launcher} | {r.instructions:,} | "
            f"{r.methods_executed:,} / {r.app_methods:,} | {r.activities_created}/{r.activities_declared} | "
            f"{r.runtime_errors} | {unmodeled} | {leaks} |")  # fmt: skip


HEADER = ("| app | status | launcher onCreate | instructions | methods run / app methods | "
          "activities created | runtime errors | top unmodeled APIs (calls) | observed leaks |\n"
          "|---|---|---|---:|---:|---:|---:|---|---|")  # fmt: skip


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("apks", nargs="*", type=Path)
    ap.add_argument("--shared", type=Path, default=REPO.parent / "shared")
    ap.add_argument("--processes", type=int, default=1)
    ap.add_argument("--budget", type=int, default=DEFAULT_BUDGET)
    ap.add_argument("--timeout", type=float, default=DEFAULT_TIMEOUT)
    ap.add_argument("--json", action="store_true")
    args = ap.parse_args()
    apks = args.apks or sorted((args.shared / "realworld" / "apk").glob("*.apk"))
    if not apks:
        print(f"no APKs under {args.shared / 'realworld' / 'apk'}", file=sys.stderr)
        return 1
    start = time.monotonic()
    runs = run_survey(apks, budget=args.budget, timeout=args.timeout, processes=args.processes)
    wall = time.monotonic() - start
    s = summarise(runs)
    summary = {
        "apps": s.apps, "budget": args.budget, "timeout": args.timeout,
        "wall_seconds": round(wall, 1),
        "launcher_oncreate_completed": f"{s.launcher_created}/{s.with_launcher}",
        "apps_without_activity": s.apps - s.with_launcher,
        "apps_with_observed_leaks": s.leaky_apps,
        "model_failures": s.model_failures, "escaped": s.escaped,
    }  # fmt: skip
    if args.json:
        print(json.dumps({"summary": summary, "apps": [dataclasses.asdict(r) for r in runs]},
                         indent=2))  # fmt: skip
        return 0
    print(HEADER)
    for r in runs:
        print(row(r))
    print()
    for k, v in summary.items():
        print(f"{k}: {v}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
