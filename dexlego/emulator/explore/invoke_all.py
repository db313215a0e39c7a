"""Active invocation (`--invoke-all`): after the driven run, call every app method that did not
run, so that code a packer restores on first call (or a handler nothing triggered) executes.

Each method gets well-typed arguments (`values.ValueMaker`: 0, `""`, empty arrays, app objects
from the app's own constructors, the application as a `Context`, framework objects from their
models' constructors). Instance methods run on such an object of their class (of a concrete app
subclass for an abstract class); a constructor runs on a fresh object. Every call has its own slice of
the instruction budget, so one endless loop cannot starve the others; an exception it throws
ends that call only. When the run also explores branches, the arguments carry the provenance
`env:invoke-all:argument`: they are made up, so branches on them are worth forcing.

The app's own package comes first, then the rest (bundled libraries), each in DEX order.
"""

from __future__ import annotations

import time
from dataclasses import dataclass
from typing import TYPE_CHECKING, Any

from dexlego.emulator.errors import ProcessExit, StopRun, ThreadBlocked
from dexlego.emulator.explore.values import ValueMaker
from dexlego.emulator.taint import EMPTY, ENV
from dexlego.emulator.vm.interp import JavaThrow
from reassembler.sigs import parse_method

if TYPE_CHECKING:
    from dexlego.emulator.explore.appcode import AppCode
    from dexlego.emulator.explore.instrument import Context
    from dexlego.emulator.vm.machine import VM

ARGUMENT = frozenset({ENV + "invoke-all:argument"})
MAX_TASKS = 200  # queued work drained after each call


@dataclass
class InvokeStats:
    candidates: int = 0  # app methods that had not run
    invoked: int = 0
    returned: int = 0
    threw: int = 0
    stopped: int = 0  # ran out of their slice of the budget
    exited: int = 0  # ended the process (System.exit): the next invocation still runs
    blocked: int = 0  # blocked forever (a server socket nobody connects to)
    errors: int = 0  # emulator errors (runtime_error records say which)
    no_receiver: int = 0  # instance methods of classes nothing can instantiate
    ran_meanwhile: int = 0  # ran as a callee of an earlier invocation
    reason: str = ""
    seconds: float = 0.0

    def to_json(self) -> dict[str, Any]:
        return {k: getattr(self, k) for k in self.__dataclass_fields__}


class Invoker:
    """Calls the methods of one VM's app that did not run."""

    def __init__(self, vm: VM, app: AppCode, *, package: str, context: Context,
                 tag_args: bool) -> None:
        self.vm = vm
        self.app = app
        self.package_prefix = "L" + package.replace(".", "/") + "/" if package else "\0"
        self.context = context
        self.values = ValueMaker(vm, ARGUMENT if tag_args else EMPTY)

    # -- the run ---------------------------------------------------------------------------

    def run(self, *, budget: int, timeout: float, per_call: int) -> InvokeStats:
        vm = self.vm
        started = time.monotonic()
        stats = InvokeStats()
        done = self.app.reached(vm)
        todo = [sig for sig in self.app.owner if sig not in done and "-><clinit>(" not in sig]
        todo.sort(key=lambda s: not s.startswith(self.package_prefix))  # stable: DEX order kept
        stats.candidates = len(todo)
        end = vm.icount + budget
        vm.deadline = time.monotonic() + timeout
        stats.reason = "every method that had not run was invoked"
        for sig in todo:
            if vm.icount >= end:
                stats.reason = f"invoke-all budget of {budget} instructions exhausted"
                break
            if time.monotonic() > vm.deadline:
                stats.reason = "invoke-all timeout"
                break
            vm.budget = min(end, vm.icount + per_call)
            vm.check_at = min(vm.budget, vm.icount + 5000)
            try:
                self._invoke(sig, stats)
            except ProcessExit:
                stats.exited += 1  # the next method runs in a process Android would restart
            except StopRun as stop:
                stats.stopped += 1
                if vm.icount < vm.budget or vm.icount >= end:  # not (only) this call's slice
                    stats.reason = f"invoke-all stopped: {stop.reason}"
                    break
            except ThreadBlocked as blocked:
                stats.blocked += 1  # the call never returns, as its thread would on a device
                vm.rec.blocked_thread(blocked.api, f"invoke-all of {sig}")
            except Exception as exc:  # an emulator gap: reported, and the next method runs
                stats.errors += 1
                vm.rec.runtime_error(f"invoke-all: {type(exc).__name__}: {exc} in {sig}", sig)
            finally:
                self.context.invoking = None
                vm.stack.clear()
        vm.budget = max(vm.icount, 1)
        stats.seconds = round(time.monotonic() - started, 3)
        return stats

    def _invoke(self, sig: str, stats: InvokeStats) -> None:
        vm = self.vm
        ref = parse_method(sig)
        rc = vm.find_class(ref.class_)
        m = rc.methods.get(f"{ref.name}{ref.proto}") if rc is not None else None
        if rc is None or m is None or m.code is None:
            return
        if m.hits is not None and any(m.hits):
            stats.ran_meanwhile += 1
            return
        self.context.invoking = sig
        try:
            args = [self.values.value(p) for p in ref.proto.parameters]
            if not m.is_static:
                recv = self.values.blank(rc) if ref.name == "<init>" else self.values.instance(rc.name)
                if recv is None:
                    stats.no_receiver += 1
                    return
                args.insert(0, recv)
            stats.invoked += 1
            vm.invoke(m, args)
            stats.returned += 1
        except JavaThrow:
            stats.threw += 1
        self._drain()

    def _drain(self) -> None:
        vm = self.vm
        n = 0
        while vm.tasks and n < MAX_TASKS:
            task = vm.tasks.popleft()
            n += 1
            try:
                task()
            except JavaThrow:
                pass
            except ThreadBlocked as blocked:
                vm.rec.blocked_thread(blocked.api, "a background thread")
