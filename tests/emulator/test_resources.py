"""The APK resource model: configuration selection, references, styles and themes,
obtainStyledAttributes precedence, compiled and text XML (pull-parser events)."""

from __future__ import annotations

import pytest

from dexlego.emulator.resources.apk import Resources
from dexlego.emulator.resources.framework import FRAMEWORK_RES, framework_table
from dexlego.emulator.resources.theme import Theme, default_theme
from dexlego.emulator.resources.values import (
    TYPE_DIMENSION,
    TYPE_INT_BOOLEAN,
    TYPE_REFERENCE,
    TYPE_STRING,
    Value,
    coerce_to_string,
    dimension_pixel_size,
)
from dexlego.emulator.resources.xml import (
    END_DOCUMENT,
    END_TAG,
    START_DOCUMENT,
    START_TAG,
    TEXT,
    PullParser,
    XmlAttr,
    parse_compiled,
    parse_text,
)
from tests.conftest import SHARED

APK = SHARED / "realworld" / "apk" / "SportsNews_debug.apk"


@pytest.fixture(scope="module")
def res() -> Resources:
    if not APK.is_file():
        pytest.skip(f"{APK} absent (../shared/realworld)")
    from dexlego.emulator.apkinfo import read_apk_info

    info = read_apk_info(APK)
    assert info.resources is not None
    return info.resources


def test_default_locale_and_configuration_are_chosen(res: Resources) -> None:
    rid = res.identifier("abc_action_bar_home_description", "string", None)
    assert res.string(rid) == "Navigate home"  # not one of its 80 translations
    # 56dp by default; the sw600dp and land variants do not match a phone in portrait
    h = res.value(res.identifier("abc_action_bar_default_height_material", "dimen", None))
    assert h is not None and h.vtype == TYPE_DIMENSION
    assert dimension_pixel_size(h.data) == 147  # 56dp at 420 dpi


def test_theme_inherits_from_parent_styles(res: Resources) -> None:
    th = Theme(res)
    th.apply_style(res.identifier("AppTheme", "style", None))
    bar = th.resolve_attribute(res.identifier("windowActionBar", "attr", None), True)
    assert bar == Value(TYPE_INT_BOOLEAN, 0xFFFFFFFF)  # set by Theme.AppCompat, a parent
    primary = th.resolve_attribute(res.identifier("colorPrimary", "attr", None), True)
    assert primary is not None and primary.resid == res.identifier("colorPrimary", "color", None)
    assert th.resolve_attribute(0x7F7F7F7F, True) is None


def test_styled_attribute_precedence(res: Resources) -> None:
    th = Theme(res)
    th.apply_style(res.identifier("AppTheme", "style", None))
    a_bar = res.identifier("windowActionBar", "attr", None)
    a_title = res.identifier("windowNoTitle", "attr", None)
    style = res.identifier("Theme.AppCompat.NoActionBar", "style", None)
    xml = [XmlAttr("", "style", 0, Value(TYPE_REFERENCE, style))]
    # the XML's style beats the theme; an attribute of the element beats its style
    assert th.obtain([a_bar], xml)[0] == Value(TYPE_INT_BOOLEAN, 0)
    own = XmlAttr("http://schemas.android.com/apk/res-auto", "windowActionBar", a_bar,
                  Value(TYPE_INT_BOOLEAN, 1))  # fmt: skip
    assert th.obtain([a_bar, a_title], [own, *xml])[0] == Value(TYPE_INT_BOOLEAN, 1)
    assert th.obtain([a_bar], None, 0, style)[0] == Value(TYPE_INT_BOOLEAN, 0)


def test_compiled_layout_keeps_typed_attributes(res: Resources) -> None:
    root = res.xml(res.identifier("abc_screen_simple", "layout", None))
    assert root is not None and root.tag.endswith("FitWindowsLinearLayout")
    rid = root.attr("id")
    assert rid is not None and rid.res_id == 0x010100D0 and rid.value.vtype == TYPE_REFERENCE
    assert (res.name(rid.value.data) or ())[1:] == ("id", "action_bar_root")
    width = root.attr("layout_width")
    assert width is not None and coerce_to_string(width.value) == "-1"  # match_parent
    assert [c.tag for c in root.elements()][-1] == "include"


def test_broken_compiled_xml_is_none() -> None:
    assert parse_compiled(b"\x03\x00\x08\x00" + b"\xff" * 40) is None
    assert parse_compiled(b"") is None


def test_pull_parser_events_reach_end_document() -> None:
    p = PullParser(parse_text('<a x="1"><b>hi</b> </a>'))
    seen = [p.event]
    while p.event != END_DOCUMENT:
        seen.append(p.next())
    assert seen == [START_DOCUMENT, START_TAG, START_TAG, TEXT, END_TAG, TEXT, END_TAG,
                    END_DOCUMENT]  # fmt: skip
    assert p.next() == END_DOCUMENT and p.depth == 0
    assert parse_text("<a><b></a>") is None
    assert parse_text('<!DOCTYPE a [<!ENTITY x "y">]><a>&x;</a>') is None


def test_attribute_strings_as_the_framework_prints_them() -> None:
    assert coerce_to_string(Value(TYPE_STRING, 0, "s")) == "s"
    assert coerce_to_string(Value(TYPE_INT_BOOLEAN, 1)) == "true"
    assert coerce_to_string(Value(TYPE_REFERENCE, 0x7F010000)) == f"@{0x7F010000}"
    assert coerce_to_string(Value(TYPE_DIMENSION, 0x1001)) == "16.0dip"


@pytest.mark.skipif(not FRAMEWORK_RES.is_file(), reason="framework-res.apk absent (scripts/setup.sh)")
def test_framework_default_theme_and_layouts() -> None:
    res = Resources(None, None, "p")
    fw = framework_table()
    assert fw is not None
    theme_id = default_theme(res, 29)
    assert fw.names[theme_id][2] == "Theme.DeviceDefault.Light.DarkActionBar"
    th = Theme(res)
    th.apply_style(theme_id)
    bar = th.resolve_attribute(res.identifier("windowActionBar", "attr", "android"), True)
    assert bar is not None and bar.data != 0
    layout = res.xml(res.identifier("simple_list_item_1", "layout", "android"))
    assert layout is not None and layout.tag == "TextView"
    text1 = layout.attr("id")
    assert text1 is not None and text1.value.data == 0x01020014  # android.R.id.text1
