"""`android.widget`: TextView/EditText (typed text is a source), CompoundButton, Toast."""

from __future__ import annotations

from typing import Any

from dexlego.emulator.framework.android.app import android
from dexlego.emulator.framework.android.view import _vstate
from dexlego.emulator.framework.common import arg_str, source
from dexlego.emulator.framework.registry import method, model_class, model_classes
from dexlego.emulator.taint import tag
from dexlego.emulator.vm.machine import VM

V = "Landroid/view/View;"

TV = "Landroid/widget/TextView;"
ET = "Landroid/widget/EditText;"
model_classes("Landroid/widget/LinearLayout;", "Landroid/widget/TableLayout;",
              "Landroid/widget/TableRow;", "Landroid/widget/RadioGroup;")  # fmt: skip
model_classes("Landroid/widget/FrameLayout;", "Landroid/widget/ScrollView;",
              "Landroid/widget/HorizontalScrollView;", "Landroid/widget/TabHost;")  # fmt: skip
model_class("Landroid/widget/AbsListView;", "Landroid/widget/AdapterView;")
model_classes("Landroid/widget/AbsListView;", "Landroid/widget/ListView;",
              "Landroid/widget/GridView;")  # fmt: skip
model_class("Landroid/widget/AbsSpinner;", "Landroid/widget/AdapterView;")
model_class("Landroid/widget/Spinner;", "Landroid/widget/AbsSpinner;")
model_class(TV, V, ("Landroid/view/ViewTreeObserver$OnPreDrawListener;",))
model_classes(TV, ET, "Landroid/widget/Button;", "Landroid/widget/CheckedTextView;",
              "Landroid/widget/Chronometer;", "Landroid/widget/DigitalClock;")  # fmt: skip
model_classes(ET, "Landroid/widget/AutoCompleteTextView;")
model_class("Landroid/widget/CompoundButton;", "Landroid/widget/Button;",
            ("Landroid/widget/Checkable;",))  # fmt: skip
model_classes("Landroid/widget/CompoundButton;", "Landroid/widget/CheckBox;",
              "Landroid/widget/RadioButton;", "Landroid/widget/ToggleButton;",
              "Landroid/widget/Switch;")  # fmt: skip
model_class("Landroid/widget/ImageView;", V)
model_class("Landroid/widget/ImageButton;", "Landroid/widget/ImageView;")
model_class("Landroid/widget/ProgressBar;", V)
model_class("Landroid/widget/AbsSeekBar;", "Landroid/widget/ProgressBar;")
model_class("Landroid/widget/SeekBar;", "Landroid/widget/AbsSeekBar;")
model_class("Landroid/widget/Checkable;", interface=True)
model_class("Landroid/widget/Toast;")

EDIT_TEXT = "Landroid/widget/EditText;->getText()Landroid/text/Editable;"


# -- text widgets ---------------------------------------------------------------------------


@method(TV, "setHint")
def _set_hint(vm: VM, a: list[Any]) -> Any:
    v = a[1]
    hint = android(vm).info.strings.get(v, "") if isinstance(v, int) else (arg_str(v) or "")
    _vstate(a[0])["hint"] = hint
    return None


@method(TV, "getHint")
def _get_hint(vm: VM, a: list[Any]) -> Any:
    return _vstate(a[0]).get("hint", "")


@method(TV, "setText", "append")
def _set_text(vm: VM, a: list[Any]) -> Any:
    st = _vstate(a[0])
    v = a[1]
    s = android(vm).info.strings.get(v, "") if isinstance(v, int) else (arg_str(v) or "")
    if vm.cur_native is not None and vm.cur_native.name == "append":
        s = tag(st["text"] + s, frozenset(getattr(st["text"], "taint", ())) | frozenset(
            getattr(s, "taint", ())))  # fmt: skip
    st["text"] = s
    return None


@method(TV, "getText")
def _get_text(vm: VM, a: list[Any]) -> Any:
    text = _vstate(a[0])["text"]
    if vm.instance_of(a[0], ET):
        # What the user typed is private data (passwords, messages): a source.
        return source(vm, EDIT_TEXT, text)
    return text


@method(TV, "length")
def _text_len(vm: VM, a: list[Any]) -> Any:
    return len(_vstate(a[0])["text"])


@method("Landroid/widget/CompoundButton;", "isChecked")
def _is_checked(vm: VM, a: list[Any]) -> Any:
    return bool(_vstate(a[0]).get("checked"))


@method("Landroid/widget/CompoundButton;", "setChecked")
def _set_checked(vm: VM, a: list[Any]) -> Any:
    _vstate(a[0])["checked"] = a[1]
    return None


# -- Toast, dialogs, menus ------------------------------------------------------------------


@method("Landroid/widget/Toast;", "makeText")
def _toast(vm: VM, a: list[Any]) -> Any:
    return vm.new_object("Landroid/widget/Toast;", {"text": a[1]})


@method("Landroid/widget/Toast;", "show", "cancel", "setGravity", "setDuration")
def _toast_show(vm: VM, a: list[Any]) -> Any:
    return None


# -- ProgressBar: progress within [min, max] (a loop waiting for it to fill ends) ---------------

PB = "Landroid/widget/ProgressBar;"


@method(PB, "<init>")
def _pb_init(vm: VM, a: list[Any]) -> Any:
    """ProgressBar(Context[, AttributeSet...]): android:max (100), android:progress (0),
    android:min (0), android:indeterminate."""
    from dexlego.emulator.framework.android.view import _styled, init_view
    from dexlego.emulator.resources.values import int_value

    ctx = a[1] if len(a) > 1 else None
    attrs = a[2] if len(a) > 2 else None
    init_view(vm, a[0], ctx, attrs, 0, 0)
    vals = _styled(vm, ctx, attrs, ("max", "min", "progress", "indeterminate"))
    st = _vstate(a[0])
    st["max"] = int_value(vals["max"]) if "max" in vals else 100
    st["min"] = int_value(vals["min"]) if "min" in vals else 0
    st["progress"] = 0
    _set_progress(st, int_value(vals["progress"]) if "progress" in vals else 0)
    st["indeterminate"] = "indeterminate" in vals and vals["indeterminate"].data != 0
    return None


def _set_progress(st: dict[str, Any], value: int) -> None:
    lo, hi = st.get("min", 0), st.get("max", 100)
    st["progress"] = max(lo, min(hi, value))


@method(PB, "setProgress")
def _pb_set(vm: VM, a: list[Any]) -> Any:
    st = _vstate(a[0])
    if not st.get("indeterminate"):
        _set_progress(st, a[1])
    return None


@method(PB, "incrementProgressBy")
def _pb_increment(vm: VM, a: list[Any]) -> Any:
    st = _vstate(a[0])
    _set_progress(st, st.get("progress", 0) + a[1])
    return None


@method(PB, "getProgress")
def _pb_get(vm: VM, a: list[Any]) -> Any:
    st = _vstate(a[0])
    return 0 if st.get("indeterminate") else st.get("progress", 0)


@method(PB, "setMax", "setMin")
def _pb_bound(vm: VM, a: list[Any]) -> Any:
    st = _vstate(a[0])
    name = vm.cur_native.name if vm.cur_native is not None else "setMax"
    if name == "setMax":
        st["max"] = max(a[1], st.get("min", 0))
    else:
        st["min"] = min(a[1], st.get("max", 100))
    _set_progress(st, st.get("progress", 0))
    return None


@method(PB, "getMax", "getMin")
def _pb_get_bound(vm: VM, a: list[Any]) -> Any:
    name = vm.cur_native.name if vm.cur_native is not None else "getMax"
    return _vstate(a[0]).get("max" if name == "getMax" else "min", 100 if name == "getMax" else 0)


@method(PB, "setIndeterminate")
def _pb_set_indeterminate(vm: VM, a: list[Any]) -> Any:
    _vstate(a[0])["indeterminate"] = bool(a[1])
    return None


@method(PB, "isIndeterminate")
def _pb_indeterminate(vm: VM, a: list[Any]) -> Any:
    return bool(_vstate(a[0]).get("indeterminate"))


# -- RelativeLayout.LayoutParams rules ------------------------------------------------------------


@method("Landroid/widget/RelativeLayout$LayoutParams;", "addRule", "removeRule")
def _rl_rule(vm: VM, a: list[Any]) -> Any:
    """addRule(verb[, subject]) (subject TRUE (-1) when absent) / removeRule(verb)."""
    rules: dict[int, int] = a[0].fields.setdefault("$rules", {})
    if vm.cur_native is not None and vm.cur_native.name == "removeRule":
        rules.pop(a[1], None)
    else:
        rules[a[1]] = a[2] if len(a) > 2 else -1
    return None


@method("Landroid/widget/RelativeLayout$LayoutParams;", "getRule")
def _rl_get_rule(vm: VM, a: list[Any]) -> Any:
    return a[0].fields.get("$rules", {}).get(a[1], 0)
