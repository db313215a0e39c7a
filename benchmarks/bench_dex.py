"""DEX round-trip benchmark: our reader + writer against dexlib2's in-memory rewrite.

Run on demand (not part of the test suite):

    .venv/bin/python benchmarks/bench_dex.py [--input FILE ...] [--repeat N] [--no-smali] [--no-docs]

What is compared, per input app (each of its DEX files rewritten on its own, as
`dexlego dex roundtrip` does): ours = `read_dex(lazy=True)` + `write_dex_files`; dexlib2 =
`DexBackedDexFile` + `DexPool.internClass` for every class + `DexPool.writeTo` a
`MemoryDataStore` (benchmarks/DexlibRewrite.java, compiled here against Debian's libsmali-java).
Each run is a fresh process (a cold interpreter with bytecode caches / a cold JVM with its
default flags); both print the seconds their rewrite took (files already in memory; our
imports and dexlib2's class loading included, interpreter and JVM start-up not), and the
process's wall time, CPU time (all threads) and peak resident set (ru_maxrss, from wait4) are
taken from outside. Runs alternate between the two tools (ours first on odd rounds, dexlib2
first on even ones); medians of `--repeat` rounds (default 5).
Every output must pass `dexdump -c`, and ours must diff equal (`diff_dex`) to its input.

Default inputs: PlayStore2.apk's classes.dex (the largest DroidBench DEX, 5.75 MB) and a
multidex real-world app. ../shared holds no APK with classes2.dex, so one is assembled here from
the two largest real-world DEX files, insecureShop.apk's (6.19 MB, the largest DEX in ../shared)
as classes.dex and AndroGoat.apk's (4.45 MB) as classes2.dex, bytes unchanged.

Where the time goes (cProfile, before and after issue 20): benchmarks/profile_dex.py.
The older comparison through smali text (`baksmali d` + `smali a`, ~40 s and 2 GB) runs once on
the first input after the rounds; `--no-smali` skips it.
The results are printed and, unless --no-docs, written to the "DEX toolkit" section of
docs/performance.md.
"""

from __future__ import annotations

import argparse
import datetime
import json
import os
import platform
import shutil
import statistics
import subprocess
import sys
import tempfile
import time
import zipfile
from dataclasses import dataclass, field
from pathlib import Path

REPO = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(REPO))

SHARED = REPO.parent / "shared"
PLAYSTORE2 = SHARED / "droidbench/apk/EmulatorDetection/PlayStore2.apk"
REALWORLD = SHARED / "realworld/apk"
MULTIDEX_PARTS = ("insecureShop.apk", "AndroGoat.apk")  # classes.dex, classes2.dex
MULTIDEX_NAME = "realworld-multidex (insecureShop + AndroGoat)"
DOC = REPO / "docs/performance.md"
SECTION = "## DEX toolkit"
DRIVER = Path(__file__).resolve().parent / "DexlibRewrite.java"
JARS = [Path("/usr/share/java") / j for j in ("dexlib2.jar", "guava.jar")]


# --------------------------------------------------------------------------
# The two children


def child_ours(outdir: Path, inputs: list[Path]) -> None:
    """In a fresh interpreter: our rewrite of every input; prints its seconds as JSON. The
    timing includes importing the reader and writer, as the JVM's includes loading dexlib2's
    classes."""
    data = [p.read_bytes() for p in inputs]
    read_s = write_s = 0.0
    outputs: list[bytes] = []
    start = time.perf_counter()
    from reassembler.dex.reader import read_dex
    from reassembler.dex.writer import write_dex_files

    for blob, path in zip(data, inputs, strict=True):
        t0 = time.perf_counter()
        model = read_dex(blob, name=path.name, lazy=True)
        t1 = time.perf_counter()
        outputs.extend(write_dex_files(model))
        del model  # one model at a time, as `dexlego dex roundtrip` does
        t2 = time.perf_counter()
        read_s += t1 - t0
        write_s += t2 - t1
    seconds = time.perf_counter() - start
    for i, blob in enumerate(outputs, 1):
        (outdir / f"{i}.dex").write_bytes(blob)
    print(json.dumps({"seconds": seconds, "read_s": read_s, "write_s": write_s,
                      "sizes": [len(b) for b in outputs]}))


@dataclass
class Run:
    seconds: float  # the rewrite itself, timed inside the process
    wall: float  # the whole process
    cpu: float  # user + system time of the process, all threads
    peak_mb: float
    extra: dict[str, float] = field(default_factory=dict)


# Our children run as an installed package does: with bytecode caches (some sandboxes set
# PYTHONDONTWRITEBYTECODE, which would make every run compile our sources; the JVM loads
# compiled classes too). main() writes the caches once before the rounds.
CHILD_ENV = {k: v for k, v in os.environ.items() if k != "PYTHONDONTWRITEBYTECODE"}


def run_child(cmd: list[str]) -> Run:
    """Run `cmd`, returning its own timing (JSON on stdout) and its rusage from wait4."""
    started = time.perf_counter()
    proc = subprocess.Popen(cmd, stdout=subprocess.PIPE, stderr=subprocess.PIPE, env=CHILD_ENV)
    _, status, usage = os.wait4(proc.pid, 0)
    wall = time.perf_counter() - started
    assert proc.stdout is not None and proc.stderr is not None
    out, err = proc.stdout.read().decode(), proc.stderr.read().decode()
    proc.returncode = os.waitstatus_to_exitcode(status)
    if proc.returncode != 0:
        raise SystemExit(f"bench_dex: error: {cmd[0]} failed ({proc.returncode}): {err.strip()[-500:]}")
    result = json.loads(out.strip().splitlines()[-1])
    extra = {k: float(v) for k, v in result.items() if k in ("read_s", "write_s")}
    return Run(float(result["seconds"]), wall, usage.ru_utime + usage.ru_stime,
               usage.ru_maxrss / 1024, extra)


def compile_driver(work: Path) -> list[str]:
    """javac DexlibRewrite.java into `work`; returns the java command prefix."""
    classpath = ":".join(str(j) for j in JARS)
    subprocess.run(["javac", "-cp", classpath, "-d", str(work), str(DRIVER)],
                   check=True, capture_output=True, timeout=300)
    return ["java", "-cp", f"{work}:{classpath}", "DexlibRewrite"]


# --------------------------------------------------------------------------
# Inputs


@dataclass
class Input:
    label: str
    files: list[Path]  # the DEX files, extracted


def extract(source: Path, work: Path, label: str) -> Input:
    from reassembler.dex.container import open_dex_inputs

    folder = work / f"in-{len(list(work.glob('in-*')))}"
    folder.mkdir()
    files = []
    for name, data in open_dex_inputs(source):
        path = folder / name
        path.write_bytes(data)
        files.append(path)
    return Input(label, files)


def multidex_app(work: Path) -> Path:
    """An APK whose classes.dex and classes2.dex are the two largest real-world DEX files."""
    from reassembler.dex.container import open_dex_inputs

    apk = work / "realworld-multidex.apk"
    with zipfile.ZipFile(apk, "w", zipfile.ZIP_STORED) as out:
        for name, part in zip(("classes.dex", "classes2.dex"), MULTIDEX_PARTS, strict=True):
            out.writestr(name, open_dex_inputs(REALWORLD / part)[0][1])
    return apk


def describe(inp: Input) -> str:
    sizes = " + ".join(f"{p.stat().st_size / 1e6:.2f} MB" for p in inp.files)
    return f"{inp.label}: {len(inp.files)} DEX ({sizes})"


# --------------------------------------------------------------------------
# Checks, machine


def check_outputs(inp: Input, ours: Path, theirs: Path) -> list[str]:
    from reassembler.dex.dexdump import run_dexdump
    from reassembler.dex.diff import diff_dex
    from reassembler.dex.reader import read_dex

    problems: list[str] = []
    for tool, folder in (("ours", ours), ("dexlib2", theirs)):
        outputs = sorted(folder.glob("*.dex"), key=lambda p: int(p.stem))
        if len(outputs) != len(inp.files):
            problems.append(f"{tool}: {len(outputs)} files for {len(inp.files)} inputs")
        for out in outputs:
            errors = run_dexdump(out)
            if errors:
                problems.append(f"{tool} {out.name}: dexdump -c: {errors[0]}")
    for src, out in zip(inp.files, sorted(ours.glob("*.dex"), key=lambda p: int(p.stem)),
                        strict=False):
        differences = diff_dex(read_dex(src.read_bytes(), name=src.name),
                               read_dex(out.read_bytes(), name=out.name))
        if differences:
            problems.append(f"ours {src.name}: differs from its input: {differences[0]}")
    return problems


def busy_processes(limit: int = 6) -> str:
    """The busiest other processes right now (ps), as 'name cpu%' items."""
    try:
        out = subprocess.run(["ps", "-eo", "pcpu,comm", "--sort=-pcpu", "--no-headers"],
                             capture_output=True, text=True, timeout=10).stdout
    except (OSError, subprocess.SubprocessError):
        return "unknown"
    rows = [line.split(None, 1) for line in out.splitlines() if line.strip()]
    busy = [f"{name.strip()} {cpu}%" for cpu, name in rows if float(cpu) >= 5.0]
    return ", ".join(busy[:limit]) or "none above 5% CPU"


def machine() -> str:
    try:
        cpu = next(line.split(":", 1)[1].strip()
                   for line in Path("/proc/cpuinfo").read_text().splitlines()
                   if line.startswith("model name"))
    except (OSError, StopIteration):
        cpu = platform.processor() or "unknown CPU"
    mem_gb = os.sysconf("SC_PAGE_SIZE") * os.sysconf("SC_PHYS_PAGES") / 2**30
    java = subprocess.run(["java", "-version"], capture_output=True, text=True).stderr.split("\n")[0]
    return (f"{os.cpu_count()} cores ({cpu}), {mem_gb:.0f} GiB, Python "
            f"{platform.python_version()}, {java.strip()}, dexlib2 "
            f"{Path('/usr/share/java/dexlib2.jar').resolve().name.removeprefix('dexlib2-')[:-4]}")


# --------------------------------------------------------------------------
# Report


def med(values: list[float]) -> float:
    return statistics.median(values)


def render(results: list[tuple[Input, list[Run], list[Run]]], facts: dict[str, str],
           smali: list[str]) -> str:
    lines = [
        SECTION,
        "",
        f"Measured {facts['date']} by `{facts['command']}` on {facts['machine']}.",
        f"Load average {facts['load_start']} at start, {facts['load_end']} at the end; busiest "
        f"other processes at start: {facts['busy']}.",
        "",
        "Ours = `read_dex(lazy=True)` + `write_dex_files`; dexlib2 = its in-memory rewrite "
        "(`DexBackedDexFile`, every class interned into a `DexPool`, written to a "
        "`MemoryDataStore`; benchmarks/DexlibRewrite.java). Each DEX file of an app is rewritten "
        "on its own. *rewrite* = seconds the rewrite took inside the process (input already "
        "in memory; our modules' import and dexlib2's class loading included); *process* = "
        "wall time of the whole process (interpreter or JVM start-up "
        "included); *CPU* = user + system seconds of the process, all threads (the JVM compiles "
        "and collects garbage on other threads); *peak* = largest resident set (ru_maxrss). "
        f"Medians of {facts['repeat']} rounds, the two tools alternating; peak = largest.",
        "",
        "| input | tool | rewrite s | process s | CPU s | peak MB |",
        "|---|---|---:|---:|---:|---:|",
    ]
    ratios = []
    for inp, ours, theirs in results:
        for tool, runs in (("ours", ours), ("dexlib2", theirs)):
            lines.append(
                f"| {describe(inp)} | {tool} | {med([r.seconds for r in runs]):.2f} | "
                f"{med([r.wall for r in runs]):.2f} | {med([r.cpu for r in runs]):.2f} | "
                f"{max(r.peak_mb for r in runs):.0f} |")
        rewrite = med([r.seconds for r in ours]) / med([r.seconds for r in theirs])
        process = med([r.wall for r in ours]) / med([r.wall for r in theirs])
        cpu = med([r.cpu for r in ours]) / med([r.cpu for r in theirs])
        ratios.append(f"- {inp.label}: **ours / dexlib2 = {rewrite:.2f}** (rewrite), "
                      f"{process:.2f} (whole process), {cpu:.2f} (CPU); ours read "
                      f"{med([r.extra['read_s'] for r in ours]):.2f} s + write "
                      f"{med([r.extra['write_s'] for r in ours]):.2f} s; our peak "
                      f"{max(r.peak_mb for r in ours):.0f} MB.")
    lines += ["", *ratios, "",
              "All outputs pass `dexdump -c`; ours diff equal (`diff_dex`) to their inputs.", "",
              "Both tools slow down on a loaded machine, dexlib2 (a JVM whose JIT compiler and "
              "collector threads compete for the same cores) more than ours, so the ratios "
              "flatter us as the load average rises: compare runs made at similar load.", ""]
    if any(inp.label == MULTIDEX_NAME for inp, _, _ in results):
        lines += ["No APK in ../shared/realworld has a classes2.dex, so the multidex input is "
                  "assembled from the two largest real-world DEX files (bytes unchanged).", ""]
    lines += smali
    return "\n".join(lines)


def update_doc(section: str) -> None:
    from docsections import update_section

    update_section(DOC, SECTION, section, new_doc="# Performance\n\nOn-demand benchmarks "
                   "(`benchmarks/`); figures are rewritten by the scripts that measure them.\n\n")


def run_plain(cmd: list[str]) -> tuple[float, float]:
    """Wall seconds and peak resident MB (wait4) of a command that prints nothing we need."""
    started = time.perf_counter()
    proc = subprocess.Popen(cmd, stdout=subprocess.DEVNULL, stderr=subprocess.PIPE)
    _, status, usage = os.wait4(proc.pid, 0)
    seconds = time.perf_counter() - started
    if os.waitstatus_to_exitcode(status) != 0:
        assert proc.stderr is not None
        raise SystemExit(f"bench_dex: error: {cmd[0]} failed: {proc.stderr.read().decode()[-500:]}")
    return seconds, usage.ru_maxrss / 1024


def smali_rows(inp: Input, work: Path, ours: list[Run]) -> list[str]:
    """The older comparison, once: `baksmali d` + `smali a` on the first DEX of `inp`."""
    src = inp.files[0]
    dis, dis_peak = run_plain(["baksmali", "d", str(src), "-o", str(work / "smali")])
    asm, asm_peak = run_plain(["smali", "a", str(work / "smali"), "-o", str(work / "smali.dex")])
    from reassembler.dex.dexdump import run_dexdump

    if run_dexdump(work / "smali.dex"):
        raise SystemExit("bench_dex: error: smali's output fails dexdump -c")
    total = dis + asm
    return [f"Through smali text instead (one run, after the rounds above; wall time, both tools "
            f"with their default thread count): {src.name} of {inp.label}: `baksmali d` "
            f"{dis:.2f} s ({dis_peak:.0f} MB) + `smali a` {asm:.2f} s ({asm_peak:.0f} MB) = "
            f"{total:.2f} s; our rewrite (median above) takes "
            f"{med([r.seconds for r in ours]) / total:.2f} of that. `--no-smali` skips it.", ""]


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--input", type=Path, action="append",
                        help="a .dex or an APK/JAR (all its classes*.dex); repeatable")
    parser.add_argument("--repeat", type=int, default=5)
    parser.add_argument("--no-smali", action="store_true",
                        help="skip the one baksmali d + smali a run")
    parser.add_argument("--no-docs", action="store_true")
    parser.add_argument("--child-ours", nargs="+", type=Path, help=argparse.SUPPRESS)
    args = parser.parse_args()
    if args.child_ours:
        child_ours(args.child_ours[0], args.child_ours[1:])
        return 0
    for tool in ("java", "javac", "dexdump", *(() if args.no_smali else ("baksmali", "smali"))):
        if shutil.which(tool) is None:
            print(f"bench_dex: error: {tool} is not installed (scripts/setup.sh)", file=sys.stderr)
            return 2
    missing = [j for j in JARS if not j.is_file()]
    if missing:
        print(f"bench_dex: error: {missing[0]} is missing (libsmali-java)", file=sys.stderr)
        return 2
    command = "benchmarks/bench_dex.py " + " ".join(sys.argv[1:])
    load_start = f"{os.getloadavg()[0]:.1f}"
    busy = busy_processes()
    with tempfile.TemporaryDirectory(prefix="bench-dex-") as tmp:
        work = Path(tmp)
        if args.input:
            sources = [(p.name, p) for p in args.input]
        else:
            for part in (PLAYSTORE2, *(REALWORLD / p for p in MULTIDEX_PARTS)):
                if not part.is_file():
                    print(f"bench_dex: error: {part}: not found (../shared missing?)",
                          file=sys.stderr)
                    return 2
            sources = [("PlayStore2.apk", PLAYSTORE2), (MULTIDEX_NAME, multidex_app(work))]
        inputs = [extract(path, work, label) for label, path in sources]
        java = compile_driver(work)
        subprocess.run([sys.executable, "-c", "import reassembler.dex.reader, "
                        "reassembler.dex.writer"], check=True, env=CHILD_ENV, cwd=REPO)
        results: list[tuple[Input, list[Run], list[Run]]] = []
        for n, inp in enumerate(inputs):
            ours_dir, theirs_dir = work / f"ours-{n}", work / f"dexlib2-{n}"
            ours_dir.mkdir()
            theirs_dir.mkdir()
            ours: list[Run] = []
            theirs: list[Run] = []
            files = [str(p) for p in inp.files]
            for round_ in range(args.repeat):
                steps = [
                    (ours, [sys.executable, __file__, "--child-ours", str(ours_dir), *files]),
                    (theirs, [*java, str(theirs_dir), *files]),
                ]
                for runs, cmd in steps if round_ % 2 == 0 else steps[::-1]:
                    runs.append(run_child(cmd))
                    print(f"{inp.label} round {round_ + 1}: {'ours' if runs is ours else 'dexlib2'}"
                          f" {runs[-1].seconds:.2f} s", file=sys.stderr)
            problems = check_outputs(inp, ours_dir, theirs_dir)
            if problems:
                print("bench_dex: error: " + "; ".join(problems), file=sys.stderr)
                return 1
            results.append((inp, ours, theirs))
        smali = [] if args.no_smali else smali_rows(inputs[0], work, results[0][1])
        facts = {
            "date": datetime.datetime.now(datetime.UTC).strftime("%Y-%m-%d %H:%M UTC"),
            "command": command.strip(),
            "machine": machine(),
            "load_start": load_start,
            "load_end": f"{os.getloadavg()[0]:.1f}",
            "busy": busy,
            "repeat": str(args.repeat),
        }
        section = render(results, facts, smali)
    print(section)
    if not args.no_docs:
        update_doc(section)
        print(f"written to {DOC.relative_to(REPO)}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
