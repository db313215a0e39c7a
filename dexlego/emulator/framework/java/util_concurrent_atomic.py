"""`java.util.concurrent.atomic`: AtomicInteger/Long/Boolean/Reference."""

from __future__ import annotations

from typing import Any

from dexlego.emulator.framework.registry import method, model_class
from dexlego.emulator.vm.machine import VM

model_class("Ljava/util/concurrent/atomic/AtomicInteger;", "Ljava/lang/Number;")
model_class("Ljava/util/concurrent/atomic/AtomicBoolean;")
model_class("Ljava/util/concurrent/atomic/AtomicLong;", "Ljava/lang/Number;")
model_class("Ljava/util/concurrent/atomic/AtomicReference;")


# -- atomics and latches --------------------------------------------------------------------

for _at in ("AtomicInteger", "AtomicLong", "AtomicBoolean", "AtomicReference"):
    A = f"Ljava/util/concurrent/atomic/{_at};"

    @method(A, "<init>")
    def _atomic_init(vm: VM, a: list[Any]) -> Any:
        a[0].native = a[1] if len(a) > 1 else (None if "Reference" in a[0].cls.name else 0)
        return None

    @method(A, "get", "intValue", "longValue", "getPlain")
    def _atomic_get(vm: VM, a: list[Any]) -> Any:
        return a[0].native

    @method(A, "set", "lazySet")
    def _atomic_set(vm: VM, a: list[Any]) -> Any:
        a[0].native = a[1]
        return None

    @method(A, "getAndSet")
    def _atomic_gas(vm: VM, a: list[Any]) -> Any:
        old = a[0].native
        a[0].native = a[1]
        return old

    @method(A, "compareAndSet")
    def _atomic_cas(vm: VM, a: list[Any]) -> Any:
        if a[0].native == a[1] or a[0].native is a[1]:
            a[0].native = a[2]
            return True
        return False

    @method(A, "incrementAndGet", "getAndIncrement", "decrementAndGet", "getAndDecrement",
            "addAndGet", "getAndAdd")  # fmt: skip
    def _atomic_add(vm: VM, a: list[Any]) -> Any:
        return a[0].native

    _ = _atomic_add


def _mk_counter(name: str, delta: int | None, before: bool) -> None:
    for cls in ("AtomicInteger", "AtomicLong"):

        @method(f"Ljava/util/concurrent/atomic/{cls};", name)
        def _counter(vm: VM, a: list[Any]) -> Any:
            old = a[0].native or 0
            d = delta if delta is not None else a[1]
            a[0].native = old + d
            return old if before else a[0].native


_mk_counter("incrementAndGet", 1, False)
_mk_counter("getAndIncrement", 1, True)
_mk_counter("decrementAndGet", -1, False)
_mk_counter("getAndDecrement", -1, True)
_mk_counter("addAndGet", None, False)
_mk_counter("getAndAdd", None, True)
