"""`dexlego run`: the whole pipeline on one APK (or on the embedded sample app)."""

from __future__ import annotations

import json
import os
import sys
from pathlib import Path
from typing import Any

import click

from dexlego.cli.analyzer_choice import (
    analyzer_limit_options,
    analyzer_limits,
    analyzer_option,
    resolve_analyzers,
    stop_on_signals,
)
from dexlego.cli.explore_options import explore_options


def _cache_dir() -> Path:
    base = os.environ.get("XDG_CACHE_HOME") or str(Path.home() / ".cache")
    return Path(base) / "dexlego"


def _fail(message: str) -> None:
    click.echo(f"dexlego: error: {message}", err=True)
    sys.exit(1)


@click.command()
@click.argument("apk", required=False, type=click.Path(path_type=Path))
@click.option("--runtime", type=click.Choice(["emulator", "device"]), default="emulator", show_default=True,
              help="device is EXPERIMENTAL: its ART path has never run on a real device (docs/device.md).")
@analyzer_option
@analyzer_limit_options
@click.option("--report", "report", type=click.Path(path_type=Path), help="Write an HTML report here.")
@click.option("--workdir", type=click.Path(path_type=Path),
              help="Where the reassembled APK and analyzer outputs go [default: dexlego-out/APK_NAME].")
@click.option("--mode", type=click.Choice(["union", "executed"]), default="union", show_default=True)
@click.option("--seed", type=int, default=0, show_default=True, help="Emulator/monkey seed.")
@click.option("--budget", type=int, help="Emulator instruction budget.")
@click.option("--timeout", type=float, help="Emulator wall-clock limit in seconds.")
@click.option("--serial", "-s", help="Device serial (device runtime).")
@click.option("--duration", type=float, default=60.0, show_default=True, help="Device run time in seconds.")
@click.option("--frida-server", type=click.Path(path_type=Path), help="frida-server binary to push.")
@click.option("--db", "db_url", help="Store URL (default: SQLite in the XDG data directory).")
@explore_options
@click.option("--json", "as_json", is_flag=True, help="Print the summary as JSON on stdout.")
def run(apk: Path | None, runtime: str, analyzer_names: tuple[str, ...], analyzer_timeout: float,
        analyzer_memory: int, report: Path | None, workdir: Path | None, mode: str, seed: int,
        budget: int | None, timeout: float | None, serial: str | None, duration: float,
        frida_server: Path | None, db_url: str | None, explore: int, invoke_all: bool,
        as_json: bool) -> None:
    """Collect, reassemble, verify and analyze APK before and after.

    Without APK, runs on the embedded sample app: a leak hidden behind a dynamically
    loaded DEX and reflection, which the analyzers find only after reassembly.

    The summary is kept in WORKDIR/summary.json after every step; stopped by SIGTERM or
    SIGINT, the run prints what it has (status "incomplete") and exits 128 + the signal.
    Exit 1 when the run ends incomplete for another reason (e.g. reassembly failed).
    """
    from rich.console import Console

    from analyzers.base import AnalyzerError
    from dexlego.apkbuild import ApkBuildError
    from dexlego.device.errors import DeviceError
    from dexlego.emulator.errors import EmulatorError
    from dexlego.pipeline import PipelineError, PipelineOptions, PipelineStopped, run_pipeline
    from dexlego.store import StoreError
    from reassembler.dex.errors import DexError
    from reassembler.errors import ReassembleError

    console = Console(stderr=True)
    try:
        chosen = resolve_analyzers(analyzer_names)
        if apk is None:
            from dexlego.sample import build_sample

            apk = build_sample(_cache_dir() / "sample" / "hiddenleak.apk")
            console.print(f"[dim]built the sample app: {apk}[/dim]")
        opts = PipelineOptions(runtime=runtime, seed=seed, budget=budget, timeout=timeout, serial=serial,
                               duration=duration, frida_server=frida_server, mode=mode, db_url=db_url,
                               analyzer_limits=analyzer_limits(analyzer_timeout, analyzer_memory),
                               explore=explore, invoke_all=invoke_all)
        with stop_on_signals(), console.status("starting") as status:
            summary: dict[str, Any] = run_pipeline(
                apk, workdir or Path("dexlego-out") / apk.stem, chosen, opts,
                progress=lambda msg: status.update(msg),
            )
    except PipelineStopped as stopped:
        _show(console, stopped.summary, report, as_json)
        reason = str(stopped)
        click.echo(f"dexlego: {reason}; summary so far in {stopped.summary['summary_file']}", err=True)
        sys.exit(130 if "SIGINT" in reason or "interrupted" in reason else 143)
    except (PipelineError, ReassembleError, DexError, AnalyzerError, ApkBuildError, StoreError,
            EmulatorError, DeviceError) as exc:
        _fail(str(exc))
        return
    _show(console, summary, report, as_json)
    if summary["status"] != "complete":
        click.echo(f"dexlego: run incomplete: {summary['reason']}", err=True)
        sys.exit(1)


def _show(console: Any, summary: dict[str, Any], report: Path | None, as_json: bool) -> None:
    from dexlego.report.html import render_run_report

    if report is not None and "reassemble" in summary:
        report.parent.mkdir(parents=True, exist_ok=True)
        report.write_text(render_run_report(summary), encoding="utf-8")
        summary["report"] = str(report)
    if as_json:
        click.echo(json.dumps(summary, indent=2, sort_keys=True))
        return
    _print_summary(console, summary)


def _print_summary(console: Any, s: dict[str, Any]) -> None:
    from rich.console import Console
    from rich.table import Table

    console.print(f"[bold]{s.get('package') or s['apk']}[/bold]  run {s['run_id']}  "
                  f"({s.get('collect', {}).get('status')}, "
                  f"{s.get('collect', {}).get('methods_executed')} methods executed)  "
                  f"{s['status']}" + (f": {s['reason']}" if s.get("reason") else ""))
    collected = s.get("collect", {})
    if collected.get("forced_runs"):
        u = collected["coverage"]["union"]
        console.print(f"forced runs: {len(collected['forced_runs'])} (runs "
                      f"{', '.join(str(i) for i in collected['run_ids'][1:])}); union "
                      f"{u['methods_executed']}/{u['app_methods']} app methods; "
                      f"{len(collected['forced_leaks'])} leaks seen only on forced paths")
    r = s.get("reassemble")
    if r is None:
        return
    console.print(f"reassembled: {r['output']}  verify {'ok' if r['verify_ok'] else 'FAILED'}; "
                  f"{r['methods_restored']} methods restored, {r['versions_merged']} versions merged, "
                  f"{r['reflection_sites_rewritten']} reflection sites, "
                  f"{r.get('icc_sites_linked', 0)} ICC sites, "
                  f"{r['dynamic_classes_merged']} dynamic classes")
    table = Table("analyzer", "original", "reassembled", "only after")
    for a in s["analyzers"]:
        if not a["available"]:
            table.add_row(a["name"], "-", "-", f"unavailable: {a['reason']}")
            continue
        table.add_row(a["name"], str(len(a["original_flows"])), str(len(a["reassembled_flows"])),
                      str(len(a["only_after"])) + (f" (error: {a['error']})" if a["error"] else ""))
    Console().print(table)
    if s.get("report"):
        console.print(f"report: {s['report']}")
