"""java.lang core: Object, Throwable and the exception family, System, Math, Enum, Runtime."""

from __future__ import annotations

import math
from typing import Any

from dexlego.emulator.errors import StopRun
from dexlego.emulator.framework.registry import method, model_class, model_classes, static_field
from dexlego.emulator.framework.util import (
    default_to_string,
    identity_hash,
    jstr,
    sink,
)
from dexlego.emulator.taint import tag, taint_of
from dexlego.emulator.vm.arith import f32, i32, i64
from dexlego.emulator.vm.machine import VM
from dexlego.emulator.vm.objects import JArray, JObject

OBJ = "Ljava/lang/Object;"
model_class(OBJ, None)
model_class("Ljava/lang/Class;", OBJ, ("Ljava/lang/reflect/Type;",))
model_class("Ljava/lang/reflect/Type;", interface=True)
model_class("Ljava/lang/Cloneable;", interface=True)
model_class("Ljava/io/Serializable;", interface=True)
model_class("Ljava/lang/Comparable;", interface=True)
model_class("Ljava/lang/CharSequence;", interface=True)
model_class("Ljava/lang/Runnable;", interface=True)
model_class("Ljava/lang/Iterable;", interface=True)
model_class("Ljava/lang/AutoCloseable;", interface=True)
model_class("Ljava/io/Closeable;", OBJ, ("Ljava/lang/AutoCloseable;",), interface=True)
model_class("Ljava/lang/Number;", OBJ, ("Ljava/io/Serializable;",))
model_class("Ljava/lang/Enum;", OBJ, ("Ljava/lang/Comparable;", "Ljava/io/Serializable;"))
model_class("Ljava/lang/System;")
model_class("Ljava/lang/Math;")
model_class("Ljava/lang/StrictMath;")
model_class("Ljava/lang/Runtime;")
model_class("Ljava/lang/Process;")
model_class("Ljava/lang/ProcessBuilder;")
model_class("Ljava/lang/ref/Reference;")
model_class("Ljava/lang/ref/WeakReference;", "Ljava/lang/ref/Reference;")
model_class("Ljava/lang/ref/SoftReference;", "Ljava/lang/ref/Reference;")

T = "Ljava/lang/Throwable;"
model_class(T, OBJ, ("Ljava/io/Serializable;",))
model_classes(T, "Ljava/lang/Exception;", "Ljava/lang/Error;")
E, RE, ERR = "Ljava/lang/Exception;", "Ljava/lang/RuntimeException;", "Ljava/lang/Error;"
model_classes(
    E, RE, "Ljava/io/IOException;", "Ljava/lang/ClassNotFoundException;",
    "Ljava/lang/ReflectiveOperationException;", "Ljava/lang/InterruptedException;",
    "Ljava/lang/CloneNotSupportedException;", "Ljava/util/concurrent/ExecutionException;",
    "Ljava/util/concurrent/TimeoutException;", "Ljava/net/URISyntaxException;",
    "Lorg/json/JSONException;", "Landroid/content/pm/PackageManager$NameNotFoundException;",
    "Ljava/lang/Exception$Emulated;",
)  # fmt: skip
model_classes(
    "Ljava/lang/ReflectiveOperationException;",
    "Ljava/lang/NoSuchMethodException;", "Ljava/lang/NoSuchFieldException;",
    "Ljava/lang/IllegalAccessException;", "Ljava/lang/InstantiationException;",
    "Ljava/lang/reflect/InvocationTargetException;",
)  # fmt: skip
model_classes(
    RE, "Ljava/lang/NullPointerException;", "Ljava/lang/ArithmeticException;",
    "Ljava/lang/ClassCastException;", "Ljava/lang/IllegalArgumentException;",
    "Ljava/lang/IllegalStateException;", "Ljava/lang/IndexOutOfBoundsException;",
    "Ljava/lang/NegativeArraySizeException;", "Ljava/lang/UnsupportedOperationException;",
    "Ljava/lang/SecurityException;", "Ljava/lang/ArrayStoreException;",
    "Ljava/util/NoSuchElementException;", "Ljava/util/ConcurrentModificationException;",
    "Landroid/util/AndroidRuntimeException;", "Landroid/content/ActivityNotFoundException;",
)  # fmt: skip
model_classes(
    "Ljava/lang/IndexOutOfBoundsException;", "Ljava/lang/ArrayIndexOutOfBoundsException;",
    "Ljava/lang/StringIndexOutOfBoundsException;",
)
model_classes("Ljava/lang/IllegalArgumentException;", "Ljava/lang/NumberFormatException;")
model_classes("Ljava/io/IOException;", "Ljava/io/FileNotFoundException;", "Ljava/io/EOFException;",
              "Ljava/net/MalformedURLException;", "Ljava/net/UnknownHostException;")
model_classes(ERR, "Ljava/lang/LinkageError;", "Ljava/lang/VirtualMachineError;",
              "Ljava/lang/AssertionError;")
model_classes("Ljava/lang/VirtualMachineError;", "Ljava/lang/StackOverflowError;",
              "Ljava/lang/OutOfMemoryError;", "Ljava/lang/InternalError;")
model_classes(
    "Ljava/lang/LinkageError;", "Ljava/lang/NoClassDefFoundError;",
    "Ljava/lang/UnsatisfiedLinkError;", "Ljava/lang/VerifyError;",
    "Ljava/lang/ExceptionInInitializerError;", "Ljava/lang/IncompatibleClassChangeError;",
)  # fmt: skip
model_classes("Ljava/lang/IncompatibleClassChangeError;", "Ljava/lang/NoSuchFieldError;",
              "Ljava/lang/NoSuchMethodError;", "Ljava/lang/InstantiationError;",
              "Ljava/lang/AbstractMethodError;")


# -- Object ---------------------------------------------------------------------------------


@method(OBJ, "<init>()V", "notify()V", "notifyAll()V", "finalize()V")
def _noop(vm: VM, a: list[Any]) -> Any:
    return None


@method(OBJ, "wait()V", "wait(J)V", "wait(JI)V")
def _wait(vm: VM, a: list[Any]) -> Any:
    # Waiting hands the CPU to the other (queued) threads, which may notify us.
    vm.run_tasks()
    return None


@method(OBJ, "getClass()Ljava/lang/Class;")
def _get_class(vm: VM, a: list[Any]) -> Any:
    return vm.class_mirror(vm.class_of(a[0]))


@method(OBJ, "hashCode()I")
def _hash(vm: VM, a: list[Any]) -> Any:
    return identity_hash(vm, a[0])


@method(OBJ, "equals(Ljava/lang/Object;)Z")
def _equals(vm: VM, a: list[Any]) -> Any:
    return a[0] is a[1]


@method(OBJ, "toString()Ljava/lang/String;")
def _to_string(vm: VM, a: list[Any]) -> Any:
    o = a[0]
    if isinstance(o, str):
        return o
    if isinstance(o, JObject):
        return default_to_string(vm, o)
    return jstr(vm, o)


@method(OBJ, "clone()Ljava/lang/Object;")
def _clone(vm: VM, a: list[Any]) -> Any:
    o = a[0]
    if isinstance(o, JArray):
        c = JArray(o.type, list(o.data))
        c.taint = o.taint
        return c
    if isinstance(o, JObject):
        n = JObject(o.cls, _copy_native(o.native))
        n.fields = dict(o.fields)
        n.taint = o.taint
        return n
    return o


def _copy_native(n: Any) -> Any:
    if isinstance(n, list | dict | set):
        return n.copy()
    return n


# -- Throwable ------------------------------------------------------------------------------


def _state(o: JObject) -> dict[str, Any]:
    if not isinstance(o.native, dict):
        o.native = {"message": None, "cause": None}
    st: dict[str, Any] = o.native
    return st


@method(T, "<init>")
def _throwable_init(vm: VM, a: list[Any]) -> Any:
    st = _state(a[0])
    for v in a[1:]:
        if isinstance(v, str):
            st["message"] = v
        elif isinstance(v, JObject) and vm.instance_of(v, T):
            st["cause"] = v
            if st["message"] is None and len(a) == 2:
                st["message"] = jstr(vm, v)
    return None


@method(T, "getMessage", "getLocalizedMessage")
def _get_message(vm: VM, a: list[Any]) -> Any:
    return _state(a[0])["message"]


@method(T, "getCause")
def _get_cause(vm: VM, a: list[Any]) -> Any:
    return _state(a[0])["cause"]


@method(T, "initCause")
def _init_cause(vm: VM, a: list[Any]) -> Any:
    _state(a[0])["cause"] = a[1]
    return a[0]


@method(T, "toString()Ljava/lang/String;")
def _throwable_str(vm: VM, a: list[Any]) -> Any:
    name = a[0].cls.name[1:-1].replace("/", ".")
    msg = _state(a[0])["message"]
    return name if msg is None else tag(f"{name}: {msg}", taint_of(msg))


@method(T, "printStackTrace", "setStackTrace", "addSuppressed")
def _pst(vm: VM, a: list[Any]) -> Any:
    return None


@method(T, "fillInStackTrace")
def _fill(vm: VM, a: list[Any]) -> Any:
    return a[0]


@method(T, "getStackTrace")
def _get_st(vm: VM, a: list[Any]) -> Any:
    return JArray("[Ljava/lang/StackTraceElement;", [])


# -- System ---------------------------------------------------------------------------------

S = "Ljava/lang/System;"
model_class("Ljava/io/OutputStream;", OBJ, ("Ljava/io/Closeable;",))
model_class("Ljava/io/PrintStream;", "Ljava/io/FilterOutputStream;")
model_class("Ljava/io/FilterOutputStream;", "Ljava/io/OutputStream;")
static_field(S, "out", lambda vm: vm.new_object("Ljava/io/PrintStream;"))
static_field(S, "err", lambda vm: vm.new_object("Ljava/io/PrintStream;"))


@method("Ljava/io/PrintStream;", "println", "print", "flush", "write", "close")
def _print(vm: VM, a: list[Any]) -> Any:
    # The console of an app goes to logcat on a device; it is not counted as a sink.
    return None


@method("Ljava/io/PrintStream;", "printf", "format", "append")
def _printf(vm: VM, a: list[Any]) -> Any:
    return a[0]


@method(S, "arraycopy")
def _arraycopy(vm: VM, a: list[Any]) -> Any:
    src, sp, dst, dp, n = a
    if src is None or dst is None:
        raise vm.throwable("Ljava/lang/NullPointerException;", "arraycopy")
    if sp < 0 or dp < 0 or n < 0 or sp + n > len(src.data) or dp + n > len(dst.data):
        raise vm.throwable("Ljava/lang/ArrayIndexOutOfBoundsException;", "arraycopy")
    dst.data[dp : dp + n] = src.data[sp : sp + n]
    if src.taint:
        dst.taint = dst.taint | src.taint
    return None


@method(S, "currentTimeMillis")
def _millis(vm: VM, a: list[Any]) -> Any:
    # Deterministic clock: a fixed epoch plus the instructions run so far.
    return 1_700_000_000_000 + vm.icount // 1000


@method(S, "nanoTime")
def _nanos(vm: VM, a: list[Any]) -> Any:
    return 1_000_000_000 + vm.icount * 100


@method(S, "identityHashCode")
def _ihash(vm: VM, a: list[Any]) -> Any:
    return 0 if a[0] is None else identity_hash(vm, a[0])


_PROPS = {
    "java.vm.version": "2.1.0",
    "os.arch": "aarch64",
    "os.name": "Linux",
    "line.separator": "\n",
    "file.separator": "/",
    "java.vendor": "The Android Project",
    "http.agent": "Dalvik/2.1.0 (Linux; U; Android 10; Pixel 3 Build/QQ3A)",
}


@method(S, "getProperty")
def _prop(vm: VM, a: list[Any]) -> Any:
    v = _PROPS.get(str(a[0]))
    return v if v is not None else (a[1] if len(a) > 1 else None)


@method(S, "lineSeparator")
def _linesep(vm: VM, a: list[Any]) -> Any:
    return "\n"


@method(S, "getenv")
def _getenv(vm: VM, a: list[Any]) -> Any:
    return None


@method(S, "exit")
def _exit(vm: VM, a: list[Any]) -> Any:
    raise StopRun(f"System.exit({a[0]})")


@method(S, "gc", "runFinalization", "setProperty")
def _gc(vm: VM, a: list[Any]) -> Any:
    return None


@method(S, "loadLibrary", "load")
def _load_library(vm: VM, a: list[Any]) -> Any:
    caller, _ = vm.caller()
    vm.rec.native_load(str(a[0]), caller or "Ljava/lang/System;->loadLibrary(Ljava/lang/String;)V")
    return None


RT = "Ljava/lang/Runtime;"


@method(RT, "getRuntime")
def _runtime(vm: VM, a: list[Any]) -> Any:
    rt = vm.env.get("runtime")
    if rt is None:
        rt = vm.env["runtime"] = vm.new_object(RT)
    return rt


@method(RT, "exec")
def _exec(vm: VM, a: list[Any]) -> Any:
    sink(vm, "Ljava/lang/Runtime;->exec", *a[1:])
    return vm.new_object("Ljava/lang/Process;")


@method(RT, "loadLibrary", "load")
def _rt_load(vm: VM, a: list[Any]) -> Any:
    return _load_library(vm, a[1:])


@method(RT, "availableProcessors")
def _cpus(vm: VM, a: list[Any]) -> Any:
    return 4


@method(RT, "freeMemory", "totalMemory", "maxMemory")
def _mem(vm: VM, a: list[Any]) -> Any:
    return 256 * 1024 * 1024


PB = "Ljava/lang/ProcessBuilder;"


@method(PB, "<init>")
def _pb_init(vm: VM, a: list[Any]) -> Any:
    a[0].native = list(a[1:])
    return None


@method(PB, "command")
def _pb_command(vm: VM, a: list[Any]) -> Any:
    if len(a) > 1:
        a[0].native = list(a[1:])
    return a[0]


@method(PB, "start")
def _pb_start(vm: VM, a: list[Any]) -> Any:
    sink(vm, "Ljava/lang/ProcessBuilder;->start()Ljava/lang/Process;", a[0])
    return vm.new_object("Ljava/lang/Process;")


@method(PB, "redirectErrorStream", "directory")
def _pb_self(vm: VM, a: list[Any]) -> Any:
    return a[0]


# -- Math -----------------------------------------------------------------------------------

for _m in ("Ljava/lang/Math;", "Ljava/lang/StrictMath;"):

    @method(_m, "abs(I)I")
    def _abs_i(vm: VM, a: list[Any]) -> Any:
        return i32(abs(a[0]))

    @method(_m, "abs(J)J")
    def _abs_j(vm: VM, a: list[Any]) -> Any:
        return i64(abs(a[0]))

    @method(_m, "abs(F)F", "abs(D)D")
    def _abs_f(vm: VM, a: list[Any]) -> Any:
        return abs(a[0])

    @method(_m, "max")
    def _max(vm: VM, a: list[Any]) -> Any:
        return max(a[0], a[1])

    @method(_m, "min")
    def _min(vm: VM, a: list[Any]) -> Any:
        return min(a[0], a[1])

    @method(_m, "sqrt")
    def _sqrt(vm: VM, a: list[Any]) -> Any:
        return math.sqrt(a[0]) if a[0] >= 0 else math.nan

    @method(_m, "pow")
    def _pow(vm: VM, a: list[Any]) -> Any:
        try:
            return math.pow(a[0], a[1])
        except (OverflowError, ValueError):
            return math.nan

    @method(_m, "floor")
    def _floor(vm: VM, a: list[Any]) -> Any:
        return float(math.floor(a[0])) if math.isfinite(a[0]) else a[0]

    @method(_m, "ceil")
    def _ceil(vm: VM, a: list[Any]) -> Any:
        return float(math.ceil(a[0])) if math.isfinite(a[0]) else a[0]

    @method(_m, "round(F)I")
    def _round_f(vm: VM, a: list[Any]) -> Any:
        return i32(math.floor(f32(a[0]) + 0.5)) if math.isfinite(a[0]) else 0

    @method(_m, "round(D)J")
    def _round_d(vm: VM, a: list[Any]) -> Any:
        return i64(math.floor(a[0] + 0.5)) if math.isfinite(a[0]) else 0

    @method(_m, "random")
    def _random(vm: VM, a: list[Any]) -> Any:
        return vm.rng.random()

    @method(_m, "sin", "cos", "tan", "log", "exp", "log10", "atan", "asin", "acos")
    def _trig(vm: VM, a: list[Any]) -> Any:
        return 0.0


# -- Enum -----------------------------------------------------------------------------------

EN = "Ljava/lang/Enum;"


@method(EN, "<init>(Ljava/lang/String;I)V")
def _enum_init(vm: VM, a: list[Any]) -> Any:
    a[0].fields["name"] = a[1]
    a[0].fields["ordinal"] = a[2]
    return None


@method(EN, "name()Ljava/lang/String;", "toString()Ljava/lang/String;")
def _enum_name(vm: VM, a: list[Any]) -> Any:
    return a[0].fields.get("name")


@method(EN, "ordinal()I")
def _enum_ordinal(vm: VM, a: list[Any]) -> Any:
    return a[0].fields.get("ordinal", 0)


@method(EN, "hashCode()I")
def _enum_hash(vm: VM, a: list[Any]) -> Any:
    return identity_hash(vm, a[0])


@method(EN, "compareTo")
def _enum_cmp(vm: VM, a: list[Any]) -> Any:
    return a[0].fields.get("ordinal", 0) - a[1].fields.get("ordinal", 0)


@method(EN, "valueOf(Ljava/lang/Class;Ljava/lang/String;)Ljava/lang/Enum;")
def _enum_value_of(vm: VM, a: list[Any]) -> Any:
    rc = a[0].native
    vm.ensure_init(rc)
    for v in rc.statics.values():
        if isinstance(v, JObject) and v.fields.get("name") == a[1]:
            return v
    raise vm.throwable("Ljava/lang/IllegalArgumentException;", f"No enum constant {a[1]}")


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

