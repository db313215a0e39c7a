"""The one registry of framework models: classes, methods and static fields.

A model method is a Python function `fn(vm, args) -> value` where `args` holds one value per
Java parameter (the receiver first for instance methods). Register it with `@method`:

    @method("Landroid/util/Log;", "d", "i(Ljava/lang/String;Ljava/lang/String;)I")

A bare name ("d") matches every overload; a full key ("i(...)I") only that one. Model classes
are declared with `model_class` so that the emulator knows their superclass and interfaces
(what `instance-of`, `catch` and virtual dispatch need). Anything not registered is
*unmodeled*: calls return a well-typed default and are reported.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from dexlego.emulator.vm.natives import ModelClass, NativeFn, Natives

OBJECT = "Ljava/lang/Object;"

# The one table every model module registers into; the VM reads it (`VM(natives=load_all())`).
NATIVES = Natives()
CLASSES = NATIVES.classes
METHODS = NATIVES.methods  # "Lc;->name(params)ret"
BY_NAME = NATIVES.by_name  # "Lc;->name": every overload
STATIC_FIELDS = NATIVES.static_fields  # "Lc;->name"


def model_class(
    name: str,
    superclass: str | None = OBJECT,
    interfaces: tuple[str, ...] = (),
    *,
    interface: bool = False,
) -> None:
    """Declare a framework class (or interface) the emulator models."""
    if name == OBJECT:
        superclass = None
    if interface:
        superclass = OBJECT
    CLASSES[name] = ModelClass(name, superclass, tuple(interfaces), interface)


def model_classes(superclass: str, *names: str) -> None:
    """Declare several classes sharing one superclass (exception families, widgets...)."""
    for n in names:
        model_class(n, superclass)


def method(cls: str, *keys: str) -> Callable[[NativeFn], NativeFn]:
    """Register the decorated function as the model of `cls`'s methods named by `keys`."""

    def deco(fn: NativeFn) -> NativeFn:
        for k in keys:
            if "(" in k:
                METHODS[f"{cls}->{k}"] = fn
            else:
                BY_NAME[f"{cls}->{k}"] = fn
        return fn

    return deco


def static_field(cls: str, name: str, value: Any) -> None:
    """Give a framework static field a value (constants javac did not inline)."""
    STATIC_FIELDS[f"{cls}->{name}"] = value


_LOADED = False


def own_contract(fn: NativeFn) -> NativeFn:
    """Mark a model that applies the catalog's source/sink contract itself, more precisely than
    the VM's generic wrapper could: a stream write is a sink only when the bytes reach a file or
    a socket, an intent only when it leaves the app, a provider query is a source only for the
    providers holding private data."""
    setattr(fn, "own_contract", True)  # noqa: B010 (an attribute the VM reads)
    return fn


def load_all() -> Natives:
    """Import every model module once (each registers itself on import) and the catalog's
    sources and sinks; the filled table."""
    global _LOADED
    if not _LOADED:
        import importlib

        from dexlego.catalog import default_catalog
        from dexlego.catalog.callbacks import callback_methods
        from dexlego.emulator.framework.common import with_contract

        for mod in MODULES:
            importlib.import_module(f"dexlego.emulator.framework.{mod}")
        catalog = default_catalog()
        NATIVES.sources.update(e.dalvik for e in catalog.sources if e.port == "return")
        NATIVES.sinks.update(e.dalvik for e in catalog.sinks)
        NATIVES.listener_types.update(callback_methods())
        NATIVES.wrap = with_contract
        _LOADED = True
    return NATIVES


# Model modules, one per Java/Android package (see docs/emulator.md, "Adding a model"):
# `a.b.c.D` is modeled in `framework/a/b_c.py`.
MODULES: tuple[str, ...] = (
    "java.lang",
    "java.lang_ref",
    "java.lang_reflect",
    "java.util",
    "java.util_regex",
    "java.util_concurrent",
    "java.util_concurrent_atomic",
    "java.util_concurrent_locks",
    "java.io",
    "java.nio",
    "java.net",
    "java.security",
    "java.text",
    "javax.net_ssl",
    "org.json",
    "org.apache_http",
    "org.kxml2_io",
    "org.xmlpull_v1",
    "dalvik.system",
    "android.os",
    "android.util",
    "android.text",
    "android.content",
    "android.content_pm",
    "android.content_res",
    "android.app",
    "android.app_admin",
    "android.preference",
    "android.database",
    "android.provider",
    "android.net",
    "android.net_wifi",
    "android.accounts",
    "android.telephony",
    "android.telephony_gsm",
    "android.location",
    "android.view",
    "android.widget",
    "android.webkit",
    "android.graphics",
    "android.graphics_drawable",
    "android.hardware",
)
