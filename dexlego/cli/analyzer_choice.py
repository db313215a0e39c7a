"""The `--analyzer NAME` option shared by run, droidbench and triage."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any, TypeVar

import click

from analyzers.base import Analyzer
from analyzers.registry import ADAPTERS, get_analyzers

F = TypeVar("F", bound=Callable[..., Any])


def analyzer_option(fn: F) -> F:
    return click.option(
        "--analyzer", "-a", "analyzer_names", multiple=True, type=click.Choice(sorted(ADAPTERS)),
        help="Analyzer to run (repeatable) [default: all; unavailable ones say why].",
    )(fn)


def resolve_analyzers(names: tuple[str, ...] | list[str]) -> list[Analyzer]:
    """Instances of the named adapters; all of them when `names` is empty."""
    return get_analyzers(list(names))
