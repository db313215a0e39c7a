"""Where a DEX round trip spends its time: cProfile's top entries, before and after issue 20.

Run on demand:

    git worktree add /tmp/dexlego-base c546fe2     # the tree before issue 20
    .venv/bin/python benchmarks/profile_dex.py --before /tmp/dexlego-base [--top 12] [--no-docs]

Profiles, each in a fresh interpreter, the round trip of PlayStore2.apk's classes.dex (or
--dex FILE) as the code at --before did it (`read_dex` + `write_dex_files`, every method decoded
and re-assembled) and as this tree does it (`read_dex(lazy=True)` + `write_dex_files`), and
writes both tables to the "DEX toolkit profile" section of docs/performance.md. cProfile's
overhead inflates small functions (and builtins called from C-level maps), so compare shares
and the totals of the two runs made together, not seconds against benchmarks/bench_dex.py.
"""

from __future__ import annotations

import argparse
import cProfile
import datetime
import io
import json
import os
import pstats
import subprocess
import sys
import tempfile
import time
from pathlib import Path

REPO = Path(__file__).resolve().parents[1]
DEFAULT_APK = REPO.parent / "shared/droidbench/apk/EmulatorDetection/PlayStore2.apk"
DOC = REPO / "docs/performance.md"
SECTION = "## DEX toolkit profile"


def child(repo: Path, dex: Path, lazy: bool, top: int) -> None:
    """In a fresh interpreter with `repo` first on the path: profile one round trip."""
    sys.path.insert(0, str(repo))
    from reassembler.dex.reader import read_dex
    from reassembler.dex.writer import write_dex_files

    data = dex.read_bytes()
    prof = cProfile.Profile()
    started = time.process_time()
    prof.enable()
    write_dex_files(read_dex(data, lazy=True) if lazy else read_dex(data))
    prof.disable()
    cpu = time.process_time() - started
    stats = pstats.Stats(prof, stream=io.StringIO())
    total = stats.total_tt  # type: ignore[attr-defined]
    rows = []
    entries = stats.stats  # type: ignore[attr-defined]
    for (filename, line, func), (cc, nc, tt, ct, _) in sorted(
            entries.items(), key=lambda kv: -kv[1][2])[:top]:
        where = f"{Path(filename).name}:{line}({func})" if line else func
        rows.append([str(nc) if nc == cc else f"{nc}/{cc}", tt, ct, where])
    print(json.dumps({"total": total, "cpu": cpu, "rows": rows}))


def run(repo: Path, dex: Path, lazy: bool, top: int) -> dict[str, object]:
    proc = subprocess.run(
        [sys.executable, __file__, "--child", str(repo), str(dex), "lazy" if lazy else "eager",
         str(top)], capture_output=True, text=True, check=True)
    result: dict[str, object] = json.loads(proc.stdout.strip().splitlines()[-1])
    return result


def table(title: str, result: dict[str, object]) -> list[str]:
    total = float(result["total"])  # type: ignore[arg-type]
    lines = [f"{title}: {total:.1f} s under cProfile ({float(result['cpu']):.1f} s CPU "  # type: ignore[arg-type]
             "with the profiler on).", "",
             "| calls | own s | share | cumulative s | function |", "|---:|---:|---:|---:|---|"]
    for calls, own, cum, where in result["rows"]:  # type: ignore[attr-defined]
        lines.append(f"| {calls} | {own:.2f} | {100 * own / total:.0f}% | {cum:.2f} | `{where}` |")
    return [*lines, ""]


def update_doc(section: str) -> None:
    from docsections import update_section

    update_section(DOC, SECTION, section)


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--before", type=Path, help="a checkout of the code before issue 20")
    parser.add_argument("--dex", type=Path, default=DEFAULT_APK, help="a .dex or an APK")
    parser.add_argument("--top", type=int, default=12)
    parser.add_argument("--no-docs", action="store_true")
    parser.add_argument("--child", nargs=4, help=argparse.SUPPRESS)
    args = parser.parse_args()
    if args.child:
        repo, dex, mode, top = args.child
        child(Path(repo), Path(dex), mode == "lazy", int(top))
        return 0
    if args.before is None or not (args.before / "reassembler/dex/reader.py").is_file():
        print("profile_dex: error: --before must name a checkout (git worktree add ...)",
              file=sys.stderr)
        return 2
    sys.path.insert(0, str(REPO))
    from reassembler.dex.container import open_dex_inputs

    load = f"{os.getloadavg()[0]:.1f}"
    with tempfile.TemporaryDirectory(prefix="profile-dex-") as tmp:
        dex = Path(tmp) / "input.dex"
        dex.write_bytes(open_dex_inputs(args.dex)[0][1])
        before = run(args.before.resolve(), dex, False, args.top)
        after = run(REPO, dex, True, args.top)
    revision = subprocess.run(["git", "-C", str(args.before), "rev-parse", "--short", "HEAD"],
                              capture_output=True, text=True).stdout.strip() or "?"
    name = "PlayStore2.apk classes.dex" if args.dex == DEFAULT_APK else args.dex.name
    lines = [
        SECTION, "",
        f"Measured {datetime.datetime.now(datetime.UTC).strftime('%Y-%m-%d %H:%M UTC')} by "
        f"`benchmarks/profile_dex.py --before <checkout of {revision}>` (load average {load} at "
        f"start): cProfile's top entries by own time for one round trip of {name}, both runs "
        "made together. cProfile's overhead inflates small functions; compare shares and the "
        "two totals, not seconds against the table above.", "",
        *table(f"Before issue 20 ({revision}: `read_dex` + `write_dex_files`, every method "
               "decoded and re-assembled)", before),
        *table("After (`read_dex(lazy=True)` + `write_dex_files`, untouched code items copied "
               "through)", after),
    ]
    section = "\n".join(lines)
    print(section)
    if not args.no_docs:
        update_doc(section)
    return 0


if __name__ == "__main__":
    sys.exit(main())
