"""Emulator benchmark: the whole DroidBench corpus, wall time and instructions per second.

    .venv/bin/python benchmarks/bench_emulator.py [--processes 2] [--budget N] [--timeout S]

Prints one line per app (status, instructions, seconds, leaks) and a summary: corpus wall
time, total instructions, instructions per second (per process and overall), and the leak
scores against the ground truth. `--json` prints the summary as JSON instead.
"""

from __future__ import annotations

import argparse
import json
import sys
import time
from pathlib import Path

REPO = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(REPO))

from dexlego.emulator.corpus import run_corpus, score  # noqa: E402
from dexlego.emulator.session import DEFAULT_BUDGET, DEFAULT_TIMEOUT  # noqa: E402


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--shared", type=Path, default=REPO.parent / "shared")
    ap.add_argument("--processes", type=int, default=2)
    ap.add_argument("--budget", type=int, default=DEFAULT_BUDGET)
    ap.add_argument("--timeout", type=float, default=DEFAULT_TIMEOUT)
    ap.add_argument("--json", action="store_true")
    args = ap.parse_args()
    droidbench = args.shared / "droidbench"
    apks = sorted((droidbench / "apk").rglob("*.apk"))
    if not apks:
        print(f"no APKs under {droidbench / 'apk'}", file=sys.stderr)
        return 1
    start = time.monotonic()
    runs = run_corpus(apks, budget=args.budget, timeout=args.timeout, processes=args.processes)
    wall = time.monotonic() - start
    s = score(runs, droidbench)
    instructions = sum(r.instructions for r in runs)
    cpu = sum(r.seconds for r in runs)
    driving = sum(r.run_seconds for r in runs)
    hot = max(runs, key=lambda r: r.instructions)
    summary = {
        "apps": len(runs),
        "processes": args.processes,
        "budget": args.budget,
        "wall_seconds": round(wall, 1),
        "app_seconds": round(cpu, 1),
        "instructions": instructions,
        "driving_seconds": round(driving, 1),
        "loading_seconds": round(cpu - driving, 1),
        "instructions_per_second_interpreting": round(instructions / driving) if driving else 0,
        "instructions_per_second_overall": round(instructions / wall) if wall else 0,
        "busiest_app": [Path(hot.apk).stem, hot.instructions, round(hot.run_seconds, 2)],
        "slowest": sorted(((round(r.seconds, 1), Path(r.apk).stem) for r in runs), reverse=True)[:5],
        "incomplete": [Path(r.apk).stem for r in runs if r.status == "incomplete"],
        "failed": [Path(r.apk).stem for r in runs if r.status == "failed"],
        "escaped": [r.apk for r in runs if r.escaped],
        "leak_rate": f"{s.leaky_observed}/{s.leaky}",
        "clean_rate": f"{s.clean_quiet}/{s.clean}",
        "misses": s.misses,
        "false_alarms": s.false_alarms,
    }
    if args.json:
        print(json.dumps(summary, indent=2))
        return 0
    for r in runs:
        rel = Path(r.apk).relative_to(droidbench / "apk")
        print(f"{r.status:10} {r.instructions:9d} ins {r.seconds:6.2f}s {len(r.leaks)} leaks  {rel}")
    for k, v in summary.items():
        print(f"{k}: {v}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
