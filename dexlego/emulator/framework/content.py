"""Intent, Bundle, ComponentName, IntentFilter, SharedPreferences, ContentValues, Uri."""

from __future__ import annotations

from typing import Any

from dexlego.emulator.framework.registry import method, model_class
from dexlego.emulator.framework.util import box, jstr, unbox
from dexlego.emulator.names import binary_to_descriptor
from dexlego.emulator.taint import tag, taint_of
from dexlego.emulator.vm.machine import VM
from dexlego.emulator.vm.objects import JObject

OBJ = "Ljava/lang/Object;"
INTENT = "Landroid/content/Intent;"
B = "Landroid/os/Bundle;"
model_class("Landroid/os/BaseBundle;")
model_class(B, "Landroid/os/BaseBundle;", ("Landroid/os/Parcelable;",))
model_class(INTENT, OBJ, ("Landroid/os/Parcelable;", "Ljava/lang/Cloneable;"))
CN = "Landroid/content/ComponentName;"
model_class(CN, OBJ, ("Landroid/os/Parcelable;",))
IF = "Landroid/content/IntentFilter;"
model_class(IF, OBJ, ("Landroid/os/Parcelable;",))
SP = "Landroid/content/SharedPreferences;"
model_class(SP, interface=True)
SPI = "Landroid/app/SharedPreferencesImpl;"
model_class(SPI, OBJ, (SP,))
ED = "Landroid/content/SharedPreferences$Editor;"
model_class(ED, interface=True)
EDI = "Landroid/app/SharedPreferencesImpl$EditorImpl;"
model_class(EDI, OBJ, (ED,))
model_class("Landroid/content/SharedPreferences$OnSharedPreferenceChangeListener;", interface=True)
model_class("Landroid/preference/PreferenceManager;")
CV = "Landroid/content/ContentValues;"
model_class(CV, OBJ, ("Landroid/os/Parcelable;",))
U = "Landroid/net/Uri;"
model_class(U, OBJ, ("Landroid/os/Parcelable;", "Ljava/lang/Comparable;"))
model_class("Landroid/app/PendingIntent;", OBJ, ("Landroid/os/Parcelable;",))


# -- Bundle ---------------------------------------------------------------------------------


def bundle_map(b: JObject) -> dict[str, Any]:
    if not isinstance(b.native, dict):
        b.native = {}
    d: dict[str, Any] = b.native
    return d


def new_bundle(vm: VM, values: dict[str, Any] | None = None) -> JObject:
    return vm.new_object(B, dict(values or {}))


@method(B, "<init>")
def _bundle_init(vm: VM, a: list[Any]) -> Any:
    a[0].native = {}
    if len(a) > 1 and isinstance(a[1], JObject) and isinstance(a[1].native, dict):
        a[0].native = dict(a[1].native)
    return None


@method(B, "putString", "putInt", "putLong", "putBoolean", "putDouble", "putFloat",
        "putStringArray", "putStringArrayList", "putParcelable", "putSerializable",
        "putCharSequence", "putIntArray", "putByteArray", "putBundle", "putChar", "putShort",
        "putByte", "putParcelableArrayList", "putIntegerArrayList", "putCharArray",
        "putLongArray", "putBinder", "putParcelableArray")  # fmt: skip
def _bundle_put(vm: VM, a: list[Any]) -> Any:
    bundle_map(a[0])[str(a[1])] = a[2]
    return None


@method(B, "get")
def _bundle_get_any(vm: VM, a: list[Any]) -> Any:
    v = bundle_map(a[0]).get(str(a[1]))
    if isinstance(v, int | float):
        return box(vm, v, "I" if isinstance(v, int) else "D")
    return v


@method(B, "getString", "getStringArray", "getStringArrayList", "getParcelable",
        "getSerializable", "getCharSequence", "getIntArray", "getByteArray", "getBundle",
        "getParcelableArrayList", "getIntegerArrayList", "getCharArray", "getLongArray",
        "getBinder", "getParcelableArray")  # fmt: skip
def _bundle_get(vm: VM, a: list[Any]) -> Any:
    v = bundle_map(a[0]).get(str(a[1]))
    if v is None and len(a) > 2:
        return a[2]
    return v


@method(B, "getInt", "getLong", "getBoolean", "getDouble", "getFloat", "getChar", "getShort",
        "getByte")  # fmt: skip
def _bundle_get_prim(vm: VM, a: list[Any]) -> Any:
    v = bundle_map(a[0]).get(str(a[1]))
    if v is None:
        return a[2] if len(a) > 2 else 0
    return unbox(v)


@method(B, "containsKey")
def _bundle_has(vm: VM, a: list[Any]) -> Any:
    return str(a[1]) in bundle_map(a[0])


@method(B, "remove")
def _bundle_remove(vm: VM, a: list[Any]) -> Any:
    bundle_map(a[0]).pop(str(a[1]), None)
    return None


@method(B, "keySet")
def _bundle_keys(vm: VM, a: list[Any]) -> Any:
    return vm.new_object("Ljava/util/HashSet;", {k: (k, k) for k in bundle_map(a[0])})


@method(B, "size")
def _bundle_size(vm: VM, a: list[Any]) -> Any:
    return len(bundle_map(a[0]))


@method(B, "isEmpty")
def _bundle_empty(vm: VM, a: list[Any]) -> Any:
    return not bundle_map(a[0])


@method(B, "putAll")
def _bundle_put_all(vm: VM, a: list[Any]) -> Any:
    if isinstance(a[1], JObject):
        bundle_map(a[0]).update(bundle_map(a[1]))
    return None


@method(B, "clear")
def _bundle_clear(vm: VM, a: list[Any]) -> Any:
    bundle_map(a[0]).clear()
    return None


@method(B, "setClassLoader")
def _bundle_noop(vm: VM, a: list[Any]) -> Any:
    return None


@method(B, "toString()Ljava/lang/String;")
def _bundle_str(vm: VM, a: list[Any]) -> Any:
    parts = [f"{k}={jstr(vm, v)}" for k, v in bundle_map(a[0]).items()]
    s = "Bundle[{" + ", ".join(parts) + "}]"
    t = frozenset().union(*(taint_of(p) for p in parts)) if parts else frozenset()
    return tag(s, t)


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


@method(U, "parse")
def _uri_parse(vm: VM, a: list[Any]) -> Any:
    u = vm.new_object(U, a[0])
    u.taint = taint_of(a[0])
    return u


@method(U, "toString()Ljava/lang/String;")
def _uri_str(vm: VM, a: list[Any]) -> Any:
    return a[0].native if isinstance(a[0].native, str) else ""


@method(U, "fromParts")
def _uri_parts(vm: VM, a: list[Any]) -> Any:
    s = f"{a[0]}:{a[1]}"
    return _uri_parse(vm, [tag(s, taint_of(a[1]))])


@method(U, "withAppendedPath")
def _uri_append(vm: VM, a: list[Any]) -> Any:
    base = a[0].native if isinstance(a[0], JObject) else ""
    return _uri_parse(vm, [tag(f"{base}/{a[1]}", taint_of(a[1]))])


@method(U, "getScheme")
def _uri_scheme(vm: VM, a: list[Any]) -> Any:
    s = a[0].native or ""
    return s.split(":", 1)[0] if ":" in s else None


@method(U, "getHost", "getPath", "getLastPathSegment", "getQuery")
def _uri_part(vm: VM, a: list[Any]) -> Any:
    return a[0].native or ""


@method("Landroid/app/PendingIntent;", "getActivity", "getBroadcast", "getService")
def _pending(vm: VM, a: list[Any]) -> Any:
    return vm.new_object("Landroid/app/PendingIntent;", a[2] if len(a) > 2 else None)

