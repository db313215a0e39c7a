"""Context, Application, Activity, Service, BroadcastReceiver, ContentProvider, Fragment.

The per-run Android state (the app's manifest, its running components, registered receivers
and listeners, pending intents) lives in `Android`, stored at `vm.env["android"]`; the driver
creates it and consumes what the models queue (started activities/services, broadcasts).
"""

from __future__ import annotations

from collections import deque
from dataclasses import dataclass, field
from typing import TYPE_CHECKING, Any

from dexlego.emulator.framework.content import intent_state, new_bundle, prefs_for
from dexlego.emulator.framework.registry import NativeFn, method, model_class, model_classes
from dexlego.emulator.framework.util import sink
from dexlego.emulator.vm.machine import VM
from dexlego.emulator.vm.objects import JObject

if TYPE_CHECKING:
    from dexlego.emulator.apkinfo import ApkInfo, Component

OBJ = "Ljava/lang/Object;"
CTX = "Landroid/content/Context;"
CW = "Landroid/content/ContextWrapper;"
CTW = "Landroid/view/ContextThemeWrapper;"
ACT = "Landroid/app/Activity;"
SVC = "Landroid/app/Service;"
APP = "Landroid/app/Application;"
BR = "Landroid/content/BroadcastReceiver;"
CP = "Landroid/content/ContentProvider;"
FR = "Landroid/app/Fragment;"
model_class("Landroid/content/ComponentCallbacks;", interface=True)
model_class("Landroid/content/ComponentCallbacks2;", OBJ, ("Landroid/content/ComponentCallbacks;",),
            interface=True)  # fmt: skip
model_class(CTX)
model_class(CW, CTX)
model_class(CTW, CW)
model_class(ACT, CTW, ("Landroid/view/Window$Callback;", "Landroid/view/KeyEvent$Callback;",
                       "Landroid/view/View$OnCreateContextMenuListener;",
                       "Landroid/content/ComponentCallbacks2;"))  # fmt: skip
model_classes(ACT, "Landroid/app/ListActivity;", "Landroid/app/TabActivity;",
              "Landroid/preference/PreferenceActivity;", "Landroid/app/ActivityGroup;",
              "Landroid/app/ExpandableListActivity;", "Landroid/app/AliasActivity;",
              "Landroid/app/NativeActivity;", "Landroid/app/LauncherActivity;")  # fmt: skip
model_class(SVC, CW, ("Landroid/content/ComponentCallbacks2;",))
model_class("Landroid/app/IntentService;", SVC)
model_class(APP, CW, ("Landroid/content/ComponentCallbacks2;",))
model_class("Landroid/app/Application$ActivityLifecycleCallbacks;", interface=True)
model_class(BR)
model_class(CP, OBJ, ("Landroid/content/ComponentCallbacks2;",))
model_class(FR, OBJ, ("Landroid/content/ComponentCallbacks2;",
                    "Landroid/view/View$OnCreateContextMenuListener;"))  # fmt: skip
model_classes(FR, "Landroid/app/DialogFragment;", "Landroid/app/ListFragment;",
              "Landroid/preference/PreferenceFragment;")  # fmt: skip
model_class("Landroid/app/FragmentManager;")
model_class("Landroid/app/FragmentTransaction;")
model_class("Landroid/content/ServiceConnection;", interface=True)
model_class("Landroid/os/IBinder;", interface=True)
model_class("Landroid/os/Binder;", OBJ, ("Landroid/os/IBinder;",))
model_class("Landroid/content/res/Resources;")
model_class("Landroid/content/res/AssetManager;")
model_class("Landroid/content/ContentResolver;")
model_class("Landroid/database/Cursor;", interface=True)
model_class("Landroid/database/Cursor$Emulated;", OBJ, ("Landroid/database/Cursor;",))
model_class("Landroid/database/CursorIndexOutOfBoundsException;",
            "Ljava/lang/IndexOutOfBoundsException;")  # fmt: skip
model_class("Landroid/content/pm/PackageManager;")
model_class("Landroid/content/pm/ApplicationInfo;")
model_class("Landroid/content/pm/PackageInfo;")


@dataclass
class Android:
    """The per-run state of the emulated device as the app sees it."""

    info: ApkInfo
    app: JObject | None = None
    pending: deque[dict[str, Any]] = field(default_factory=deque)
    receivers: list[tuple[JObject, list[str]]] = field(default_factory=list)
    location_listeners: list[JObject] = field(default_factory=list)
    clickables: list[tuple[JObject, JObject | None, str | None, JObject | None]] = field(
        default_factory=list
    )  # (view, listener or None, xml onClick name, activity)
    other_listeners: list[tuple[JObject, str, list[Any]]] = field(default_factory=list)
    lifecycle_callbacks: list[JObject] = field(default_factory=list)
    services: dict[str, JObject] = field(default_factory=dict)
    system_services: dict[str, JObject] = field(default_factory=dict)
    # (activity, fragment, container or <fragment> view id)
    fragments: list[tuple[JObject | None, JObject, int]] = field(default_factory=list)
    results: list[tuple[JObject, int, int, JObject | None]] = field(default_factory=list)
    started: list[str] = field(default_factory=list)
    custom_views: list[tuple[JObject, JObject]] = field(default_factory=list)  # (activity, view)
    component_callbacks: list[JObject] = field(default_factory=list)
    bindings: dict[int, tuple[str, JObject]] = field(default_factory=dict)  # id(conn) -> service


def android(vm: VM) -> Android:
    st: Android = vm.env["android"]
    return st


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
SINK_RESULT = "Landroid/app/Activity;->setResult(ILandroid/content/Intent;)V"


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

SERVICES = {
    "phone": "Landroid/telephony/TelephonyManager;",
    "location": "Landroid/location/LocationManager;",
    "connectivity": "Landroid/net/ConnectivityManager;",
    "wifi": "Landroid/net/wifi/WifiManager;",
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
    st = android(vm)
    svc = st.system_services.get(name)
    if svc is None:
        svc = st.system_services[name] = vm.new_object(desc, {})
    return svc


@method(CTX, "getApplicationContext", "getApplication", "getBaseContext")
def _app_context(vm: VM, a: list[Any]) -> Any:
    app = android(vm).app
    return app if app is not None else a[0]


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
    return model


for _name in ("startActivity", "startActivityForResult", "startActivityIfNeeded",
              "startActivityFromChild", "startActivityFromFragment"):  # fmt: skip
    method(CTX, _name)(_start_activity_model(_name))


@method(CTX, "startActivities")
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
    return model


for _name in ("startService", "startForegroundService"):
    method(CTX, _name)(_start_service_model(_name))


@method(CTX, "bindService")
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
    return model


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


@method(ACT, "getPreferences")
def _activity_prefs(vm: VM, a: list[Any]) -> Any:
    return prefs_for(vm, a[0].cls.name)


@method(CTX, "getResources")
def _resources(vm: VM, a: list[Any]) -> Any:
    return vm.new_object("Landroid/content/res/Resources;")


@method(CTX, "getString", "getText")
@method("Landroid/content/res/Resources;", "getString", "getText")
def _get_string(vm: VM, a: list[Any]) -> Any:
    return android(vm).info.strings.get(a[1], "") if isinstance(a[1], int) else ""


@method("Landroid/content/res/Resources;", "getIdentifier")
def _get_identifier(vm: VM, a: list[Any]) -> Any:
    names = android(vm).info.resource_names
    want = f"{a[2]}/{a[1]}" if a[2] else str(a[1])
    return next((rid for rid, n in names.items() if n == want), 0)


@method(CTX, "getContentResolver")
def _content_resolver(vm: VM, a: list[Any]) -> Any:
    return vm.new_object("Landroid/content/ContentResolver;")


@method(CTX, "getClassLoader")
def _ctx_class_loader(vm: VM, a: list[Any]) -> Any:
    from dexlego.emulator.framework.reflect import loader_mirror

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
    return 0  # PERMISSION_GRANTED: the emulated user grants everything asked


@method(CTX, "getApplicationInfo")
def _app_info(vm: VM, a: list[Any]) -> Any:
    info = vm.new_object("Landroid/content/pm/ApplicationInfo;")
    info.fields["packageName"] = android(vm).info.package
    info.fields["dataDir"] = f"/data/data/{android(vm).info.package}"
    info.fields["sourceDir"] = f"/data/app/{android(vm).info.package}/base.apk"
    info.fields["nativeLibraryDir"] = f"/data/app/{android(vm).info.package}/lib/arm64"
    return info


@method(CTX, "attachBaseContext", "setTheme", "enforceCallingOrSelfPermission",
        "revokeUriPermission", "grantUriPermission")  # fmt: skip
def _ctx_noop(vm: VM, a: list[Any]) -> Any:
    return None


# -- Activity -------------------------------------------------------------------------------


def _act(o: JObject) -> dict[str, Any]:
    if not isinstance(o.native, dict):
        o.native = {"intent": None, "views": {}, "finished": False, "result": (0, None)}
    st: dict[str, Any] = o.native
    return st


def activity_state(o: JObject) -> dict[str, Any]:
    return _act(o)


_LIFECYCLE_CB = {
    "onCreate": "onActivityCreated(Landroid/app/Activity;Landroid/os/Bundle;)V",
    "onStart": "onActivityStarted(Landroid/app/Activity;)V",
    "onResume": "onActivityResumed(Landroid/app/Activity;)V",
    "onPause": "onActivityPaused(Landroid/app/Activity;)V",
    "onStop": "onActivityStopped(Landroid/app/Activity;)V",
    "onSaveInstanceState": "onActivitySaveInstanceState(Landroid/app/Activity;Landroid/os/Bundle;)V",
    "onDestroy": "onActivityDestroyed(Landroid/app/Activity;)V",
}


def _make_lifecycle(name: str) -> None:
    @method(ACT, name)
    def _lc(vm: VM, a: list[Any]) -> Any:
        # What the framework's super.onX() does: notify ActivityLifecycleCallbacks.
        cb_key = _LIFECYCLE_CB[name]
        for cb in list(android(vm).lifecycle_callbacks):
            args: list[Any] = [a[0]]
            if cb_key.count(";") == 3:
                args.append(a[1] if len(a) > 1 else None)
            vm.call_virtual(cb, cb_key, args)
        return None


for _n in _LIFECYCLE_CB:
    _make_lifecycle(_n)


@method(ACT, "onRestart", "onPostCreate", "onPostResume", "onRestoreInstanceState",
        "onNewIntent", "onActivityResult", "onBackPressed", "onUserInteraction",
        "onContentChanged", "onAttachedToWindow", "onLowMemory", "onConfigurationChanged",
        "onWindowFocusChanged", "onTrimMemory", "setTitle", "requestWindowFeature",
        "setRequestedOrientation", "overridePendingTransition", "showDialog", "dismissDialog",
        "removeDialog", "setProgressBarIndeterminateVisibility", "invalidateOptionsMenu",
        "onUserLeaveHint", "setVolumeControlStream", "openOptionsMenu", "closeOptionsMenu",
        "registerForContextMenu", "setDefaultKeyMode", "setVisible")  # fmt: skip
def _activity_noop(vm: VM, a: list[Any]) -> Any:
    return None


@method(ACT, "onCreateOptionsMenu", "onPrepareOptionsMenu", "onOptionsItemSelected",
        "onKeyDown", "onKeyUp", "onTouchEvent", "onMenuItemSelected", "onContextItemSelected")  # fmt: skip
def _activity_false(vm: VM, a: list[Any]) -> Any:
    return False


@method(ACT, "getIntent")
def _get_intent(vm: VM, a: list[Any]) -> Any:
    return _act(a[0])["intent"]


@method(ACT, "setIntent")
def _set_intent(vm: VM, a: list[Any]) -> Any:
    _act(a[0])["intent"] = a[1]
    return None


@method(ACT, "finish", "finishActivity", "finishAffinity", "finishAndRemoveTask")
def _finish(vm: VM, a: list[Any]) -> Any:
    _act(a[0])["finished"] = True
    return None


@method(ACT, "isFinishing", "isDestroyed", "isChangingConfigurations")
def _is_finishing(vm: VM, a: list[Any]) -> Any:
    return bool(_act(a[0]).get("finished"))


@method(ACT, "setResult")
def _set_result(vm: VM, a: list[Any]) -> Any:
    intent = a[2] if len(a) > 2 else None
    _act(a[0])["result"] = (a[1], intent)
    if intent is not None and _act(a[0]).get("caller") is None:
        # nobody in the app asked for this result: it goes back to another app
        sink(vm, SINK_RESULT, intent)
    return None


@method(ACT, "runOnUiThread")
def _run_on_ui(vm: VM, a: list[Any]) -> Any:
    vm.call_virtual(a[1], "run()V", [])
    return None


@method(ACT, "getCallingActivity", "getCallingPackage", "getParent", "getCurrentFocus")
def _activity_null(vm: VM, a: list[Any]) -> Any:
    return None


@method(ACT, "getLocalClassName")
def _local_class_name(vm: VM, a: list[Any]) -> Any:
    return a[0].cls.name[1:-1].rsplit("/", 1)[-1]


@method(ACT, "getComponentName")
def _component_name(vm: VM, a: list[Any]) -> Any:
    return vm.new_object("Landroid/content/ComponentName;", (android(vm).info.package, a[0].cls.name))


@method(ACT, "getFragmentManager")
def _fragment_manager(vm: VM, a: list[Any]) -> Any:
    return vm.new_object("Landroid/app/FragmentManager;", {"activity": a[0]})


@method(ACT, "getTaskId")
def _task_id(vm: VM, a: list[Any]) -> Any:
    return 1


def _fm_activity(vm: VM, fm: JObject) -> Any:
    st = fm.native if isinstance(fm.native, dict) else {}
    return st.get("activity") or vm.env.get("current_activity")


@method("Landroid/app/FragmentManager;", "beginTransaction")
def _begin_tx(vm: VM, a: list[Any]) -> Any:
    return vm.new_object("Landroid/app/FragmentTransaction;", {"activity": _fm_activity(vm, a[0])})


@method("Landroid/app/FragmentManager;", "findFragmentById")
def _find_fragment(vm: VM, a: list[Any]) -> Any:
    act = _fm_activity(vm, a[0])
    frs = [f for owner, f, fid in android(vm).fragments if owner is act and fid == a[1]]
    return frs[-1] if frs else None


@method("Landroid/app/FragmentManager;", "findFragmentByTag")
def _find_fragment_tag(vm: VM, a: list[Any]) -> Any:
    act = _fm_activity(vm, a[0])
    frs = [f for owner, f, _ in android(vm).fragments
           if owner is act and f.fields.get("$tag") == a[1]]  # fmt: skip
    return frs[-1] if frs else None


@method(FR, "getFragmentManager", "getChildFragmentManager")
def _fragment_fm(vm: VM, a: list[Any]) -> Any:
    return vm.new_object("Landroid/app/FragmentManager;", {"activity": a[0].fields.get("$activity")})


@method(ACT, "getLastNonConfigurationInstance", "onRetainNonConfigurationInstance")
def _last_nci(vm: VM, a: list[Any]) -> Any:
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


@method("Landroid/app/FragmentManager;", "executePendingTransactions")
def _exec_pending(vm: VM, a: list[Any]) -> Any:
    return True


@method("Landroid/app/FragmentTransaction;", "add", "replace", "attach", "show")
def _tx_add(vm: VM, a: list[Any]) -> Any:
    frag = next((v for v in a[1:] if isinstance(v, JObject) and vm.instance_of(v, FR)), None)
    if frag is not None:
        fid = a[1] if isinstance(a[1], int) else -1
        tag = next((v for v in a[2:] if isinstance(v, str)), None)
        if tag is not None:
            frag.fields["$tag"] = tag
        st = a[0].native if isinstance(a[0].native, dict) else {}
        android(vm).fragments.append((st.get("activity"), frag, fid))
    return a[0]


@method("Landroid/app/FragmentTransaction;", "commit", "commitAllowingStateLoss")
def _tx_commit(vm: VM, a: list[Any]) -> Any:
    return 0


@method("Landroid/app/FragmentTransaction;", "addToBackStack", "remove", "hide", "detach",
        "setTransition", "setCustomAnimations")  # fmt: skip
def _tx_self(vm: VM, a: list[Any]) -> Any:
    return a[0]


@method(FR, "getActivity", "getContext")
def _fragment_activity(vm: VM, a: list[Any]) -> Any:
    return a[0].fields.get("$activity")


@method(FR, "setListAdapter", "setEmptyText", "setListShown")
def _fragment_list_noop(vm: VM, a: list[Any]) -> Any:
    return None


@method(FR, "<init>", "onCreate", "onAttach", "onActivityCreated", "onStart", "onResume",
        "onPause", "onStop", "onDestroy", "onDestroyView", "onDetach", "onViewCreated",
        "onSaveInstanceState", "setArguments", "setRetainInstance", "setHasOptionsMenu")  # fmt: skip
def _fragment_noop(vm: VM, a: list[Any]) -> Any:
    if len(a) > 1 and isinstance(a[1], JObject) and a[1].cls.name == "Landroid/os/Bundle;":
        a[0].fields.setdefault("$args", a[1])
    return None


@method(FR, "onCreateView")
def _fragment_view(vm: VM, a: list[Any]) -> Any:
    return None


@method(FR, "getArguments")
def _fragment_args(vm: VM, a: list[Any]) -> Any:
    return a[0].fields.get("$args")


# -- Application ----------------------------------------------------------------------------


@method(APP, "onCreate", "onTerminate", "onLowMemory", "onConfigurationChanged", "onTrimMemory")
def _app_noop(vm: VM, a: list[Any]) -> Any:
    return None


@method(APP, "registerActivityLifecycleCallbacks")
def _register_cb(vm: VM, a: list[Any]) -> Any:
    android(vm).lifecycle_callbacks.append(a[1])
    return None


@method(APP, "unregisterActivityLifecycleCallbacks")
def _unregister_cb(vm: VM, a: list[Any]) -> Any:
    cbs = android(vm).lifecycle_callbacks
    if a[1] in cbs:
        cbs.remove(a[1])
    return None


# -- Service / BroadcastReceiver / ContentProvider ------------------------------------------


@method(SVC, "onCreate", "onDestroy", "onStart", "onRebind", "stopSelf", "startForeground",
        "stopForeground", "onLowMemory", "onTaskRemoved")  # fmt: skip
def _service_noop(vm: VM, a: list[Any]) -> Any:
    return None


@method(SVC, "onStartCommand")
def _service_start_command(vm: VM, a: list[Any]) -> Any:
    vm.call_virtual(a[0], "onStart(Landroid/content/Intent;I)V", [a[1], a[3] if len(a) > 3 else 1])
    return 2


@method(SVC, "onBind")
def _service_bind(vm: VM, a: list[Any]) -> Any:
    return None


@method(SVC, "onUnbind", "stopSelfResult")
def _service_unbind(vm: VM, a: list[Any]) -> Any:
    return False


@method("Landroid/app/IntentService;", "<init>", "setIntentRedelivery")
def _intent_service_init(vm: VM, a: list[Any]) -> Any:
    return None


@method("Landroid/app/IntentService;", "onStart")
def _intent_service_start(vm: VM, a: list[Any]) -> Any:
    intent = a[1]
    vm.tasks.append(lambda: vm.call_virtual(a[0], "onHandleIntent(Landroid/content/Intent;)V",
                                            [intent]))  # fmt: skip
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


@method("Landroid/os/Binder;", "<init>", "attachInterface")
def _binder_noop(vm: VM, a: list[Any]) -> Any:
    return None


# -- ContentResolver: the user's contacts, messages and calls are sources -------------------

CUR = "Landroid/database/Cursor$Emulated;"
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
    from dexlego.emulator.framework.util import source

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


def _cur(o: JObject) -> dict[str, Any]:
    st: dict[str, Any] = o.native
    return st


@method(CUR, "moveToFirst", "moveToNext", "moveToLast", "moveToPosition", "moveToPrevious")
def _cursor_move(vm: VM, a: list[Any]) -> Any:
    st = _cur(a[0])
    name = vm.cur_native.name if vm.cur_native is not None else ""
    n = len(st["rows"])
    pos = {"moveToFirst": 0, "moveToLast": n - 1, "moveToNext": st["pos"] + 1,
           "moveToPrevious": st["pos"] - 1}.get(name, a[1] if len(a) > 1 else 0)  # fmt: skip
    st["pos"] = max(-1, min(pos, n))
    return 0 <= st["pos"] < n


@method(CUR, "getCount")
def _cursor_count(vm: VM, a: list[Any]) -> Any:
    return len(_cur(a[0])["rows"])


@method(CUR, "getPosition")
def _cursor_pos(vm: VM, a: list[Any]) -> Any:
    return _cur(a[0])["pos"]


@method(CUR, "getColumnIndex", "getColumnIndexOrThrow")
def _cursor_column(vm: VM, a: list[Any]) -> Any:
    cols = _cur(a[0]).get("columns", [])
    return cols.index(a[1]) if a[1] in cols else -1


@method(CUR, "getColumnName")
def _cursor_column_name(vm: VM, a: list[Any]) -> Any:
    cols = _cur(a[0]).get("columns", [])
    return cols[a[1]] if 0 <= a[1] < len(cols) else None


@method(CUR, "getColumnCount")
def _cursor_column_count(vm: VM, a: list[Any]) -> Any:
    return len(_cur(a[0]).get("columns", []))


def _cell(vm: VM, cursor: JObject, column: Any) -> Any:
    st = _cur(cursor)
    cols = st.get("columns", [])
    if not 0 <= st["pos"] < len(st["rows"]) or not isinstance(column, int):
        raise vm.throwable("Landroid/database/CursorIndexOutOfBoundsException;",
                           f"Index {st['pos']} requested, with a size of {len(st['rows'])}")  # fmt: skip
    if not 0 <= column < len(cols):
        return None
    return st["rows"][st["pos"]][cols[column]]


@method(CUR, "getString")
def _cursor_string(vm: VM, a: list[Any]) -> Any:
    from dexlego.emulator.framework.util import prim_str

    v = _cell(vm, a[0], a[1])
    return v if v is None or isinstance(v, str) else prim_str(v, "J")


@method(CUR, "getInt", "getLong", "getShort")
def _cursor_int(vm: VM, a: list[Any]) -> Any:
    v = _cell(vm, a[0], a[1])
    return v if isinstance(v, int) else 0


@method(CUR, "isNull")
def _cursor_null(vm: VM, a: list[Any]) -> Any:
    return _cell(vm, a[0], a[1]) is None


@method(CUR, "close")
def _cursor_close(vm: VM, a: list[Any]) -> Any:
    return None


@method(CUR, "isAfterLast")
def _cursor_after(vm: VM, a: list[Any]) -> Any:
    st = _cur(a[0])
    return st["pos"] >= len(st["rows"])


@method(CUR, "isBeforeFirst")
def _cursor_before(vm: VM, a: list[Any]) -> Any:
    return _cur(a[0])["pos"] < 0


# -- themed attributes: every attribute is "set", every getter returns its default ----------

TA = "Landroid/content/res/TypedArray;"
model_class(TA)
model_class("Landroid/content/res/Configuration;", OBJ, ("Landroid/os/Parcelable;",))


# What a stock app theme (Theme.AppCompat / Theme.Material) sets, by attribute name; any other
# attribute reads as the default the caller passes.
THEME_VALUES = {"windowActionBar": 1, "windowNoTitle": 0, "windowActionBarOverlay": 0,
                "windowActionModeOverlay": 0, "windowIsFloating": 0}  # fmt: skip


@method(CTX, "obtainStyledAttributes")
@method("Landroid/content/res/Resources$Theme;", "obtainStyledAttributes")
def _styled(vm: VM, a: list[Any]) -> Any:
    from dexlego.emulator.vm.objects import JArray

    attrs = next((v for v in a[1:] if isinstance(v, JArray)), None)
    return vm.new_object(TA, list(attrs.data) if attrs is not None else [])


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
