"""`java.util.concurrent.locks`: ReentrantLock (one thread runs at a time: never blocks)."""

from __future__ import annotations

from typing import Any

from dexlego.emulator.framework.registry import method, model_class
from dexlego.emulator.vm.machine import VM

model_class("Ljava/util/concurrent/locks/ReentrantLock;")


@method("Ljava/util/concurrent/locks/ReentrantLock;", "<init>", "lock", "unlock")
def _lock(vm: VM, a: list[Any]) -> Any:
    return None


@method("Ljava/util/concurrent/locks/ReentrantLock;", "tryLock")
def _trylock(vm: VM, a: list[Any]) -> Any:
    return True
