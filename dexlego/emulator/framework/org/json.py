"""`org.json`: JSONObject and JSONArray; every conversion keeps the tags of its input."""

from __future__ import annotations

import json
from typing import Any

from dexlego.emulator.framework.common import jstr, unbox
from dexlego.emulator.framework.registry import method, model_class
from dexlego.emulator.taint import tag, taint_of
from dexlego.emulator.vm.machine import VM
from dexlego.emulator.vm.objects import JObject

JO = "Lorg/json/JSONObject;"
JA = "Lorg/json/JSONArray;"
model_class(JO)
model_class(JA)


# -- org.json -------------------------------------------------------------------------------


def _plain(vm: VM, v: Any) -> Any:
    """A JSON-ready Python value for `v` (nested JSON objects and arrays included)."""
    if isinstance(v, JObject) and v.cls.name == JO:
        return {k: _plain(vm, x) for k, x in v.native.items()}
    if isinstance(v, JObject) and v.cls.name == JA:
        return [_plain(vm, x) for x in v.native]
    u = unbox(v)
    if u is None or isinstance(u, bool | int | float):
        return u
    return str(jstr(vm, u))


def _json_text(vm: VM, o: JObject) -> str:
    return tag(json.dumps(_plain(vm, o), separators=(",", ":")), _json_taint(o))  # type: ignore[no-any-return]


def _json_taint(o: Any, depth: int = 4) -> frozenset[str]:
    t = taint_of(o)
    if depth and isinstance(o, JObject) and o.cls.name in (JO, JA):
        items = o.native.values() if isinstance(o.native, dict) else o.native
        for x in items:
            t = t | _json_taint(x, depth - 1) | taint_of(unbox(x))
    return t


@method(JO, "<init>")
def _jo_init(vm: VM, a: list[Any]) -> Any:
    a[0].native = {}
    if len(a) > 1 and isinstance(a[1], str):
        try:
            parsed = json.loads(a[1])
        except ValueError:
            raise vm.throwable("Lorg/json/JSONException;", "not a JSON object") from None
        if isinstance(parsed, dict):
            t = taint_of(a[1])
            a[0].native = {k: _from_plain(vm, x, t) for k, x in parsed.items()}
    elif len(a) > 1 and isinstance(a[1], JObject) and isinstance(a[1].native, dict):
        a[0].native = {str(kv[0]): kv[1] for kv in a[1].native.values()}
    return None


def _from_plain(vm: VM, x: Any, t: frozenset[str]) -> Any:
    if isinstance(x, dict):
        o = vm.new_object(JO, {k: _from_plain(vm, v, t) for k, v in x.items()})
        return o
    if isinstance(x, list):
        return vm.new_object(JA, [_from_plain(vm, v, t) for v in x])
    if isinstance(x, str):
        return tag(x, t)
    return x


@method(JO, "put", "putOpt", "accumulate")
def _jo_put(vm: VM, a: list[Any]) -> Any:
    a[0].native[str(a[1])] = a[2]
    return a[0]


@method(JO, "get", "opt", "getString", "optString", "getJSONObject", "optJSONObject",
        "getJSONArray", "optJSONArray")  # fmt: skip
def _jo_get(vm: VM, a: list[Any]) -> Any:
    v = a[0].native.get(str(a[1]))
    name = vm.cur_native.name if vm.cur_native is not None else ""
    if v is None:
        if name.startswith("get"):
            raise vm.throwable("Lorg/json/JSONException;", f"No value for {a[1]}")
        return a[2] if len(a) > 2 else ("" if name == "optString" else None)
    if name in ("getString", "optString") and not isinstance(v, str):
        return jstr(vm, v)
    return v


@method(JO, "getInt", "optInt", "getLong", "optLong", "getBoolean", "optBoolean", "getDouble",
        "optDouble")  # fmt: skip
def _jo_get_prim(vm: VM, a: list[Any]) -> Any:
    v = unbox(a[0].native.get(str(a[1])))
    if v is None:
        return a[2] if len(a) > 2 else 0
    return v


@method(JO, "has")
def _jo_has(vm: VM, a: list[Any]) -> Any:
    return str(a[1]) in a[0].native


@method(JO, "remove")
def _jo_remove(vm: VM, a: list[Any]) -> Any:
    return a[0].native.pop(str(a[1]), None)


@method(JO, "length")
def _jo_length(vm: VM, a: list[Any]) -> Any:
    return len(a[0].native)


@method(JO, "keys")
def _jo_keys(vm: VM, a: list[Any]) -> Any:
    return vm.new_object("Ljava/util/Iterator$Emulated;",
                         {"items": list(a[0].native), "pos": 0, "owner": None})  # fmt: skip


@method(JO, "toString")
@method(JA, "toString")
def _json_str(vm: VM, a: list[Any]) -> Any:
    return _json_text(vm, a[0])


@method(JA, "<init>")
def _ja_init(vm: VM, a: list[Any]) -> Any:
    a[0].native = []
    if len(a) > 1 and isinstance(a[1], str):
        try:
            parsed = json.loads(a[1])
        except ValueError:
            raise vm.throwable("Lorg/json/JSONException;", "not a JSON array") from None
        if isinstance(parsed, list):
            a[0].native = [_from_plain(vm, x, taint_of(a[1])) for x in parsed]
    return None


@method(JA, "put")
def _ja_put(vm: VM, a: list[Any]) -> Any:
    if len(a) == 3 and isinstance(a[1], int):
        lst = a[0].native
        while len(lst) <= a[1]:
            lst.append(None)
        lst[a[1]] = a[2]
    else:
        a[0].native.append(a[1])
    return a[0]


@method(JA, "get", "opt", "getString", "optString", "getJSONObject", "optJSONObject", "getInt",
        "optInt")  # fmt: skip
def _ja_get(vm: VM, a: list[Any]) -> Any:
    lst = a[0].native
    i = a[1]
    if not 0 <= i < len(lst):
        if (vm.cur_native is not None and vm.cur_native.name.startswith("get")):
            raise vm.throwable("Lorg/json/JSONException;", f"Index {i} out of range")
        return None
    return lst[i]


@method(JA, "length")
def _ja_length(vm: VM, a: list[Any]) -> Any:
    return len(a[0].native)
