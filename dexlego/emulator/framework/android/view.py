"""`android.view`: View and ViewGroup as a real view tree (ids, parents, children, layout
params, measure/layout/draw), the Window of an activity with its decor and content views,
MeasureSpec, ViewStub, LayoutInflater (its algorithm is in `framework/inflation.py`), and the
listeners the driver fires later.

Contracts (AOSP `View.java`, `ViewGroup.java`, `PhoneWindow.java`): `findViewById` searches the
view and its descendants depth first and returns null when no view has the id (NO_ID finds
nothing); `addView` funnels every overload into `addView(View, int, LayoutParams)`, asks
`checkLayoutParams`/`generateLayoutParams`, and refuses a child that already has a parent;
`measure` calls `onMeasure`, which must call `setMeasuredDimension`; `layout` calls
`onSizeChanged` and `onLayout`; `draw` calls `onDraw` then `dispatchDraw`. A window's content
parent is the view with id `android.R.id.content`.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any

from dexlego.emulator.framework.android.app import android
from dexlego.emulator.framework.android.content_res import (
    android_attr,
    context_theme,
    resources_object,
    xml_attrs,
)
from dexlego.emulator.framework.registry import method, model_class, model_classes, static_field
from dexlego.emulator.resources.values import (
    MATCH_PARENT,
    TYPE_DIMENSION,
    TYPE_STRING,
    WRAP_CONTENT,
    Value,
    coerce_to_string,
    dimension_pixel_size,
    int_value,
    resource_id,
    to_float,
)
from dexlego.emulator.vm.machine import VM
from dexlego.emulator.vm.objects import JObject

ACT = "Landroid/app/Activity;"
CW = "Landroid/content/ContextWrapper;"
ET = "Landroid/widget/EditText;"
OBJ = "Ljava/lang/Object;"
TV = "Landroid/widget/TextView;"
CTW = "Landroid/view/ContextThemeWrapper;"
V = "Landroid/view/View;"
VG = "Landroid/view/ViewGroup;"
LP = "Landroid/view/ViewGroup$LayoutParams;"
MLP = "Landroid/view/ViewGroup$MarginLayoutParams;"
WINDOW = "Landroid/view/Window;"
PHONE_WINDOW = "Lcom/android/internal/policy/PhoneWindow;"
DECOR = "Lcom/android/internal/policy/DecorView;"
FRAME = "Landroid/widget/FrameLayout;"
LINEAR = "Landroid/widget/LinearLayout;"
STUB = "Landroid/view/ViewStub;"
NO_ID = -1
CONTENT_ID = 0x01020002  # android.R.id.content
VISIBLE, INVISIBLE, GONE = 0, 4, 8
EXACTLY, AT_MOST, UNSPECIFIED = 0x40000000, -0x80000000, 0
MODE_MASK = 0xC0000000

model_class(CTW, CW)
model_class(V, OBJ, ("Landroid/graphics/drawable/Drawable$Callback;",
                   "Landroid/view/KeyEvent$Callback;"))  # fmt: skip
model_class(VG, V, ("Landroid/view/ViewParent;", "Landroid/view/ViewManager;"))
model_classes(VG, "Landroid/widget/LinearLayout;", "Landroid/widget/RelativeLayout;",
              "Landroid/widget/FrameLayout;", "Landroid/widget/AbsoluteLayout;",
              "Landroid/widget/AdapterView;", "Landroid/widget/GridLayout;",
              "Landroid/widget/Toolbar;")  # fmt: skip
model_classes(V, STUB, "Landroid/view/SurfaceView;", "Landroid/view/TextureView;",
              "Landroid/widget/Space;")  # fmt: skip
model_class(DECOR, FRAME)
for _i in ("View$OnClickListener", "View$OnLongClickListener", "View$OnTouchListener",
           "View$OnKeyListener", "View$OnFocusChangeListener", "ViewParent", "ViewManager",
           "KeyEvent$Callback", "Window$Callback", "View$OnCreateContextMenuListener",
           "ViewTreeObserver$OnPreDrawListener", "MenuItem", "Menu", "SubMenu",
           "LayoutInflater$Factory", "ViewStub$OnInflateListener"):  # fmt: skip
    model_class(f"Landroid/view/{_i};", interface=True)
model_class("Landroid/view/LayoutInflater$Factory2;", OBJ, ("Landroid/view/LayoutInflater$Factory;",),
            interface=True)  # fmt: skip
model_class(WINDOW)
model_class(PHONE_WINDOW, WINDOW)
model_class("Landroid/view/MenuInflater;")
model_class("Landroid/view/InflateException;", "Ljava/lang/RuntimeException;")
model_class(LP)
model_class(MLP, LP)
# The layout params of the framework's layouts (each ViewGroup subclass has its own class).
LAYOUT_PARAMS = {
    FRAME: "Landroid/widget/FrameLayout$LayoutParams;",
    LINEAR: "Landroid/widget/LinearLayout$LayoutParams;",
    "Landroid/widget/RelativeLayout;": "Landroid/widget/RelativeLayout$LayoutParams;",
    "Landroid/widget/AbsListView;": "Landroid/widget/AbsListView$LayoutParams;",
    "Landroid/widget/GridLayout;": "Landroid/widget/GridLayout$LayoutParams;",
    "Landroid/widget/TableLayout;": "Landroid/widget/TableLayout$LayoutParams;",
    "Landroid/widget/TableRow;": "Landroid/widget/TableRow$LayoutParams;",
    "Landroid/widget/AbsoluteLayout;": "Landroid/widget/AbsoluteLayout$LayoutParams;",
    "Landroid/widget/Toolbar;": "Landroid/widget/Toolbar$LayoutParams;",
    "Landroid/widget/RadioGroup;": "Landroid/widget/RadioGroup$LayoutParams;",
}  # fmt: skip
for _lp in ("FrameLayout", "LinearLayout", "RelativeLayout", "GridLayout", "Toolbar"):
    model_class(f"Landroid/widget/{_lp}$LayoutParams;", MLP)
model_class("Landroid/widget/AbsListView$LayoutParams;", LP)
model_class("Landroid/widget/AbsoluteLayout$LayoutParams;", LP)
model_class("Landroid/widget/TableLayout$LayoutParams;", "Landroid/widget/LinearLayout$LayoutParams;")
model_class("Landroid/widget/TableRow$LayoutParams;", "Landroid/widget/LinearLayout$LayoutParams;")
model_class("Landroid/widget/RadioGroup$LayoutParams;", "Landroid/widget/LinearLayout$LayoutParams;")
model_class("Landroid/view/WindowManager$LayoutParams;", LP, ("Landroid/os/Parcelable;",))
static_field(V, "NO_ID", NO_ID)


# -- view state ---------------------------------------------------------------------------------


@dataclass(eq=False)
class ViewNode:
    """A view's place in the tree and its layout state (kept out of taint walks)."""

    context: JObject | None = None
    parent: JObject | None = None
    children: list[JObject] = field(default_factory=list)
    params: JObject | None = None
    measured: tuple[int, int] = (0, 0)
    frame: tuple[int, int, int, int] = (0, 0, 0, 0)
    padding: tuple[int, int, int, int] = (0, 0, 0, 0)
    visibility: int = VISIBLE
    attached: bool = False
    enabled: bool = True
    keyed_tags: dict[int, Any] = field(default_factory=dict)
    window: JObject | None = None  # set on a window's decor view


def vstate(v: JObject) -> dict[str, Any]:
    """A view's model state: id, text, tag (and widget fields) plus its tree `node`."""
    st = v.native
    if not isinstance(st, dict):
        st = v.native = {"id": NO_ID, "text": "", "tag": None}
    if "node" not in st:
        st["node"] = ViewNode()
        st.setdefault("id", NO_ID)
        st.setdefault("text", "")
        st.setdefault("tag", None)
    return st


_vstate = vstate  # the name android.widget imports


def node(v: JObject) -> ViewNode:
    n: ViewNode = vstate(v)["node"]
    return n


def is_view(v: Any) -> bool:
    return isinstance(v, JObject) and isinstance(v.native, dict) and "node" in v.native


def find_view(root: JObject, view_id: Any) -> JObject | None:
    """View.findViewById: the view itself or its first descendant (depth first) with the id."""
    if not isinstance(view_id, int) or view_id == NO_ID:
        return None
    stack = [root]
    while stack:
        v = stack.pop()
        if vstate(v)["id"] == view_id:
            return v
        stack.extend(reversed(node(v).children))
    return None


def walk(root: JObject) -> list[JObject]:
    """The view and its descendants, depth first."""
    out, stack = [], [root]
    while stack:
        v = stack.pop()
        out.append(v)
        stack.extend(reversed(node(v).children))
    return out


def new_view(vm: VM, desc: str, context: JObject | None = None, view_id: int = NO_ID) -> JObject:
    """A framework view made by the model itself (the decor, a placeholder)."""
    v = vm.new_object(desc if vm.find_class(desc) is not None else V)
    vstate(v)["id"] = view_id
    node(v).context = context
    return v


def context_activity(vm: VM, ctx: Any) -> JObject | None:
    """The activity a context belongs to (through ContextWrapper bases)."""
    from dexlego.emulator.framework.android.content_res import base_context

    seen = 0
    while isinstance(ctx, JObject) and seen < 16:
        if vm.instance_of(ctx, ACT):
            return ctx
        ctx = base_context(vm, ctx)
        seen += 1
    return None


# -- attributes read by View's constructor -----------------------------------------------------


def _styled(vm: VM, ctx: Any, attrs: Any, names: tuple[str, ...], dsa: int = 0,
            dsr: int = 0) -> dict[str, Value]:  # fmt: skip
    """The values of framework attributes `names` for a view being constructed."""
    xml = xml_attrs(attrs)
    if xml is None and not dsa and not dsr:
        return {}
    ids = [android_attr(vm, n) for n in names]
    theme = context_theme(vm, ctx)
    vals = theme.obtain(ids, xml, dsa, dsr)
    return {n: v for n, v in zip(names, vals, strict=True) if v is not None}


def value_text(v: Value | None) -> str | None:
    if v is None:
        return None
    return v.string if v.vtype == TYPE_STRING else coerce_to_string(v)


_VIEW_ATTRS = ("id", "tag", "onClick", "visibility", "enabled", "paddingLeft", "paddingTop",
               "paddingRight", "paddingBottom", "padding")  # fmt: skip
_TEXT_ATTRS = ("text", "hint", "inputType", "password", "checked")


def init_view(vm: VM, v: JObject, ctx: Any, attrs: Any, dsa: int, dsr: int) -> None:
    """View(Context, AttributeSet, defStyleAttr, defStyleRes): the state and the standard
    attributes (id, tag, android:onClick, visibility, padding; a TextView's text and hint, a
    CompoundButton's checked state)."""
    st = vstate(v)
    n = node(v)
    n.context = ctx if isinstance(ctx, JObject) else None
    names = _VIEW_ATTRS + (_TEXT_ATTRS if vm.instance_of(v, TV) else ())
    vals = _styled(vm, ctx, attrs, names, dsa, dsr)
    if "id" in vals:
        st["id"] = _signed(resource_id(vals["id"], NO_ID))
    if "tag" in vals:
        st["tag"] = value_text(vals["tag"])
    if "visibility" in vals and vals["visibility"].is_int:
        n.visibility = (VISIBLE, INVISIBLE, GONE)[min(2, max(0, int_value(vals["visibility"])))]
    if "enabled" in vals:
        n.enabled = vals["enabled"].data != 0
    pad = [_px(vals.get(k)) for k in ("paddingLeft", "paddingTop", "paddingRight", "paddingBottom")]
    if "padding" in vals:
        pad = [_px(vals["padding"])] * 4
    n.padding = (pad[0], pad[1], pad[2], pad[3])
    text = value_text(vals.get("text"))
    if text is not None:
        st["text"] = text
    hint = value_text(vals.get("hint"))
    if hint is not None:
        st["hint"] = hint
    if "inputType" in vals:
        st["input_type"] = int_value(vals["inputType"])
    if "checked" in vals:
        st["checked"] = vals["checked"].data != 0
    handler = value_text(vals.get("onClick"))
    if handler:
        # View's DeclaredOnClickListener: the method is looked up on the view's context.
        owner = context_activity(vm, ctx) or vm.env.get("current_activity")
        android(vm).clickables.append((v, None, handler, owner))


def _signed(x: int) -> int:
    return _signed32(x)


def _px(v: Value | None) -> int:
    if v is None:
        return 0
    if v.vtype == TYPE_DIMENSION:
        return dimension_pixel_size(v.data)
    return int_value(v) if v.is_int else 0


@method(V, "<init>")
def _view_init(vm: VM, a: list[Any]) -> Any:
    """View(Context[, AttributeSet[, int defStyleAttr[, int defStyleRes]]])."""
    ctx = a[1] if len(a) > 1 else None
    attrs = a[2] if len(a) > 2 else None
    dsa = a[3] if len(a) > 3 and isinstance(a[3], int) else 0
    dsr = a[4] if len(a) > 4 and isinstance(a[4], int) else 0
    init_view(vm, a[0], ctx, attrs, dsa, dsr)
    return None


# -- identity, tags, context --------------------------------------------------------------------


@method(V, "getId")
def _get_id(vm: VM, a: list[Any]) -> Any:
    return vstate(a[0])["id"]


@method(V, "setId")
def _set_id(vm: VM, a: list[Any]) -> Any:
    vstate(a[0])["id"] = a[1]
    return None


@method(V, "getTag")
def _get_tag(vm: VM, a: list[Any]) -> Any:
    if len(a) > 1:
        return node(a[0]).keyed_tags.get(a[1])
    return vstate(a[0]).get("tag")


@method(V, "setTag")
def _set_tag(vm: VM, a: list[Any]) -> Any:
    if len(a) > 2:
        key = a[1]
        if not isinstance(key, int) or ((key & 0xFFFFFFFF) >> 24) < 2:
            raise vm.throwable("Ljava/lang/IllegalArgumentException;",
                               "The key must be an application-specific resource id.")  # fmt: skip
        node(a[0]).keyed_tags[key] = a[2]
    else:
        vstate(a[0])["tag"] = a[1]
    return None


@method(V, "getContext")
def _view_context(vm: VM, a: list[Any]) -> Any:
    ctx = node(a[0]).context
    return ctx if ctx is not None else vm.env.get("current_activity") or android(vm).app


@method(V, "getResources")
def _view_resources(vm: VM, a: list[Any]) -> Any:
    return resources_object(vm)


@method(V, "generateViewId")
def _generate_id(vm: VM, a: list[Any]) -> Any:
    """View.generateViewId: ids from 1 up, never in the aapt range (0x01000000 and above)."""
    n = vm.env.get("next_view_id", 1)
    vm.env["next_view_id"] = n + 1 if n + 1 < 0x00FFFFFF else 1
    return n


@method(V, "post", "postDelayed", "postOnAnimation", "postOnAnimationDelayed")
def _view_post(vm: VM, a: list[Any]) -> Any:
    from dexlego.emulator.framework.java.lang import run_later

    run_later(vm, a[1], "run()V")
    return True


# -- the tree -----------------------------------------------------------------------------------


@method(V, "findViewById", "requireViewById")
def _view_find(vm: VM, a: list[Any]) -> Any:
    found = find_view(a[0], a[1])
    if found is None and vm.cur_native is not None and vm.cur_native.name == "requireViewById":
        raise vm.throwable("Ljava/lang/IllegalArgumentException;",
                           "ID does not reference a View inside this View")  # fmt: skip
    return found


@method(V, "findViewWithTag")
def _view_find_tag(vm: VM, a: list[Any]) -> Any:
    if a[1] is None:
        return None
    return next((v for v in walk(a[0]) if vstate(v).get("tag") == a[1]), None)


@method(V, "getParent")
def _get_parent(vm: VM, a: list[Any]) -> Any:
    return node(a[0]).parent


@method(V, "getRootView")
def _root_view(vm: VM, a: list[Any]) -> Any:
    v = a[0]
    while node(v).parent is not None:
        v = node(v).parent
    return v


@method(V, "getLayoutParams")
def _get_params(vm: VM, a: list[Any]) -> Any:
    return node(a[0]).params


@method(V, "setLayoutParams")
def _set_params(vm: VM, a: list[Any]) -> Any:
    if a[1] is None:
        raise vm.throwable("Ljava/lang/NullPointerException;", "Layout parameters cannot be null")
    node(a[0]).params = a[1]
    return None


@method(V, "getVisibility")
def _get_visibility(vm: VM, a: list[Any]) -> Any:
    return node(a[0]).visibility


@method(V, "setVisibility")
def _set_visibility(vm: VM, a: list[Any]) -> Any:
    node(a[0]).visibility = a[1] if a[1] in (VISIBLE, INVISIBLE, GONE) else VISIBLE
    return None


@method(V, "isShown")
def _is_shown(vm: VM, a: list[Any]) -> Any:
    v: JObject | None = a[0]
    while v is not None:
        if node(v).visibility != VISIBLE:
            return False
        v = node(v).parent
    return node(a[0]).attached


@method(V, "isAttachedToWindow")
def _is_attached(vm: VM, a: list[Any]) -> Any:
    return node(a[0]).attached


@method(V, "isEnabled")
def _is_enabled(vm: VM, a: list[Any]) -> Any:
    return node(a[0]).enabled


@method(V, "setEnabled")
def _set_enabled(vm: VM, a: list[Any]) -> Any:
    node(a[0]).enabled = bool(a[1])
    return None


@method(V, "isClickable", "isFocusable", "isLongClickable")
def _view_true(vm: VM, a: list[Any]) -> Any:
    return True


@method(V, "isInEditMode", "hasFocus", "isFocused")
def _view_false(vm: VM, a: list[Any]) -> Any:
    return False


@method(VG, "getChildCount")
def _child_count(vm: VM, a: list[Any]) -> Any:
    return len(node(a[0]).children)


@method(VG, "getChildAt")
def _child_at(vm: VM, a: list[Any]) -> Any:
    kids = node(a[0]).children
    return kids[a[1]] if isinstance(a[1], int) and 0 <= a[1] < len(kids) else None


@method(VG, "indexOfChild")
def _index_of(vm: VM, a: list[Any]) -> Any:
    kids = node(a[0]).children
    return next((i for i, c in enumerate(kids) if c is a[1]), -1)


_ADD_FULL = "addView(Landroid/view/View;ILandroid/view/ViewGroup$LayoutParams;)V"


@method(VG, "addView")
def _add_view(vm: VM, a: list[Any]) -> Any:
    """Every addView overload, as ViewGroup funnels them into addView(View, int, LayoutParams)."""
    group, child = a[0], a[1]
    if child is None:
        raise vm.throwable("Ljava/lang/IllegalArgumentException;",
                           "Cannot add a null child view to a ViewGroup")  # fmt: skip
    key = vm.cur_native.key if vm.cur_native is not None else _ADD_FULL
    if key == _ADD_FULL:
        add_view_inner(vm, group, child, a[2], a[3])
        return None
    index, params = -1, None
    rest = a[2:]
    if len(rest) == 1 and isinstance(rest[0], int):
        index = rest[0]
    elif len(rest) == 1:
        params = rest[0]
    elif len(rest) == 2 and isinstance(rest[1], int):  # addView(View, width, height)
        params = default_params(vm, group)
        params.fields["width"], params.fields["height"] = rest[0], rest[1]
    if params is None:
        params = node(child).params if is_view(child) else None
        if params is None:
            params = default_params(vm, group)
            if params is None:
                raise vm.throwable("Ljava/lang/IllegalArgumentException;",
                                   "generateDefaultLayoutParams() cannot return null")  # fmt: skip
    vm.call_virtual(group, _ADD_FULL, [child, index, params])
    return None


@method(VG, "addViewInLayout")
def _add_in_layout(vm: VM, a: list[Any]) -> Any:
    add_view_inner(vm, a[0], a[1], a[2], a[3])
    return True


def add_view_inner(vm: VM, group: JObject, child: JObject, index: Any, params: Any) -> None:
    """ViewGroup.addViewInner: one parent per child, params checked by the group."""
    if child is None:
        raise vm.throwable("Ljava/lang/IllegalArgumentException;",
                           "Cannot add a null child view to a ViewGroup")  # fmt: skip
    cn = node(child)
    if cn.parent is not None:
        raise vm.throwable("Ljava/lang/IllegalStateException;",
                           "The specified child already has a parent. You must call removeView()"
                           " on the child's parent first.")  # fmt: skip
    ok = vm.call_virtual(group, "checkLayoutParams(Landroid/view/ViewGroup$LayoutParams;)Z", [params])
    if not ok:
        params = vm.call_virtual(group, "generateLayoutParams(Landroid/view/ViewGroup$LayoutParams;)"
                                 "Landroid/view/ViewGroup$LayoutParams;", [params])  # fmt: skip
    cn.params = params
    kids = node(group).children
    if not isinstance(index, int) or index < 0 or index > len(kids):
        kids.append(child)
    else:
        kids.insert(index, child)
    cn.parent = group
    vm.call_virtual(group, "onViewAdded(Landroid/view/View;)V", [child])
    if node(group).attached:
        dispatch_attached(vm, child)


def _detach(vm: VM, group: JObject, i: int) -> None:
    kids = node(group).children
    child = kids.pop(i)
    node(child).parent = None
    vm.call_virtual(group, "onViewRemoved(Landroid/view/View;)V", [child])
    if node(child).attached:
        dispatch_detached(vm, child)


@method(VG, "removeView", "removeViewInLayout", "removeViewImmediate")
def _remove_view(vm: VM, a: list[Any]) -> Any:
    kids = node(a[0]).children
    i = next((i for i, c in enumerate(kids) if c is a[1]), -1)
    if i >= 0:
        _detach(vm, a[0], i)
    return None


@method(VG, "removeViewAt")
def _remove_at(vm: VM, a: list[Any]) -> Any:
    if isinstance(a[1], int) and 0 <= a[1] < len(node(a[0]).children):
        _detach(vm, a[0], a[1])
    return None


@method(VG, "removeViews", "removeViewsInLayout")
def _remove_views(vm: VM, a: list[Any]) -> Any:
    for _ in range(max(0, a[2])):
        if a[1] < len(node(a[0]).children):
            _detach(vm, a[0], a[1])
    return None


@method(VG, "removeAllViews", "removeAllViewsInLayout")
def _remove_all(vm: VM, a: list[Any]) -> Any:
    while node(a[0]).children:
        _detach(vm, a[0], len(node(a[0]).children) - 1)
    return None


@method(VG, "onViewAdded", "onViewRemoved", "requestLayout", "invalidate", "bringChildToFront",
        "requestDisallowInterceptTouchEvent")  # fmt: skip
@method(V, "requestLayout", "invalidate", "postInvalidate", "forceLayout", "onFinishInflate",
        "onAttachedToWindow", "onDetachedFromWindow", "onSizeChanged", "onDraw")  # fmt: skip
def _view_noop(vm: VM, a: list[Any]) -> Any:
    return None


# -- layout params ------------------------------------------------------------------------------


def _params_class(vm: VM, group: JObject) -> str:
    for c in group.cls.ancestors():
        if c.name in LAYOUT_PARAMS:
            return LAYOUT_PARAMS[c.name]
    return LP


def default_params(vm: VM, group: JObject) -> JObject:
    """generateDefaultLayoutParams() of `group` (the app's override included)."""
    p = vm.call_virtual(group, "generateDefaultLayoutParams()Landroid/view/ViewGroup$LayoutParams;", [])
    if not isinstance(p, JObject):
        p = new_params(vm, LP, WRAP_CONTENT, WRAP_CONTENT)
    return p


def new_params(vm: VM, desc: str, width: int, height: int) -> JObject:
    p = vm.new_object(desc)
    p.fields.update(width=width, height=height)
    if vm.instance_of(p, MLP):
        p.fields.update(leftMargin=0, topMargin=0, rightMargin=0, bottomMargin=0)
    if "LinearLayout" in desc or "FrameLayout" in desc:
        p.fields.setdefault("gravity", -1)
    if "LinearLayout" in desc:
        p.fields.setdefault("weight", 0.0)
    return p


@method(VG, "generateDefaultLayoutParams")
def _default_params(vm: VM, a: list[Any]) -> Any:
    """ViewGroup: WRAP_CONTENT both ways; FrameLayout: MATCH_PARENT both ways; LinearLayout:
    MATCH_PARENT wide when vertical (the default orientation here is horizontal)."""
    desc = _params_class(vm, a[0])
    if desc == LAYOUT_PARAMS[FRAME]:
        return new_params(vm, desc, MATCH_PARENT, MATCH_PARENT)
    if desc == LAYOUT_PARAMS[LINEAR] and vstate(a[0]).get("orientation") == 1:
        return new_params(vm, desc, MATCH_PARENT, WRAP_CONTENT)
    return new_params(vm, desc, WRAP_CONTENT, WRAP_CONTENT)


@method(VG, "generateLayoutParams")
def _generate_params(vm: VM, a: list[Any]) -> Any:
    """generateLayoutParams(AttributeSet): the group's params from the XML;
    generateLayoutParams(LayoutParams p): `p` for a plain ViewGroup, a copy of the group's
    own class for the framework layouts."""
    desc = _params_class(vm, a[0])
    src = a[1]
    if isinstance(src, JObject) and vm.instance_of(src, LP):
        if desc == LP:
            return src
        return copy_params(vm, desc, src)
    ctx = vm.call_virtual(a[0], "getContext()Landroid/content/Context;", [])
    p = vm.new_object(desc)
    read_params(vm, p, ctx, src)
    return p


def copy_params(vm: VM, desc: str, src: JObject) -> JObject:
    """LayoutParams(LayoutParams source) / MarginLayoutParams(MarginLayoutParams source)."""
    p = new_params(vm, desc, src.fields.get("width", WRAP_CONTENT), src.fields.get("height", WRAP_CONTENT))
    if vm.instance_of(src, MLP) and vm.instance_of(p, MLP):
        for k in ("leftMargin", "topMargin", "rightMargin", "bottomMargin"):
            p.fields[k] = src.fields.get(k, 0)
    for k in ("gravity", "weight"):
        if k in src.fields and k in p.fields:
            p.fields[k] = src.fields[k]
    return p


@method(VG, "checkLayoutParams")
def _check_params(vm: VM, a: list[Any]) -> Any:
    """ViewGroup: any non-null params; the framework layouts: their own params class."""
    if a[1] is None:
        return False
    desc = _params_class(vm, a[0])
    return desc == LP or vm.instance_of(a[1], desc)


_LP_ATTRS = ("layout_width", "layout_height", "layout_margin", "layout_marginLeft",
             "layout_marginTop", "layout_marginRight", "layout_marginBottom",
             "layout_marginStart", "layout_marginEnd", "layout_gravity", "layout_weight")  # fmt: skip


def read_params(vm: VM, p: JObject, ctx: Any, attrs: Any) -> None:
    """LayoutParams(Context, AttributeSet): layout_width and layout_height are required
    (`You must supply a layout_width attribute.`), margins and gravity/weight optional."""
    vals = _styled(vm, ctx, attrs, _LP_ATTRS)
    # TableLayout.LayoutParams and TableRow.LayoutParams override setBaseAttributes: a table's
    # rows are as wide as the table, and both default what the XML omits.
    defaults = _TABLE_DEFAULTS.get(next((c.name for c in p.cls.ancestors() if c.name in _TABLE_DEFAULTS),
                                        ""), {})  # fmt: skip
    for name, fld in (("layout_width", "width"), ("layout_height", "height")):
        v = vals.get(name)
        if fld in defaults and (v is None or defaults[fld][1]):
            p.fields[fld] = defaults[fld][0]
            continue
        if v is None:
            where = "Binary XML file"
            raise vm.throwable("Ljava/lang/UnsupportedOperationException;",
                               f"{where}: You must supply a {name} attribute.")  # fmt: skip
        p.fields[fld] = int_value(v) if v.is_int else _px(v)
    if vm.instance_of(p, MLP):
        all_m = vals.get("layout_margin")
        for side in ("Left", "Top", "Right", "Bottom"):
            v = all_m if all_m is not None else vals.get(f"layout_margin{side}")
            p.fields[f"{side.lower()}Margin"] = _px(v)
    if "LinearLayout" in p.cls.name or "FrameLayout" in p.cls.name:
        g = vals.get("layout_gravity")
        p.fields["gravity"] = int_value(g) if g is not None and g.is_int else -1
    if "LinearLayout" in p.cls.name:
        w = vals.get("layout_weight")
        p.fields["weight"] = to_float(w.data) if w is not None and not w.is_int else 0.0


# field -> (value, always): TableLayout rows are MATCH_PARENT wide whatever the XML says.
_TABLE_DEFAULTS = {
    "Landroid/widget/TableLayout$LayoutParams;": {"width": (MATCH_PARENT, True),
                                                  "height": (WRAP_CONTENT, False)},
    "Landroid/widget/TableRow$LayoutParams;": {"width": (MATCH_PARENT, False),
                                               "height": (WRAP_CONTENT, False)},
}  # fmt: skip


@method(LP, "<init>")
def _params_init(vm: VM, a: list[Any]) -> Any:
    """LayoutParams(Context, AttributeSet), (int width, int height[, float weight |
    int gravity]), (LayoutParams source)."""
    p = a[0]
    if len(a) >= 3 and isinstance(a[1], int) and isinstance(a[2], int):
        p.fields.update(width=a[1], height=a[2])
        if vm.instance_of(p, MLP):
            for k in ("leftMargin", "topMargin", "rightMargin", "bottomMargin"):
                p.fields.setdefault(k, 0)
        if len(a) > 3:
            p.fields["weight" if isinstance(a[3], float) else "gravity"] = a[3]
        return None
    if len(a) == 2 and isinstance(a[1], JObject) and vm.instance_of(a[1], LP):
        copy = copy_params(vm, p.cls.name, a[1])
        p.fields.update(copy.fields)
        return None
    if len(a) >= 3:
        read_params(vm, p, a[1], a[2])
    return None


@method(MLP, "setMargins")
def _set_margins(vm: VM, a: list[Any]) -> Any:
    a[0].fields.update(leftMargin=a[1], topMargin=a[2], rightMargin=a[3], bottomMargin=a[4])
    return None


# -- measure, layout, draw ----------------------------------------------------------------------


def _signed32(x: int) -> int:
    x &= 0xFFFFFFFF
    return x - (1 << 32) if x & 0x80000000 else x


def spec_mode(spec: int) -> int:
    return _signed32(spec & MODE_MASK)


def spec_size(spec: int) -> int:
    return spec & ~MODE_MASK & 0xFFFFFFFF


def make_spec(size: int, mode: int) -> int:
    return _signed32((size & ~MODE_MASK) | (mode & MODE_MASK))


MS = "Landroid/view/View$MeasureSpec;"
model_class(MS)


@method(MS, "getMode")
def _ms_mode(vm: VM, a: list[Any]) -> Any:
    return spec_mode(a[0])


@method(MS, "getSize")
def _ms_size(vm: VM, a: list[Any]) -> Any:
    return spec_size(a[0])


@method(MS, "makeMeasureSpec", "makeSafeMeasureSpec")
def _ms_make(vm: VM, a: list[Any]) -> Any:
    return make_spec(a[0], a[1])


def default_size(size: int, spec: int) -> int:
    """View.getDefaultSize."""
    mode = spec_mode(spec)
    return size if mode == UNSPECIFIED else spec_size(spec)


def resolve_size_and_state(size: int, spec: int, child_state: int) -> int:
    """View.resolveSizeAndState."""
    mode, spec_sz = spec_mode(spec), spec_size(spec)
    if mode == AT_MOST:
        result = spec_sz | 0x01000000 if spec_sz < size else size
    elif mode == EXACTLY:
        result = spec_sz
    else:
        result = size
    return _signed32(result | (child_state & 0xFF000000))


def child_spec(spec: int, padding: int, child_dim: int) -> int:
    """ViewGroup.getChildMeasureSpec."""
    mode, size = spec_mode(spec), max(0, spec_size(spec) - padding)
    if child_dim >= 0:
        return make_spec(child_dim, EXACTLY)
    if mode == EXACTLY:
        return make_spec(size, EXACTLY if child_dim == MATCH_PARENT else AT_MOST)
    if mode == AT_MOST:
        return make_spec(size, AT_MOST)
    return make_spec(0, UNSPECIFIED)


@method(V, "getDefaultSize")
def _get_default_size(vm: VM, a: list[Any]) -> Any:
    return default_size(a[0], a[1])


@method(V, "resolveSizeAndState")
def _resolve_size_state(vm: VM, a: list[Any]) -> Any:
    return resolve_size_and_state(a[0], a[1], a[2])


@method(V, "resolveSize")
def _resolve_size(vm: VM, a: list[Any]) -> Any:
    return resolve_size_and_state(a[0], a[1], 0) & 0x00FFFFFF


@method(V, "combineMeasuredStates")
def _combine_states(vm: VM, a: list[Any]) -> Any:
    return a[0] | a[1]


@method(VG, "getChildMeasureSpec")
def _child_measure_spec(vm: VM, a: list[Any]) -> Any:
    return child_spec(a[0], a[1], a[2])


@method(V, "measure")
def _measure(vm: VM, a: list[Any]) -> Any:
    vm.call_virtual(a[0], "onMeasure(II)V", [a[1], a[2]])
    return None


@method(V, "onMeasure")
def _on_measure(vm: VM, a: list[Any]) -> Any:
    """View: getDefaultSize of the suggested minimum; the framework layouts: their children
    measured with getChildMeasureSpec, the group as large as its largest child allows."""
    v, ws, hs = a[0], a[1], a[2]
    if vm.instance_of(v, VG) and v.cls.kind != "app":
        w = h = 0
        pad = node(v).padding
        for child in node(v).children:
            if node(child).visibility == GONE:
                continue
            measure_child(vm, child, ws, pad[0] + pad[2], hs, pad[1] + pad[3])
            cw, ch = node(child).measured
            w, h = max(w, cw & 0x00FFFFFF), max(h, ch & 0x00FFFFFF)
        node(v).measured = (resolve_size_and_state(w + pad[0] + pad[2], ws, 0),
                            resolve_size_and_state(h + pad[1] + pad[3], hs, 0))  # fmt: skip
    else:
        node(v).measured = (default_size(0, ws), default_size(0, hs))
    return None


def measure_child(vm: VM, child: JObject, ws: int, wpad: int, hs: int, hpad: int) -> None:
    p = node(child).params
    cw = p.fields.get("width", WRAP_CONTENT) if isinstance(p, JObject) else WRAP_CONTENT
    chh = p.fields.get("height", WRAP_CONTENT) if isinstance(p, JObject) else WRAP_CONTENT
    if isinstance(p, JObject) and vm.instance_of(p, MLP):
        wpad += p.fields.get("leftMargin", 0) + p.fields.get("rightMargin", 0)
        hpad += p.fields.get("topMargin", 0) + p.fields.get("bottomMargin", 0)
    vm.call_virtual(child, "measure(II)V", [child_spec(ws, wpad, cw), child_spec(hs, hpad, chh)])


@method(VG, "measureChild", "measureChildWithMargins")
def _measure_child(vm: VM, a: list[Any]) -> Any:
    if len(a) == 4:  # measureChild(child, parentWidthSpec, parentHeightSpec)
        pad = node(a[0]).padding
        measure_child(vm, a[1], a[2], pad[0] + pad[2], a[3], pad[1] + pad[3])
    else:  # measureChildWithMargins(child, wSpec, widthUsed, hSpec, heightUsed)
        pad = node(a[0]).padding
        measure_child(vm, a[1], a[2], pad[0] + pad[2] + a[3], a[4], pad[1] + pad[3] + a[5])
    return None


@method(VG, "measureChildren")
def _measure_children(vm: VM, a: list[Any]) -> Any:
    pad = node(a[0]).padding
    for child in list(node(a[0]).children):
        if node(child).visibility != GONE:
            measure_child(vm, child, a[1], pad[0] + pad[2], a[2], pad[1] + pad[3])
    return None


@method(V, "setMeasuredDimension")
def _set_measured(vm: VM, a: list[Any]) -> Any:
    node(a[0]).measured = (a[1], a[2])
    return None


@method(V, "getMeasuredWidth")
def _measured_w(vm: VM, a: list[Any]) -> Any:
    return node(a[0]).measured[0] & 0x00FFFFFF


@method(V, "getMeasuredHeight")
def _measured_h(vm: VM, a: list[Any]) -> Any:
    return node(a[0]).measured[1] & 0x00FFFFFF


@method(V, "getMeasuredWidthAndState")
def _measured_ws(vm: VM, a: list[Any]) -> Any:
    return node(a[0]).measured[0]


@method(V, "getMeasuredHeightAndState")
def _measured_hs(vm: VM, a: list[Any]) -> Any:
    return node(a[0]).measured[1]


@method(V, "getMeasuredState")
def _measured_state(vm: VM, a: list[Any]) -> Any:
    w, h = node(a[0]).measured
    return _signed32((w & 0xFF000000) | ((h >> 16) & 0x0000FF00))


@method(V, "getSuggestedMinimumWidth", "getSuggestedMinimumHeight", "getMinimumWidth",
        "getMinimumHeight", "getBaseline", "getScrollX", "getScrollY", "getLayoutDirection")  # fmt: skip
def _view_zero(vm: VM, a: list[Any]) -> Any:
    return 0 if vm.cur_native is None or vm.cur_native.name != "getBaseline" else -1


@method(V, "layout")
def _layout(vm: VM, a: list[Any]) -> Any:
    v = a[0]
    n = node(v)
    old = n.frame
    n.frame = (a[1], a[2], a[3], a[4])
    changed = old != n.frame
    ow, oh = old[2] - old[0], old[3] - old[1]
    w, h = a[3] - a[1], a[4] - a[2]
    if (w, h) != (ow, oh):
        vm.call_virtual(v, "onSizeChanged(IIII)V", [w, h, ow, oh])
    vm.call_virtual(v, "onLayout(ZIIII)V", [changed, a[1], a[2], a[3], a[4]])
    return None


@method(V, "onLayout")
def _on_layout(vm: VM, a: list[Any]) -> Any:
    """The framework layouts place each child at their padding's corner, at its measured size."""
    v = a[0]
    if vm.instance_of(v, VG) and v.cls.kind != "app":
        left, top = node(v).padding[0], node(v).padding[1]
        for child in list(node(v).children):
            if node(child).visibility == GONE:
                continue
            cw, ch = node(child).measured
            vm.call_virtual(child, "layout(IIII)V",
                            [left, top, left + (cw & 0x00FFFFFF), top + (ch & 0x00FFFFFF)])  # fmt: skip
    return None


@method(V, "getLeft", "getTop", "getRight", "getBottom", "getWidth", "getHeight", "getX", "getY")
def _frame(vm: VM, a: list[Any]) -> Any:
    left, top, right, bottom = node(a[0]).frame
    name = vm.cur_native.name if vm.cur_native is not None else "getLeft"
    val = {"getLeft": left, "getTop": top, "getRight": right, "getBottom": bottom,
           "getWidth": right - left, "getHeight": bottom - top, "getX": left, "getY": top}[name]  # fmt: skip
    return float(val) if name in ("getX", "getY") else val


@method(V, "getPaddingLeft", "getPaddingTop", "getPaddingRight", "getPaddingBottom",
        "getPaddingStart", "getPaddingEnd")  # fmt: skip
def _padding(vm: VM, a: list[Any]) -> Any:
    p = node(a[0]).padding
    name = vm.cur_native.name if vm.cur_native is not None else "getPaddingLeft"
    return {"getPaddingLeft": p[0], "getPaddingStart": p[0], "getPaddingTop": p[1],
            "getPaddingRight": p[2], "getPaddingEnd": p[2], "getPaddingBottom": p[3]}[name]  # fmt: skip


@method(V, "setPadding", "setPaddingRelative")
def _set_padding(vm: VM, a: list[Any]) -> Any:
    node(a[0]).padding = (a[1], a[2], a[3], a[4])
    return None


@method(V, "draw")
def _draw(vm: VM, a: list[Any]) -> Any:
    """View.draw(Canvas): background, onDraw, then the children (dispatchDraw)."""
    if node(a[0]).visibility != VISIBLE:
        return None
    vm.call_virtual(a[0], "onDraw(Landroid/graphics/Canvas;)V", [a[1]])
    vm.call_virtual(a[0], "dispatchDraw(Landroid/graphics/Canvas;)V", [a[1]])
    return None


@method(V, "dispatchDraw")
def _dispatch_draw(vm: VM, a: list[Any]) -> Any:
    if vm.instance_of(a[0], VG):
        for child in list(node(a[0]).children):
            vm.call_virtual(a[0], "drawChild(Landroid/graphics/Canvas;Landroid/view/View;J)Z",
                            [a[1], child, 0])  # fmt: skip
    return None


@method(VG, "drawChild")
def _draw_child(vm: VM, a: list[Any]) -> Any:
    vm.call_virtual(a[2], "draw(Landroid/graphics/Canvas;)V", [a[1]])
    return False


def dispatch_attached(vm: VM, root: JObject) -> None:
    """View.dispatchAttachedToWindow over a subtree: onAttachedToWindow, parents first."""
    for v in walk(root):
        if not node(v).attached:
            node(v).attached = True
            vm.call_virtual(v, "onAttachedToWindow()V", [])


def dispatch_detached(vm: VM, root: JObject) -> None:
    for v in walk(root):
        if node(v).attached:
            node(v).attached = False
            vm.call_virtual(v, "onDetachedFromWindow()V", [])


# -- Window -------------------------------------------------------------------------------------


@dataclass(eq=False)
class WindowState:
    activity: JObject  # the window's context: its activity, or a dialog's themed context
    decor: JObject | None = None
    content: JObject | None = None
    callback: JObject | None = None
    features: set[int] = field(default_factory=set)
    attributes: JObject | None = None


def window_of(vm: VM, owner: JObject, context: JObject | None = None) -> JObject:
    """The one PhoneWindow of an activity or a dialog (getWindow); its callback is the owner,
    its context the owner's (a dialog's themed context)."""
    from dexlego.emulator.framework.android.content_res import context_state

    st = context_state(vm, owner)
    w = st.get("window")
    if not isinstance(w, JObject):
        w = st["window"] = vm.new_object(PHONE_WINDOW, WindowState(context or owner, callback=owner))
    return w


def _wstate(vm: VM, w: JObject) -> WindowState:
    st = w.native
    if not isinstance(st, WindowState):
        act = vm.env.get("current_activity")
        st = w.native = WindowState(act if isinstance(act, JObject) else w)
    return st


def install_decor(vm: VM, w: JObject) -> WindowState:
    """PhoneWindow.installDecor: a DecorView holding a vertical LinearLayout whose only child is
    the content parent, a FrameLayout with id android.R.id.content (screen_simple.xml)."""
    st = _wstate(vm, w)
    if st.decor is None:
        act = st.activity
        decor = new_view(vm, DECOR, act)
        node(decor).window = w
        root = new_view(vm, LINEAR, act)
        vstate(root)["orientation"] = 1
        content = new_view(vm, FRAME, act, CONTENT_ID)
        for parent, child in ((decor, root), (root, content)):
            node(child).params = new_params(vm, LAYOUT_PARAMS[FRAME], MATCH_PARENT, MATCH_PARENT)
            node(child).parent = parent
            node(parent).children.append(child)
        st.decor, st.content = decor, content
    return st


def content_parent(vm: VM, w: JObject) -> JObject:
    """The window's content parent (mContentParent)."""
    st = install_decor(vm, w)
    assert st.content is not None
    return st.content


def decor_of(vm: VM, act: JObject) -> JObject | None:
    """The decor view of an activity's window, if it has one."""
    from dexlego.emulator.framework.android.content_res import context_state

    w = context_state(vm, act).get("window")
    return _wstate(vm, w).decor if isinstance(w, JObject) else None


def find_in_window(vm: VM, act: JObject, view_id: int) -> JObject | None:
    """The view with `view_id` in the activity's window (None without a window or view)."""
    decor = decor_of(vm, act)
    return find_view(decor, view_id) if decor is not None else None


@method(WINDOW, "getDecorView")
def _get_decor(vm: VM, a: list[Any]) -> Any:
    return install_decor(vm, a[0]).decor


@method(WINDOW, "peekDecorView")
def _peek_decor(vm: VM, a: list[Any]) -> Any:
    return _wstate(vm, a[0]).decor


@method(WINDOW, "findViewById", "requireViewById")
def _window_find(vm: VM, a: list[Any]) -> Any:
    decor = install_decor(vm, a[0]).decor
    found = find_view(decor, a[1]) if decor is not None else None
    if found is None and vm.cur_native is not None and vm.cur_native.name == "requireViewById":
        raise vm.throwable("Ljava/lang/IllegalArgumentException;",
                           "ID does not reference a View inside this Window")  # fmt: skip
    return found


@method(WINDOW, "setContentView")
def _window_set_content(vm: VM, a: list[Any]) -> Any:
    """Window.setContentView(int | View[, LayoutParams]): the content parent's children are
    replaced; then the callback's onContentChanged."""
    from dexlego.emulator.framework.inflation import inflate_resource, inflater_for

    w = a[0]
    parent = content_parent(vm, w)
    _remove_all(vm, [parent])
    st = _wstate(vm, w)
    if isinstance(a[1], int):
        inflate_resource(vm, inflater_for(vm, st.activity), a[1], parent, True)
    elif isinstance(a[1], JObject):
        params = a[2] if len(a) > 2 and isinstance(a[2], JObject) else \
            new_params(vm, LP, MATCH_PARENT, MATCH_PARENT)
        vm.call_virtual(parent, _ADD_FULL, [a[1], -1, params])
    if st.callback is not None:
        vm.call_virtual(st.callback, "onContentChanged()V", [])
    return None


@method(WINDOW, "addContentView")
def _window_add_content(vm: VM, a: list[Any]) -> Any:
    vm.call_virtual(content_parent(vm, a[0]), _ADD_FULL, [a[1], -1, a[2]])
    return None


@method(WINDOW, "getCallback")
def _window_callback(vm: VM, a: list[Any]) -> Any:
    return _wstate(vm, a[0]).callback


@method(WINDOW, "setCallback")
def _window_set_callback(vm: VM, a: list[Any]) -> Any:
    _wstate(vm, a[0]).callback = a[1]
    return None


@method(WINDOW, "getContext")
def _window_context(vm: VM, a: list[Any]) -> Any:
    return _wstate(vm, a[0]).activity


@method(WINDOW, "getLayoutInflater")
def _window_inflater(vm: VM, a: list[Any]) -> Any:
    from dexlego.emulator.framework.inflation import inflater_for

    return inflater_for(vm, _wstate(vm, a[0]).activity)


@method(WINDOW, "requestFeature")
def _window_feature(vm: VM, a: list[Any]) -> Any:
    _wstate(vm, a[0]).features.add(a[1])
    return True


@method(WINDOW, "hasFeature")
def _window_has_feature(vm: VM, a: list[Any]) -> Any:
    return a[1] in _wstate(vm, a[0]).features


@method(WINDOW, "getAttributes")
def _window_attributes(vm: VM, a: list[Any]) -> Any:
    st = _wstate(vm, a[0])
    if st.attributes is None:
        st.attributes = new_params(vm, "Landroid/view/WindowManager$LayoutParams;",
                                   MATCH_PARENT, MATCH_PARENT)  # fmt: skip
        st.attributes.fields.update(flags=0, softInputMode=0, type=1)
    return st.attributes


# -- the first traversal of a window (ViewRootImpl.performTraversals) ----------------------------


def traverse_window(vm: VM, act: JObject) -> list[tuple[str, Any]]:
    """The steps a window's first traversal runs, for the driver to run as events: attach,
    measure at the screen's size, layout, draw."""
    decor = decor_of(vm, act)
    if decor is None:
        return []
    canvas = vm.new_object("Landroid/graphics/Canvas;")
    from dexlego.emulator.resources.values import DEVICE

    w, h = DEVICE.width_px, DEVICE.height_px
    return [
        ("onAttachedToWindow", lambda: dispatch_attached(vm, decor)),
        ("measure", lambda: vm.call_virtual(decor, "measure(II)V",
                                            [make_spec(w, EXACTLY), make_spec(h, EXACTLY)])),
        ("layout", lambda: vm.call_virtual(decor, "layout(IIII)V", [0, 0, w, h])),
        ("draw", lambda: vm.call_virtual(decor, "draw(Landroid/graphics/Canvas;)V", [canvas])),
    ]  # fmt: skip


# -- LayoutInflater (the algorithm: framework/inflation.py) --------------------------------------

LI = "Landroid/view/LayoutInflater;"
PHONE_LI = "Lcom/android/internal/policy/PhoneLayoutInflater;"
model_class(LI)
model_class(PHONE_LI, LI)


def _inf() -> Any:
    """framework.inflation (imported late: it builds on this module)."""
    from dexlego.emulator.framework import inflation

    return inflation


@method(LI, "from")
def _from(vm: VM, a: list[Any]) -> Any:
    ctx = a[0]
    if ctx is None:
        raise vm.throwable("Ljava/lang/NullPointerException;", "context == null")
    inf = vm.call_virtual(ctx, "getSystemService(Ljava/lang/String;)Ljava/lang/Object;",
                          ["layout_inflater"])  # fmt: skip
    if not isinstance(inf, JObject):
        raise vm.throwable("Ljava/lang/AssertionError;", "LayoutInflater not found.")
    return inf


@method(LI, "getContext")
def _get_context(vm: VM, a: list[Any]) -> Any:
    return _inf().inflater_state(vm, a[0]).context


@method(LI, "cloneInContext")
def _clone(vm: VM, a: list[Any]) -> Any:
    return _inf().clone_inflater(vm, a[0], a[1])


@method(LI, "getFactory")
def _get_factory(vm: VM, a: list[Any]) -> Any:
    return _inf().inflater_state(vm, a[0]).factory


@method(LI, "getFactory2")
def _get_factory2(vm: VM, a: list[Any]) -> Any:
    return _inf().inflater_state(vm, a[0]).factory2


@method(LI, "setFactory", "setFactory2")
def _set_factory(vm: VM, a: list[Any]) -> Any:
    st = _inf().inflater_state(vm, a[0])
    if st.factory_set:
        raise vm.throwable("Ljava/lang/IllegalStateException;",
                           "A factory has already been set on this LayoutInflater")  # fmt: skip
    if a[1] is None:
        raise vm.throwable("Ljava/lang/NullPointerException;", "Given factory can not be null")
    st.factory_set = True
    st.factory = a[1]
    if vm.cur_native is not None and vm.cur_native.name == "setFactory2":
        st.factory2 = a[1]
    return None


@method(LI, "setPrivateFactory")
def _set_private_factory(vm: VM, a: list[Any]) -> Any:
    _inf().inflater_state(vm, a[0]).private_factory = a[1]
    return None


@method(LI, "setFilter")
def _set_filter(vm: VM, a: list[Any]) -> Any:
    return None


@method(LI, "inflate")
def _inflate(vm: VM, a: list[Any]) -> Any:
    """inflate(int | XmlPullParser, ViewGroup root[, boolean attachToRoot])."""
    root = a[2] if isinstance(a[2], JObject) else None
    attach = bool(a[3]) if len(a) > 3 else root is not None
    if isinstance(a[1], int):
        return _inf().inflate_resource(vm, a[0], a[1], root, attach)
    if isinstance(a[1], JObject) and isinstance(a[1].native, _inf().ParserState):
        return _inf().inflate_parser(vm, a[0], a[1], root, attach)
    raise vm.throwable("Landroid/view/InflateException;", "inflate: neither a layout nor a parser")


@method(LI, "onCreateView")
def _on_create_view(vm: VM, a: list[Any]) -> Any:
    """onCreateView(String, AttributeSet) and its (View, String, AttributeSet) and (Context,
    View, String, AttributeSet) forms: PhoneLayoutInflater's prefixes, then android.view."""
    name = next(x for x in a[1:] if isinstance(x, str))
    attrs = a[-1]
    ctx = a[1] if len(a) == 5 and isinstance(a[1], JObject) else None
    for prefix in _inf().PREFIXES:
        view = _inf().create_view(vm, a[0], ctx, name, prefix, attrs, missing_ok=True)
        if view is not None:
            return view
    return _inf().create_view(vm, a[0], ctx, name, "android.view.", attrs)


@method(LI, "createView")
def _create_view(vm: VM, a: list[Any]) -> Any:
    """createView(String name, String prefix, AttributeSet) and (Context, String, String,
    AttributeSet)."""
    if len(a) == 5:
        return _inf().create_view(vm, a[0], a[1], a[2], a[3], a[4])
    return _inf().create_view(vm, a[0], None, a[1], a[2], a[3])


# -- ViewStub -----------------------------------------------------------------------------------


@method(STUB, "<init>")
def _stub_init(vm: VM, a: list[Any]) -> Any:
    """ViewStub(Context, AttributeSet...): its layout and inflatedId; invisible, no size."""
    ctx = a[1] if len(a) > 1 else None
    attrs = a[2] if len(a) > 2 else None
    init_view(vm, a[0], ctx, attrs, 0, 0)
    vals = _styled(vm, ctx, attrs, ("layout", "inflatedId"))
    st = vstate(a[0])
    st["stub_layout"] = resource_id(vals.get("layout"))
    st["stub_inflated_id"] = _signed(resource_id(vals.get("inflatedId"), NO_ID))
    node(a[0]).visibility = GONE
    return None


@method(STUB, "setLayoutResource")
def _stub_set_layout(vm: VM, a: list[Any]) -> Any:
    vstate(a[0])["stub_layout"] = a[1]
    return None


@method(STUB, "getLayoutResource")
def _stub_layout(vm: VM, a: list[Any]) -> Any:
    return vstate(a[0]).get("stub_layout", 0)


@method(STUB, "setInflatedId")
def _stub_set_inflated(vm: VM, a: list[Any]) -> Any:
    vstate(a[0])["stub_inflated_id"] = a[1]
    return None


@method(STUB, "getInflatedId")
def _stub_inflated(vm: VM, a: list[Any]) -> Any:
    return vstate(a[0]).get("stub_inflated_id", NO_ID)


@method(STUB, "setLayoutInflater")
def _stub_set_inflater(vm: VM, a: list[Any]) -> Any:
    vstate(a[0])["stub_inflater"] = a[1]
    return None


@method(STUB, "setOnInflateListener")
def _stub_listener(vm: VM, a: list[Any]) -> Any:
    vstate(a[0])["stub_listener"] = a[1]
    return None


@method(STUB, "inflate")
def _stub_inflate(vm: VM, a: list[Any]) -> Any:
    """ViewStub.inflate: the layout replaces the stub in its parent, with the stub's index and
    layout params; the inflated view takes the inflatedId."""
    from dexlego.emulator.framework.inflation import inflate_resource, inflater_for

    stub = a[0]
    st = vstate(stub)
    parent = node(stub).parent
    if parent is None:
        raise vm.throwable("Ljava/lang/IllegalStateException;",
                           "ViewStub must have a non-null ViewGroup viewParent")  # fmt: skip
    layout = st.get("stub_layout", 0)
    if not layout:
        raise vm.throwable("Ljava/lang/IllegalArgumentException;",
                           "ViewStub must have a valid layoutResource")  # fmt: skip
    inflater = st.get("stub_inflater")
    if not isinstance(inflater, JObject):
        inflater = inflater_for(vm, node(stub).context or vm.env.get("current_activity"))
    view = inflate_resource(vm, inflater, layout, parent, False)
    if st.get("stub_inflated_id", NO_ID) != NO_ID:
        vstate(view)["id"] = st["stub_inflated_id"]
    index = next((i for i, c in enumerate(node(parent).children) if c is stub), -1)
    if index >= 0:
        _detach(vm, parent, index)
    params = node(stub).params
    if params is not None:
        vm.call_virtual(parent, _ADD_FULL, [view, index, params])
    else:
        vm.call_virtual(parent, "addView(Landroid/view/View;I)V", [view, index])
    listener = st.get("stub_listener")
    if isinstance(listener, JObject):
        vm.call_virtual(listener, "onInflate(Landroid/view/ViewStub;Landroid/view/View;)V", [stub, view])
    return view


@method(STUB, "setVisibility")
def _stub_visibility(vm: VM, a: list[Any]) -> Any:
    node(a[0]).visibility = a[1]
    if a[1] in (VISIBLE, INVISIBLE) and node(a[0]).parent is not None:
        _stub_inflate(vm, [a[0]])
    return None


# -- listeners (fired by the driver) -------------------------------------------------------------


@method(V, "setOnClickListener")
def _on_click(vm: VM, a: list[Any]) -> Any:
    if a[1] is not None:
        act = vm.env.get("current_activity")
        android(vm).clickables.append((a[0], a[1], None, act))
    return None


_LISTENER_CALLBACKS = {
    "setOnLongClickListener": ("onLongClick(Landroid/view/View;)Z", 1),
    "setOnFocusChangeListener": ("onFocusChange(Landroid/view/View;Z)V", 2),
    "setOnCheckedChangeListener": (
        "onCheckedChanged(Landroid/widget/CompoundButton;Z)V", 2),
    "setOnItemClickListener": (
        "onItemClick(Landroid/widget/AdapterView;Landroid/view/View;IJ)V", 4),
    "setOnItemSelectedListener": (
        "onItemSelected(Landroid/widget/AdapterView;Landroid/view/View;IJ)V", 4),
    "setOnSeekBarChangeListener": (
        "onProgressChanged(Landroid/widget/SeekBar;IZ)V", 3),
    "setOnTouchListener": ("onTouch(Landroid/view/View;Landroid/view/MotionEvent;)Z", 2),
    "setOnKeyListener": ("onKey(Landroid/view/View;ILandroid/view/KeyEvent;)Z", 3),
}


def _listener_setter(name: str) -> None:
    key, nargs = _LISTENER_CALLBACKS[name]

    @method(V, name)
    def _set(vm: VM, a: list[Any]) -> Any:
        if a[1] is not None:
            args: list[Any] = [a[0], 1, 0, 0][:nargs]
            if nargs == 4:
                args = [a[0], a[0], 0, 0]
            if "MotionEvent" in key or "KeyEvent" in key:
                args = [a[0]] + ([0] if nargs == 3 else []) + [None]
            android(vm).other_listeners.append((a[1], key, args))
        return None


for _n in _LISTENER_CALLBACKS:
    _listener_setter(_n)


@method(V, "performClick", "callOnClick")
def _perform_click(vm: VM, a: list[Any]) -> Any:
    for view, listener, xml, owner in list(android(vm).clickables):
        if view is a[0]:
            if listener is not None:
                vm.call_virtual(listener, "onClick(Landroid/view/View;)V", [view])
            elif xml and owner is not None:
                m = vm.find_virtual(owner, f"{xml}(Landroid/view/View;)V")
                if m is not None:
                    vm.invoke(m, [owner, view])
            return True
    return False


@method("Landroid/view/MenuInflater;", "inflate")
def _menu_inflate(vm: VM, a: list[Any]) -> Any:
    return None



# -- WindowManager and Display: the phone's one screen (resources.values.DEVICE) -----------------

DISPLAY = "Landroid/view/Display;"
WM = "Landroid/view/WindowManager;"
model_class(DISPLAY)
model_class(WM, OBJ, ("Landroid/view/ViewManager;",), interface=True)


@method(WM, "getDefaultDisplay")
@method("Landroid/hardware/display/DisplayManager;", "getDisplay")
def _default_display(vm: VM, a: list[Any]) -> Any:
    d = vm.env.get("default_display")
    if d is None:
        d = vm.env["default_display"] = vm.new_object(DISPLAY)
    return d


@method(DISPLAY, "getWidth", "getHeight", "getRotation", "getOrientation", "getDisplayId",
        "getRefreshRate", "getName", "getState")  # fmt: skip
def _display_value(vm: VM, a: list[Any]) -> Any:
    from dexlego.emulator.resources.values import DEVICE

    name = vm.cur_native.name if vm.cur_native is not None else "getWidth"
    return {"getWidth": DEVICE.width_px, "getHeight": DEVICE.height_px, "getRefreshRate": 60.0,
            "getName": "Built-in Screen", "getState": 2}.get(name, 0)  # fmt: skip


@method(DISPLAY, "getSize", "getRealSize")
def _display_size(vm: VM, a: list[Any]) -> Any:
    from dexlego.emulator.resources.values import DEVICE

    if isinstance(a[1], JObject):
        a[1].fields.update(x=DEVICE.width_px, y=DEVICE.height_px)
    return None


@method(DISPLAY, "getMetrics", "getRealMetrics")
def _display_metrics(vm: VM, a: list[Any]) -> Any:
    from dexlego.emulator.framework.android.content_res import display_metrics

    if isinstance(a[1], JObject):
        display_metrics(vm, a[1])
    return None


# -- the window's flags --------------------------------------


@method(WINDOW, "addFlags", "clearFlags", "setFlags")
def _window_flags(vm: VM, a: list[Any]) -> Any:
    """The flags of the window's WindowManager.LayoutParams."""
    name = vm.cur_native.name if vm.cur_native is not None else "addFlags"
    attrs = _window_attributes(vm, [a[0]])
    flags = attrs.fields.get("flags", 0)
    if name == "addFlags":
        flags |= a[1]
    elif name == "clearFlags":
        flags &= ~a[1]
    else:
        flags = (flags & ~a[2]) | (a[1] & a[2])
    attrs.fields["flags"] = flags
    return None
