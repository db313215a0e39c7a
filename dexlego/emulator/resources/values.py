"""Typed resource values as the framework stores them (`Res_value`, `TypedValue`), their
conversions (`TypedValue.complexToFloat`, `coerceToString`, dimension units) and the device
configuration resources are resolved for.

Contract: AOSP `frameworks/base/libs/androidfw/include/androidfw/ResourceTypes.h` (`Res_value`,
`ResTable_config`) and `android.util.TypedValue`.
"""

from __future__ import annotations

import struct
from dataclasses import dataclass
from typing import NamedTuple

# Res_value::dataType
TYPE_NULL = 0x00
TYPE_REFERENCE = 0x01
TYPE_ATTRIBUTE = 0x02
TYPE_STRING = 0x03
TYPE_FLOAT = 0x04
TYPE_DIMENSION = 0x05
TYPE_FRACTION = 0x06
TYPE_DYNAMIC_REFERENCE = 0x07
TYPE_DYNAMIC_ATTRIBUTE = 0x08
TYPE_FIRST_INT = 0x10
TYPE_INT_DEC = 0x10
TYPE_INT_HEX = 0x11
TYPE_INT_BOOLEAN = 0x12
TYPE_FIRST_COLOR_INT = 0x1C
TYPE_LAST_COLOR_INT = 0x1F
TYPE_LAST_INT = 0x1F
DATA_NULL_UNDEFINED = 0
DATA_NULL_EMPTY = 1

# layout_width / layout_height constants (ViewGroup.LayoutParams)
MATCH_PARENT = -1
WRAP_CONTENT = -2


class Value(NamedTuple):
    """One typed value: `vtype` and `data` as in `Res_value`, `string` for TYPE_STRING, and
    `resid`, the resource it was last resolved through (0 when it came from no resource)."""

    vtype: int
    data: int
    string: str | None = None
    resid: int = 0

    @property
    def is_int(self) -> bool:
        return TYPE_FIRST_INT <= self.vtype <= TYPE_LAST_INT

    @property
    def is_reference(self) -> bool:
        return self.vtype in (TYPE_REFERENCE, TYPE_DYNAMIC_REFERENCE)

    @property
    def is_attribute(self) -> bool:
        return self.vtype in (TYPE_ATTRIBUTE, TYPE_DYNAMIC_ATTRIBUTE)


@dataclass(frozen=True, slots=True)
class Bag:
    """A complex resource (`ResTable_map_entry`): a style, attr, array or plurals, with its
    parent style and its (key, value) items in file order."""

    parent: int
    items: tuple[tuple[int, Value], ...]


Entry = Value | Bag


@dataclass(frozen=True, slots=True)
class Device:
    """The configuration resources are selected for: a phone in portrait, en-US, 1080x1920 at
    420 dpi (a 411x731 dp screen), Android 10 (API 29), on a US carrier (MCC 310, MNC 260)."""

    sdk: int = 29
    language: str = "en"
    region: str = "US"
    mcc: int = 310
    mnc: int = 260
    width_px: int = 1080
    height_px: int = 1920
    density_dpi: int = 420
    scaled_density: float = 2.625

    @property
    def density(self) -> float:
        return self.density_dpi / 160.0

    @property
    def width_dp(self) -> int:
        return int(self.width_px / self.density)

    @property
    def height_dp(self) -> int:
        return int(self.height_px / self.density)


DEVICE = Device()

_RADIX_MULTS = (1.0 / (1 << 8), 1.0 / (1 << 15), 1.0 / (1 << 23), 1.0 / (1 << 31))
_UNITS = ("px", "dip", "sp", "pt", "in", "mm")
_FRACTION_UNITS = ("%", "%p")


def complex_to_float(data: int) -> float:
    """TypedValue.complexToFloat: the mantissa (top 24 bits) scaled by the radix."""
    mantissa = data & 0xFFFFFF00
    if mantissa & 0x80000000:
        mantissa -= 1 << 32
    return mantissa * _RADIX_MULTS[(data >> 4) & 0x3]


def to_float(data: int) -> float:
    """A TYPE_FLOAT value's bits as a Java float."""
    return float(struct.unpack("<f", struct.pack("<I", data & 0xFFFFFFFF))[0])


def apply_dimension(unit: int, value: float, device: Device = DEVICE) -> float:
    """TypedValue.applyDimension: a value in `unit` as pixels on `device`."""
    if unit == 0:
        return value
    if unit == 1:
        return value * device.density
    if unit == 2:
        return value * device.scaled_density
    if unit == 3:
        return value * device.density_dpi / 72.0
    if unit == 4:
        return value * device.density_dpi
    if unit == 5:
        return value * device.density_dpi / 25.4
    return 0.0


def dimension(data: int, device: Device = DEVICE) -> float:
    """TypedValue.complexToDimension."""
    return apply_dimension(data & 0xF, complex_to_float(data), device)


def dimension_pixel_size(data: int, device: Device = DEVICE) -> int:
    """TypedValue.complexToDimensionPixelSize: rounded, at least 1 pixel for non-zero values."""
    value = complex_to_float(data)
    f = apply_dimension(data & 0xF, value, device)
    res = int(f + 0.5) if f >= 0 else int(f - 0.5)
    if res != 0:
        return res
    if value == 0:
        return 0
    return 1 if value > 0 else -1


def dimension_pixel_offset(data: int, device: Device = DEVICE) -> int:
    """TypedValue.complexToDimensionPixelOffset: truncated."""
    return int(dimension(data, device))


def fraction(data: int, base: float, pbase: float) -> float:
    """TypedValue.complexToFraction."""
    unit = data & 0xF
    v = complex_to_float(data)
    return v * base if unit == 0 else v * pbase if unit == 1 else 0.0


def _signed(data: int) -> int:
    data &= 0xFFFFFFFF
    return data - (1 << 32) if data & 0x80000000 else data


def resource_id(v: Value | None, default: int = 0) -> int:
    """TypedArray.getResourceId: the resource a value was resolved through (an `@id/x` value
    resolves to the id resource's placeholder entry, whose id is what views want)."""
    if v is None:
        return default
    if v.resid:
        return v.resid
    return v.data if v.vtype in (TYPE_REFERENCE, TYPE_DYNAMIC_REFERENCE) and v.data else default


def int_value(v: Value) -> int:
    """The value as a Java int (sign-extended)."""
    return _signed(v.data)


def coerce_to_string(v: Value) -> str | None:
    """TypedValue.coerceToString: the value as the framework prints it."""
    t, d = v.vtype, v.data
    if t == TYPE_STRING:
        return v.string
    if t == TYPE_NULL:
        return None
    if t in (TYPE_REFERENCE, TYPE_DYNAMIC_REFERENCE):
        return f"@{_signed(d)}"
    if t in (TYPE_ATTRIBUTE, TYPE_DYNAMIC_ATTRIBUTE):
        return f"?{_signed(d)}"
    if t == TYPE_FLOAT:
        return _java_float(to_float(d))
    if t == TYPE_DIMENSION:
        return _java_float(complex_to_float(d)) + _UNITS[d & 0xF] if (d & 0xF) < 6 else None
    if t == TYPE_FRACTION:
        unit = d & 0xF
        return _java_float(complex_to_float(d) * 100) + _FRACTION_UNITS[unit] if unit < 2 else None
    if t == TYPE_INT_HEX:
        return f"0x{d & 0xFFFFFFFF:08x}"
    if t == TYPE_INT_BOOLEAN:
        return "true" if d else "false"
    if TYPE_FIRST_COLOR_INT <= t <= TYPE_LAST_COLOR_INT:
        return f"#{d & 0xFFFFFFFF:08x}"
    if TYPE_FIRST_INT <= t <= TYPE_LAST_INT:
        return str(_signed(d))
    return None


def _java_float(f: float) -> str:
    """Float.toString for the values resources hold (1.0, 0.5, 16.0)."""
    r = repr(float(f))
    return r if "e" not in r else f"{f:E}".replace("E+0", "E").replace("E-0", "E-")
