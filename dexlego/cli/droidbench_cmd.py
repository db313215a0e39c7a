"""`dexlego droidbench`: the regression harness over a DroidBench corpus."""

from __future__ import annotations

import itertools
import json
import sys
import tempfile
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

import click

from dexlego.cli.analyzer_choice import analyzer_limit_options, analyzer_limits, analyzer_option
from dexlego.cli.explore_options import explore_options


@click.command()
@click.option("--corpus", required=True, type=click.Path(path_type=Path, exists=True, file_okay=False),
              help="Folder of <Category>/<App>.apk (e.g. ../shared/droidbench/apk).")
@analyzer_option
@analyzer_limit_options
@click.option("--jobs", type=int, default=2, show_default=True, help="Apps evaluated in parallel.")
@click.option("--json", "json_out", type=click.Path(path_type=Path), help="Write the results as JSON here.")
@click.option("--html", "html_out", type=click.Path(path_type=Path), help="Write an HTML report here.")
@click.option("--baseline", type=click.Path(path_type=Path, exists=True, dir_okay=False),
              help="Earlier --json output; exit 1 when a metric dropped or an app now fails.")
@click.option("--workdir", type=click.Path(path_type=Path), help="Keep outputs here [default: a temp dir].")
@click.option("--resume", is_flag=True,
              help="With --workdir: apps an earlier run with the same options finished there "
                   "are not run again (their saved rows are used); failed apps run again.")
@click.option("--timeout-per-app", type=float, default=900.0, show_default=True,
              help="Wall-clock limit of one app's whole pipeline (collection, reassembly, "
                   "every analyzer on both sides), in seconds.")
@click.option("--db", "db_url", help="Store URL (default: SQLite in the XDG data directory).")
@explore_options
def droidbench(corpus: Path, analyzer_names: tuple[str, ...], analyzer_timeout: float,
               analyzer_memory: int, jobs: int, json_out: Path | None,
               html_out: Path | None, baseline: Path | None, workdir: Path | None,
               resume: bool, timeout_per_app: float, db_url: str | None, explore: int,
               invoke_all: bool) -> None:
    """Run the pipeline on every app of a DroidBench corpus and score the analyzers'
    flows on original and reassembled APKs against the ground truth."""
    from rich.console import Console
    from rich.progress import BarColumn, MofNCompleteColumn, Progress, TextColumn, TimeElapsedColumn
    from rich.table import Table

    from droidbench.harness import CorpusApp, discover, regressions, run_corpus
    from droidbench.report import render

    console = Console(stderr=True)
    names = list(analyzer_names) or ["androguard", "mariana-trench", "quark", "flowdroid"]
    old: dict[str, Any] | None = None
    if baseline is not None:
        try:
            old = json.loads(baseline.read_text(encoding="utf-8"))
        except (OSError, ValueError) as exc:
            click.echo(f"dexlego: error: {baseline}: not a droidbench JSON file ({exc})", err=True)
            sys.exit(2)
    if resume and workdir is None:
        click.echo("dexlego: error: --resume needs --workdir (where the earlier run kept its rows)",
                   err=True)
        sys.exit(2)
    total = len(discover(corpus))
    with tempfile.TemporaryDirectory(prefix="dexlego-droidbench-") as tmp, Progress(
        TextColumn("{task.description}"), BarColumn(), MofNCompleteColumn(), TimeElapsedColumn(),
        console=console, transient=True,
    ) as bar:
        task = bar.add_task("DroidBench", total=total)

        done = itertools.count(1)  # progress runs on the pool's threads; next() is atomic

        def progress(app: CorpusApp, row: dict[str, Any]) -> None:
            n = next(done)
            bar.update(task, advance=1, description=f"{app.category}/{app.app}")
            if not console.is_terminal:  # logs and CI get one line per app instead of a bar
                outcome = f"error: {row['error']}" if row.get("error") else (
                    f"{row.get('observed_leaks', 0)} observed leaks, {row.get('seconds', 0)} s")
                console.print(f"[{n}/{total}] {app.category}/{app.app}: {outcome}",
                              highlight=False, markup=False, soft_wrap=True)

        result = run_corpus(corpus, workdir or Path(tmp), names, jobs=jobs,
                            timeout_per_app=timeout_per_app, db_url=db_url, progress=progress,
                            analyzer_limits=analyzer_limits(analyzer_timeout, analyzer_memory),
                            explore=explore, invoke_all=invoke_all, resume=resume)
    if json_out is not None:
        json_out.parent.mkdir(parents=True, exist_ok=True)
        json_out.write_text(json.dumps(result, indent=1, sort_keys=True), encoding="utf-8")
    if html_out is not None:
        html_out.parent.mkdir(parents=True, exist_ok=True)
        html_out.write_text(render(result, generated_at=datetime.now(UTC).isoformat(timespec="seconds")),
                            encoding="utf-8")

    def f(v: float | None) -> str:
        return "-" if v is None else f"{v:.2f}"

    for key, how in (("summary", "per flow"), ("summary_count", "by count")):
        table = Table("analyzer", "orig P", "orig R", "orig F1", "reas P", "reas R", "reas F1",
                      title=f"DroidBench {how}: {len(result['apps'])} apps, "
                            f"{result['errors']} with errors")
        for name, m in result[key].items():
            table.add_row(name, *(f(m[side][k]) for side in ("original", "reassembled")
                                  for k in ("precision", "recall", "f1")))
        Console().print(table)
    if result["unknown_apps"]:
        console.print(f"not in the ground truth (not scored): {', '.join(result['unknown_apps'])}")
    if old is not None:
        if "scoring" not in old:
            console.print("baseline scored by count (before per-flow scoring): compared with "
                          "this run's count figures")
        worse = regressions(result, old)
        for line in worse:
            console.print(f"[red]regression:[/red] {line}")
        if worse:
            sys.exit(1)
