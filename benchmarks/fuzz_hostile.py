"""Hostile-input harness (on demand): crafted DEX files, trace files, archives and apps, each
through the entry points an analyst uses, with outcomes, peak memory and time by class.

    .venv/bin/python benchmarks/fuzz_hostile.py [--seed 18] [--cases 40] [--large] [--json OUT]

Classes (generators in tests/fuzz/):
- DEX (dexcraft.py): string/id aliasing, shared class data/code/debug info/static values/
  annotations, huge counts, overlong LEB128, invalid MUTF-8, map corruption, truncation, byte
  flips, code flips; `--cases` seeded mutants each of a small and a medium seed, read by
  `read_dex` as `dex verify` reads (bad_code="throw": code that does not decode becomes a
  body throwing VerifyError, as ART's method verifier fails the class); an
  accepted one is checked with `dexdump -c` (ART's DexFileVerifier) and round-tripped eagerly
  and lazily (tests/fuzz/outcome.py), a rejected one is given to `dexdump -c` too. One worker
  process per class: its peak RSS is the class's.
- Traces (traces.py): `dexlego trace import` and `trace validate` on huge integers,
  out-of-range timestamps, lone surrogates, a line over the 96 MiB limit, a junk flood, and a
  `dynamic_load` delivering an amplified DEX (then `dexlego reassemble`).
- Archives (archives.py): zip bombs (flat, nested in a jar), a truncated APK, a `../` entry,
  an unreadable path, through `dex verify`, `analyze -a apkid` and `triage`.
- Apps: an app keeping large arrays and one doubling a string, in the emulator (vm/heap.py).
- `--large`: the issue's amplified DEX files (string aliasing ~0.45 MB, shared class data
  ~0.6 MB, shared code ~1.8 MB) through `dex verify`, `collect` and `reassemble`; a
  10.6 GB zip bomb; a 1.5 GiB line; 3,000,000 junk lines. Generated inputs are cached in
  --workdir (the zip bomb takes minutes to write).
- Real files (`--only real`, part of the default): every distinct DEX of ../shared read in
  full, its shared items' expansion against the reader's budget, `dexdump -c`'s verdict.

An outcome is *clean* when the input is rejected with one line naming it (exit status 1 or 2,
no traceback) or accepted with a correct result. Every child runs under a 6 GB address-space
cap; a run over 1.5 GB of peak RSS or 120 s of CPU is reported as over the issue's limits.
`--summary OUT.json` prints the tables of an earlier `--json` run again.
"""

from __future__ import annotations

import argparse
import hashlib
import json
import os
import random
import resource
import shutil
import signal
import subprocess
import sys
import tempfile
import threading
import time
import traceback
from collections import Counter
from pathlib import Path
from typing import Any

REPO = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(REPO))

CLI = [sys.executable, "-m", "dexlego.cli.main"]
BASE_APK = REPO.parent / "shared/droidbench/apk/Reflection/Reflection1.apk"
LIMIT_RSS_MB = 1536
LIMIT_SECONDS = 120.0
CAP_BYTES = 6 * 1024**3


# -- measuring children ----------------------------------------------------------------------


def _cap() -> None:
    resource.setrlimit(resource.RLIMIT_AS, (CAP_BYTES, CAP_BYTES))


def measured(cmd: list[str], *, timeout: float = 900, env: dict[str, str] | None = None
             ) -> dict[str, Any]:
    """Run `cmd`; its exit status, stdout/stderr tails, wall time, CPU time and peak RSS
    (wait4's rusage: the child and the descendants it reaped). On a shared machine the wall
    time grows with the load; the CPU time does not."""
    with tempfile.TemporaryFile() as out, tempfile.TemporaryFile() as err:
        started = time.monotonic()
        proc = subprocess.Popen(cmd, stdout=out, stderr=err, cwd=REPO, preexec_fn=_cap,
                                env={**os.environ, **(env or {})}, start_new_session=True)
        timer = threading.Timer(timeout, lambda: os.killpg(proc.pid, signal.SIGKILL))
        timer.start()
        try:
            _, status, usage = os.wait4(proc.pid, 0)
        finally:
            timer.cancel()
        proc.returncode = os.waitstatus_to_exitcode(status)
        seconds = time.monotonic() - started
        out.seek(0)
        err.seek(0)
        stdout, stderr = out.read(), err.read()
    return {"cmd": " ".join(str(c) for c in cmd[2:]), "exit": proc.returncode,
            "seconds": round(seconds, 1), "rss_mb": round(usage.ru_maxrss / 1024),
            "cpu_s": round(usage.ru_utime + usage.ru_stime, 1),
            "stdout": stdout.decode(errors="replace")[-20000:],
            "stderr": stderr.decode(errors="replace")[-2000:]}


def clean_cli(result: dict[str, Any], ok_exits: tuple[int, ...] = (0, 1, 2)) -> bool:
    """No traceback, an expected status, and when it failed, one `dexlego:` line last on
    stderr (click's own usage errors end in `Error:`; `trace validate` reports on stdout)."""
    err = result["stderr"]
    if "Traceback" in err or result["exit"] not in ok_exits:
        return False
    if result["exit"] == 0 or " validate " in f" {result['cmd']} ":
        return True
    last = [ln for ln in err.strip().splitlines() if ln.strip()]
    return bool(last) and last[-1].startswith(("dexlego", "Error: "))


# -- DEX classes (worker) --------------------------------------------------------------------


def art_rejects(data: bytes) -> bool | None:
    """Whether `dexdump -c` (ART's DexFileVerifier) rejects `data`; None without dexdump."""
    from reassembler.dex.dexdump import dexdump_available, run_dexdump

    if not dexdump_available():
        return None
    with tempfile.TemporaryDirectory() as tmp:
        path = Path(tmp) / "crafted.dex"
        path.write_bytes(data)
        return bool(run_dexdump(path))


def dex_worker(kind: str, cases: int, seed: int) -> dict[str, Any]:
    from tests.fuzz.dexcraft import MUTATORS, seed_dex
    from tests.fuzz.outcome import check_dex

    seeds = [seed_dex(8), seed_dex(120, methods=3, big_method=2000)]
    rng = random.Random(f"{seed}/{kind}")
    tally: Counter[str] = Counter()
    examples: dict[str, str] = {}
    worst = 0.0
    for case in range(cases):
        data = MUTATORS[kind](rng, seeds[case % 2])
        started = time.monotonic()
        try:
            out = check_dex(data, bad_code="throw")  # as `dex verify` and the pipeline read
        except Exception as exc:  # noqa: BLE001 - the harness records what escaped
            tally["unclean"] += 1
            examples.setdefault("unclean", f"{type(exc).__name__}: {exc}"[:300])
            examples.setdefault("unclean trace", traceback.format_exc()[-1500:])
            continue
        worst = max(worst, time.monotonic() - started)
        tally["tried"] += 1
        if not out.accepted:
            tally["rejected" if out.clean else "unclean"] += 1
            examples.setdefault("rejected", out.message[:200])
            art = art_rejects(data)
            if art is not None:
                tally["dexdump rejects too" if art else "dexdump accepts"] += 1
                if not art:
                    examples.setdefault("dexdump accepts", out.message[:200])
            continue
        tally["accepted"] += 1
        if out.dexdump is not None:
            tally["dexdump agrees" if not out.dexdump else "dexdump disagrees"] += 1
            if out.dexdump:
                examples.setdefault("dexdump disagrees", out.dexdump[0][:200])
        for r in out.roundtrip:
            tally["roundtrip " + r.split(":")[0]] += 1
            if r.startswith("differ"):
                examples.setdefault("roundtrip differ", r[:200])
    return {"class": kind, "tally": dict(tally), "max_case_seconds": round(worst, 2),
            "examples": examples}


def run_dex_classes(cases: int, seed: int) -> list[dict[str, Any]]:
    from tests.fuzz.dexcraft import MUTATORS

    rows = []
    for kind in MUTATORS:
        res = measured([sys.executable, __file__, "--worker", "dex", "--kind", kind,
                        "--cases", str(cases), "--seed", str(seed)])
        try:
            row = json.loads(res["stdout"].strip().splitlines()[-1])
        except (ValueError, IndexError):
            row = {"class": kind, "tally": {"unclean": cases}, "examples": {
                "worker": res["stderr"][-500:]}}
        row.update(rss_mb=res["rss_mb"], seconds=res["seconds"], cpu_s=res["cpu_s"])
        rows.append(row)
        print(f"  dex {kind}: {row['tally']} {res['rss_mb']} MB {res['seconds']} s", flush=True)
    return rows


# -- the real DEX files of ../shared (worker): what the structural rules cost real apps -------


def real_worker() -> dict[str, Any]:
    """Every distinct DEX of ../shared's APKs read in full (as `dex verify` reads it, methods
    that do not decode read as throwing bodies as packers need): rejections, and the shared
    items' expansion charged against AMPLIFICATION_FACTOR x the file's size; `dexdump -c`'s
    verdict on each."""
    from reassembler.dex.errors import DexError
    from reassembler.dex.reader import _Reader

    sys.path.insert(0, str(REPO / "benchmarks"))  # the script's own folder, also when imported
    from dex_corpus import distinct_dex

    rows: list[dict[str, Any]] = []
    for _corpus, _root, apk, name, data in distinct_dex(nested=False, skipped=lambda apk, why: (
            rows.append({"apk": apk.name, "dex": "", "error": why[:200]}))):
        reader = _Reader(bytes(data), name, bad_code="throw", warn=lambda _msg: None)
        row: dict[str, Any] = {"apk": apk.name, "dex": name, "size": len(data)}
        try:
            reader.read(decode_code=True, verify_checksum=True)
            row["ratio"] = round(reader.expanded / len(data), 4)
        except DexError as exc:
            row["error"] = str(exc)[:200]
        row["dexdump_rejects"] = art_rejects(data)
        rows.append(row)
    return {"files": rows}


# -- apps in the emulator (worker) -----------------------------------------------------------


def app_worker(kind: str) -> dict[str, Any]:
    from dexlego.emulator.dexload import load_dex
    from dexlego.emulator.errors import StopRun
    from dexlego.emulator.framework.registry import load_all
    from dexlego.emulator.recorder import Recorder
    from dexlego.emulator.vm.machine import VM
    from reassembler.sigs import parse_method
    from tests.emulator.test_heap import _app

    vm = VM(Recorder(), natives=load_all(), budget=20_000_000, timeout=300.0, seed=1)
    vm.app_loader.add(load_dex(_app(), "hog.dex"))
    sig, arg = {"array hog": ("Lt/Hog;->keep(I)I", 100_000),
                "string doubling": ("Lt/Hog;->double(I)I", 64)}[kind]
    try:
        result = vm.invoke(vm.resolve_static(parse_method(sig)), [arg])
        return {"class": kind, "outcome": f"returned {result} (OutOfMemoryError caught by the app "
                                          f"after {result} arrays)"}
    except StopRun as stop:
        return {"class": kind, "outcome": f"run ended: {stop.reason}"}


# -- traces, archives, large inputs ----------------------------------------------------------


def result_note(stdout: str) -> str:
    """What an accepted input produced, from `--json` output or `trace validate`'s tally:
    each analyzer's peak RSS and anti-analysis findings, the reassembler's warnings."""
    try:
        doc = json.loads(stdout)
    except ValueError:
        tail = [ln for ln in stdout.strip().splitlines() if ln.strip()]
        return tail[-1][:220] if tail else ""
    if not isinstance(doc, dict):
        return ""
    # an analyzer runs in a forkserver's child, which wait4's rusage does not count
    notes = [f"{r['analyzer']} peak {r['peak_rss_mb']} MB" for r in doc.get("results", [])
             if r.get("peak_rss_mb") is not None]
    notes += [f"{f['label']}: {f['detail']}" for r in doc.get("results", [])
              for f in r.get("findings", []) if f.get("kind") == "anti_analysis"]
    notes += [str(w) for w in doc.get("warnings", []) or doc.get("report", {}).get("warnings", [])]
    return "; ".join(notes)[:220]


def last_line(res: dict[str, Any]) -> str:
    """The last line on stderr, or what an accepted input produced."""
    tail = [ln for ln in res["stderr"].strip().splitlines() if ln.strip()]
    return tail[-1][:220] if tail else result_note(res["stdout"])


def run_cli_cases(cases: list[tuple[str, str, list[str], tuple[int, ...]]]) -> list[dict[str, Any]]:
    rows = []
    for group, name, cmd, ok in cases:
        res = measured(CLI + cmd)
        res.update(group=group, name=name, clean=clean_cli(res, ok))
        res["message"] = last_line(res)
        rows.append(res)
        print(f"  {group} {name}: exit {res['exit']} clean={res['clean']} {res['rss_mb']} MB "
              f"{res['seconds']} s ({res['cpu_s']} s CPU) {res['message'][:120]}", flush=True)
    return rows


def trace_cases(work: Path, large: bool) -> list[tuple[str, str, list[str], tuple[int, ...]]]:
    from tests.fuzz import traces
    from tests.fuzz.dexcraft import seed_dex, share_code

    out: list[tuple[str, str, list[str], tuple[int, ...]]] = []
    (work / "traces.db").unlink(missing_ok=True)  # run ids start at 1 on every harness run
    db = f"sqlite:///{work / 'traces.db'}"
    made = {name: make(work / f"trace-{i}.jsonl") for i, (name, make) in enumerate(traces.SMALL.items())}
    made["line over the limit (97 MiB)"] = traces.overlong_line(work / "trace-97m.jsonl",
                                                                 97 * 1024 * 1024)
    if large:
        big = work / "trace-1.5g.jsonl"
        if not big.exists():
            traces.overlong_line(big, 1536 * 1024 * 1024)
        made["line over the limit (1.5 GiB)"] = big
        flood = work / "trace-3m.jsonl"
        if not flood.exists():
            traces.junk_flood(flood, 3_000_000)
        made["junk flood (3,000,000 lines)"] = flood
    amplified = share_code(random.Random(18), seed_dex(300, methods=3, big_method=3000))
    # the run claims to come from BASE_APK, so that reassemble reaches the image
    apk_sha = hashlib.sha256(BASE_APK.read_bytes()).hexdigest() if BASE_APK.exists() else None
    made["dynamic_load of an amplified DEX"] = traces.dynamic_load(
        work / "trace-dynload.jsonl", amplified, *([apk_sha] if apk_sha else []))
    for name, path in made.items():
        out.append(("trace", f"{name}: validate", ["trace", "validate", str(path)], (0, 1)))
        target = db
        if name.startswith("dynamic_load"):  # its own store: the run is run 1
            (work / "dynload.db").unlink(missing_ok=True)
            target = f"sqlite:///{work / 'dynload.db'}"
        out.append(("trace", f"{name}: import", ["trace", "import", str(path), "--db", target],
                    (0, 1)))
    if BASE_APK.exists():
        out.append(("trace", "dynamic_load of an amplified DEX: reassemble",
                    ["reassemble", str(BASE_APK), "--run", "1", "--db",
                     f"sqlite:///{work / 'dynload.db'}", "-o", str(work / "dynload-out.apk"),
                     "--json"], (0, 1)))
    return out


def archive_cases(work: Path, large: bool) -> list[tuple[str, str, list[str], tuple[int, ...]]]:
    from tests.fuzz import archives
    from tests.fuzz.dexcraft import seed_dex

    dex = seed_dex(8)
    made = {
        "zip bomb (64 MiB asset)": archives.zip_bomb_apk(work / "bomb64m.apk", 64 << 20, dex=dex),
        "zip bomb in a nested jar": archives.zip_bomb_apk(work / "nested.apk", 64 << 20, dex=dex,
                                                          nested=True),
        "truncated APK": archives.truncated_apk(work / "truncated.apk", dex),
        "../ entry": archives.traversal_apk(work / "traversal.apk", dex),
    }
    if large:
        bomb = work / "bomb10g.apk"
        if not bomb.exists():
            archives.zip_bomb_apk(bomb, 10_600_000_000, dex=dex)
        made["zip bomb (10.6 GB asset)"] = bomb
    folder = work / "folder.apk"
    folder.mkdir(exist_ok=True)
    made["unreadable (a directory)"] = folder
    out: list[tuple[str, str, list[str], tuple[int, ...]]] = []
    for name, path in made.items():
        out.append(("archive", f"{name}: dex verify", ["dex", "verify", str(path), "--no-dexdump"],
                    (0, 1, 2)))
        out.append(("archive", f"{name}: analyze -a apkid",
                    ["analyze", str(path), "-a", "apkid", "--json", "-o", str(work / "an")],
                    (0, 1, 2)))
    batch = work / "triage-batch"
    batch.mkdir(exist_ok=True)
    for name in ("truncated.apk", "traversal.apk", "bomb64m.apk"):
        shutil.copy(made[{"truncated.apk": "truncated APK", "traversal.apk": "../ entry",
                          "bomb64m.apk": "zip bomb (64 MiB asset)"}[name]], batch / name)
    out.append(("archive", "triage of hostile APKs", ["triage", str(batch), "--jobs", "1",
                "--analyzer", "androguard", "--db", f"sqlite:///{work / 'triage.db'}",
                "--workdir", str(work / "triage-work"), "--json"], (0, 1)))
    return out


def large_dex_cases(work: Path) -> list[tuple[str, str, list[str], tuple[int, ...]]]:
    """The issue's amplified files, alone and inside an APK, through the analyst's commands."""
    from tests.fuzz import traces
    from tests.fuzz.archives import apk_with_dex
    from tests.fuzz.dexcraft import alias_strings, seed_dex, share_class_data, share_code

    rng = random.Random(18)
    files = {
        "string aliasing": alias_strings(rng, seed_dex(400, long_string=300_000)),
        "shared class data": share_class_data(rng, seed_dex(1200, methods=3)),
        "shared code": share_code(rng, seed_dex(3000, methods=3, big_method=60_000)),
    }
    out: list[tuple[str, str, list[str], tuple[int, ...]]] = []
    for name, data in files.items():
        slug = name.replace(" ", "-")
        db_file = work / f"{slug}.db"
        db_file.unlink(missing_ok=True)  # its one run is run 1
        db = f"sqlite:///{db_file}"
        dex = work / f"{slug}.dex"
        dex.write_bytes(data)
        label = f"{name} ({len(data) / 1e6:.2f} MB)"
        out.append(("large dex", f"{label}: dex verify", ["dex", "verify", str(dex)], (0, 1, 2)))
        if BASE_APK.exists():
            apk = apk_with_dex(BASE_APK, data, work / f"{slug}.apk")
            out.append(("large dex", f"{label} in an APK: dex verify",
                        ["dex", "verify", str(apk), "--no-dexdump"], (0, 1, 2)))
            out.append(("large dex", f"{label} in an APK: collect",
                        ["collect", str(apk), "--runtime", "emulator", "--db", db, "--json"],
                        (0, 1)))
            # collect refuses the APK, so reassemble gets a run imported for it: an empty
            # trace naming the APK (its own store, so the run is run 1)
            rdb_file = work / f"{slug}-reassemble.db"
            rdb_file.unlink(missing_ok=True)
            rdb = f"sqlite:///{rdb_file}"
            trace = traces.empty_run(work / f"{slug}.jsonl",
                                     hashlib.sha256(apk.read_bytes()).hexdigest())
            out.append(("large dex", f"{label} in an APK: trace import (an empty run)",
                        ["trace", "import", str(trace), "--db", rdb], (0,)))
            out.append(("large dex", f"{label} in an APK: reassemble",
                        ["reassemble", str(apk), "--run", "1", "--db", rdb, "-o",
                         str(work / f"{slug}-out.apk")], (0, 1)))
    return out


# -- report ----------------------------------------------------------------------------------


def within_limits(row: dict[str, Any]) -> str:
    """The issue's bound for one command: 1.5 GB of peak RSS and 2 minutes, the time judged
    as CPU time (the wall time on a shared machine depends on the others' load)."""
    over = []
    if row["rss_mb"] > LIMIT_RSS_MB:
        over.append(f"{row['rss_mb']} MB")
    if row.get("cpu_s", row["seconds"]) > LIMIT_SECONDS:
        over.append(f"{row.get('cpu_s', row['seconds'])} s CPU")
    return "OVER: " + ", ".join(over) if over else "yes"


def real_summary(real: dict[str, Any]) -> str:
    files = [f for f in real["files"] if f.get("dex")]
    rejected = [f for f in files if "error" in f]
    art_rejected = [f for f in files if f.get("dexdump_rejects")]
    worst = max((f for f in files if "ratio" in f), key=lambda f: f["ratio"], default=None)
    line = (f"{len(files)} distinct DEX files: {len(rejected)} rejected by our reader "
            f"({', '.join(f['apk'] + '!' + f['dex'] for f in rejected) or 'none'}), "
            f"{len(art_rejected)} by dexdump -c; shared items charged at most "
            f"{worst['ratio'] if worst else 0}x the file's size"
            f"{' (' + worst['apk'] + '!' + worst['dex'] + ')' if worst else ''}")
    if "rss_mb" in real:
        line += f"; {real['rss_mb']} MB peak RSS, {real['seconds']} s ({real['cpu_s']} s CPU)"
    return line


def summary(doc: dict[str, Any]) -> str:
    lines = ["| DEX class | inputs | clean rejections (dexdump -c rejects too) | accepted | "
             "dexdump -c accepts too | "
             "round trips equal / refused / differ | unclean | peak RSS MB | s (class) | max s/input |",
             "|---|---|---|---|---|---|---|---|---|---|"]
    for row in doc["dex"]:
        t = row["tally"]
        lines.append(
            f"| {row['class']} | {t.get('tried', 0)} | {t.get('rejected', 0)} "
            f"({t.get('dexdump rejects too', 0)}) | "
            f"{t.get('accepted', 0)} | {t.get('dexdump agrees', 0)}/{t.get('accepted', 0)} | "
            f"{t.get('roundtrip equal', 0)} / {t.get('roundtrip refused', 0)} / "
            f"{t.get('roundtrip differ', 0)} | {t.get('unclean', 0)} | {row['rss_mb']} | "
            f"{row['seconds']} | "
            f"{row.get('max_case_seconds', '')} |")
    lines += ["", "| input | command | exit | clean | peak RSS MB | wall s | CPU s | within limits "
              "| last line |",
              "|---|---|---|---|---|---|---|---|---|"]
    for row in doc["cli"]:
        name, _, command = row["name"].rpartition(": ")
        msg = last_line(row).replace("|", "/")[:110]
        lines.append(f"| {name} | {command} | {row['exit']} | {'yes' if row['clean'] else 'NO'} "
                     f"| {row['rss_mb']} | {row['seconds']} | {row.get('cpu_s', '')} | {within_limits(row)} "
                     f"| {msg} |")
    lines += ["", "| app | outcome | peak RSS MB | wall s | CPU s |", "|---|---|---|---|---|"]
    for row in doc["apps"]:
        lines.append(f"| {row['class']} | {row['outcome']} | {row['rss_mb']} | {row['seconds']} "
                     f"| {row.get('cpu_s', '')} |")
    if doc.get("real"):
        lines += ["", "Real DEX files: " + real_summary(doc["real"])]
    return "\n".join(lines)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--seed", type=int, default=18)
    parser.add_argument("--cases", type=int, default=40)
    parser.add_argument("--large", action="store_true")
    parser.add_argument("--json", type=Path)
    parser.add_argument("--workdir", type=Path, default=Path("/tmp/dexlego-fuzz"))
    parser.add_argument("--only", choices=("dex", "cli", "apps", "real"), action="append")
    parser.add_argument("--worker", choices=("dex", "app", "real"))
    parser.add_argument("--kind")
    parser.add_argument("--summary", type=Path, help="print the tables of an earlier --json run")
    args = parser.parse_args()
    if args.summary:
        print(summary(json.loads(args.summary.read_text())))
        return
    if args.worker == "dex":
        print(json.dumps(dex_worker(args.kind, args.cases, args.seed)))
        return
    if args.worker == "app":
        print(json.dumps(app_worker(args.kind)))
        return
    if args.worker == "real":
        print(json.dumps(real_worker()))
        return
    work = args.workdir
    work.mkdir(parents=True, exist_ok=True)
    only = set(args.only or ("dex", "cli", "apps", "real"))
    doc: dict[str, Any] = {"seed": args.seed, "cases": args.cases, "large": args.large,
                           "dex": [], "cli": [], "apps": [], "real": {}}
    if "dex" in only:
        print("DEX classes", flush=True)
        doc["dex"] = run_dex_classes(args.cases, args.seed)
    if "real" in only and (REPO.parent / "shared").is_dir():
        print("real DEX files of ../shared", flush=True)
        res = measured([sys.executable, __file__, "--worker", "real"], timeout=3600)
        try:
            doc["real"] = {**json.loads(res["stdout"].strip().splitlines()[-1]),
                           "rss_mb": res["rss_mb"], "seconds": res["seconds"],
                           "cpu_s": res["cpu_s"]}
        except (ValueError, IndexError):
            doc["real"] = {"files": [], "error": res["stderr"][-500:]}
        print(f"  {real_summary(doc['real'])}", flush=True)
    if "cli" in only:
        print("traces, archives" + (", large DEX" if args.large else ""), flush=True)
        cases = trace_cases(work, args.large) + archive_cases(work, args.large)
        if args.large:
            cases += large_dex_cases(work)
        doc["cli"] = run_cli_cases(cases)
    if "apps" in only:
        for kind in ("array hog", "string doubling"):
            res = measured([sys.executable, __file__, "--worker", "app", "--kind", kind])
            try:
                row = json.loads(res["stdout"].strip().splitlines()[-1])
            except (ValueError, IndexError):
                row = {"class": kind, "outcome": "UNCLEAN: " + res["stderr"][-300:]}
            row.update(rss_mb=res["rss_mb"], seconds=res["seconds"], cpu_s=res["cpu_s"])
            doc["apps"].append(row)
            print(f"  app {kind}: {row['outcome']} {res['rss_mb']} MB {res['seconds']} s",
                  flush=True)
    print(summary(doc))
    if args.json:
        args.json.write_text(json.dumps(doc, indent=1))


if __name__ == "__main__":
    main()
