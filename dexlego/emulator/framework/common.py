"""Helpers shared by the framework models: Java string conversion, boxing, sources, sinks."""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from dexlego.catalog import default_catalog
from dexlego.emulator.taint import EMPTY, deep_taint, source_tags, tag, taint_of, union
from dexlego.emulator.vm.arith import java_float_str
from dexlego.emulator.vm.classes import APP
from dexlego.emulator.vm.objects import JArray, JObject

if TYPE_CHECKING:
    from dexlego.emulator.vm.machine import VM
    from dexlego.emulator.vm.natives import NativeFn

BOX_TYPES = {
    "Ljava/lang/Integer;": "I",
    "Ljava/lang/Long;": "J",
    "Ljava/lang/Short;": "S",
    "Ljava/lang/Byte;": "B",
    "Ljava/lang/Character;": "C",
    "Ljava/lang/Boolean;": "Z",
    "Ljava/lang/Float;": "F",
    "Ljava/lang/Double;": "D",
}
BOX_OF = {v: k for k, v in BOX_TYPES.items()}


def identity_hash(vm: VM, obj: Any) -> int:
    table: dict[int, tuple[Any, int]] = vm.env.setdefault("identity_hash", {})
    hit = table.get(id(obj))
    if hit is None or hit[0] is not obj:
        hit = (obj, 0x1000 + 17 * len(table) + (vm.seed & 0xFF))
        table[id(obj)] = hit
    return hit[1]


def string_hash(s: str) -> int:
    h = 0
    for ch in s:
        h = (31 * h + ord(ch)) & 0xFFFFFFFF
    return h - (1 << 32) if h & 0x80000000 else h


def prim_str(v: Any, kind: str) -> str:
    """Java's string form of a primitive of type `kind` (I, J, C, Z, F, D...)."""
    if kind == "C":
        s = chr(v & 0xFFFF) if isinstance(v, int) else str(v)
    elif kind == "Z":
        s = "true" if v else "false"
    elif kind in "FD":
        s = java_float_str(float(v), kind == "F")
    else:
        s = str(int(v))
    return tag(s, taint_of(v))  # type: ignore[no-any-return]


def jstr(vm: VM, v: Any) -> str:
    """String.valueOf(Object): "null", the string itself, or the object's toString()."""
    if v is None:
        return "null"
    if isinstance(v, str):
        return v
    if isinstance(v, bool):
        return "true" if v else "false"
    if isinstance(v, int):
        return prim_str(v, "I")
    if isinstance(v, float):
        return prim_str(v, "D")
    if v.__class__ is JObject:
        if v.cls.name in BOX_TYPES:
            return prim_str(v.native, BOX_TYPES[v.cls.name])
        m = vm.find_virtual(v, "toString()Ljava/lang/String;")
        if m is not None:
            r = vm.invoke(m, [v])
            return "null" if r is None else str_value(r)
        r = vm.call_virtual(v, "toString()Ljava/lang/String;", [])
        if isinstance(r, str):
            return r
        return default_to_string(vm, v)
    if v.__class__ is JArray:
        return tag(f"[{v.type[1:2]}@{identity_hash(vm, v):x}", v.taint)  # type: ignore[no-any-return]
    return str(v)


def str_value(v: Any) -> str:
    return v if isinstance(v, str) else str(v)


def default_to_string(vm: VM, v: JObject) -> str:
    name = v.cls.name[1:-1].replace("/", ".")
    return tag(f"{name}@{identity_hash(vm, v):x}", v.taint)  # type: ignore[no-any-return]


def box(vm: VM, v: Any, kind: str) -> JObject:
    """A boxed primitive (Integer.valueOf etc.); tags stay on the boxed value. Untagged small
    values come from a cache, as Java's valueOf does (so `==` on them holds)."""
    if kind in "ZBCSI" and isinstance(v, bool):
        v = int(v)
    t = taint_of(v)
    cacheable = not t and kind in "ZBCSIJ" and isinstance(v, int) and -128 <= v <= 127
    if cacheable:
        cache: dict[tuple[str, int], JObject] = vm.env.setdefault("box_cache", {})
        hit = cache.get((kind, v))
        if hit is not None:
            return hit
    obj = vm.new_object(BOX_OF[kind], v)
    obj.taint = t
    if cacheable:
        cache[(kind, v)] = obj
    return obj


def unbox(v: Any) -> Any:
    if v.__class__ is JObject and v.cls.name in BOX_TYPES:
        return v.native
    return v


def box_for(vm: VM, v: Any, desc: str) -> Any:
    """Box a primitive of descriptor `desc` for reflection results; others unchanged."""
    if len(desc) == 1 and desc in BOX_OF:
        return box(vm, v, desc)
    if desc == "V":
        return None
    return v


def with_contract(
    fn: NativeFn, source_sig: str | None, sink_sig: str | None, static: bool, listens: bool
) -> NativeFn:
    """`fn` following the catalog (`dexlego.catalog`): a sink records a leak for every tag its
    parameters carry (its receiver when it has none, e.g. `URLConnection.connect()`); a source
    tags what it returns with its signature. A method taking a callback type (`listens`) records
    the app objects passed to it as registered listeners (`vm.env["listeners"]`: (listener,
    receiver)), whose callbacks the driver then invokes. The VM applies this to every framework
    call whose class or an ancestor the catalog names, or that takes a callback, modeled or
    not."""

    def contracted(vm: VM, a: list[Any]) -> Any:
        if sink_sig is not None:
            params = a if static else a[1:]
            sink(vm, sink_sig, *(params or a))
        if listens:
            receiver = None if static or not a else a[0]
            for v in a if static else a[1:]:
                if v.__class__ is JObject and v.cls.kind == APP:
                    vm.env.setdefault("listeners", []).append((v, receiver))
        r = fn(vm, a)
        return tag(r, frozenset({source_sig})) if source_sig is not None else r

    setattr(contracted, "catalog_contract", (source_sig, sink_sig))  # noqa: B010 (for tests, debugging)
    return contracted


def _in_catalog(vm: VM, kind: str, api: str) -> None:
    """A model tagging or checking with a signature the catalog lacks is a model bug (the
    analyzers would not know that API): report it once as a runtime error. Native code's sinks
    (`Lnative/libc;->write()V`, emulator/native) are not Java methods and not catalog entries."""
    if api.startswith("Lnative/"):
        return
    cat = default_catalog()
    if (cat.source(api) if kind == "source" else cat.sink(api)) is None:
        seen: set[str] = vm.env.setdefault("uncatalogued", set())
        if api not in seen:
            seen.add(api)
            vm.rec.runtime_error(f"model uses {kind} {api}, which is not in dexlego.catalog", api)


def source(vm: VM, api: str, value: Any) -> Any:
    """The value a source API returns, tagged with the API's signature (a catalog source)."""
    _in_catalog(vm, "source", api)
    return tag(value, frozenset({api}))


def sink(vm: VM, api: str, *values: Any) -> None:
    """Record a leak for every tag reaching sink `api` through `values`."""
    t = EMPTY
    shown = ""
    for v in values:
        vt = source_tags(deep_taint(v))
        if vt:
            t = t | vt
            if not shown:
                shown = _tagged_text(v, 3) or vm_repr(v)
    if not t:
        return
    _in_catalog(vm, "sink", api)
    caller, pc = vm.caller()
    for src in sorted(t):
        vm.rec.leak(src, api, caller, pc, shown)


def _tagged_text(v: Any, depth: int) -> str | None:
    """The first tagged string or number in `v` or what it holds: the value that leaked."""
    if v is None:
        return None
    if source_tags(getattr(v, "taint", EMPTY)) and isinstance(v, str | int | float):
        return str(v)
    if depth > 0 and hasattr(v, "contents"):
        for x in v.contents():
            found = _tagged_text(x, depth - 1)
            if found is not None:
                return found
    return None


def vm_repr(v: Any) -> str:
    if v.__class__ is JObject:
        if isinstance(v.native, str):
            return v.native
        return v.cls.name
    return str(v)


def taint_union(*values: Any) -> frozenset[str]:
    return union(*values)


def arg_str(v: Any) -> str | None:
    """A CharSequence argument as a Python string (None for null)."""
    if v is None:
        return None
    if isinstance(v, str):
        return v
    if v.__class__ is JObject and isinstance(v.native, list):
        return tag("".join(map(str, v.native)), v.taint)  # type: ignore[no-any-return]
    if v.__class__ is JObject and isinstance(v.native, str):
        return v.native
    return str(v)


def jbool(v: Any) -> int:
    return 1 if v else 0


def enum_constants(cls: str, names: tuple[str, ...]) -> None:
    """Declare a framework enum's constants as static fields (one object per run, with the
    `name` and `ordinal` fields Enum's models read)."""
    from dexlego.emulator.framework.registry import static_field

    def make(name: str, ordinal: int) -> Any:
        def constant(vm: VM) -> Any:
            o = vm.new_object(cls)
            o.fields.update(name=name, ordinal=ordinal)
            return o

        return constant

    for i, n in enumerate(names):
        static_field(cls, n, make(n, i))

