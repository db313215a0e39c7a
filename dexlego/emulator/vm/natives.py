"""The table of framework models the VM dispatches to: classes, methods and static fields.

The VM only reads this table; `dexlego.emulator.framework.registry` fills it when the model
modules are imported, and whoever builds a `VM` passes it in. So the interpreter depends on no
framework module, and the framework depends on the VM.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, field
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from dexlego.emulator.vm.machine import VM

NativeFn = Callable[["VM", list[Any]], Any]


@dataclass(frozen=True, slots=True)
class ModelClass:
    name: str
    superclass: str | None
    interfaces: tuple[str, ...]
    is_interface: bool


@dataclass
class Natives:
    """Modeled classes by descriptor, models by "Lc;->name(params)ret" (one overload) or
    "Lc;->name" (every overload), static field values by "Lc;->name"."""

    classes: dict[str, ModelClass] = field(default_factory=dict)
    methods: dict[str, NativeFn] = field(default_factory=dict)
    by_name: dict[str, NativeFn] = field(default_factory=dict)
    static_fields: dict[str, Any] = field(default_factory=dict)
    # The catalog's sources (return values) and sinks, by Dalvik signature; the callback types
    # (listener interfaces and classes) a framework method taking one registers; and how a
    # framework method is wrapped to follow them:
    # wrap(fn, source sig | None, sink sig | None, static, registers a listener).
    sources: set[str] = field(default_factory=set)
    sinks: set[str] = field(default_factory=set)
    listener_types: set[str] = field(default_factory=set)
    wrap: Callable[[NativeFn, str | None, str | None, bool, bool], NativeFn] | None = None

    def lookup(self, cls: str, key: str, name: str) -> NativeFn | None:
        """The model of `cls`'s method `key` ("name(params)ret"), exact overload first."""
        fn = self.methods.get(f"{cls}->{key}")
        if fn is None:
            fn = self.by_name.get(f"{cls}->{name}")
        return fn

    def contract_of(self, ancestors: list[Any], key: str) -> tuple[str | None, str | None]:
        """The catalog source and sink a call of `key` on a class with these `ancestors`
        (`RClass`es, nearest first) is, as their Dalvik signatures: the nearest declaration."""
        src = snk = None
        for c in ancestors:
            sig = f"{c.name}->{key}"
            if src is None and sig in self.sources:
                src = sig
            if snk is None and sig in self.sinks:
                snk = sig
        return src, snk
