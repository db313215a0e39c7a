"""`android.content.pm`: PackageManager, PackageInfo, ApplicationInfo (about the app itself)."""

from __future__ import annotations

from typing import Any

from dexlego.emulator.framework.common import arg_str
from dexlego.emulator.framework.registry import method, model_class
from dexlego.emulator.vm.machine import VM
from dexlego.emulator.vm.objects import JObject

model_class("Landroid/content/pm/PackageManager;")
model_class("Landroid/content/pm/ApplicationInfo;")
model_class("Landroid/content/pm/PackageInfo;")


# -- PackageManager: the app asks about itself ----------------------------------------------

PM = "Landroid/content/pm/PackageManager;"
PI = "Landroid/content/pm/PackageInfo;"


def _package_info(vm: VM, name: str) -> JObject:
    info = vm.new_object(PI)
    info.fields.update({"packageName": name, "versionName": "1.0", "versionCode": 1,
                        "firstInstallTime": 1_700_000_000_000,
                        "lastUpdateTime": 1_700_000_000_000})  # fmt: skip
    return info


@method(PM, "getPackageInfo")
def _get_package_info(vm: VM, a: list[Any]) -> Any:
    name = arg_str(a[1]) or ""
    if name != vm.env.get("package"):
        raise vm.throwable("Landroid/content/pm/PackageManager$NameNotFoundException;", name)
    return _package_info(vm, name)


@method(PM, "getInstalledPackages")
def _installed(vm: VM, a: list[Any]) -> Any:
    return vm.new_object("Ljava/util/ArrayList;", [_package_info(vm, str(vm.env.get("package")))])


@method(PM, "checkPermission")
def _pm_permission(vm: VM, a: list[Any]) -> Any:
    return 0


@method(PM, "getLaunchIntentForPackage")
def _launch_intent(vm: VM, a: list[Any]) -> Any:
    from dexlego.emulator.framework.android.app import android
    from dexlego.emulator.framework.android.content import new_intent

    launcher = android(vm).info.launcher
    if a[1] != vm.env.get("package") or launcher is None:
        return None
    return new_intent(vm, "android.intent.action.MAIN", launcher)
