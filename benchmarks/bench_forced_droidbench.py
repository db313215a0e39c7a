"""Forced execution on DroidBench's EmulatorDetection apps: the leaks a plain run observes, the
ones only forced runs reach (`--explore N`, `--invoke-all`), and, with `--analyzers`, the flows
each analyzer reports on the original and on the reassembled union of all runs.

    nice -n 10 .venv/bin/python -m benchmarks.bench_forced_droidbench [--corpus DIR]
        [--explore N] [--analyzers [-a NAME ...] [--no-pipeline-invoke-all]]
        [--mode union|executed] [--only NAME ...] [--out DIR]

Each app runs in a child process of its own (`run_isolated`, memory capped), one at a time;
with `--analyzers` each is a `dexlego run APK --explore N --invoke-all --json` (its own store
under --out; `-a NAME`, repeatable, picks the analyzers as `dexlego run -a` does, default all;
`--no-pipeline-invoke-all` leaves `--invoke-all` out of that run: with both options every forced
run replays the active invocation, measured 322 s instead of 11 + 17 s on Battery1).
Prints a Markdown table for docs/emulator.md.
"""

from __future__ import annotations

import argparse
import json
import os
import subprocess
import sys
import time
from pathlib import Path
from typing import Any

REPO = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(REPO))

from dexlego.triage.isolation import run_isolated  # noqa: E402

CORPUS = REPO.parent / "shared" / "droidbench" / "apk" / "EmulatorDetection"
BUDGET = 500_000  # as the DroidBench corpus test
MEMORY_MB = 4096


def _short(api: str) -> str:
    return api.partition("->")[2].partition("(")[0]


def _collect(apk: Path, explore: int, invoke_all: bool) -> dict[str, Any]:
    from dexlego.emulator.collect import collect_emulator

    out = collect_emulator(apk, explore=explore, invoke_all=invoke_all, budget=BUDGET,
                           store=False)
    return {"observed": sorted({f"{_short(lk['source'])}->{_short(lk['sink'])}"
                                for lk in out["observed_leaks"]}),
            "forced": sorted({f"{_short(lk['source'])}->{_short(lk['sink'])}"
                              for lk in out["forced_leaks"]}),
            "decisions": max((len(lk["decisions"]) for lk in out["forced_leaks"]), default=0),
            "forced_runs": out["exploration"]["forced_runs"],
            "seconds": out["exploration"]["seconds"]}


def _pipeline(apk: Path, out: Path, explore: int, mode: str,
              analyzers: list[str], invoke_all: bool) -> dict[str, Any]:
    work = out / "runs" / apk.stem
    env = {**os.environ, "XDG_DATA_HOME": str(out / "data"), "XDG_CACHE_HOME": str(out / "cache")}
    cmd = [sys.executable, "-m", "dexlego.cli.main", "run", str(apk), "--json", "--workdir",
           str(work), "--explore", str(explore), *(["--invoke-all"] if invoke_all else []),
           "--budget", str(BUDGET),
           "--mode", mode, *(f"--analyzer={name}" for name in analyzers)]
    proc = subprocess.run(cmd, capture_output=True, text=True, env=env, cwd=out, timeout=7200)
    try:
        summary = json.loads(proc.stdout)
    except ValueError:
        return {"error": (proc.stderr.strip().splitlines() or ["no output"])[-1]}
    return {a["name"]: {"original": len(a["original_flows"]),
                        "reassembled": len(a["reassembled_flows"]),
                        "only_after": sorted({f"{_short(f['source'])}->{_short(f['sink'])}"
                                              for f in a["only_after"]}),
                        "error": a["error"]}
            for a in summary.get("analyzers", []) if a["available"]}


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--corpus", type=Path, default=CORPUS)
    ap.add_argument("--explore", type=int, default=8)
    ap.add_argument("--analyzers", action="store_true")
    ap.add_argument("-a", "--analyzer", action="append", default=[],
                    choices=("androguard", "apkid", "flowdroid", "mariana-trench", "quark"))
    ap.add_argument("--no-pipeline-invoke-all", dest="pipeline_invoke_all",
                    action="store_false")
    ap.add_argument("--mode", choices=("union", "executed"), default="union")
    ap.add_argument("--only", nargs="*", default=None)
    ap.add_argument("--out", type=Path, default=Path("bench-forced-droidbench"))
    args = ap.parse_args()
    apks = sorted(args.corpus.rglob("*.apk"))
    if args.only:
        apks = [p for p in apks if p.stem in args.only]
    if not apks:
        print(f"no APKs under {args.corpus}", file=sys.stderr)
        return 1
    args.out.mkdir(parents=True, exist_ok=True)
    lines = ["| app | plain run: observed | `--explore " + str(args.explore) + "`: forced leaks"
             " (decisions, forced runs, s) | `--invoke-all`: forced leaks (s) |"
             + (" analyzers: original → reassembled flows (new after) |" if args.analyzers else ""),
             "|---|---|---|---|" + ("---|" if args.analyzers else "")]
    for apk in apks:
        started = time.monotonic()
        ex = run_isolated(_collect, apk, args.explore, False, timeout=3600, memory_mb=MEMORY_MB)
        inv = run_isolated(_collect, apk, 0, True, timeout=3600, memory_mb=MEMORY_MB)
        row: dict[str, Any] = {"app": apk.stem, "explore": ex.value if ex.ok else {"error": ex.error},
                               "invoke_all": inv.value if inv.ok else {"error": inv.error}}
        if args.analyzers:
            row["analyzers"] = _pipeline(apk, args.out.resolve(), args.explore, args.mode,
                                          args.analyzer, args.pipeline_invoke_all)
        (args.out / f"{apk.stem}.json").write_text(json.dumps(row, indent=1, sort_keys=True))
        e, i = row["explore"], row["invoke_all"]
        cells = [apk.stem,
                 ", ".join(e.get("observed", [])) or "—",
                 (f"{', '.join(e['forced']) or '—'} ({e['decisions']}, {e['forced_runs']}, "
                  f"{e['seconds']:.0f})") if "error" not in e else f"error: {e['error']}",
                 (f"{', '.join(i['forced']) or '—'} ({i['seconds']:.0f})") if "error" not in i
                 else f"error: {i['error']}"]
        if args.analyzers:
            a = row["analyzers"]
            cells.append("; ".join(
                f"{n} {v['original']}→{v['reassembled']}"
                + (f" (+{', '.join(v['only_after'])})" if v["only_after"] else "")
                for n, v in a.items()) if "error" not in a else f"error: {a['error']}")
        lines.append("| " + " | ".join(cells) + " |")
        print(lines[-1], f"[{time.monotonic() - started:.0f} s]", flush=True)
    print("\n".join(lines))
    return 0


if __name__ == "__main__":
    sys.exit(main())
