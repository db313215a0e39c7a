"""`java.lang`: Object, Class (with `Class.forName` and member lookup), String,
StringBuilder/StringBuffer, Character, the boxed primitives, Throwable and the exception family,
System, Math, Enum, Runtime/ProcessBuilder (sinks), Thread and ClassLoader.

Strings keep their tags through every operation (`TStr`); threads never run concurrently:
`Thread.start` queues the thread's `run` (see `run_later`) and the driver runs the queue in FIFO
order after each event, `Thread.join`/`sleep` run it at once, so runs are deterministic.
"""

from __future__ import annotations

import math
import re
from typing import Any

from dexlego.emulator.errors import ProcessExit
from dexlego.emulator.framework import registry
from dexlego.emulator.framework.common import (
    BOX_TYPES,
    arg_str,
    box,
    default_to_string,
    identity_hash,
    jstr,
    prim_str,
    string_hash,
    unbox,
)
from dexlego.emulator.framework.registry import method, model_class, model_classes, static_field
from dexlego.emulator.names import binary_to_descriptor, descriptor_to_binary
from dexlego.emulator.taint import EMPTY, TInt, tag, taint_of, union
from dexlego.emulator.vm.arith import f32, i32, i64
from dexlego.emulator.vm.classes import APP, RClass, RMethod
from dexlego.emulator.vm.machine import VM, Loader
from dexlego.emulator.vm.objects import JArray, JObject, encode_utf8
from reassembler.android_api import default_index

R = "Ljava/lang/reflect/"

OBJ = "Ljava/lang/Object;"
model_class(OBJ, None)
model_class("Ljava/lang/Class;", OBJ, ("Ljava/lang/reflect/Type;",))
model_class("Ljava/lang/Cloneable;", interface=True)
model_class("Ljava/lang/Comparable;", interface=True)
model_class("Ljava/lang/CharSequence;", interface=True)
model_class("Ljava/lang/Runnable;", interface=True)
model_class("Ljava/lang/Iterable;", interface=True)
model_class("Ljava/lang/AutoCloseable;", interface=True)
model_class("Ljava/lang/Number;", OBJ, ("Ljava/io/Serializable;",))
model_class("Ljava/lang/Enum;", OBJ, ("Ljava/lang/Comparable;", "Ljava/io/Serializable;"))
model_class("Ljava/lang/System;")
model_class("Ljava/lang/Math;")
model_class("Ljava/lang/StrictMath;")
model_class("Ljava/lang/Runtime;")
model_class("Ljava/lang/Process;")
model_class("Ljava/lang/ProcessBuilder;")

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
    st["stack"] = vm.java_stack()  # as fillInStackTrace in the constructor
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
static_field(S, "out", lambda vm: vm.new_object("Ljava/io/PrintStream;"))
static_field(S, "err", lambda vm: vm.new_object("Ljava/io/PrintStream;"))


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


def now_millis(vm: VM) -> int:
    """The emulated clock: a fixed instant (2023-11-14 22:13:20 UTC) plus a millisecond per
    thousand instructions run, so runs are reproducible and time still passes."""
    return 1_700_000_000_000 + vm.icount // 1000


@method(S, "currentTimeMillis")
def _millis(vm: VM, a: list[Any]) -> Any:
    return now_millis(vm)


@method(S, "nanoTime")
def _nanos(vm: VM, a: list[Any]) -> Any:
    return 1_000_000_000 + vm.icount * 100


@method(S, "identityHashCode")
def _ihash(vm: VM, a: list[Any]) -> Any:
    return 0 if a[0] is None else identity_hash(vm, a[0])


def system_properties(vm: VM) -> dict[str, str]:
    """This process's Java system properties (device.java_properties; setProperty changes
    them for the run)."""
    props = vm.env.get("system_properties")
    if props is None:
        from dexlego.emulator.device import java_properties

        props = vm.env["system_properties"] = java_properties(str(vm.env.get("package", "")))
    assert isinstance(props, dict)
    return props


@method(S, "getProperty")
def _prop(vm: VM, a: list[Any]) -> Any:
    """System.getProperty(key[, def]): null key is an NPE, an empty one IllegalArgument."""
    if a[0] is None:
        raise vm.throwable("Ljava/lang/NullPointerException;", "key == null")
    if a[0] == "":
        raise vm.throwable("Ljava/lang/IllegalArgumentException;", "key is empty")
    v = system_properties(vm).get(str(a[0]))
    return v if v is not None else (a[1] if len(a) > 1 else None)


@method(S, "setProperty", "clearProperty")
def _set_prop(vm: VM, a: list[Any]) -> Any:
    """System.setProperty/clearProperty: the previous value."""
    if a[0] is None:
        raise vm.throwable("Ljava/lang/NullPointerException;", "key == null")
    props = system_properties(vm)
    old = props.get(str(a[0]))
    if len(a) > 1:
        props[str(a[0])] = str(a[1])
    else:
        props.pop(str(a[0]), None)
    return old


@method(S, "getProperties")
def _props(vm: VM, a: list[Any]) -> Any:
    return vm.new_object("Ljava/util/Properties;",
                         {k: (k, v) for k, v in system_properties(vm).items()})  # fmt: skip


@method(S, "lineSeparator")
def _linesep(vm: VM, a: list[Any]) -> Any:
    return "\n"


@method(S, "getenv")
def _getenv(vm: VM, a: list[Any]) -> Any:
    """System.getenv(name): the app process's environment (device.ENVIRONMENT);
    System.getenv(): all of it, as an unmodifiable map."""
    from dexlego.emulator.device import ENVIRONMENT

    if not a:
        return vm.new_object("Ljava/util/Collections$UnmodifiableMap;",
                             {k: (k, v) for k, v in ENVIRONMENT.items()})  # fmt: skip
    if a[0] is None:
        raise vm.throwable("Ljava/lang/NullPointerException;", "name == null")
    return ENVIRONMENT.get(str(a[0]))


def _property_number(vm: VM, a: list[Any], bits: int) -> Any:
    """Integer.getInteger / Long.getLong: Integer.decode of the system property (decimal,
    0x/#/0 prefixes), else the default (null for the one-argument form)."""
    default = a[1] if len(a) > 1 else None
    v = system_properties(vm).get(str(a[0])) if a[0] else None
    if v is None:
        return default
    txt = v.strip()
    neg = txt.startswith("-")
    body = txt[1:] if txt[:1] in "+-" else txt
    try:
        if body[:2].lower() == "0x":
            n = int(body[2:], 16)
        elif body[:1] == "#":
            n = int(body[1:], 16)
        elif body[:1] == "0" and len(body) > 1:
            n = int(body[1:], 8)
        else:
            n = int(body, 10)
    except ValueError:
        return default
    n = -n if neg else n
    if not -(1 << (bits - 1)) <= n < (1 << (bits - 1)):
        return default
    return box(vm, n, "I" if bits == 32 else "J")


@method("Ljava/lang/Integer;", "getInteger")
def _get_integer(vm: VM, a: list[Any]) -> Any:
    if len(a) > 1 and isinstance(a[1], int) and not isinstance(a[1], bool):
        r = _property_number(vm, [a[0]], 32)
        return r if r is not None else box(vm, a[1], "I")
    return _property_number(vm, a, 32)


@method("Ljava/lang/Long;", "getLong")
def _get_long(vm: VM, a: list[Any]) -> Any:
    if len(a) > 1 and isinstance(a[1], int) and not isinstance(a[1], bool):
        r = _property_number(vm, [a[0]], 64)
        return r if r is not None else box(vm, a[1], "J")
    return _property_number(vm, a, 64)


@method("Ljava/lang/Boolean;", "getBoolean")
def _get_boolean(vm: VM, a: list[Any]) -> Any:
    """Boolean.getBoolean(name): the system property equals "true", ignoring case."""
    v = system_properties(vm).get(str(a[0])) if a[0] else None
    return v is not None and v.lower() == "true"


@method(S, "exit")
def _exit(vm: VM, a: list[Any]) -> Any:
    raise ProcessExit(f"System.exit({a[0]})")


@method(S, "gc", "runFinalization")
def _gc(vm: VM, a: list[Any]) -> Any:
    return None


@method(S, "loadLibrary", "load")
def _load_library(vm: VM, a: list[Any]) -> Any:
    caller, _ = vm.caller()
    vm.rec.native_load(str(a[0]), caller or "Ljava/lang/System;->loadLibrary(Ljava/lang/String;)V")
    if a[0] is None:
        raise vm.throwable("Ljava/lang/NullPointerException;", "libName == null")
    from dexlego.emulator.native.runtime import load_for_java  # the native side (native/)

    load_for_java(vm, str(a[0]), is_path=vm.cur_native is not None and vm.cur_native.name == "load")
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
    return vm.new_object("Ljava/lang/Process;")


@method(RT, "loadLibrary", "load")
def _rt_load(vm: VM, a: list[Any]) -> Any:
    return _load_library(vm, a[1:])


@method(RT, "exit", "halt")
def _rt_exit(vm: VM, a: list[Any]) -> Any:
    raise ProcessExit(f"Runtime.exit({a[1]})")


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
STR = "Ljava/lang/String;"
model_class(STR, OBJ, ("Ljava/lang/CharSequence;", "Ljava/lang/Comparable;", "Ljava/io/Serializable;"))
model_class("Ljava/lang/AbstractStringBuilder;", OBJ, ("Ljava/lang/CharSequence;",))
SB = "Ljava/lang/StringBuilder;"
SBUF = "Ljava/lang/StringBuffer;"
model_class(SB, "Ljava/lang/AbstractStringBuilder;")
model_class(SBUF, "Ljava/lang/AbstractStringBuilder;")
model_class("Ljava/lang/Character;", OBJ, ("Ljava/lang/Comparable;",))


def _t(result: Any, *inputs: Any) -> Any:
    """`result` tagged with everything the inputs carry."""
    return tag(result, union(*inputs))


def _oob(vm: VM, what: str) -> Exception:
    return vm.throwable("Ljava/lang/StringIndexOutOfBoundsException;", what)


def _chars(s: str) -> JArray:
    t = taint_of(s)
    data: list[Any] = [ord(c) for c in s]
    if t:
        out = []
        for v in data:
            x = TInt(v)
            x.taint = t
            out.append(x)
        data = out
    arr = JArray("[C", data)
    arr.taint = t
    return arr


def chars_to_str(arr: JArray, off: int = 0, n: int | None = None) -> str:
    data = arr.data[off:] if n is None else arr.data[off : off + n]
    s = "".join(chr(c & 0xFFFF) for c in data)
    t = arr.taint | union(*data)
    return tag(s, t)  # type: ignore[no-any-return]


# -- String ---------------------------------------------------------------------------------


@method(STR, "<init>")
def _new_string(vm: VM, a: list[Any]) -> Any:
    # Returns the value; the interpreter swaps it in for the blank instance.
    args = a[1:]
    if not args:
        return ""
    x = args[0]
    if isinstance(x, str):
        return x
    if isinstance(x, JArray):
        if x.type == "[C":
            if len(args) >= 3:
                return chars_to_str(x, args[1], args[2])
            return chars_to_str(x)
        raw = bytes((b & 0xFF) for b in x.data)
        if len(args) >= 3 and isinstance(args[1], int) and isinstance(args[2], int):
            raw = raw[args[1] : args[1] + args[2]]
        return tag(raw.decode("utf-8", "replace"), x.taint | union(*x.data))
    return _t(arg_str(x) or "", x)


@method(STR, "length()I")
def _len(vm: VM, a: list[Any]) -> Any:
    return len(a[0])


@method(STR, "isEmpty()Z")
def _empty(vm: VM, a: list[Any]) -> Any:
    return len(a[0]) == 0


@method(STR, "charAt(I)C")
def _char_at(vm: VM, a: list[Any]) -> Any:
    s, i = a
    if i < 0 or i >= len(s):
        raise _oob(vm, f"index={i} length={len(s)}")
    return tag(ord(s[i]), taint_of(s))


@method(STR, "toCharArray()[C")
def _to_chars(vm: VM, a: list[Any]) -> Any:
    return _chars(a[0])


@method(STR, "getChars")
def _get_chars(vm: VM, a: list[Any]) -> Any:
    s, b, e, dst, db = a
    if b < 0 or e > len(s) or b > e or db + (e - b) > len(dst.data):
        raise _oob(vm, f"getChars {b}..{e}")
    t = taint_of(s)
    dst.data[db : db + e - b] = [tag(ord(c), t) for c in s[b:e]]
    dst.taint = dst.taint | t
    return None


@method(STR, "getBytes")
def _str_bytes(vm: VM, a: list[Any]) -> Any:
    raw = encode_utf8(a[0])
    arr = JArray("[B", [(b ^ 0x80) - 0x80 for b in raw])
    arr.taint = taint_of(a[0])
    return arr


@method(STR, "substring")
def _substring(vm: VM, a: list[Any]) -> Any:
    s = a[0]
    b = a[1]
    e = a[2] if len(a) > 2 else len(s)
    if b < 0 or e > len(s) or b > e:
        raise _oob(vm, f"begin {b}, end {e}, length {len(s)}")
    return _t(s[b:e], s)


@method(STR, "subSequence")
def _subseq(vm: VM, a: list[Any]) -> Any:
    return _substring(vm, a)


@method(STR, "concat")
def _concat(vm: VM, a: list[Any]) -> Any:
    return _t(a[0] + a[1], a[0], a[1])


@method(STR, "equals(Ljava/lang/Object;)Z")
def _str_equals(vm: VM, a: list[Any]) -> Any:
    return isinstance(a[1], str) and str.__eq__(a[0], a[1])


@method(STR, "equalsIgnoreCase")
def _equals_ic(vm: VM, a: list[Any]) -> Any:
    return isinstance(a[1], str) and a[0].lower() == a[1].lower()


@method(STR, "contentEquals")
def _content_eq(vm: VM, a: list[Any]) -> Any:
    return a[0] == arg_str(a[1])


@method(STR, "hashCode()I")
def _str_hash(vm: VM, a: list[Any]) -> Any:
    return string_hash(a[0])


@method(STR, "compareTo", "compareToIgnoreCase")
def _compare(vm: VM, a: list[Any]) -> Any:
    x, y = a[0], a[1]
    if y is None:
        raise vm.throwable("Ljava/lang/NullPointerException;", "compareTo(null)")
    for c1, c2 in zip(x, y, strict=False):
        if c1 != c2:
            return ord(c1) - ord(c2)
    return len(x) - len(y)


@method(STR, "toString()Ljava/lang/String;", "intern()Ljava/lang/String;")
def _self(vm: VM, a: list[Any]) -> Any:
    return a[0]


@method(STR, "toLowerCase")
def _lower(vm: VM, a: list[Any]) -> Any:
    return _t(a[0].lower(), a[0])


@method(STR, "toUpperCase")
def _upper(vm: VM, a: list[Any]) -> Any:
    return _t(a[0].upper(), a[0])


@method(STR, "trim")
def _trim(vm: VM, a: list[Any]) -> Any:
    return _t(a[0].strip(" \t\n\r\x0b\x0c\x00"), a[0])


@method(STR, "indexOf")
def _index_of(vm: VM, a: list[Any]) -> Any:
    s, x = a[0], a[1]
    start = a[2] if len(a) > 2 else 0
    needle = chr(x) if isinstance(x, int) else str(x)
    return s.find(needle, max(0, start))


@method(STR, "lastIndexOf")
def _last_index_of(vm: VM, a: list[Any]) -> Any:
    s, x = a[0], a[1]
    needle = chr(x) if isinstance(x, int) else str(x)
    if len(a) > 2:
        return s.rfind(needle, 0, a[2] + len(needle))
    return s.rfind(needle)


@method(STR, "contains")
def _contains(vm: VM, a: list[Any]) -> Any:
    return (arg_str(a[1]) or "") in a[0]


@method(STR, "startsWith")
def _starts(vm: VM, a: list[Any]) -> Any:
    off = a[2] if len(a) > 2 else 0
    return a[0].startswith(a[1], off)


@method(STR, "endsWith")
def _ends(vm: VM, a: list[Any]) -> Any:
    return a[0].endswith(a[1])


@method(STR, "replace")
def _replace(vm: VM, a: list[Any]) -> Any:
    s, x, y = a
    if isinstance(x, int):
        return _t(s.replace(chr(x), chr(y)), s)
    return _t(s.replace(arg_str(x) or "", arg_str(y) or ""), s, y)


@method(STR, "replaceAll", "replaceFirst")
def _replace_all(vm: VM, a: list[Any]) -> Any:
    from dexlego.emulator.framework.java.util_regex import _java_regex
    s, pat, rep = a
    rep_py = re.sub(r"\$(\d)", r"\\\1", rep)
    try:
        out = re.sub(_java_regex(pat), rep_py, s)
    except re.error:
        out = s
    return _t(out, s, rep)


@method(STR, "matches")
def _matches(vm: VM, a: list[Any]) -> Any:
    from dexlego.emulator.framework.java.util_regex import _java_regex
    try:
        return re.fullmatch(_java_regex(a[1]), a[0]) is not None
    except re.error:
        return False


@method(STR, "split")
def _split(vm: VM, a: list[Any]) -> Any:
    from dexlego.emulator.framework.java.util_regex import _java_regex
    s, pat = a[0], a[1]
    limit = a[2] if len(a) > 2 else 0
    try:
        parts = re.split(_java_regex(pat), s, maxsplit=max(0, limit - 1) if limit > 0 else 0)
    except re.error:
        parts = s.split(pat)
    if parts and parts[0] == "" and len(s) > 0 and re.match(_java_regex(pat), s):
        # Java drops a leading empty string only for a zero-width match; keep simple cases
        pass
    if limit == 0:
        while parts and parts[-1] == "":
            parts.pop()
    t = taint_of(s)
    arr = JArray("[Ljava/lang/String;", [tag(p, t) for p in parts])
    arr.taint = t
    return arr


@method(STR, "valueOf", "copyValueOf")
def _value_of(vm: VM, a: list[Any]) -> Any:
    return _string_of(vm, a)


def _string_of(vm: VM, a: list[Any]) -> Any:
    x = a[0]
    if isinstance(x, JArray) and x.type == "[C":
        if len(a) >= 3:
            return chars_to_str(x, a[1], a[2])
        return chars_to_str(x)
    return jstr(vm, x)


for _kind in "ZCIJFD":

    def _mk(kind: str) -> Any:
        @method(STR, f"valueOf({kind})Ljava/lang/String;")
        def _vo(vm: VM, a: list[Any]) -> Any:
            return prim_str(a[0], kind)

        return _vo

    _mk(_kind)


@method(STR, "format")
def _format(vm: VM, a: list[Any]) -> Any:
    if isinstance(a[0], str):
        fmt, args = a[0], a[1]
    else:
        fmt, args = a[1], a[2]
    vals = list(args.data) if isinstance(args, JArray) else []
    t = union(fmt, *vals) | (args.taint if isinstance(args, JArray) else EMPTY)
    out = []
    it = iter(vals)

    def repl(m: re.Match[str]) -> str:
        conv = m.group(2)
        if conv == "%":
            return "%"
        if conv == "n":
            return "\n"
        v = next(it, None)
        from dexlego.emulator.framework.common import unbox

        u = unbox(v)
        if conv in "dxX" and isinstance(u, int):
            return format(u, "x" if conv == "x" else "X" if conv == "X" else "d")
        if conv == "f" and isinstance(u, int | float):
            return f"{float(u):.6f}"
        return jstr(vm, v)

    out.append(re.sub(r"%([-#+ 0,(\d.]*)([a-zA-Z%])", repl, fmt))
    return tag("".join(out), t)


@method(STR, "join")
def _join(vm: VM, a: list[Any]) -> Any:
    sep = arg_str(a[0]) or ""
    items = a[1]
    vals = items.data if isinstance(items, JArray) else list(getattr(items, "native", []) or [])
    strs = [jstr(vm, v) for v in vals]
    return tag(sep.join(strs), union(*strs))


@method(STR, "codePointAt")
def _cp(vm: VM, a: list[Any]) -> Any:
    return ord(a[0][a[1]])


@method(STR, "regionMatches")
def _region(vm: VM, a: list[Any]) -> Any:
    if isinstance(a[1], int):  # ignoreCase form
        s, off, o, ooff, n = a[0], a[2], a[3], a[4], a[5]
        return s[off : off + n].lower() == o[ooff : ooff + n].lower()
    s, off, o, ooff, n = a[0], a[1], a[2], a[3], a[4]
    return s[off : off + n] == o[ooff : ooff + n]


# -- StringBuilder / StringBuffer -----------------------------------------------------------


def _sb(o: JObject) -> list[str]:
    if not isinstance(o.native, list):
        o.native = []
    lst: list[str] = o.native
    return lst


def _sb_str(o: JObject) -> str:
    return tag("".join(_sb(o)), o.taint)  # type: ignore[no-any-return]


def _append(o: JObject, s: str) -> None:
    _sb(o).append(s)
    t = taint_of(s)
    if t:
        o.taint = o.taint | t


for _cls in (SB, SBUF):

    @method(_cls, "<init>")
    def _sb_init(vm: VM, a: list[Any]) -> Any:
        o = a[0]
        o.native = []
        if len(a) > 1 and not isinstance(a[1], int):
            _append(o, arg_str(a[1]) or "")
        return None

    @method(_cls, "toString()Ljava/lang/String;")
    def _sb_to_string(vm: VM, a: list[Any]) -> Any:
        return _sb_str(a[0])

    @method(_cls, "length()I")
    def _sb_len(vm: VM, a: list[Any]) -> Any:
        return sum(len(x) for x in _sb(a[0]))

    @method(_cls, "charAt(I)C")
    def _sb_char_at(vm: VM, a: list[Any]) -> Any:
        return _char_at(vm, [_sb_str(a[0]), a[1]])

    for _kind in "ZCIJFD":

        def _mk_append(kind: str, cls: str) -> None:
            @method(cls, f"append({kind}){cls}")
            def _app(vm: VM, a: list[Any]) -> Any:
                _append(a[0], prim_str(a[1], kind))
                return a[0]

        _mk_append(_kind, _cls)

    @method(_cls, "append")
    def _sb_append(vm: VM, a: list[Any]) -> Any:
        x = a[1]
        if isinstance(x, JArray) and x.type == "[C":
            s = chars_to_str(x, a[2], a[3]) if len(a) > 3 else chars_to_str(x)
        elif len(a) > 3 and x is not None:
            s = _t((arg_str(x) or "")[a[2] : a[3]], x)
        elif isinstance(x, JObject) and isinstance(x.native, list) and x.cls.name in (SB, SBUF):
            s = _sb_str(x)
        else:
            s = jstr(vm, x)
        _append(a[0], s)
        return a[0]

    @method(_cls, "insert")
    def _sb_insert(vm: VM, a: list[Any]) -> Any:
        cur = _sb_str(a[0])
        x = a[2]
        s = jstr(vm, x) if not isinstance(x, int) else str(x)
        new = cur[: a[1]] + s + cur[a[1] :]
        a[0].native = [new]
        a[0].taint = a[0].taint | taint_of(s)
        return a[0]

    @method(_cls, "reverse")
    def _sb_reverse(vm: VM, a: list[Any]) -> Any:
        a[0].native = [_sb_str(a[0])[::-1]]
        return a[0]

    @method(_cls, "setLength")
    def _sb_set_length(vm: VM, a: list[Any]) -> Any:
        cur = _sb_str(a[0])
        n = a[1]
        a[0].native = [cur[:n] + "\0" * max(0, n - len(cur))]
        if n == 0:
            a[0].taint = EMPTY
        return None

    @method(_cls, "deleteCharAt")
    def _sb_del_char(vm: VM, a: list[Any]) -> Any:
        cur = _sb_str(a[0])
        a[0].native = [cur[: a[1]] + cur[a[1] + 1 :]]
        return a[0]

    @method(_cls, "delete")
    def _sb_delete(vm: VM, a: list[Any]) -> Any:
        cur = _sb_str(a[0])
        a[0].native = [cur[: a[1]] + cur[a[2] :]]
        return a[0]

    @method(_cls, "replace")
    def _sb_replace(vm: VM, a: list[Any]) -> Any:
        cur = _sb_str(a[0])
        a[0].native = [cur[: a[1]] + a[3] + cur[a[2] :]]
        a[0].taint = a[0].taint | taint_of(a[3])
        return a[0]

    @method(_cls, "setCharAt")
    def _sb_set_char(vm: VM, a: list[Any]) -> Any:
        cur = _sb_str(a[0])
        a[0].native = [cur[: a[1]] + chr(a[2]) + cur[a[1] + 1 :]]
        a[0].taint = a[0].taint | taint_of(a[2])
        return None

    @method(_cls, "indexOf")
    def _sb_index(vm: VM, a: list[Any]) -> Any:
        return _sb_str(a[0]).find(a[1], a[2] if len(a) > 2 else 0)

    @method(_cls, "substring")
    def _sb_sub(vm: VM, a: list[Any]) -> Any:
        return _substring(vm, [_sb_str(a[0]), *a[1:]])


# -- Character ------------------------------------------------------------------------------

CHAR = "Ljava/lang/Character;"


@method(CHAR, "isDigit")
def _is_digit(vm: VM, a: list[Any]) -> Any:
    return chr(a[0]).isdigit()


@method(CHAR, "isLetter")
def _is_letter(vm: VM, a: list[Any]) -> Any:
    return chr(a[0]).isalpha()


@method(CHAR, "isLetterOrDigit")
def _is_alnum(vm: VM, a: list[Any]) -> Any:
    return chr(a[0]).isalnum()


@method(CHAR, "isWhitespace", "isSpaceChar")
def _is_space(vm: VM, a: list[Any]) -> Any:
    return chr(a[0]).isspace()


@method(CHAR, "isUpperCase")
def _is_upper(vm: VM, a: list[Any]) -> Any:
    return chr(a[0]).isupper()


@method(CHAR, "isLowerCase")
def _is_lower(vm: VM, a: list[Any]) -> Any:
    return chr(a[0]).islower()


@method(CHAR, "toUpperCase")
def _to_upper(vm: VM, a: list[Any]) -> Any:
    return tag(ord(chr(a[0]).upper()[0]), taint_of(a[0]))


@method(CHAR, "toLowerCase")
def _to_lower(vm: VM, a: list[Any]) -> Any:
    return tag(ord(chr(a[0]).lower()[0]), taint_of(a[0]))


@method(CHAR, "toString(C)Ljava/lang/String;")
def _char_str(vm: VM, a: list[Any]) -> Any:
    return prim_str(a[0], "C")


@method(CHAR, "getNumericValue", "digit")
def _digit(vm: VM, a: list[Any]) -> Any:
    ch = chr(a[0])
    return int(ch, 36) if ch.isalnum() else -1

N = "Ljava/lang/Number;"
for _desc, _kind in BOX_TYPES.items():
    sup = N if _kind in "BSIJFD" else "Ljava/lang/Object;"
    if _desc != "Ljava/lang/Character;":
        model_class(_desc, sup, ("Ljava/lang/Comparable;", "Ljava/io/Serializable;"))

static_field("Ljava/lang/Boolean;", "TRUE", lambda vm: box(vm, 1, "Z"))
static_field("Ljava/lang/Boolean;", "FALSE", lambda vm: box(vm, 0, "Z"))
static_field("Ljava/lang/Integer;", "MAX_VALUE", (1 << 31) - 1)
static_field("Ljava/lang/Integer;", "MIN_VALUE", -(1 << 31))
static_field("Ljava/lang/Integer;", "TYPE", lambda vm: vm.class_mirror_by_name("I"))
static_field("Ljava/lang/Long;", "TYPE", lambda vm: vm.class_mirror_by_name("J"))
static_field("Ljava/lang/Boolean;", "TYPE", lambda vm: vm.class_mirror_by_name("Z"))
static_field("Ljava/lang/Double;", "TYPE", lambda vm: vm.class_mirror_by_name("D"))
static_field("Ljava/lang/Float;", "TYPE", lambda vm: vm.class_mirror_by_name("F"))
static_field("Ljava/lang/Character;", "TYPE", lambda vm: vm.class_mirror_by_name("C"))
static_field("Ljava/lang/Short;", "TYPE", lambda vm: vm.class_mirror_by_name("S"))
static_field("Ljava/lang/Byte;", "TYPE", lambda vm: vm.class_mirror_by_name("B"))


def _num_format(vm: VM, desc: str) -> Exception:
    return vm.throwable("Ljava/lang/NumberFormatException;", f"Invalid {desc}")


def _parse_int(vm: VM, s: Any, radix: int, bits: int) -> int:
    if s is None:
        raise vm.throwable("Ljava/lang/NumberFormatException;", "null")
    try:
        v = int(str(s), radix)
    except ValueError:
        raise vm.throwable("Ljava/lang/NumberFormatException;", f'For input string: "{s}"') from None
    if not -(1 << (bits - 1)) <= v < (1 << (bits - 1)):
        raise vm.throwable("Ljava/lang/NumberFormatException;", f'Value out of range: "{s}"')
    return tag(v, taint_of(s))  # type: ignore[no-any-return]


for _desc, _kind in BOX_TYPES.items():

    def _register(desc: str, kind: str) -> None:
        @method(desc, "valueOf", "<init>")
        def _value_of(vm: VM, a: list[Any]) -> Any:
            ctor = isinstance(a[0], JObject) and a[0].cls.name == desc and len(a) == 2
            v = a[1] if ctor else a[0]
            if isinstance(v, str):
                if kind in "IJSB":
                    v = _parse_int(vm, v, 10, {"I": 32, "J": 64, "S": 16, "B": 8}[kind])
                elif kind in "FD":
                    try:
                        v = tag(float(v), taint_of(v))
                    except ValueError:
                        raise _num_format(vm, str(v)) from None
                elif kind == "Z":
                    v = tag(int(v.lower() == "true"), taint_of(v))
            if ctor:
                a[0].native = v
                a[0].taint = taint_of(v)
                return None
            return box(vm, v, kind)

        for getter in ("intValue", "longValue", "shortValue", "byteValue", "charValue",
                       "booleanValue", "floatValue", "doubleValue"):  # fmt: skip

            def _mk(getter: str) -> None:
                @method(desc, getter)
                def _get(vm: VM, a: list[Any]) -> Any:
                    v = a[0].native
                    t = taint_of(v)
                    if getter in ("floatValue", "doubleValue"):
                        return tag(float(v), t)
                    if getter in ("intValue", "shortValue", "byteValue", "charValue"):
                        return tag(i32(int(v)), t)
                    if getter == "longValue":
                        return tag(i64(int(v)), t)
                    return v

            _mk(getter)

        @method(desc, "toString()Ljava/lang/String;")
        def _to_string(vm: VM, a: list[Any]) -> Any:
            return prim_str(a[0].native, kind)

        @method(desc, "toString")
        def _static_to_string(vm: VM, a: list[Any]) -> Any:
            if kind in "IJ" and len(a) == 2 and isinstance(a[1], int):
                return tag(_radix(a[0], a[1]), taint_of(a[0]))
            return prim_str(unbox(a[0]), kind)

        @method(desc, "hashCode()I")
        def _hash(vm: VM, a: list[Any]) -> Any:
            v = a[0].native
            if kind in "FD":
                return i32(hash(v))
            return i32(int(v) ^ (int(v) >> 32)) if kind == "J" else i32(int(v))

        @method(desc, "equals(Ljava/lang/Object;)Z")
        def _equals(vm: VM, a: list[Any]) -> Any:
            o = a[1]
            return isinstance(o, JObject) and o.cls.name == desc and o.native == a[0].native

        @method(desc, "compareTo", "compare")
        def _compare(vm: VM, a: list[Any]) -> Any:
            x, y = unbox(a[0]), unbox(a[1])
            return (x > y) - (x < y)

    _register(_desc, _kind)


def _radix(v: int, radix: int) -> str:
    if v == 0:
        return "0"
    digits = "0123456789abcdefghijklmnopqrstuvwxyz"
    neg = v < 0
    v = abs(v)
    out = []
    while v:
        out.append(digits[v % radix])
        v //= radix
    return ("-" if neg else "") + "".join(reversed(out))


@method("Ljava/lang/Integer;", "parseInt")
def _parse(vm: VM, a: list[Any]) -> Any:
    return _parse_int(vm, a[0], a[1] if len(a) > 1 else 10, 32)


@method("Ljava/lang/Long;", "parseLong")
def _parse_long(vm: VM, a: list[Any]) -> Any:
    return _parse_int(vm, a[0], a[1] if len(a) > 1 else 10, 64)


@method("Ljava/lang/Short;", "parseShort")
def _parse_short(vm: VM, a: list[Any]) -> Any:
    return _parse_int(vm, a[0], 10, 16)


@method("Ljava/lang/Byte;", "parseByte")
def _parse_byte(vm: VM, a: list[Any]) -> Any:
    return _parse_int(vm, a[0], 10, 8)


@method("Ljava/lang/Boolean;", "parseBoolean")
def _parse_bool(vm: VM, a: list[Any]) -> Any:
    return isinstance(a[0], str) and a[0].lower() == "true"


@method("Ljava/lang/Double;", "parseDouble")
@method("Ljava/lang/Float;", "parseFloat")
def _parse_double(vm: VM, a: list[Any]) -> Any:
    try:
        return tag(float(a[0]), taint_of(a[0]))
    except (TypeError, ValueError):
        raise _num_format(vm, str(a[0])) from None


@method("Ljava/lang/Integer;", "toHexString")
@method("Ljava/lang/Long;", "toHexString")
def _hex(vm: VM, a: list[Any]) -> Any:
    return tag(format(a[0] & 0xFFFFFFFFFFFFFFFF if a[0] < 0 else a[0], "x"), taint_of(a[0]))


@method("Ljava/lang/Integer;", "toBinaryString")
def _bin(vm: VM, a: list[Any]) -> Any:
    return tag(format(a[0] & 0xFFFFFFFF, "b"), taint_of(a[0]))


@method("Ljava/lang/Integer;", "numberOfTrailingZeros")
def _ntz(vm: VM, a: list[Any]) -> Any:
    v = a[0] & 0xFFFFFFFF
    return 32 if v == 0 else (v & -v).bit_length() - 1


@method("Ljava/lang/Integer;", "bitCount")
def _bitcount(vm: VM, a: list[Any]) -> Any:
    return bin(a[0] & 0xFFFFFFFF).count("1")


@method("Ljava/lang/Float;", "floatToIntBits", "floatToRawIntBits")
def _f2b(vm: VM, a: list[Any]) -> Any:
    from dexlego.emulator.vm.arith import float_bits

    return float_bits(a[0])


@method("Ljava/lang/Double;", "doubleToLongBits", "doubleToRawLongBits")
def _d2b(vm: VM, a: list[Any]) -> Any:
    from dexlego.emulator.vm.arith import double_bits

    return double_bits(a[0])


@method("Ljava/lang/Float;", "intBitsToFloat")
def _b2f(vm: VM, a: list[Any]) -> Any:
    from dexlego.emulator.vm.arith import as_float

    return as_float(a[0])


@method("Ljava/lang/Double;", "longBitsToDouble")
def _b2d(vm: VM, a: list[Any]) -> Any:
    from dexlego.emulator.vm.arith import as_double

    return as_double(a[0])


@method("Ljava/lang/Double;", "isNaN")
@method("Ljava/lang/Float;", "isNaN")
def _isnan(vm: VM, a: list[Any]) -> Any:
    v = a[0].native if isinstance(a[0], JObject) else a[0]
    return v != v

C = "Ljava/lang/Class;"


def _rc(o: JObject) -> RClass:
    rc: RClass = o.native
    return rc


def _record(vm: VM, api: str, target: str) -> None:
    caller, pc = vm.caller()
    vm.rec.reflect(caller or "Ljava/lang/Object;-><init>()V", pc, api, target)


def class_for_name(vm: VM, name: Any, loader: Loader | None, init: bool, api: str) -> JObject:
    if name is None:
        raise vm.throwable("Ljava/lang/NullPointerException;", "class name")
    caller, pc = vm.caller()
    vm.rec.observe(api, caller, pc, str(name))
    desc = binary_to_descriptor(str(name))
    rc = vm.find_class(desc, loader)
    if rc is None or "/" in str(name):
        raise vm.throwable("Ljava/lang/ClassNotFoundException;", str(name))
    if init:
        vm.ensure_init(rc)
    _record(vm, api, desc)
    return vm.class_mirror(rc)


@method(C, "forName")
def _for_name(vm: VM, a: list[Any]) -> Any:
    loader = a[2].native if len(a) > 2 and isinstance(a[2], JObject) else None
    init = bool(a[1]) if len(a) > 1 else True
    return class_for_name(vm, a[0], loader if isinstance(loader, Loader) else None, init,
                          "Class.forName")  # fmt: skip


@method(C, "getName", "getTypeName", "getCanonicalName")
def _get_name(vm: VM, a: list[Any]) -> Any:
    return vm.intern(descriptor_to_binary(_rc(a[0]).name))


def _system_annotation(rc: RClass, kind: str) -> dict[str, Any] | None:
    """The elements of a class's dalvik.annotation.`kind` system annotation, if it has one."""
    if rc.cdef is None:
        return None
    for ann in rc.cdef.annotations:
        if ann.annotation.type == f"Ldalvik/annotation/{kind};":
            return {k: v.value for k, v in ann.annotation.elements}
    return None


@method(C, "getSimpleName")
def _simple(vm: VM, a: list[Any]) -> Any:
    """The source name: an inner class's InnerClass name ("" for an anonymous class)."""
    rc = _rc(a[0])
    inner = _system_annotation(rc, "InnerClass")
    if inner is not None:
        return inner.get("name") or ""
    if rc.name.startswith("["):
        return _simple(vm, [vm.class_mirror(vm.require_class(rc.name[1:]))]) + "[]"
    n = descriptor_to_binary(rc.name)
    return n.rsplit(".", 1)[-1]


@method(C, "getModifiers")
def _modifiers(vm: VM, a: list[Any]) -> Any:
    """Class.getModifiers: the class's access flags, an inner class's from its InnerClass
    annotation (as ART reads them); framework classes are public."""
    rc = _rc(a[0])
    inner = _system_annotation(rc, "InnerClass")
    if inner is not None and isinstance(inner.get("accessFlags"), int):
        flags = int(inner["accessFlags"])
    elif rc.cdef is not None:
        flags = rc.cdef.access
    else:
        flags = 0x1 | (0x600 if rc.is_interface else 0)
    return flags & 0xFFFF & ~0x20  # ACC_SUPER is not a Java modifier


@method(C, "isAnonymousClass")
def _is_anonymous(vm: VM, a: list[Any]) -> Any:
    inner = _system_annotation(_rc(a[0]), "InnerClass")
    return inner is not None and inner.get("name") is None


@method(C, "isMemberClass")
def _is_member(vm: VM, a: list[Any]) -> Any:
    return _system_annotation(_rc(a[0]), "EnclosingClass") is not None


@method(C, "isLocalClass")
def _is_local(vm: VM, a: list[Any]) -> Any:
    rc = _rc(a[0])
    inner = _system_annotation(rc, "InnerClass")
    return (_system_annotation(rc, "EnclosingMethod") is not None and inner is not None
            and inner.get("name") is not None)  # fmt: skip


@method(C, "getDeclaringClass", "getEnclosingClass")
def _enclosing(vm: VM, a: list[Any]) -> Any:
    """The EnclosingClass annotation's class (a member class), or for getEnclosingClass the
    class of the EnclosingMethod (a local or anonymous class)."""
    rc = _rc(a[0])
    enc = _system_annotation(rc, "EnclosingClass")
    target: Any = enc.get("value") if enc is not None else None
    if target is None and vm.cur_native is not None and vm.cur_native.name == "getEnclosingClass":
        meth = _system_annotation(rc, "EnclosingMethod")
        ref = meth.get("value") if meth is not None else None
        target = getattr(ref, "class_", None)
    if not isinstance(target, str):
        return None
    found = vm.find_class(target)
    return vm.class_mirror(found) if found is not None else None


@method(C, "toString")
def _class_str(vm: VM, a: list[Any]) -> Any:
    rc = _rc(a[0])
    return ("interface " if rc.is_interface else "class ") + descriptor_to_binary(rc.name)


@method(C, "getSuperclass")
def _super(vm: VM, a: list[Any]) -> Any:
    sup = _rc(a[0]).superclass
    return vm.class_mirror(sup) if sup is not None else None


@method(C, "getGenericSuperclass", "getGenericInterfaces", "getTypeParameters")
def _generic_class(vm: VM, a: list[Any]) -> Any:
    """The class's generic supertypes and type parameters from its Signature annotation
    (getSuperclass()/getInterfaces() and no parameters without one)."""
    from dexlego.emulator.framework.java.lang_reflect import TVAR, TYPE, class_signature

    name = vm.cur_native.name if vm.cur_native is not None else "getGenericSuperclass"
    rc = _rc(a[0])
    parsed = class_signature(vm, rc)
    if name == "getTypeParameters":
        return JArray(f"[{TVAR}", list(parsed[0]) if parsed is not None else [])
    if name == "getGenericInterfaces":
        if parsed is not None:
            return JArray(f"[{TYPE}", list(parsed[2]))
        return JArray(f"[{TYPE}", [vm.class_mirror(i) for i in rc.interfaces])
    if parsed is not None and not rc.is_interface:
        return parsed[1]
    sup = rc.superclass
    return vm.class_mirror(sup) if sup is not None and not rc.is_interface else None


@method(C, "getInterfaces")
def _interfaces(vm: VM, a: list[Any]) -> Any:
    return JArray("[Ljava/lang/Class;", [vm.class_mirror(i) for i in _rc(a[0]).interfaces])


@method(C, "isInstance")
def _is_instance(vm: VM, a: list[Any]) -> Any:
    return a[1] is not None and vm.instance_of(a[1], _rc(a[0]).name)


@method(C, "isAssignableFrom")
def _assignable(vm: VM, a: list[Any]) -> Any:
    return vm.is_assignable(_rc(a[1]), _rc(a[0]).name)


@method(C, "isInterface")
def _is_interface(vm: VM, a: list[Any]) -> Any:
    return _rc(a[0]).is_interface


@method(C, "isArray")
def _is_array(vm: VM, a: list[Any]) -> Any:
    return _rc(a[0]).name.startswith("[")


@method(C, "isPrimitive")
def _is_primitive(vm: VM, a: list[Any]) -> Any:
    return len(_rc(a[0]).name) == 1


@method(C, "cast")
def _cast(vm: VM, a: list[Any]) -> Any:
    """Class.cast: the object if it is an instance (or null), else ClassCastException."""
    if a[1] is not None and not vm.check_cast(a[1], _rc(a[0]).name):
        raise vm.throwable("Ljava/lang/ClassCastException;",
                           f"Cannot cast {vm.type_name(a[1])} to {_rc(a[0]).name}")  # fmt: skip
    return a[1]


@method(C, "asSubclass")
def _as_subclass(vm: VM, a: list[Any]) -> Any:
    """Class.asSubclass(c): this class if it is `c` or a subclass of it, else
    ClassCastException."""
    if a[1] is None:
        raise vm.throwable("Ljava/lang/NullPointerException;", "class == null")
    if not vm.is_assignable(_rc(a[0]), _rc(a[1]).name) and _rc(a[1]).kind != "phantom":
        raise vm.throwable("Ljava/lang/ClassCastException;", descriptor_to_binary(_rc(a[0]).name))
    return a[0]


@method(C, "desiredAssertionStatus")
def _assert_status(vm: VM, a: list[Any]) -> Any:
    return False


@method(C, "getClassLoader")
def _class_loader(vm: VM, a: list[Any]) -> Any:
    rc = _rc(a[0])
    loader = rc.loader if isinstance(rc.loader, Loader) else vm.app_loader
    return loader_mirror(vm, loader)


def loader_mirror(vm: VM, loader: Loader) -> JObject:
    if loader.mirror is None:
        desc = "Ldalvik/system/DexClassLoader;"
        if loader is vm.app_loader:
            desc = "Ldalvik/system/PathClassLoader;"
        elif loader is vm.boot:
            desc = "Ljava/lang/BootClassLoader;"
        loader.mirror = vm.new_object(desc, loader)
    return loader.mirror


# ClassLoader's private `parent` field, which packers and multidex installers set by reflection
# to put their own loader in the delegation chain.
def _loader_parent_get(vm: VM, obj: Any) -> Any:
    loader = obj.native if isinstance(obj, JObject) else None
    if not isinstance(loader, Loader) or loader.parent is None:
        return None
    return loader_mirror(vm, loader.parent)


def _loader_parent_set(vm: VM, obj: Any, value: Any) -> None:
    loader = obj.native if isinstance(obj, JObject) else None
    if isinstance(loader, Loader):
        parent = value.native if isinstance(value, JObject) else None
        loader.parent = parent if isinstance(parent, Loader) and parent is not loader else None


MODEL_FIELDS: dict[tuple[str, str], tuple[str, Any, Any]] = {
    ("Ljava/lang/ClassLoader;", "parent"): ("Ljava/lang/ClassLoader;", _loader_parent_get,
                                            _loader_parent_set),
}


@method(C, "newInstance")
def _new_instance(vm: VM, a: list[Any]) -> Any:
    rc = _rc(a[0])
    obj = vm.new_instance(rc.name)
    m = vm.lookup(rc, "<init>()V", "<init>", None)
    _record(vm, "Class.newInstance", m.sig if not m.unmodeled else f"{rc.name}-><init>()V")
    if not m.unmodeled:
        vm.invoke(m, [obj])
    return obj


# -- finding members ------------------------------------------------------------------------


def _param_descs(arr: Any) -> tuple[str, ...]:
    if not isinstance(arr, JArray):
        return ()
    return tuple(_rc(c).name if isinstance(c, JObject) else "Ljava/lang/Object;" for c in arr.data)


def _find_method(vm: VM, rc: RClass, name: str, params: tuple[str, ...] | None,
                 declared: bool) -> RMethod | None:  # fmt: skip
    prefix = f"{name}(" + ("".join(params) if params is not None else "")
    classes = [rc] if declared else rc.ancestors()
    for c in classes:
        for key, m in c.methods.items():
            if key.startswith(prefix) and (params is None or key[len(prefix)] == ")"):
                if m.code is not None or m.native is not None or c.kind == APP:
                    return m
        if c.kind != APP:
            for full in registry.METHODS:
                cls, _, key = full.partition("->")
                if cls == c.name and key.startswith(prefix) and (
                    params is None or key[len(prefix)] == ")"
                ):
                    return vm.lookup(c, key, name, None)
            if f"{c.name}->{name}" in registry.BY_NAME:
                real = _framework_key(vm, c.name, name, params)
                return vm.lookup(c, real, name, None) if real is not None else None
    return None


def _framework_key(vm: VM, cls: str, name: str, params: tuple[str, ...] | None) -> str | None:
    """`name(params)ret` of a framework method the app reaches by reflection: as some loaded
    DEX references it, else as the Android API description declares it (reassembler.android_api:
    android-all + the JDK's ct.sym); None when the description has no such method (Android
    throws NoSuchMethodException). Only without an installed description is the return type
    unknown, and then it is taken as Object."""
    ret = _referenced_return(vm, cls, name, params)
    if ret is not None:
        return f"{name}({''.join(params or ())}){ret}"
    api = default_index()
    if api is None:
        return f"{name}({''.join(params or ())})Ljava/lang/Object;"
    found = api.find_methods(cls, name, params)
    return f"{name}{found[0].descriptor}" if found else None


def _referenced_return(vm: VM, cls: str, name: str, params: tuple[str, ...] | None) -> str | None:
    """The return type of `cls.name(params)` as some loaded DEX references it (the registry
    may know a model only by name; the app's method_ids know the full signature)."""
    count = sum(len(loader.dexes) for loader in vm.loaders)
    cached = vm.env.get("method_ids")
    index: dict[tuple[str, str, tuple[str, ...]], str] | None = None
    if cached is not None and cached[0] == count:  # rebuilt after a dynamic load
        index = cached[1]
    if index is None:
        index = {}
        for loader in vm.loaders:
            for ld in loader.dexes:
                for ref in getattr(ld.resolver, "methods", ()):
                    index.setdefault((ref.class_, ref.name, ref.proto.parameters),
                                     ref.proto.return_type)  # fmt: skip
        vm.env["method_ids"] = (count, index)
    if params is not None:
        return index.get((cls, name, params))
    return next((r for (c, n, _), r in index.items() if c == cls and n == name), None)


def _method_obj(vm: VM, m: RMethod, owner: RClass, params: tuple[str, ...]) -> JObject:
    return vm.new_object(f"{R}Method;", {"m": m, "owner": owner, "params": params})


def _params_of(m: RMethod) -> tuple[str, ...]:
    key = m.key
    return _split_params(key[key.index("(") + 1 : key.index(")")])


def _split_params(s: str) -> tuple[str, ...]:
    out = []
    i = 0
    while i < len(s):
        j = i
        while s[j] == "[":
            j += 1
        if s[j] == "L":
            j = s.index(";", j)
        out.append(s[i : j + 1])
        i = j + 1
    return tuple(out)


@method(C, "getMethod", "getDeclaredMethod")
def _get_method(vm: VM, a: list[Any]) -> Any:
    rc = _rc(a[0])
    name = str(a[1])
    params = _param_descs(a[2]) if len(a) > 2 else ()
    m = _find_method(vm, rc, name, params, declared=False)
    if m is None:
        key = None if rc.kind == APP else _framework_key(vm, rc.name, name, params)
        if key is None:
            raise vm.throwable("Ljava/lang/NoSuchMethodException;", f"{rc.name}->{name}")
        m = vm.lookup(rc, key, name, None)
    _record(vm, "Class.getMethod", m.sig)
    return _method_obj(vm, m, rc, _params_of(m))


@method(C, "getMethods", "getDeclaredMethods")
def _get_methods(vm: VM, a: list[Any]) -> Any:
    rc = _rc(a[0])
    out = []
    for c in rc.ancestors():
        for m in c.methods.values():
            if m.code is not None and not m.name.startswith("<"):
                out.append(_method_obj(vm, m, c, _params_of(m)))
    return JArray(f"[{R}Method;", out)


# -- constructors ---------------------------------------------------------------------------


@method(C, "getConstructor", "getDeclaredConstructor")
def _get_ctor(vm: VM, a: list[Any]) -> Any:
    rc = _rc(a[0])
    params = _param_descs(a[1]) if len(a) > 1 else ()
    key = f"<init>({''.join(params)})V"
    m = rc.methods.get(key)
    if m is None:
        if rc.kind == APP:
            raise vm.throwable("Ljava/lang/NoSuchMethodException;", f"{rc.name}-><init>")
        m = vm.lookup(rc, key, "<init>", None)
    _record(vm, "Class.getConstructor", f"{rc.name}->{key}")
    return vm.new_object(f"{R}Constructor;", {"m": m, "owner": rc, "params": params})


@method(C, "getConstructors", "getDeclaredConstructors")
def _get_ctors(vm: VM, a: list[Any]) -> Any:
    rc = _rc(a[0])
    out = [
        vm.new_object(f"{R}Constructor;", {"m": m, "owner": rc, "params": _params_of(m)})
        for m in rc.methods.values()
        if m.name == "<init>"
    ]
    return JArray(f"[{R}Constructor;", out)


# -- fields ---------------------------------------------------------------------------------


@method(C, "getField", "getDeclaredField")
def _get_field(vm: VM, a: list[Any]) -> Any:
    rc = _rc(a[0])
    name = str(a[1])
    for c in rc.ancestors():
        if name in c.static_types or name in c.instance_fields:
            static = name in c.static_types
            ftype = c.static_types[name] if static else c.instance_fields[name]
            _record(vm, "Class.getField", f"{c.name}->{name}:{ftype}")
            return vm.new_object(
                f"{R}Field;", {"cls": c, "name": name, "type": ftype, "static": static}
            )
        instance = MODEL_FIELDS.get((c.name, name))
        if instance is not None:
            _record(vm, "Class.getField", f"{c.name}->{name}:{instance[0]}")
            return vm.new_object(f"{R}Field;", {"cls": c, "name": name, "type": instance[0],
                                                "static": False, "model": instance})  # fmt: skip
        modeled = _model_static(vm, c, name)
        if modeled is not None:
            _record(vm, "Class.getField", f"{c.name}->{name}:{modeled}")
            return vm.new_object(f"{R}Field;", {"cls": c, "name": name, "type": modeled, "static": True})
    raise vm.throwable("Ljava/lang/NoSuchFieldException;", name)


def _model_static(vm: VM, c: RClass, name: str) -> str | None:
    """A framework class's modeled static field (Build.SERIAL...): its value goes into the
    class's statics and its type is inferred from the value; None if it is not modeled."""
    if c.kind == APP:
        return None
    key = f"{c.name}->{name}"
    if key not in vm.natives.static_fields:
        return None
    if name not in c.statics:
        val = vm.natives.static_fields[key]
        c.statics[name] = val(vm) if callable(val) else val
    v = c.statics[name]
    if isinstance(v, bool):
        return "Z"
    if isinstance(v, int):
        return "I" if -(1 << 31) <= v < (1 << 31) else "J"
    if isinstance(v, float):
        return "F"
    if isinstance(v, str):
        return "Ljava/lang/String;"
    return vm.type_name(v) if v is not None else "Ljava/lang/Object;"


@method(C, "getDeclaredFields", "getFields")
def _get_fields(vm: VM, a: list[Any]) -> Any:
    rc = _rc(a[0])
    out = []
    for name, t in list(rc.static_types.items()) + list(rc.instance_fields.items()):
        static = name in rc.static_types
        out.append(vm.new_object(f"{R}Field;", {"cls": rc, "name": name, "type": t,
                                                "static": static}))  # fmt: skip
    if rc.kind != APP:
        prefix = f"{rc.name}->"
        for key in [k for k in vm.natives.static_fields if k.startswith(prefix)]:
            name = key[len(prefix):]
            ftype = _model_static(vm, rc, name)
            if ftype is not None:
                out.append(vm.new_object(f"{R}Field;", {"cls": rc, "name": name, "type": ftype,
                                                        "static": True}))  # fmt: skip
    return JArray(f"[{R}Field;", out)
TH = "Ljava/lang/Thread;"
model_class(TH, OBJ, ("Ljava/lang/Runnable;",))
model_class("Ljava/lang/ThreadGroup;")


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
model_class("Ljava/lang/Appendable;", interface=True)

CL = "Ljava/lang/ClassLoader;"
model_class(CL)
model_class("Ljava/lang/BootClassLoader;", CL)


@method(CL, "<init>")
def _loader_init(vm: VM, a: list[Any]) -> Any:
    """ClassLoader([ClassLoader parent]) of a class the app wrote: a loader whose parent is
    `parent` (the system class loader, the app's, without one) and whose classes come from
    its own findClass/loadClass."""
    from dexlego.emulator.vm.classes import APP
    from dexlego.emulator.vm.machine import JavaLoader

    obj = a[0]
    if obj.cls.kind != APP or isinstance(obj.native, Loader):
        return None
    parent = a[1] if len(a) > 1 else None
    parent_loader = parent.native if isinstance(parent, JObject) and isinstance(parent.native, Loader) \
        else (None if len(a) > 1 else vm.app_loader)
    loader = JavaLoader(f"{descriptor_to_binary(obj.cls.name)}#{len(vm.loaders)}", parent_loader, obj)
    obj.native = loader
    vm.loaders.append(loader)
    return None


@method(CL, "loadClass", "findClass")
def _load_class(vm: VM, a: list[Any]) -> Any:
    loader = a[0].native if isinstance(a[0].native, Loader) else vm.app_loader
    name = str(a[1]) if a[1] is not None else ""
    caller, pc = vm.caller()
    try:
        mirror = class_for_name(vm, name, loader, False, "ClassLoader.loadClass")
    except Exception:
        vm.rec.loaded_class(caller, pc, name, None)
        raise
    vm.rec.loaded_class(caller, pc, name, binary_to_descriptor(name))
    return mirror


@method(CL, "getParent")
def _loader_parent(vm: VM, a: list[Any]) -> Any:
    loader = a[0].native
    if isinstance(loader, Loader) and loader.parent is not None and loader.parent is not vm.boot:
        return loader_mirror(vm, loader.parent)
    return None


@method(CL, "getSystemClassLoader")
def _system_loader(vm: VM, a: list[Any]) -> Any:
    return loader_mirror(vm, vm.app_loader)


def _bytes(v: Any) -> tuple[bytes, frozenset[str]]:
    if isinstance(v, JArray):
        return bytes(x & 0xFF for x in v.data), v.taint | union(*v.data)
    s = arg_str(v) or ""
    return encode_utf8(s), taint_of(s)


def _byte_array(data: bytes, t: frozenset[str]) -> JArray:
    arr = JArray("[B", [(b ^ 0x80) - 0x80 for b in data])
    arr.taint = t
    return arr


# -- stack traces of the current thread ----------------------------------------------------------

STE = "Ljava/lang/StackTraceElement;"
model_class(STE, OBJ, ("Ljava/io/Serializable;",))


def stack_element(vm: VM, cls: str, method: str, source: str | None, line: int) -> JObject:
    e = vm.new_object(STE)
    e.fields.update(declaringClass=descriptor_to_binary(cls), methodName=method,
                    fileName=source, lineNumber=line)  # fmt: skip
    return e


@method(TH, "getStackTrace")
def _thread_stack(vm: VM, a: list[Any]) -> Any:
    """Thread.getStackTrace on the running thread: innermost first, starting with
    VMStack.getThreadStackTrace and Thread.getStackTrace themselves, as ART reports them; the
    app's frames follow (line numbers are not kept: -1)."""
    out = [stack_element(vm, "Ldalvik/system/VMStack;", "getThreadStackTrace", "VMStack.java", -2),
           stack_element(vm, TH, "getStackTrace", "Thread.java", 1720)]  # fmt: skip
    for fr in reversed(vm.stack):
        cdef = fr.method.cls.cdef
        src = cdef.source_file if cdef is not None else None
        out.append(stack_element(vm, fr.method.cls.name, fr.method.name, src, -1))
    return JArray(f"[{STE}", out)


@method(STE, "<init>")
def _ste_init(vm: VM, a: list[Any]) -> Any:
    a[0].fields.update(declaringClass=a[1], methodName=a[2], fileName=a[3], lineNumber=a[4])
    return None


@method(STE, "getClassName", "getMethodName", "getFileName", "getLineNumber", "isNativeMethod")
def _ste_get(vm: VM, a: list[Any]) -> Any:
    name = vm.cur_native.name if vm.cur_native is not None else "getClassName"
    f = a[0].fields
    if name == "isNativeMethod":
        return f.get("lineNumber") == -2
    key = {"getClassName": "declaringClass", "getMethodName": "methodName",
           "getFileName": "fileName", "getLineNumber": "lineNumber"}[name]  # fmt: skip
    return f.get(key)


@method(STE, "toString")
def _ste_str(vm: VM, a: list[Any]) -> Any:
    f = a[0].fields
    line = f.get("lineNumber", -1)
    where = "Native Method" if line == -2 else (
        f"{f.get('fileName')}:{line}" if f.get("fileName") and line >= 0
        else f.get("fileName") or "Unknown Source")  # fmt: skip
    return f"{f.get('declaringClass')}.{f.get('methodName')}({where})"
