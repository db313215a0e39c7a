"""Triage throughput and peak memory per worker on the DroidBench corpus.

    .venv/bin/python -m benchmarks.bench_triage [--jobs 2] [--analyzer NAME ...] [--limit N]

Runs `dexlego triage` over ../shared/droidbench/apk into a fresh SQLite store and prints APKs
per hour, per-APK seconds (median, p90, max) and the peak RSS of the worker processes, as a
Markdown table ready for docs/performance.md.
"""

from __future__ import annotations

import argparse
import statistics
import tempfile
import time
from pathlib import Path

from dexlego.store import open_store
from dexlego.triage.batch import Limits, run_batch
from dexlego.triage.work import TriageOptions

CORPUS = Path(__file__).resolve().parents[2] / "shared" / "droidbench" / "apk"


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--corpus", type=Path, default=CORPUS)
    parser.add_argument("--jobs", type=int, default=2)
    parser.add_argument("--analyzer", action="append", default=[])
    parser.add_argument("--limit", type=int, default=0, help="only the first N APKs")
    args = parser.parse_args()
    apks = sorted(args.corpus.rglob("*.apk"))
    if args.limit:
        apks = apks[: args.limit]
    with tempfile.TemporaryDirectory(prefix="bench-triage-") as tmp:
        url = f"sqlite:///{tmp}/bench.db"
        start = time.monotonic()
        with open_store(url) as store:
            report = run_batch(store, apks, Path(tmp) / "work",
                               TriageOptions(analyzers=tuple(args.analyzer), db_url=url),
                               jobs=args.jobs, limits=Limits(timeout_per_apk=600, memory_mb=4096))
        wall = time.monotonic() - start
    secs = sorted(a.seconds or 0.0 for a in report.apks)
    rss = [a.peak_rss_mb for a in report.apks if a.peak_rss_mb is not None]
    done = sum(1 for a in report.apks if a.status == "done")
    print("| APKs | jobs | analyzers | wall (s) | APKs/hour | per-APK s median / p90 / max "
          "| peak RSS per worker MB (median / max) | done / failed |")
    print("|---|---|---|---|---|---|---|---|")
    p90 = secs[int(0.9 * (len(secs) - 1))] if secs else 0.0
    print(f"| {len(apks)} | {args.jobs} | {', '.join(args.analyzer) or 'all'} | {wall:.0f} "
          f"| {len(apks) / wall * 3600:.0f} | {statistics.median(secs):.1f} / {p90:.1f} / {secs[-1]:.1f} "
          f"| {statistics.median(rss):.0f} / {max(rss):.0f} | {done} / {len(apks) - done} |")


if __name__ == "__main__":
    main()
