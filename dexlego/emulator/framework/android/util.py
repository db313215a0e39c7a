"""`android.util`: Log (a sink), Base64 (keeps tags), SparseArray/ArrayMap."""

from __future__ import annotations

import base64
from typing import Any

from dexlego.emulator.framework.java.lang import _byte_array, _bytes
from dexlego.emulator.framework.java.util import _map
from dexlego.emulator.framework.registry import method, model_class
from dexlego.emulator.taint import tag
from dexlego.emulator.vm.machine import VM
from dexlego.emulator.vm.objects import JObject

OBJ = "Ljava/lang/Object;"
U = "Ljava/util/"

model_class("Landroid/util/SparseArray;", OBJ)
model_class("Landroid/util/ArrayMap;", f"{U}AbstractMap;", (f"{U}Map;",))


# -- SparseArray and its primitive-valued siblings (ordered by key) ------------------------------

SA = "Landroid/util/SparseArray;"
# class -> what get(key) gives for a missing key
SPARSE = {SA: None, "Landroid/util/SparseIntArray;": 0, "Landroid/util/SparseBooleanArray;": False,
          "Landroid/util/SparseLongArray;": 0, "Landroid/util/LongSparseArray;": None}  # fmt: skip
for _c in SPARSE:
    if _c != SA:
        model_class(_c, OBJ, ("Ljava/lang/Cloneable;",))


def _sorted(o: JObject) -> list[tuple[Any, Any]]:
    return sorted(_map(o).values(), key=lambda kv: kv[0])


def _default(o: JObject) -> Any:
    return next((SPARSE[c.name] for c in o.cls.ancestors() if c.name in SPARSE), None)


@method(SA, "<init>")
def _sa_init(vm: VM, a: list[Any]) -> Any:
    a[0].native = {}
    return None


@method(SA, "put", "append")
def _sa_put(vm: VM, a: list[Any]) -> Any:
    _map(a[0])[a[1]] = (a[1], a[2])
    return None


@method(SA, "get")
def _sa_get(vm: VM, a: list[Any]) -> Any:
    hit = _map(a[0]).get(a[1])
    return hit[1] if hit else (a[2] if len(a) > 2 else _default(a[0]))


@method(SA, "remove", "delete")
def _sa_remove(vm: VM, a: list[Any]) -> Any:
    _map(a[0]).pop(a[1], None)
    return None


@method(SA, "removeAt")
def _sa_remove_at(vm: VM, a: list[Any]) -> Any:
    items = _sorted(a[0])
    if 0 <= a[1] < len(items):
        _map(a[0]).pop(items[a[1]][0], None)
    return None


@method(SA, "clear")
def _sa_clear(vm: VM, a: list[Any]) -> Any:
    _map(a[0]).clear()
    return None


@method(SA, "size")
def _sa_size(vm: VM, a: list[Any]) -> Any:
    return len(_map(a[0]))


@method(SA, "keyAt", "valueAt")
def _sa_at(vm: VM, a: list[Any]) -> Any:
    """keyAt(i) / valueAt(i): the i-th mapping in key order."""
    part = 1 if vm.cur_native is not None and vm.cur_native.name == "valueAt" else 0
    items = _sorted(a[0])
    if not 0 <= a[1] < len(items):
        raise vm.throwable("Ljava/lang/ArrayIndexOutOfBoundsException;", f"index={a[1]}")
    return items[a[1]][part]


@method(SA, "indexOfKey")
def _sa_index_of_key(vm: VM, a: list[Any]) -> Any:
    keys = [k for k, _ in _sorted(a[0])]
    return keys.index(a[1]) if a[1] in keys else -1


@method(SA, "indexOfValue")
def _sa_index_of_value(vm: VM, a: list[Any]) -> Any:
    vals = [v for _, v in _sorted(a[0])]
    return next((i for i, v in enumerate(vals) if v is a[1] or v == a[1]), -1)


@method(SA, "clone")
def _sa_clone(vm: VM, a: list[Any]) -> Any:
    return vm.new_object(a[0].cls.name, dict(_map(a[0])))


for _c in SPARSE:
    if _c != SA:
        method(_c, "<init>")(_sa_init)
        method(_c, "put", "append")(_sa_put)
        method(_c, "get")(_sa_get)
        method(_c, "delete", "remove")(_sa_remove)
        method(_c, "removeAt")(_sa_remove_at)
        method(_c, "clear")(_sa_clear)
        method(_c, "size")(_sa_size)
        method(_c, "keyAt", "valueAt")(_sa_at)
        method(_c, "indexOfKey")(_sa_index_of_key)
        method(_c, "indexOfValue")(_sa_index_of_value)
        method(_c, "clone")(_sa_clone)


LOG = "Landroid/util/Log;"
model_class(LOG)


def _mk(level: str) -> None:
    @method(LOG, level, f"{level}(Ljava/lang/String;Ljava/lang/String;)I")
    def _log(vm: VM, a: list[Any]) -> Any:
        logs: list[tuple[str, Any, Any]] = vm.env.setdefault("logcat", [])
        if len(logs) < 1000:
            logs.append((level, a[0] if a else None, a[1] if len(a) > 1 else None))
        return 1


for _lvl in ("v", "d", "i", "w", "e", "wtf", "println"):
    _mk(_lvl)


@method(LOG, "isLoggable")
def _loggable(vm: VM, a: list[Any]) -> Any:
    return True


@method(LOG, "getStackTraceString")
def _stack_string(vm: VM, a: list[Any]) -> Any:
    return ""


# -- Base64 ---------------------------------------------------------------------------------

B64 = "Landroid/util/Base64;"
model_class(B64)


@method(B64, "encodeToString")
def _b64_string(vm: VM, a: list[Any]) -> Any:
    data, t = _bytes(a[0])
    if len(a) > 3:
        data = data[a[1] : a[1] + a[2]]
    return tag(base64.b64encode(data).decode("ascii"), t)


@method(B64, "encode")
def _b64_encode(vm: VM, a: list[Any]) -> Any:
    data, t = _bytes(a[0])
    return _byte_array(base64.b64encode(data), t)


@method(B64, "decode")
def _b64_decode(vm: VM, a: list[Any]) -> Any:
    data, t = _bytes(a[0])
    try:
        return _byte_array(base64.b64decode(data + b"=" * (-len(data) % 4)), t)
    except ValueError:
        raise vm.throwable("Ljava/lang/IllegalArgumentException;", "bad base-64") from None


# -- Xml: the platform's pull parser (kXML, namespace-aware) ----------------------------------

XML = "Landroid/util/Xml;"
model_class(XML)


@method(XML, "newPullParser")
def _xml_parser(vm: VM, a: list[Any]) -> Any:
    """Xml.newPullParser: a KXmlParser with namespace processing on."""
    from dexlego.emulator.framework.org.kxml2_io import new_text_parser

    return new_text_parser(vm, True)


@method(XML, "asAttributeSet")
def _xml_attribute_set(vm: VM, a: list[Any]) -> Any:
    """Xml.asAttributeSet: a compiled-XML parser already is one; a text parser's attributes
    are read through it (XmlPullAttributes)."""
    from dexlego.emulator.framework.android.content_res import XBP

    if isinstance(a[0], JObject) and a[0].cls.name != XBP:
        return vm.new_object(XBP, a[0].native)
    return a[0]


# -- TypedValue: conversions of resource values -------------------------------------------------

TV = "Landroid/util/TypedValue;"
model_class(TV)
model_class("Landroid/util/DisplayMetrics;")


@method(TV, "<init>")
def _tv_init(vm: VM, a: list[Any]) -> Any:
    a[0].fields.update(type=0, data=0, string=None, resourceId=0, assetCookie=0,
                       changingConfigurations=-1, density=0)  # fmt: skip
    return None


@method(TV, "applyDimension")
def _tv_apply(vm: VM, a: list[Any]) -> Any:
    from dexlego.emulator.resources.values import apply_dimension

    return apply_dimension(a[0], float(a[1]))


@method(TV, "complexToFloat")
def _tv_complex(vm: VM, a: list[Any]) -> Any:
    from dexlego.emulator.resources.values import complex_to_float

    return complex_to_float(a[0] & 0xFFFFFFFF)


@method(TV, "complexToDimension", "complexToDimensionPixelSize", "complexToDimensionPixelOffset",
        "getDimension")  # fmt: skip
def _tv_dimension(vm: VM, a: list[Any]) -> Any:
    from dexlego.emulator.resources.values import (
        dimension,
        dimension_pixel_offset,
        dimension_pixel_size,
    )

    name = vm.cur_native.name if vm.cur_native is not None else "complexToDimension"
    data = a[0].fields.get("data", 0) if name == "getDimension" else a[0]
    data &= 0xFFFFFFFF
    if name == "complexToDimensionPixelSize":
        return dimension_pixel_size(data)
    if name == "complexToDimensionPixelOffset":
        return dimension_pixel_offset(data)
    return dimension(data)


@method(TV, "getFloat")
def _tv_float(vm: VM, a: list[Any]) -> Any:
    from dexlego.emulator.resources.values import to_float

    return to_float(a[0].fields.get("data", 0))


@method(TV, "coerceToString")
def _tv_string(vm: VM, a: list[Any]) -> Any:
    from dexlego.emulator.resources.values import Value, coerce_to_string

    if len(a) == 2:  # static coerceToString(type, data)
        return coerce_to_string(Value(a[0], a[1] & 0xFFFFFFFF))
    f = a[0].fields
    return coerce_to_string(Value(f.get("type", 0), f.get("data", 0) & 0xFFFFFFFF, f.get("string")))


@method("Landroid/util/DisplayMetrics;", "<init>", "setToDefaults")
def _dm_init(vm: VM, a: list[Any]) -> Any:
    from dexlego.emulator.framework.android.content_res import display_metrics

    display_metrics(vm, a[0])
    return None
