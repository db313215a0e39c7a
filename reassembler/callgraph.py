"""Call-graph questions about an APK, answered with androguard (an independent oracle).

Used to check what reassembly buys a static analyzer: whether a source API and a sink API
are called at all, and whether the call graph joins them (some method reaches both).
androguard's own cross references stop at the method a call names (`declared`). Two
resolutions of virtual calls to app methods, as call-graph builders of taint analyzers do:
- `cha` (class-hierarchy analysis): a call also reaches every override in app subclasses;
- `rta` (rapid type analysis): it reaches the override each *instantiated* app class would
  run. A class counts as instantiated when some method allocates it (`new-instance`) or the
  manifest declares it as a component (the system creates those). An object created only
  through reflection is invisible here, as it is to an allocation-site-based analysis such
  as FlowDroid's SPARK: this is the resolution that shows what a reflective `newInstance`
  hides.
"""

from __future__ import annotations

from collections import deque
from pathlib import Path
from typing import TYPE_CHECKING, Any

from reassembler.icc import LIFECYCLES
from reassembler.sigs import descriptor_of

if TYPE_CHECKING:
    from reassembler.merge import Evidence

RESOLUTIONS = ("declared", "cha", "rta")


def _sig(ma: Any) -> str:
    return f"{ma.class_name}->{ma.name}{str(ma.descriptor).replace(' ', '')}"


def call_graph(apk: Path, *, resolution: str = "declared") -> dict[str, set[str]]:
    """caller signature -> callee signatures, from androguard's cross references."""
    if resolution not in RESOLUTIONS:
        raise ValueError(f"unknown resolution {resolution!r} ({', '.join(RESOLUTIONS)})")
    from androguard.misc import AnalyzeAPK
    from loguru import logger

    logger.disable("androguard")
    a, _d, dx = AnalyzeAPK(str(apk))
    graph: dict[str, set[str]] = {}
    for ma in dx.get_methods():
        graph.setdefault(_sig(ma), set()).update(_sig(c) for _cls, c, _off in ma.get_xref_to())
    if resolution == "cha":
        _add_overrides(graph, _Hierarchy(dx), None)
    elif resolution == "rta":
        _add_overrides(graph, _Hierarchy(dx), _instantiated(a, dx))
    return graph


class _Hierarchy:
    """The app's classes: direct supertypes and subtypes."""

    def __init__(self, dx: Any) -> None:
        self.app: set[str] = set()
        self.superclass: dict[str, str] = {}
        self.subtypes: dict[str, set[str]] = {}
        for ca in dx.get_classes():
            if ca.is_external():
                continue
            name = str(ca.name)
            self.app.add(name)
            self.superclass[name] = str(ca.extends)
            for parent in [ca.extends, *ca.implements]:
                self.subtypes.setdefault(str(parent), set()).add(name)

    def below(self, cls: str) -> set[str]:
        """Every app subtype of `cls`, transitively (not `cls` itself)."""
        seen: set[str] = set()
        todo = [cls]
        while todo:
            for sub in self.subtypes.get(todo.pop(), ()):
                if sub not in seen:
                    seen.add(sub)
                    todo.append(sub)
        return seen


def _instantiated(a: Any, dx: Any) -> set[str]:
    names = {str(ca.name) for ca in dx.get_classes()
             if not ca.is_external() and ca.get_xref_new_instance()}
    components = [*a.get_activities(), *a.get_services(), *a.get_receivers(),
                  *a.get_providers(), a.get_attribute_value("application", "name")]
    for c in components:
        if c:
            names.add(descriptor_of(str(c)))
    return names


def _add_overrides(graph: dict[str, set[str]], h: _Hierarchy,
                   instantiated: set[str] | None) -> None:
    # Only calls to app classes are expanded: a call to a framework method (e.g. the
    # `invoke-super Activity.onCreate` every activity makes) would otherwise reach every
    # app override and join unrelated components.
    defined = {m for m in graph if "->" in m}
    for callees in graph.values():
        extra: set[str] = set()
        for callee in callees:
            cls, _, member = callee.partition("->")
            if cls not in h.app:
                continue
            for sub in h.below(cls):
                if instantiated is None:
                    if f"{sub}->{member}" in defined:
                        extra.add(f"{sub}->{member}")
                elif sub in instantiated:
                    # the method an object of class `sub` runs: its nearest definition
                    k: str | None = sub
                    while k is not None and k != cls and f"{k}->{member}" not in defined:
                        k = h.superclass.get(k)
                    if k is not None and k != cls:
                        extra.add(f"{k}->{member}")
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


def reaches(graph: dict[str, set[str]], caller: str, targets: str | tuple[str, ...]) -> bool:
    """True when `caller` reaches one of `targets` (method signatures) through calls."""
    wanted = {targets} if isinstance(targets, str) else set(targets)
    seen = {caller}
    todo = deque([caller])
    while todo:
        for callee in graph.get(todo.popleft(), ()):
            if callee in wanted:
                return True
            if callee not in seen:
                seen.add(callee)
                todo.append(callee)
    return False


_CALLING_APIS = ("Method.invoke", "Constructor.newInstance", "Class.newInstance")


def observed_edges(ev: Evidence) -> list[tuple[str, tuple[str, ...]]]:
    """The calls a run made that a static analyzer of the original cannot see: (caller, the
    methods any of which the call runs) for every reflective call with a recorded target, and
    for every intent delivered to an app component (the component's own lifecycle methods of
    that kind of delivery: `onCreate`... for an activity, `onReceive` for a receiver, ...)."""
    edges: list[tuple[str, tuple[str, ...]]] = []
    for caller, requests in ev.sites.items():
        for req in requests:
            if req.api not in _CALLING_APIS:
                continue
            for t in req.targets:
                edges.append((caller, (t if "->" in t else f"{t}-><init>()V",)))
    for caller, deliveries in ev.icc.items():
        for icc in deliveries:
            entry = tuple(f"{name}{proto}" for name, proto in LIFECYCLES.get(icc.kind, ()))
            edges.extend((caller, tuple(f"{t}->{e}" for e in entry)) for t in icc.targets)
    return list(dict.fromkeys(edges))
