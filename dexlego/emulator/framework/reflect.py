"""Reflection: Class, Method, Field, Constructor. Every resolved target is recorded with its
call site (caller, dex pc) as a `reflection` event."""

from __future__ import annotations

from typing import Any

from dexlego.emulator.framework import registry
from dexlego.emulator.framework.registry import method, model_class
from dexlego.emulator.framework.util import box_for, unbox
from dexlego.emulator.names import binary_to_descriptor, descriptor_to_binary
from dexlego.emulator.vm.classes import APP, RClass, RMethod
from dexlego.emulator.vm.interp import JavaThrow
from dexlego.emulator.vm.machine import VM, Loader
from dexlego.emulator.vm.objects import JArray, JObject, default_value

C = "Ljava/lang/Class;"
R = "Ljava/lang/reflect/"
model_class(f"{R}AccessibleObject;")
model_class(f"{R}Member;", interface=True)
model_class(f"{R}Executable;", f"{R}AccessibleObject;", (f"{R}Member;",))
model_class(f"{R}Method;", f"{R}Executable;")
model_class(f"{R}Constructor;", f"{R}Executable;")
model_class(f"{R}Field;", f"{R}AccessibleObject;", (f"{R}Member;",))
model_class(f"{R}Modifier;")
model_class(f"{R}Array;")


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


@method(C, "getSimpleName")
def _simple(vm: VM, a: list[Any]) -> Any:
    n = descriptor_to_binary(_rc(a[0]).name)
    return n.rsplit(".", 1)[-1].rsplit("$", 1)[-1]


@method(C, "toString")
def _class_str(vm: VM, a: list[Any]) -> Any:
    rc = _rc(a[0])
    return ("interface " if rc.is_interface else "class ") + descriptor_to_binary(rc.name)


@method(C, "getSuperclass")
def _super(vm: VM, a: list[Any]) -> Any:
    sup = _rc(a[0]).superclass
    return vm.class_mirror(sup) if sup is not None else None


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
    return a[1]


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
        desc = "Ldalvik/system/PathClassLoader;" if loader is vm.app_loader else (
            "Ldalvik/system/DexClassLoader;")  # fmt: skip
        loader.mirror = vm.new_object(desc, loader)
    return loader.mirror


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
                ret = _referenced_return(vm, c.name, name, params) or "Ljava/lang/Object;"
                key = f"{name}({''.join(params or ())}){ret}"
                m = vm.lookup(c, key, name, None)
                return m
    return None


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
        if rc.kind == APP:
            raise vm.throwable("Ljava/lang/NoSuchMethodException;", f"{rc.name}->{name}")
        key = f"{name}({''.join(params)})Ljava/lang/Object;"
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
    raise vm.throwable("Ljava/lang/NoSuchFieldException;", name)


@method(C, "getDeclaredFields", "getFields")
def _get_fields(vm: VM, a: list[Any]) -> Any:
    rc = _rc(a[0])
    out = []
    for name, t in list(rc.static_types.items()) + list(rc.instance_fields.items()):
        static = name in rc.static_types
        out.append(vm.new_object(f"{R}Field;", {"cls": rc, "name": name, "type": t,
                                                "static": static}))  # fmt: skip
    return JArray(f"[{R}Field;", out)


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
    return o.fields.get(st["name"], default_value(st["type"])), st["type"]


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
        a[1].fields[st["name"]] = v
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

