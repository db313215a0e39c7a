"""Options shared by run, analyze, droidbench and triage: `--analyzer NAME`, the per-analyzer
limits, and stopping cleanly on SIGTERM."""

from __future__ import annotations

import contextlib
import signal
from collections.abc import Callable, Iterator
from typing import Any, TypeVar

import click

from analyzers.base import Analyzer
from analyzers.isolation import Limits
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


#: Defaults for every analyzer run: a real-world app takes mariana-trench minutes, not hours,
#: and the machine is shared (docs/realworld.md has the measured times and peaks).
DEFAULT_ANALYZER_TIMEOUT_S = 900.0
DEFAULT_ANALYZER_MEMORY_MB = 4096


def analyzer_limit_options(fn: F) -> F:
    """`--analyzer-timeout S` and `--analyzer-memory MB` (0: unbounded)."""
    fn = click.option(
        "--analyzer-memory", "analyzer_memory", type=click.IntRange(min=0),
        default=DEFAULT_ANALYZER_MEMORY_MB, show_default=True, metavar="MB",
        help="Resident memory cap of each analyzer run (with all it starts), in MB; 0: none.",
    )(fn)
    return click.option(
        "--analyzer-timeout", "analyzer_timeout", type=click.FloatRange(min=0),
        default=DEFAULT_ANALYZER_TIMEOUT_S, show_default=True, metavar="S",
        help="Wall-clock limit of each analyzer run, in seconds; 0: none. An analyzer over "
             "a limit is a row with its error; the rest of the result stands.",
    )(fn)


def analyzer_limits(timeout_s: float, memory_mb: int) -> Limits:
    return Limits(timeout_s=timeout_s or None, memory_mb=memory_mb or None)


@contextlib.contextmanager
def stop_on_signals() -> Iterator[None]:
    """SIGTERM (e.g. from `timeout`) raises `Stop` like SIGINT raises KeyboardInterrupt, so
    the pipeline keeps what it has and isolated analyzers are killed with all they started."""
    from dexlego.pipeline import Stop

    def stop(signum: int, _frame: object) -> None:
        raise Stop(signal.Signals(signum).name)

    previous = signal.signal(signal.SIGTERM, stop)
    try:
        yield
    finally:
        signal.signal(signal.SIGTERM, previous)
