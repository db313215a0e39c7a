"""`dexlego runs`: list and show the runs in the trace store."""

from __future__ import annotations

import json
import sys
from collections.abc import Iterator
from contextlib import contextmanager
from typing import Any

import click

DB_OPTION = click.option(
    "--db", "db_url", metavar="URL", default=None,
    help="Store URL (sqlite:///PATH or postgresql://...); default $DEXLEGO_DB or "
         "$XDG_DATA_HOME/dexlego/dexlego.db.")


@contextmanager
def one_line_errors(subject: str | None = None) -> Iterator[None]:
    """Turn store and trace errors into `dexlego: <subject>: <problem>` on stderr, exit 1."""
    from dexlego.store.errors import StoreError
    from dexlego.trace.errors import TraceError

    try:
        yield
    except (StoreError, TraceError) as exc:
        click.echo(f"dexlego: {_display(subject)}: {exc}", err=True)
        sys.exit(1)


def _display(subject: str | None) -> str:
    """The store URL (or file) to name in an error, without a password."""
    from sqlalchemy.engine import make_url
    from sqlalchemy.exc import ArgumentError

    from dexlego.store.paths import default_url

    if subject is None:  # name the default store the user did not spell out
        subject = default_url()
    if "://" not in subject:
        return subject
    try:
        return make_url(subject).render_as_string(hide_password=True)
    except ArgumentError:
        return subject


def emit_json(obj: Any) -> None:
    click.echo(json.dumps(obj, indent=2, sort_keys=True, ensure_ascii=False))


@click.group()
def runs() -> None:
    """Runs recorded in the trace store."""


@runs.command("list")
@DB_OPTION
@click.option("--json", "as_json", is_flag=True, help="JSON on stdout.")
def list_runs(db_url: str | None, as_json: bool) -> None:
    """List every run, oldest first."""
    from dexlego.store import open_store

    with one_line_errors(db_url), open_store(db_url) as store:
        infos = store.list_runs()
    if as_json:
        emit_json([r.to_json() for r in infos])
        return
    if not infos:
        click.echo("no runs")
    for r in infos:
        d = r.to_json()
        click.echo(f"{r.id:>5}  {r.status:<10}  {r.runtime:<8}  {r.package}  "
                   f"{d['started_at']}  {r.accepted_messages} msgs"
                   + (f", {r.rejected_messages} rejected" if r.rejected_messages else "")
                   + (f"  ({r.reason})" if r.reason else "")
                   + (f"  [forced, parent {r.parent_run_id}: {len(r.forced)} decisions]"
                      if r.forced is not None else ""))


@runs.command("show")
@click.argument("run_id", type=int)
@DB_OPTION
@click.option("--json", "as_json", is_flag=True, help="JSON on stdout.")
def show_run(run_id: int, db_url: str | None, as_json: bool) -> None:
    """Show one run: facts, status, record counts and rejection reasons."""
    from dexlego.store import open_store

    with one_line_errors(db_url), open_store(db_url) as store:
        info = store.get_run(run_id).to_json()
        info["records"] = store.record_counts(run_id)
        info["rejections"] = store.rejections(run_id)
    if as_json:
        emit_json(info)
        return
    for key in ("id", "package", "apk_sha256", "runtime", "status", "reason", "started_at",
                "ended_at", "accepted_messages", "rejected_messages"):
        click.echo(f"{key:>18}: {info[key]}")
    click.echo(f"{'device':>18}: {info['device']}")
    if info["forced_decisions"] is not None:
        click.echo(f"{'parent_run_id':>18}: {info['parent_run_id']}")
        for d in info["forced_decisions"]:
            click.echo(f"{'forced':>18}: {_decision_text(d)}")
    for kind, n in info["records"].items():
        click.echo(f"{kind:>18}: {n}")
    for reason in info["rejections"]:
        click.echo(f"{'rejected':>18}: {reason}")


def _decision_text(d: dict[str, Any]) -> str:
    if d.get("kind") == "branch":
        return f"{d.get('method')} pc {d.get('pc')} -> {d.get('target')}"
    return f"{d.get('kind')} {d.get('method') or ''}".rstrip()
