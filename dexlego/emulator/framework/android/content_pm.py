"""`android.content.pm`: PackageManager, PackageInfo, ApplicationInfo (about the app itself)."""

from __future__ import annotations

from typing import Any

from dexlego.emulator.device import APP_UID
from dexlego.emulator.framework.common import arg_str
from dexlego.emulator.framework.registry import method, model_class, model_classes
from dexlego.emulator.vm.machine import VM
from dexlego.emulator.vm.objects import JArray, JObject

model_class("Landroid/content/pm/PackageManager;")
model_class("Landroid/content/pm/ApplicationInfo;")
model_class("Landroid/content/pm/PackageInfo;")


# -- PackageManager: the app asks about itself (its manifest) -----------------------------------

PM = "Landroid/content/pm/PackageManager;"
PI = "Landroid/content/pm/PackageInfo;"
AI = "Landroid/content/pm/ApplicationInfo;"
CI = "Landroid/content/pm/ComponentInfo;"
NNF = "Landroid/content/pm/PackageManager$NameNotFoundException;"
model_class("Landroid/content/pm/PackageItemInfo;")
model_class(CI, "Landroid/content/pm/PackageItemInfo;")
model_classes(CI, "Landroid/content/pm/ActivityInfo;", "Landroid/content/pm/ServiceInfo;",
              "Landroid/content/pm/ProviderInfo;")  # fmt: skip
model_class(NNF, "Landroid/util/AndroidException;")
model_class("Landroid/util/AndroidException;", "Ljava/lang/Exception;")
GET_ACTIVITIES, GET_RECEIVERS, GET_SERVICES, GET_PROVIDERS = 0x1, 0x2, 0x4, 0x8
GET_META_DATA, GET_PERMISSIONS, GET_SIGNATURES = 0x80, 0x1000, 0x40
GET_SIGNING_CERTIFICATES = 0x08000000
SIG = "Landroid/content/pm/Signature;"
model_class(SIG, "Ljava/lang/Object;", ("Landroid/os/Parcelable;",))
model_class("Landroid/content/pm/SigningInfo;", "Ljava/lang/Object;", ("Landroid/os/Parcelable;",))
FLAG_DEBUGGABLE, FLAG_HAS_CODE, FLAG_ALLOW_BACKUP, FLAG_INSTALLED = 0x2, 0x4, 0x8000, 0x800000
INSTALL_TIME = 1_700_000_000_000


def _apk(vm: VM) -> Any:
    from dexlego.emulator.framework.android.app import android

    return android(vm).info


def _meta(vm: VM, values: dict[str, Any], flags: int) -> Any:
    """PackageItemInfo.metaData: the <meta-data> Bundle with GET_META_DATA, else null."""
    from dexlego.emulator.framework.android.os import new_bundle

    return new_bundle(vm, values) if flags & GET_META_DATA and values else None


def application_info(vm: VM, flags: int = 0) -> JObject:
    """The app's ApplicationInfo, from its manifest."""
    info = _apk(vm)
    pkg = info.package
    ai = vm.new_object(AI)
    ai.fields.update(
        packageName=pkg, processName=pkg, taskAffinity=pkg, uid=APP_UID, enabled=True,
        className=_binary(info.application), name=_binary(info.application),
        dataDir=f"/data/user/0/{pkg}", deviceProtectedDataDir=f"/data/user_de/0/{pkg}",
        sourceDir=f"/data/app/{pkg}-1/base.apk", publicSourceDir=f"/data/app/{pkg}-1/base.apk",
        nativeLibraryDir=f"/data/app/{pkg}-1/lib/arm64", targetSdkVersion=info.target_sdk,
        theme=info.theme, metaData=_meta(vm, info.meta_data, flags),
        flags=FLAG_HAS_CODE | FLAG_ALLOW_BACKUP | FLAG_INSTALLED
        | (FLAG_DEBUGGABLE if info.debuggable else 0),
    )  # fmt: skip
    return ai


def _binary(desc: str | None) -> str | None:
    from dexlego.emulator.names import descriptor_to_binary

    return descriptor_to_binary(desc) if desc else None


def component_info(vm: VM, comp: Any, flags: int) -> JObject:
    """ActivityInfo / ServiceInfo / ProviderInfo (a receiver's is an ActivityInfo)."""
    cls = {"service": "ServiceInfo", "provider": "ProviderInfo"}.get(comp.kind, "ActivityInfo")
    ci = vm.new_object(f"Landroid/content/pm/{cls};")
    pkg = _apk(vm).package
    ci.fields.update(name=_binary(comp.descriptor), packageName=pkg, processName=pkg,
                     enabled=comp.enabled, exported=bool(comp.exported), theme=comp.theme,
                     metaData=_meta(vm, comp.meta_data, flags),
                     applicationInfo=application_info(vm, flags))  # fmt: skip
    return ci


def _package_info(vm: VM, name: str, flags: int = 0) -> JObject:
    """PackageInfo of the app: version from its manifest; components, permissions and
    meta-data as the flags ask."""
    apk = _apk(vm)
    info = vm.new_object(PI)
    info.fields.update({"packageName": name, "versionName": apk.version_name,
                        "versionCode": apk.version_code, "firstInstallTime": INSTALL_TIME,
                        "lastUpdateTime": INSTALL_TIME,
                        "applicationInfo": application_info(vm, flags)})  # fmt: skip
    for flag, kind, fld, cls in ((GET_ACTIVITIES, "activity", "activities", "ActivityInfo"),
                                 (GET_RECEIVERS, "receiver", "receivers", "ActivityInfo"),
                                 (GET_SERVICES, "service", "services", "ServiceInfo"),
                                 (GET_PROVIDERS, "provider", "providers", "ProviderInfo")):  # fmt: skip
        comps = apk.of_kind(kind)
        if flags & flag and comps:
            info.fields[fld] = JArray(f"[Landroid/content/pm/{cls};",
                                      [component_info(vm, c, flags) for c in comps])  # fmt: skip
    if flags & GET_SIGNATURES:
        info.fields["signatures"] = _signatures(vm)
    if flags & GET_SIGNING_CERTIFICATES:
        info.fields["signingInfo"] = vm.new_object("Landroid/content/pm/SigningInfo;", _signatures(vm))
    if flags & GET_PERMISSIONS and apk.permissions:
        info.fields["requestedPermissions"] = JArray("[Ljava/lang/String;", list(apk.permissions))
    return info


def _own_package(vm: VM, name: Any) -> str:
    pkg = arg_str(name) or ""
    if pkg != vm.env.get("package"):
        raise vm.throwable(NNF, pkg)
    return pkg


@method(PM, "getPackageInfo")
def _get_package_info(vm: VM, a: list[Any]) -> Any:
    flags = a[2] if len(a) > 2 and isinstance(a[2], int) else 0
    return _package_info(vm, _own_package(vm, a[1]), flags)


@method(PM, "getApplicationInfo")
def _get_app_info(vm: VM, a: list[Any]) -> Any:
    _own_package(vm, a[1])
    return application_info(vm, a[2] if len(a) > 2 and isinstance(a[2], int) else 0)


@method(PM, "getActivityInfo", "getServiceInfo", "getReceiverInfo", "getProviderInfo")
def _get_component_info(vm: VM, a: list[Any]) -> Any:
    """getXInfo(ComponentName, flags): NameNotFoundException for a component the app lacks."""
    cn = a[1].native if isinstance(a[1], JObject) else None
    desc = cn[1] if isinstance(cn, tuple) and len(cn) > 1 else None
    comp = _apk(vm).find(desc) if isinstance(desc, str) else None
    if comp is None:
        raise vm.throwable(NNF, str(desc))
    return component_info(vm, comp, a[2] if isinstance(a[2], int) else 0)


@method(PM, "getInstalledPackages")
def _installed(vm: VM, a: list[Any]) -> Any:
    flags = a[1] if len(a) > 1 and isinstance(a[1], int) else 0
    return vm.new_object("Ljava/util/ArrayList;", [_package_info(vm, str(vm.env.get("package")), flags)])


@method(PM, "checkPermission")
def _pm_permission(vm: VM, a: list[Any]) -> Any:
    from dexlego.emulator.framework.android.content import permission_state

    return permission_state(vm)


@method(PM, "getLaunchIntentForPackage")
def _launch_intent(vm: VM, a: list[Any]) -> Any:
    from dexlego.emulator.framework.android.app import android
    from dexlego.emulator.framework.android.content import new_intent

    launcher = android(vm).info.launcher
    if a[1] != vm.env.get("package") or launcher is None:
        return None
    return new_intent(vm, "android.intent.action.MAIN", launcher)


# -- Signature: the APK's signing certificate (anti-tampering checks and packers key on it) -------


def _signatures(vm: VM) -> JArray:
    return JArray(f"[{SIG}", [vm.new_object(SIG, cert) for cert in _apk(vm).signatures])


def _sig_bytes(o: JObject) -> bytes:
    return o.native if isinstance(o.native, bytes) else b""


@method(SIG, "<init>")
def _sig_init(vm: VM, a: list[Any]) -> Any:
    """Signature(byte[]) / Signature(String hex)."""
    v = a[1]
    a[0].native = bytes(x & 0xFF for x in v.data) if isinstance(v, JArray) else \
        bytes.fromhex(str(v)) if isinstance(v, str) else b""
    return None


@method(SIG, "toByteArray")
def _sig_to_bytes(vm: VM, a: list[Any]) -> Any:
    return JArray("[B", [(b ^ 0x80) - 0x80 for b in _sig_bytes(a[0])])


@method(SIG, "toCharsString")
def _sig_chars(vm: VM, a: list[Any]) -> Any:
    return _sig_bytes(a[0]).hex()


@method(SIG, "hashCode")
def _sig_hash(vm: VM, a: list[Any]) -> Any:
    """Signature.hashCode: Arrays.hashCode of the certificate's bytes."""
    h = 1
    for b in _sig_bytes(a[0]):
        h = (31 * h + ((b ^ 0x80) - 0x80)) & 0xFFFFFFFF
    return h - (1 << 32) if h & 0x80000000 else h


@method(SIG, "equals")
def _sig_equals(vm: VM, a: list[Any]) -> Any:
    return isinstance(a[1], JObject) and a[1].cls.name == SIG and _sig_bytes(a[1]) == _sig_bytes(a[0])


@method("Landroid/content/pm/SigningInfo;", "getApkContentsSigners", "getSigningCertificateHistory")
def _signing_signers(vm: VM, a: list[Any]) -> Any:
    return a[0].native if isinstance(a[0].native, JArray) else JArray(f"[{SIG}", [])


@method("Landroid/content/pm/SigningInfo;", "hasMultipleSigners", "hasPastSigningCertificates")
def _signing_false(vm: VM, a: list[Any]) -> Any:
    return False

