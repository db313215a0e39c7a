"""`dexlego analyze FILE`: run static analyzers on an APK or DEX, normalized output."""

from __future__ import annotations

import json
import sys
from pathlib import Path

import click

from analyzers.base import AnalyzerError, AnalyzerResult
from dexlego.cli.analyzer_choice import analyzer_limit_options, analyzer_limits, stop_on_signals


def _fail(message: str) -> None:
    click.echo(f"dexlego analyze: {message}", err=True)
    sys.exit(2)


def _print_text(file: Path, results: list[AnalyzerResult]) -> None:
    click.echo(f"{file}")
    for r in results:
        if not r.available:
            click.echo(f"  {r.analyzer}: unavailable ({r.error})")
            continue
        status = f"error: {r.error}" if r.error else (
            f"{len(r.flows)} flow(s), {len(r.findings)} finding(s) in {r.seconds:.1f} s")
        click.echo(f"  {r.analyzer}: {status}")
        for f in r.flows:
            click.echo(f"    flow {f.source} -> {f.sink} (confidence {f.confidence:.1f})")
        for g in r.findings:
            click.echo(f"    {g.kind}: {g.label}" + (f" [{g.location}]" if g.location else ""))
        if r.raw_output:
            click.echo(f"    raw output: {r.raw_output}")


@click.command("analyze")
@click.argument("file", type=click.Path(path_type=Path, dir_okay=False))
@click.option("--analyzer", "-a", "names", multiple=True, metavar="NAME",
              help="mariana-trench, quark, apkid, androguard or flowdroid (repeatable; "
                   "default: all)")
@click.option("--json", "as_json", is_flag=True, help="print the results as JSON on stdout")
@click.option("--sarif", "sarif_out", type=click.Path(path_type=Path, dir_okay=False),
              metavar="OUT", help="also write a SARIF 2.1.0 log to OUT")
@click.option("--output-dir", "-o", type=click.Path(path_type=Path, file_okay=False),
              help="where each analyzer's raw output is kept "
                   "(default: ./dexlego-analysis/<file name>)")
@analyzer_limit_options
def analyze(file: Path, names: tuple[str, ...], as_json: bool, sarif_out: Path | None,
            output_dir: Path | None, analyzer_timeout: float, analyzer_memory: int) -> None:
    """Feed FILE (an APK or DEX, e.g. one written by `dexlego reassemble`) to static
    analyzers and report their flows and findings in one normalized format.

    Exit 1 when every chosen analyzer failed (or none is available); 2 on bad input."""
    from analyzers.inputs import kind_of
    from analyzers.registry import analyze_file, get_analyzers
    from analyzers.sarif import to_sarif

    if not file.is_file():
        _fail(f"{file}: no such file")
    try:
        kind_of(file)
        analyzers = get_analyzers(names)
    except AnalyzerError as exc:
        _fail(str(exc))
    workdir = output_dir or Path("dexlego-analysis") / file.name
    try:
        workdir.mkdir(parents=True, exist_ok=True)
    except OSError as exc:
        _fail(f"{workdir}: cannot create output directory: {exc.strerror or exc}")
    from dexlego.pipeline import Stop

    try:
        with stop_on_signals():
            results = analyze_file(file, analyzers, workdir,
                                   analyzer_limits(analyzer_timeout, analyzer_memory))
    except Stop as exc:
        click.echo(f"dexlego analyze: stopped ({exc}); raw outputs so far in {workdir}", err=True)
        sys.exit(143)
    if sarif_out is not None:
        tmp = sarif_out.with_name(sarif_out.name + ".tmp")
        try:
            tmp.write_text(json.dumps(to_sarif(file, results), indent=1))
            tmp.replace(sarif_out)  # never leave a partial SARIF log under the final name
        except OSError as exc:
            tmp.unlink(missing_ok=True)
            _fail(f"{sarif_out}: cannot write SARIF: {exc.strerror or exc}")
    if as_json:
        click.echo(json.dumps({"file": str(file), "results": [r.to_json() for r in results]},
                              indent=1))
    else:
        _print_text(file, results)
    if all(r.error for r in results):
        click.echo(f"dexlego: error: {file}: every analyzer failed "
                   f"({'; '.join(str(r.error) for r in results)})", err=True)
        sys.exit(1)
