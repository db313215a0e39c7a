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
from dataclasses import dataclass
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from dexlego.emulator.vm.machine import VM

NativeFn = Callable[["VM", list[Any]], Any]
OBJECT = "Ljava/lang/Object;"


@dataclass(frozen=True, slots=True)
class ModelClass:
    name: str
    superclass: str | None
    interfaces: tuple[str, ...]
    is_interface: bool


CLASSES: dict[str, ModelClass] = {}
METHODS: dict[str, NativeFn] = {}  # "Lc;->name(params)ret"
BY_NAME: dict[str, NativeFn] = {}  # "Lc;->name": every overload
STATIC_FIELDS: dict[str, Any] = {}  # "Lc;->name"


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


def lookup(cls: str, key: str, name: str) -> NativeFn | None:
    """The model of `cls`'s method `key` ("name(params)ret"), exact overload first."""
    fn = METHODS.get(f"{cls}->{key}")
    if fn is None:
        fn = BY_NAME.get(f"{cls}->{name}")
    return fn


_LOADED = False


def load_all() -> None:
    """Import every model module once (each registers itself on import)."""
    global _LOADED
    if _LOADED:
        return
    import importlib

    for mod in MODULES:
        importlib.import_module(f"dexlego.emulator.framework.{mod}")
    _LOADED = True


# Model modules, one per area; add a new area here (see docs/emulator.md).
MODULES: tuple[str, ...] = (
    "lang",
    "strings",
    "boxing",
    "collections",
    "reflect",
    "threads",
    "io",
    "app",
    "content",
    "telephony",
    "location",
    "views",
    "os",
    "loaders",
    "device",
    "data",
)
