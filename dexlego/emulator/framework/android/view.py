"""`android.view`: View and ViewGroup, layouts inflated from the APK's XML
(`LayoutInflater`, `Activity.findViewById`), listeners (clicked later by the driver), Window,
MenuInflater.
"""

from __future__ import annotations

from typing import Any

from dexlego.emulator.framework.android.app import _find_view, activity_state, android
from dexlego.emulator.framework.registry import method, model_class, model_classes
from dexlego.emulator.names import binary_to_descriptor
from dexlego.emulator.vm.machine import VM
from dexlego.emulator.vm.objects import JObject

ACT = "Landroid/app/Activity;"
CW = "Landroid/content/ContextWrapper;"
ET = "Landroid/widget/EditText;"
OBJ = "Ljava/lang/Object;"
TV = "Landroid/widget/TextView;"

CTW = "Landroid/view/ContextThemeWrapper;"
model_class(CTW, CW)
V = "Landroid/view/View;"
VG = "Landroid/view/ViewGroup;"
model_class(V, OBJ, ("Landroid/graphics/drawable/Drawable$Callback;",
                   "Landroid/view/KeyEvent$Callback;"))  # fmt: skip
model_class(VG, V, ("Landroid/view/ViewParent;", "Landroid/view/ViewManager;"))
model_classes(VG, "Landroid/widget/LinearLayout;", "Landroid/widget/RelativeLayout;",
              "Landroid/widget/FrameLayout;", "Landroid/widget/AbsoluteLayout;",
              "Landroid/widget/AdapterView;", "Landroid/widget/GridLayout;")  # fmt: skip
for _i in ("View$OnClickListener", "View$OnLongClickListener", "View$OnTouchListener",
           "View$OnKeyListener", "View$OnFocusChangeListener", "ViewParent", "ViewManager",
           "KeyEvent$Callback", "Window$Callback", "View$OnCreateContextMenuListener",
           "ViewTreeObserver$OnPreDrawListener", "MenuItem", "Menu", "SubMenu"):  # fmt: skip
    model_class(f"Landroid/view/{_i};", interface=True)
model_class("Landroid/view/LayoutInflater;")
model_class("Landroid/view/Window;")
model_class("Landroid/view/MenuInflater;")

WIDGETS = {
    "Button": "Landroid/widget/Button;", "EditText": ET, "TextView": TV,
    "ImageView": "Landroid/widget/ImageView;", "ImageButton": "Landroid/widget/ImageButton;",
    "CheckBox": "Landroid/widget/CheckBox;", "RadioButton": "Landroid/widget/RadioButton;",
    "ToggleButton": "Landroid/widget/ToggleButton;", "Switch": "Landroid/widget/Switch;",
    "LinearLayout": "Landroid/widget/LinearLayout;", "RelativeLayout": "Landroid/widget/RelativeLayout;",
    "FrameLayout": "Landroid/widget/FrameLayout;", "ListView": "Landroid/widget/ListView;",
    "ScrollView": "Landroid/widget/ScrollView;", "Spinner": "Landroid/widget/Spinner;",
    "ProgressBar": "Landroid/widget/ProgressBar;", "SeekBar": "Landroid/widget/SeekBar;",
    "WebView": "Landroid/webkit/WebView;", "TableLayout": "Landroid/widget/TableLayout;",
    "AutoCompleteTextView": "Landroid/widget/AutoCompleteTextView;",
}  # fmt: skip


def _vstate(v: JObject) -> dict[str, Any]:
    if not isinstance(v.native, dict):
        v.native = {"id": -1, "text": "", "tag": None}
    st: dict[str, Any] = v.native
    return st


def new_view(vm: VM, desc: str, view_id: int, text: str = "") -> JObject:
    rc = vm.find_class(desc)
    if rc is None:
        desc = V
    v = vm.new_object(desc, {"id": view_id, "text": text, "tag": None})
    return v


def inflate(vm: VM, layout: int, owner: JObject | None, depth: int = 0) -> JObject | None:
    """Create the views of layout `layout` (and of the layouts it <include>s); XML
    android:onClick handlers name methods of `owner` (the activity). Returns the root view."""
    st = android(vm)
    specs = st.info.layout(layout)
    if specs is None or depth > 8:
        return None
    views: dict[int, JObject] = activity_state(owner)["views"] if owner is not None else {}
    root: JObject | None = None
    for spec in specs:
        widget = spec.widget.rsplit(".", 1)[-1]
        desc = WIDGETS.get(widget, V)
        text = spec.text or ""
        if text.startswith("@"):
            try:
                text = st.info.strings.get(int(text[1:], 16), "")
            except ValueError:
                text = ""
        if spec.include is not None:
            sub = inflate(vm, spec.include, owner, depth + 1)
            if root is None:
                root = sub
            continue
        if spec.fragment and owner is not None:
            _layout_fragment(vm, spec.fragment, spec.view_id, owner)
            continue
        v = None
        if "." in spec.widget and owner is not None:
            v = _custom_view(vm, binary_to_descriptor(spec.widget), owner)
        if v is None:
            v = new_view(vm, desc, spec.view_id or -1, text)
        else:
            _vstate(v)["id"] = spec.view_id or -1
        if root is None:
            root = v
        if spec.view_id is not None:
            views.setdefault(spec.view_id, v)
        if spec.on_click and owner is not None:
            st.clickables.append((v, None, spec.on_click, owner))
    return root


def _layout_fragment(vm: VM, name: str, view_id: int | None, owner: JObject) -> None:
    """A <fragment> element: the inflater instantiates it and adds it to the activity."""
    from dexlego.emulator.vm.interp import JavaThrow

    desc = binary_to_descriptor(name)
    try:
        frag = vm.new_instance(desc)
        m = frag.cls.methods.get("<init>()V")
        if m is not None:
            vm.invoke(m, [frag])
    except JavaThrow as t:
        vm.rec.runtime_error(f"uncaught {t.obj.cls.name} creating fragment {name}", None)
        return
    android(vm).fragments.append((owner, frag, view_id if view_id is not None else -1))


def _custom_view(vm: VM, desc: str, owner: JObject) -> JObject | None:
    """An app-defined view class named in a layout, built with its (Context, AttributeSet)
    constructor as the framework's inflater does."""
    from dexlego.emulator.vm.classes import APP
    from dexlego.emulator.vm.interp import JavaThrow

    rc = vm.find_class(desc)
    if rc is None or rc.kind != APP or not vm.is_assignable(rc, V):
        return None
    try:
        obj = vm.new_instance(desc)
        for key, args in (
            ("<init>(Landroid/content/Context;Landroid/util/AttributeSet;)V", [owner, None]),
            ("<init>(Landroid/content/Context;)V", [owner]),
        ):
            m = rc.methods.get(key)
            if m is not None:
                vm.invoke(m, [obj, *args])
                break
    except JavaThrow as t:
        vm.rec.runtime_error(f"uncaught {t.obj.cls.name} inflating {desc}", desc)
        return None
    if not isinstance(obj.native, dict):
        obj.native = {"id": -1, "text": "", "tag": None}
    android(vm).custom_views.append((owner, obj))
    return obj


@method("Landroid/view/Window;", "findViewById")
def _window_find(vm: VM, a: list[Any]) -> Any:
    return _find_view(vm, [a[0].native["activity"], a[1]])


@method("Landroid/view/Window;", "getDecorView")
def _decor(vm: VM, a: list[Any]) -> Any:
    return new_view(vm, "Landroid/widget/FrameLayout;", -1)


@method(ACT, "getLayoutInflater", "getMenuInflater")
@method("Landroid/view/LayoutInflater;", "from")
def _inflater(vm: VM, a: list[Any]) -> Any:
    owner = a[0] if a and isinstance(a[0], JObject) and vm.instance_of(a[0], ACT) else None
    return vm.new_object("Landroid/view/LayoutInflater;", {"activity": owner})


@method("Landroid/view/LayoutInflater;", "inflate")
def _inflate(vm: VM, a: list[Any]) -> Any:
    st = a[0].native if isinstance(a[0].native, dict) else {}
    owner = st.get("activity") or vm.env.get("current_activity")
    root = inflate(vm, a[1], owner) if isinstance(a[1], int) else None
    return root if root is not None else new_view(vm, "Landroid/widget/LinearLayout;", -1)


# -- View -----------------------------------------------------------------------------------


@method(V, "<init>")
def _view_init(vm: VM, a: list[Any]) -> Any:
    if not isinstance(a[0].native, dict):
        a[0].native = {"id": -1, "text": "", "tag": None}
    return None


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


@method(V, "getId")
def _get_id(vm: VM, a: list[Any]) -> Any:
    return _vstate(a[0])["id"]


@method(V, "setId")
def _set_id(vm: VM, a: list[Any]) -> Any:
    _vstate(a[0])["id"] = a[1]
    return None


@method(V, "getTag")
def _get_tag(vm: VM, a: list[Any]) -> Any:
    return _vstate(a[0]).get("tag")


@method(V, "setTag")
def _set_tag(vm: VM, a: list[Any]) -> Any:
    _vstate(a[0])["tag"] = a[-1]
    return None


@method(V, "getContext")
def _view_context(vm: VM, a: list[Any]) -> Any:
    return vm.env.get("current_activity") or android(vm).app


@method(V, "post", "postDelayed")
def _view_post(vm: VM, a: list[Any]) -> Any:
    from dexlego.emulator.framework.java.lang import run_later

    run_later(vm, a[1], "run()V")
    return True


@method(V, "findViewById")
def _view_find(vm: VM, a: list[Any]) -> Any:
    act = vm.env.get("current_activity")
    if act is not None:
        return _find_view(vm, [act, a[1]])
    return new_view(vm, ET, a[1])


@method(V, "isEnabled", "isShown", "isClickable", "hasFocus", "isFocusable")
def _view_true(vm: VM, a: list[Any]) -> Any:
    return True


@method("Landroid/view/MenuInflater;", "inflate")
def _menu_inflate(vm: VM, a: list[Any]) -> Any:
    return None
