"""A resource table (resources.arsc) resolved for one device configuration.

Read with androguard's `ARSCParser`; for each resource id the entry of the best matching
configuration is chosen as AOSP's `ResTable_config::match` and `isBetterThan` do (the order of
precedence of the Android documentation's qualifier table): configurations that contradict the
device (another language, landscape, night mode, a larger screen, a newer API level, a TV...)
are excluded, and among the rest the more specific one wins, qualifier by qualifier.
"""

from __future__ import annotations

from typing import Any

from dexlego.emulator.resources.values import (
    DEVICE,
    TYPE_STRING,
    Bag,
    Device,
    Entry,
    Value,
)

_DENSITY_ANY = 0xFFFE
_DENSITY_NONE = 0xFFFF


class ResTable:
    """The entries of one or more resource packages: id -> value or bag, and their names."""

    def __init__(self, arsc: Any, device: Device = DEVICE) -> None:
        self._arsc = arsc
        self._device = device
        arsc._analyse()
        self._values: dict[int, Any] = arsc.resource_values
        self._cache: dict[int, Entry | None] = {}
        self.names: dict[int, tuple[str, str, str]] = {}  # id -> (package, type, name)
        self.ids: dict[tuple[str, str], int] = {}  # (type, name) -> id
        self.packages: dict[str, int] = {}  # package name -> package id
        for pkg, types in arsc.resource_keys.items():
            for rtype, entries in types.items():
                for name, rid in entries.items():
                    self.names[rid] = (pkg, rtype, name)
                    self.ids.setdefault((rtype, name), rid)
                    self.packages.setdefault(pkg, rid >> 24)

    def entry(self, rid: int) -> Entry | None:
        """The value or bag of resource `rid` in the best configuration, or None."""
        if rid in self._cache:
            return self._cache[rid]
        configs = self._values.get(rid)
        best = None
        if configs:
            best = best_entry(configs, self._device)
        out = _convert(best) if best is not None else None
        self._cache[rid] = out
        return out

    def all_ids(self) -> list[int]:
        return sorted(self._values)


def best_entry(configs: dict[Any, Any], device: Device = DEVICE) -> Any:
    """The entry of the best configuration matching `device` among `configs` (config -> entry)."""
    best_key: tuple[Any, ...] | None = None
    best = None
    for cfg, ate in configs.items():
        key = _score(cfg, device)
        if key is None:
            continue
        if best_key is None or key > best_key:
            best_key, best = key, ate
    return best


def _score(cfg: Any, d: Device) -> tuple[Any, ...] | None:
    """None when `cfg` contradicts the device, else a key that grows with specificity, in
    AOSP's order of precedence."""
    mcc = cfg.imsi & 0xFFFF
    mnc = (cfg.imsi >> 16) & 0xFFFF
    if (mcc and mcc != d.mcc) or (mnc and mnc != d.mnc):
        return None
    lang, region = _locale(cfg)
    if lang and lang != d.language:
        return None
    if region and region != d.region:
        return None
    layout = cfg.screenConfig & 0xFF
    ui = (cfg.screenConfig >> 8) & 0xFF
    sw = (cfg.screenConfig >> 16) & 0xFFFF
    wdp = cfg.screenSizeDp & 0xFFFF
    hdp = (cfg.screenSizeDp >> 16) & 0xFFFF
    layoutdir, size, long_ = layout & 0xC0, layout & 0x0F, layout & 0x30
    if layoutdir == 0x80:  # rtl
        return None
    if sw > d.width_dp or wdp > d.width_dp or hdp > d.height_dp:
        return None
    if size > 2:  # large, xlarge
        return None
    if long_ == 0x10:  # notlong: the device's 16:9 screen is long
        return None
    layout2 = getattr(cfg, "screenConfig2", 0) & 0xFFFF
    round_, gamut, hdr = layout2 & 0x3, (layout2 >> 8) & 0x3, (layout2 >> 8) & 0xC
    if round_ == 2 or gamut == 2 or hdr == 8:
        return None
    orientation = cfg.screenType & 0xFF
    touch = (cfg.screenType >> 8) & 0xFF
    density = (cfg.screenType >> 16) & 0xFFFF
    if orientation not in (0, 1):  # port
        return None
    uitype, night = ui & 0x0F, ui & 0x30
    if uitype not in (0, 1) or night == 0x20:
        return None
    if touch not in (0, 3):  # finger
        return None
    keyboard = cfg.input & 0xFF
    nav = (cfg.input >> 8) & 0xFF
    flags = (cfg.input >> 16) & 0xFF
    keys_hidden, nav_hidden = flags & 0x3, flags & 0xC
    if keyboard not in (0, 1) or nav not in (0, 1) or keys_hidden == 1 or nav_hidden == 0x4:
        return None
    sw_px = cfg.screenSize & 0xFFFF
    sh_px = (cfg.screenSize >> 16) & 0xFFFF
    if sw_px > d.height_px or sh_px > d.height_px:
        return None
    sdk = cfg.version & 0xFFFF
    if sdk > d.sdk:
        return None
    return (
        bool(mcc), bool(mnc), bool(lang), bool(region), bool(layoutdir), sw, wdp, hdp, size,
        bool(long_), bool(round_), bool(orientation), bool(uitype), bool(night),
        _density_rank(density, d.density_dpi), bool(touch), bool(keys_hidden), bool(keyboard),
        bool(nav_hidden), bool(nav), sw_px, sh_px, sdk,
    )  # fmt: skip


def _density_rank(density: int, want: int) -> tuple[int, int]:
    """Closest density at or above the device's first, then the highest below (unspecified
    counts as mdpi, `anydpi` beats everything), as `isBetterThan` does for scaling bitmaps."""
    if density == _DENSITY_ANY:
        return (3, 0)
    if density == _DENSITY_NONE:
        return (0, 0)
    eff = density or 160
    return (2, -eff) if eff >= want else (1, eff)


def _locale(cfg: Any) -> tuple[str, str]:
    if not cfg.locale:
        return "", ""
    text = str(cfg.get_language_and_region())
    lang, _, region = text.partition("-r")
    return lang.strip("\x00"), region.strip("\x00")


def _pool_string(ate: Any, index: int) -> str | None:
    try:
        return str(ate.parent.stringpool_main.getString(index))
    except Exception:  # noqa: BLE001 - a broken pool entry reads as no string
        return None


def _value(ate: Any, vtype: int, data: int) -> Value:
    return Value(vtype, data, _pool_string(ate, data) if vtype == TYPE_STRING else None)


def _convert(ate: Any) -> Entry | None:
    try:
        if ate.is_complex():
            item = ate.item
            items = tuple(
                (int(k), _value(ate, ref.data_type, ref.data)) for k, ref in item.items
            )
            return Bag(int(item.id_parent), items)
        if ate.is_compact():
            return _value(ate, ate.datatype, ate.data)
        return _value(ate, ate.key.data_type, ate.key.data)
    except AttributeError:  # an entry androguard could not fully read
        return None
