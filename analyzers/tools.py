"""Helpers for running external analyzer programs."""

from __future__ import annotations

import os
import re
import shutil
import subprocess
import sys
from pathlib import Path

from analyzers.base import AnalyzerError

VENV_BIN = Path(sys.executable).parent


def find_program(name: str) -> Path | None:
    """A program from this interpreter's environment first, then from PATH."""
    local = VENV_BIN / name
    if local.is_file() and os.access(local, os.X_OK):
        return local
    found = shutil.which(name)
    return Path(found) if found else None


def run_logged(args: list[str], log: Path, timeout: float, cwd: Path,
               env: dict[str, str] | None = None) -> int:
    """Run a program with stdout+stderr into `log`; AnalyzerError on timeout."""
    with log.open("wb") as out:
        try:
            proc = subprocess.run(args, stdout=out, stderr=subprocess.STDOUT, cwd=cwd,
                                  env=env, timeout=timeout, check=False)
        except subprocess.TimeoutExpired:
            raise AnalyzerError(f"{Path(args[0]).name} timed out after {timeout:.0f} s") from None
        except OSError as exc:
            raise AnalyzerError(f"cannot run {args[0]}: {exc.strerror or exc}") from None
    return proc.returncode


def last_error_line(log: Path, markers: tuple[str, ...] = ("ERROR", "CRITICAL", "Error"),
                    noise: re.Pattern[str] | None = None) -> str:
    """The last line of a log that looks like an error and is not `noise` (a wrapper's own
    "the tool failed" line), else its last line; reads at most the log's last 1 MB."""
    try:
        with log.open("rb") as fh:
            fh.seek(max(0, log.stat().st_size - (1 << 20)))
            text = fh.read().decode("utf-8", "replace")
    except OSError:
        return "no log"
    lines = [ln.strip() for ln in text.splitlines() if ln.strip()]
    for ln in reversed(lines):
        if any(m in ln for m in markers) and not (noise and noise.search(ln)):
            return ln[:300]
    return lines[-1][:300] if lines else "no output"
