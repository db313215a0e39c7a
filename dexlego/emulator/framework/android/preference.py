"""`android.preference`: PreferenceManager's default shared preferences."""

from __future__ import annotations

from typing import Any

from dexlego.emulator.framework.registry import method, model_class
from dexlego.emulator.vm.machine import VM
from dexlego.emulator.vm.objects import JObject

SPI = "Landroid/app/SharedPreferencesImpl;"

model_class("Landroid/preference/PreferenceManager;")


# -- SharedPreferences ----------------------------------------------------------------------


def prefs_for(vm: VM, name: str) -> JObject:
    store: dict[str, JObject] = vm.env.setdefault("prefs", {})
    p = store.get(name)
    if p is None:
        p = store[name] = vm.new_object(SPI, {"values": {}, "listeners": []})
    return p


@method("Landroid/preference/PreferenceManager;", "getDefaultSharedPreferences")
def _default_prefs(vm: VM, a: list[Any]) -> Any:
    return prefs_for(vm, f"{vm.env.get('package', 'app')}_preferences")
