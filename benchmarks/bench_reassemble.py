"""Reassembly over the whole DroidBench corpus: time per app and verification of every output.

Run on demand: `.venv/bin/python benchmarks/bench_reassemble.py [--mode union|executed|both]
[--limit N] [--emulate]`. Each app gets a run that changed nothing (no record), or with
`--emulate` a real run of the emulator runtime. For an empty run the union output must be
`dex diff`-equal to the original; in executed mode every method with code becomes a stub; in
both modes every output must pass `dexdump -c` and the bytecode verifier (the pipeline refuses
to write otherwise). Prints one line per failure, a summary table and the reassembly counters.
"""

from __future__ import annotations

import argparse
import hashlib
import sys
import tempfile
import time
from pathlib import Path

REPO = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(REPO))

from dexlego.store import open_store  # noqa: E402
from reassembler.dex.container import open_dex_inputs  # noqa: E402
from reassembler.dex.diff import diff_dex, merge_dex  # noqa: E402
from reassembler.dex.reader import read_dex  # noqa: E402
from reassembler.errors import ReassembleError  # noqa: E402
from reassembler.pipeline import reassemble  # noqa: E402


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__)
    ap.add_argument("--corpus", type=Path, default=REPO.parent / "shared" / "droidbench" / "apk")
    ap.add_argument("--mode", choices=["union", "executed", "both"], default="both")
    ap.add_argument("--limit", type=int, default=0)
    ap.add_argument("--emulate", action="store_true", help="collect a real emulator run per app")
    args = ap.parse_args()
    apks = sorted(args.corpus.rglob("*.apk"))[: args.limit or None]
    modes = ["union", "executed"] if args.mode == "both" else [args.mode]
    failures: list[str] = []
    times: dict[str, list[float]] = {m: [] for m in modes}
    stubs = 0
    counters = {"methods_restored": 0, "versions_merged": 0, "reflection_sites_rewritten": 0,
                "icc_sites_linked": 0,
                "dynamic_classes_merged": 0, "warnings": 0}
    with tempfile.TemporaryDirectory() as tmp_name:
        tmp = Path(tmp_name)
        url = f"sqlite:///{tmp / 'bench.db'}"
        for apk in apks:
            if args.emulate:
                from dexlego.emulator.collect import collect_emulator

                rid = collect_emulator(apk, db_url=url)["run_id"]
            else:
                with open_store(url) as store:
                    rid = store.create_run("org.droidbench",
                                           hashlib.sha256(apk.read_bytes()).hexdigest(),
                                           "emulator")
                    store.finish_run(rid, "complete")
            for mode in modes:
                out = tmp / f"{apk.stem}-{mode}"
                t0 = time.perf_counter()
                try:
                    with open_store(url) as store:
                        report = reassemble(apk, [rid], out, mode=mode, dex_only=True,
                                            store=store)
                except ReassembleError as exc:
                    failures.append(f"{apk.parent.name}/{apk.name} [{mode}]: {exc}")
                    continue
                times[mode].append(time.perf_counter() - t0)
                stubs += len(report.stubbed_methods)
                if mode == "union":
                    for w in report.warnings:
                        print(f"WARN {apk.parent.name}/{apk.name}: {w}")
                    for key in counters:
                        value = getattr(report, key)
                        counters[key] += len(value) if isinstance(value, list) else value
                if mode == "union" and not args.emulate:
                    a = merge_dex([read_dex(d, name=n) for n, d in open_dex_inputs(apk)])
                    b = merge_dex([read_dex(p.read_bytes(), name=p.name)
                                   for p in sorted(out.glob("classes*.dex"))])
                    diff = diff_dex(a, b)
                    if diff:
                        failures.append(f"{apk.parent.name}/{apk.name} [union]: {diff[0]}")
    for f in failures:
        print("FAIL", f)
    print(f"{'mode':<9} {'apps ok':>8} {'total s':>8} {'mean s':>7} {'max s':>7}")
    for mode, ts in times.items():
        if ts:
            print(f"{mode:<9} {len(ts):>8} {sum(ts):>8.1f} {sum(ts) / len(ts):>7.2f} "
                  f"{max(ts):>7.2f}")
    print(f"apps: {len(apks)}, failures: {len(failures)}, stubs written: {stubs}")
    print("union-mode counters: " + ", ".join(f"{k} {v}" for k, v in counters.items()))
    return 1 if failures else 0


if __name__ == "__main__":
    sys.exit(main())
