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
        key = st["cls"].static_key(st["name"], st["type"])
        return st["cls"].statics.get(key, default_value(st["type"])), st["type"]
    o = a[1]
    if o is None:
        raise vm.throwable("Ljava/lang/NullPointerException;", "Field.get")
    if "model" in st:  # a framework class's private field the emulator keeps elsewhere
        return st["model"][1](vm, o), st["type"]
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
        st["cls"].statics[st["cls"].static_key(st["name"], st["type"])] = v
    elif "model" in st:
        st["model"][2](vm, a[1], v)
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


# -- generic types from the DEX's Signature annotations (what Gson's TypeToken reads) ----------
#
# Contract: java.lang.reflect's Type family and JVMS 4.7.9.1's signature grammar, as ART reads
# dalvik.annotation.Signature (its string fragments concatenated).

TYPE = "Ljava/lang/reflect/Type;"
PTYPE = f"{R}ParameterizedType$Emulated;"
TVAR = f"{R}TypeVariable$Emulated;"
WILD = f"{R}WildcardType$Emulated;"
GARRAY = f"{R}GenericArrayType$Emulated;"
for _iface in ("ParameterizedType", "TypeVariable", "WildcardType", "GenericArrayType"):
    model_class(f"{R}{_iface};", "Ljava/lang/Object;", (TYPE,), interface=True)
    model_class(f"{R}{_iface}$Emulated;", "Ljava/lang/Object;", (f"{R}{_iface};",))


def signature_of(annotations: list[Any]) -> str | None:
    """The generic signature a member's dalvik.annotation.Signature holds, if any."""
    for ann in annotations:
        if ann.annotation.type == "Ldalvik/annotation/Signature;":
            for name, v in ann.annotation.elements:
                if name == "value" and isinstance(v.value, tuple):
                    return "".join(str(x.value) for x in v.value)
    return None


class _SigReader:
    """A recursive-descent reader of generic signatures, building Type objects."""

    def __init__(self, vm: VM, sig: str) -> None:
        self.vm, self.s, self.i = vm, sig, 0

    def peek(self) -> str:
        return self.s[self.i] if self.i < len(self.s) else ""

    def take(self) -> str:
        c = self.peek()
        self.i += 1
        return c

    def ident(self, stops: str) -> str:
        start = self.i
        while self.i < len(self.s) and self.s[self.i] not in stops:
            self.i += 1
        return self.s[start : self.i]

    def type_params(self) -> list[JObject]:
        out: list[JObject] = []
        if self.peek() != "<":
            return out
        self.take()
        while self.peek() not in (">", ""):
            name = self.ident(":")
            bounds = []
            while self.peek() == ":":
                self.take()
                if self.peek() != ":":
                    bounds.append(self.ref_type())
            out.append(self.vm.new_object(TVAR, {"name": name, "bounds": bounds}))
        self.take()
        return out

    def java_type(self) -> Any:
        c = self.peek()
        if c in "BCDFIJSZV":
            self.take()
            return self.vm.class_mirror_by_name(c)
        return self.ref_type()

    def ref_type(self) -> Any:
        c = self.peek()
        if c == "T":
            self.take()
            name = self.ident(";")
            self.take()
            return self.vm.new_object(TVAR, {"name": name, "bounds": []})
        if c == "[":
            self.take()
            comp = self.java_type()
            if isinstance(comp, JObject) and comp.cls.name == "Ljava/lang/Class;":
                return self.vm.class_mirror_by_name("[" + comp.native.name)
            return self.vm.new_object(GARRAY, {"component": comp})
        if c == "L":
            return self.class_type()
        raise ValueError(f"bad signature at {self.i}: {self.s!r}")

    def class_type(self) -> Any:
        self.take()  # L
        name = self.ident("<.;")
        owner: Any = None
        result: Any = None
        while True:
            args = self.type_args()
            desc = f"L{name};"
            rc = self.vm.find_class(desc)
            raw = self.vm.class_mirror(rc) if rc is not None else None
            result = raw if not args and owner is None else self.vm.new_object(
                PTYPE, {"raw": raw, "args": args, "owner": owner})  # fmt: skip
            if self.peek() == ".":  # an inner class of a parameterized owner
                self.take()
                owner = result
                name = f"{name}${self.ident('<.;')}"
                continue
            break
        self.take()  # ;
        return result

    def type_args(self) -> list[Any]:
        out: list[Any] = []
        if self.peek() != "<":
            return out
        self.take()
        while self.peek() not in (">", ""):
            c = self.peek()
            if c == "*":
                self.take()
                obj = self.vm.class_mirror_by_name("Ljava/lang/Object;")
                out.append(self.vm.new_object(WILD, {"upper": [obj], "lower": []}))
            elif c in "+-":
                self.take()
                bound = self.ref_type()
                obj = self.vm.class_mirror_by_name("Ljava/lang/Object;")
                upper, lower = ([bound], []) if c == "+" else ([obj], [bound])
                out.append(self.vm.new_object(WILD, {"upper": upper, "lower": lower}))
            else:
                out.append(self.ref_type())
        self.take()
        return out


def class_signature(vm: VM, rc: RClass) -> tuple[list[JObject], Any, list[Any]] | None:
    """(type parameters, generic superclass, generic interfaces) of an app class with a
    Signature annotation; None without one (or if it does not parse)."""
    sig = signature_of(rc.cdef.annotations) if rc.cdef is not None else None
    if sig is None:
        return None
    r = _SigReader(vm, sig)
    try:
        params = r.type_params()
        sup = r.class_type()
        ifaces = []
        while r.peek() == "L":
            ifaces.append(r.class_type())
        return params, sup, ifaces
    except (ValueError, IndexError):
        return None


def member_type(vm: VM, annotations: list[Any], fallback: Any) -> Any:
    """A field's generic type (its Signature), else `fallback` (its Class)."""
    sig = signature_of(annotations)
    if sig is None:
        return fallback
    try:
        return _SigReader(vm, sig).java_type()
    except (ValueError, IndexError):
        return fallback


def method_types(vm: VM, annotations: list[Any]) -> tuple[list[Any], Any] | None:
    """(generic parameter types, generic return type) of a method's Signature."""
    sig = signature_of(annotations)
    if sig is None:
        return None
    r = _SigReader(vm, sig)
    try:
        r.type_params()
        r.take()  # (
        params = []
        while r.peek() not in (")", ""):
            params.append(r.java_type())
        r.take()
        return params, r.java_type()
    except (ValueError, IndexError):
        return None


def _type_name(vm: VM, t: Any) -> str:
    if isinstance(t, JObject) and t.cls.name == "Ljava/lang/Class;":
        from dexlego.emulator.names import descriptor_to_binary

        return descriptor_to_binary(t.native.name)
    if isinstance(t, JObject) and t.cls.name == PTYPE:
        st = t.native
        args = ", ".join(_type_name(vm, x) for x in st["args"])
        raw = _type_name(vm, st["raw"]) if st["raw"] is not None else "?"
        return f"{raw}<{args}>" if args else raw
    if isinstance(t, JObject) and t.cls.name == TVAR:
        return str(t.native["name"])
    if isinstance(t, JObject) and t.cls.name == WILD:
        st = t.native
        if st["lower"]:
            return "? super " + _type_name(vm, st["lower"][0])
        up = st["upper"][0] if st["upper"] else None
        name = _type_name(vm, up) if up is not None else "java.lang.Object"
        return "?" if name == "java.lang.Object" else f"? extends {name}"
    if isinstance(t, JObject) and t.cls.name == GARRAY:
        return _type_name(vm, t.native["component"]) + "[]"
    return "?"


@method(PTYPE, "getActualTypeArguments")
def _pt_args(vm: VM, a: list[Any]) -> Any:
    return JArray(f"[{TYPE}", list(a[0].native["args"]))


@method(PTYPE, "getRawType")
def _pt_raw(vm: VM, a: list[Any]) -> Any:
    return a[0].native["raw"]


@method(PTYPE, "getOwnerType")
def _pt_owner(vm: VM, a: list[Any]) -> Any:
    return a[0].native["owner"]


@method(PTYPE, "toString", "getTypeName")
@method(TVAR, "toString", "getTypeName")
@method(WILD, "toString", "getTypeName")
@method(GARRAY, "toString", "getTypeName")
def _type_to_string(vm: VM, a: list[Any]) -> Any:
    return _type_name(vm, a[0])


@method(TVAR, "getName")
def _tv_name(vm: VM, a: list[Any]) -> Any:
    return a[0].native["name"]


@method(TVAR, "getBounds")
def _tv_bounds(vm: VM, a: list[Any]) -> Any:
    bounds = a[0].native["bounds"] or [vm.class_mirror_by_name("Ljava/lang/Object;")]
    return JArray(f"[{TYPE}", list(bounds))


@method(WILD, "getUpperBounds", "getLowerBounds")
def _wild_bounds(vm: VM, a: list[Any]) -> Any:
    upper = vm.cur_native is None or vm.cur_native.name == "getUpperBounds"
    return JArray(f"[{TYPE}", list(a[0].native["upper" if upper else "lower"]))


@method(GARRAY, "getGenericComponentType")
def _garray_component(vm: VM, a: list[Any]) -> Any:
    return a[0].native["component"]


@method(PTYPE, "equals")
@method(GARRAY, "equals")
@method(WILD, "equals")
@method(TVAR, "equals")
def _type_equals(vm: VM, a: list[Any]) -> Any:
    """Structural equality, as the platform's Type implementations define it."""
    return a[1] is a[0] or (isinstance(a[1], JObject) and a[1].cls is a[0].cls
                            and _type_name(vm, a[1]) == _type_name(vm, a[0]))  # fmt: skip


@method(PTYPE, "hashCode")
@method(GARRAY, "hashCode")
@method(WILD, "hashCode")
@method(TVAR, "hashCode")
def _type_hash(vm: VM, a: list[Any]) -> Any:
    from dexlego.emulator.framework.common import string_hash

    return string_hash(_type_name(vm, a[0]))


@method(f"{R}Field;", "getGenericType")
def _field_generic_type(vm: VM, a: list[Any]) -> Any:
    st = a[0].native
    rc = st["cls"]
    plain = vm.class_mirror_by_name(st["type"])
    if rc.cdef is None:
        return plain
    fields = rc.cdef.static_fields + rc.cdef.instance_fields
    f = next((x for x in fields if x.ref.name == st["name"] and x.ref.type == st["type"]), None)
    return member_type(vm, f.annotations, plain) if f is not None else plain


def _method_model(m: RMethod) -> Any:
    cdef = m.cls.cdef
    if cdef is None:
        return None
    want = (m.name, str(m.proto))
    return next((x for x in cdef.methods() if (x.ref.name, str(x.ref.proto)) == want), None)


@method(f"{R}Method;", "getGenericReturnType", "getGenericParameterTypes")
@method(f"{R}Constructor;", "getGenericParameterTypes")
def _method_generic(vm: VM, a: list[Any]) -> Any:
    st = a[0].native
    m: RMethod = st["m"]
    want_return = vm.cur_native is not None and vm.cur_native.name == "getGenericReturnType"
    model = _method_model(m)
    types = method_types(vm, model.annotations) if model is not None else None
    if types is None:
        if want_return:
            return vm.class_mirror_by_name(m.proto.return_type)
        return JArray("[Ljava/lang/Class;", [vm.class_mirror_by_name(p) for p in st["params"]])
    return types[1] if want_return else JArray(f"[{TYPE}", types[0])
