"""`dexlego reassemble`: rebuild an app's DEX/APK from its original code plus collected runs."""

from __future__ import annotations

import json
import sys
from pathlib import Path

import click


@click.command()
@click.argument("apk", type=click.Path(path_type=Path, dir_okay=False))
@click.option("--run", "run_ids", type=int, multiple=True, required=True, metavar="ID",
              help="A run of this APK in the store; repeat to merge several runs.")
@click.option("-o", "--output", "out", type=click.Path(path_type=Path), required=True,
              help="Output APK (or, with --dex-only, a directory for classes*.dex).")
@click.option("--dex-only", is_flag=True, help="Write only the classes*.dex files into OUTPUT.")
@click.option("--mode", type=click.Choice(["union", "executed"]), default="union",
              show_default=True,
              help="union: never-run methods keep their original code; executed: they become "
                   "stubs that throw (the paper's pure mode).")
@click.option("--db", "db_url", metavar="URL", default=None,
              help="Store URL (sqlite:///PATH or postgresql://...); default $DEXLEGO_DB or "
                   "$XDG_DATA_HOME/dexlego/dexlego.db.")
@click.option("--json", "as_json", is_flag=True, help="JSON report on stdout.")
def reassemble(apk: Path, run_ids: tuple[int, ...], out: Path, dex_only: bool, mode: str,
               db_url: str | None, as_json: bool) -> None:
    """Rebuild APK with the code its runs executed, reflection and dynamic loading resolved."""
    from dexlego.store.errors import StoreError
    from dexlego.store.store import open_store
    from reassembler.errors import ReassembleError
    from reassembler.pipeline import reassemble as run_reassembly

    try:
        with open_store(db_url) as store:
            report = run_reassembly(apk, list(run_ids), out, mode=mode, dex_only=dex_only,
                                    store=store)
    except (ReassembleError, StoreError) as exc:
        message = str(exc).splitlines()[0] if str(exc) else type(exc).__name__
        click.echo(f"dexlego: error: {apk}: {message}", err=True)
        sys.exit(1)
    if as_json:
        click.echo(json.dumps(report.to_json(), indent=2, sort_keys=True))
        return
    click.echo(f"wrote {report.output} ({', '.join(report.dex_files)}): "
               f"{report.methods_restored} methods restored, {report.versions_merged} merged, "
               f"{report.reflection_sites_rewritten} call sites rewritten, "
               f"{report.icc_sites_linked} ICC sites linked, "
               f"{report.dynamic_classes_merged} dynamic classes, "
               f"{len(report.stubbed_methods)} stubs")
    for w in report.warnings:
        click.echo(f"warning: {w}", err=True)
