"""Triage throughput and peak memory per worker on a corpus (default: DroidBench).

    .venv/bin/python -m benchmarks.bench_triage [--corpus DIR] [--jobs 2] [--analyzer NAME ...]
        [--limit N] [--analyzer-timeout S] [--analyzer-memory MB] [--memory-per-apk MB]
        [--timeout-per-apk S]

Runs `dexlego triage` over the corpus into a fresh SQLite store and prints APKs per hour,
per-APK seconds (median, p90, max) and the peak resident memory per worker (the APK's isolated
child and everything it started, analyzers included), as a Markdown table ready for
docs/performance.md; failed APKs are listed with their reasons.
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
    parser.add_argument("--analyzer-timeout", type=float, default=900)
    parser.add_argument("--analyzer-memory", type=int, default=4096)
    parser.add_argument("--timeout-per-apk", type=float, default=1800)
    parser.add_argument("--memory-per-apk", type=int, default=6144)
    args = parser.parse_args()
    apks = sorted(args.corpus.rglob("*.apk"))
    if args.limit:
        apks = apks[: args.limit]
    with tempfile.TemporaryDirectory(prefix="bench-triage-") as tmp:
        url = f"sqlite:///{tmp}/bench.db"
        start = time.monotonic()
        with open_store(url) as store:
            opts = TriageOptions(analyzers=tuple(args.analyzer), db_url=url,
                                 analyzer_timeout=args.analyzer_timeout or None,
                                 analyzer_memory_mb=args.analyzer_memory or None)
            report = run_batch(store, apks, Path(tmp) / "work", opts, jobs=args.jobs,
                               limits=Limits(timeout_per_apk=args.timeout_per_apk,
                                             memory_mb=args.memory_per_apk))
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
    for a in report.apks:
        if a.status != "done":
            print(f"- {Path(a.path).name}: {a.error}")


if __name__ == "__main__":
    main()
