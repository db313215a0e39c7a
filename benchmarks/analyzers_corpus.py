"""Every analyzer adapter on every DroidBench app: errors, timings, and detection figures.

Run on demand:  .venv/bin/python benchmarks/analyzers_corpus.py [--no-cache] [--json OUT]
It fills the same result cache the test suite reads (.cache/analyzer-results), so
running it first makes the corpus tests fast. Prints the figures docs/analyzers.md quotes.
"""

from __future__ import annotations

import argparse
import json
import sys
import time
from pathlib import Path

REPO = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(REPO))

from analyzers.corpus import run_corpus  # noqa: E402
from analyzers.registry import get_analyzers  # noqa: E402
from droidbench.ground_truth import load_ground_truth  # noqa: E402
from droidbench.matching import expected_flow_found  # noqa: E402

SHARED = REPO.parent / "shared" / "droidbench"
SIX = ("GeneralJava", "AndroidSpecific", "ArraysAndLists", "FieldAndObjectSensitivity",
       "Lifecycle", "Callbacks")


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__)
    ap.add_argument("--no-cache", action="store_true")
    ap.add_argument("--processes", type=int, default=2)
    ap.add_argument("--json", type=Path, help="write all figures as JSON here")
    args = ap.parse_args()
    truth = load_ground_truth()
    apps = [(k, SHARED / t.apk_path) for k, t in sorted(truth.items())
            if (SHARED / t.apk_path).is_file()]
    names = [a.name for a in get_analyzers() if a.available().ok]
    start = time.monotonic()
    runs = run_corpus(apps, names, Path("/tmp/dexlego-analyzers-bench"), args.processes,
                      None if args.no_cache else REPO / ".cache" / "analyzer-results")
    wall = time.monotonic() - start
    figures: dict[str, object] = {"apps": len(apps), "analyzers": names,
                                  "wall_seconds": round(wall, 1)}
    print(f"{len(apps)} apps, analyzers {names}, wall {wall:.0f} s")
    for name in names:
        res = [r.results[name] for r in runs.values()]
        errors = {k: r.results[name].error for k, r in runs.items() if r.results[name].error}
        secs = sorted(x.seconds for x in res)
        with_leak = [k for k, t in truth.items() if k in runs and (t.expected_leaks or 0) >= 1]
        six = [k for k in with_leak if truth[k].category in SIX]

        def found(keys: list[str], name: str = name) -> list[str]:
            return [k for k in keys if expected_flow_found(
                [(f.source, f.sink) for f in runs[k].results[name].flows], truth[k].sources,
                truth[k].sinks)]

        six_found = found(six)
        no_leak = [k for k, t in truth.items() if k in runs and t.expected_leaks == 0]
        fp = [k for k in no_leak if runs[k].results[name].flows]
        figures[name] = {
            "errors": errors, "median_s": secs[len(secs) // 2] if secs else 0,
            "max_s": secs[-1] if secs else 0, "total_s": round(sum(secs), 1),
            "leaky_apps_found": f"{len(found(with_leak))}/{len(with_leak)}",
            "six_categories_found": f"{len(six_found)}/{len(six)}",
            "six_categories_missed": sorted(set(six) - set(six_found)),
            "no_leak_apps_with_flows": f"{len(fp)}/{len(no_leak)}",
        }
        print(f"\n{name}: {len(errors)} errors, median {figures[name]['median_s']:.1f} s, "  # type: ignore[index]
              f"max {secs[-1] if secs else 0:.1f} s; expected flow found in "
              f"{len(found(with_leak))}/{len(with_leak)} leaky apps, "
              f"{len(six_found)}/{len(six)} in the six categories; flows reported in "
              f"{len(fp)}/{len(no_leak)} leak-free apps")
        for k, e in sorted(errors.items()):
            print(f"  error {k}: {e}")
        for k in sorted(set(six) - set(six_found)):
            print(f"  missed {k}")
    if args.json:
        args.json.write_text(json.dumps(figures, indent=1))
    return 0


if __name__ == "__main__":
    sys.exit(main())
