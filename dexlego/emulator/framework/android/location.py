"""`android.location`: LocationManager and Location; the position is a source, listeners get
updates from the driver.
"""

from __future__ import annotations

from typing import Any

from dexlego.emulator.framework.registry import method, model_class
from dexlego.emulator.vm.machine import VM
from dexlego.emulator.vm.objects import JObject

LM = "Landroid/location/LocationManager;"
L = "Landroid/location/Location;"
LL = "Landroid/location/LocationListener;"
model_class(LM)
model_class(L, "Ljava/lang/Object;", ("Landroid/os/Parcelable;",))
model_class(LL, interface=True)
model_class("Landroid/location/Criteria;")

LAT = f"{L}->getLatitude()D"
LON = f"{L}->getLongitude()D"


def new_location(vm: VM) -> JObject:
    """A fix somewhere in Darmstadt (the benchmark's home)."""
    loc = vm.new_object(L, {"lat": 49.8728, "lon": 8.6512, "provider": "gps"})
    return loc


@method(L, "<init>")
def _loc_init(vm: VM, a: list[Any]) -> Any:
    a[0].native = {"lat": 0.0, "lon": 0.0, "provider": a[1] if len(a) > 1 else "gps"}
    return None


@method(L, "getLatitude", "getLatitude()D")
def _lat(vm: VM, a: list[Any]) -> Any:
    return float(a[0].native["lat"])


@method(L, "getLongitude", "getLongitude()D")
def _lon(vm: VM, a: list[Any]) -> Any:
    return float(a[0].native["lon"])


@method(L, "setLatitude")
def _set_lat(vm: VM, a: list[Any]) -> Any:
    a[0].native["lat"] = a[1]
    return None


@method(L, "setLongitude")
def _set_lon(vm: VM, a: list[Any]) -> Any:
    a[0].native["lon"] = a[1]
    return None


@method(L, "getAltitude", "getAccuracy", "getSpeed", "getBearing")
def _alt(vm: VM, a: list[Any]) -> Any:
    return 0.0


@method(L, "getTime", "getElapsedRealtimeNanos")
def _time(vm: VM, a: list[Any]) -> Any:
    return 1_700_000_000_000


@method(L, "getProvider")
def _provider(vm: VM, a: list[Any]) -> Any:
    return a[0].native.get("provider", "gps")


@method(L, "toString()Ljava/lang/String;")
def _loc_str(vm: VM, a: list[Any]) -> Any:
    from dexlego.emulator.taint import tag

    return tag(f"Location[gps {a[0].native['lat']},{a[0].native['lon']}]",
               frozenset({LAT, LON}))  # fmt: skip


@method(LM, "getLastKnownLocation",
        "getLastKnownLocation(Ljava/lang/String;)Landroid/location/Location;")
def _last_known(vm: VM, a: list[Any]) -> Any:
    return new_location(vm)


@method(LM, "requestLocationUpdates", "requestSingleUpdate")
def _request_updates(vm: VM, a: list[Any]) -> Any:
    from dexlego.emulator.framework.android.app import android

    for v in a[1:]:
        if isinstance(v, JObject) and vm.instance_of(v, LL):
            android(vm).location_listeners.append(v)
    return None


@method(LM, "removeUpdates")
def _remove_updates(vm: VM, a: list[Any]) -> Any:
    from dexlego.emulator.framework.android.app import android

    ls = android(vm).location_listeners
    if a[1] in ls:
        ls.remove(a[1])
    return None


@method(LM, "isProviderEnabled")
def _enabled(vm: VM, a: list[Any]) -> Any:
    return True


@method(LM, "getBestProvider")
def _best(vm: VM, a: list[Any]) -> Any:
    return "gps"


@method(LM, "getProviders", "getAllProviders")
def _providers(vm: VM, a: list[Any]) -> Any:
    return vm.new_object("Ljava/util/ArrayList;", ["gps", "network"])


@method("Landroid/location/Criteria;", "<init>", "setAccuracy", "setPowerRequirement")
def _criteria(vm: VM, a: list[Any]) -> Any:
    return None
