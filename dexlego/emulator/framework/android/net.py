"""`android.net`: Uri."""

from __future__ import annotations

from typing import Any

from dexlego.emulator.framework.common import enum_constants
from dexlego.emulator.framework.registry import method, model_class
from dexlego.emulator.taint import tag, taint_of
from dexlego.emulator.vm.machine import VM
from dexlego.emulator.vm.objects import JArray, JObject

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


# -- ConnectivityManager: the phone is online over Wi-Fi -------------------------------------------

CM = "Landroid/net/ConnectivityManager;"
NI = "Landroid/net/NetworkInfo;"
NET = "Landroid/net/Network;"
NC = "Landroid/net/NetworkCapabilities;"
NIS = "Landroid/net/NetworkInfo$State;"
model_class(CM)
model_class(NI, OBJ, ("Landroid/os/Parcelable;",))
model_class(NET, OBJ, ("Landroid/os/Parcelable;",))
model_class(NC, OBJ, ("Landroid/os/Parcelable;",))
model_class(NIS, "Ljava/lang/Enum;")
TYPE_MOBILE, TYPE_WIFI = 0, 1
# NetworkCapabilities of a validated Wi-Fi network (TRANSPORT_WIFI; INTERNET, NOT_METERED,
# TRUSTED, NOT_VPN, VALIDATED, NOT_ROAMING, ...)
WIFI_TRANSPORTS = {1}
WIFI_CAPABILITIES = {12, 11, 14, 15, 16, 18, 19, 20, 21}


enum_constants(NIS, ("CONNECTING", "CONNECTED", "SUSPENDED", "DISCONNECTING", "DISCONNECTED",
                    "UNKNOWN"))  # fmt: skip


def _network_info(vm: VM, kind: int) -> JObject:
    """NetworkInfo of Wi-Fi (connected) or mobile data (available, not connected)."""
    connected = kind == TYPE_WIFI
    return vm.new_object(NI, {"type": kind, "connected": connected})


@method(CM, "getActiveNetworkInfo")
def _active_info(vm: VM, a: list[Any]) -> Any:
    return _network_info(vm, TYPE_WIFI)


@method(CM, "getNetworkInfo")
def _network_info_of(vm: VM, a: list[Any]) -> Any:
    """getNetworkInfo(int type) (or a Network: the active one, Wi-Fi)."""
    if isinstance(a[1], int):
        return _network_info(vm, a[1]) if a[1] in (TYPE_MOBILE, TYPE_WIFI) else None
    return _network_info(vm, TYPE_WIFI)


@method(CM, "getAllNetworkInfo")
def _all_info(vm: VM, a: list[Any]) -> Any:
    return JArray(f"[{NI}", [_network_info(vm, TYPE_MOBILE), _network_info(vm, TYPE_WIFI)])


@method(CM, "getActiveNetwork")
def _active_network(vm: VM, a: list[Any]) -> Any:
    return vm.new_object(NET, {"netId": 100})


@method(CM, "getAllNetworks")
def _all_networks(vm: VM, a: list[Any]) -> Any:
    return JArray(f"[{NET}", [vm.new_object(NET, {"netId": 100})])


@method(CM, "getNetworkCapabilities")
def _capabilities(vm: VM, a: list[Any]) -> Any:
    return vm.new_object(NC) if a[1] is not None else None


@method(CM, "isActiveNetworkMetered")
def _metered(vm: VM, a: list[Any]) -> Any:
    return False


@method(NC, "hasTransport")
def _has_transport(vm: VM, a: list[Any]) -> Any:
    return a[1] in WIFI_TRANSPORTS


@method(NC, "hasCapability")
def _has_capability(vm: VM, a: list[Any]) -> Any:
    return a[1] in WIFI_CAPABILITIES


@method(NI, "isConnected", "isConnectedOrConnecting", "isAvailable")
def _ni_connected(vm: VM, a: list[Any]) -> Any:
    name = vm.cur_native.name if vm.cur_native is not None else "isConnected"
    return True if name == "isAvailable" else bool(a[0].native["connected"])


@method(NI, "getType")
def _ni_type(vm: VM, a: list[Any]) -> Any:
    return a[0].native["type"]


@method(NI, "getTypeName")
def _ni_type_name(vm: VM, a: list[Any]) -> Any:
    return "WIFI" if a[0].native["type"] == TYPE_WIFI else "MOBILE"


@method(NI, "getSubtype")
def _ni_subtype(vm: VM, a: list[Any]) -> Any:
    return 0 if a[0].native["type"] == TYPE_WIFI else 13  # NETWORK_TYPE_LTE


@method(NI, "getSubtypeName")
def _ni_subtype_name(vm: VM, a: list[Any]) -> Any:
    return "" if a[0].native["type"] == TYPE_WIFI else "LTE"


@method(NI, "getState", "getDetailedState")
def _ni_state(vm: VM, a: list[Any]) -> Any:
    from reassembler.dex.model import FieldRef

    name = "CONNECTED" if a[0].native["connected"] else "DISCONNECTED"
    return vm.get_static(FieldRef(NIS, name, NIS))


@method(NI, "isRoaming", "isFailover")
def _ni_false(vm: VM, a: list[Any]) -> Any:
    return False


@method(NI, "getExtraInfo")
def _ni_extra(vm: VM, a: list[Any]) -> Any:
    return '"HomeNetwork"' if a[0].native["type"] == TYPE_WIFI else "fast.t-mobile.com"
