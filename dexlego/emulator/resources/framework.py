"""The framework's own resources (`android:` ids 0x01xxxxxx): themes, styles, attributes,
layouts such as `simple_list_item_1`, strings, dimensions.

They come from the Android 10 `framework-res.apk` that scripts/setup.sh installs (Debian's
android-framework-res, the same API level the emulator reports). Parsing its 32 MB
resources.arsc takes seconds, so the entries of the device's configuration are extracted once
into a small JSON cache (`$XDG_CACHE_HOME/dexlego/`, keyed by the APK's size and mtime). Without
the APK the framework's resources are absent: lookups find nothing and callers use the
documented defaults.
"""

from __future__ import annotations

import json
import os
import tempfile
import zipfile
from functools import lru_cache
from pathlib import Path
from typing import Any
from xml.etree import ElementTree

from dexlego.emulator.resources.values import Bag, Entry, Value

FRAMEWORK_RES = Path("/usr/share/android-framework-res/framework-res.apk")
_FORMAT = 1


class FrozenTable:
    """A resource table already resolved for the device: id -> entry (converted from the
    cache's JSON form on first use), and names."""

    def __init__(self, raw: dict[str, Any], names: dict[int, tuple[str, str, str]]) -> None:
        self._raw = raw
        self._entries: dict[int, Entry | None] = {}
        self.names = names
        self.ids: dict[tuple[str, str], int] = {(t, n): rid for rid, (_, t, n) in names.items()}
        self.packages = {"android": 0x01}

    def entry(self, rid: int) -> Entry | None:
        if rid not in self._entries:
            e = self._raw.get(str(rid))
            out: Entry | None = None
            if isinstance(e, list):
                out = Value(e[0], e[1], e[2])
            elif isinstance(e, dict):
                out = Bag(e["p"], tuple((i[0], Value(i[1], i[2], i[3])) for i in e["i"]))
            self._entries[rid] = out
        return self._entries[rid]


def _cache_dir() -> Path:
    base = os.environ.get("XDG_CACHE_HOME") or str(Path.home() / ".cache")
    return Path(base) / "dexlego"


@lru_cache(maxsize=1)
def framework_table(apk: Path = FRAMEWORK_RES) -> FrozenTable | None:
    """The framework's resource table, from the cache or extracted now. Without the APK, the
    public names only (androguard's copy of the SDK's public.xml): ids resolve, values do not."""
    try:
        st = apk.stat()
    except OSError:
        return _public_names()
    cache = _cache_dir() / f"framework-res-{st.st_size}-{int(st.st_mtime)}-v{_FORMAT}.json"
    data = _read_cache(cache)
    if data is None:
        data = _extract(apk)
        if data is None:
            return _public_names()
        _write_cache(cache, data)
    return _load(data)


def _read_cache(path: Path) -> dict[str, Any] | None:
    try:
        data = json.loads(path.read_text())
    except (OSError, ValueError):
        return None
    return data if isinstance(data, dict) and data.get("format") == _FORMAT else None


def _write_cache(path: Path, data: dict[str, Any]) -> None:
    try:
        path.parent.mkdir(parents=True, exist_ok=True)
        fd, tmp = tempfile.mkstemp(dir=path.parent, prefix=".framework-res-")
        with os.fdopen(fd, "w") as f:
            json.dump(data, f, separators=(",", ":"))
        os.replace(tmp, path)  # atomic: concurrent runs never read half a file
    except OSError:
        pass  # no cache: the next run extracts again


def _extract(apk: Path) -> dict[str, Any] | None:
    from loguru import logger

    from dexlego.emulator.resources.table import ResTable

    logger.disable("androguard")
    try:
        from androguard.core.axml import ARSCParser

        with zipfile.ZipFile(apk) as z:
            arsc = ARSCParser(z.read("resources.arsc"))
        table = ResTable(arsc)
    except Exception:  # noqa: BLE001 - an unreadable framework-res means no framework resources
        return None
    entries: dict[str, Any] = {}
    for rid in table.all_ids():
        e = table.entry(rid)
        if isinstance(e, Value):
            entries[str(rid)] = [e.vtype, e.data, e.string]
        elif isinstance(e, Bag):
            entries[str(rid)] = {"p": e.parent, "i": [[k, v.vtype, v.data, v.string]
                                                      for k, v in e.items]}  # fmt: skip
    names = {str(rid): list(n) for rid, n in table.names.items()}
    return {"format": _FORMAT, "entries": entries, "names": names}


def _load(data: dict[str, Any]) -> FrozenTable:
    names = {int(k): ("android", n[1], n[2]) for k, n in data["names"].items()}
    return FrozenTable(data["entries"], names)


def _public_names() -> FrozenTable | None:
    try:
        from androguard.core.resources import public

        path = Path(public.__file__).with_name("public.xml")
        root = ElementTree.parse(path).getroot()
    except (ImportError, OSError, ElementTree.ParseError):
        return None
    names = {int(el.get("id", "0"), 16): ("android", el.get("type", ""), el.get("name", ""))
             for el in root.iter("public")}  # fmt: skip
    return FrozenTable({}, names)


def framework_file(path: str, limit: int = 4 << 20) -> bytes | None:
    """A file of framework-res.apk (a compiled layout, say), at most `limit` bytes."""
    try:
        with zipfile.ZipFile(FRAMEWORK_RES) as z:
            info = z.getinfo(path)
            if info.file_size > limit:
                return None
            return z.read(info)
    except (OSError, KeyError, zipfile.BadZipFile):
        return None
