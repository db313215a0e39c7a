"""Forced execution on the real-world apps: app method coverage of a plain run, of the union
with `--explore N`, and with `--invoke-all`, per app, with the time each adds.

    nice -n 10 .venv/bin/python -m benchmarks.bench_forced_realworld [--corpus DIR]
        [--explore N] [--budget I] [--timeout S] [--only NAME ...] [--out DIR] [--markdown OUT.md]

Apps run one at a time, smallest first, each configuration in a child process of its own
(`dexlego.triage.isolation.run_isolated`, memory capped), nothing stored. The `--explore`
configuration is plain run + forced runs, `--invoke-all` plain run + active invocation; the
plain figures are the plain run of the `--explore` configuration. A Python exception inside
a child is a row with its error (none is expected). One JSON file per app under --out and a
Markdown table for docs/emulator.md.
"""

from __future__ import annotations

import argparse
import json
import sys
from pathlib import Path
from typing import Any

REPO = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(REPO))

from dexlego.emulator.session import DEFAULT_BUDGET, DEFAULT_TIMEOUT  # noqa: E402
from dexlego.triage.isolation import run_isolated  # noqa: E402

CORPUS = REPO.parent / "shared" / "realworld" / "apk"
MEMORY_MB = 4096


def _collect(apk: Path, explore: int, invoke_all: bool, budget: int, timeout: float) -> dict[str, Any]:
    from dexlego.emulator.collect import collect_emulator

    out = collect_emulator(apk, explore=explore, invoke_all=invoke_all, budget=budget,
                           timeout=timeout, store=False)
    runs = out["forced_runs"]
    return {
        "status": out["status"], "reason": out["reason"],
        "plain": out["coverage"]["runs"][0], "union": out["coverage"]["union"],
        "plain_seconds": out["seconds"],
        "seconds": out["exploration"]["seconds"],
        "forced_runs": len([r for r in runs if r["kind"] == "forced"]),
        "invoke_all": next((r["invoke_all"] for r in runs if r["kind"] == "invoke-all"), None),
        "environment_branches": out["exploration"]["environment_branches"],
        "observed_leaks": len(out["observed_leaks"]),
        "forced_leaks": len(out["forced_leaks"]),
        "forced_sinks": sorted({lk["sink"] for lk in out["forced_leaks"]}),
        "runtime_errors": out["runtime_errors"],
    }


def run_app(apk: Path, explore: int, budget: int, timeout: float) -> dict[str, Any]:
    row: dict[str, Any] = {"app": apk.name, "size": apk.stat().st_size}
    worst = (1 + explore) * (timeout + 60) + 120
    for name, ex, inv in (("explore", explore, False), ("invoke_all", 0, True)):
        outcome = run_isolated(_collect, apk, ex, inv, budget, timeout, timeout=worst,
                               memory_mb=MEMORY_MB)
        row[name] = outcome.value if outcome.ok else {"error": outcome.error}
        row[f"{name}_wall"] = round(outcome.seconds, 1)
    return row


def _pct(cov: dict[str, Any]) -> str:
    return f"{cov['methods_executed']} ({100 * cov['method_coverage']:.1f}%)"


def _cell(cov: dict[str, Any]) -> str:
    """Methods executed (method coverage) and instruction coverage: a method an invocation
    enters counts as executed even when it throws at its first instruction."""
    return f"{_pct(cov)}; {100 * cov['instruction_coverage']:.1f}% instr."


def markdown(rows: list[dict[str, Any]], explore: int) -> str:
    lines = [
        f"| app | app methods | plain run | plain s | `--explore {explore}` union | forced runs"
        " | extra s | `--invoke-all` union | extra s | invocation ended | forced leaks"
        " (explore / invoke-all) |",
        "|---|---:|---:|---:|---:|---:|---:|---:|---:|---|---|",
    ]
    for r in rows:
        ex, inv = r["explore"], r["invoke_all"]
        if "error" in ex or "error" in inv:
            lines.append(f"| {r['app']} | error: {ex.get('error') or inv.get('error')} |")
            continue
        plain = ex["plain"]
        lines.append(
            f"| {r['app']} | {plain['app_methods']} | {_cell(plain)} | {ex['plain_seconds']:.1f}"
            f" | {_cell(ex['union'])} | {ex['forced_runs']}"
            f" | {ex['seconds'] - ex['plain_seconds']:.1f} | {_cell(inv['union'])}"
            f" | {inv['seconds'] - inv['plain_seconds']:.1f}"
            f" | {(inv['invoke_all'] or {}).get('reason', '-')}"
            f" | {ex['forced_leaks']} / {inv['forced_leaks']} |")
    return "\n".join(lines) + "\n"


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--corpus", type=Path, default=CORPUS)
    ap.add_argument("--explore", type=int, default=4)
    ap.add_argument("--budget", type=int, default=DEFAULT_BUDGET)
    ap.add_argument("--timeout", type=float, default=DEFAULT_TIMEOUT)
    ap.add_argument("--only", nargs="*", default=None)
    ap.add_argument("--out", type=Path, default=Path("bench-forced"))
    ap.add_argument("--markdown", type=Path, default=None)
    args = ap.parse_args()
    apks = sorted(args.corpus.glob("*.apk"), key=lambda p: p.stat().st_size)
    if args.only:
        apks = [p for p in apks if p.stem in args.only or p.name in args.only]
    if not apks:
        print(f"no APKs under {args.corpus}", file=sys.stderr)
        return 1
    args.out.mkdir(parents=True, exist_ok=True)
    rows = []
    for apk in apks:
        cached = args.out / f"{apk.stem}.json"
        if cached.is_file():
            row = json.loads(cached.read_text())
        else:
            row = run_app(apk, args.explore, args.budget, args.timeout)
            cached.write_text(json.dumps(row, indent=1, sort_keys=True))
        rows.append(row)
        ex, inv = row["explore"], row["invoke_all"]
        print(f"{apk.name}: explore {ex.get('error') or _pct(ex['union'])}, "
              f"invoke-all {inv.get('error') or _pct(inv['union'])}", flush=True)
    table = markdown(rows, args.explore)
    if args.markdown is not None:
        args.markdown.write_text(table, encoding="utf-8")
    print(table)
    return 0


if __name__ == "__main__":
    sys.exit(main())
