"""`android.accounts`: AccountManager (account names are a source)."""

from __future__ import annotations

from typing import Any

from dexlego.emulator.framework.common import source
from dexlego.emulator.framework.registry import method, model_class
from dexlego.emulator.vm.machine import VM
from dexlego.emulator.vm.objects import JArray

OBJ = "Ljava/lang/Object;"

AM = "Landroid/accounts/AccountManager;"
ACC = "Landroid/accounts/Account;"
model_class(AM)
model_class(ACC, OBJ, ("Landroid/os/Parcelable;",))
ACCOUNTS = f"{AM}->getAccounts()[Landroid/accounts/Account;"


@method(AM, "get")
def _account_manager(vm: VM, a: list[Any]) -> Any:
    return vm.new_object(AM)


@method(AM, "getAccounts", "getAccountsByType")
def _accounts(vm: VM, a: list[Any]) -> Any:
    acc = vm.new_object(ACC)
    acc.fields["name"] = source(vm, ACCOUNTS, "user@example.com")
    acc.fields["type"] = "com.google"
    arr = JArray("[Landroid/accounts/Account;", [acc])
    return arr
