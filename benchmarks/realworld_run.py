"""`dexlego run` on every real-world APK, one at a time: status, time, peak memory, what the
run revealed, flows before → after per analyzer, errors with their causes.

    nice -n 10 .venv/bin/python -m benchmarks.realworld_run [--corpus DIR] [--out DIR]
        [-a NAME ...] [--analyzer-timeout S] [--analyzer-memory MB] [--run-timeout S]
        [--only NAME ...] [--markdown OUT.md]

Each app is a `dexlego run APK --json` subprocess (its own store under --out); the peak is the
resident memory of the run and everything it started (its analyzers), sampled every 0.25 s.
A run past --run-timeout gets SIGTERM and ends "incomplete" with what it had. One JSON file
per app under --out, and a Markdown table (docs/realworld.md) from all of them.
"""

from __future__ import annotations

import argparse
import json
import os
import signal
import subprocess
import sys
import time
from pathlib import Path
from typing import Any

from analyzers.isolation import tree_rss_mb

REPO = Path(__file__).resolve().parents[1]
CORPUS = REPO.parent / "shared" / "realworld" / "apk"
ANALYZERS = ("androguard", "mariana-trench", "quark", "flowdroid", "apkid")


def run_app(apk: Path, out: Path, analyzers: list[str], analyzer_timeout: float,
            analyzer_memory: int, run_timeout: float) -> dict[str, Any]:
    """One `dexlego run`; returns its row (also written to OUT/<apk stem>.json)."""
    work = out / apk.stem
    env = {**os.environ, "XDG_DATA_HOME": str(out / "data"), "XDG_CACHE_HOME": str(out / "cache")}
    cmd = [sys.executable, "-m", "dexlego.cli.main", "run", str(apk), "--json",
           "--workdir", str(work), "--analyzer-timeout", str(analyzer_timeout),
           "--analyzer-memory", str(analyzer_memory)]
    for name in analyzers:
        cmd += ["-a", name]
    started = time.monotonic()
    peak = 0.0
    summary_out = out / f"{apk.stem}.stdout"
    # stdout to a file: a summary larger than a pipe's buffer would block the run otherwise
    with (out / f"{apk.stem}.stderr").open("w") as err, summary_out.open("w") as stdout_file:
        proc = subprocess.Popen(cmd, stdout=stdout_file, stderr=err, text=True, env=env, cwd=out)
        stopped = False
        try:
            while proc.poll() is None:
                peak = max(peak, tree_rss_mb(proc.pid))
                if not stopped and time.monotonic() - started > run_timeout:
                    proc.send_signal(signal.SIGTERM)
                    stopped = True
                time.sleep(0.25)
        except BaseException:
            proc.send_signal(signal.SIGTERM)  # the run stops its analyzers and keeps its results
            proc.wait(60)
            raise
    stdout = summary_out.read_text(errors="replace")
    seconds = time.monotonic() - started
    row: dict[str, Any] = {"apk": apk.name, "exit": proc.returncode, "seconds": round(seconds, 1),
                           "peak_rss_mb": round(peak)}
    try:
        row["summary"] = json.loads(stdout)
    except ValueError:
        tail = (out / f"{apk.stem}.stderr").read_text(errors="replace").strip().splitlines()
        row["summary"] = None
        row["error"] = tail[-1] if tail else f"exit status {proc.returncode}, no output"
    (out / f"{apk.stem}.json").write_text(json.dumps(row, indent=1, sort_keys=True))
    return row


def _flows(entry: dict[str, Any]) -> str:
    if not entry["available"]:
        return "n/a"
    before, after = len(entry["original_flows"]), len(entry["reassembled_flows"])
    cell = f"{before} → {after}"
    return f"{cell} (error)" if entry["error"] else cell


def markdown(rows: list[dict[str, Any]], analyzers: list[str]) -> str:
    head = ["app", "status", "emulator", "s", "peak MB", "reflection / dynamic / ICC",
            "only after", *analyzers]
    lines = ["| " + " | ".join(head) + " |", "|" + "---|" * len(head)]
    errors: list[str] = []
    for row in rows:
        s = row.get("summary")
        if s is None:
            lines.append(f"| {row['apk']} | failed | - | {row['seconds']} | {row['peak_rss_mb']} | "
                         + " | ".join(["-"] * (2 + len(analyzers))) + " |")
            errors.append(f"- **{row['apk']}**: {row.get('error')}")
            continue
        r = s.get("reassemble") or {}
        status = s["status"] + (f" ({s['reason']})" if s.get("reason") else "")
        collect = s.get("collect") or {}
        emulator = str(collect.get("status", "-")) + (
            f" ({collect['reason']})" if collect.get("status") != "complete" and collect.get("reason")
            else "")
        counts = (f"{r.get('reflection_sites_rewritten', '-')} / "
                  f"{r.get('dynamic_classes_merged', '-')} / {r.get('icc_sites_linked', '-')}")
        by_name = {a["name"]: a for a in s.get("analyzers", [])}
        cells = [_flows(by_name[a]) if a in by_name else "-" for a in analyzers]
        lines.append(f"| {row['apk']} | {status} | {emulator} | {row['seconds']} | "
                     f"{row['peak_rss_mb']} | {counts} | {s.get('flows_only_after', 0)} | "
                     + " | ".join(cells) + " |")
        for a in s.get("analyzers", []):
            if a["available"] and a["error"]:
                errors.append(f"- **{row['apk']}**, {a['name']}: {a['error']}")
    return "\n".join(lines) + ("\n\nErrors, with their causes:\n\n" + "\n".join(errors)
                               if errors else "") + "\n"


def main() -> None:
    signal.signal(signal.SIGTERM, lambda *_: sys.exit(143))  # stop the current run cleanly too
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--corpus", type=Path, default=CORPUS)
    parser.add_argument("--out", type=Path, default=Path("realworld-out"))
    parser.add_argument("-a", "--analyzer", action="append", default=[])
    parser.add_argument("--analyzer-timeout", type=float, default=600)
    parser.add_argument("--analyzer-memory", type=int, default=3072)
    parser.add_argument("--run-timeout", type=float, default=2400)
    parser.add_argument("--only", action="append", default=[], help="APK file name (repeatable)")
    parser.add_argument("--markdown", type=Path)
    args = parser.parse_args()
    args.out.mkdir(parents=True, exist_ok=True)
    out = args.out.resolve()
    analyzers = args.analyzer or list(ANALYZERS)
    # smallest first: an interrupted benchmark has measured as many apps as it could
    apks = sorted(args.corpus.glob("*.apk"), key=lambda p: (p.stat().st_size, p.name))
    if args.only:
        apks = [a for a in apks if a.name in args.only]
    if not apks:
        parser.error(f"no APKs in {args.corpus}")
    rows = []
    for apk in apks:
        done = out / f"{apk.stem}.json"
        row = json.loads(done.read_text()) if done.is_file() else run_app(
            apk, out, analyzers, args.analyzer_timeout, args.analyzer_memory, args.run_timeout)
        status = row["summary"]["status"] if row.get("summary") else "failed"
        print(f"{apk.name}: {status} in {row['seconds']} s, peak {row['peak_rss_mb']} MB",
              file=sys.stderr, flush=True)
        rows.append(row)
    rows.sort(key=lambda r: str(r["apk"]).lower())
    table = markdown(rows, [a for a in analyzers if a != "apkid"])
    if args.markdown:
        args.markdown.write_text(table)
    else:
        print(table)


if __name__ == "__main__":
    main()
