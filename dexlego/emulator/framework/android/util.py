"""`android.util`: Log (a sink), Base64 (keeps tags), SparseArray/ArrayMap."""

from __future__ import annotations

import base64
from typing import Any

from dexlego.emulator.framework.common import sink
from dexlego.emulator.framework.java.lang import _byte_array, _bytes
from dexlego.emulator.framework.java.util import _map
from dexlego.emulator.framework.registry import method, model_class
from dexlego.emulator.taint import tag
from dexlego.emulator.vm.machine import VM

OBJ = "Ljava/lang/Object;"
U = "Ljava/util/"

model_class("Landroid/util/SparseArray;", OBJ)
model_class("Landroid/util/ArrayMap;", f"{U}AbstractMap;", (f"{U}Map;",))


# -- SparseArray ----------------------------------------------------------------------------

SA = "Landroid/util/SparseArray;"


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
    return hit[1] if hit else (a[2] if len(a) > 2 else None)


@method(SA, "remove", "delete")
def _sa_remove(vm: VM, a: list[Any]) -> Any:
    _map(a[0]).pop(a[1], None)
    return None


@method(SA, "size")
def _sa_size(vm: VM, a: list[Any]) -> Any:
    return len(_map(a[0]))


@method(SA, "valueAt")
def _sa_value_at(vm: VM, a: list[Any]) -> Any:
    vals = [v for _, v in sorted(_map(a[0]).values(), key=lambda kv: kv[0])]
    return vals[a[1]] if 0 <= a[1] < len(vals) else None


@method(SA, "keyAt")
def _sa_key_at(vm: VM, a: list[Any]) -> Any:
    keys = sorted(_map(a[0]))
    return keys[a[1]] if 0 <= a[1] < len(keys) else 0

LOG = "Landroid/util/Log;"
model_class(LOG)


def _mk(level: str) -> None:
    sig = f"{LOG}->{level}(Ljava/lang/String;Ljava/lang/String;)I"

    @method(LOG, level, f"{level}(Ljava/lang/String;Ljava/lang/String;)I")
    def _log(vm: VM, a: list[Any]) -> Any:
        sink(vm, sig, *a[:2])
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
