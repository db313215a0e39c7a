"""`android.app`: Activity, Application, Service, IntentService, Fragment and its manager and
transactions, PendingIntent, dialogs, the SharedPreferences implementation.

The per-run Android state (the app's manifest, its running components, registered receivers
and listeners, pending intents) lives in `Android`, stored at `vm.env["android"]`; the driver
creates it and consumes what the models record there.
"""

from __future__ import annotations

from collections import deque
from dataclasses import dataclass, field
from typing import TYPE_CHECKING, Any

from dexlego.emulator.framework.android.preference import prefs_for
from dexlego.emulator.framework.common import sink
from dexlego.emulator.framework.registry import method, model_class, model_classes, own_contract
from dexlego.emulator.vm.machine import VM
from dexlego.emulator.vm.natives import NativeFn
from dexlego.emulator.vm.objects import JArray, JObject

if TYPE_CHECKING:
    from dexlego.emulator.apkinfo import ApkInfo

CTW = "Landroid/view/ContextThemeWrapper;"
CW = "Landroid/content/ContextWrapper;"
ED = "Landroid/content/SharedPreferences$Editor;"
OBJ = "Ljava/lang/Object;"
SP = "Landroid/content/SharedPreferences;"

ACT = "Landroid/app/Activity;"
SVC = "Landroid/app/Service;"
APP = "Landroid/app/Application;"
FR = "Landroid/app/Fragment;"
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
model_class(FR, OBJ, ("Landroid/content/ComponentCallbacks2;",
                    "Landroid/view/View$OnCreateContextMenuListener;"))  # fmt: skip
model_classes(FR, "Landroid/app/DialogFragment;", "Landroid/app/ListFragment;",
              "Landroid/preference/PreferenceFragment;")  # fmt: skip
model_class("Landroid/app/FragmentManager;")
model_class("Landroid/app/FragmentTransaction;")


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
    component_callbacks: list[JObject] = field(default_factory=list)
    bindings: dict[int, tuple[str, JObject]] = field(default_factory=dict)  # id(conn) -> service


def android(vm: VM) -> Android:
    st: Android = vm.env["android"]
    return st
SINK_RESULT = "Landroid/app/Activity;->setResult(ILandroid/content/Intent;)V"


@method(ACT, "getPreferences")
def _activity_prefs(vm: VM, a: list[Any]) -> Any:
    return prefs_for(vm, a[0].cls.name)


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
            if "Bundle;" in cb_key:  # onActivityCreated / onActivitySaveInstanceState
                args.append(a[1] if len(a) > 1 else None)
            vm.call_virtual(cb, cb_key, args)
        if name == "onSaveInstanceState" and len(a) > 1 and isinstance(a[1], JObject):
            _save_views(vm, a[0], a[1])
        return None


for _n in _LIFECYCLE_CB:
    _make_lifecycle(_n)

# -- the view hierarchy's saved state -------------------------------------------------------
# AOSP Activity.onSaveInstanceState puts mWindow.saveHierarchyState() under
# "android:viewHierarchyState": each view with an id saves onSaveInstanceState() (TextView
# saves its text when it freezes it, as every EditText does); Activity.onRestoreInstanceState,
# which only a recreated activity receives, hands each view with the same id its state back.
VIEW_STATES = "android:viewHierarchyState"
SAVE_STATE = "onSaveInstanceState()Landroid/os/Parcelable;"
RESTORE_STATE = "onRestoreInstanceState(Landroid/os/Parcelable;)V"


def _window_views(vm: VM, act: JObject) -> list[JObject]:
    """The views of the activity's window that have an id, depth first."""
    from dexlego.emulator.framework.android.view import NO_ID, decor_of, vstate, walk

    decor = decor_of(vm, act)
    return [v for v in walk(decor) if vstate(v)["id"] != NO_ID] if decor is not None else []


def _save_views(vm: VM, act: JObject, bundle: JObject) -> None:
    from dexlego.emulator.framework.android.os import bundle_map, new_bundle
    from dexlego.emulator.framework.android.view import vstate

    states: dict[Any, Any] = {}  # view id -> its state (a Bundle keyed by ids, as a SparseArray)
    for view in _window_views(vm, act):
        vid = vstate(view)["id"]
        if vm.find_virtual(view, SAVE_STATE) is not None:
            states.setdefault(vid, vm.call_virtual(view, SAVE_STATE, []))
        elif vm.instance_of(view, "Landroid/widget/EditText;"):
            states.setdefault(vid, vstate(view).get("text", ""))
    bundle_map(bundle)[VIEW_STATES] = new_bundle(vm, states)


@method(ACT, "onRestoreInstanceState")
def _restore_views(vm: VM, a: list[Any]) -> Any:
    from dexlego.emulator.framework.android.os import bundle_map
    from dexlego.emulator.framework.android.view import vstate

    if len(a) < 2 or not isinstance(a[1], JObject):
        return None
    saved = bundle_map(a[1]).get(VIEW_STATES)
    states = bundle_map(saved) if isinstance(saved, JObject) else {}
    for view in _window_views(vm, a[0]):
        vid = vstate(view)["id"]
        if vid not in states:
            continue
        state = states[vid]
        if isinstance(state, str) and vm.instance_of(view, "Landroid/widget/EditText;"):
            vstate(view)["text"] = state
        elif vm.find_virtual(view, RESTORE_STATE) is not None:
            vm.call_virtual(view, RESTORE_STATE, [state])
    return None


@method(ACT, "onRestart", "onPostCreate", "onPostResume",
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
@own_contract
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


def _fragment_start_model(name: str) -> NativeFn:
    """Fragment.startActivity/startActivityForResult: the result comes back to the fragment's
    onActivityResult (AOSP Fragment.java: the host activity routes it by request code)."""

    def model(vm: VM, a: list[Any]) -> Any:
        from dexlego.emulator.framework.android.content import start_activity

        request = a[2] if name == "startActivityForResult" and isinstance(a[2], int) else None
        start_activity(vm, a[0], a[1], request, f"Fragment.{name}")
        return None

    return own_contract(model)


for _name in ("startActivity", "startActivityForResult"):
    method(FR, _name)(_fragment_start_model(_name))


# -- runtime permissions (API 23+) ---------------------------------------------------------
# Activity.requestPermissions / Fragment.requestPermissions: the system asks the user, then calls
# onRequestPermissionsResult(requestCode, permissions, grantResults) on the requester, one grant
# result per permission (API reference, "Request runtime permissions"). The emulated user grants
# them all; `collect --deny-permissions` denies them all.


@method(ACT, "requestPermissions")
@method(FR, "requestPermissions")
def _request_permissions(vm: VM, a: list[Any]) -> Any:
    from dexlego.emulator.framework.android.content import permission_state

    perms = a[1]
    if not isinstance(perms, JArray) or not isinstance(a[2], int) or a[2] < 0:
        raise vm.throwable("Ljava/lang/IllegalArgumentException;", "requestPermissions: bad arguments")
    grants = JArray("[I", [permission_state(vm)] * len(perms.data))
    android(vm).pending.append({"kind": "permissions", "target": a[0], "request": a[2],
                                "permissions": perms, "grants": grants})  # fmt: skip
    return None


@method(ACT, "shouldShowRequestPermissionRationale")
@method(FR, "shouldShowRequestPermissionRationale")
def _rationale(vm: VM, a: list[Any]) -> Any:
    return False  # the user has not denied the permission before


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
SPI = "Landroid/app/SharedPreferencesImpl;"
model_class(SPI, OBJ, (SP,))
EDI = "Landroid/app/SharedPreferencesImpl$EditorImpl;"
model_class(EDI, OBJ, (ED,))
model_class("Landroid/app/PendingIntent;", OBJ, ("Landroid/os/Parcelable;",))


@method(SPI, "getString", "getInt", "getLong", "getBoolean", "getFloat", "getStringSet")
def _prefs_get(vm: VM, a: list[Any]) -> Any:
    v = a[0].native["values"].get(str(a[1]))
    return a[2] if v is None else v


@method(SPI, "contains")
def _prefs_contains(vm: VM, a: list[Any]) -> Any:
    return str(a[1]) in a[0].native["values"]


@method(SPI, "getAll")
def _prefs_all(vm: VM, a: list[Any]) -> Any:
    return vm.new_object("Ljava/util/HashMap;", {k: (k, v) for k, v in a[0].native["values"].items()})


@method(SPI, "edit")
def _prefs_edit(vm: VM, a: list[Any]) -> Any:
    return vm.new_object(EDI, {"prefs": a[0], "pending": {}, "clear": False})


@method(SPI, "registerOnSharedPreferenceChangeListener")
def _prefs_listen(vm: VM, a: list[Any]) -> Any:
    a[0].native["listeners"].append(a[1])
    return None


@method(SPI, "unregisterOnSharedPreferenceChangeListener")
def _prefs_unlisten(vm: VM, a: list[Any]) -> Any:
    ls = a[0].native["listeners"]
    if a[1] in ls:
        ls.remove(a[1])
    return None


@method(EDI, "putString", "putInt", "putLong", "putBoolean", "putFloat", "putStringSet")
def _edit_put(vm: VM, a: list[Any]) -> Any:
    a[0].native["pending"][str(a[1])] = a[2]
    return a[0]


@method(EDI, "remove")
def _edit_remove(vm: VM, a: list[Any]) -> Any:
    a[0].native["pending"][str(a[1])] = _REMOVED
    return a[0]


_REMOVED = object()


@method(EDI, "clear")
def _edit_clear(vm: VM, a: list[Any]) -> Any:
    a[0].native["clear"] = True
    return a[0]


@method(EDI, "commit", "apply")
def _edit_commit(vm: VM, a: list[Any]) -> Any:
    st = a[0].native
    prefs = st["prefs"]
    values = prefs.native["values"]
    if st["clear"]:
        values.clear()
    changed = list(st["pending"])
    for k, v in st["pending"].items():
        if v is _REMOVED:
            values.pop(k, None)
        else:
            values[k] = v
    st["pending"] = {}
    for listener in list(prefs.native["listeners"]):
        for k in changed:
            vm.call_virtual(listener, "onSharedPreferenceChanged(Landroid/content/SharedPreferences;"
                            "Ljava/lang/String;)V", [prefs, k])  # fmt: skip
    return True


@method("Landroid/app/PendingIntent;", "getActivity", "getBroadcast", "getService")
def _pending(vm: VM, a: list[Any]) -> Any:
    return vm.new_object("Landroid/app/PendingIntent;", a[2] if len(a) > 2 else None)
model_class("Landroid/app/Dialog;")
model_class("Landroid/app/AlertDialog;", "Landroid/app/Dialog;")
model_class("Landroid/app/AlertDialog$Builder;")


@method(ACT, "setContentView", "addContentView")
def _set_content_view(vm: VM, a: list[Any]) -> Any:
    """Activity.setContentView / addContentView: the window's (getWindow() is virtual)."""
    name = vm.cur_native.name if vm.cur_native is not None else "setContentView"
    w = vm.call_virtual(a[0], "getWindow()Landroid/view/Window;", [])
    if w is None:
        return None
    if name == "addContentView":
        vm.call_virtual(w, "addContentView(Landroid/view/View;Landroid/view/ViewGroup$LayoutParams;)V",
                        a[1:3])  # fmt: skip
    elif isinstance(a[1], int):
        vm.call_virtual(w, "setContentView(I)V", [a[1]])
    elif len(a) > 2:
        vm.call_virtual(w, "setContentView(Landroid/view/View;Landroid/view/ViewGroup$LayoutParams;)V",
                        a[1:3])  # fmt: skip
    else:
        vm.call_virtual(w, "setContentView(Landroid/view/View;)V", [a[1]])
    return None


@method(ACT, "findViewById", "requireViewById")
def _find_view(vm: VM, a: list[Any]) -> Any:
    """Activity.findViewById: getWindow().findViewById(id), null when no view has the id."""
    required = vm.cur_native is not None and vm.cur_native.name == "requireViewById"
    w = vm.call_virtual(a[0], "getWindow()Landroid/view/Window;", [])
    found = vm.call_virtual(w, "findViewById(I)Landroid/view/View;", [a[1]]) if w is not None else None
    if found is None and required:
        raise vm.throwable("Ljava/lang/IllegalArgumentException;",
                           "ID does not reference a View inside this Activity")  # fmt: skip
    return found


@method(ACT, "getWindow")
def _window(vm: VM, a: list[Any]) -> Any:
    from dexlego.emulator.framework.android.view import window_of

    return window_of(vm, a[0])


@method(ACT, "getLayoutInflater")
def _layout_inflater(vm: VM, a: list[Any]) -> Any:
    w = vm.call_virtual(a[0], "getWindow()Landroid/view/Window;", [])
    return vm.call_virtual(w, "getLayoutInflater()Landroid/view/LayoutInflater;", []) if w else None


@method(ACT, "getWindowManager")
def _activity_wm(vm: VM, a: list[Any]) -> Any:
    return vm.call_virtual(a[0], "getSystemService(Ljava/lang/String;)Ljava/lang/Object;", ["window"])


@method(ACT, "getMenuInflater")
def _menu_inflater(vm: VM, a: list[Any]) -> Any:
    return vm.new_object("Landroid/view/MenuInflater;")


@method(ACT, "onCreateView")
def _activity_create_view(vm: VM, a: list[Any]) -> Any:
    """Activity as LayoutInflater.Factory2: only <fragment> elements."""
    from dexlego.emulator.framework.inflation import activity_create_view

    if len(a) == 5:
        return activity_create_view(vm, a[0], a[1], a[2], a[3], a[4])
    return activity_create_view(vm, a[0], None, a[1], a[2], a[3])


@method(ACT, "onContentChanged")
def _content_changed(vm: VM, a: list[Any]) -> Any:
    return None


@method("Landroid/app/AlertDialog$Builder;", "<init>")
def _builder_init(vm: VM, a: list[Any]) -> Any:
    a[0].native = {"buttons": []}
    return None


@method("Landroid/app/AlertDialog$Builder;", "setPositiveButton", "setNegativeButton",
        "setNeutralButton")  # fmt: skip
def _builder_button(vm: VM, a: list[Any]) -> Any:
    if isinstance(a[2], JObject):
        android(vm).other_listeners.append(
            (a[2], "onClick(Landroid/content/DialogInterface;I)V", [None, -1])
        )
    return a[0]


@method("Landroid/app/AlertDialog$Builder;", "setTitle", "setMessage", "setCancelable",
        "setIcon", "setView", "setItems", "setOnCancelListener")  # fmt: skip
def _builder_self(vm: VM, a: list[Any]) -> Any:
    return a[0]


@method("Landroid/app/AlertDialog$Builder;", "create", "show")
def _builder_create(vm: VM, a: list[Any]) -> Any:
    return vm.new_object("Landroid/app/AlertDialog;")


DIALOG = "Landroid/app/Dialog;"
model_class("Landroid/content/DialogInterface;", interface=True)


def _dialog(vm: VM, d: JObject) -> dict[str, Any]:
    from dexlego.emulator.framework.android.content_res import context_state

    st = context_state(vm, d)
    if "dialog" not in st:
        st["dialog"] = {"context": vm.env.get("current_activity"), "showing": False,
                        "created": False, "listeners": {}}  # fmt: skip
    state: dict[str, Any] = st["dialog"]
    return state


@method(DIALOG, "<init>")
def _dialog_init(vm: VM, a: list[Any]) -> Any:
    """Dialog(Context[, int themeResId[, boolean]]) / (Context, boolean, OnCancelListener): its
    context is a ContextThemeWrapper with the theme (the context theme's android:dialogTheme
    when 0), its window a PhoneWindow whose callback is the dialog."""
    from dexlego.emulator.framework.android.content_res import android_attr, context_theme
    from dexlego.emulator.framework.android.view import window_of
    from dexlego.emulator.framework.inflation import theme_wrapper

    d, ctx = a[0], a[1] if len(a) > 1 else None
    cancel_form = len(a) == 4 and isinstance(a[3], JObject)
    theme = a[2] if len(a) >= 3 and isinstance(a[2], int) and not cancel_form else 0
    if not theme and isinstance(ctx, JObject):
        v = context_theme(vm, ctx).resolve_attribute(android_attr(vm, "dialogTheme"), True)
        theme = (v.resid or v.data) if v is not None and v.is_reference else 0
    st = _dialog(vm, d)
    st["context"] = theme_wrapper(vm, ctx, theme) if theme and isinstance(ctx, JObject) else ctx
    if cancel_form:
        st["listeners"]["cancel"] = a[3]
    window_of(vm, d, st["context"])
    return None


@method(DIALOG, "getContext")
def _dialog_context(vm: VM, a: list[Any]) -> Any:
    return _dialog(vm, a[0])["context"]


@method(DIALOG, "getWindow")
def _dialog_window(vm: VM, a: list[Any]) -> Any:
    from dexlego.emulator.framework.android.view import window_of

    return window_of(vm, a[0], _dialog(vm, a[0])["context"])


@method(DIALOG, "setContentView", "findViewById", "requireViewById", "addContentView",
        "getLayoutInflater", "requestWindowFeature")  # fmt: skip
def _dialog_window_call(vm: VM, a: list[Any]) -> Any:
    """The Dialog methods that are its window's."""
    key = vm.cur_native.key if vm.cur_native is not None else "setContentView(I)V"
    if key.startswith("requestWindowFeature"):
        key = "requestFeature(I)Z"
    w = _dialog_window(vm, [a[0]])
    return vm.call_virtual(w, key, a[1:])


def _dispatch_create(vm: VM, d: JObject) -> None:
    st = _dialog(vm, d)
    if not st["created"]:
        st["created"] = True
        vm.call_virtual(d, "onCreate(Landroid/os/Bundle;)V", [None])


@method(DIALOG, "create")
def _dialog_create(vm: VM, a: list[Any]) -> Any:
    _dispatch_create(vm, a[0])
    return None


@method(DIALOG, "show")
def _dialog_show(vm: VM, a: list[Any]) -> Any:
    """Dialog.show: onCreate once, onStart, then OnShowListener.onShow."""
    st = _dialog(vm, a[0])
    if st["showing"]:
        return None
    _dispatch_create(vm, a[0])
    vm.call_virtual(a[0], "onStart()V", [])
    st["showing"] = True
    listener = st["listeners"].get("show")
    if isinstance(listener, JObject):
        vm.call_virtual(listener, "onShow(Landroid/content/DialogInterface;)V", [a[0]])
    return None


@method(DIALOG, "dismiss", "cancel", "hide")
def _dialog_dismiss(vm: VM, a: list[Any]) -> Any:
    """dismiss: onStop, then OnDismissListener.onDismiss; cancel tells OnCancelListener first;
    hide only hides."""
    name = vm.cur_native.name if vm.cur_native is not None else "dismiss"
    st = _dialog(vm, a[0])
    if name == "cancel":
        listener = st["listeners"].get("cancel")
        if isinstance(listener, JObject):
            vm.call_virtual(listener, "onCancel(Landroid/content/DialogInterface;)V", [a[0]])
    if not st["showing"]:
        return None
    st["showing"] = False
    if name == "hide":
        return None
    vm.call_virtual(a[0], "onStop()V", [])
    listener = st["listeners"].get("dismiss")
    if isinstance(listener, JObject):
        vm.call_virtual(listener, "onDismiss(Landroid/content/DialogInterface;)V", [a[0]])
    return None


@method(DIALOG, "isShowing")
def _dialog_showing(vm: VM, a: list[Any]) -> Any:
    return _dialog(vm, a[0])["showing"]


@method(DIALOG, "setOnShowListener", "setOnDismissListener", "setOnCancelListener")
def _dialog_listener(vm: VM, a: list[Any]) -> Any:
    name = vm.cur_native.name if vm.cur_native is not None else "setOnShowListener"
    kind = {"setOnShowListener": "show", "setOnDismissListener": "dismiss"}.get(name, "cancel")
    _dialog(vm, a[0])["listeners"][kind] = a[1]
    return None


@method(DIALOG, "onCreate", "onStart", "onStop", "setTitle", "setCancelable",
        "setCanceledOnTouchOutside", "setOwnerActivity")  # fmt: skip
def _dialog_noop(vm: VM, a: list[Any]) -> Any:
    return None


# -- ActivityManager: since Android 5 an app sees only its own tasks and processes ---------------

AM = "Landroid/app/ActivityManager;"
model_class(AM)
for _c in ("RunningTaskInfo", "RunningAppProcessInfo", "RunningServiceInfo", "MemoryInfo"):
    model_class(f"Landroid/app/ActivityManager${_c};", OBJ, ("Landroid/os/Parcelable;",))


def _component(vm: VM, desc: str) -> JObject:
    return vm.new_object("Landroid/content/ComponentName;", (android(vm).info.package, desc))


@method(AM, "getRunningTasks", "getAppTasks")
def _running_tasks(vm: VM, a: list[Any]) -> Any:
    """ActivityManager.getRunningTasks: the caller's own task, its foreground activity on top
    (Android 5+ hides other apps' tasks)."""
    act = vm.env.get("current_activity")
    info = android(vm).info
    top = act.cls.name if isinstance(act, JObject) else info.launcher
    tasks = []
    if top is not None:
        t = vm.new_object("Landroid/app/ActivityManager$RunningTaskInfo;")
        base = info.launcher or top
        t.fields.update(id=1, numActivities=1, numRunning=1, topActivity=_component(vm, top),
                        baseActivity=_component(vm, base))  # fmt: skip
        tasks.append(t)
    return vm.new_object("Ljava/util/ArrayList;", tasks)


@method(AM, "getRunningAppProcesses")
def _running_processes(vm: VM, a: list[Any]) -> Any:
    """The app's own process, in the foreground (IMPORTANCE_FOREGROUND)."""
    from dexlego.emulator.device import APP_UID

    pkg = android(vm).info.package
    p = vm.new_object("Landroid/app/ActivityManager$RunningAppProcessInfo;")
    p.fields.update(processName=pkg, pid=4321, uid=APP_UID, importance=100,
                    pkgList=JArray("[Ljava/lang/String;", [pkg]))  # fmt: skip
    return vm.new_object("Ljava/util/ArrayList;", [p])


@method(AM, "getRunningServices")
def _running_services(vm: VM, a: list[Any]) -> Any:
    """The app's own services that are running (started or bound)."""
    out = []
    for desc in android(vm).services:
        s = vm.new_object("Landroid/app/ActivityManager$RunningServiceInfo;")
        s.fields.update(service=_component(vm, desc), process=android(vm).info.package,
                        pid=4321, started=True, foreground=False)  # fmt: skip
        out.append(s)
    return vm.new_object("Ljava/util/ArrayList;", out)


@method(AM, "getMemoryInfo")
def _memory_info(vm: VM, a: list[Any]) -> Any:
    if isinstance(a[1], JObject):
        a[1].fields.update(availMem=2_147_483_648, totalMem=3_758_096_384,
                           threshold=226_492_416, lowMemory=False)  # fmt: skip
    return None


@method(AM, "getMemoryClass", "getLargeMemoryClass")
def _memory_class(vm: VM, a: list[Any]) -> Any:
    return 256 if vm.cur_native is None or vm.cur_native.name == "getMemoryClass" else 512


@method(AM, "isLowRamDevice", "isUserAMonkey", "isRunningInTestHarness")
def _am_false(vm: VM, a: list[Any]) -> Any:
    return False
