"""`dexlego dex`: read, verify, diff and round-trip DEX files (bare .dex or APK/JAR/ZIP).

Every subcommand reads its inputs through `reassembler.dex.container` (safe against zip bombs
and `../` names) and `reassembler.dex.reader`. Bad input is one line on stderr,
`dexlego: error: FILE: problem`, and a non-zero exit status, with nothing written.
Exit statuses: 0 ok/equal, 1 verification failed / files differ, 2 unusable input or
output, 3 internal error.
"""

from __future__ import annotations

import json
import os
import shutil
import sys
import tempfile
import time
from collections.abc import Callable
from pathlib import Path
from typing import Any, NoReturn

import click

from reassembler.dex.errors import DexError

EXIT_FAILED = 1
EXIT_BAD_INPUT = 2
EXIT_INTERNAL = 3


def _fail(subject: object, problem: object, status: int = EXIT_BAD_INPUT) -> NoReturn:
    text = " ".join(str(problem).split())  # one line, whatever the message holds
    prefix = f"{subject}: "
    if text.startswith(prefix):  # container errors already name the file
        text = text[len(prefix) :]
    click.echo(f"dexlego: error: {subject}: {text}", err=True)
    sys.exit(status)


def _inputs(path: Path, nested: bool) -> list[tuple[str, bytes]]:
    """The DEX files of `path` (plus those nested in its assets); exits on bad input."""
    from reassembler.dex.container import nested_dex, open_dex_inputs

    try:
        return open_dex_inputs(path) + (nested_dex(path) if nested else [])
    except DexError as exc:
        _fail(path, exc)


def _load(path: Path, nested: bool = False, checksum: bool = True) -> list[tuple[str, Any]]:
    """(name, DexFile) for every DEX in `path`; exits with one line on bad input. What the
    reader accepts with a warning (a stale SHA-1) is one line on stderr."""
    return [(name, _read(path, name, data, checksum)) for name, data in _inputs(path, nested)]


def _read(path: Path, name: str, data: bytes, checksum: bool, lazy: bool = False) -> Any:
    """One DEX of `path` as a model; exits with one line on bad input. `lazy`: code items are
    decoded on first use (see read_dex)."""
    from reassembler.dex.container import input_label
    from reassembler.dex.reader import read_dex

    try:
        return read_dex(data, name=input_label(path, name), verify_checksum=checksum,
                        warn=_warn, bad_code="throw", lazy=lazy)
    except DexError as exc:
        _fail(path, exc)


def _warn(message: str) -> None:
    click.echo(f"dexlego: warning: {' '.join(message.split())}", err=True)


def _emit(payload: dict[str, Any], as_json: bool, lines: list[str]) -> None:
    if as_json:
        click.echo(json.dumps(payload, indent=2, sort_keys=True))
    else:
        for line in lines:
            click.echo(line)


IGNORE_CHECKSUM = click.option(
    "--ignore-checksum",
    is_flag=True,
    help="Accept a wrong Adler-32/SHA-1 (DEX dumped from memory or patched in place).",
)


@click.group()
def dex() -> None:
    """Read, verify, diff and round-trip DEX files (.dex, or an APK/JAR/ZIP's classes*.dex)."""


# -- info ---------------------------------------------------------------------------------


@dex.command()
@click.argument("file", type=click.Path(path_type=Path))
@click.option("--json", "as_json", is_flag=True, help="JSON on stdout.")
@click.option("--nested", is_flag=True, help="Also DEX files inside the APK's jars/zips/assets.")
@IGNORE_CHECKSUM
def info(file: Path, as_json: bool, nested: bool, ignore_checksum: bool) -> None:
    """Counts of classes, methods, fields and instructions of each DEX in FILE."""
    try:
        started = time.perf_counter()
        models = _load(file, nested, checksum=not ignore_checksum)
        seconds = time.perf_counter() - started
        rows = [_counts(name, model) for name, model in models]
    except SystemExit:
        raise
    except Exception as exc:  # noqa: BLE001 - last resort: never a traceback
        _fail(file, f"internal error: {type(exc).__name__}: {exc}", EXIT_INTERNAL)
    totals = {k: sum(r[k] for r in rows) for k in ("classes", "methods", "fields", "instructions")}
    payload = {"file": str(file), "dex": rows, "total": totals, "read_seconds": round(seconds, 3)}
    lines = [
        f"{r['name']}: version {r['version']:03d}, {r['classes']} classes, {r['methods']} methods, "
        f"{r['fields']} fields, {r['instructions']} instructions"
        for r in rows
    ]
    _emit(payload, as_json, lines)


def _counts(name: str, model: Any) -> dict[str, Any]:
    from reassembler.dex.model import Instruction

    methods = [m for c in model.classes for m in c.direct_methods + c.virtual_methods]
    return {
        "name": name,
        "version": model.version,
        "classes": len(model.classes),
        "methods": len(methods),
        "fields": sum(len(c.static_fields) + len(c.instance_fields) for c in model.classes),
        "code_items": sum(1 for m in methods if m.code is not None),
        "instructions": sum(
            sum(1 for i in m.code.items if isinstance(i, Instruction))
            for m in methods
            if m.code is not None
        ),
    }


# -- verify -------------------------------------------------------------------------------


@dex.command()
@click.argument("file", type=click.Path(path_type=Path))
@click.option("--json", "as_json", is_flag=True, help='JSON {"ok": bool, "errors": [...]} on stdout.')
@click.option("--no-dexdump", is_flag=True, help="Skip `dexdump -c` even when installed.")
@click.option("--nested", is_flag=True, help="Also DEX files inside the APK's jars/zips/assets.")
def verify(file: Path, as_json: bool, no_dexdump: bool, nested: bool) -> None:
    """Check FILE: our reader's structural checks, the bytecode verifier, and `dexdump -c`
    (ART's DexFileVerifier) when installed. Exit 0 only when every check passes."""
    warnings: list[str] = []
    try:
        errors, checks = _verify(file, run_dexdump_too=not no_dexdump, nested=nested,
                                 warn=warnings.append)
    except SystemExit:
        raise
    except Exception as exc:  # noqa: BLE001 - last resort: never a traceback
        _fail(file, f"internal error: {type(exc).__name__}: {exc}", EXIT_INTERNAL)
    for warning in warnings:
        _warn(warning)
    payload = {"file": str(file), "ok": not errors, "errors": errors, "warnings": warnings,
               "checks": checks}
    _emit(payload, as_json, errors or [f"{file}: ok ({', '.join(checks)})"])
    if errors:
        more = f" (and {len(errors) - 1} more)" if len(errors) > 1 else ""
        _fail(file, errors[0] + more, EXIT_FAILED)


def _verify(file: Path, *, run_dexdump_too: bool, nested: bool,
            warn: Callable[[str], None]) -> tuple[list[str], list[str]]:
    from reassembler.dex.bytecode_verify import verify_dex_bytes
    from reassembler.dex.container import input_label
    from reassembler.dex.dexdump import dexdump_available, run_dexdump

    inputs = _inputs(file, nested)
    errors: list[str] = []
    checks = ["reader", "bytecode"]
    for name, data in inputs:
        errors.extend(verify_dex_bytes(data, input_label(file, name), warn, as_input=True))
    if run_dexdump_too and dexdump_available():
        checks.append("dexdump")
        targets = [file / n for n, _ in inputs] if file.is_dir() else [file]
        for target in targets:
            errors.extend(f"dexdump: {e}" for e in run_dexdump(target))
    return errors, checks


# -- diff ---------------------------------------------------------------------------------


@dex.command()
@click.argument("a", type=click.Path(path_type=Path))
@click.argument("b", type=click.Path(path_type=Path))
@click.option("--json", "as_json", is_flag=True, help='JSON {"equal": bool, "differences": [...]}.')
@IGNORE_CHECKSUM
def diff(a: Path, b: Path, as_json: bool, ignore_checksum: bool) -> None:
    """Semantic differences between A and B (each a .dex or an APK's classes*.dex, merged).
    Exit 0 only when they are equal."""
    from reassembler.dex.diff import diff_dex, merge_dex

    try:
        left = merge_dex([m for _, m in _load(a, checksum=not ignore_checksum)])
        right = merge_dex([m for _, m in _load(b, checksum=not ignore_checksum)])
        differences = diff_dex(left, right, names=(str(a), str(b)))
    except SystemExit:
        raise
    except Exception as exc:  # noqa: BLE001 - last resort: never a traceback
        _fail(f"{a} {b}", f"internal error: {type(exc).__name__}: {exc}", EXIT_INTERNAL)
    payload = {"a": str(a), "b": str(b), "equal": not differences, "differences": differences}
    _emit(payload, as_json, differences or ["equal"])
    if differences:
        sys.exit(EXIT_FAILED)


# -- roundtrip ----------------------------------------------------------------------------


@dex.command()
@click.argument("input_path", metavar="IN", type=click.Path(path_type=Path))
@click.option("-o", "--output", "outdir", required=True, type=click.Path(path_type=Path),
              help="Directory for classes.dex, classes2.dex, ...")
@click.option("--version", "version", type=int, default=None,
              help="DEX version to write (35, 37, 38, 39); default: the lowest the code needs.")
@click.option("--force", is_flag=True, help="Replace classes*.dex already in OUTDIR.")
@click.option("--json", "as_json", is_flag=True, help="JSON summary on stdout.")
@IGNORE_CHECKSUM
def roundtrip(input_path: Path, outdir: Path, version: int | None, force: bool,
              as_json: bool, ignore_checksum: bool) -> None:
    """Read every classes*.dex of IN and write it again with our writer into OUTDIR.

    Each input file is written on its own (`write_dex_files`, which splits it only if it no
    longer fits one file), so the output keeps the input's multi-dex split. Atomic: the files
    appear in OUTDIR only when all of them were written.
    """
    from reassembler.dex.writer import write_dex_files

    if outdir.exists() and not outdir.is_dir():
        _fail(outdir, "exists and is not a directory")
    stale = sorted(outdir.glob("classes*.dex")) if outdir.is_dir() else []
    if stale and not force:
        _fail(outdir, f"already holds {stale[0].name} (use --force to replace)")
    try:
        read_s = write_s = 0.0
        outputs: list[bytes] = []
        # One file at a time (a model is dropped before the next is read), lazily: the
        # writer copies every code item through, renumbered where the pools moved.
        for name, data in _inputs(input_path, nested=False):
            started = time.perf_counter()
            model = _read(input_path, name, data, checksum=not ignore_checksum, lazy=True)
            read_s += time.perf_counter() - started
            started = time.perf_counter()
            outputs.extend(write_dex_files(model, version=version))
            write_s += time.perf_counter() - started
            del model
    except SystemExit:
        raise
    except DexError as exc:
        _fail(input_path, exc)
    except Exception as exc:  # noqa: BLE001 - last resort: never a traceback
        _fail(input_path, f"internal error: {type(exc).__name__}: {exc}", EXIT_INTERNAL)
    names = ["classes.dex"] + [f"classes{i}.dex" for i in range(2, len(outputs) + 1)]
    _publish(outdir, dict(zip(names, outputs, strict=True)), stale)
    payload = {
        "input": str(input_path),
        "output": str(outdir),
        "files": [{"name": n, "size": len(d)} for n, d in zip(names, outputs, strict=True)],
        "read_seconds": round(read_s, 3),
        "write_seconds": round(write_s, 3),
    }
    lines = [f"{outdir / n}: {len(d)} bytes" for n, d in zip(names, outputs, strict=True)]
    _emit(payload, as_json, lines)


def _publish(outdir: Path, files: dict[str, bytes], stale: list[Path]) -> None:
    """Write `files` into a temporary sibling directory, then move them into `outdir`."""
    parent = outdir.resolve().parent
    tmp: Path | None = None
    created = False
    try:
        parent.mkdir(parents=True, exist_ok=True)
        tmp = Path(tempfile.mkdtemp(prefix=".dexlego-roundtrip-", dir=parent))
        for name, data in files.items():
            (tmp / name).write_bytes(data)
        if not outdir.exists():
            os.rename(tmp, outdir)
            created = True
            tmp = None
            umask = os.umask(0)
            os.umask(umask)
            outdir.chmod(0o777 & ~umask)  # mkdtemp made it private
            return
        for old in stale:
            if old.name not in files:
                old.unlink()
        for name in files:
            os.replace(tmp / name, outdir / name)
    except OSError as exc:
        if created:
            shutil.rmtree(outdir, ignore_errors=True)
        _fail(outdir, f"cannot write: {exc.strerror or exc}")
    finally:
        if tmp is not None:
            shutil.rmtree(tmp, ignore_errors=True)
