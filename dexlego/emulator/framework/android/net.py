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


# -- LocalServerSocket: a UNIX-domain server no client connects to -------------------------------

LSS = "Landroid/net/LocalServerSocket;"
model_class(LSS, OBJ, ("Ljava/io/Closeable;",))
model_class("Landroid/net/LocalSocket;", OBJ, ("Ljava/io/Closeable;",))


@method(LSS, "<init>", "close")
def _lss_noop(vm: VM, a: list[Any]) -> Any:
    if vm.cur_native is not None and vm.cur_native.name == "close":
        a[0].native = "closed"
    return None


@method(LSS, "accept")
def _lss_accept(vm: VM, a: list[Any]) -> Any:
    """LocalServerSocket.accept blocks until a client connects; none ever does."""
    from dexlego.emulator.errors import ThreadBlocked

    if a[0].native == "closed":
        raise vm.throwable("Ljava/io/IOException;", "socket closed")
    raise ThreadBlocked("LocalServerSocket.accept()")
