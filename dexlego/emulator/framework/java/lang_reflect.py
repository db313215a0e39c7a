"""`java.lang.reflect`: Method, Constructor, Field and Array. Every resolved target is
recorded with its call site (a `reflection` trace message).
"""

from __future__ import annotations

from typing import Any

from dexlego.emulator.framework.common import (
    box_for,
    unbox,
)
from dexlego.emulator.framework.java.lang import _rc, _record
from dexlego.emulator.framework.registry import method, model_class
from dexlego.emulator.vm.classes import RClass, RMethod
from dexlego.emulator.vm.interp import JavaThrow
from dexlego.emulator.vm.machine import VM
from dexlego.emulator.vm.objects import JArray, JObject, default_value

model_class("Ljava/lang/reflect/Type;", interface=True)
R = "Ljava/lang/reflect/"
model_class(f"{R}AccessibleObject;")
model_class(f"{R}Member;", interface=True)
model_class(f"{R}Executable;", f"{R}AccessibleObject;", (f"{R}Member;",))
model_class(f"{R}Method;", f"{R}Executable;")
model_class(f"{R}Constructor;", f"{R}Executable;")
model_class(f"{R}Field;", f"{R}AccessibleObject;", (f"{R}Member;",))
model_class(f"{R}Modifier;")
model_class(f"{R}Array;")


@method(f"{R}Method;", "getName")
def _m_name(vm: VM, a: list[Any]) -> Any:
    return a[0].native["m"].name


@method(f"{R}Method;", "setAccessible", "isAccessible")
def _m_access(vm: VM, a: list[Any]) -> Any:
    return True


@method(f"{R}Method;", "getParameterTypes")
def _m_params(vm: VM, a: list[Any]) -> Any:
    return JArray("[Ljava/lang/Class;", [vm.class_mirror_by_name(p) for p in a[0].native["params"]])


@method(f"{R}Method;", "getReturnType")
def _m_ret(vm: VM, a: list[Any]) -> Any:
    key = a[0].native["m"].key
    return vm.class_mirror_by_name(key[key.index(")") + 1 :])


@method(f"{R}Method;", "getDeclaringClass")
def _m_decl(vm: VM, a: list[Any]) -> Any:
    return vm.class_mirror(a[0].native["m"].cls)


@method(f"{R}Method;", "getModifiers")
def _m_mods(vm: VM, a: list[Any]) -> Any:
    return int(a[0].native["m"].access)


def _unbox_args(args: Any, params: tuple[str, ...]) -> list[Any]:
    vals = list(args.data) if isinstance(args, JArray) else []
    out = []
    for v, p in zip(vals, params, strict=False):
        out.append(unbox(v) if len(p) == 1 else v)
    return out


@method(f"{R}Method;", "invoke")
def _m_invoke(vm: VM, a: list[Any]) -> Any:
    st = a[0].native
    m: RMethod = st["m"]
    recv = a[1]
    params: tuple[str, ...] = st["params"]
    vargs = _unbox_args(a[2] if len(a) > 2 else None, params)
    if not (m.is_static or (m.code is None and recv is None)):
        if recv is None:
            raise vm.throwable("Ljava/lang/NullPointerException;", "Method.invoke on null")
        m = vm.lookup(vm.class_of(recv), m.key, m.name, None)
        vargs = [recv, *vargs]
    _record(vm, "Method.invoke", m.sig)
    try:
        r = vm.invoke(m, vargs)
    except JavaThrow as t:
        raise vm.throwable(f"{R}InvocationTargetException;", None, t.obj) from None
    key = m.key
    return box_for(vm, r, key[key.index(")") + 1 :])


@method(f"{R}Constructor;", "newInstance")
def _ctor_new(vm: VM, a: list[Any]) -> Any:
    st = a[0].native
    rc: RClass = st["owner"]
    m: RMethod = st["m"]
    obj = vm.new_instance(rc.name)
    _record(vm, "Constructor.newInstance", f"{rc.name}->{m.key}")
    try:
        vm.invoke(m, [obj, *_unbox_args(a[1] if len(a) > 1 else None, st["params"])])
    except JavaThrow as t:
        raise vm.throwable(f"{R}InvocationTargetException;", None, t.obj) from None
    return obj


@method(f"{R}Constructor;", "setAccessible")
def _ctor_access(vm: VM, a: list[Any]) -> Any:
    return None


@method(f"{R}Constructor;", "getParameterTypes")
def _ctor_params(vm: VM, a: list[Any]) -> Any:
    return JArray("[Ljava/lang/Class;", [vm.class_mirror_by_name(p) for p in a[0].native["params"]])


def _fsig(st: dict[str, Any]) -> str:
    return f"{st['cls'].name}->{st['name']}:{st['type']}"


def _field_value(vm: VM, a: list[Any]) -> tuple[Any, str]:
    st = a[0].native
    _record(vm, "Field.get", _fsig(st))
    if st["static"]:
        vm.ensure_init(st["cls"])
        return st["cls"].statics.get(st["name"], default_value(st["type"])), st["type"]
    o = a[1]
    if o is None:
        raise vm.throwable("Ljava/lang/NullPointerException;", "Field.get")
    if not isinstance(o, JObject):
        return default_value(st["type"]), st["type"]
    return o.fields.get(_field_key(vm, st), default_value(st["type"])), st["type"]


def _field_key(vm: VM, st: dict[str, Any]) -> str:
    from reassembler.dex.model import FieldRef

    return vm.field_key(FieldRef(st["cls"].name, st["name"], st["type"]))


@method(f"{R}Field;", "get")
def _field_get(vm: VM, a: list[Any]) -> Any:
    v, t = _field_value(vm, a)
    return box_for(vm, v, t)


@method(f"{R}Field;", "getInt", "getLong", "getBoolean", "getFloat", "getDouble", "getShort",
        "getByte", "getChar")  # fmt: skip
def _field_get_prim(vm: VM, a: list[Any]) -> Any:
    return unbox(_field_value(vm, a)[0])


@method(f"{R}Field;", "set", "setInt", "setLong", "setBoolean", "setFloat", "setDouble")
def _field_set(vm: VM, a: list[Any]) -> Any:
    st = a[0].native
    _record(vm, "Field.set", _fsig(st))
    v = unbox(a[2]) if len(st["type"]) == 1 else a[2]
    if st["static"]:
        vm.ensure_init(st["cls"])
        st["cls"].statics[st["name"]] = v
    elif isinstance(a[1], JObject):
        a[1].fields[_field_key(vm, st)] = v
    return None


@method(f"{R}Field;", "setAccessible")
def _field_access(vm: VM, a: list[Any]) -> Any:
    return None


@method(f"{R}Field;", "getName")
def _field_name(vm: VM, a: list[Any]) -> Any:
    return a[0].native["name"]


@method(f"{R}Field;", "getType")
def _field_type(vm: VM, a: list[Any]) -> Any:
    return vm.class_mirror_by_name(a[0].native["type"])


@method(f"{R}Array;", "newInstance")
def _array_new(vm: VM, a: list[Any]) -> Any:
    from dexlego.emulator.vm.objects import new_array

    rc = _rc(a[0])
    dims = a[1].data if isinstance(a[1], JArray) else [a[1]]
    if any(d < 0 for d in dims):
        raise vm.throwable("Ljava/lang/NegativeArraySizeException;", str(dims))

    def make(level: int) -> JArray:
        desc = "[" * (len(dims) - level) + rc.name
        if level == len(dims) - 1:
            return new_array(desc, dims[level])
        return JArray(desc, [make(level + 1) for _ in range(dims[level])])

    return make(0)


@method(f"{R}Array;", "getLength")
def _array_len(vm: VM, a: list[Any]) -> Any:
    return len(a[0].data)


@method(f"{R}Array;", "get")
def _array_get(vm: VM, a: list[Any]) -> Any:
    return a[0].data[a[1]]


# -- Modifier: the JVM access-flag bits (java.lang.reflect.Modifier) ----------------------------

MODIFIER = "Ljava/lang/reflect/Modifier;"
_MODIFIER_BITS = {
    "isPublic": 0x1, "isPrivate": 0x2, "isProtected": 0x4, "isStatic": 0x8, "isFinal": 0x10,
    "isSynchronized": 0x20, "isVolatile": 0x40, "isTransient": 0x80, "isNative": 0x100,
    "isInterface": 0x200, "isAbstract": 0x400, "isStrict": 0x800,
}  # fmt: skip


@method(MODIFIER, *_MODIFIER_BITS)
def _modifier_is(vm: VM, a: list[Any]) -> Any:
    bit = _MODIFIER_BITS[vm.cur_native.name] if vm.cur_native is not None else 0
    return bool(a[0] & bit)


@method(MODIFIER, "toString")
def _modifier_str(vm: VM, a: list[Any]) -> Any:
    order = ("public", "protected", "private", "abstract", "static", "final", "transient",
             "volatile", "synchronized", "native", "strictfp", "interface")  # fmt: skip
    bits = {"public": 0x1, "protected": 0x4, "private": 0x2, "abstract": 0x400, "static": 0x8,
            "final": 0x10, "transient": 0x80, "volatile": 0x40, "synchronized": 0x20,
            "native": 0x100, "strictfp": 0x800, "interface": 0x200}  # fmt: skip
    return " ".join(w for w in order if a[0] & bits[w])
