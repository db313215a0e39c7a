"""Generate a stub platform jar (`android.jar`) for one app.

No platform jar can be downloaded here, yet analyzers such as mariana-trench
only attach models to methods they can resolve. So we write one: a class for
every framework type the app references, declaring exactly the members it
uses, placed in a curated framework hierarchy (lifecycle bases with their
callbacks, listener interfaces, I/O class trees). A method the curated list
names as a source or sink is declared in that class, so calls through a
subclass (`MyActivity->startActivity`) resolve to it.
"""

from __future__ import annotations

import json
import zipfile
from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path
from typing import Any

from analyzers.catalog import Catalog
from analyzers.classfile import StubClass, StubField, encode_class
from analyzers.dexrefs import AppRefs

HIERARCHY_PATH = Path(__file__).with_name("framework_hierarchy.json")
OBJECT = "Ljava/lang/Object;"


@lru_cache(maxsize=1)
def curated_hierarchy() -> dict[str, dict[str, Any]]:
    data: dict[str, dict[str, Any]] = json.loads(HIERARCHY_PATH.read_text(encoding="utf-8"))[
        "classes"
    ]
    return data


def _internal(desc: str) -> str:
    return desc[1:-1]


def _split_sig(sig: str) -> tuple[str, str]:
    i = sig.index("(")
    return sig[:i], sig[i:]


@dataclass(frozen=True, slots=True)
class StubJar:
    path: Path
    classes: int
    methods: int


class _Builder:
    def __init__(self, refs: AppRefs, catalog: Catalog) -> None:
        self.refs = refs
        self.catalog = catalog
        self.curated = curated_hierarchy()
        self.stubs: dict[str, StubClass] = {}
        self.interfaces: set[str] = set()
        for key, kinds in refs.method_refs.items():
            if "interface" in kinds:
                self.interfaces.add(key.class_)
        for app in refs.classes.values():
            self.interfaces.update(app.interfaces)

    def external(self, desc: str) -> bool:
        return desc.startswith("L") and desc.endswith(";") and desc not in self.refs.classes

    def stub(self, desc: str) -> StubClass:
        """The stub for an external class, creating it and its curated ancestors."""
        found = self.stubs.get(desc)
        if found is not None:
            return found
        spec = self.curated.get(desc, {})
        is_iface = bool(spec.get("interface", desc in self.interfaces))
        default_super = None if desc == OBJECT else OBJECT
        super_desc: str | None = OBJECT if is_iface else spec.get("super", default_super)
        if super_desc is not None and not self.external(super_desc):
            super_desc = OBJECT  # the app defines it: a framework class cannot extend app code
        ifaces = [i for i in spec.get("interfaces", []) if self.external(i)]
        cls = StubClass(_internal(desc), _internal(super_desc) if super_desc else None,
                        [_internal(i) for i in ifaces], is_iface)
        self.stubs[desc] = cls
        for sig in spec.get("methods", []):
            name, proto = _split_sig(sig)
            cls.add_method(name, proto)
        for parent in ([super_desc] if super_desc else []) + ifaces:
            self.stub(parent)
        return cls

    def ancestors(self, desc: str) -> list[str]:
        """desc, then its super classes and interfaces (breadth first) as stubs know them."""
        out, queue = [], [desc]
        while queue:
            cur = queue.pop(0)
            if cur in out:
                continue
            out.append(cur)
            st = self.stubs.get(cur)
            if st is None:
                continue
            if st.super_name:
                queue.append(f"L{st.super_name};")
            queue.extend(f"L{i};" for i in st.interfaces)
        return out

    def first_external_ancestor(self, desc: str, name: str, proto: str) -> str | None:
        """Where a reference through an app class resolves outside the app, or None."""
        seen: set[str] = set()
        queue = [desc]
        while queue:
            cur = queue.pop(0)
            if cur in seen:
                continue
            seen.add(cur)
            app = self.refs.classes.get(cur)
            if app is None:
                return cur if cur.startswith("L") else None
            if (name, proto) in app.methods:
                return None  # the app itself defines it
            if app.super_name:
                queue.append(app.super_name)
            queue.extend(app.interfaces)
        return None

    def place(self, target: str, name: str, proto: str, static: bool) -> None:
        self.stub(target)
        home = target
        for anc in self.ancestors(target):
            st = self.stubs.get(anc)
            if st is not None and (name, proto) in st.methods:
                return  # an ancestor already declares it: resolution finds it there
            if (self.catalog.source_category(anc, name) or self.catalog.sink_category(anc, name)):
                home = anc
                break
        self.stub(home).add_method(name, proto, static)

    def build(self) -> dict[str, StubClass]:
        self.stub(OBJECT)
        for app in self.refs.classes.values():
            for parent in ([app.super_name] if app.super_name else []) + app.interfaces:
                if self.external(parent):
                    self.stub(parent)
        for key, kinds in sorted(self.refs.method_refs.items()):
            if key.class_.startswith("["):
                continue
            target = key.class_
            if not self.external(target):
                found = self.first_external_ancestor(target, key.name, key.descriptor)
                if found is None:
                    continue
                target = found
            self.place(target, key.name, key.descriptor, "static" in kinds)
        for (cls, name, type_), static in sorted(self.refs.field_refs.items()):
            if self.external(cls):
                self.stub(cls).fields.setdefault(name, StubField(name, type_, static))
        return self.stubs


def build_stub_jar(refs: AppRefs, catalog: Catalog, out: Path) -> StubJar:
    """Write the stub jar for an app to `out` (atomically) and say what it holds."""
    stubs = _Builder(refs, catalog).build()
    tmp = out.with_suffix(".tmp")
    with zipfile.ZipFile(tmp, "w", zipfile.ZIP_STORED) as zf:
        for cls in sorted(stubs.values(), key=lambda c: c.name):
            zf.writestr(cls.name + ".class", encode_class(cls))
    tmp.replace(out)
    return StubJar(out, len(stubs), sum(len(c.methods) for c in stubs.values()))
