"""`android.text`: TextUtils (keeps tags), Editable."""

from __future__ import annotations

from typing import Any

from dexlego.emulator.framework.common import arg_str
from dexlego.emulator.framework.java.lang import _join
from dexlego.emulator.framework.registry import method, model_class
from dexlego.emulator.vm.machine import VM

OBJ = "Ljava/lang/Object;"

model_class("Landroid/text/TextUtils;")


# -- TextUtils ------------------------------------------------------------------------------

TU = "Landroid/text/TextUtils;"


@method(TU, "isEmpty")
def _tu_empty(vm: VM, a: list[Any]) -> Any:
    return a[0] is None or len(arg_str(a[0]) or "") == 0


@method(TU, "equals")
def _tu_equals(vm: VM, a: list[Any]) -> Any:
    return arg_str(a[0]) == arg_str(a[1])


@method(TU, "join")
def _tu_join(vm: VM, a: list[Any]) -> Any:
    return _join(vm, a)
model_class("Landroid/text/Editable;", OBJ, ("Ljava/lang/CharSequence;",), interface=True)
