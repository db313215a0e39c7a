"""`java.util.concurrent`: executors, futures, latches. Submitted work is queued like a
thread's (`run_later`); `Future.get` runs the queue first.
"""

from __future__ import annotations

from typing import Any

from dexlego.emulator.framework.java.lang import run_later
from dexlego.emulator.framework.registry import method, model_class
from dexlego.emulator.vm.machine import VM

OBJ = "Ljava/lang/Object;"

model_class("Ljava/util/concurrent/Callable;", interface=True)
model_class("Ljava/util/concurrent/Executor;", interface=True)
model_class("Ljava/util/concurrent/ExecutorService;", OBJ, ("Ljava/util/concurrent/Executor;",),
            interface=True)  # fmt: skip
model_class("Ljava/util/concurrent/Future;", interface=True)
model_class("Ljava/util/concurrent/Executors;")
EX = "Ljava/util/concurrent/ThreadPoolExecutor;"
model_class("Ljava/util/concurrent/AbstractExecutorService;", OBJ,
            ("Ljava/util/concurrent/ExecutorService;",))  # fmt: skip
model_class(EX, "Ljava/util/concurrent/AbstractExecutorService;")
model_class("Ljava/util/concurrent/ScheduledThreadPoolExecutor;", EX)
FT = "Ljava/util/concurrent/FutureTask;"
model_class(FT, OBJ, ("Ljava/lang/Runnable;", "Ljava/util/concurrent/Future;"))
model_class("Ljava/util/concurrent/CountDownLatch;")
model_class("Ljava/util/concurrent/TimeUnit;")


# -- executors ------------------------------------------------------------------------------


@method("Ljava/util/concurrent/Executors;", "newSingleThreadExecutor", "newFixedThreadPool",
        "newCachedThreadPool", "newScheduledThreadPool", "newWorkStealingPool",
        "newSingleThreadScheduledExecutor")  # fmt: skip
def _new_executor(vm: VM, a: list[Any]) -> Any:
    return vm.new_object(EX)


@method(EX, "<init>", "shutdown", "shutdownNow", "allowCoreThreadTimeOut")
def _ex_noop(vm: VM, a: list[Any]) -> Any:
    return None


@method(EX, "execute")
def _ex_execute(vm: VM, a: list[Any]) -> Any:
    run_later(vm, a[1], "run()V")
    return None


@method(EX, "submit", "schedule")
def _ex_submit(vm: VM, a: list[Any]) -> Any:
    task = a[1]
    fut = vm.new_object(FT, {"result": None, "done": False})
    is_callable = vm.instance_of(task, "Ljava/util/concurrent/Callable;")

    def run() -> None:
        if is_callable:
            fut.native["result"] = vm.call_virtual(task, "call()Ljava/lang/Object;", [])
        else:
            vm.call_virtual(task, "run()V", [])
        fut.native["done"] = True

    vm.tasks.append(run)
    return fut


@method(FT, "<init>")
def _ft_init(vm: VM, a: list[Any]) -> Any:
    a[0].native = {"result": None, "done": False, "task": a[1] if len(a) > 1 else None}
    return None


@method(FT, "run")
def _ft_run(vm: VM, a: list[Any]) -> Any:
    st = a[0].native
    task = st.get("task")
    if task is not None and not st["done"]:
        if vm.instance_of(task, "Ljava/util/concurrent/Callable;"):
            st["result"] = vm.call_virtual(task, "call()Ljava/lang/Object;", [])
        else:
            vm.call_virtual(task, "run()V", [])
        st["done"] = True
        vm.call_virtual(a[0], "done()V", [])
    return None


@method(FT, "get")
def _ft_get(vm: VM, a: list[Any]) -> Any:
    vm.run_tasks()
    st = a[0].native
    return st.get("result") if isinstance(st, dict) else None


@method(FT, "isDone")
def _ft_done(vm: VM, a: list[Any]) -> Any:
    return bool(a[0].native.get("done")) if isinstance(a[0].native, dict) else True


@method(FT, "cancel", "isCancelled")
def _ft_cancel(vm: VM, a: list[Any]) -> Any:
    return False

CDL = "Ljava/util/concurrent/CountDownLatch;"


@method(CDL, "<init>", "countDown")
def _cdl(vm: VM, a: list[Any]) -> Any:
    return None


@method(CDL, "await")
def _cdl_await(vm: VM, a: list[Any]) -> Any:
    vm.run_tasks()
    return True


@method("Ljava/util/concurrent/TimeUnit;", "sleep")
def _time_unit_sleep(vm: VM, a: list[Any]) -> Any:
    """TimeUnit.sleep(n): Thread.sleep in the unit; while this thread sleeps the queued work
    runs."""
    vm.run_tasks()
    return None
