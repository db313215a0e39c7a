"""Mariana-trench configuration generated from the curated source/sink list.

Writes, into one directory: a model generator (`dexlego.models`) and its
configuration, the rules (one per sink category, every source kind), and the
lifecycle wrappers of the framework components (from the curated hierarchy).
Kinds encode the catalog category so that issues map back to it.
"""

from __future__ import annotations

import json
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from analyzers.apimatch import ancestors
from analyzers.catalog import Catalog
from analyzers.dexrefs import AppRefs, declaring_class, parameter_types
from analyzers.stubjar import curated_hierarchy

GENERATOR_NAME = "dexlego"
RULE_CODE_BASE = 7000
# Flows through fields that outlive one call (static fields, fields of component objects)
# are found in two halves, joined afterwards: source -> field write, field read -> sink.
FIELD_SOURCE = "DexlegoFieldSource"
FIELD_SINK = "DexlegoFieldSink"
RULE_TO_FIELD, RULE_FROM_FIELD, RULE_FIELD_TO_FIELD = 7900, 7901, 7902
# Bundled libraries are treated like the framework: not analyzed, data flows through them.
# (Analyzing the support library made a DroidBench app take 40 s instead of 1 s.)
LIBRARY_PREFIXES = ("Landroid/support/", "Landroidx/", "Lcom/google/android/gms/")
CALLBACK_SUFFIXES = ("Listener", "Callback", "Callbacks")

# Components whose callbacks the framework calls in sequence on one instance.
LIFECYCLE_BASES = (
    "Landroid/app/Activity;",
    "Landroid/app/Service;",
    "Landroid/app/IntentService;",
    "Landroid/app/Application;",
    "Landroid/content/BroadcastReceiver;",
    "Landroid/app/Fragment;",
    "Landroid/content/ContentProvider;",
)


@dataclass(frozen=True, slots=True)
class MarianaConfig:
    directory: Path
    generator_config: Path
    rules: Path
    lifecycles: Path
    field_models: Path


def source_kind(category: str) -> str:
    return f"DexlegoSource_{category}"


def sink_kind(category: str) -> str:
    return f"DexlegoSink_{category}"


def _method_match(class_: str, names: tuple[str, ...]) -> list[dict[str, Any]]:
    return [{"constraint": "signature_match", "parent": class_, "names": list(names)}]


def generators(catalog: Catalog) -> list[dict[str, Any]]:
    out: list[dict[str, Any]] = []
    for e in catalog.sources:
        kind = {"kind": source_kind(e.category)}
        if e.port == "return":
            out.append({"find": "methods", "where": _method_match(e.class_, e.methods),
                        "model": {"sources": [{**kind, "port": "Return"}]}})
        else:  # an app callback overriding this method receives private data
            out.append({
                "find": "methods",
                "where": [
                    {"constraint": "parent", "inner": {
                        "constraint": "extends",
                        "inner": {"constraint": "name", "pattern": _regex(e.class_)}}},
                    {"constraint": "any_of", "inners": [
                        {"constraint": "name", "pattern": _regex(m)} for m in e.methods]},
                ],
                "model": {"for_all_parameters": [{
                    "variable": "x", "where": [],
                    "parameter_sources": [{**kind, "port": "Argument(x)"}]}]},
            })
    # Library methods have no code in the stub jar: let data flow through them (arguments
    # to the return value and to the receiver), e.g. StringBuilder.append, Intent.putExtra.
    out.append({"find": "methods", "where": [{"constraint": "has_code", "value": False}],
                "model": {"modes": ["taint-in-taint-out", "taint-in-taint-this"]}})
    out.append({"find": "methods", "where": [{"constraint": "parent", "inner": {
                    "constraint": "name",
                    "pattern": "^(" + "|".join(_regex(p)[1:-1] for p in LIBRARY_PREFIXES) + ").*"}}],
                "model": {"modes": ["skip-analysis", "taint-in-taint-out",
                                    "taint-in-taint-this"]}})
    for e in catalog.sinks:
        out.append({
            "find": "methods", "where": _method_match(e.class_, e.methods),
            "model": {"for_all_parameters": [{
                "variable": "x", "where": [],
                "sinks": [{"kind": sink_kind(e.category), "port": "Argument(x)"}]}]},
        })
    return out


def _regex(text: str) -> str:
    return "^" + "".join("\\" + c if c in "$.[]()" else c for c in text) + "$"


def rules(catalog: Catalog) -> list[dict[str, Any]]:
    src_kinds = sorted({source_kind(e.category) for e in catalog.sources})
    sink_cats = sorted({e.category for e in catalog.sinks})
    out: list[dict[str, Any]] = [
        {"name": f"Private data reaches {cat}", "code": RULE_CODE_BASE + i,
         "description": f"Private data (dexlego source list) flows into a {cat} sink",
         "sources": src_kinds, "sinks": [sink_kind(cat)]}
        for i, cat in enumerate(sink_cats)
    ]
    all_sinks = [sink_kind(c) for c in sink_cats]
    out += [
        {"name": "Private data stored in a long-lived field", "code": RULE_TO_FIELD,
         "description": "first half of a flow through a field", "sources": src_kinds,
         "sinks": [FIELD_SINK]},
        {"name": "Long-lived field reaches a sink", "code": RULE_FROM_FIELD,
         "description": "second half of a flow through a field", "sources": [FIELD_SOURCE],
         "sinks": all_sinks},
        {"name": "Long-lived field copied to another", "code": RULE_FIELD_TO_FIELD,
         "description": "link between two fields", "sources": [FIELD_SOURCE],
         "sinks": [FIELD_SINK]},
    ]
    return out


def _long_lived_class(refs: AppRefs, desc: str) -> bool:
    """A framework component (one live instance each) or an app object implementing a
    framework callback interface (`...Listener`, `...Callback(s)`): handed to the framework
    and called back later."""
    for anc in ancestors(refs, desc):
        if anc in LIFECYCLE_BASES:
            return True
        if anc not in refs.classes and anc.rstrip(";").endswith(CALLBACK_SUFFIXES):
            return True
    return False


def field_models(refs: AppRefs) -> list[dict[str, Any]]:
    """Field models for app fields both written and read whose value outlives one call:
    static fields, and fields of framework components and of registered callback objects
    (one live instance each).

    A reference may name a subclass of the declaring class (`Lsub;->f` for a field of
    `Lbase;`); mariana-trench looks field models up by the declaring class and aborts on
    any other (`Fields.cpp: field != nullptr`), so each model names the declaring class.
    """
    declared: set[str] = set()
    for cls, name, type_ in sorted(refs.field_writes & refs.field_reads):
        owner = declaring_class(refs, cls, name, type_)
        if owner is None or owner.startswith(LIBRARY_PREFIXES):
            continue
        static = refs.field_refs.get((cls, name, type_), False)
        if static or _long_lived_class(refs, cls):
            declared.add(f"{owner}.{name}:{type_}")
    return [{"field": f, "sources": [{"kind": FIELD_SOURCE}], "sinks": [{"kind": FIELD_SINK}]}
            for f in sorted(declared)]


def lifecycles() -> list[dict[str, Any]]:
    curated = curated_hierarchy()
    out = []
    for base in LIFECYCLE_BASES:
        callees = []
        for sig in curated.get(base, {}).get("methods", []):
            name = sig[: sig.index("(")]
            if not name.startswith("on"):
                continue  # only framework-called callbacks, not APIs the app calls
            proto = sig[sig.index("(") :]
            callees.append({"method_name": name, "return_type": proto[proto.index(")") + 1 :],
                            "argument_types": parameter_types(proto)})
        wrapper = "dexlego_" + base.strip("L;").replace("/", "_") + "_lifecycle"
        out.append({"base_class_name": base, "method_name": wrapper, "callees": callees})
    return out


def write_config(catalog: Catalog, refs: AppRefs, directory: Path) -> MarianaConfig:
    directory.mkdir(parents=True, exist_ok=True)
    gen_dir = directory / "generators"
    gen_dir.mkdir(exist_ok=True)
    (gen_dir / f"{GENERATOR_NAME}.models").write_text(
        json.dumps({"model_generators": generators(catalog)}, indent=1))
    gen_cfg = directory / "generator_config.json"
    gen_cfg.write_text(json.dumps([{"name": GENERATOR_NAME}]))
    rules_list = rules(catalog)
    rules_path = directory / "rules.json"
    rules_path.write_text(json.dumps(rules_list, indent=1))
    life = directory / "lifecycles.json"
    life.write_text(json.dumps(lifecycles(), indent=1))
    fields = directory / "field_models.json"
    fields.write_text(json.dumps(field_models(refs), indent=1))
    return MarianaConfig(directory, gen_cfg, rules_path, life, fields)
