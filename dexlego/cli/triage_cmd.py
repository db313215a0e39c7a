"""`dexlego triage`: a resumable batch over many APKs, locally or on a Ray cluster."""

from __future__ import annotations

import json
import sys
from pathlib import Path

import click

from dexlego.cli.analyzer_choice import analyzer_limit_options, analyzer_limits, analyzer_option
from dexlego.cli.explore_options import explore_options


def _fail(message: str, status: int = 1) -> None:
    click.echo(f"dexlego: error: {message}", err=True)
    sys.exit(status)


def _attached_serials() -> list[str]:
    from dexlego.device.adb import list_devices
    from dexlego.device.errors import DeviceError

    try:
        return [d.serial for d in list_devices() if d.state == "device"]
    except DeviceError as exc:
        _fail(str(exc))
        return []


@click.command()
@click.argument("source", required=False, type=click.Path(path_type=Path))
@click.option("--jobs", type=int, default=2, show_default=True, help="APKs processed at once (local).")
@click.option("--runtime", type=click.Choice(["emulator", "device"]), default="emulator", show_default=True,
              help="device is EXPERIMENTAL: its ART path has never run on a real device (docs/device.md).")
@click.option("--devices", help="Device runtime: 'all' or SERIAL,SERIAL,... (one worker per device).")
@click.option("--ray", "ray_address", help="Run on Ray: 'auto' joins the local cluster, or ADDRESS.")
@analyzer_option
@analyzer_limit_options
@click.option("--timeout-per-apk", type=float, default=1800.0, show_default=True)
@click.option("--memory-per-apk", type=int, default=6144, show_default=True,
              help="Resident memory cap per APK in MB (its worker and all it starts).")
@click.option("--retry-failed", is_flag=True, help="Process again the APKs that failed before.")
@click.option("--workdir", type=click.Path(path_type=Path), default=Path("dexlego-triage"), show_default=True)
@click.option("--report", type=click.Path(path_type=Path), help="HTML report (a CSV is written beside it).")
@click.option("--csv", "csv_out", type=click.Path(path_type=Path), help="CSV ranking.")
@click.option("--db", "db_url", help="Store URL; a shared PostgreSQL URL for a Ray cluster.")
@explore_options
@click.option("--json", "as_json", is_flag=True, help="Print the batch as JSON on stdout.")
@click.option("--print-node-resources", is_flag=True,
              help="Print this node's Ray resources (one per attached device) and exit.")
def triage(source: Path | None, jobs: int, runtime: str, devices: str | None, ray_address: str | None,
           analyzer_names: tuple[str, ...], analyzer_timeout: float, analyzer_memory: int,
           timeout_per_apk: float, memory_per_apk: int, retry_failed: bool,
           workdir: Path, report: Path | None, csv_out: Path | None, db_url: str | None,
           explore: int, invoke_all: bool, as_json: bool, print_node_resources: bool) -> None:
    """Triage every APK of SOURCE (a directory or a list file): apkid, collect, reassemble,
    analyze; rank the APKs by what reassembly revealed. Re-running resumes the batch."""
    from rich.console import Console
    from rich.progress import BarColumn, MofNCompleteColumn, Progress, TextColumn, TimeElapsedColumn

    from dexlego.store import StoreError, open_store
    from dexlego.triage.batch import DEVICE_RESOURCE_PREFIX, Limits, TriageError, collect_inputs, run_batch
    from dexlego.triage.report import batch_json, write_csv, write_html
    from dexlego.triage.work import TriageOptions

    if print_node_resources:
        click.echo(json.dumps({f"{DEVICE_RESOURCE_PREFIX}{s}": 1 for s in _attached_serials()}))
        return
    if source is None:
        _fail("missing SOURCE (a directory of APKs or a list file)", 2)
        return
    console = Console(stderr=True)
    serials: list[str] | None = None
    if runtime == "device" and ray_address is None:
        serials = _attached_serials() if devices in (None, "all") else \
            [s for s in (devices or "").split(",") if s]
        if not serials:
            _fail("no Android device attached (adb devices lists none)")
    try:
        apks = collect_inputs(source)
        bounds = analyzer_limits(analyzer_timeout, analyzer_memory)
        opts = TriageOptions(runtime=runtime, analyzers=analyzer_names, db_url=db_url,
                             analyzer_timeout=bounds.timeout_s, analyzer_memory_mb=bounds.memory_mb,
                             explore=explore, invoke_all=invoke_all)
        with open_store(db_url) as store, Progress(
            TextColumn("{task.description}"), BarColumn(), MofNCompleteColumn(), TimeElapsedColumn(),
            console=console, transient=True,
        ) as bar:
            task = bar.add_task("triage", total=len(apks))
            result = run_batch(
                store, apks, workdir, opts, jobs=jobs,
                limits=Limits(timeout_per_apk=timeout_per_apk, memory_mb=memory_per_apk),
                devices=serials, ray_address=None if ray_address in (None, "auto") else ray_address,
                use_ray=ray_address is not None, retry_failed=retry_failed,
                progress=lambda item, out: bar.update(
                    task, advance=1, description=f"{Path(item.path).name} {'ok' if out.ok else 'failed'}"),
            )
    except (TriageError, StoreError) as exc:
        _fail(str(exc))
        return
    doc = batch_json(result)
    if report is not None:
        write_html(doc, report)
        write_csv(doc, csv_out or report.with_suffix(".csv"))
    elif csv_out is not None:
        write_csv(doc, csv_out)
    b = doc["batch"]
    # Nothing worked: every APK of the batch failed (an empty batch is refused earlier).
    nothing_worked = b["apks"] > 0 and b["done"] == 0 and b["pending"] == 0
    if as_json:
        click.echo(json.dumps(doc, indent=2, sort_keys=True))
        if nothing_worked:
            _fail(f"every APK of the batch failed ({b['failed']})")
        return
    console.print(f"{b['apks']} APKs: {b['done']} done, {b['failed']} failed, {b['pending']} pending "
                  f"({b['processed_now']} processed now, {b['recovered']} recovered from a dead run)")
    for row in doc["apks"][:10]:
        console.print(f"  {row['flows_only_after']:>3} flows only after  {row['hidden_code_size']:>5} "
                      f"hidden insns  {Path(row['path']).name}  {row['status']}")
    if nothing_worked:
        _fail(f"every APK of the batch failed ({b['failed']})")
