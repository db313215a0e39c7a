"""`java.net`: URL and URLConnection (sinks), sockets, URLEncoder/URLDecoder (keep tags)."""

from __future__ import annotations

from typing import Any
from urllib.parse import quote_plus, unquote_plus

from dexlego.emulator.framework.common import arg_str, jstr, sink
from dexlego.emulator.framework.java.io import SOCKET_SINK, new_input
from dexlego.emulator.framework.registry import method, model_class
from dexlego.emulator.taint import EMPTY, tag, taint_of, union
from dexlego.emulator.vm.machine import VM

OBJ = "Ljava/lang/Object;"

model_class("Ljava/net/URL;", OBJ, ("Ljava/io/Serializable;",))
model_class("Ljava/net/URLConnection;")
model_class("Ljava/net/HttpURLConnection;", "Ljava/net/URLConnection;")
model_class("Ljava/net/Socket;", OBJ, ("Ljava/io/Closeable;",))


# -- network --------------------------------------------------------------------------------

CONN_SINK = "Ljava/net/URLConnection;->getOutputStream()Ljava/io/OutputStream;"
URL_SINK = "Ljava/net/URL;->openConnection()Ljava/net/URLConnection;"


@method("Ljava/net/URL;", "<init>")
def _url_init(vm: VM, a: list[Any]) -> Any:
    parts = [jstr(vm, v) for v in a[1:] if v is not None and not isinstance(v, int)]
    a[0].native = "".join(parts)
    a[0].taint = union(*parts)
    return None


@method("Ljava/net/URL;", "toString", "toExternalForm", "getHost", "getPath", "getQuery",
        "getFile", "getProtocol")  # fmt: skip
def _url_str(vm: VM, a: list[Any]) -> Any:
    return tag(a[0].native, a[0].taint)


@method("Ljava/net/URL;", "openConnection", "openStream", "getContent")
def _url_open(vm: VM, a: list[Any]) -> Any:
    sink(vm, URL_SINK, a[0])
    conn = vm.new_object("Ljava/net/HttpURLConnection;", {"url": a[0]})
    return conn


@method("Ljava/net/URLConnection;", "getOutputStream")
def _conn_out(vm: VM, a: list[Any]) -> Any:
    o = vm.new_object("Ljava/io/ByteArrayOutputStream;",
                      {"path": None, "target": None, "buf": bytearray(), "taint": EMPTY,
                       "net": CONN_SINK})  # fmt: skip
    return o


@method("Ljava/net/URLConnection;", "getInputStream", "getErrorStream")
def _conn_in(vm: VM, a: list[Any]) -> Any:
    return new_input(vm, b"")


@method("Ljava/net/URLConnection;", "getResponseCode")
def _conn_code(vm: VM, a: list[Any]) -> Any:
    return 200


@method("Ljava/net/URLConnection;", "connect", "disconnect", "setRequestMethod", "setDoOutput",
        "setDoInput", "setRequestProperty", "setConnectTimeout", "setReadTimeout",
        "setUseCaches", "addRequestProperty", "setInstanceFollowRedirects")  # fmt: skip
def _conn_noop(vm: VM, a: list[Any]) -> Any:
    if len(a) > 1:
        sink(vm, "Ljava/net/URLConnection;->setRequestProperty(Ljava/lang/String;Ljava/lang/String;)V",
             *a[1:])  # fmt: skip
    return None


@method("Ljava/net/Socket;", "<init>", "connect", "close", "setSoTimeout")
def _socket_noop(vm: VM, a: list[Any]) -> Any:
    return None


@method("Ljava/net/Socket;", "getOutputStream")
def _socket_out(vm: VM, a: list[Any]) -> Any:
    return vm.new_object("Ljava/io/ByteArrayOutputStream;",
                         {"path": None, "target": None, "buf": bytearray(), "taint": EMPTY,
                          "net": SOCKET_SINK})  # fmt: skip


@method("Ljava/net/Socket;", "getInputStream")
def _socket_in(vm: VM, a: list[Any]) -> Any:
    return new_input(vm, b"")


# -- URL encoding ---------------------------------------------------------------------------

model_class("Ljava/net/URLEncoder;")
model_class("Ljava/net/URLDecoder;")


@method("Ljava/net/URLEncoder;", "encode")
def _url_encode(vm: VM, a: list[Any]) -> Any:
    s = arg_str(a[0]) or ""
    return tag(quote_plus(s, safe="*"), taint_of(s))


@method("Ljava/net/URLDecoder;", "decode")
def _url_decode(vm: VM, a: list[Any]) -> Any:
    s = arg_str(a[0]) or ""
    return tag(unquote_plus(s), taint_of(s))
