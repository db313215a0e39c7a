"""DEX reader benchmark: `read_dex` (decoding code, without decoding, lazily), `diff_dex` of a
file with itself, and androguard's `DEX()` parse for comparison.

Run on demand (not part of the test suite):

    .venv/bin/python benchmarks/bench_dex_read.py [--dex FILE.dex|.apk] [--repeat N]

Default input: classes.dex of DroidBench's EmulatorDetection/PlayStore2.apk (5.75 MB, the
largest corpus DEX). Prints the best of N wall-clock times and the model's size.
"""

from __future__ import annotations

import argparse
import sys
import time
from collections.abc import Callable
from pathlib import Path

REPO = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(REPO))

DEFAULT_APK = REPO.parent / "shared/droidbench/apk/EmulatorDetection/PlayStore2.apk"


def best(repeat: int, fn: Callable[[], object]) -> float:
    times = []
    for _ in range(repeat):
        started = time.perf_counter()
        fn()
        times.append(time.perf_counter() - started)
    return min(times)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--dex", type=Path, default=DEFAULT_APK)
    parser.add_argument("--repeat", type=int, default=3)
    args = parser.parse_args()

    from reassembler.dex.container import open_dex_inputs
    from reassembler.dex.diff import diff_dex
    from reassembler.dex.model import Instruction
    from reassembler.dex.reader import read_dex

    name, data = open_dex_inputs(args.dex)[0]
    model = read_dex(data, name=name)
    methods = [m for c in model.classes for m in c.methods()]
    insns = sum(
        sum(1 for i in m.code.items if isinstance(i, Instruction)) for m in methods if m.code
    )
    full = best(args.repeat, lambda: read_dex(data, name=name))
    decl = best(args.repeat, lambda: read_dex(data, name=name, decode_code=False))
    lazy = best(args.repeat, lambda: read_dex(data, name=name, lazy=True))
    other = read_dex(data, name=name)
    diff = best(1, lambda: diff_dex(model, other))
    try:
        from loguru import logger

        logger.remove()
        from androguard.core.dex import DEX

        androguard: float | None = best(1, lambda: DEX(data))
    except ImportError:
        androguard = None

    print(f"{args.dex.name}!/{name}: {len(data) / 1e6:.2f} MB, {len(model.classes)} classes, "
          f"{len(methods)} methods, {insns} instructions")
    print(f"{'read_dex (decode code)':32} {full:7.2f} s   {insns / full / 1e3:8.0f} k insns/s")
    print(f"{'read_dex (decode_code=False)':32} {decl:7.2f} s")
    print(f"{'read_dex (lazy=True)':32} {lazy:7.2f} s")
    print(f"{'diff_dex (file vs itself)':32} {diff:7.2f} s")
    if androguard is not None:
        print(f"{'androguard DEX() (no decoding)':32} {androguard:7.2f} s")


if __name__ == "__main__":
    main()
