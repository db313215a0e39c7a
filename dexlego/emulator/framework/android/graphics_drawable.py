"""`android.graphics.drawable`: the Drawable classes a resource inflates to, and the state
every Drawable keeps (bounds, alpha, callback). Pixels are not modeled.

Contract: `Drawable.createFromXml`/`DrawableInflater` (AOSP): an XML drawable's class follows
its root element (`<vector>` is a VectorDrawable, `<selector>` a StateListDrawable, `<shape>` a
GradientDrawable, ...); an image file is a BitmapDrawable (a `.9.png` a NinePatchDrawable); a
color is a ColorDrawable. `mutate()` returns the drawable itself.
"""

from __future__ import annotations

from typing import Any

from dexlego.emulator.framework.registry import method, model_class, model_classes
from dexlego.emulator.vm.machine import VM
from dexlego.emulator.vm.objects import JObject

D = "Landroid/graphics/drawable/"
DRAWABLE = f"{D}Drawable;"
model_class(f"{D}Drawable$Callback;", interface=True)
model_class(f"{D}Animatable;", interface=True)
model_class(DRAWABLE)
model_classes(DRAWABLE, f"{D}ColorDrawable;", f"{D}BitmapDrawable;", f"{D}NinePatchDrawable;",
              f"{D}VectorDrawable;", f"{D}GradientDrawable;", f"{D}LayerDrawable;",
              f"{D}DrawableContainer;", f"{D}DrawableWrapper;", f"{D}ShapeDrawable;",
              f"{D}PictureDrawable;", f"{D}AdaptiveIconDrawable;")  # fmt: skip
model_classes(f"{D}DrawableContainer;", f"{D}StateListDrawable;", f"{D}LevelListDrawable;")
model_class(f"{D}AnimationDrawable;", f"{D}DrawableContainer;", (f"{D}Animatable;",))
model_class(f"{D}AnimatedStateListDrawable;", f"{D}StateListDrawable;")
model_class(f"{D}AnimatedVectorDrawable;", DRAWABLE, (f"{D}Animatable;",))
model_classes(f"{D}LayerDrawable;", f"{D}TransitionDrawable;", f"{D}RippleDrawable;")
model_classes(f"{D}DrawableWrapper;", f"{D}InsetDrawable;", f"{D}ClipDrawable;",
              f"{D}ScaleDrawable;", f"{D}RotateDrawable;")  # fmt: skip

# DrawableInflater: the class of an XML drawable by its root element.
XML_DRAWABLES = {
    "selector": "StateListDrawable", "animated-selector": "AnimatedStateListDrawable",
    "level-list": "LevelListDrawable", "layer-list": "LayerDrawable",
    "transition": "TransitionDrawable", "ripple": "RippleDrawable",
    "adaptive-icon": "AdaptiveIconDrawable", "color": "ColorDrawable", "shape": "GradientDrawable",
    "vector": "VectorDrawable", "animated-vector": "AnimatedVectorDrawable",
    "scale": "ScaleDrawable", "clip": "ClipDrawable", "rotate": "RotateDrawable",
    "animation-list": "AnimationDrawable", "inset": "InsetDrawable", "bitmap": "BitmapDrawable",
    "nine-patch": "NinePatchDrawable",
}  # fmt: skip


def drawable_class(path: str, root_tag: str | None) -> str:
    """The Drawable class a drawable resource file inflates to."""
    if path.endswith(".xml"):
        return f"{D}{XML_DRAWABLES.get(root_tag or '', 'Drawable')};"
    if path.endswith(".9.png"):
        return f"{D}NinePatchDrawable;"
    return f"{D}BitmapDrawable;"


def new_drawable(vm: VM, desc: str, **state: Any) -> JObject:
    return vm.new_object(desc, {"bounds": (0, 0, 0, 0), "alpha": 255, **state})


def _dstate(o: JObject) -> dict[str, Any]:
    if not isinstance(o.native, dict):
        o.native = {"bounds": (0, 0, 0, 0), "alpha": 255}
    st: dict[str, Any] = o.native
    return st


@method(DRAWABLE, "<init>")
def _init(vm: VM, a: list[Any]) -> Any:
    st = _dstate(a[0])
    if a[0].cls.name == f"{D}ColorDrawable;" and len(a) > 1 and isinstance(a[1], int):
        st["color"] = a[1]
    return None


@method(DRAWABLE, "mutate", "getCurrent")
def _self(vm: VM, a: list[Any]) -> Any:
    return a[0]


@method(DRAWABLE, "setBounds")
def _set_bounds(vm: VM, a: list[Any]) -> Any:
    if len(a) == 5:
        _dstate(a[0])["bounds"] = (a[1], a[2], a[3], a[4])
    elif isinstance(a[1], JObject):
        f = a[1].fields
        _dstate(a[0])["bounds"] = (f.get("left", 0), f.get("top", 0), f.get("right", 0),
                                   f.get("bottom", 0))  # fmt: skip
    return None


@method(DRAWABLE, "getIntrinsicWidth", "getIntrinsicHeight", "getMinimumWidth",
        "getMinimumHeight")  # fmt: skip
def _intrinsic(vm: VM, a: list[Any]) -> Any:
    return -1  # no intrinsic size: pixels are not modeled


@method(DRAWABLE, "setAlpha")
def _set_alpha(vm: VM, a: list[Any]) -> Any:
    _dstate(a[0])["alpha"] = a[1]
    return None


@method(DRAWABLE, "getAlpha")
def _get_alpha(vm: VM, a: list[Any]) -> Any:
    return _dstate(a[0]).get("alpha", 255)


@method(DRAWABLE, "setCallback")
def _set_callback(vm: VM, a: list[Any]) -> Any:
    _dstate(a[0])["callback"] = a[1]
    return None


@method(DRAWABLE, "getCallback")
def _get_callback(vm: VM, a: list[Any]) -> Any:
    return _dstate(a[0]).get("callback")


@method(f"{D}ColorDrawable;", "getColor")
def _color(vm: VM, a: list[Any]) -> Any:
    return _dstate(a[0]).get("color", 0)


@method(DRAWABLE, "setVisible", "setState", "setLevel")
def _changed(vm: VM, a: list[Any]) -> Any:
    return False


@method(DRAWABLE, "isStateful", "isVisible")
def _stateful(vm: VM, a: list[Any]) -> Any:
    return vm.cur_native is not None and vm.cur_native.name == "isVisible"


@method(DRAWABLE, "getOpacity")
def _opacity(vm: VM, a: list[Any]) -> Any:
    return -3  # PixelFormat.TRANSLUCENT


@method(DRAWABLE, "draw", "invalidateSelf", "scheduleSelf", "unscheduleSelf", "setColorFilter",
        "clearColorFilter", "setTint", "setTintList", "setTintMode", "setDither",
        "setFilterBitmap", "jumpToCurrentState", "setAutoMirrored", "setHotspot",
        "setHotspotBounds", "setLayoutDirection", "applyTheme")  # fmt: skip
def _noop(vm: VM, a: list[Any]) -> Any:
    return None
