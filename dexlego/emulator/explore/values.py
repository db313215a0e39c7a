"""Well-typed values made up for the app: arguments of methods `--invoke-all` calls, and the
object a forced null check says is there.

0, `""`, an empty array; an app object built with the app's own constructor (the no-argument
one first, else the one with fewest parameters, its own arguments made the same way, two levels
deep), of a concrete app subclass for an abstract class or an interface; the application as a
`Context`; a framework object initialised by its model's no-argument constructor. Each value
carries the given provenance (they are made up: branches on them are the environment's).
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from dexlego.emulator.explore.provenance import mark
from dexlego.emulator.taint import Taint
from dexlego.emulator.vm.classes import ACC_ABSTRACT, APP, RClass
from dexlego.emulator.vm.interp import JavaThrow
from dexlego.emulator.vm.objects import JArray, JObject

if TYPE_CHECKING:
    from dexlego.emulator.vm.machine import VM

CONTEXT = "Landroid/content/Context;"
DEPTH = 2


class ValueMaker:
    """Makes values of a given type inside one VM (app objects are built once and reused)."""

    def __init__(self, vm: VM, provenance: Taint) -> None:
        self.vm = vm
        self.provenance = provenance
        self.instances: dict[str, JObject | None] = {}
        self._building: set[str] = set()
        self._subclasses: dict[str, list[str]] | None = None

    def value(self, desc: str, depth: int = DEPTH) -> Any:
        """A well-typed value of type `desc` (None for `Object` and what cannot be made)."""
        c = desc[0]
        if c in "ZBSCIJ":
            v: Any = 0
        elif c in "FD":
            v = 0.0
        elif c == "[":
            v = JArray(desc, [])
        elif desc in ("Ljava/lang/String;", "Ljava/lang/CharSequence;"):
            v = ""
        elif desc == "Ljava/lang/Object;":
            return None
        else:
            v = self._object(desc, depth)
        return mark(v, self.provenance, objects=True)

    def _object(self, desc: str, depth: int) -> Any:
        vm = self.vm
        rc = vm.find_class(desc)
        if rc is None:
            return None
        if rc.kind == APP:
            return self.instance(desc, depth - 1) if depth > 0 else None
        app = vm.env.get("application")
        if app is not None and vm.is_assignable(rc, CONTEXT) and vm.instance_of(app, desc):
            return app
        if rc.is_interface:
            return None
        obj = JObject(rc)
        init = vm.lookup(rc, "<init>()V", "<init>", None)
        if not init.unmodeled:
            try:
                vm.invoke(init, [obj])
            except JavaThrow:
                pass
        return obj

    def instance(self, desc: str, depth: int = DEPTH) -> JObject | None:
        """An object of app class `desc` (or of a concrete app subclass) built by the app's
        own constructor where one runs; None when nothing can be instantiated."""
        if desc in self.instances:
            return self.instances[desc]
        if desc in self._building:
            return None
        self._building.add(desc)
        try:
            obj = self._construct(desc, depth)
        finally:
            self._building.discard(desc)
        self.instances[desc] = obj
        return obj

    def blank(self, rc: RClass) -> JObject | None:
        """A new object of `rc`, its class initialised, no constructor run."""
        try:
            return self.vm.new_instance(rc.name)
        except JavaThrow:
            return None

    def _construct(self, desc: str, depth: int) -> JObject | None:
        vm = self.vm
        rc = vm.find_class(desc)
        if rc is None:
            return None
        if rc.kind == APP and (rc.is_interface or rc.access & ACC_ABSTRACT):
            sub = self._concrete_subclass(desc)
            return self.instance(sub, depth) if sub is not None else None
        obj = self.blank(rc)
        if obj is None:
            return None
        inits = sorted((m for m in rc.methods.values() if m.name == "<init>" and m.code is not None),
                       key=lambda m: (len(m.proto.parameters), m.key))
        if inits:
            init = inits[0]
            try:
                vm.invoke(init, [obj, *(self.value(p, depth - 1) for p in init.proto.parameters)])
            except JavaThrow:
                pass  # a half-built object still lets its methods run
        return obj

    def _concrete_subclass(self, desc: str) -> str | None:
        if self._subclasses is None:
            subs: dict[str, list[str]] = {}
            for loader in self.vm.loaders:
                for d in loader.dexes:
                    for c in d.dex.classes:
                        for sup in (c.superclass, *c.interfaces):
                            if sup:
                                subs.setdefault(sup, []).append(c.type)
            self._subclasses = subs
        queue = list(self._subclasses.get(desc, ()))
        seen: set[str] = set()
        while queue:
            sub = queue.pop(0)
            if sub in seen:
                continue
            seen.add(sub)
            rc = self.vm.find_class(sub)
            if rc is not None and rc.kind == APP and not rc.is_interface \
                    and not rc.access & ACC_ABSTRACT:
                return sub
            queue.extend(self._subclasses.get(sub, ()))
        return None
