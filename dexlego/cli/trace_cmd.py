"""`dexlego trace`: export a run as JSON lines, import such a file as a new run."""

from __future__ import annotations

import os
import re
import sys
import tempfile
from pathlib import Path

import click

from dexlego.cli.runs_cmd import DB_OPTION, emit_json, one_line_errors


@click.group()
def trace() -> None:
    """Move traces in and out of the store (JSON lines, docs/trace-format.md)."""


@trace.command("export")
@click.argument("run_id", type=int)
@click.option("-o", "--output", "output", required=True, metavar="FILE",
              help="Where to write the trace (`-` for stdout).")
@DB_OPTION
def export_cmd(run_id: int, output: str, db_url: str | None) -> None:
    """Write run RUN_ID as canonical JSON lines."""
    from dexlego.store import open_store

    with one_line_errors(db_url), open_store(db_url) as store:
        store.get_run(run_id)  # fail before creating any file
        if output == "-":
            for line in store.export_lines(run_id):
                sys.stdout.write(line + "\n")
            return
        dest = Path(output)
        with one_line_errors(output):
            _write_atomically(dest, store.export_lines(run_id))


def _write_atomically(dest: Path, lines: object) -> None:
    """Write to a temporary file beside `dest` and rename it: no partial output on failure."""
    from collections.abc import Iterable

    from dexlego.trace.errors import TraceError

    assert isinstance(lines, Iterable)
    directory = dest.parent if str(dest.parent) else Path(".")
    try:
        fd, tmp = tempfile.mkstemp(prefix=".dexlego-export-", dir=directory)
    except OSError as exc:
        raise TraceError(f"cannot write: {exc.strerror}") from None
    try:
        with os.fdopen(fd, "w", encoding="utf-8", newline="\n") as fh:
            for line in lines:
                fh.write(line + "\n")
        os.replace(tmp, dest)
    except OSError as exc:
        Path(tmp).unlink(missing_ok=True)
        raise TraceError(f"cannot write: {exc.strerror}") from None
    except BaseException:
        Path(tmp).unlink(missing_ok=True)
        raise


@trace.command("import")
@click.argument("file", type=click.Path(dir_okay=False, allow_dash=True))
@DB_OPTION
@click.option("--json", "as_json", is_flag=True, help="JSON on stdout.")
def import_cmd(file: str, db_url: str | None, as_json: bool) -> None:
    """Import FILE (an exported trace) as a new run and print its id."""
    from dexlego.store import open_store
    from dexlego.store.exchange import read_lines
    from dexlego.trace.jsonlines import bounded_lines

    with one_line_errors(file):
        if file != "-" and not os.path.isfile(file):
            raise _trace_error("no such file")
        lines = bounded_lines(sys.stdin.buffer) if file == "-" else read_lines(file)
        with open_store(db_url) as store:
            run_id = store.import_run(lines)
            info = store.get_run(run_id)
    if as_json:
        emit_json({"run_id": run_id, "status": info.status,
                   "accepted_messages": info.accepted_messages,
                   "rejected_messages": info.rejected_messages})
    else:
        click.echo(run_id)


@trace.command("validate")
@click.argument("file", type=click.Path(dir_okay=False, allow_dash=True))
@click.option("--json", "as_json", is_flag=True, help="JSON on stdout.")
def validate_cmd(file: str, as_json: bool) -> None:
    """Check FILE (JSON lines of runtime messages or batches, or an exported trace) without a
    store.

    The `run` header on the first line of an exported trace is checked as `trace import`
    checks it. Each message is validated on its own (references between messages, such as a
    method_exec naming an earlier code_version, are checked only by the intake). The first
    200 rejections are listed, all are counted (by rule). Exit status 1 when any line is
    rejected.
    """
    from dexlego.store.exchange import check_header, read_lines
    from dexlego.trace.errors import TraceRejected
    from dexlego.trace.jsonlines import bounded_lines, decode_line
    from dexlego.trace.messages import batch_messages, message_type, validate_message

    tally = _Rejections()
    accepted = 0
    with one_line_errors(file):
        if file != "-" and not os.path.isfile(file):
            raise _trace_error("no such file")
        lines = bounded_lines(sys.stdin.buffer) if file == "-" else read_lines(file)
        for number, line in enumerate(lines, 1):
            if not line.strip():
                continue
            try:
                obj = decode_line(line)
                if number == 1 and isinstance(obj, dict) and obj.get("type") == "run":
                    check_header(obj)  # an exported trace's header
                    accepted += 1
                    continue
                inner = batch_messages(obj) if message_type(obj) == "batch" else [obj]
            except TraceRejected as r:
                tally.add(number, r.reason)
                continue
            for obj in inner:
                try:
                    validate_message(obj)
                    accepted += 1
                except TraceRejected as r:
                    tally.add(number, r.reason)
    if as_json:
        emit_json({"file": file, "accepted": accepted, "rejected": tally.kept,
                   "rejected_count": tally.count, "rejected_by_rule": tally.by_rule})
    else:
        for item in tally.kept:
            click.echo(f"{file}:{item['line']}: {item['reason']}")
        if tally.count > len(tally.kept):
            click.echo(f"... {tally.count - len(tally.kept)} more rejections not listed")
        for rule, n in sorted(tally.by_rule.items(), key=lambda kv: -kv[1]):
            click.echo(f"{n:>10}  {rule}")
        click.echo(f"{accepted} accepted, {tally.count} rejected")
    if tally.count:
        sys.exit(1)


_DIGITS = re.compile(r"\d+")


class _Rejections:
    """Rejections of a validation: the first few kept, all counted by rule (bounded too)."""

    KEPT = 200
    RULES = 64

    def __init__(self) -> None:
        self.kept: list[dict[str, object]] = []
        self.count = 0
        self.by_rule: dict[str, int] = {}

    def add(self, line: int, reason: str) -> None:
        self.count += 1
        if len(self.kept) < self.KEPT:
            self.kept.append({"line": line, "reason": reason})
        # The rule is the reason's lead with numbers folded: "line of N bytes, more than N".
        rule = _DIGITS.sub("N", reason.split(": ", 1)[0])[:80]
        if rule not in self.by_rule and len(self.by_rule) >= self.RULES:
            rule = "other"
        self.by_rule[rule] = self.by_rule.get(rule, 0) + 1


def _trace_error(msg: str) -> Exception:
    from dexlego.trace.errors import TraceImportError

    return TraceImportError(msg)
