"""The analyzers' view of the source/sink catalog: per class, the method names of each category.

The default is the privacy subset of `dexlego.catalog` (FlowDroid's list plus dexlego's
additions; private data and channels leaving the app), grouped by class, category and port; the
adapters match calls by class and method name. `load_catalog(path)` reads a custom list in the
JSON form (`{"sources": [{"class", "methods", "category", "port"}], "sinks": [...]}`).
"""

from __future__ import annotations

import json
from collections.abc import Iterable
from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path

import dexlego.catalog
from analyzers.base import AnalyzerError


@dataclass(frozen=True, slots=True)
class ApiEntry:
    """A group of API methods of one class that are all sources (or all sinks)."""

    category: str
    class_: str  # type descriptor, e.g. Landroid/util/Log;
    methods: tuple[str, ...]
    port: str = "return"  # sources only: "return" or "parameters" (callback)


@dataclass(frozen=True, slots=True)
class Catalog:
    sources: tuple[ApiEntry, ...]
    sinks: tuple[ApiEntry, ...]

    def source_category(self, class_: str, method: str) -> str | None:
        return _lookup(self.sources, class_, method)

    def sink_category(self, class_: str, method: str) -> str | None:
        return _lookup(self.sinks, class_, method)


def _lookup(entries: tuple[ApiEntry, ...], class_: str, method: str) -> str | None:
    for e in entries:
        if e.class_ == class_ and method in e.methods:
            return e.category
    return None


def _entry(raw: object, where: str) -> ApiEntry:
    if not isinstance(raw, dict):
        raise AnalyzerError(f"{where}: each entry must be an object")
    try:
        cls, methods, category = raw["class"], raw["methods"], raw["category"]
    except KeyError as exc:
        raise AnalyzerError(f"{where}: entry lacks {exc.args[0]!r}") from None
    port = raw.get("port", "return")
    if not (isinstance(cls, str) and cls.startswith("L") and cls.endswith(";")):
        raise AnalyzerError(f"{where}: 'class' must be a type descriptor, got {cls!r}")
    if not (isinstance(methods, list) and methods and all(isinstance(m, str) for m in methods)):
        raise AnalyzerError(f"{where}: 'methods' must be a non-empty list of names ({cls})")
    if port not in ("return", "parameters"):
        raise AnalyzerError(f"{where}: 'port' must be 'return' or 'parameters' ({cls})")
    return ApiEntry(str(category), cls, tuple(methods), port)


def from_entries(entries: Iterable[dexlego.catalog.Entry]) -> Catalog:
    """Group catalog entries by (class, category, port) into per-class method-name lists."""
    groups: dict[tuple[str, str, str, str], list[str]] = {}
    for e in entries:
        names = groups.setdefault((e.kind, e.class_, e.category, e.port), [])
        if e.name not in names:
            names.append(e.name)
    sources = tuple(ApiEntry(cat, cls, tuple(ns), port)
                    for (kind, cls, cat, port), ns in groups.items() if kind == "source")  # fmt: skip
    sinks = tuple(ApiEntry(cat, cls, tuple(ns))
                  for (kind, cls, cat, _), ns in groups.items() if kind == "sink")  # fmt: skip
    return Catalog(sources, sinks)


def load_catalog(path: Path | None = None) -> Catalog:
    """The default catalog, or a custom JSON list; AnalyzerError with one line on bad input."""
    if path is None:
        return default_catalog()
    p = path
    try:
        data = json.loads(p.read_text(encoding="utf-8"))
    except (OSError, ValueError) as exc:
        raise AnalyzerError(f"{p}: cannot read source/sink list: {exc}") from None
    if not isinstance(data, dict):
        raise AnalyzerError(f"{p}: top level must be an object")
    sources = tuple(_entry(e, f"{p} sources") for e in data.get("sources", []))
    sinks = tuple(_entry(e, f"{p} sinks") for e in data.get("sinks", []))
    if not sources or not sinks:
        raise AnalyzerError(f"{p}: needs at least one source and one sink")
    return Catalog(sources, sinks)


@lru_cache(maxsize=1)
def default_catalog() -> Catalog:
    """The privacy subset of the shared catalog (`dexlego.catalog`), without the sinks that take
    no parameter (`ProcessBuilder.start()`, `URLConnection.connect()`): the adapters treat a
    sink's arguments as what leaves, so such a sink would only repeat the flow into the call
    that filled its receiver (`new ProcessBuilder(cmd)`), which the list names too."""
    entries = dexlego.catalog.default_catalog().privacy()
    return from_entries(e for e in entries if e.kind == "source" or e.params)
