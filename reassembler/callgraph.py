"""Call-graph questions about an APK, answered with androguard (an independent oracle).

Used to check what reassembly buys a static analyzer: whether a source API and a sink API
are called at all, and whether the call graph joins them (some method reaches both). With
`cha=True` a call to a method of an app class also reaches the overriding methods of its app
subclasses (class-hierarchy analysis, what call-graph builders of taint analyzers add);
androguard's own cross references stop at the declared method.
"""

from __future__ import annotations

from collections import deque
from pathlib import Path
from typing import Any


def _sig(ma: Any) -> str:
    return f"{ma.class_name}->{ma.name}{str(ma.descriptor).replace(' ', '')}"


def call_graph(apk: Path, *, cha: bool = False) -> dict[str, set[str]]:
    """caller signature -> callee signatures, from androguard's cross references."""
    from androguard.misc import AnalyzeAPK
    from loguru import logger

    logger.disable("androguard")
    _a, _d, dx = AnalyzeAPK(str(apk))
    graph: dict[str, set[str]] = {}
    for ma in dx.get_methods():
        graph.setdefault(_sig(ma), set()).update(_sig(c) for _cls, c, _off in ma.get_xref_to())
    if cha:
        _add_overrides(graph, dx)
    return graph


def _add_overrides(graph: dict[str, set[str]], dx: Any) -> None:
    # Only calls to app classes are expanded: a call to a framework method (e.g. the
    # `invoke-super Activity.onCreate` every activity makes) would otherwise reach every
    # app override and join unrelated components.
    subclasses: dict[str, set[str]] = {}
    app: set[str] = set()
    for ca in dx.get_classes():
        if ca.is_external():
            continue
        app.add(str(ca.name))
        for parent in [ca.extends, *ca.implements]:
            subclasses.setdefault(str(parent), set()).add(str(ca.name))
    defined = {m for m in graph if "->" in m}
    for callees in graph.values():
        extra: set[str] = set()
        for callee in callees:
            cls, _, member = callee.partition("->")
            if cls not in app:
                continue
            todo, seen = [cls], {cls}
            while todo:
                for sub in subclasses.get(todo.pop(), ()):
                    if sub not in seen:
                        seen.add(sub)
                        todo.append(sub)
                        if f"{sub}->{member}" in defined:
                            extra.add(f"{sub}->{member}")
        callees |= extra


def callers_of(graph: dict[str, set[str]], target: str) -> set[str]:
    """Every method that reaches `target` through calls (reverse breadth-first search)."""
    reverse: dict[str, list[str]] = {}
    for caller, callees in graph.items():
        for callee in callees:
            reverse.setdefault(callee, []).append(caller)
    seen: set[str] = set()
    todo = deque([target])
    while todo:
        for caller in reverse.get(todo.popleft(), ()):
            if caller not in seen:
                seen.add(caller)
                todo.append(caller)
    return seen


def is_called(graph: dict[str, set[str]], api: str) -> bool:
    """True when some method calls `api` directly."""
    return any(api in callees for callees in graph.values())


def joined(graph: dict[str, set[str]], source: str, sink: str) -> bool:
    """True when some method reaches both the source API and the sink API."""
    return bool(callers_of(graph, source) & callers_of(graph, sink))
