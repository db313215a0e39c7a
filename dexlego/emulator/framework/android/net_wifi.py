"""`android.net.wifi`: WifiManager and WifiInfo (the MAC address is a source)."""

from __future__ import annotations

from typing import Any

from dexlego.emulator.device import WIFI_INFO_MAC
from dexlego.emulator.framework.registry import method, model_class
from dexlego.emulator.vm.machine import VM

# -- Wi-Fi MAC address, accounts ------------------------------------------------------------

WM = "Landroid/net/wifi/WifiManager;"
WI = "Landroid/net/wifi/WifiInfo;"
model_class(WM)
model_class(WI)
MAC = f"{WI}->getMacAddress()Ljava/lang/String;"


@method(WM, "getConnectionInfo")
def _wifi_info(vm: VM, a: list[Any]) -> Any:
    return vm.new_object(WI)


@method(WM, "isWifiEnabled")
def _wifi_enabled(vm: VM, a: list[Any]) -> Any:
    return True


@method(WI, "getMacAddress")
def _mac(vm: VM, a: list[Any]) -> Any:
    return WIFI_INFO_MAC


@method(WI, "getSSID")
def _ssid(vm: VM, a: list[Any]) -> Any:
    return '"HomeNetwork"'
