"""Trace intake throughput: messages per second into a store, and export/import speed.

Run on demand: `.venv/bin/python benchmarks/bench_trace_intake.py [--db URL] [--methods N]`.
Default store: a fresh SQLite file in a temporary directory. The message mix is what a runtime
sends per method: one code_version, one method_exec with pcs, and a reflection event.
"""

from __future__ import annotations

import argparse
import tempfile
import time
from pathlib import Path

from dexlego.store import open_store
from dexlego.trace.intake import Intake


def messages(n: int) -> list[dict[str, object]]:
    out: list[dict[str, object]] = []
    for i in range(n):
        m = f"Lcom/bench/C{i // 50};->m{i}(ILjava/lang/String;)V"
        insns = "".join(f"{(i + k) & 0xFFFF:04x}" for k in range(40))  # 40 code units
        out.append({"type": "code_version", "method": m, "hash": f"{i:016x}", "registers": 6,
                    "ins": 3, "outs": 2, "insns": insns, "tries": []})
        out.append({"type": "method_exec", "method": m, "hash": f"{i:016x}", "count": 3,
                    "pcs": list(range(0, 40, 2)), "pc_level": True})
        out.append({"type": "reflection", "caller": m, "pc": 4, "api": "Method.invoke",
                    "target": f"Lcom/bench/T;->t{i % 100}()V", "count": 1})
    return out


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__)
    ap.add_argument("--db", default=None)
    ap.add_argument("--methods", type=int, default=5000)
    args = ap.parse_args()
    with tempfile.TemporaryDirectory() as tmp:
        url = args.db or f"sqlite:///{Path(tmp) / 'bench.db'}"
        store = open_store(url)
        msgs = messages(args.methods)
        rid = store.create_run("com.bench", "0" * 64, "emulator")
        t0 = time.perf_counter()
        with Intake(store, rid) as intake:
            for i in range(0, len(msgs), 500):
                intake.feed({"type": "batch", "messages": msgs[i:i + 500]})
        t1 = time.perf_counter()
        store.finish_run(rid, "complete")
        lines = list(store.export_lines(rid))
        t2 = time.perf_counter()
        store.import_run(lines)
        t3 = time.perf_counter()
        print(f"store: {store.url.split('?')[0]}")
        print(f"intake: {len(msgs)} messages in {t1 - t0:.2f} s = {len(msgs) / (t1 - t0):,.0f} msg/s")
        print(f"export: {len(lines)} lines in {t2 - t1:.2f} s; import: {t3 - t2:.2f} s")
        store.close()


if __name__ == "__main__":
    main()
