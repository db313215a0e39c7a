"""The emulated heap's budget: what an app may make the host hold.

Two bounds, both in host bytes (what the emulated objects cost this Python process):

- **Arrays** are charged when allocated (`new-array`): 56 bytes plus 8 per element (a Python
  list slot, whatever the element type). Large arrays (64 KiB and up) are credited back when
  the app drops them. An allocation that would take the live total past the budget throws
  `java.lang.OutOfMemoryError` inside the app, as ART does when its heap cannot satisfy an
  allocation (the app may catch it and go on, exactly as on a device). The budget defaults to
  256 MiB, what `Runtime.maxMemory()` answers (framework/java/lang.py).
- **Everything else** (strings built by framework models, collections, objects): the process's
  resident size is sampled every 5,000 instructions and after a model call returns a large
  string or array; once it has grown by more than twice the budget since the VM started, the
  run ends (`StopRun`) with the reason. A host `MemoryError` ends the run the same way: never a
  Python traceback.
"""

from __future__ import annotations

import gc
import os
import weakref
from typing import Any

from dexlego.emulator.errors import StopRun
from dexlego.emulator.vm.objects import JArray, new_array

DEFAULT_HEAP_BYTES = 256 * 1024 * 1024
ARRAY_HEADER = 56
SLOT = 8
# Arrays at least this large are credited back when freed (a finalizer each); smaller ones
# are left to the resident-size watchdog.
TRACKED = 64 * 1024
# A model result this large (characters or elements) triggers a resident-size sample.
LARGE_RESULT = 1 << 20

_PAGE = os.sysconf("SC_PAGE_SIZE") if hasattr(os, "sysconf") else 4096


def resident_bytes() -> int:
    """This process's resident size (Linux /proc; 0 where unavailable)."""
    try:
        with open("/proc/self/statm", "rb") as fh:
            return int(fh.read().split()[1]) * _PAGE
    except (OSError, ValueError, IndexError):
        return 0


class HeapExhausted(Exception):
    """An allocation the budget cannot satisfy (the VM throws OutOfMemoryError for it)."""


class Heap:
    """Charges allocations against `limit` bytes and watches the process's growth."""

    def __init__(self, limit: int = DEFAULT_HEAP_BYTES) -> None:
        self.limit = limit
        self.live = 0  # bytes of tracked (large) arrays still reachable
        self.baseline = resident_bytes()

    def new_array(self, type_: str, length: int) -> JArray:
        cost = ARRAY_HEADER + SLOT * length
        if cost >= TRACKED:
            if self.live + cost > self.limit:
                gc.collect()  # arrays only reachable from garbage cycles still count
                if self.live + cost > self.limit:
                    raise HeapExhausted(
                        f"array of {length} elements: {cost} bytes with {self.live} of "
                        f"{self.limit} in use")
            self.live += cost
            arr = new_array(type_, length)
            weakref.finalize(arr, self._free, cost)
            return arr
        return new_array(type_, length)

    def _free(self, cost: int) -> None:
        self.live -= cost

    def watch(self) -> None:
        """End the run if the process grew past twice the budget since the VM started."""
        grown = resident_bytes() - self.baseline
        if grown > 2 * self.limit:
            raise StopRun(f"heap budget exceeded: the emulated app made the host grow by "
                          f"{grown >> 20} MiB (budget {self.limit >> 20} MiB)")

    def watch_result(self, value: Any) -> None:
        """Sample the resident size after a model returned something large."""
        if (value.__class__ is str and len(value) >= LARGE_RESULT) or (
                value.__class__ is JArray and len(value.data) >= LARGE_RESULT):
            self.watch()
