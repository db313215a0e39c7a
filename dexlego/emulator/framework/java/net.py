"""`java.net`: URL and URLConnection (sinks), sockets, URLEncoder/URLDecoder (keep tags),
the device's network interfaces and their addresses (NetworkInterface, InetAddress)."""

from __future__ import annotations

import ipaddress
from collections.abc import Callable
from typing import Any
from urllib.parse import quote_plus, unquote_plus

from dexlego.emulator.device import NETWORK_INTERFACES
from dexlego.emulator.framework.common import arg_str, jstr, sink, string_hash
from dexlego.emulator.framework.java.io import SOCKET_SINK, new_input
from dexlego.emulator.framework.registry import method, model_class
from dexlego.emulator.taint import EMPTY, tag, taint_of, union
from dexlego.emulator.vm.arith import i32
from dexlego.emulator.vm.machine import VM
from dexlego.emulator.vm.objects import JArray, JObject

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



# -- interfaces and addresses ---------------------------------------------------------------
# The device's interfaces come from `device.NETWORK_INTERFACES` (an interface with addresses
# is up). An InetAddress's model state is its packed address, host name (or None) and IPv6
# scope interface. Text forms follow Android's libcore: `getHostAddress` is
# getnameinfo(NI_NUMERICHOST) (compressed IPv6 with "%scope"), `toString` is "host/address"
# with an empty host when there is none. The models are registered on InetAddress only:
# virtual dispatch from an Inet4Address or Inet6Address reaches them. Name lookups answer
# numeric addresses and the hosts file's names only: the emulator has no DNS, so any other
# name throws UnknownHostException with Android's message (a decision point for --explore,
# like every environment API that throws).

NI = "Ljava/net/NetworkInterface;"
IA = "Ljava/net/InetAddress;"
IA4 = "Ljava/net/Inet4Address;"
IA6 = "Ljava/net/Inet6Address;"
model_class(IA, OBJ, ("Ljava/io/Serializable;",))
model_class(IA4, IA)
model_class(IA6, IA)
model_class(NI)
model_class("Ljava/net/UnknownHostException;", "Ljava/io/IOException;")

Address = ipaddress.IPv4Address | ipaddress.IPv6Address
HOSTS = {"localhost": "127.0.0.1", "ip6-localhost": "::1"}  # Android's /system/etc/hosts


def new_inet_address(vm: VM, text: str, host: str | None = None) -> JObject:
    """An Inet4Address or Inet6Address of the numeric address `text` (IPv6 may end "%scope")."""
    literal, _, scope = text.partition("%")
    return _address_object(vm, ipaddress.ip_address(literal), host, scope or None)


def _address_object(vm: VM, ip: Address, host: str | None, scope: str | None = None) -> JObject:
    return vm.new_object(IA4 if ip.version == 4 else IA6,
                         {"packed": ip.packed, "host": host, "scope": scope})


def _ip(o: JObject) -> Address:
    return ipaddress.ip_address(o.native["packed"])


def _host_address(o: JObject) -> str:
    scope = o.native["scope"]
    return str(_ip(o)) + (f"%{scope}" if scope else "")


def _lookup(vm: VM, name: str | None) -> list[JObject]:
    """InetAddress.getAllByName: null or "" is the loopback address; a numeric address
    (IPv6 optionally in brackets) is itself; the names of Android's hosts file are loopback;
    anything else needs DNS."""
    if not name:
        return [_address_object(vm, ipaddress.ip_address("127.0.0.1"), "localhost")]
    text = name[1:-1] if name.startswith("[") and name.endswith("]") else name
    literal, _, scope = text.partition("%")
    try:
        return [_address_object(vm, ipaddress.ip_address(literal), None, scope or None)]
    except ValueError:
        pass
    if name.lower() in HOSTS:
        return [_address_object(vm, ipaddress.ip_address(HOSTS[name.lower()]), name)]
    raise vm.throwable("Ljava/net/UnknownHostException;",
                       f'Unable to resolve host "{name}": No address associated with hostname')


@method(IA, "getByName")
def _by_name(vm: VM, a: list[Any]) -> Any:
    return _lookup(vm, arg_str(a[0]))[0]


@method(IA, "getAllByName")
def _all_by_name(vm: VM, a: list[Any]) -> Any:
    return JArray("[Ljava/net/InetAddress;", list(_lookup(vm, arg_str(a[0]))))


@method(IA, "getLocalHost", "getLoopbackAddress")
def _loopback(vm: VM, a: list[Any]) -> Any:
    return _address_object(vm, ipaddress.ip_address("127.0.0.1"), "localhost")


@method(IA, "getByAddress")
def _by_address(vm: VM, a: list[Any]) -> Any:
    host, raw = (arg_str(a[0]), a[1]) if len(a) == 2 else (None, a[0])
    if not isinstance(raw, JArray) or len(raw.data) not in (4, 16):
        raise vm.throwable("Ljava/net/UnknownHostException;", "addr is of illegal length")
    return _address_object(vm, ipaddress.ip_address(bytes(b & 0xFF for b in raw.data)), host)


@method(IA, "getHostAddress")
def _get_host_address(vm: VM, a: list[Any]) -> Any:
    return _host_address(a[0])


@method(IA, "getHostName", "getCanonicalHostName")
def _get_host_name(vm: VM, a: list[Any]) -> Any:
    # without DNS a reverse lookup fails, and Java then answers the numeric address
    return a[0].native["host"] or ("localhost" if _ip(a[0]).is_loopback else _host_address(a[0]))


@method(IA, "getAddress")
def _get_address(vm: VM, a: list[Any]) -> Any:
    return JArray("[B", [(b ^ 0x80) - 0x80 for b in a[0].native["packed"]])


#: Inet4Address/Inet6Address.isSiteLocalAddress: RFC 1918's ranges, IPv6's fec0::/10.
_SITE_LOCAL = {4: [ipaddress.ip_network(n) for n in ("10.0.0.0/8", "172.16.0.0/12", "192.168.0.0/16")],
               6: [ipaddress.ip_network("fec0::/10")]}
_PREDICATES: dict[str, Callable[[Address], bool]] = {
    "isLoopbackAddress": lambda ip: ip.is_loopback,
    "isLinkLocalAddress": lambda ip: ip.is_link_local,
    "isSiteLocalAddress": lambda ip: any(ip in net for net in _SITE_LOCAL[ip.version]),
    "isAnyLocalAddress": lambda ip: ip.is_unspecified,
    "isMulticastAddress": lambda ip: ip.is_multicast,
}  # fmt: skip


def _predicate(name: str) -> None:
    def model(vm: VM, a: list[Any]) -> Any:
        return bool(_PREDICATES[name](_ip(a[0])))

    method(IA, name)(model)


for _name in _PREDICATES:
    _predicate(_name)


@method(IA, "toString")
def _address_str(vm: VM, a: list[Any]) -> Any:
    return f"{a[0].native['host'] or ''}/{_host_address(a[0])}"


@method(IA, "equals")
def _address_equals(vm: VM, a: list[Any]) -> Any:
    other = a[1]
    return (isinstance(other, JObject) and isinstance(other.native, dict)
            and other.native.get("packed") == a[0].native["packed"])


@method(IA, "hashCode")
def _address_hash(vm: VM, a: list[Any]) -> Any:
    """Inet4Address: the address as an int; Inet6Address (Inet6AddressHolder.hashCode): the
    sum of its four big-endian int words built from the signed bytes."""
    packed = a[0].native["packed"]
    if len(packed) == 4:
        return i32(int.from_bytes(packed, "big"))
    total = 0
    for i in range(0, len(packed), 4):
        word = 0
        for b in packed[i:i + 4]:
            word = i32((word << 8) + ((b ^ 0x80) - 0x80))
        total = i32(total + word)
    return total


def _interface(vm: VM, spec: tuple[str, int, int, bool, str | None, tuple[str, ...]]) -> JObject:
    name, index, mtu, loopback, mac, addresses = spec
    return vm.new_object(NI, {"name": name, "index": index, "mtu": mtu, "loopback": loopback,
                              "mac": mac, "addresses": addresses})


def _interfaces(vm: VM) -> list[JObject]:
    return [_interface(vm, spec) for spec in NETWORK_INTERFACES]


@method(NI, "getNetworkInterfaces")
def _get_network_interfaces(vm: VM, a: list[Any]) -> Any:
    return vm.new_object("Ljava/util/Iterator$Emulated;",
                         {"items": _interfaces(vm), "pos": 0, "owner": None})


@method(NI, "getByName")
def _interface_by_name(vm: VM, a: list[Any]) -> Any:
    name = arg_str(a[0])
    if name is None:
        raise vm.throwable("Ljava/lang/NullPointerException;")
    return next((i for i in _interfaces(vm) if i.native["name"] == name), None)


@method(NI, "getByIndex")
def _interface_by_index(vm: VM, a: list[Any]) -> Any:
    if a[0] < 0:
        raise vm.throwable("Ljava/lang/IllegalArgumentException;", "Interface index can't be negative")
    return next((i for i in _interfaces(vm) if i.native["index"] == a[0]), None)


@method(NI, "getByInetAddress")
def _interface_by_address(vm: VM, a: list[Any]) -> Any:
    if not isinstance(a[0], JObject):
        raise vm.throwable("Ljava/lang/NullPointerException;")
    want = a[0].native["packed"]
    return next((i for i in _interfaces(vm)
                 if any(ipaddress.ip_address(t.partition("%")[0]).packed == want
                        for t in i.native["addresses"])), None)


@method(NI, "getName", "getDisplayName")
def _interface_name(vm: VM, a: list[Any]) -> Any:
    return a[0].native["name"]


@method(NI, "getIndex")
def _interface_index(vm: VM, a: list[Any]) -> Any:
    return a[0].native["index"]


@method(NI, "getMTU")
def _interface_mtu(vm: VM, a: list[Any]) -> Any:
    return a[0].native["mtu"]


@method(NI, "isUp")
def _interface_up(vm: VM, a: list[Any]) -> Any:
    return bool(a[0].native["addresses"])


@method(NI, "isLoopback")
def _interface_loopback(vm: VM, a: list[Any]) -> Any:
    return a[0].native["loopback"]


@method(NI, "isVirtual", "isPointToPoint")
def _interface_false(vm: VM, a: list[Any]) -> Any:
    return False


@method(NI, "supportsMulticast")
def _interface_multicast(vm: VM, a: list[Any]) -> Any:
    return not a[0].native["loopback"]


@method(NI, "getHardwareAddress")
def _interface_mac(vm: VM, a: list[Any]) -> Any:
    mac = a[0].native["mac"]
    if mac is None:
        return None
    return JArray("[B", [(int(b, 16) ^ 0x80) - 0x80 for b in mac.split(":")])


@method(NI, "getInetAddresses")
def _interface_addresses(vm: VM, a: list[Any]) -> Any:
    items = [new_inet_address(vm, t) for t in a[0].native["addresses"]]
    return vm.new_object("Ljava/util/Iterator$Emulated;", {"items": items, "pos": 0, "owner": None})


@method(NI, "getSubInterfaces")
def _interface_subs(vm: VM, a: list[Any]) -> Any:
    return vm.new_object("Ljava/util/Iterator$Emulated;", {"items": [], "pos": 0, "owner": None})


@method(NI, "getParent")
def _interface_parent(vm: VM, a: list[Any]) -> Any:
    return None


@method(NI, "toString")
def _interface_str(vm: VM, a: list[Any]) -> Any:
    n = a[0].native["name"]
    return f"name:{n} ({n})"


@method(NI, "equals")
def _interface_equals(vm: VM, a: list[Any]) -> Any:
    other = a[1]
    return (isinstance(other, JObject) and other.cls is a[0].cls
            and other.native["name"] == a[0].native["name"])


@method(NI, "hashCode")
def _interface_hash(vm: VM, a: list[Any]) -> Any:
    return string_hash(a[0].native["name"])
