"""`android.content.res`: Resources over the APK's resources.arsc (and the framework's),
themes, TypedArray, the compiled-XML parser `XmlBlock.Parser` (an `XmlResourceParser` and the
`AttributeSet` views are built from), Configuration, AssetManager.

Contracts: the `Resources`, `Resources.Theme`, `TypedArray` and `AttributeSet` API reference and
AOSP's `ResourcesImpl`/`AttributeResolution.cpp` (see `dexlego.emulator.resources`): a missing
resource throws `Resources.NotFoundException("Resource ID #0x...")`; TypedArray getters return
the caller's default for an attribute without a value; `getLayoutDimension(i, name)` throws when
the attribute is absent.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

from dexlego.emulator.framework.android.app import android
from dexlego.emulator.framework.java.io import new_input
from dexlego.emulator.framework.org.kxml2_io import (
    XPP,
    ParserState,
    attr_string,
    current_attrs,
    find_attr,
    register_pull_methods,
)
from dexlego.emulator.framework.registry import NATIVES, method, model_class
from dexlego.emulator.resources.apk import Resources
from dexlego.emulator.resources.theme import Theme, default_theme, retrieve
from dexlego.emulator.resources.values import (
    DEVICE,
    TYPE_ATTRIBUTE,
    TYPE_DIMENSION,
    TYPE_FIRST_COLOR_INT,
    TYPE_FLOAT,
    TYPE_FRACTION,
    TYPE_LAST_COLOR_INT,
    TYPE_NULL,
    TYPE_REFERENCE,
    TYPE_STRING,
    Value,
    coerce_to_string,
    dimension,
    dimension_pixel_offset,
    dimension_pixel_size,
    fraction,
    int_value,
    to_float,
)
from dexlego.emulator.resources.xml import PullParser, XmlAttr, XmlElement
from dexlego.emulator.taint import EMPTY
from dexlego.emulator.vm.machine import VM
from dexlego.emulator.vm.objects import JArray, JObject

OBJ = "Ljava/lang/Object;"
RES = "Landroid/content/res/Resources;"
THEME = "Landroid/content/res/Resources$Theme;"
TA = "Landroid/content/res/TypedArray;"
NFE = "Landroid/content/res/Resources$NotFoundException;"
XRP = "Landroid/content/res/XmlResourceParser;"
XBP = "Landroid/content/res/XmlBlock$Parser;"
ATTRS = "Landroid/util/AttributeSet;"
CSL = "Landroid/content/res/ColorStateList;"
CONF = "Landroid/content/res/Configuration;"
TV = "Landroid/util/TypedValue;"
DRAWABLE = "Landroid/graphics/drawable/Drawable;"

model_class(RES)
model_class(THEME)
model_class(TA)
model_class("Landroid/content/res/AssetManager;")
model_class(NFE, "Ljava/lang/RuntimeException;")
model_class(ATTRS, interface=True)
model_class(XRP, OBJ, (XPP, ATTRS, "Ljava/lang/AutoCloseable;"), interface=True)
model_class(XBP, OBJ, (XRP,))
model_class(CSL, OBJ, ("Landroid/os/Parcelable;",))
model_class(CONF, OBJ, ("Landroid/os/Parcelable;", "Ljava/lang/Comparable;"))

# Configuration constants of the emulated phone (see resources.values.Device).
ORIENTATION_PORTRAIT = 1
SCREENLAYOUT = 0x02 | 0x20 | 0x40  # SIZE_NORMAL | LONG_YES | LAYOUTDIR_LTR
UI_MODE = 0x11  # TYPE_NORMAL | NIGHT_NO


# -- the run's resources ----------------------------------------------------------------------


def resources(vm: VM) -> Resources:
    """The APK's resources (an empty table when it has none)."""
    res = android(vm).info.resources
    if res is None:
        res = vm.env.get("empty_resources")
        if res is None:
            res = vm.env["empty_resources"] = Resources(None, None, android(vm).info.package)
    return res


def resources_object(vm: VM) -> JObject:
    """The app's one `Resources` object."""
    obj = vm.env.get("resources_object")
    if obj is None:
        obj = vm.env["resources_object"] = vm.new_object(RES, {})
    return obj


def not_found(vm: VM, rid: Any) -> Exception:
    rid = rid if isinstance(rid, int) else 0
    return vm.throwable(NFE, f"Resource ID #0x{rid & 0xFFFFFFFF:x}")


def android_attr(vm: VM, name: str) -> int:
    """The id of framework attribute `android:name` (0 if unknown)."""
    cache: dict[str, int] = vm.env.setdefault("android_attrs", {})
    rid = cache.get(name)
    if rid is None:
        rid = cache[name] = resources(vm).identifier(name, "attr", "android")
    return rid


# -- themes -------------------------------------------------------------------------------------


def new_theme(vm: VM, theme: Theme | None = None) -> JObject:
    return vm.new_object(THEME, theme if theme is not None else Theme(resources(vm)))


def theme_of(o: Any) -> Theme | None:
    return o.native if isinstance(o, JObject) and isinstance(o.native, Theme) else None


def base_theme(vm: VM) -> Theme:
    """ContextImpl's theme: the framework's default for the app's targetSdk
    (Resources.selectDefaultTheme); an activity applies its own theme over it."""
    th = vm.env.get("base_theme")
    if th is None:
        res = resources(vm)
        th = vm.env["base_theme"] = Theme(res)
        default = default_theme(res, android(vm).info.target_sdk)
        if default:
            th.apply_style(default)
    assert isinstance(th, Theme)
    return th


CTX = "Landroid/content/Context;"
CW = "Landroid/content/ContextWrapper;"
CTW = "Landroid/view/ContextThemeWrapper;"
ACT = "Landroid/app/Activity;"


def context_state(vm: VM, ctx: JObject) -> dict[str, Any]:
    """Per-context framework state (base context, theme resource, theme) kept beside the
    object, whatever its `native` holds."""
    table: dict[int, tuple[JObject, dict[str, Any]]] = vm.env.setdefault("context_state", {})
    hit = table.get(id(ctx))
    if hit is None or hit[0] is not ctx:
        hit = table[id(ctx)] = (ctx, {})
    return hit[1]


def _activity_theme_res(vm: VM, act: JObject) -> int:
    """ActivityInfo.getThemeResource: the activity's android:theme, else the application's."""
    info = android(vm).info
    for c in act.cls.ancestors():
        comp = info.find(c.name)
        if comp is not None:
            return comp.theme or info.theme
    return info.theme


def context_theme_object(vm: VM, ctx: JObject) -> JObject:
    """Context.getTheme for the models: a ContextThemeWrapper (an Activity included) builds
    its theme from its base context's theme plus its own theme resource (initializeTheme); a
    ContextWrapper answers with its base context's; any other context has the framework's
    default theme for the app's targetSdk (ContextImpl)."""
    st = context_state(vm, ctx)
    obj = st.get("theme")
    if isinstance(obj, JObject):
        return obj
    base = st.get("base")
    if vm.instance_of(ctx, CTW):
        th = Theme(resources(vm))
        if isinstance(base, JObject) and base is not ctx:
            th.copy_from(context_theme(vm, base))
        else:
            th.copy_from(base_theme(vm))
        res = st.get("theme_res")
        if res is None and vm.instance_of(ctx, ACT):
            res = st["theme_res"] = _activity_theme_res(vm, ctx)
        if res:
            th.apply_style(res)
        obj = new_theme(vm, th)
    elif vm.instance_of(ctx, CW) and isinstance(base, JObject) and base is not ctx:
        obj = vm.call_virtual(base, "getTheme()Landroid/content/res/Resources$Theme;", [])
        if not isinstance(obj, JObject):
            obj = new_theme(vm, base_theme(vm))
        return obj
    else:
        th = Theme(resources(vm))
        th.copy_from(base_theme(vm))
        obj = new_theme(vm, th)
    st["theme"] = obj
    return obj


def set_context_theme(vm: VM, ctx: JObject, resid: Any) -> None:
    """ContextThemeWrapper.setTheme: a new theme resource, applied over the existing theme."""
    if not isinstance(resid, int):
        return
    st = context_state(vm, ctx)
    if st.get("theme_res") == resid:
        return
    st["theme_res"] = resid
    th = theme_of(st.get("theme"))
    if th is not None and resid:
        th.apply_style(resid)


def set_base_context(vm: VM, ctx: JObject, base: Any) -> None:
    """ContextWrapper's mBase (constructor or attachBaseContext)."""
    if isinstance(base, JObject) and base is not ctx:
        context_state(vm, ctx)["base"] = base


def base_context(vm: VM, ctx: JObject) -> JObject | None:
    base = context_state(vm, ctx).get("base")
    return base if isinstance(base, JObject) else None


def context_theme(vm: VM, ctx: Any) -> Theme:
    """The theme `ctx.getTheme()` returns (the app's override included)."""
    if isinstance(ctx, JObject):
        th = theme_of(vm.call_virtual(ctx, "getTheme()Landroid/content/res/Resources$Theme;", []))
        if th is not None:
            return th
    return base_theme(vm)


# -- Resources ----------------------------------------------------------------------------------


def _id(vm: VM, a: list[Any], i: int = 1) -> int:
    rid = a[i] if len(a) > i else None
    if not isinstance(rid, int):
        raise not_found(vm, 0)
    return rid


def _value(vm: VM, rid: int) -> Value:
    v = resources(vm).value(rid)
    if v is None:
        raise not_found(vm, rid)
    return v


def resource_string(vm: VM, rid: int) -> str:
    """Resources.getString(id)."""
    v = _value(vm, rid)
    s = v.string if v.vtype == TYPE_STRING else coerce_to_string(v)
    if s is None:
        raise not_found(vm, rid)
    return s


def _formatted(vm: VM, template: str, args: Any) -> Any:
    key = "format(Ljava/lang/String;[Ljava/lang/Object;)Ljava/lang/String;"
    fmt = NATIVES.lookup("Ljava/lang/String;", key, "format")
    if fmt is None or not isinstance(args, JArray):
        return template
    return fmt(vm, [template, args])


@method(RES, "getString", "getText")
def _res_string(vm: VM, a: list[Any]) -> Any:
    rid = _id(vm, a)
    if len(a) > 2 and not isinstance(a[2], JArray):  # getText(id, default)
        s = resources(vm).string(rid)
        return s if s is not None else a[2]
    s = resource_string(vm, rid)
    return _formatted(vm, s, a[2]) if len(a) > 2 else s


_PLURALS = {"zero": 0x01000005, "one": 0x01000006, "two": 0x01000007, "few": 0x01000008,
            "many": 0x01000009, "other": 0x01000004}  # fmt: skip


@method(RES, "getQuantityString", "getQuantityText")
def _res_quantity(vm: VM, a: list[Any]) -> Any:
    """English plural rules (the device's locale): 1 is "one", anything else "other"."""
    rid = _id(vm, a)
    bag = resources(vm).bag(rid)
    if bag is None:
        raise not_found(vm, rid)
    items = dict(bag.items)
    want = _PLURALS["one"] if a[2] == 1 else _PLURALS["other"]
    v = resources(vm).resolve(items.get(want) or items.get(_PLURALS["other"]))
    if v is None:
        raise not_found(vm, rid)
    s = v.string if v.vtype == TYPE_STRING else coerce_to_string(v) or ""
    return _formatted(vm, s or "", a[3]) if len(a) > 3 else s


def _array(vm: VM, rid: int) -> list[Value | None]:
    bag = resources(vm).bag(rid)
    if bag is None:
        raise not_found(vm, rid)
    res = resources(vm)
    return [res.resolve(v) for _, v in bag.items]


@method(RES, "getStringArray", "getTextArray")
def _res_string_array(vm: VM, a: list[Any]) -> Any:
    vals = _array(vm, _id(vm, a))
    out = [(v.string if v.vtype == TYPE_STRING else coerce_to_string(v)) if v else None
           for v in vals]  # fmt: skip
    desc = "[Ljava/lang/String;" if vm.cur_native and vm.cur_native.name == "getStringArray" \
        else "[Ljava/lang/CharSequence;"
    return JArray(desc, out)


@method(RES, "getIntArray")
def _res_int_array(vm: VM, a: list[Any]) -> Any:
    vals = _array(vm, _id(vm, a))
    return JArray("[I", [int_value(v) if v is not None and v.is_int else 0 for v in vals])


@method(RES, "obtainTypedArray")
def _res_typed_array(vm: VM, a: list[Any]) -> Any:
    vals = _array(vm, _id(vm, a))
    return typed_array(vm, vals, None)


@method(RES, "getInteger", "getBoolean", "getColor")
def _res_int(vm: VM, a: list[Any]) -> Any:
    v = _value(vm, _id(vm, a))
    if not v.is_int:
        if v.vtype == TYPE_STRING and vm.cur_native and vm.cur_native.name == "getColor":
            return -16777216  # a color state list file: its default color, taken as black
        raise not_found(vm, a[1])
    return int_value(v) if vm.cur_native is None or vm.cur_native.name != "getBoolean" \
        else v.data != 0


@method(RES, "getFloat")
def _res_float(vm: VM, a: list[Any]) -> Any:
    v = _value(vm, _id(vm, a))
    if v.vtype != TYPE_FLOAT:
        raise not_found(vm, a[1])
    return to_float(v.data)


@method(RES, "getDimension", "getDimensionPixelSize", "getDimensionPixelOffset")
def _res_dimen(vm: VM, a: list[Any]) -> Any:
    v = _value(vm, _id(vm, a))
    if v.vtype != TYPE_DIMENSION:
        raise not_found(vm, a[1])
    return _dimension_as_asked(vm, v)


def _dimension_as_asked(vm: VM, v: Value) -> Any:
    """A dimension as the called getDimension/PixelSize/PixelOffset returns it."""
    name = vm.cur_native.name if vm.cur_native is not None else "getDimension"
    if name == "getDimensionPixelSize":
        return dimension_pixel_size(v.data)
    if name == "getDimensionPixelOffset":
        return dimension_pixel_offset(v.data)
    return dimension(v.data)


@method(RES, "getFraction")
def _res_fraction(vm: VM, a: list[Any]) -> Any:
    v = _value(vm, _id(vm, a))
    if v.vtype != TYPE_FRACTION:
        raise not_found(vm, a[1])
    return fraction(v.data, float(a[2]), float(a[3]))


@method(RES, "getDrawable", "getDrawableForDensity")
def _res_drawable(vm: VM, a: list[Any]) -> Any:
    rid = _id(vm, a)
    v = resources(vm).resolve(Value(TYPE_REFERENCE, rid))
    if v is None or v.is_reference and resources(vm).entry(v.data) is None:
        raise not_found(vm, rid)
    return drawable(vm, v)


@method(RES, "getColorStateList")
def _res_csl(vm: VM, a: list[Any]) -> Any:
    return vm.new_object(CSL, {"value": _value(vm, _id(vm, a))})


def drawable(vm: VM, v: Value) -> JObject:
    """A Drawable for a resolved value (Resources.loadDrawable): a ColorDrawable for a color,
    else the class the drawable file inflates to."""
    from dexlego.emulator.framework.android.graphics_drawable import drawable_class, new_drawable

    if TYPE_FIRST_COLOR_INT <= v.vtype <= TYPE_LAST_COLOR_INT:
        return new_drawable(vm, "Landroid/graphics/drawable/ColorDrawable;", color=int_value(v))
    path = v.string if v.vtype == TYPE_STRING and v.string else ""
    root = resources(vm).xml(v.resid) if path.endswith(".xml") and v.resid else None
    return new_drawable(vm, drawable_class(path, root.tag if root is not None else None), resid=v.resid)


@method(RES, "getLayout", "getXml", "getAnimation")
def _res_xml(vm: VM, a: list[Any]) -> Any:
    rid = _id(vm, a)
    root = resources(vm).xml(rid)
    if root is None:
        raise not_found(vm, rid)
    return xml_parser(vm, root)


def xml_parser(vm: VM, root: XmlElement) -> JObject:
    """An XmlResourceParser over a compiled document, before its START_DOCUMENT."""
    return vm.new_object(XBP, ParserState(PullParser(root, start_before_document=True), True))


@method(RES, "openRawResource")
def _res_raw(vm: VM, a: list[Any]) -> Any:
    rid = _id(vm, a)
    data = resources(vm).read_file(rid)
    if data is None:
        raise not_found(vm, rid)
    return new_input(vm, data, EMPTY, "Landroid/content/res/AssetManager$AssetInputStream;")


@method(RES, "getIdentifier")
def _res_identifier(vm: VM, a: list[Any]) -> Any:
    if not isinstance(a[1], str):
        return 0
    return resources(vm).identifier(a[1], a[2] if isinstance(a[2], str) else None,
                                    a[3] if isinstance(a[3], str) else None)  # fmt: skip


@method(RES, "getResourceName", "getResourceEntryName", "getResourceTypeName",
        "getResourcePackageName")  # fmt: skip
def _res_name(vm: VM, a: list[Any]) -> Any:
    rid = _id(vm, a)
    name = resources(vm).name(rid)
    if name is None:
        raise not_found(vm, rid)
    pkg, rtype, entry = name
    which = vm.cur_native.name if vm.cur_native is not None else "getResourceName"
    return {"getResourceEntryName": entry, "getResourceTypeName": rtype,
            "getResourcePackageName": pkg}.get(which, f"{pkg}:{rtype}/{entry}")  # fmt: skip


@method(RES, "getValue", "getValueForDensity")
def _res_get_value(vm: VM, a: list[Any]) -> Any:
    rid = a[1] if isinstance(a[1], int) else resources(vm).identifier(str(a[1]), None, None)
    resolve = bool(a[-1])
    v = resources(vm).resolve(Value(TYPE_REFERENCE, rid)) if resolve else resources(vm).entry(rid)
    if not isinstance(v, Value) or (resolve and v.is_reference and resources(vm).entry(v.data) is None):
        raise not_found(vm, rid)
    fill_typed_value(a[2], v)
    return None


@method(RES, "getDisplayMetrics")
def _res_metrics(vm: VM, a: list[Any]) -> Any:
    return display_metrics(vm)


def display_metrics(vm: VM, into: JObject | None = None) -> JObject:
    """DisplayMetrics of the emulated phone (see resources.values.Device)."""
    dm = into if into is not None else vm.new_object("Landroid/util/DisplayMetrics;")
    dm.fields.update(widthPixels=DEVICE.width_px, heightPixels=DEVICE.height_px,
                     density=DEVICE.density, densityDpi=DEVICE.density_dpi,
                     scaledDensity=DEVICE.scaled_density, xdpi=float(DEVICE.density_dpi),
                     ydpi=float(DEVICE.density_dpi))  # fmt: skip
    return dm


@method(RES, "getConfiguration")
def _res_configuration(vm: VM, a: list[Any]) -> Any:
    return configuration(vm)


def configuration(vm: VM) -> JObject:
    conf = vm.new_object(CONF)
    conf.fields.update(
        orientation=ORIENTATION_PORTRAIT, screenLayout=SCREENLAYOUT, uiMode=UI_MODE,
        densityDpi=DEVICE.density_dpi, screenWidthDp=DEVICE.width_dp,
        screenHeightDp=DEVICE.height_dp, smallestScreenWidthDp=DEVICE.width_dp, fontScale=1.0,
        mcc=DEVICE.mcc, mnc=DEVICE.mnc, touchscreen=3, keyboard=1, keyboardHidden=2,
        hardKeyboardHidden=2, navigation=1, navigationHidden=2,
    )  # fmt: skip
    return conf


@method(RES, "getSystem")
def _res_system(vm: VM, a: list[Any]) -> Any:
    return resources_object(vm)


@method(RES, "getAssets")
def _res_assets(vm: VM, a: list[Any]) -> Any:
    return vm.new_object("Landroid/content/res/AssetManager;")


@method(RES, "newTheme")
def _res_new_theme(vm: VM, a: list[Any]) -> Any:
    return new_theme(vm)


@method(RES, "obtainAttributes")
def _res_obtain(vm: VM, a: list[Any]) -> Any:
    attrs = a[2].data if isinstance(a[2], JArray) else []
    return typed_array(vm, retrieve(resources(vm), attrs, xml_attrs(a[1])), None)


@method(RES, "updateConfiguration", "flushLayoutCache", "finishPreloading")
def _res_noop(vm: VM, a: list[Any]) -> Any:
    return None


# -- Theme --------------------------------------------------------------------------------------


def _theme(vm: VM, o: JObject) -> Theme:
    th = theme_of(o)
    if th is None:
        th = Theme(resources(vm))
        o.native = th
    return th


@method(THEME, "applyStyle")
def _theme_apply(vm: VM, a: list[Any]) -> Any:
    if isinstance(a[1], int) and a[1]:
        _theme(vm, a[0]).apply_style(a[1], bool(a[2]))
    return None


@method(THEME, "setTo")
def _theme_set_to(vm: VM, a: list[Any]) -> Any:
    other = theme_of(a[1])
    if other is not None:
        _theme(vm, a[0]).copy_from(other)
    return None


@method(THEME, "resolveAttribute")
def _theme_resolve(vm: VM, a: list[Any]) -> Any:
    v = _theme(vm, a[0]).resolve_attribute(a[1], bool(a[3])) if isinstance(a[1], int) else None
    if v is None:
        return False
    fill_typed_value(a[2], v)
    return True


@method(THEME, "obtainStyledAttributes")
def _theme_obtain(vm: VM, a: list[Any]) -> Any:
    return obtain_styled(vm, _theme(vm, a[0]), a[1:])


@method(THEME, "getResources")
def _theme_resources(vm: VM, a: list[Any]) -> Any:
    return resources_object(vm)


@method(THEME, "rebase", "dump")
def _theme_noop(vm: VM, a: list[Any]) -> Any:
    return None


def obtain_styled(vm: VM, theme: Theme, args: list[Any]) -> JObject:
    """obtainStyledAttributes in its four forms: (attrs), (resid, attrs),
    (set, attrs), (set, attrs, defStyleAttr, defStyleRes)."""
    if isinstance(args[0], JArray):
        return typed_array(vm, theme.obtain(args[0].data), theme)
    if isinstance(args[0], int) and len(args) == 2 and isinstance(args[1], JArray):
        return typed_array(vm, theme.obtain(args[1].data, None, 0, args[0]), theme)
    attrs = args[1].data if len(args) > 1 and isinstance(args[1], JArray) else []
    if len(args) > 1 and args[1] is None:
        raise vm.throwable("Ljava/lang/NullPointerException;", "attrs == null")
    dsa = args[2] if len(args) > 2 and isinstance(args[2], int) else 0
    dsr = args[3] if len(args) > 3 and isinstance(args[3], int) else 0
    return typed_array(vm, theme.obtain(attrs, xml_attrs(args[0]), dsa, dsr), theme)


# -- TypedArray ---------------------------------------------------------------------------------


@dataclass
class Styled:
    values: list[Value | None]
    theme: Theme | None


def typed_array(vm: VM, values: list[Value | None], theme: Theme | None) -> JObject:
    return vm.new_object(TA, Styled(values, theme))


def _ta_value(vm: VM, a: list[Any]) -> Value | None:
    st = a[0].native
    if not isinstance(st, Styled):
        return None
    i = a[1]
    if not isinstance(i, int) or not 0 <= i < len(st.values):
        raise vm.throwable("Ljava/lang/ArrayIndexOutOfBoundsException;", f"index={i}")
    return st.values[i]


def _unsupported(vm: VM, v: Value, what: str) -> Exception:
    return vm.throwable("Ljava/lang/UnsupportedOperationException;",
                        f"Can't convert value to {what}: type=0x{v.vtype:x}")  # fmt: skip


@method(TA, "hasValue")
def _ta_has(vm: VM, a: list[Any]) -> Any:
    return _ta_value(vm, a) is not None


@method(TA, "hasValueOrEmpty")
def _ta_has_or_empty(vm: VM, a: list[Any]) -> Any:
    return _ta_value(vm, a) is not None


@method(TA, "getBoolean")
def _ta_bool(vm: VM, a: list[Any]) -> Any:
    v = _ta_value(vm, a)
    if v is None:
        return a[2]
    if v.is_int:
        return v.data != 0
    if v.vtype == TYPE_STRING:
        return (v.string or "").lower() == "true"
    raise _unsupported(vm, v, "boolean")


@method(TA, "getInt", "getInteger", "getColor")
def _ta_int(vm: VM, a: list[Any]) -> Any:
    v = _ta_value(vm, a)
    if v is None:
        return a[2]
    if v.is_int:
        return int_value(v)
    if v.vtype == TYPE_STRING and vm.cur_native is not None and vm.cur_native.name == "getColor":
        return a[2]  # a color state list: its default color is not modeled
    if v.vtype == TYPE_STRING and v.string is not None:
        try:
            return int(v.string, 0)
        except ValueError:
            pass
    raise _unsupported(vm, v, "int")


@method(TA, "getFloat")
def _ta_float(vm: VM, a: list[Any]) -> Any:
    v = _ta_value(vm, a)
    if v is None:
        return a[2]
    if v.vtype == TYPE_FLOAT:
        return to_float(v.data)
    if v.is_int:
        return float(int_value(v))
    raise _unsupported(vm, v, "float")


@method(TA, "getDimension", "getDimensionPixelSize", "getDimensionPixelOffset")
def _ta_dimen(vm: VM, a: list[Any]) -> Any:
    v = _ta_value(vm, a)
    if v is None:
        return a[2]
    if v.vtype != TYPE_DIMENSION:
        raise _unsupported(vm, v, "dimension")
    return _dimension_as_asked(vm, v)


@method(TA, "getLayoutDimension")
def _ta_layout_dimen(vm: VM, a: list[Any]) -> Any:
    v = _ta_value(vm, a)
    if v is not None and v.is_int:
        return int_value(v)
    if v is not None and v.vtype == TYPE_DIMENSION:
        return dimension_pixel_size(v.data)
    if isinstance(a[2], str):  # getLayoutDimension(index, name): the attribute is required
        raise vm.throwable("Ljava/lang/UnsupportedOperationException;",
                           f"Binary XML file: You must supply a {a[2]} attribute.")  # fmt: skip
    return a[2]


@method(TA, "getFraction")
def _ta_fraction(vm: VM, a: list[Any]) -> Any:
    v = _ta_value(vm, a)
    if v is None:
        return a[4]
    if v.vtype != TYPE_FRACTION:
        raise _unsupported(vm, v, "fraction")
    return fraction(v.data, float(a[2]), float(a[3]))


@method(TA, "getResourceId")
def _ta_resource_id(vm: VM, a: list[Any]) -> Any:
    v = _ta_value(vm, a)
    if v is None:
        return a[2]
    if v.resid:
        return v.resid
    return v.data if v.vtype == TYPE_REFERENCE and v.data else a[2]


@method(TA, "getString", "getText", "getNonResourceString")
def _ta_string(vm: VM, a: list[Any]) -> Any:
    v = _ta_value(vm, a)
    if v is None:
        return None
    if vm.cur_native is not None and vm.cur_native.name == "getNonResourceString" and v.resid:
        return None
    if v.vtype == TYPE_ATTRIBUTE:
        raise vm.throwable("Ljava/lang/UnsupportedOperationException;",
                           "Failed to resolve attribute")  # fmt: skip
    return v.string if v.vtype == TYPE_STRING else coerce_to_string(v)


@method(TA, "getTextArray")
def _ta_text_array(vm: VM, a: list[Any]) -> Any:
    v = _ta_value(vm, a)
    if v is None or not v.resid:
        return None
    return _res_string_array(vm, [resources_object(vm), v.resid])


@method(TA, "getDrawable", "getDrawableForDensity")
def _ta_drawable(vm: VM, a: list[Any]) -> Any:
    v = _ta_value(vm, a)
    return drawable(vm, v) if v is not None and v.vtype != TYPE_NULL else None


@method(TA, "getColorStateList")
def _ta_csl(vm: VM, a: list[Any]) -> Any:
    v = _ta_value(vm, a)
    return vm.new_object(CSL, {"value": v}) if v is not None else None


@method(TA, "getType")
def _ta_type(vm: VM, a: list[Any]) -> Any:
    v = _ta_value(vm, a)
    return v.vtype if v is not None else TYPE_NULL


@method(TA, "peekValue")
def _ta_peek(vm: VM, a: list[Any]) -> Any:
    v = _ta_value(vm, a)
    if v is None:
        return None
    tv = vm.new_object(TV)
    fill_typed_value(tv, v)
    return tv


@method(TA, "getValue")
def _ta_get_value(vm: VM, a: list[Any]) -> Any:
    v = _ta_value(vm, a)
    if v is None:
        return False
    fill_typed_value(a[2], v)
    return True


@method(TA, "length")
def _ta_length(vm: VM, a: list[Any]) -> Any:
    st = a[0].native
    return len(st.values) if isinstance(st, Styled) else 0


def _indices(o: JObject) -> list[int]:
    st = o.native
    return [i for i, v in enumerate(st.values) if v is not None] if isinstance(st, Styled) else []


@method(TA, "getIndexCount")
def _ta_index_count(vm: VM, a: list[Any]) -> Any:
    return len(_indices(a[0]))


@method(TA, "getIndex")
def _ta_index(vm: VM, a: list[Any]) -> Any:
    idx = _indices(a[0])
    if not isinstance(a[1], int) or not 0 <= a[1] < len(idx):
        raise vm.throwable("Ljava/lang/ArrayIndexOutOfBoundsException;", f"index={a[1]}")
    return idx[a[1]]


@method(TA, "getResources")
def _ta_resources(vm: VM, a: list[Any]) -> Any:
    return resources_object(vm)


@method(TA, "recycle", "close")
def _ta_recycle(vm: VM, a: list[Any]) -> Any:
    return None


@method(TA, "getChangingConfigurations")
def _ta_zero(vm: VM, a: list[Any]) -> Any:
    return 0


@method(TA, "getPositionDescription")
def _ta_position(vm: VM, a: list[Any]) -> Any:
    return "<internal>"


def fill_typed_value(tv: Any, v: Value) -> None:
    """Set a TypedValue's public fields from `v`."""
    if not isinstance(tv, JObject):
        return
    tv.fields.update(type=v.vtype, data=int_value(v), resourceId=v.resid, assetCookie=0,
                     string=v.string if v.vtype == TYPE_STRING else None,
                     changingConfigurations=0, density=0)  # fmt: skip


# -- XmlBlock.Parser: XmlResourceParser and AttributeSet ----------------------------------------

register_pull_methods(XBP)


def xml_attrs(o: Any) -> list[XmlAttr] | None:
    """The attributes an AttributeSet argument stands for (None for null or a foreign one)."""
    if isinstance(o, JObject) and isinstance(o.native, ParserState):
        return current_attrs(o)
    return None


def _attr_index(vm: VM, o: JObject, i: Any) -> XmlAttr | None:
    attrs = current_attrs(o) or []
    return attrs[i] if isinstance(i, int) and 0 <= i < len(attrs) else None


def _named(vm: VM, a: list[Any]) -> tuple[XmlAttr | None, Any]:
    """(attribute, default) for both accessor forms: (index, default) and (ns, name, default)."""
    if isinstance(a[1], int) and len(a) == 3:
        return _attr_index(vm, a[0], a[1]), a[2]
    ns = a[1] if isinstance(a[1], str) else None
    return find_attr(a[0], ns, str(a[2]), any_ns_for_null=False), a[-1]


@method(XBP, "getAttributeNameResource")
def _xbp_name_res(vm: VM, a: list[Any]) -> Any:
    at = _attr_index(vm, a[0], a[1])
    return at.res_id if at is not None else 0


@method(XBP, "getAttributeResourceValue")
def _xbp_res_value(vm: VM, a: list[Any]) -> Any:
    at, default = _named(vm, a)
    return at.value.data if at is not None and at.value.vtype == TYPE_REFERENCE else default


@method(XBP, "getAttributeIntValue", "getAttributeUnsignedIntValue")
def _xbp_int(vm: VM, a: list[Any]) -> Any:
    at, default = _named(vm, a)
    if at is None:
        return default
    if at.value.is_int:
        return int_value(at.value)
    try:
        return int(at.value.string or "", 0)
    except ValueError:
        return default


@method(XBP, "getAttributeBooleanValue")
def _xbp_bool(vm: VM, a: list[Any]) -> Any:
    at, default = _named(vm, a)
    if at is None:
        return default
    if at.value.is_int:
        return at.value.data != 0
    return (at.value.string or "").lower() == "true"


@method(XBP, "getAttributeFloatValue")
def _xbp_float(vm: VM, a: list[Any]) -> Any:
    at, default = _named(vm, a)
    if at is None:
        return default
    if at.value.vtype == TYPE_FLOAT:
        return to_float(at.value.data)
    try:
        return float(at.value.string or "")
    except ValueError:
        return default


@method(XBP, "getAttributeListValue")
def _xbp_list(vm: VM, a: list[Any]) -> Any:
    if isinstance(a[1], int) and len(a) == 4:
        at, options, default = _attr_index(vm, a[0], a[1]), a[2], a[3]
    else:
        at = find_attr(a[0], a[1] if isinstance(a[1], str) else None, str(a[2]), False)
        options, default = a[3], a[4]
    if at is None:
        return default
    if at.value.is_int:
        return int_value(at.value)
    s = attr_string(a[0], at)
    opts = options.data if isinstance(options, JArray) else []
    return opts.index(s) if s in opts else default


@method(XBP, "getIdAttribute")
def _xbp_id(vm: VM, a: list[Any]) -> Any:
    return attr_string(a[0], find_attr(a[0], None, "id", False))


@method(XBP, "getClassAttribute")
def _xbp_class(vm: VM, a: list[Any]) -> Any:
    return attr_string(a[0], find_attr(a[0], None, "class", False))


@method(XBP, "getIdAttributeResourceValue")
def _xbp_id_res(vm: VM, a: list[Any]) -> Any:
    at = next((x for x in current_attrs(a[0]) or () if x.name == "id"), None)
    return at.value.data if at is not None and at.value.vtype == TYPE_REFERENCE else a[1]


@method(XBP, "getStyleAttribute")
def _xbp_style(vm: VM, a: list[Any]) -> Any:
    at = find_attr(a[0], None, "style", False)
    return at.value.data if at is not None and at.value.vtype == TYPE_REFERENCE else 0


@method(XBP, "getPositionDescription")
def _xbp_position(vm: VM, a: list[Any]) -> Any:
    st = a[0].native
    el = st.pull.element if isinstance(st, ParserState) and st.pull is not None else None
    return f"Binary XML file line #{el.line if el is not None else -1}"


@method(XBP, "close")
def _xbp_close(vm: VM, a: list[Any]) -> Any:
    return None


# -- AssetManager -------------------------------------------------------------------------------


def _open_entry(vm: VM, name: str, non_asset: bool) -> JObject:
    data = android(vm).info.asset(name, non_asset=non_asset)
    if data is None:
        raise vm.throwable("Ljava/io/FileNotFoundException;", name)
    return new_input(vm, data, EMPTY, "Landroid/content/res/AssetManager$AssetInputStream;")


@method("Landroid/content/res/AssetManager;", "open", "openFd")
def _asset_open(vm: VM, a: list[Any]) -> Any:
    return _open_entry(vm, str(a[1]), non_asset=False)


@method("Landroid/content/res/AssetManager;", "openNonAssetFd")
def _asset_open_non_asset(vm: VM, a: list[Any]) -> Any:
    return _open_entry(vm, str(a[-1]), non_asset=True)  # (name) or (cookie, name)


@method("Landroid/content/res/AssetManager;", "list")
def _asset_list(vm: VM, a: list[Any]) -> Any:
    prefix = str(a[1]).strip("/")
    names = android(vm).info.asset_names()
    if prefix:
        names = [n[len(prefix) + 1 :] for n in names if n.startswith(prefix + "/")]
    return JArray("[Ljava/lang/String;", sorted({n.split("/", 1)[0] for n in names}))


@method("Landroid/content/res/AssetManager;", "openXmlResourceParser")
def _asset_xml(vm: VM, a: list[Any]) -> Any:
    from dexlego.emulator.resources.xml import parse_compiled

    name = str(a[-1])
    data = android(vm).info.asset(name, non_asset=True)
    root = parse_compiled(data) if data is not None else None
    if root is None:
        raise vm.throwable("Ljava/io/FileNotFoundException;", name)
    return xml_parser(vm, root)
