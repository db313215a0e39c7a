"""`android.content.res`: Resources (strings from the APK), AssetManager, TypedArray, Configuration."""

from __future__ import annotations

from typing import Any

from dexlego.emulator.framework.android.app import android
from dexlego.emulator.framework.java.io import new_input
from dexlego.emulator.framework.registry import method, model_class
from dexlego.emulator.taint import EMPTY
from dexlego.emulator.vm.machine import VM
from dexlego.emulator.vm.objects import JArray, JObject

OBJ = "Ljava/lang/Object;"


@method("Landroid/content/res/AssetManager;", "open", "openFd", "openNonAssetFd")
def _asset_open(vm: VM, a: list[Any]) -> Any:
    from dexlego.emulator.framework.android.app import android

    data = android(vm).info.asset(str(a[1]))
    if data is None:
        raise vm.throwable("Ljava/io/FileNotFoundException;", str(a[1]))
    return new_input(vm, data, EMPTY, "Landroid/content/res/AssetManager$AssetInputStream;")


@method("Landroid/content/res/AssetManager;", "list")
def _asset_list(vm: VM, a: list[Any]) -> Any:
    from dexlego.emulator.framework.android.app import android

    prefix = str(a[1]).strip("/")
    names = android(vm).info.asset_names()
    if prefix:
        names = [n[len(prefix) + 1 :] for n in names if n.startswith(prefix + "/")]
    return JArray("[Ljava/lang/String;", sorted({n.split("/", 1)[0] for n in names}))
model_class("Landroid/content/res/Resources;")
model_class("Landroid/content/res/AssetManager;")


@method("Landroid/content/res/Resources;", "getIdentifier")
def _get_identifier(vm: VM, a: list[Any]) -> Any:
    names = android(vm).info.resource_names
    want = f"{a[2]}/{a[1]}" if a[2] else str(a[1])
    return next((rid for rid, n in names.items() if n == want), 0)


# -- themed attributes: every attribute is "set", every getter returns its default ----------

TA = "Landroid/content/res/TypedArray;"
model_class(TA)
model_class("Landroid/content/res/Configuration;", OBJ, ("Landroid/os/Parcelable;",))


# What a stock app theme (Theme.AppCompat / Theme.Material) sets, by attribute name; any other
# attribute reads as the default the caller passes.
THEME_VALUES = {"windowActionBar": 1, "windowNoTitle": 0, "windowActionBarOverlay": 0,
                "windowActionModeOverlay": 0, "windowIsFloating": 0}  # fmt: skip


def _attr_name(vm: VM, ta: JObject, index: Any) -> str:
    ids = ta.native if isinstance(ta.native, list) else []
    if not isinstance(index, int) or not 0 <= index < len(ids):
        return ""
    name = android(vm).info.resource_names.get(ids[index], "")
    return name.rsplit("/", 1)[-1]


@method(TA, "hasValue", "hasValueOrEmpty")
def _ta_has(vm: VM, a: list[Any]) -> Any:
    return True


@method(TA, "getBoolean", "getInt", "getInteger", "getFloat", "getDimension",
        "getDimensionPixelSize", "getDimensionPixelOffset", "getResourceId", "getColor",
        "getLayoutDimension", "getFraction")  # fmt: skip
def _ta_default(vm: VM, a: list[Any]) -> Any:
    name = _attr_name(vm, a[0], a[1] if len(a) > 1 else None)
    if name in THEME_VALUES:
        return THEME_VALUES[name]
    return a[-1] if len(a) > 2 else 0


@method(TA, "getString", "getText", "getNonResourceString", "getDrawable",
        "getColorStateList", "peekValue")  # fmt: skip
def _ta_null(vm: VM, a: list[Any]) -> Any:
    return None


@method(TA, "recycle")
def _ta_recycle(vm: VM, a: list[Any]) -> Any:
    return None


@method(TA, "length", "getIndexCount")
def _ta_len(vm: VM, a: list[Any]) -> Any:
    return 0
