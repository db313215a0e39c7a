"""Fast baseline: call-graph reachability from source calls to sink calls.

Built on androguard's DEX parser. The call graph is class-hierarchy based over
the app's own methods. A (source, sink) pair is reported when a method that
calls the sink is reachable from the method calling the source or from one of
its direct callers (the caller the private value is returned to). There is no
data-flow tracking: this over-approximates, hence the low confidence.
"""

from __future__ import annotations

import json
from collections import deque
from pathlib import Path

from analyzers.apimatch import ApiUse, callback_sources, classify_refs
from analyzers.base import Analyzer, AnalyzerResult, Availability, Flow
from analyzers.catalog import Catalog, default_catalog
from analyzers.dexrefs import AppRefs, MethodKey, read_refs
from analyzers.inputs import dex_images

CONFIDENCE_SAME_METHOD = 0.5
CONFIDENCE_REACHABLE = 0.3


class CallGraph:
    """Class-hierarchy call graph over the app's methods."""

    def __init__(self, refs: AppRefs) -> None:
        self.refs = refs
        self.subclasses: dict[str, set[str]] = {}
        for name in refs.classes:
            for anc in self._app_ancestors(name):
                self.subclasses.setdefault(anc, set()).add(name)
        self.edges: dict[MethodKey, set[MethodKey]] = {}
        self.callers: dict[MethodKey, set[MethodKey]] = {}
        for caller, calls in refs.calls.items():
            for kind, callee in calls:
                for target in self.resolve(kind, callee):
                    self.edges.setdefault(caller, set()).add(target)
                    self.callers.setdefault(target, set()).add(caller)

    def _app_ancestors(self, name: str) -> list[str]:
        out, queue = [], [name]
        while queue:
            cur = queue.pop(0)
            app = self.refs.classes.get(cur)
            if app is None or cur in out:
                continue
            out.append(cur)
            queue.extend(([app.super_name] if app.super_name else []) + app.interfaces)
        return out

    def resolve(self, kind: str, ref: MethodKey) -> set[MethodKey]:
        sig = (ref.name, ref.descriptor)
        found: set[MethodKey] = set()
        for anc in self._app_ancestors(ref.class_):  # the definition it inherits
            if sig in self.refs.classes[anc].methods:
                found.add(MethodKey(anc, *sig))
                break
        if kind in ("virtual", "interface"):  # and every override below it
            for sub in self.subclasses.get(ref.class_, ()):
                if sig in self.refs.classes[sub].methods:
                    found.add(MethodKey(sub, *sig))
        return found

    def paths_from(self, starts: set[MethodKey]) -> dict[MethodKey, tuple[MethodKey, ...]]:
        """Shortest call path from any start to every reachable method."""
        paths: dict[MethodKey, tuple[MethodKey, ...]] = {s: (s,) for s in starts}
        queue = deque(sorted(starts))
        while queue:
            cur = queue.popleft()
            for nxt in sorted(self.edges.get(cur, ())):
                if nxt not in paths:
                    paths[nxt] = paths[cur] + (nxt,)
                    queue.append(nxt)
        return paths


def reachability_flows(refs: AppRefs, catalog: Catalog) -> list[Flow]:
    uses = classify_refs(refs, catalog)
    graph = CallGraph(refs)
    source_sites: list[tuple[MethodKey, ApiUse]] = []
    sink_sites: dict[MethodKey, list[ApiUse]] = {}
    for method, calls in refs.calls.items():
        for _, callee in calls:
            use = uses.get(callee)
            if use is None:
                continue
            if use.role == "source":
                source_sites.append((method, use))
            else:
                sink_sites.setdefault(method, []).append(use)
    source_sites += list(callback_sources(refs, catalog).items())
    flows: dict[tuple[str, str], Flow] = {}
    for method, src in source_sites:
        paths = graph.paths_from({method} | graph.callers.get(method, set()))
        for reached, path in paths.items():
            for snk in sink_sites.get(reached, ()):
                conf = CONFIDENCE_SAME_METHOD if reached == method else CONFIDENCE_REACHABLE
                flow = Flow(str(src.api), str(snk.api), tuple(str(p) for p in path), conf,
                            src.category, snk.category)
                old = flows.get((flow.source, flow.sink))
                if old is None or (old.confidence, -len(old.path)) < (conf, -len(flow.path)):
                    flows[(flow.source, flow.sink)] = flow
    return sorted(flows.values(), key=lambda f: (f.source, f.sink))


class AndroguardReach(Analyzer):
    name = "androguard"

    def __init__(self, catalog: Catalog | None = None) -> None:
        self.catalog = catalog or default_catalog()

    def available(self) -> Availability:
        try:
            import androguard.core.dex  # noqa: F401
        except ImportError as exc:
            return Availability(False, f"androguard is not importable: {exc}")
        return Availability(True)

    def analyze(self, path: Path, workdir: Path) -> AnalyzerResult:
        refs = read_refs(dex_images(path))
        flows = reachability_flows(refs, self.catalog)
        raw = workdir / "androguard-flows.json"
        raw.write_text(json.dumps([f.to_json() for f in flows], indent=1))
        return AnalyzerResult(self.name, True, flows=flows, raw_output=str(raw))
