"""`android.net`: Uri."""

from __future__ import annotations

from typing import Any

from dexlego.emulator.framework.registry import method, model_class
from dexlego.emulator.taint import tag, taint_of
from dexlego.emulator.vm.machine import VM
from dexlego.emulator.vm.objects import JObject

OBJ = "Ljava/lang/Object;"

U = "Landroid/net/Uri;"
model_class(U, OBJ, ("Landroid/os/Parcelable;", "Ljava/lang/Comparable;"))


@method(U, "parse")
def _uri_parse(vm: VM, a: list[Any]) -> Any:
    u = vm.new_object(U, a[0])
    u.taint = taint_of(a[0])
    return u


@method(U, "toString()Ljava/lang/String;")
def _uri_str(vm: VM, a: list[Any]) -> Any:
    return a[0].native if isinstance(a[0].native, str) else ""


@method(U, "fromParts")
def _uri_parts(vm: VM, a: list[Any]) -> Any:
    s = f"{a[0]}:{a[1]}"
    return _uri_parse(vm, [tag(s, taint_of(a[1]))])


@method(U, "withAppendedPath")
def _uri_append(vm: VM, a: list[Any]) -> Any:
    base = a[0].native if isinstance(a[0], JObject) else ""
    return _uri_parse(vm, [tag(f"{base}/{a[1]}", taint_of(a[1]))])


@method(U, "getScheme")
def _uri_scheme(vm: VM, a: list[Any]) -> Any:
    s = a[0].native or ""
    return s.split(":", 1)[0] if ":" in s else None


@method(U, "getHost", "getPath", "getLastPathSegment", "getQuery")
def _uri_part(vm: VM, a: list[Any]) -> Any:
    return a[0].native or ""
