"""Must-show 2 over DroidBench: emulator runs -> reassembly -> source/sink call-graph paths.

Run on demand: `.venv/bin/python benchmarks/bench_reassembly_paths.py [CATEGORY ...]`
(default: Reflection, Reflection_ICC, DynamicLoading). For each app: collect one emulator run,
reassemble it (union mode), build androguard's call graph of the original and of the output,
and for each leak the run observed check whether some method reaches both the source API and
the sink API (a call-graph path joining the source call and the sink call). Prints one row per
leak: whether the original has such a path, whether the output has it, and the counters.
"""

from __future__ import annotations

import sys
import tempfile
import time
from pathlib import Path

REPO = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(REPO))

from dexlego.emulator.collect import collect_emulator  # noqa: E402
from dexlego.store import open_store  # noqa: E402
from reassembler.callgraph import (  # noqa: E402
    RESOLUTIONS,
    call_graph,
    is_called,
    joined,
    observed_edges,
    reaches,
)
from reassembler.merge import gather  # noqa: E402
from reassembler.pipeline import reassemble  # noqa: E402

CATEGORIES = ("Reflection", "Reflection_ICC", "DynamicLoading")


def main() -> int:
    cats = sys.argv[1:] or list(CATEGORIES)
    corpus = REPO.parent / "shared" / "droidbench" / "apk"
    apks = [p for c in cats for p in sorted((corpus / c).glob("*.apk"))]
    rows = []
    with tempfile.TemporaryDirectory() as tmp_name:
        tmp = Path(tmp_name)
        url = f"sqlite:///{tmp / 'runs.db'}"
        for apk in apks:
            t0 = time.perf_counter()
            run = collect_emulator(apk, db_url=url)
            with open_store(url) as store:
                out = tmp / f"{apk.stem}.apk"
                report = reassemble(apk, [run["run_id"]], out, store=store)
                edges = observed_edges(gather(store, [run["run_id"]]))
            graphs = {(k, res): call_graph(p, resolution=res)
                      for k, p in (("orig", apk), ("new", out)) for res in RESOLUTIONS}
            for leak in run["observed_leaks"]:
                src, snk = leak["source"], leak["sink"]
                rows.append({
                    "app": f"{apk.parent.name}/{apk.stem}",
                    "pair": f"{src.split('->')[1].split('(')[0]}->{snk.split('->')[1].split('(')[0]}",
                    **{f"{what}_{k}": fn(graphs[(k, res)])
                       for k in ("orig", "new")
                       for what, fn, res in (
                           ("src", lambda g, s=src: is_called(g, s), "declared"),
                           ("snk", lambda g, s=snk: is_called(g, s), "declared"),
                           ("join", lambda g, a=src, b=snk: joined(g, a, b), "declared"),
                           ("joincha", lambda g, a=src, b=snk: joined(g, a, b), "cha"),
                           ("joinrta", lambda g, a=src, b=snk: joined(g, a, b), "rta"))},
                    **{f"edges_{k}": f"{sum(reaches(graphs[(k, 'rta')], a, b) for a, b in edges)}"
                                     f"/{len(edges)}" for k in ("orig", "new")},
                    "sites": report.reflection_sites_rewritten,
                    "icc": report.icc_sites_linked,
                    "dyn": report.dynamic_classes_merged})
            print(f"# {apk.name}: {time.perf_counter() - t0:.1f} s", file=sys.stderr)
    cols = ["src", "snk", "join", "joincha", "joinrta"]
    print(f"{'app':<40} {'source->sink':<30} " + " ".join(f"{c:>15}" for c in cols)
          + f" {'edges':>9} {'sites':>5} {'icc':>4} {'dyn':>4}")
    for r in rows:
        cells = " ".join(f"{str(r[c + '_orig'])[0]}->{str(r[c + '_new'])[0]}".rjust(15)
                         for c in cols)
        edges = f"{r['edges_orig']}->{r['edges_new']}"
        print(f"{r['app']:<40} {r['pair']:<30} {cells} {edges:>9} {r['sites']:>5} {r['icc']:>4}"
              f" {r['dyn']:>4}")
    for c in cols:
        before = sum(1 for r in rows if r[c + "_orig"])
        after = sum(1 for r in rows if r[c + "_new"])
        print(f"{c}: {before}/{len(rows)} leaks in the original, {after}/{len(rows)} after")
    return 0


if __name__ == "__main__":
    sys.exit(main())
