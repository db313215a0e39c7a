"""Which of an app's method references are catalog sources or sinks.

A reference matches when the catalog names its method in the referenced class
or in one of its ancestors (app classes first, then the curated framework
hierarchy): `Lcom/app/Main;->startActivity(...)` is the `Context.startActivity`
sink. Callback sources match app methods overriding a catalog callback.
"""

from __future__ import annotations

from dataclasses import dataclass

from analyzers.catalog import Catalog
from analyzers.dexrefs import AppRefs, MethodKey
from analyzers.stubjar import curated_hierarchy


@dataclass(frozen=True, slots=True)
class ApiUse:
    role: str  # "source" or "sink"
    category: str
    api: MethodKey  # the reference as the app wrote it (or the callback it overrides)


def ancestors(refs: AppRefs, desc: str) -> list[str]:
    """desc and its super classes and interfaces, app classes then curated framework ones."""
    curated = curated_hierarchy()
    out: list[str] = []
    queue = [desc]
    while queue:
        cur = queue.pop(0)
        if cur in out:
            continue
        out.append(cur)
        app = refs.classes.get(cur)
        if app is not None:
            queue.extend(([app.super_name] if app.super_name else []) + app.interfaces)
        else:
            spec = curated.get(cur, {})
            queue.extend(([spec["super"]] if spec.get("super") else []) +
                         list(spec.get("interfaces", [])))
    return out


def classify_refs(refs: AppRefs, catalog: Catalog) -> dict[MethodKey, ApiUse]:
    """Every referenced method that is a source (return port) or a sink."""
    out: dict[MethodKey, ApiUse] = {}
    for key in refs.method_refs:
        if key.class_.startswith("["):
            continue
        for anc in ancestors(refs, key.class_):
            src = next((e for e in catalog.sources if e.class_ == anc and e.port == "return"
                        and key.name in e.methods), None)
            if src is not None:
                out[key] = ApiUse("source", src.category, key)
                break
            sink = catalog.sink_category(anc, key.name)
            if sink is not None:
                out[key] = ApiUse("sink", sink, key)
                break
            app = refs.classes.get(anc)
            if app is not None and (key.name, key.descriptor) in app.methods:
                break  # the app's own method (unless it names a catalog class, checked above)
    return out


def callback_sources(refs: AppRefs, catalog: Catalog) -> dict[MethodKey, ApiUse]:
    """App methods whose parameters are private data (overrides of catalog callbacks)."""
    out: dict[MethodKey, ApiUse] = {}
    callbacks = [e for e in catalog.sources if e.port == "parameters"]
    if not callbacks:
        return out
    for app in refs.classes.values():
        ancs = ancestors(refs, app.name)
        for name, descriptor in app.methods:
            for e in callbacks:
                if name in e.methods and e.class_ in ancs:
                    key = MethodKey(app.name, name, descriptor)
                    out[key] = ApiUse("source", e.category, MethodKey(e.class_, name, descriptor))
    return out
