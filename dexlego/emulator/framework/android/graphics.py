"""`android.graphics`: Point, PointF, Rect, RectF."""

from __future__ import annotations

from typing import Any

from dexlego.emulator.framework.registry import method, model_class
from dexlego.emulator.vm.machine import VM

# -- geometry value classes (public fields) -------------------------------------------------

model_class("Landroid/graphics/PointF;")
model_class("Landroid/graphics/Point;")
model_class("Landroid/graphics/Rect;")
model_class("Landroid/graphics/RectF;")


def _fields(names: tuple[str, ...]) -> Any:
    def init(vm: VM, a: list[Any]) -> Any:
        o = a[0]
        vals = a[1:]
        if len(vals) == 1 and hasattr(vals[0], "fields"):
            o.fields.update(vals[0].fields)
            return None
        for n, v in zip(names, vals, strict=False):
            o.fields[n] = v
        for n in names[len(vals):]:
            o.fields.setdefault(n, 0)
        return None

    return init


method("Landroid/graphics/PointF;", "<init>", "set")(_fields(("x", "y")))
method("Landroid/graphics/Point;", "<init>", "set")(_fields(("x", "y")))
method("Landroid/graphics/Rect;", "<init>", "set")(_fields(("left", "top", "right", "bottom")))
method("Landroid/graphics/RectF;", "<init>", "set")(_fields(("left", "top", "right", "bottom")))
