"""`--explore N` and `--invoke-all`, shared by collect, run, triage and droidbench
(docs/emulator.md, "Forced execution")."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any, TypeVar

import click

F = TypeVar("F", bound=Callable[..., Any])


def explore_options(fn: F) -> F:
    fn = click.option(
        "--invoke-all", "invoke_all", is_flag=True,
        help="Then call every app method that did not run (well-typed arguments), as a run of"
             " its own; device: see docs/device.md.",
    )(fn)
    return click.option(
        "--explore", type=click.IntRange(min=0), default=0, show_default=True, metavar="N",
        help="Emulator: up to N forced runs, each taking the side no run took of a branch the"
             " environment decided (stored as runs linked to the first).",
    )(fn)
