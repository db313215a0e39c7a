"""DEX round-trip benchmark: our reader + writer against `baksmali d` + `smali a`.

Run on demand (not part of the test suite):

    .venv/bin/python benchmarks/bench_dex.py [--dex FILE.dex|.apk] [--repeat N] [--no-docs]

Default input: classes.dex of DroidBench's EmulatorDetection/PlayStore2.apk (the largest corpus
DEX, 5.75 MB, 44,967 method ids). Each side runs in its own subprocess so its peak resident
memory (ru_maxrss) is its own; the best of N runs is kept for times, the largest peak for memory.
Both outputs are checked with `dexdump -c`. The table is printed and, unless --no-docs, written
to the "DEX toolkit" section of docs/performance.md.
"""

from __future__ import annotations

import argparse
import datetime
import json
import os
import platform
import resource
import shutil
import subprocess
import sys
import tempfile
import time
from pathlib import Path

REPO = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(REPO))

DEFAULT_APK = REPO.parent / "shared/droidbench/apk/EmulatorDetection/PlayStore2.apk"
DOC = REPO / "docs/performance.md"
SECTION = "## DEX toolkit"


def child_roundtrip(src: Path, dst: Path) -> None:
    """In a fresh interpreter: read + write, print timings and peak RSS as JSON."""
    from reassembler.dex.reader import read_dex
    from reassembler.dex.writer import write_dex_files

    data = src.read_bytes()
    t0 = time.perf_counter()
    dex = read_dex(data, name=src.name)
    t1 = time.perf_counter()
    files = write_dex_files(dex)
    t2 = time.perf_counter()
    dst.write_bytes(files[0])
    peak_kb = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss
    print(json.dumps({"read_s": t1 - t0, "write_s": t2 - t1, "peak_mb": peak_kb / 1024,
                      "files": len(files), "size": len(files[0])}))


def run_ours(src: Path, dst: Path) -> dict[str, float]:
    proc = subprocess.run(
        [sys.executable, __file__, "--child", str(src), str(dst)],
        capture_output=True, text=True, check=True,
    )
    result: dict[str, float] = json.loads(proc.stdout.strip().splitlines()[-1])
    return result


def run_timed(cmd: list[str]) -> tuple[float, float]:
    """Wall time and peak RSS (MB) of a command, measured from a wrapper process of its own."""
    wrapper = (
        "import resource, subprocess, sys, time\n"
        "t = time.perf_counter()\n"
        "subprocess.run(sys.argv[1:], check=True, capture_output=True)\n"
        "print(time.perf_counter() - t, "
        "resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss / 1024)\n"
    )
    proc = subprocess.run([sys.executable, "-c", wrapper, *cmd],
                          capture_output=True, text=True, check=True)
    seconds, peak = proc.stdout.split()
    return float(seconds), float(peak)


def dexdump_ok(path: Path) -> bool:
    from reassembler.dex.dexdump import run_dexdump

    return run_dexdump(path) == []


def extract(source: Path, work: Path) -> Path:
    from reassembler.dex.container import open_dex_inputs

    name, data = open_dex_inputs(source)[0]
    out = work / "input.dex"
    out.write_bytes(data)
    return out


def machine() -> str:
    try:
        cpu = next(line.split(":", 1)[1].strip()
                   for line in Path("/proc/cpuinfo").read_text().splitlines()
                   if line.startswith("model name"))
    except (OSError, StopIteration):
        cpu = platform.processor() or "unknown CPU"
    load = os.getloadavg()[0]
    mem_gb = os.sysconf("SC_PAGE_SIZE") * os.sysconf("SC_PHYS_PAGES") / 2**30
    return (f"{os.cpu_count()} cores ({cpu}), {mem_gb:.0f} GiB, Python "
            f"{platform.python_version()}, load average {load:.1f} at start")


def render(rows: list[tuple[str, str, str]], facts: dict[str, str]) -> str:
    lines = [
        SECTION,
        "",
        f"Measured {facts['date']} by `benchmarks/bench_dex.py` on {facts['machine']}.",
        f"Input: {facts['input']} ({facts['size']}). Best of {facts['repeat']} runs; peak =",
        "largest resident set (ru_maxrss) of the process doing the work. baksmali and smali run",
        "with their default thread count (one per core). Times are wall-clock: on a busy machine",
        "(see the load average) both sides slow down, the multi-threaded JVM tools more so.",
        "",
        "| step | seconds | peak MB |",
        "|---|---:|---:|",
        *[f"| {a} | {b} | {c} |" for a, b, c in rows],
        "",
        f"**Ours vs baksmali + smali: {facts['ratio']}** (our round trip takes that fraction of",
        "their time). Both outputs pass `dexdump -c`.",
        "",
    ]
    return "\n".join(lines)


def update_doc(section: str) -> None:
    text = DOC.read_text() if DOC.exists() else "# Performance\n\nOn-demand benchmarks " \
        "(`benchmarks/`); figures are rewritten by the scripts that measure them.\n\n"
    start = text.find(SECTION)
    if start < 0:
        text = text.rstrip("\n") + "\n\n" + section
    else:
        end = text.find("\n## ", start + len(SECTION))
        text = text[:start] + section + (text[end + 1:] if end >= 0 else "")
    DOC.write_text(text.rstrip("\n") + "\n")


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--dex", type=Path, default=DEFAULT_APK, help="a .dex or .apk")
    parser.add_argument("--repeat", type=int, default=1)
    parser.add_argument("--no-docs", action="store_true")
    parser.add_argument("--child", nargs=2, type=Path, help=argparse.SUPPRESS)
    args = parser.parse_args()
    if args.child:
        child_roundtrip(*args.child)
        return 0
    if not args.dex.exists():
        print(f"bench_dex: error: {args.dex}: not found (DroidBench corpus missing?)",
              file=sys.stderr)
        return 2
    for tool in ("baksmali", "smali", "dexdump"):
        if shutil.which(tool) is None:
            print(f"bench_dex: error: {tool} is not installed", file=sys.stderr)
            return 2
    with tempfile.TemporaryDirectory(prefix="bench-dex-") as tmp:
        work = Path(tmp)
        src = extract(args.dex, work)
        ours_out = work / "ours.dex"
        smali_dir = work / "smali"
        smali_out = work / "smali.dex"
        best: dict[str, float] = {}
        peaks: dict[str, float] = {}

        def keep(key: str, seconds: float, peak: float) -> None:
            best[key] = min(best.get(key, float("inf")), seconds)
            peaks[key] = max(peaks.get(key, 0.0), peak)

        for _ in range(args.repeat):
            ours = run_ours(src, ours_out)
            keep("read", ours["read_s"], ours["peak_mb"])
            keep("write", ours["write_s"], ours["peak_mb"])
            keep("ours", ours["read_s"] + ours["write_s"], ours["peak_mb"])
            shutil.rmtree(smali_dir, ignore_errors=True)
            keep("baksmali", *run_timed(["baksmali", "d", str(src), "-o", str(smali_dir)]))
            keep("smali", *run_timed(["smali", "a", str(smali_dir), "-o", str(smali_out)]))
        theirs = best["baksmali"] + best["smali"]
        if not (dexdump_ok(ours_out) and dexdump_ok(smali_out)):
            print("bench_dex: error: an output fails dexdump -c", file=sys.stderr)
            return 1
        rows = [
            ("ours: read_dex", f"{best['read']:.2f}", ""),
            ("ours: write_dex_files", f"{best['write']:.2f}", ""),
            ("**ours: round trip**", f"**{best['ours']:.2f}**", f"{peaks['ours']:.0f}"),
            ("baksmali d", f"{best['baksmali']:.2f}", f"{peaks['baksmali']:.0f}"),
            ("smali a", f"{best['smali']:.2f}", f"{peaks['smali']:.0f}"),
            ("**baksmali + smali**", f"**{theirs:.2f}**",
             f"{max(peaks['baksmali'], peaks['smali']):.0f}"),
        ]
        facts = {
            "date": datetime.datetime.now(datetime.UTC).strftime("%Y-%m-%d %H:%M UTC"),
            "machine": machine(),
            "input": "PlayStore2.apk classes.dex" if args.dex == DEFAULT_APK else args.dex.name,
            "size": f"{src.stat().st_size / 1e6:.2f} MB",
            "repeat": str(args.repeat),
            "ratio": f"{best['ours'] / theirs:.2f}x ({theirs / best['ours']:.1f} times faster)",
        }
    section = render(rows, facts)
    print(section)
    if not args.no_docs:
        update_doc(section)
        print(f"written to {DOC.relative_to(REPO)}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
