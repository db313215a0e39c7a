"""Themes and styled attributes: `Resources.Theme` (`applyStyle`, `resolveAttribute`) and the
value precedence of `obtainStyledAttributes`.

Contract: AOSP `frameworks/base/libs/androidfw/AttributeResolution.cpp` (`ApplyStyle`,
`ResolveAttrs`, `RetrieveAttributes`) and `Theme.applyStyle`: for each requested attribute the
value comes from, in order, the XML element's attribute, the style named by its `style`
attribute, the default style (the theme's `defStyleAttr`, else `defStyleRes`), the theme; a
`?attr` value is looked up in the theme, references are followed, `@null` reads as no value.
"""

from __future__ import annotations

from collections.abc import Sequence

from dexlego.emulator.resources.apk import Resources
from dexlego.emulator.resources.values import TYPE_NULL, TYPE_REFERENCE, Value
from dexlego.emulator.resources.xml import XmlAttr

_MAX_ATTR_DEPTH = 20
# Resources.selectDefaultTheme: the theme an app without android:theme gets, by targetSdk.
_DEFAULT_THEMES = ((11, "Theme"), (14, "Theme.Holo"), (24, "Theme.DeviceDefault"))
_DEFAULT_THEME_NEW = "Theme.DeviceDefault.Light.DarkActionBar"


def default_theme(res: Resources, target_sdk: int) -> int:
    """The framework theme an app gets when its manifest names none."""
    name = next((n for lim, n in _DEFAULT_THEMES if target_sdk < lim), _DEFAULT_THEME_NEW)
    return res.identifier(name, "style", "android")


class Theme:
    """A theme: the attribute values of the styles applied to it."""

    def __init__(self, res: Resources) -> None:
        self.res = res
        self.entries: dict[int, Value] = {}
        self.applied: list[tuple[int, bool]] = []

    def apply_style(self, style: int, force: bool = True) -> None:
        """Theme.applyStyle: the style's attributes (with its parents'); `force` overrides
        values already present."""
        for attr, v in self.res.style(style).items():
            if force or attr not in self.entries:
                self.entries[attr] = v
        self.applied.append((style, force))

    def copy_from(self, other: Theme) -> None:
        """Theme.setTo."""
        self.entries = dict(other.entries)
        self.applied = list(other.applied)

    def lookup(self, attr: int) -> Value | None:
        """The theme's value for `attr`, following `?attr` indirections (not references)."""
        v = self.entries.get(attr)
        depth = 0
        while v is not None and v.is_attribute and depth < _MAX_ATTR_DEPTH:
            depth += 1
            v = self.entries.get(v.data)
        return None if v is None or v.is_attribute else v

    def resolve_attribute(self, attr: int, resolve_refs: bool) -> Value | None:
        """Theme.resolveAttribute: None when the theme does not define `attr`."""
        v = self.lookup(attr)
        if v is None:
            return None
        if resolve_refs:
            r = self.res.resolve(v, self)
            return r if r is not None else None
        return v

    def obtain(
        self,
        attrs: Sequence[int],
        xml: Sequence[XmlAttr] | None = None,
        def_style_attr: int = 0,
        def_style_res: int = 0,
    ) -> list[Value | None]:
        """The values `obtainStyledAttributes(set, attrs, defStyleAttr, defStyleRes)` gives."""
        res = self.res
        by_id: dict[int, Value] = {}
        xml_style: dict[int, Value] = {}
        for a in xml or ():
            if a.res_id:
                by_id.setdefault(a.res_id, a.value)
            elif a.name == "style" and not a.ns:
                sv = res.resolve(a.value, self)
                if sv is not None and sv.is_reference:
                    xml_style = res.style(sv.data)
        def_style: dict[int, Value] = {}
        if def_style_attr:
            sv = self.resolve_attribute(def_style_attr, True)
            if sv is not None and sv.is_reference:
                def_style = res.style(sv.data)
        if not def_style and def_style_res:
            def_style = res.style(def_style_res)
        out: list[Value | None] = []
        for attr in attrs:
            v = by_id.get(attr)
            if v is None:
                v = xml_style.get(attr)
            if v is None:
                v = def_style.get(attr)
            if v is None:
                v = self.lookup(attr)
            out.append(self.final(v))
        return out

    def final(self, v: Value | None) -> Value | None:
        """A found value resolved to what a TypedArray holds (None for no value)."""
        if v is None:
            return None
        r = self.res.resolve(v, self)
        if r is None or r.vtype == TYPE_NULL and r.data == 0:
            return None
        if r.vtype == TYPE_REFERENCE and r.data == 0:  # @null
            return None
        return r


def retrieve(res: Resources, attrs: Sequence[int], xml: Sequence[XmlAttr] | None) -> list[Value | None]:
    """Resources.obtainAttributes(set, attrs): the XML's own values only, references
    followed, no theme."""
    by_id = {a.res_id: a.value for a in xml or () if a.res_id}
    out: list[Value | None] = []
    for attr in attrs:
        v = res.resolve(by_id.get(attr))
        out.append(None if v is None or v.vtype == TYPE_NULL or (v.is_reference and not v.data)
                   else v)  # fmt: skip
    return out
