"""`java.lang.ref`: weak and soft references (never cleared: the emulator has no GC pressure)."""

from __future__ import annotations

from typing import Any

from dexlego.emulator.framework.registry import method, model_class
from dexlego.emulator.vm.machine import VM

model_class("Ljava/lang/ref/Reference;")
model_class("Ljava/lang/ref/WeakReference;", "Ljava/lang/ref/Reference;")
model_class("Ljava/lang/ref/SoftReference;", "Ljava/lang/ref/Reference;")


# -- references -----------------------------------------------------------------------------


@method("Ljava/lang/ref/Reference;", "<init>")
def _ref_init(vm: VM, a: list[Any]) -> Any:
    a[0].native = [a[1]]
    return None


@method("Ljava/lang/ref/Reference;", "get")
def _ref_get(vm: VM, a: list[Any]) -> Any:
    n = a[0].native
    return n[0] if isinstance(n, list) and n else None


@method("Ljava/lang/ref/Reference;", "clear")
def _ref_clear(vm: VM, a: list[Any]) -> Any:
    a[0].native = [None]
    return None
