"""`android.content`: Context (system services, starting components, receivers,
preferences, resources), Intent, ComponentName, IntentFilter, ContentResolver (contacts, SMS and
call-log queries are sources), ContentValues, BroadcastReceiver, ContentProvider.

An intent is delivered to the app's own components when one matches (the driver runs them);
otherwise it leaves the app and `startActivity`/`startService`/`sendBroadcast` are sinks.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from dexlego.emulator.framework.android.app import android
from dexlego.emulator.framework.android.os import bundle_map, new_bundle
from dexlego.emulator.framework.android.preference import prefs_for
from dexlego.emulator.framework.common import jstr, sink, source, unbox
from dexlego.emulator.framework.java.io import VFile, app_dir, files, new_file
from dexlego.emulator.framework.registry import method, model_class, own_contract
from dexlego.emulator.names import binary_to_descriptor
from dexlego.emulator.taint import EMPTY
from dexlego.emulator.vm.machine import VM
from dexlego.emulator.vm.natives import NativeFn
from dexlego.emulator.vm.objects import JArray, JObject

if TYPE_CHECKING:
    from dexlego.emulator.apkinfo import Component

B = "Landroid/os/Bundle;"
CUR = "Landroid/database/Cursor$Emulated;"
OBJ = "Ljava/lang/Object;"
U = "Landroid/net/Uri;"


@method("Landroid/content/Context;", "getFilesDir", "getCacheDir", "getDir", "getExternalFilesDir",
        "getExternalCacheDir", "getCodeCacheDir", "getNoBackupFilesDir", "getDataDir",
        "getDatabasePath", "getObbDir", "getFileStreamPath")  # fmt: skip
def _ctx_dir(vm: VM, a: list[Any]) -> Any:
    base = app_dir(vm)
    name = vm.cur_native.name if vm.cur_native is not None else ""
    sub = {"getCacheDir": "cache", "getCodeCacheDir": "code_cache", "getDataDir": ""}.get(
        name, "files"
    )
    if len(a) > 1 and isinstance(a[1], str):
        return new_file(vm, f"{base}/app_{a[1]}" if sub == "files" else f"{base}/{a[1]}")
    return new_file(vm, f"{base}/{sub}")


@method("Landroid/content/Context;", "openFileOutput")
def _open_file_output(vm: VM, a: list[Any]) -> Any:
    path = f"{app_dir(vm)}/files/{a[1]}"
    append = bool(a[2] & 0x8000) if len(a) > 2 else False
    return _open_out(vm, "Ljava/io/FileOutputStream;", path, append)


@method("Landroid/content/Context;", "openFileInput")
def _open_file_input(vm: VM, a: list[Any]) -> Any:
    return _open_in(vm, f"{app_dir(vm)}/files/{a[1]}")


@method("Landroid/content/Context;", "deleteFile")
def _ctx_delete(vm: VM, a: list[Any]) -> Any:
    return files(vm).pop(f"{app_dir(vm)}/files/{a[1]}", None) is not None


@method("Landroid/content/Context;", "fileList")
def _ctx_file_list(vm: VM, a: list[Any]) -> Any:
    p = f"{app_dir(vm)}/files/"
    return JArray("[Ljava/lang/String;", [k[len(p):] for k in files(vm) if k.startswith(p)])


def _open_out(vm: VM, cls: str, path: str, append: bool) -> JObject:
    fs = files(vm)
    if not append or path not in fs:
        fs[path] = VFile()
    return vm.new_object(cls, {"path": path, "target": None, "buf": bytearray(), "taint": EMPTY})


# -- input streams --------------------------------------------------------------------------


def _open_in(vm: VM, path: str) -> JObject:
    f = files(vm).get(path)
    if f is None:
        raise vm.throwable("Ljava/io/FileNotFoundException;", f"{path}: open failed: ENOENT")
    return vm.new_object("Ljava/io/FileInputStream;",
                         {"data": bytes(f.data), "pos": 0, "taint": f.taint})  # fmt: skip
CTX = "Landroid/content/Context;"
CW = "Landroid/content/ContextWrapper;"
BR = "Landroid/content/BroadcastReceiver;"
CP = "Landroid/content/ContentProvider;"
model_class("Landroid/content/ComponentCallbacks;", interface=True)
model_class("Landroid/content/ComponentCallbacks2;", OBJ, ("Landroid/content/ComponentCallbacks;",),
            interface=True)  # fmt: skip
model_class(CTX)
model_class(CW, CTX)
model_class(BR)
model_class(CP, OBJ, ("Landroid/content/ComponentCallbacks2;",))
model_class("Landroid/content/ServiceConnection;", interface=True)
model_class("Landroid/content/ContentResolver;")


# -- intents: delivery to the app's own components, or a sink when they leave the app --------


def _targets(vm: VM, intent: JObject, kind: str) -> tuple[list[Component], bool]:
    """The app's enabled components of `kind` an intent reaches, and whether it is explicit."""
    st = intent_state(intent)
    info = android(vm).info
    comp = st["component"]
    if comp:
        c = info.find(comp)
        ok = c is not None and c.kind == kind and c.enabled
        return ([c] if ok and c is not None else []), True
    action = st["action"]
    if action is None:
        return [], False
    return [c for c in info.of_kind(kind) if c.enabled and action in c.actions], False


def _is_app_class(vm: VM, desc: str | None) -> bool:
    return desc is not None and vm.app_loader.find_def(desc) is not None


SINK_START = "Landroid/content/Context;->startActivity(Landroid/content/Intent;)V"
SINK_SERVICE = (
    "Landroid/content/Context;->startService(Landroid/content/Intent;)"
    "Landroid/content/ComponentName;"
)
SINK_BROADCAST = "Landroid/content/Context;->sendBroadcast(Landroid/content/Intent;)V"


def _delivered(vm: VM, api: str, kind: str, targets: list[str]) -> None:
    """Record that the intent the current app call sent through `api` reached `targets`."""
    caller, pc = vm.caller()
    if caller:
        for target in targets:
            vm.rec.delivered(caller, pc, api, kind, target)


def start_activity(vm: VM, caller: Any, intent: Any, request: int | None,
                   api: str = "Context.startActivity") -> None:
    if not isinstance(intent, JObject):
        raise vm.throwable("Ljava/lang/NullPointerException;", "startActivity(null)")
    targets, explicit = _targets(vm, intent, "activity")
    if not targets:
        comp = intent_state(intent)["component"]
        if explicit and _is_app_class(vm, comp):
            raise vm.throwable(
                "Landroid/content/ActivityNotFoundException;",
                f"Unable to find explicit activity class {comp}; not declared in the manifest",
            )
        sink(vm, SINK_START, intent)
        if request is not None and request >= 0:
            # Another app's activity answers (Activity.startActivityForResult): the user backs
            # out of it, so the caller gets RESULT_CANCELED with no data, as the API reference
            # says happens when the started activity does not return a result.
            android(vm).pending.append({"kind": "external_result", "caller": caller, "request": request})
        return
    _delivered(vm, api, "activity", [targets[0].descriptor])
    android(vm).pending.append(
        {"kind": "activity", "intent": intent, "component": targets[0].descriptor,
         "caller": caller, "request": request}  # fmt: skip
    )


def start_service(vm: VM, intent: Any, conn: Any = None,
                  api: str = "Context.startService") -> bool:
    if not isinstance(intent, JObject):
        raise vm.throwable("Ljava/lang/NullPointerException;", "startService(null)")
    targets, _ = _targets(vm, intent, "service")
    if not targets:
        sink(vm, SINK_SERVICE, intent)
        return False
    kind = "bind" if conn is not None else "service"
    _delivered(vm, api, kind, [targets[0].descriptor])
    android(vm).pending.append(
        {"kind": kind, "intent": intent,
         "component": targets[0].descriptor, "conn": conn}  # fmt: skip
    )
    return True


def send_broadcast(vm: VM, intent: Any, api: str = "Context.sendBroadcast") -> None:
    if not isinstance(intent, JObject):
        raise vm.throwable("Ljava/lang/NullPointerException;", "sendBroadcast(null)")
    st = android(vm)
    targets, explicit = _targets(vm, intent, "receiver")
    action = intent_state(intent)["action"]
    dynamic = [r for r, actions in st.receivers if action is not None and action in actions]
    if not targets and not dynamic:
        if not (explicit and _is_app_class(vm, intent_state(intent)["component"])):
            sink(vm, SINK_BROADCAST, intent)
        return
    _delivered(vm, api, "receiver", [c.descriptor for c in targets] + [r.cls.name for r in dynamic])
    for c in targets:
        st.pending.append({"kind": "receiver", "intent": intent, "component": c.descriptor})
    for r in dynamic:
        st.pending.append({"kind": "receiver", "intent": intent, "receiver": r})


# -- Context --------------------------------------------------------------------------------

# Context.getSystemService: every documented *_SERVICE name (API 29) has its manager; an
# unknown name gives null.
SERVICES = {
    "phone": "Landroid/telephony/TelephonyManager;",
    "location": "Landroid/location/LocationManager;",
    "connectivity": "Landroid/net/ConnectivityManager;",
    "wifi": "Landroid/net/wifi/WifiManager;",
    "wifip2p": "Landroid/net/wifi/p2p/WifiP2pManager;",
    "audio": "Landroid/media/AudioManager;",
    "notification": "Landroid/app/NotificationManager;",
    "alarm": "Landroid/app/AlarmManager;",
    "activity": "Landroid/app/ActivityManager;",
    "layout_inflater": "Landroid/view/LayoutInflater;",
    "sensor": "Landroid/hardware/SensorManager;",
    "power": "Landroid/os/PowerManager;",
    "window": "Landroid/view/WindowManager;",
    "account": "Landroid/accounts/AccountManager;",
    "clipboard": "Landroid/content/ClipboardManager;",
    "vibrator": "Landroid/os/Vibrator;",
    "input_method": "Landroid/view/inputmethod/InputMethodManager;",
    "keyguard": "Landroid/app/KeyguardManager;",
    "bluetooth": "Landroid/bluetooth/BluetoothManager;",
    "batterymanager": "Landroid/os/BatteryManager;",
    "accessibility": "Landroid/view/accessibility/AccessibilityManager;",
    "appops": "Landroid/app/AppOpsManager;",
    "camera": "Landroid/hardware/camera2/CameraManager;",
    "captioning": "Landroid/view/accessibility/CaptioningManager;",
    "consumer_ir": "Landroid/hardware/ConsumerIrManager;",
    "device_policy": "Landroid/app/admin/DevicePolicyManager;",
    "display": "Landroid/hardware/display/DisplayManager;",
    "download": "Landroid/app/DownloadManager;",
    "dropbox": "Landroid/os/DropBoxManager;",
    "fingerprint": "Landroid/hardware/fingerprint/FingerprintManager;",
    "biometric": "Landroid/hardware/biometrics/BiometricManager;",
    "input": "Landroid/hardware/input/InputManager;",
    "jobscheduler": "Landroid/app/job/JobScheduler;",
    "launcherapps": "Landroid/content/pm/LauncherApps;",
    "media_projection": "Landroid/media/projection/MediaProjectionManager;",
    "media_router": "Landroid/media/MediaRouter;",
    "media_session": "Landroid/media/session/MediaSessionManager;",
    "midi": "Landroid/media/midi/MidiManager;",
    "nfc": "Landroid/nfc/NfcManager;",
    "servicediscovery": "Landroid/net/nsd/NsdManager;",
    "print": "Landroid/print/PrintManager;",
    "restrictions": "Landroid/content/RestrictionsManager;",
    "role": "Landroid/app/role/RoleManager;",
    "search": "Landroid/app/SearchManager;",
    "shortcut": "Landroid/content/pm/ShortcutManager;",
    "storage": "Landroid/os/storage/StorageManager;",
    "storagestats": "Landroid/app/usage/StorageStatsManager;",
    "telecom": "Landroid/telecom/TelecomManager;",
    "telephony_subscription_service": "Landroid/telephony/SubscriptionManager;",
    "textservices": "Landroid/view/textservice/TextServicesManager;",
    "uimode": "Landroid/app/UiModeManager;",
    "usagestats": "Landroid/app/usage/UsageStatsManager;",
    "usb": "Landroid/hardware/usb/UsbManager;",
    "user": "Landroid/os/UserManager;",
    "wallpaper": "Landroid/app/WallpaperManager;",
    "euicc": "Landroid/telephony/euicc/EuiccManager;",
    "companiondevice": "Landroid/companion/CompanionDeviceManager;",
    "wifiaware": "Landroid/net/wifi/aware/WifiAwareManager;",
}


@method(CTX, "getSystemService")
def _system_service(vm: VM, a: list[Any]) -> Any:
    key = a[1]
    if isinstance(key, JObject):  # getSystemService(Class)
        desc = key.native.name
        name = next((k for k, v in SERVICES.items() if v == desc), desc)
    else:
        name = str(key)
        desc = SERVICES.get(name, "")
    if not desc:
        return None
    if name == "layout_inflater":  # each context has its own (ContextThemeWrapper, ContextImpl)
        from dexlego.emulator.framework.inflation import inflater_for

        return inflater_for(vm, a[0])
    st = android(vm)
    svc = st.system_services.get(name)
    if svc is None:
        svc = st.system_services[name] = vm.new_object(desc, {})
    return svc


@method(CTX, "getApplicationContext", "getApplication", "getBaseContext")
def _app_context(vm: VM, a: list[Any]) -> Any:
    if vm.cur_native is not None and vm.cur_native.name == "getBaseContext":
        from dexlego.emulator.framework.android.content_res import base_context

        base = base_context(vm, a[0])
        if base is not None:
            return base
    app = android(vm).app
    return app if app is not None else a[0]


@method(CW, "<init>")
def _wrapper_init(vm: VM, a: list[Any]) -> Any:
    """ContextWrapper(Context base)."""
    from dexlego.emulator.framework.android.content_res import set_base_context

    if len(a) > 1:
        set_base_context(vm, a[0], a[1])
    return None


@method(CTX, "getPackageName", "getOpPackageName")
def _package_name(vm: VM, a: list[Any]) -> Any:
    return android(vm).info.package


def _declaring(name: str) -> str:
    """The framework class that declares a start/send method, as `Class.method`."""
    on_activity = name.startswith("startActivity") and name != "startActivity"
    return f"{'Activity' if on_activity else 'Context'}.{name}"


def _start_activity_model(name: str) -> NativeFn:
    def model(vm: VM, a: list[Any]) -> Any:
        intent = next((v for v in a[1:] if isinstance(v, JObject)
                       and v.cls.name == "Landroid/content/Intent;"), None)  # fmt: skip
        request = next((v for v in a[2:] if isinstance(v, int)), None)
        start_activity(vm, a[0], intent, request, _declaring(name))
        return True
    return own_contract(model)


for _name in ("startActivity", "startActivityForResult", "startActivityIfNeeded",
              "startActivityFromChild", "startActivityFromFragment"):  # fmt: skip
    method(CTX, _name)(_start_activity_model(_name))


@method(CTX, "startActivities")
@own_contract
def _start_activities(vm: VM, a: list[Any]) -> Any:
    for i in getattr(a[1], "data", []):
        start_activity(vm, a[0], i, None, "Context.startActivities")
    return None


def _start_service_model(name: str) -> NativeFn:
    def model(vm: VM, a: list[Any]) -> Any:
        ok = start_service(vm, a[1], api=f"Context.{name}")
        desc = intent_state(a[1])["component"] if isinstance(a[1], JObject) else None
        if not ok:
            return None
        return vm.new_object("Landroid/content/ComponentName;", (android(vm).info.package, desc))
    return own_contract(model)


for _name in ("startService", "startForegroundService"):
    method(CTX, _name)(_start_service_model(_name))


@method(CTX, "bindService")
@own_contract
def _bind_service(vm: VM, a: list[Any]) -> Any:
    return start_service(vm, a[1], a[2] if a[2] is not None else False, "Context.bindService")


@method(CTX, "stopService")
def _stop_service(vm: VM, a: list[Any]) -> Any:
    return True


@method(CTX, "unbindService")
def _unbind_service(vm: VM, a: list[Any]) -> Any:
    android(vm).pending.append({"kind": "unbind", "conn": a[1]})
    return None


def _send_broadcast_model(name: str) -> NativeFn:
    def model(vm: VM, a: list[Any]) -> Any:
        send_broadcast(vm, a[1], f"Context.{name}")
        return None
    return own_contract(model)


for _name in ("sendBroadcast", "sendOrderedBroadcast", "sendStickyBroadcast",
              "sendBroadcastAsUser"):  # fmt: skip
    method(CTX, _name)(_send_broadcast_model(_name))


@method(CTX, "registerReceiver")
def _register_receiver(vm: VM, a: list[Any]) -> Any:
    receiver, flt = a[1], a[2]
    if isinstance(receiver, JObject):
        actions = list(flt.native or []) if isinstance(flt, JObject) else []
        android(vm).receivers.append((receiver, actions))
    return None


@method(CTX, "unregisterReceiver")
def _unregister_receiver(vm: VM, a: list[Any]) -> Any:
    st = android(vm)
    st.receivers = [(r, acts) for r, acts in st.receivers if r is not a[1]]
    return None


@method(CTX, "getSharedPreferences")
def _shared_prefs(vm: VM, a: list[Any]) -> Any:
    return prefs_for(vm, str(a[1]))


@method(CTX, "getResources")
def _resources(vm: VM, a: list[Any]) -> Any:
    from dexlego.emulator.framework.android.content_res import resources_object

    return resources_object(vm)


@method(CTX, "getString", "getText")
def _get_string(vm: VM, a: list[Any]) -> Any:
    """Context.getString/getText: final methods reading getResources()."""
    from dexlego.emulator.framework.android.content_res import resources_object

    key = "getString(I[Ljava/lang/Object;)Ljava/lang/String;" if len(a) > 2 else \
        "getString(I)Ljava/lang/String;" if vm.cur_native is None or vm.cur_native.name == "getString" \
        else "getText(I)Ljava/lang/CharSequence;"
    res = vm.call_virtual(a[0], "getResources()Landroid/content/res/Resources;", [])
    return vm.call_virtual(res if isinstance(res, JObject) else resources_object(vm), key, a[1:])


@method(CTX, "getDrawable", "getColor", "getColorStateList")
def _ctx_resource(vm: VM, a: list[Any]) -> Any:
    """Context.getDrawable/getColor/getColorStateList: getResources().X(id, getTheme())."""
    from dexlego.emulator.framework.android.content_res import resources_object

    name = vm.cur_native.name if vm.cur_native is not None else "getDrawable"
    res = vm.call_virtual(a[0], "getResources()Landroid/content/res/Resources;", [])
    ret = {"getDrawable": "Landroid/graphics/drawable/Drawable;", "getColor": "I",
           "getColorStateList": "Landroid/content/res/ColorStateList;"}[name]  # fmt: skip
    return vm.call_virtual(res if isinstance(res, JObject) else resources_object(vm),
                           f"{name}(I){ret}", [a[1]])  # fmt: skip


@method(CTX, "getTheme")
def _get_theme(vm: VM, a: list[Any]) -> Any:
    from dexlego.emulator.framework.android.content_res import context_theme_object

    return context_theme_object(vm, a[0])


@method(CTX, "setTheme")
def _set_theme(vm: VM, a: list[Any]) -> Any:
    from dexlego.emulator.framework.android.content_res import set_context_theme

    set_context_theme(vm, a[0], a[1])
    return None


@method(CTX, "obtainStyledAttributes")
def _styled(vm: VM, a: list[Any]) -> Any:
    """Context.obtainStyledAttributes: getTheme().obtainStyledAttributes(...)."""
    from dexlego.emulator.framework.android.content_res import context_theme, obtain_styled

    return obtain_styled(vm, context_theme(vm, a[0]), a[1:])


@method(CTX, "getContentResolver")
def _content_resolver(vm: VM, a: list[Any]) -> Any:
    return vm.new_object("Landroid/content/ContentResolver;")


@method(CTX, "getClassLoader")
def _ctx_class_loader(vm: VM, a: list[Any]) -> Any:
    from dexlego.emulator.framework.java.lang import loader_mirror

    return loader_mirror(vm, vm.app_loader)


@method(CTX, "getPackageManager")
def _package_manager(vm: VM, a: list[Any]) -> Any:
    return vm.new_object("Landroid/content/pm/PackageManager;")


@method(CTX, "getAssets")
def _assets(vm: VM, a: list[Any]) -> Any:
    return vm.new_object("Landroid/content/res/AssetManager;")


@method(CTX, "getMainLooper")
def _main_looper(vm: VM, a: list[Any]) -> Any:
    return vm.call_virtual(vm.new_object("Landroid/os/Looper;"), "getMainLooper()Landroid/os/Looper;", [])


@method(CTX, "checkSelfPermission", "checkCallingOrSelfPermission", "checkPermission",
        "checkCallingPermission")  # fmt: skip
def _permission(vm: VM, a: list[Any]) -> Any:
    return permission_state(vm)


def permission_state(vm: VM) -> int:
    """PERMISSION_GRANTED (0): the emulated user grants what the app asks, as the manifest's
    install-time permissions are; PERMISSION_DENIED (-1) under `collect --deny-permissions`."""
    return -1 if vm.env.get("deny_permissions") else 0


@method(CTX, "getApplicationInfo")
def _app_info(vm: VM, a: list[Any]) -> Any:
    from dexlego.emulator.framework.android.content_pm import application_info

    # the one the process was bound with: PackageManager's flags were GET_SHARED_LIBRARY_FILES
    # only, so no metaData (PackageManager.getApplicationInfo(.., GET_META_DATA) has it)
    return application_info(vm, 0)


@method(CW, "attachBaseContext")
def _attach_base(vm: VM, a: list[Any]) -> Any:
    """ContextWrapper.attachBaseContext: sets mBase once."""
    from dexlego.emulator.framework.android.content_res import base_context, set_base_context

    if base_context(vm, a[0]) is not None:
        raise vm.throwable("Ljava/lang/IllegalStateException;", "Base context already set")
    set_base_context(vm, a[0], a[1])
    return None


@method(CTX, "attachBaseContext", "enforceCallingOrSelfPermission",
        "revokeUriPermission", "grantUriPermission")  # fmt: skip
def _ctx_noop(vm: VM, a: list[Any]) -> Any:
    return None


@method(CTX, "registerComponentCallbacks")
def _register_component_cb(vm: VM, a: list[Any]) -> Any:
    android(vm).component_callbacks.append(a[1])
    return None


@method(CTX, "unregisterComponentCallbacks")
def _unregister_component_cb(vm: VM, a: list[Any]) -> Any:
    st = android(vm)
    st.component_callbacks = [x for x in st.component_callbacks if x is not a[1]]
    return None


@method(BR, "<init>", "abortBroadcast", "setResultCode", "setResultData", "setResultExtras",
        "clearAbortBroadcast", "setOrderedHint")  # fmt: skip
def _receiver_noop(vm: VM, a: list[Any]) -> Any:
    return None


@method(BR, "getResultData", "peekService", "goAsync")
def _receiver_null(vm: VM, a: list[Any]) -> Any:
    return None


@method(BR, "getResultExtras")
def _receiver_extras(vm: VM, a: list[Any]) -> Any:
    return new_bundle(vm)


@method(BR, "isOrderedBroadcast", "isInitialStickyBroadcast", "getAbortBroadcast")
def _receiver_false(vm: VM, a: list[Any]) -> Any:
    return False


@method(CP, "<init>", "attachInfo")
def _provider_noop(vm: VM, a: list[Any]) -> Any:
    return None


@method(CP, "getContext")
def _provider_context(vm: VM, a: list[Any]) -> Any:
    return android(vm).app
QUERY = ("Landroid/content/ContentResolver;->query(Landroid/net/Uri;[Ljava/lang/String;"
         "Ljava/lang/String;[Ljava/lang/String;Ljava/lang/String;)Landroid/database/Cursor;")
# A small, fixed address book, inbox and call log (by content URI prefix).
PROVIDER_ROWS: dict[str, list[dict[str, Any]]] = {
    "content://com.android.contacts": [
        {"_id": 1, "display_name": "Alice Example", "data1": "+15555550100",
         "number": "+15555550100", "has_phone_number": 1},
        {"_id": 2, "display_name": "Bob Example", "data1": "+15555550111",
         "number": "+15555550111", "has_phone_number": 1},
    ],
    "content://sms": [
        {"_id": 1, "address": "+15555550100", "body": "Your code is 482910", "date": 1_700_000_000_000,
         "type": 1, "read": 1},
    ],
    "content://call_log": [
        {"_id": 1, "number": "+15555550111", "name": "Bob Example", "duration": 61,
         "date": 1_700_000_000_000, "type": 2},
    ],
}  # fmt: skip
PROVIDER_ROWS["content://contacts"] = PROVIDER_ROWS["content://com.android.contacts"]
PROVIDER_ROWS["content://mms-sms"] = PROVIDER_ROWS["content://sms"]


def _uri_text(v: Any) -> str:
    if isinstance(v, JObject) and isinstance(v.native, str):
        return v.native
    return str(v) if isinstance(v, str) else ""


@method("Landroid/content/ContentResolver;", "query")
def _query(vm: VM, a: list[Any]) -> Any:

    uri = _uri_text(a[1])
    rows = next((r for prefix, r in PROVIDER_ROWS.items() if uri.startswith(prefix)), [])
    tagged = [{k: source(vm, QUERY, v) for k, v in row.items()} for row in rows]
    columns = list(rows[0]) if rows else []
    return vm.new_object(CUR, {"rows": tagged, "pos": -1, "columns": columns})


@method("Landroid/content/ContentResolver;", "insert")
def _insert(vm: VM, a: list[Any]) -> Any:
    return a[1]


@method("Landroid/content/ContentResolver;", "update", "delete")
def _update(vm: VM, a: list[Any]) -> Any:
    return 0


@method("Landroid/content/ContentResolver;", "registerContentObserver",
        "unregisterContentObserver", "notifyChange")  # fmt: skip
def _observer(vm: VM, a: list[Any]) -> Any:
    return None


INTENT = "Landroid/content/Intent;"
model_class(INTENT, OBJ, ("Landroid/os/Parcelable;", "Ljava/lang/Cloneable;"))
CN = "Landroid/content/ComponentName;"
model_class(CN, OBJ, ("Landroid/os/Parcelable;",))
IF = "Landroid/content/IntentFilter;"
model_class(IF, OBJ, ("Landroid/os/Parcelable;",))
SP = "Landroid/content/SharedPreferences;"
model_class(SP, interface=True)
ED = "Landroid/content/SharedPreferences$Editor;"
model_class(ED, interface=True)
model_class("Landroid/content/SharedPreferences$OnSharedPreferenceChangeListener;", interface=True)
CV = "Landroid/content/ContentValues;"
model_class(CV, OBJ, ("Landroid/os/Parcelable;",))


# -- Intent ---------------------------------------------------------------------------------


def intent_state(i: JObject) -> dict[str, Any]:
    if not isinstance(i.native, dict):
        i.native = {"action": None, "component": None, "extras": None, "data": None,
                    "type": None, "categories": [], "flags": 0, "package": None}  # fmt: skip
    st: dict[str, Any] = i.native
    return st


def extras(vm: VM, i: JObject) -> JObject:
    st = intent_state(i)
    if st["extras"] is None:
        st["extras"] = new_bundle(vm)
    b: JObject = st["extras"]
    return b


def new_intent(vm: VM, action: str | None = None, component: str | None = None) -> JObject:
    i = vm.new_object(INTENT)
    st = intent_state(i)
    st["action"] = action
    st["component"] = component
    return i


def _class_desc(v: Any) -> str | None:
    """A Class argument, or a class name string, as a descriptor."""
    if isinstance(v, JObject) and v.cls.name == "Ljava/lang/Class;":
        return str(v.native.name)
    if isinstance(v, str):
        return binary_to_descriptor(v)
    return None


@method(INTENT, "<init>")
def _intent_init(vm: VM, a: list[Any]) -> Any:
    st = intent_state(a[0])
    args = a[1:]
    if len(args) == 1 and isinstance(args[0], JObject) and args[0].cls.name == INTENT:
        src = intent_state(args[0])
        st.update({k: (list(v) if isinstance(v, list) else v) for k, v in src.items()})
        if src["extras"] is not None:
            st["extras"] = new_bundle(vm, bundle_map(src["extras"]))
        return None
    for v in args:
        if isinstance(v, str) and st["action"] is None:
            st["action"] = v
        elif isinstance(v, JObject) and v.cls.name == "Ljava/lang/Class;":
            st["component"] = _class_desc(v)
        elif isinstance(v, JObject) and v.cls.name == U:
            st["data"] = v
    return None


@method(INTENT, "setAction")
def _set_action(vm: VM, a: list[Any]) -> Any:
    intent_state(a[0])["action"] = a[1]
    return a[0]


@method(INTENT, "getAction")
def _get_action(vm: VM, a: list[Any]) -> Any:
    return intent_state(a[0])["action"]


@method(INTENT, "setClass", "setClassName")
def _set_class(vm: VM, a: list[Any]) -> Any:
    intent_state(a[0])["component"] = _class_desc(a[2])
    return a[0]


@method(INTENT, "setComponent")
def _set_component(vm: VM, a: list[Any]) -> Any:
    cn = a[1]
    intent_state(a[0])["component"] = cn.native[1] if isinstance(cn, JObject) else None
    return a[0]


@method(INTENT, "getComponent")
def _get_component(vm: VM, a: list[Any]) -> Any:
    c = intent_state(a[0])["component"]
    return None if c is None else vm.new_object(CN, (vm.env.get("package", ""), c))


@method(INTENT, "setPackage")
def _set_package(vm: VM, a: list[Any]) -> Any:
    intent_state(a[0])["package"] = a[1]
    return a[0]


@method(INTENT, "getPackage")
def _get_package(vm: VM, a: list[Any]) -> Any:
    return intent_state(a[0])["package"]


@method(INTENT, "putExtra", "putStringArrayListExtra", "putParcelableArrayListExtra",
        "putIntegerArrayListExtra", "putCharSequenceArrayListExtra")  # fmt: skip
def _put_extra(vm: VM, a: list[Any]) -> Any:
    bundle_map(extras(vm, a[0]))[str(a[1])] = a[2]
    return a[0]


@method(INTENT, "putExtras")
def _put_extras(vm: VM, a: list[Any]) -> Any:
    src = a[1]
    if isinstance(src, JObject):
        m = bundle_map(src) if src.cls.name == B else bundle_map(extras(vm, src))
        bundle_map(extras(vm, a[0])).update(m)
    return a[0]


@method(INTENT, "replaceExtras")
def _replace_extras(vm: VM, a: list[Any]) -> Any:
    intent_state(a[0])["extras"] = None
    return _put_extras(vm, a)


@method(INTENT, "getExtras")
def _get_extras(vm: VM, a: list[Any]) -> Any:
    e = intent_state(a[0])["extras"]
    return None if e is None else new_bundle(vm, bundle_map(e))


@method(INTENT, "getStringExtra", "getStringArrayExtra", "getStringArrayListExtra",
        "getParcelableExtra", "getSerializableExtra", "getCharSequenceExtra", "getBundleExtra",
        "getIntArrayExtra", "getByteArrayExtra", "getParcelableArrayListExtra",
        "getParcelableArrayExtra", "getCharArrayExtra", "getIntegerArrayListExtra")  # fmt: skip
def _get_extra(vm: VM, a: list[Any]) -> Any:
    e = intent_state(a[0])["extras"]
    return None if e is None else bundle_map(e).get(str(a[1]))


@method(INTENT, "getIntExtra", "getLongExtra", "getBooleanExtra", "getDoubleExtra", "getFloatExtra",
        "getCharExtra", "getShortExtra", "getByteExtra")  # fmt: skip
def _get_prim_extra(vm: VM, a: list[Any]) -> Any:
    e = intent_state(a[0])["extras"]
    v = None if e is None else bundle_map(e).get(str(a[1]))
    return a[2] if v is None else unbox(v)


@method(INTENT, "hasExtra")
def _has_extra(vm: VM, a: list[Any]) -> Any:
    e = intent_state(a[0])["extras"]
    return e is not None and str(a[1]) in bundle_map(e)


@method(INTENT, "removeExtra")
def _remove_extra(vm: VM, a: list[Any]) -> Any:
    e = intent_state(a[0])["extras"]
    if e is not None:
        bundle_map(e).pop(str(a[1]), None)
    return None


@method(INTENT, "setData", "setDataAndType")
def _set_data(vm: VM, a: list[Any]) -> Any:
    intent_state(a[0])["data"] = a[1]
    if len(a) > 2:
        intent_state(a[0])["type"] = a[2]
    return a[0]


@method(INTENT, "getData")
def _get_data(vm: VM, a: list[Any]) -> Any:
    return intent_state(a[0])["data"]


@method(INTENT, "getDataString")
def _get_data_string(vm: VM, a: list[Any]) -> Any:
    d = intent_state(a[0])["data"]
    return None if d is None else jstr(vm, d)


@method(INTENT, "setType")
def _set_type(vm: VM, a: list[Any]) -> Any:
    intent_state(a[0])["type"] = a[1]
    return a[0]


@method(INTENT, "getType")
def _get_type(vm: VM, a: list[Any]) -> Any:
    return intent_state(a[0])["type"]


@method(INTENT, "addCategory")
def _add_category(vm: VM, a: list[Any]) -> Any:
    intent_state(a[0])["categories"].append(a[1])
    return a[0]


@method(INTENT, "addFlags", "setFlags")
def _flags(vm: VM, a: list[Any]) -> Any:
    intent_state(a[0])["flags"] |= a[1]
    return a[0]


@method(INTENT, "getFlags")
def _get_flags(vm: VM, a: list[Any]) -> Any:
    return intent_state(a[0])["flags"]


@method(INTENT, "toString()Ljava/lang/String;", "toUri")
def _intent_str(vm: VM, a: list[Any]) -> Any:
    st = intent_state(a[0])
    return f"Intent {{ act={st['action']} cmp={st['component']} }}"


@method(INTENT, "createChooser")
def _chooser(vm: VM, a: list[Any]) -> Any:
    return a[0]


@method(INTENT, "resolveActivity")
def _resolve_activity(vm: VM, a: list[Any]) -> Any:
    return _get_component(vm, a)


# -- ComponentName --------------------------------------------------------------------------


@method(CN, "<init>")
def _cn_init(vm: VM, a: list[Any]) -> Any:
    pkg = a[1] if isinstance(a[1], str) else vm.env.get("package", "")
    cls = a[2]
    desc = _class_desc(cls)
    if isinstance(cls, str) and cls.startswith("."):
        desc = _class_desc(f"{pkg}{cls}")
    a[0].native = (pkg, desc)
    return None


@method(CN, "getClassName", "flattenToString", "flattenToShortString")
def _cn_class(vm: VM, a: list[Any]) -> Any:
    d = a[0].native[1]
    return d[1:-1].replace("/", ".") if d else ""


@method(CN, "getPackageName")
def _cn_pkg(vm: VM, a: list[Any]) -> Any:
    return a[0].native[0]


# -- IntentFilter ---------------------------------------------------------------------------


@method(IF, "<init>")
def _if_init(vm: VM, a: list[Any]) -> Any:
    a[0].native = [v for v in a[1:] if isinstance(v, str)][:1]
    return None


@method(IF, "addAction")
def _if_add(vm: VM, a: list[Any]) -> Any:
    if not isinstance(a[0].native, list):
        a[0].native = []
    a[0].native.append(a[1])
    return None


@method(IF, "addCategory", "setPriority", "addDataScheme", "addDataType")
def _if_noop(vm: VM, a: list[Any]) -> Any:
    return None


@method(IF, "hasAction")
def _if_has(vm: VM, a: list[Any]) -> Any:
    return a[1] in (a[0].native or [])


@method(IF, "countActions")
def _if_count(vm: VM, a: list[Any]) -> Any:
    return len(a[0].native or [])


@method(IF, "getAction")
def _if_get(vm: VM, a: list[Any]) -> Any:
    return (a[0].native or [None])[a[1]]


# -- ContentValues / Uri --------------------------------------------------------------------


@method(CV, "<init>")
def _cv_init(vm: VM, a: list[Any]) -> Any:
    a[0].native = {}
    return None


@method(CV, "put")
def _cv_put(vm: VM, a: list[Any]) -> Any:
    a[0].native[str(a[1])] = a[2]
    return None


@method(CV, "get", "getAsString", "getAsInteger", "getAsLong")
def _cv_get(vm: VM, a: list[Any]) -> Any:
    return a[0].native.get(str(a[1]))
model_class("Landroid/content/DialogInterface$OnClickListener;", interface=True)
