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
