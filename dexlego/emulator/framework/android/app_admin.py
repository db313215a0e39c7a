"""`android.app.admin`: DevicePolicyManager for an app that is no device administrator.

The emulated user never activates the app as an administrator (the ACTION_ADD_DEVICE_ADMIN
screen is another app's activity, which the user leaves: RESULT_CANCELED), so, as the API
reference says for a caller without an active admin: `isAdminActive` is false,
`getActiveAdmins` null, the owner checks false, and the policy actions that need an admin
(`lockNow`, `wipeData`, `resetPassword`, password and camera policies) and `hasGrantedPolicy`
(DevicePolicyManagerService: "No active admin") throw SecurityException.
Storage is encrypted per user (file-based encryption, as on a Pixel 3 on Android 10).
"""

from __future__ import annotations

from typing import Any

from dexlego.emulator.device import APP_UID
from dexlego.emulator.framework.registry import method, model_class
from dexlego.emulator.vm.machine import VM

DPM = "Landroid/app/admin/DevicePolicyManager;"
model_class(DPM)

ENCRYPTION_STATUS_ACTIVE_PER_USER = 5


@method(DPM, "isAdminActive", "isDeviceOwnerApp", "isProfileOwnerApp", "getCameraDisabled",
        "isLockTaskPermitted")
def _dpm_false(vm: VM, a: list[Any]) -> Any:
    return False


@method(DPM, "getActiveAdmins", "removeActiveAdmin")
def _dpm_admins(vm: VM, a: list[Any]) -> Any:
    return None  # no admins; removing one that is not active does nothing


@method(DPM, "getStorageEncryptionStatus")
def _dpm_encryption(vm: VM, a: list[Any]) -> Any:
    return ENCRYPTION_STATUS_ACTIVE_PER_USER


@method(DPM, "lockNow", "wipeData", "resetPassword", "setPasswordQuality",
        "setPasswordMinimumLength", "setMaximumTimeToLock", "setCameraDisabled",
        "setKeyguardDisabledFeatures", "setMaximumFailedPasswordsForWipe", "hasGrantedPolicy")
def _dpm_needs_admin(vm: VM, a: list[Any]) -> Any:
    raise vm.throwable("Ljava/lang/SecurityException;", f"No active admin owned by uid {APP_UID}")
