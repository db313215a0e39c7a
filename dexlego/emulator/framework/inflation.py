"""LayoutInflater's algorithm, for the `android.view` models: views from the APK's compiled
layouts.

Contract: AOSP `LayoutInflater.java` (API 29) and `PhoneLayoutInflater`. `inflate(resource,
root, attachToRoot)` reads the layout through `Resources.getLayout`; the root element is made by
`createViewFromTag`: the factories first (`Factory2`, `Factory`, then the private factory, the
Activity, which makes `<fragment>`s), else `onCreateView` for names without a package (tried as
`android.widget.`, `android.webkit.`, `android.app.`, then `android.view.`) or `createView`
(the class's `(Context, AttributeSet)` constructor, loaded with the app's class loader, so app,
support and androidx views run their bytecode). Children are inflated depth first, each given
`generateLayoutParams(attrs)` of its parent and added with `addView`; `<include>`, `<merge>`,
`<tag>`, `<requestFocus>` and `<view class=...>` behave as documented; `onFinishInflate` runs
once a view's children are added. A failure inside a constructor becomes
`InflateException("Binary XML file line #N: Error inflating class X")`.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

from dexlego.emulator.framework.android.app import android
from dexlego.emulator.framework.android.content_res import (
    android_attr,
    context_state,
    context_theme,
    not_found,
    resources,
    xml_parser,
)
from dexlego.emulator.framework.android.view import (
    FRAME,
    NO_ID,
    STUB,
    VG,
    V,
    new_view,
    node,
    vstate,
)
from dexlego.emulator.framework.org.kxml2_io import ParserState
from dexlego.emulator.names import binary_to_descriptor
from dexlego.emulator.resources.values import (
    TYPE_REFERENCE,
    TYPE_STRING,
    coerce_to_string,
    int_value,
    resource_id,
)
from dexlego.emulator.resources.xml import END_DOCUMENT, END_TAG, START_TAG, PullParser
from dexlego.emulator.vm.classes import APP, MODEL
from dexlego.emulator.vm.interp import JavaThrow
from dexlego.emulator.vm.machine import VM
from dexlego.emulator.vm.objects import JObject

LI = "Landroid/view/LayoutInflater;"
PHONE_LI = "Lcom/android/internal/policy/PhoneLayoutInflater;"
INFLATE_EXC = "Landroid/view/InflateException;"
CTX = "Landroid/content/Context;"
ATTRS = "Landroid/util/AttributeSet;"
CTOR = "<init>(Landroid/content/Context;Landroid/util/AttributeSet;)V"
PREFIXES = ("android.widget.", "android.webkit.", "android.app.")
MAX_INCLUDE_DEPTH = 32  # nested <include>s (a layout including itself loops on a device too)



@dataclass(eq=False)
class InflaterState:
    context: JObject | None
    factory: JObject | None = None
    factory2: JObject | None = None
    private_factory: JObject | None = None
    factory_set: bool = False
    constructor_context: JObject | None = None
    include_depth: int = 0


def inflater_state(vm: VM, o: JObject) -> InflaterState:
    if not isinstance(o.native, InflaterState):
        ctx = vm.env.get("current_activity")
        o.native = InflaterState(ctx if isinstance(ctx, JObject) else None)
    st: InflaterState = o.native
    return st


def clone_inflater(vm: VM, inflater: JObject, ctx: Any) -> JObject:
    """LayoutInflater.cloneInContext: the same factories, another context."""
    src = inflater_state(vm, inflater)
    return vm.new_object(PHONE_LI, InflaterState(ctx, src.factory, src.factory2, src.private_factory))


def inflater_for(vm: VM, ctx: Any) -> JObject:
    """The context's own inflater (what getSystemService(LAYOUT_INFLATER_SERVICE) returns for
    it); an Activity's has the Activity as its private factory."""
    if not isinstance(ctx, JObject):
        ctx = vm.env.get("current_activity") or android(vm).app
        if not isinstance(ctx, JObject):
            return vm.new_object(PHONE_LI, InflaterState(None))
    st = context_state(vm, ctx)
    inf = st.get("inflater")
    if not isinstance(inf, JObject):
        ist = InflaterState(ctx)
        if vm.instance_of(ctx, "Landroid/app/Activity;"):
            ist.private_factory = ctx
        inf = st["inflater"] = vm.new_object(PHONE_LI, ist)
    return inf


# -- inflation ----------------------------------------------------------------------------------


def _pull(vm: VM, parser: JObject) -> PullParser:
    st = parser.native
    if not isinstance(st, ParserState) or st.pull is None:
        raise vm.throwable(INFLATE_EXC, "no parser input")
    return st.pull


def _fail(vm: VM, parser: JObject, msg: str, cause: Any = None) -> JavaThrow:
    el = _pull(vm, parser).element
    line = el.line if el is not None else -1
    return vm.throwable(INFLATE_EXC, f"Binary XML file line #{line}: {msg}", cause)


def inflate_resource(vm: VM, inflater: JObject, layout: int, root: JObject | None,
                     attach: bool) -> JObject:  # fmt: skip
    """LayoutInflater.inflate(int, ViewGroup, boolean)."""
    el = resources(vm).xml(layout)
    if el is None:
        raise not_found(vm, layout)
    return inflate_parser(vm, inflater, xml_parser(vm, el), root, attach)


def inflate_parser(vm: VM, inflater: JObject, parser: JObject, root: JObject | None,
                   attach: bool) -> JObject:  # fmt: skip
    """LayoutInflater.inflate(XmlPullParser, ViewGroup, boolean)."""
    ist = inflater_state(vm, inflater)
    ctx = ist.context
    p = _pull(vm, parser)
    el = p.skip_to_root()
    if el is None:
        raise vm.throwable(INFLATE_EXC, "No start tag found!")
    if el.tag == "merge":
        if root is None or not attach:
            raise vm.throwable(INFLATE_EXC, "<merge /> can be used only with a valid ViewGroup "
                                            "root and attachToRoot=true")  # fmt: skip
        rinflate(vm, inflater, parser, root, ctx, finish=False)
        return root
    temp = create_view_from_tag(vm, inflater, parser, root, el.tag, ctx)
    params = None
    if root is not None:
        params = vm.call_virtual(root, "generateLayoutParams(Landroid/util/AttributeSet;)"
                                 "Landroid/view/ViewGroup$LayoutParams;", [parser])  # fmt: skip
        if not attach:
            vm.call_virtual(temp, "setLayoutParams(Landroid/view/ViewGroup$LayoutParams;)V", [params])
    rinflate(vm, inflater, parser, temp, ctx, finish=True)
    if root is not None and attach:
        vm.call_virtual(root, "addView(Landroid/view/View;Landroid/view/ViewGroup$LayoutParams;)V",
                        [temp, params])  # fmt: skip
        return root
    return temp


def rinflate(vm: VM, inflater: JObject, parser: JObject, parent: JObject, ctx: Any,
             *, finish: bool) -> None:  # fmt: skip
    """LayoutInflater.rInflate: the children of the current element, depth first."""
    p = _pull(vm, parser)
    depth = p.depth
    while True:
        ev = p.next()
        if ev == END_DOCUMENT or (ev == END_TAG and p.depth <= depth):
            break
        if ev != START_TAG:
            continue
        el = p.element
        assert el is not None
        name = el.tag
        if name == "requestFocus":
            _consume(p)
        elif name == "tag":
            _view_tag(vm, parser, parent, ctx)
            _consume(p)
        elif name == "include":
            if p.depth == 0:
                raise _fail(vm, parser, "<include /> cannot be the root element")
            _include(vm, inflater, parser, parent, ctx)
        elif name == "merge":
            raise _fail(vm, parser, "<merge /> must be the root element")
        else:
            view = create_view_from_tag(vm, inflater, parser, parent, name, ctx)
            _require_group(vm, parser, parent)
            params = vm.call_virtual(parent, "generateLayoutParams(Landroid/util/AttributeSet;)"
                                     "Landroid/view/ViewGroup$LayoutParams;", [parser])  # fmt: skip
            rinflate(vm, inflater, parser, view, ctx, finish=True)
            vm.call_virtual(parent, "addView(Landroid/view/View;Landroid/view/ViewGroup$LayoutParams;)V",
                            [view, params])  # fmt: skip
    if finish:
        vm.call_virtual(parent, "onFinishInflate()V", [])


def _consume(p: PullParser) -> None:
    """consumeChildElements: skip to the end of the current element."""
    depth = p.depth
    while True:
        ev = p.next()
        if ev == END_DOCUMENT or (ev == END_TAG and p.depth <= depth):
            return


def _require_group(vm: VM, parser: JObject, parent: JObject) -> None:
    if not vm.instance_of(parent, VG):
        raise vm.throwable("Ljava/lang/ClassCastException;",
                           f"{parent.cls.name} cannot be cast to {VG}")  # fmt: skip


def _view_tag(vm: VM, parser: JObject, view: JObject, ctx: Any) -> None:
    """<tag android:id="@+id/key" android:value="..."/>: view.setTag(key, value)."""
    from dexlego.emulator.framework.android.content_res import xml_attrs

    theme = context_theme(vm, ctx)
    key_v, val_v = theme.obtain([android_attr(vm, "id"), android_attr(vm, "value")], xml_attrs(parser))
    key = resource_id(key_v)
    value = val_v.string if val_v is not None and val_v.vtype == TYPE_STRING else \
        coerce_to_string(val_v) if val_v is not None else None
    vm.call_virtual(view, "setTag(ILjava/lang/Object;)V", [key, value])


def _include(vm: VM, inflater: JObject, parser: JObject, parent: JObject, ctx: Any) -> None:
    """LayoutInflater.parseInclude."""
    from dexlego.emulator.framework.android.content_res import xml_attrs

    p = _pull(vm, parser)
    if not vm.instance_of(parent, VG):
        raise _fail(vm, parser, "<include /> can only be used inside of a ViewGroup")
    el = p.element
    assert el is not None
    attr = next((x for x in el.attrs if x.name == "layout" and not x.ns), None)
    layout = 0
    if attr is not None:
        v = attr.value
        if v.is_attribute:
            r = context_theme(vm, ctx).resolve_attribute(v.data, True)
            layout = r.data if r is not None and r.vtype == TYPE_REFERENCE else 0
        elif v.vtype == TYPE_REFERENCE:
            layout = v.data
    if attr is None:
        raise _fail(vm, parser, 'You must specify a layout in the include tag: <include '
                                'layout="@layout/layoutID" />')  # fmt: skip
    if not layout:
        raise _fail(vm, parser, f"You must specify a valid layout reference. The layout ID "
                                f"{attr.raw or '?'} is not valid.")  # fmt: skip
    ist = inflater_state(vm, inflater)
    if ist.include_depth >= MAX_INCLUDE_DEPTH:
        raise _fail(vm, parser, "<include /> nested too deeply")
    child_el = resources(vm).xml(layout)
    if child_el is None:
        raise not_found(vm, layout)
    child_parser = xml_parser(vm, child_el)
    cp = _pull(vm, child_parser)
    root_el = cp.skip_to_root()
    assert root_el is not None
    ist.include_depth += 1
    try:
        if root_el.tag == "merge":
            rinflate(vm, inflater, child_parser, parent, ctx, finish=False)
        else:
            view = create_view_from_tag(vm, inflater, child_parser, parent, root_el.tag, ctx)
            theme = context_theme(vm, ctx)
            id_v, vis_v = theme.obtain([android_attr(vm, "id"), android_attr(vm, "visibility")],
                                       xml_attrs(parser))  # fmt: skip
            params = None
            try:
                params = vm.call_virtual(parent, "generateLayoutParams(Landroid/util/AttributeSet;)"
                                         "Landroid/view/ViewGroup$LayoutParams;", [parser])  # fmt: skip
            except JavaThrow as t:
                if not vm.is_assignable(t.obj.cls, "Ljava/lang/RuntimeException;"):
                    raise
            if params is None:
                params = vm.call_virtual(parent, "generateLayoutParams(Landroid/util/AttributeSet;)"
                                         "Landroid/view/ViewGroup$LayoutParams;", [child_parser])  # fmt: skip
            vm.call_virtual(view, "setLayoutParams(Landroid/view/ViewGroup$LayoutParams;)V", [params])
            rinflate(vm, inflater, child_parser, view, ctx, finish=True)
            if resource_id(id_v):
                vm.call_virtual(view, "setId(I)V", [resource_id(id_v)])
            if vis_v is not None and vis_v.is_int:
                vm.call_virtual(view, "setVisibility(I)V", [(0, 4, 8)[min(2, max(0, int_value(vis_v)))]])
            vm.call_virtual(parent, "addView(Landroid/view/View;)V", [view])
    finally:
        ist.include_depth -= 1
    _consume(p)


def create_view_from_tag(vm: VM, inflater: JObject, parser: JObject, parent: JObject | None,
                         name: str, ctx: Any) -> JObject:  # fmt: skip
    """LayoutInflater.createViewFromTag."""
    p = _pull(vm, parser)
    el = p.element
    if name == "view":
        cls_attr = next((x for x in (el.attrs if el else []) if x.name == "class" and not x.ns), None)
        name = (cls_attr.value.string or cls_attr.raw or "") if cls_attr is not None else ""
    theme_attr = next((x for x in (el.attrs if el else []) if x.name == "theme" and x.res_id), None)
    if theme_attr is not None:
        v = theme_attr.value
        if v.is_attribute:
            r = context_theme(vm, ctx).resolve_attribute(v.data, True)
            v = r if r is not None else v
        if v.vtype == TYPE_REFERENCE and v.data:
            ctx = theme_wrapper(vm, ctx, v.data)
    if name == "blink":
        return _construct(vm, inflater, parser, ctx, FRAME, name)
    ist = inflater_state(vm, inflater)
    view: Any = None
    try:
        if ist.factory2 is not None:
            view = vm.call_virtual(ist.factory2, "onCreateView(Landroid/view/View;Ljava/lang/String;"
                                   "Landroid/content/Context;Landroid/util/AttributeSet;)Landroid/view/View;",
                                   [parent, name, ctx, parser])  # fmt: skip
        elif ist.factory is not None:
            view = vm.call_virtual(ist.factory, "onCreateView(Ljava/lang/String;Landroid/content/Context;"
                                   "Landroid/util/AttributeSet;)Landroid/view/View;",
                                   [name, ctx, parser])  # fmt: skip
        if view is None and ist.private_factory is not None:
            view = vm.call_virtual(ist.private_factory, "onCreateView(Landroid/view/View;Ljava/lang/String;"
                                   "Landroid/content/Context;Landroid/util/AttributeSet;)Landroid/view/View;",
                                   [parent, name, ctx, parser])  # fmt: skip
        if view is None:
            if "." not in name:
                view = vm.call_virtual(inflater, "onCreateView(Landroid/content/Context;Landroid/view/View;"
                                       "Ljava/lang/String;Landroid/util/AttributeSet;)Landroid/view/View;",
                                       [ctx, parent, name, parser])  # fmt: skip
            else:
                view = create_view(vm, inflater, ctx, name, None, parser)
    except JavaThrow as t:
        exc = t.obj.cls
        if vm.is_assignable(exc, INFLATE_EXC) or not vm.is_assignable(exc, "Ljava/lang/Exception;"):
            raise
        raise _fail(vm, parser, f"Error inflating class {name}", t.obj) from None
    if not isinstance(view, JObject):
        raise _fail(vm, parser, f"Error inflating class {name}")
    return view


def theme_wrapper(vm: VM, ctx: Any, theme_res: int) -> JObject:
    """new ContextThemeWrapper(context, themeResId) for an element's android:theme."""
    from dexlego.emulator.framework.android.content_res import set_base_context, set_context_theme

    wrapper = vm.new_object("Landroid/view/ContextThemeWrapper;")
    set_base_context(vm, wrapper, ctx)
    set_context_theme(vm, wrapper, theme_res)
    return wrapper


def create_view(vm: VM, inflater: JObject, ctx: Any, name: str, prefix: str | None, parser: Any,
                *, missing_ok: bool = False) -> JObject | None:  # fmt: skip
    """LayoutInflater.createView: the class named `prefix + name` through the app's class
    loader, built with its (Context, AttributeSet) constructor."""
    full = (prefix or "") + name
    desc = binary_to_descriptor(full)
    rc = vm.find_class(desc)
    if rc is None or rc.kind not in (APP, MODEL) and not full.startswith(("android.", "com.android.")):
        if missing_ok:
            return None
        raise vm.throwable("Ljava/lang/ClassNotFoundException;", full)
    if rc.kind not in (APP, MODEL):
        if missing_ok:
            return None  # a framework class nobody modeled: let the next prefix try
        # The framework has it, we do not model it: a plain view (a group if the XML nests).
        el = _pull(vm, parser).element if isinstance(parser, JObject) else None
        desc = FRAME if el is not None and el.elements() else V
        return _construct(vm, inflater, parser, ctx, desc, name)
    if not vm.is_assignable(rc, V):
        raise vm.throwable("Ljava/lang/ClassCastException;", f"{full} cannot be cast to android.view.View")
    return _construct(vm, inflater, parser, ctx, desc, name)


def _construct(vm: VM, inflater: JObject, parser: Any, ctx: Any, desc: str, name: str) -> JObject:
    ist = inflater_state(vm, inflater)
    if ctx is None:
        ctx = ist.constructor_context or ist.context
    rc = vm.require_class(desc)
    if rc.kind == APP:
        ctor = rc.methods.get(CTOR)
        if ctor is None or ctor.code is None:
            raise vm.throwable("Ljava/lang/NoSuchMethodException;",
                               f"{desc}.<init> [class android.content.Context, "
                               f"interface android.util.AttributeSet]")  # fmt: skip
        view = vm.new_instance(desc)
        vm.invoke(ctor, [view, ctx, parser])
    else:
        view = vm.new_object(desc)
        m = vm.lookup(rc, CTOR, "<init>", None)
        if not m.unmodeled:
            vm.invoke(m, [view, ctx, parser])
    vstate(view)
    if node(view).context is None and isinstance(ctx, JObject):
        node(view).context = ctx
    if vm.instance_of(view, STUB):
        vm.call_virtual(view, "setLayoutInflater(Landroid/view/LayoutInflater;)V",
                        [clone_inflater(vm, inflater, ctx)])  # fmt: skip
    return view


# -- the Activity as the inflater's private factory (<fragment>) --------------------------------


def activity_create_view(vm: VM, act: JObject, parent: Any, name: str, ctx: Any, attrs: Any) -> Any:
    """Activity.onCreateView(View, String, Context, AttributeSet): null except for
    `<fragment>`, which the FragmentManager instantiates (class from android:name or class);
    its view is placed in the tree when the fragment creates it, under the element's id."""
    if name != "fragment":
        return None
    from dexlego.emulator.framework.android.content_res import xml_attrs

    xml = xml_attrs(attrs) or []
    cls = next((x for x in xml if x.name == "name" and x.res_id), None) or \
        next((x for x in xml if x.name == "class" and not x.ns), None)
    cls_name = (cls.value.string or cls.raw) if cls is not None else None
    if not cls_name:
        raise vm.throwable("Ljava/lang/IllegalArgumentException;",
                           "Binary XML file: Must specify unique android:id, android:tag, "
                           "or have a parent with an id for fragment")  # fmt: skip
    id_attr = next((x for x in xml if x.name == "id" and x.res_id), None)
    frag_id = resource_id(id_attr.value, NO_ID) if id_attr is not None else NO_ID
    frag = vm.new_instance(binary_to_descriptor(cls_name))
    init = vm.lookup(frag.cls, "<init>()V", "<init>", None)
    if not init.unmodeled:
        vm.invoke(init, [frag])
    android(vm).fragments.append((act, frag, frag_id))
    holder = new_view(vm, FRAME, act, frag_id)
    vstate(holder)["fragment"] = frag
    return holder

