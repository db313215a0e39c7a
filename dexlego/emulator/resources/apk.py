"""An app's resources as `Resources`/`AssetManager` see them: its own table (package 0x7f, or
whatever id it declares) over the framework's (`android:`, 0x01), references resolved, styles
merged with their parents, XML files parsed on demand.

Contract: `android.content.res.Resources` / `AssetManager` (AOSP `ResourcesImpl`,
`AssetManager2::ResolveReference`, `ResTable::getBagLocked` for style inheritance).
"""

from __future__ import annotations

import zipfile
from pathlib import Path
from typing import Any, Protocol

from dexlego.emulator.resources.framework import framework_file, framework_table
from dexlego.emulator.resources.values import (
    TYPE_NULL,
    TYPE_STRING,
    Bag,
    Entry,
    Value,
    coerce_to_string,
)
from dexlego.emulator.resources.xml import XmlElement, parse_compiled

MAX_REF_DEPTH = 20
MAX_FILE = 8 << 20  # bytes of one resource file we read


class Table(Protocol):
    names: dict[int, tuple[str, str, str]]
    ids: dict[tuple[str, str], int]
    packages: dict[str, int]

    def entry(self, rid: int) -> Entry | None: ...


class Resources:
    """The resources of one APK, with the framework's behind them."""

    def __init__(self, apk_path: Path | None, table: Table | None, package: str) -> None:
        self.apk_path = apk_path
        self.app = table
        self.package = package
        self._framework: Table | None | bool = False  # loaded on first use
        self._styles: dict[int, dict[int, Value]] = {}
        self._xml: dict[int, XmlElement | None] = {}

    @property
    def framework(self) -> Table | None:
        if self._framework is False:
            self._framework = framework_table()
        fw = self._framework
        return fw if not isinstance(fw, bool) else None

    def _table(self, rid: int) -> Table | None:
        return self.framework if (rid >> 24) == 0x01 else self.app

    # -- lookups -----------------------------------------------------------------------

    def entry(self, rid: int) -> Entry | None:
        t = self._table(rid)
        return t.entry(rid) if t is not None and rid else None

    def exists(self, rid: int) -> bool:
        t = self._table(rid)
        return t is not None and rid in t.names

    def name(self, rid: int) -> tuple[str, str, str] | None:
        """(package, type, entry name) of `rid`."""
        t = self._table(rid)
        return t.names.get(rid) if t is not None else None

    def identifier(self, name: str, rtype: str | None, package: str | None) -> int:
        """Resources.getIdentifier: "pkg:type/name", "type/name" or a bare name with the
        type and package given separately; 0 when there is no such resource."""
        if ":" in name:
            package, name = name.split(":", 1)
        if "/" in name:
            rtype, name = name.split("/", 1)
        if not rtype:
            return 0
        if name.startswith("@"):
            name = name[1:]
        tables = [self.framework] if package == "android" else [self.app]
        if package is None:
            tables = [self.app, self.framework]
        for t in tables:
            if t is not None:
                rid = t.ids.get((rtype, name))
                if rid is None and rtype == "style":  # R.style.Theme_X names style Theme.X
                    rid = t.ids.get((rtype, name.replace("_", ".")))
                if rid is not None:
                    return rid
        return 0

    def resolve(self, v: Value | None, theme: Any = None) -> Value | None:
        """Follow references (and theme attributes, with a theme) to a final value; a
        reference to a bag (a style, an array) stays a reference. The result's `resid` is the
        last resource the value went through."""
        depth = 0
        while v is not None and depth < MAX_REF_DEPTH:
            depth += 1
            if v.is_attribute:
                if theme is None:
                    return v
                nxt = theme.lookup(v.data)
                if nxt is None:
                    return None
                v = nxt
                continue
            if not v.is_reference or v.data == 0:
                return v
            e = self.entry(v.data)
            if isinstance(e, Value):
                v = Value(e.vtype, e.data, e.string, v.data)
                continue
            return Value(v.vtype, v.data, v.string, v.data)  # a bag, or a missing resource
        return v

    def value(self, rid: int, theme: Any = None) -> Value | None:
        """The resolved simple value of resource `rid` (None for a bag or a missing id)."""
        v = self.resolve(Value(1, rid), theme)
        if v is None or v.is_reference:
            return None
        return v

    def string(self, rid: int) -> str | None:
        v = self.value(rid)
        if v is None or v.vtype == TYPE_NULL:
            return None
        return v.string if v.vtype == TYPE_STRING else coerce_to_string(v)

    def bag(self, rid: int) -> Bag | None:
        v = self.resolve(Value(1, rid))
        e = self.entry(v.data) if v is not None and v.is_reference else None
        return e if isinstance(e, Bag) else None

    def style(self, rid: int) -> dict[int, Value]:
        """The attributes a style sets, its parents' first (a child overrides its parent)."""
        hit = self._styles.get(rid)
        if hit is not None:
            return hit
        chain: list[Bag] = []
        seen: set[int] = set()
        cur = rid
        while cur and cur not in seen and len(chain) < 64:
            seen.add(cur)
            b = self.entry(cur)
            if not isinstance(b, Bag):
                break
            chain.append(b)
            cur = b.parent
        out: dict[int, Value] = {}
        for b in reversed(chain):
            out.update(b.items)
        self._styles[rid] = out
        return out

    # -- files -----------------------------------------------------------------------------

    def file_path(self, rid: int) -> str | None:
        """The file a file-based resource (layout, xml, menu, raw, drawable...) lives in."""
        v = self.value(rid)
        if v is None or v.vtype != TYPE_STRING or not v.string:
            return None
        return v.string

    def read_file(self, rid: int) -> bytes | None:
        path = self.file_path(rid)
        if path is None:
            return None
        if (rid >> 24) == 0x01:
            return framework_file(path, MAX_FILE)
        if self.apk_path is None:
            return None
        try:
            with zipfile.ZipFile(self.apk_path) as z:
                info = z.getinfo(path)
                if info.file_size > MAX_FILE:
                    return None
                return z.read(info)
        except (OSError, KeyError, zipfile.BadZipFile, RuntimeError, ValueError):
            return None

    def xml(self, rid: int) -> XmlElement | None:
        """The parsed compiled XML of resource `rid` (a layout, menu, xml/...), cached."""
        if rid in self._xml:
            return self._xml[rid]
        data = self.read_file(rid)
        root = parse_compiled(data) if data is not None else None
        self._xml[rid] = root
        return root


def load_resources(apk_path: Path, androguard_apk: Any, package: str) -> Resources:
    """The resources of an APK androguard has opened (no table if it has none)."""
    from dexlego.emulator.resources.table import ResTable

    table: Table | None = None
    try:
        arsc = androguard_apk.get_android_resources()
        if arsc is not None:
            table = ResTable(arsc)
    except Exception:  # noqa: BLE001 - a broken table: the app runs without its resources
        table = None
    return Resources(apk_path, table, package)
