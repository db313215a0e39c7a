"""`java.nio`: ByteBuffer (what `InMemoryDexClassLoader` reads)."""

from __future__ import annotations

from typing import Any

from dexlego.emulator.framework.registry import method, model_class
from dexlego.emulator.vm.machine import VM
from dexlego.emulator.vm.objects import JArray

model_class("Ljava/nio/ByteBuffer;")


@method("Ljava/nio/ByteBuffer;", "wrap")
def _bb_wrap(vm: VM, a: list[Any]) -> Any:
    return vm.new_object("Ljava/nio/ByteBuffer;", a[0])


@method("Ljava/nio/ByteBuffer;", "allocate", "allocateDirect")
def _bb_alloc(vm: VM, a: list[Any]) -> Any:
    return vm.new_object("Ljava/nio/ByteBuffer;", JArray("[B", [0] * max(0, a[0])))


@method("Ljava/nio/ByteBuffer;", "array")
def _bb_array(vm: VM, a: list[Any]) -> Any:
    return a[0].native
