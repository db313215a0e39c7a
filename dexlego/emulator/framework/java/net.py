"""`java.net`: URL and URLConnection (sinks), sockets, URLEncoder/URLDecoder (keep tags)."""

from __future__ import annotations

from typing import Any
from urllib.parse import quote_plus, unquote_plus

from dexlego.emulator.framework.common import arg_str, jstr, sink
from dexlego.emulator.framework.java.io import SOCKET_SINK, new_input
from dexlego.emulator.framework.registry import method, model_class
from dexlego.emulator.taint import EMPTY, tag, taint_of, union
from dexlego.emulator.vm.machine import VM
from dexlego.emulator.vm.objects import JObject

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


# -- server sockets: nobody ever connects to the emulated device --------------------------------

SS = "Ljava/net/ServerSocket;"
DS = "Ljava/net/DatagramSocket;"
model_class(SS, OBJ, ("Ljava/io/Closeable;",))
model_class(DS, OBJ, ("Ljava/io/Closeable;",))
model_class("Ljava/net/SocketException;", "Ljava/io/IOException;")
model_class("Ljava/net/SocketTimeoutException;", "Ljava/io/InterruptedIOException;")
model_class("Ljava/io/InterruptedIOException;", "Ljava/io/IOException;")


def _sstate(o: JObject) -> dict[str, Any]:
    if not isinstance(o.native, dict):
        o.native = {"timeout": 0, "closed": False, "port": 0}
    st: dict[str, Any] = o.native
    return st


@method(SS, "<init>")
@method(DS, "<init>")
def _server_init(vm: VM, a: list[Any]) -> Any:
    st = _sstate(a[0])
    if len(a) > 1 and isinstance(a[1], int):
        st["port"] = a[1]
    return None


@method(SS, "setSoTimeout")
@method(DS, "setSoTimeout")
def _server_timeout(vm: VM, a: list[Any]) -> Any:
    if a[1] < 0:
        raise vm.throwable("Ljava/lang/IllegalArgumentException;", "timeout < 0")
    _sstate(a[0])["timeout"] = a[1]
    return None


@method(SS, "getSoTimeout")
@method(DS, "getSoTimeout")
def _server_get_timeout(vm: VM, a: list[Any]) -> Any:
    return _sstate(a[0])["timeout"]


@method(SS, "accept")
@method(DS, "receive")
def _server_accept(vm: VM, a: list[Any]) -> Any:
    """ServerSocket.accept / DatagramSocket.receive wait for a peer, and none ever comes:
    with SO_TIMEOUT they throw SocketTimeoutException, without they block forever."""
    from dexlego.emulator.errors import ThreadBlocked

    st = _sstate(a[0])
    is_accept = a[0].cls.name != DS and vm.instance_of(a[0], SS)
    if st["closed"]:
        raise vm.throwable("Ljava/net/SocketException;", "Socket is closed")
    if st["timeout"] > 0:
        raise vm.throwable("Ljava/net/SocketTimeoutException;",
                           "Accept timed out" if is_accept else "Receive timed out")  # fmt: skip
    raise ThreadBlocked("ServerSocket.accept()" if is_accept else "DatagramSocket.receive()")


@method(SS, "close")
@method(DS, "close")
def _server_close(vm: VM, a: list[Any]) -> Any:
    _sstate(a[0])["closed"] = True
    return None


@method(SS, "isClosed")
@method(DS, "isClosed")
def _server_closed(vm: VM, a: list[Any]) -> Any:
    return _sstate(a[0])["closed"]


@method(SS, "getLocalPort")
@method(DS, "getLocalPort")
def _server_port(vm: VM, a: list[Any]) -> Any:
    return _sstate(a[0])["port"] or 40000
