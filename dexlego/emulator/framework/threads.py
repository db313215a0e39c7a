"""Threads and message loops with deterministic scheduling.

Nothing runs concurrently: `Thread.start`, executors, `Handler.post`, messages, `AsyncTask`
and timers append a task to `vm.tasks`; the driver runs the queue in FIFO order after each
event (and `Thread.join`/`Future.get` run it at once), so a run is reproducible.
"""

from __future__ import annotations

from typing import Any

from dexlego.emulator.framework.registry import method, model_class
from dexlego.emulator.vm.machine import VM
from dexlego.emulator.vm.objects import JArray, JObject

OBJ = "Ljava/lang/Object;"
TH = "Ljava/lang/Thread;"
model_class(TH, OBJ, ("Ljava/lang/Runnable;",))
model_class("Ljava/lang/ThreadGroup;")
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
model_class("Ljava/util/concurrent/atomic/AtomicInteger;", "Ljava/lang/Number;")
model_class("Ljava/util/concurrent/atomic/AtomicBoolean;")
model_class("Ljava/util/concurrent/atomic/AtomicLong;", "Ljava/lang/Number;")
model_class("Ljava/util/concurrent/atomic/AtomicReference;")
model_class("Ljava/util/concurrent/locks/ReentrantLock;")
AT = "Landroid/os/AsyncTask;"
model_class(AT)
H = "Landroid/os/Handler;"
model_class(H)
model_class("Landroid/os/Handler$Callback;", interface=True)
model_class("Landroid/os/Looper;")
MSG = "Landroid/os/Message;"
model_class(MSG, OBJ, ("Landroid/os/Parcelable;",))
model_class("Landroid/os/Parcelable;", interface=True)
model_class("Landroid/os/HandlerThread;", TH)
model_class("Ljava/util/Timer;")
model_class("Ljava/util/TimerTask;", OBJ, ("Ljava/lang/Runnable;",))


def run_later(vm: VM, obj: Any, key: str, args: list[Any] | None = None) -> None:
    """Queue `obj.key(args)` to run after the current event."""

    def task() -> None:
        vm.call_virtual(obj, key, args or [])

    vm.tasks.append(task)


def _runnable_arg(vm: VM, args: list[Any]) -> Any:
    for v in args:
        if isinstance(v, JObject) and vm.instance_of(v, "Ljava/lang/Runnable;"):
            return v
    return None


# -- Thread ---------------------------------------------------------------------------------


@method(TH, "<init>")
def _thread_init(vm: VM, a: list[Any]) -> Any:
    t = a[0]
    name = next((v for v in a[1:] if isinstance(v, str)), f"Thread-{len(vm.env)}")
    t.native = {"target": _runnable_arg(vm, a[1:]), "name": name, "started": False}
    return None


def _tstate(t: JObject) -> dict[str, Any]:
    if not isinstance(t.native, dict):
        t.native = {"target": None, "name": "Thread", "started": False}
    st: dict[str, Any] = t.native
    return st


@method(TH, "start")
def _thread_start(vm: VM, a: list[Any]) -> Any:
    st = _tstate(a[0])
    if st["started"]:
        raise vm.throwable("Ljava/lang/IllegalThreadStateException;")
    st["started"] = True
    run_later(vm, a[0], "run()V")
    return None


@method(TH, "run")
def _thread_run(vm: VM, a: list[Any]) -> Any:
    target = _tstate(a[0])["target"]
    if target is not None:
        vm.call_virtual(target, "run()V", [])
    return None


@method(TH, "join")
def _thread_join(vm: VM, a: list[Any]) -> Any:
    vm.run_tasks()
    return None


@method(TH, "currentThread")
def _current(vm: VM, a: list[Any]) -> Any:
    t = vm.env.get("main_thread")
    if t is None:
        t = vm.env["main_thread"] = vm.new_object(TH, {"target": None, "name": "main",
                                                       "started": True})  # fmt: skip
    return t


@method(TH, "getName")
def _thread_name(vm: VM, a: list[Any]) -> Any:
    return _tstate(a[0])["name"]


@method(TH, "setName")
def _thread_set_name(vm: VM, a: list[Any]) -> Any:
    _tstate(a[0])["name"] = a[1]
    return None


@method(TH, "sleep", "yield", "onSpinWait")
def _thread_sleep(vm: VM, a: list[Any]) -> Any:
    # While this thread sleeps the others get the CPU: run what is queued.
    vm.run_tasks()
    return None


@method(TH, "setDaemon", "setPriority", "interrupt", "setUncaughtExceptionHandler")
def _thread_noop(vm: VM, a: list[Any]) -> Any:
    return None


@method(TH, "isAlive", "isInterrupted", "interrupted", "isDaemon")
def _thread_false(vm: VM, a: list[Any]) -> Any:
    return False


@method(TH, "getId")
def _thread_id(vm: VM, a: list[Any]) -> Any:
    return 1


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


# -- AsyncTask ------------------------------------------------------------------------------


@method(AT, "<init>")
def _at_init(vm: VM, a: list[Any]) -> Any:
    return None


@method(AT, "execute", "executeOnExecutor")
def _at_execute(vm: VM, a: list[Any]) -> Any:
    task = a[0]
    params = a[-1] if isinstance(a[-1], JArray) else JArray("[Ljava/lang/Object;", [])
    vm.call_virtual(task, "onPreExecute()V", [])

    def run() -> None:
        r = vm.call_virtual(task, "doInBackground([Ljava/lang/Object;)Ljava/lang/Object;", [params])
        vm.call_virtual(task, "onPostExecute(Ljava/lang/Object;)V", [r])

    vm.tasks.append(run)
    return task


@method(AT, "publishProgress")
def _at_progress(vm: VM, a: list[Any]) -> Any:
    vm.call_virtual(a[0], "onProgressUpdate([Ljava/lang/Object;)V", [a[1]])
    return None


@method(AT, "onPreExecute", "onPostExecute", "onProgressUpdate", "onCancelled")
def _at_noop(vm: VM, a: list[Any]) -> Any:
    return None


@method(AT, "cancel", "isCancelled")
def _at_cancel(vm: VM, a: list[Any]) -> Any:
    return False


@method(AT, "execute(Ljava/lang/Runnable;)V")
def _at_execute_runnable(vm: VM, a: list[Any]) -> Any:
    run_later(vm, a[0], "run()V")
    return None


# -- Handler / Looper / Message -------------------------------------------------------------


@method(H, "<init>")
def _handler_init(vm: VM, a: list[Any]) -> Any:
    cb = next((v for v in a[1:] if isinstance(v, JObject)
               and vm.instance_of(v, "Landroid/os/Handler$Callback;")), None)  # fmt: skip
    a[0].native = {"callback": cb}
    return None


def _dispatch(vm: VM, handler: JObject, msg: JObject) -> None:
    cb = msg.fields.get("callback")
    if isinstance(cb, JObject):
        vm.call_virtual(cb, "run()V", [])
        return
    st = handler.native if isinstance(handler.native, dict) else {}
    hcb = st.get("callback")
    if hcb is not None and vm.call_virtual(hcb, "handleMessage(Landroid/os/Message;)Z", [msg]):
        return
    vm.call_virtual(handler, "handleMessage(Landroid/os/Message;)V", [msg])


def send(vm: VM, handler: JObject, msg: JObject) -> None:
    vm.tasks.append(lambda: _dispatch(vm, handler, msg))


@method(H, "post", "postDelayed", "postAtTime", "postAtFrontOfQueue")
def _post(vm: VM, a: list[Any]) -> Any:
    run_later(vm, a[1], "run()V")
    return True


@method(H, "sendMessage", "sendMessageDelayed", "sendMessageAtTime", "sendMessageAtFrontOfQueue")
def _send_message(vm: VM, a: list[Any]) -> Any:
    a[1].fields["target"] = a[0]
    send(vm, a[0], a[1])
    return True


@method(H, "sendEmptyMessage", "sendEmptyMessageDelayed", "sendEmptyMessageAtTime")
def _send_empty(vm: VM, a: list[Any]) -> Any:
    msg = _new_message(vm, a[0], a[1])
    send(vm, a[0], msg)
    return True


def _new_message(vm: VM, handler: Any, what: Any = 0, obj: Any = None) -> JObject:
    msg = vm.new_object(MSG)
    msg.fields.update({"what": what or 0, "obj": obj, "arg1": 0, "arg2": 0, "target": handler})
    return msg


@method(H, "obtainMessage")
def _obtain_message(vm: VM, a: list[Any]) -> Any:
    msg = _new_message(vm, a[0])
    rest = a[1:]
    if rest:
        msg.fields["what"] = rest[0]
    if len(rest) == 2:
        msg.fields["obj"] = rest[1]
    elif len(rest) >= 3:
        msg.fields["arg1"], msg.fields["arg2"] = rest[1], rest[2]
        if len(rest) == 4:
            msg.fields["obj"] = rest[3]
    return msg


@method(H, "dispatchMessage")
def _dispatch_message(vm: VM, a: list[Any]) -> Any:
    _dispatch(vm, a[0], a[1])
    return None


@method(H, "handleMessage", "removeCallbacks", "removeMessages", "removeCallbacksAndMessages")
def _handler_noop(vm: VM, a: list[Any]) -> Any:
    return None


@method(H, "hasMessages")
def _has_messages(vm: VM, a: list[Any]) -> Any:
    return False


@method(H, "getLooper")
def _handler_looper(vm: VM, a: list[Any]) -> Any:
    return _looper(vm, [])


@method(MSG, "obtain")
def _msg_obtain(vm: VM, a: list[Any]) -> Any:
    handler = a[0] if a and isinstance(a[0], JObject) and vm.instance_of(a[0], H) else None
    rest = a[1:] if handler is not None else a
    msg = _new_message(vm, handler)
    if rest:
        if isinstance(rest[0], int):
            msg.fields["what"] = rest[0]
        elif isinstance(rest[0], JObject) and vm.instance_of(rest[0], "Ljava/lang/Runnable;"):
            msg.fields["callback"] = rest[0]
    if len(rest) == 2:
        msg.fields["obj"] = rest[1]
    return msg


@method(MSG, "<init>")
def _msg_init(vm: VM, a: list[Any]) -> Any:
    a[0].fields.update({"what": 0, "obj": None, "arg1": 0, "arg2": 0})
    return None


@method(MSG, "sendToTarget")
def _msg_send(vm: VM, a: list[Any]) -> Any:
    h = a[0].fields.get("target")
    if isinstance(h, JObject):
        send(vm, h, a[0])
    return None


@method(MSG, "setData")
def _msg_set_data(vm: VM, a: list[Any]) -> Any:
    a[0].fields["data"] = a[1]
    return None


@method(MSG, "getData", "peekData")
def _msg_get_data(vm: VM, a: list[Any]) -> Any:
    d = a[0].fields.get("data")
    if d is None:
        d = a[0].fields["data"] = vm.new_object("Landroid/os/Bundle;", {})
    return d


@method(MSG, "getTarget")
def _msg_target(vm: VM, a: list[Any]) -> Any:
    return a[0].fields.get("target")


@method("Landroid/os/Looper;", "getMainLooper", "myLooper")
def _looper(vm: VM, a: list[Any]) -> Any:
    lp = vm.env.get("main_looper")
    if lp is None:
        lp = vm.env["main_looper"] = vm.new_object("Landroid/os/Looper;")
    return lp


@method("Landroid/os/Looper;", "prepare", "loop", "quit", "prepareMainLooper")
def _looper_noop(vm: VM, a: list[Any]) -> Any:
    vm.run_tasks()
    return None


@method("Landroid/os/Looper;", "getThread")
def _looper_thread(vm: VM, a: list[Any]) -> Any:
    return _current(vm, [])


# -- Timer ----------------------------------------------------------------------------------


@method("Ljava/util/Timer;", "schedule", "scheduleAtFixedRate")
def _timer_schedule(vm: VM, a: list[Any]) -> Any:
    run_later(vm, a[1], "run()V")
    return None


@method("Ljava/util/Timer;", "<init>", "cancel", "purge")
def _timer_noop(vm: VM, a: list[Any]) -> Any:
    return None


@method("Ljava/util/TimerTask;", "<init>")
def _tt_init(vm: VM, a: list[Any]) -> Any:
    return None


@method("Ljava/util/TimerTask;", "cancel")
def _tt_cancel(vm: VM, a: list[Any]) -> Any:
    return True


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

CDL = "Ljava/util/concurrent/CountDownLatch;"


@method(CDL, "<init>", "countDown")
def _cdl(vm: VM, a: list[Any]) -> Any:
    return None


@method(CDL, "await")
def _cdl_await(vm: VM, a: list[Any]) -> Any:
    vm.run_tasks()
    return True


@method("Ljava/util/concurrent/locks/ReentrantLock;", "<init>", "lock", "unlock")
def _lock(vm: VM, a: list[Any]) -> Any:
    return None


@method("Ljava/util/concurrent/locks/ReentrantLock;", "tryLock")
def _trylock(vm: VM, a: list[Any]) -> Any:
    return True
