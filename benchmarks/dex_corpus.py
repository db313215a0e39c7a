"""Whole-corpus DEX round trip check: every DEX in ../shared, through the lazy path.

Run on demand (the test suite runs a third of DroidBench; see tests/dex_writer):

    nice .venv/bin/python benchmarks/dex_corpus.py [--jobs 2] [--eager] [--no-docs]

Every classes*.dex of every APK under ../shared/droidbench/apk and ../shared/realworld/apk, and
every DEX nested one level in their assets, is read with `read_dex(lazy=True)` and written with
`write_dex_files` (code items copied through, renumbered where the pools moved), then the
output must pass `dexdump -c` and diff equal (`diff_dex`) to the input. Byte-identical inputs
are checked once. `--eager` checks the eager path (`read_dex` decoding every method) instead.
Prints a summary and, unless --no-docs, writes it to the "DEX corpus round trip" section of
docs/performance.md.
"""

from __future__ import annotations

import argparse
import datetime
import gc
import hashlib
import multiprocessing
import os
import sys
import tempfile
import time
from collections.abc import Callable, Iterator
from concurrent.futures import ProcessPoolExecutor
from dataclasses import dataclass, field
from pathlib import Path

REPO = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(REPO))

SHARED = REPO.parent / "shared"
CORPORA = (("droidbench", SHARED / "droidbench/apk"), ("realworld", SHARED / "realworld/apk"))
DOC = REPO / "docs/performance.md"
SECTION = "## DEX corpus round trip"


@dataclass
class Check:
    corpus: str
    label: str
    path: Path
    size: int
    seconds: float = 0.0
    verify_errors: int = 0  # methods read as throwing VerifyError (code that does not decode)
    problems: list[str] = field(default_factory=list)


def distinct_dex(*, nested: bool = True,
                 skipped: Callable[[Path, str], None] | None = None
                 ) -> Iterator[tuple[str, Path, Path, str, bytes]]:
    """(corpus, root, apk, member name, bytes) of every byte-distinct DEX of the corpora's
    APKs (classes*.dex, and with `nested` the DEX files nested in their assets); an APK that
    cannot be opened goes to `skipped` (apk, reason)."""
    from reassembler.dex.container import nested_dex, open_dex_inputs
    from reassembler.dex.errors import DexError

    seen: set[str] = set()
    for corpus, root in CORPORA:
        for apk in sorted(root.rglob("*.apk")):
            try:
                found = open_dex_inputs(apk) + (nested_dex(apk) if nested else [])
            except DexError as exc:
                if skipped:
                    skipped(apk, str(exc))
                continue
            for name, data in found:
                digest = hashlib.sha256(data).hexdigest()
                if digest not in seen:
                    seen.add(digest)
                    yield corpus, root, apk, name, data


def collect(work: Path) -> list[Check]:
    checks: list[Check] = []
    for corpus, root, apk, name, data in distinct_dex(skipped=lambda apk, why: print(
            f"dex_corpus: skipped {apk.name}: {why}", file=sys.stderr)):
        path = work / f"{hashlib.sha256(data).hexdigest()[:16]}.dex"
        path.write_bytes(data)
        checks.append(Check(corpus, f"{apk.relative_to(root)}!{name}", path, len(data)))
    return checks


def run(check: Check, eager: bool = False) -> Check:
    from reassembler.dex.dexdump import run_dexdump
    from reassembler.dex.diff import diff_dex, merge_dex
    from reassembler.dex.errors import DexError
    from reassembler.dex.reader import read_dex
    from reassembler.dex.writer import write_dex_files

    data = check.path.read_bytes()
    warnings: list[str] = []
    try:
        # As `dexlego dex roundtrip` reads: code that does not decode (packer junk) becomes
        # the VerifyError body ART's verifier gives it, with a warning.
        started = time.perf_counter()
        model = read_dex(data, name=check.label, lazy=not eager, warn=warnings.append,
                         bad_code="throw")
        outputs = write_dex_files(model)
        check.seconds = time.perf_counter() - started
        del model
        original = read_dex(data, name=check.label, warn=lambda _m: None, bad_code="throw")
        written = [read_dex(blob, name=f"{check.label} (written)") for blob in outputs]
    except DexError as exc:
        check.problems = [f"error: {exc}"]
        return check
    check.verify_errors = sum("VerifyError" in w for w in warnings)
    check.problems = diff_dex(original, merge_dex(written), names=("input", "output"))[:3]
    for i, blob in enumerate(outputs):
        out = check.path.with_suffix(f".out{i}.dex")
        out.write_bytes(blob)
        check.problems += [f"dexdump -c: {e}" for e in run_dexdump(out)[:3]]
        out.unlink()
    return check


def render(checks: list[Check], facts: dict[str, str]) -> str:
    lines = [
        SECTION, "",
        f"Measured {facts['date']} by `{facts['command']}` ({facts['jobs']} worker processes; load "
        f"average {facts['load']} at start). Path: {facts['path']}. Every output must pass "
        "`dexdump -c` and diff equal (`diff_dex`) to its input; byte-identical inputs counted once.",
        "",
        "| corpus | DEX files | MB | passed | failed | round-trip seconds (sum) | largest |",
        "|---|---:|---:|---:|---:|---:|---|",
    ]
    for corpus, _ in CORPORA:
        mine = [c for c in checks if c.corpus == corpus]
        if not mine:
            continue
        failed = [c for c in mine if c.problems]
        big = max(mine, key=lambda c: c.size)
        lines.append(f"| {corpus} | {len(mine)} | {sum(c.size for c in mine) / 1e6:.1f} | "
                     f"{len(mine) - len(failed)} | {len(failed)} | "
                     f"{sum(c.seconds for c in mine):.1f} | {big.label} ({big.size / 1e6:.2f} MB, "
                     f"{big.seconds:.2f} s) |")
    failures = [f"- {c.label}: {c.problems[0]}" for c in checks if c.problems]
    junk = [f"{c.label} ({c.verify_errors})" for c in checks if c.verify_errors]
    lines += ["", *(failures or ["No failures."]), ""]
    if junk:
        lines += ["Methods whose code does not decode were read as throwing `VerifyError` (what "
                  "ART does with them; `bad_code=\"throw\"`, as `dexlego dex roundtrip` reads): "
                  + ", ".join(junk) + ".", ""]
    return "\n".join(lines)


def update_doc(section: str) -> None:
    from docsections import update_section

    update_section(DOC, SECTION, section)


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--jobs", type=int, default=2)
    parser.add_argument("--eager", action="store_true", help="check read_dex without lazy=True")
    parser.add_argument("--no-docs", action="store_true")
    args = parser.parse_args()
    if not all(root.is_dir() for _, root in CORPORA):
        print(f"dex_corpus: error: {SHARED} lacks droidbench/apk or realworld/apk", file=sys.stderr)
        return 2
    load = f"{os.getloadavg()[0]:.1f}"
    with tempfile.TemporaryDirectory(prefix="dex-corpus-") as tmp:
        checks = collect(Path(tmp))
        # Largest first, so the two workers finish together; spawn: no forked state.
        checks.sort(key=lambda c: -c.size)
        with ProcessPoolExecutor(args.jobs, mp_context=multiprocessing.get_context("spawn"),
                                 initializer=gc.disable) as pool:
            done = list(pool.map(run, checks, [args.eager] * len(checks)))
    for c in done:
        if c.problems:
            print(f"FAIL {c.label}: {c.problems[0]}", file=sys.stderr)
    facts = {
        "date": datetime.datetime.now(datetime.UTC).strftime("%Y-%m-%d %H:%M UTC"),
        "command": ("benchmarks/dex_corpus.py " + " ".join(sys.argv[1:])).strip(),
        "jobs": str(args.jobs),
        "load": load,
        "path": "eager (`read_dex`, every method decoded and re-assembled)" if args.eager else
                "lazy (`read_dex(lazy=True)`, code items copied through by the writer)",
    }
    section = render(done, facts)
    print(section)
    if not args.no_docs:
        update_doc(section)
    return 1 if any(c.problems for c in done) else 0


if __name__ == "__main__":
    sys.exit(main())
