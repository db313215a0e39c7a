"""The `--analyzer NAME` option shared by run, droidbench and triage."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any, TypeVar

import click

from analyzers.base import Analyzer, AnalyzerError

F = TypeVar("F", bound=Callable[..., Any])

# name -> "module:class"; imported on use so that a missing analyzer package costs nothing.
ADAPTERS: dict[str, str] = {
    "androguard": "analyzers.androguard_reach:AndroguardReach",
    "mariana-trench": "analyzers.mariana:MarianaTrench",
    "quark": "analyzers.quark_adapter:QuarkEngine",
    "apkid": "analyzers.apkid_adapter:ApkId",
    "flowdroid": "analyzers.flowdroid:FlowDroid",
}


def analyzer_option(fn: F) -> F:
    return click.option(
        "--analyzer", "analyzer_names", multiple=True, type=click.Choice(sorted(ADAPTERS)),
        help="Analyzer to run (repeatable) [default: all available].",
    )(fn)


def resolve_analyzers(names: tuple[str, ...] | list[str]) -> list[Analyzer]:
    """Instances of the named adapters; all of them when `names` is empty (the unavailable
    ones stay in the list and report why)."""
    import importlib

    chosen = list(dict.fromkeys(names)) or list(ADAPTERS)
    out: list[Analyzer] = []
    for name in chosen:
        if name not in ADAPTERS:
            raise AnalyzerError(f"unknown analyzer {name!r} (known: {', '.join(sorted(ADAPTERS))})")
        module_name, _, cls_name = ADAPTERS[name].partition(":")
        out.append(getattr(importlib.import_module(module_name), cls_name)())
    return out
