"""Java arithmetic on Python numbers: wrap-around, division rules, float conversions."""

from __future__ import annotations

import math
import struct
from typing import Any

_F = struct.Struct("<f")
_D = struct.Struct("<d")
_I = struct.Struct("<I")
_Q = struct.Struct("<Q")

INT_MIN, INT_MAX = -(1 << 31), (1 << 31) - 1
LONG_MIN, LONG_MAX = -(1 << 63), (1 << 63) - 1
F32_MAX = 3.4028234663852886e38


def i32(v: int) -> int:
    return ((v + 0x80000000) & 0xFFFFFFFF) - 0x80000000


def i64(v: int) -> int:
    return ((v + 0x8000000000000000) & 0xFFFFFFFFFFFFFFFF) - 0x8000000000000000


def f32(x: float) -> float:
    """Round a Python float to the nearest IEEE single (overflow becomes infinity)."""
    if x != x or x in (math.inf, -math.inf):
        return x
    if abs(x) > F32_MAX:
        # Values just above FLT_MAX may still round down to it.
        try:
            return float(_F.unpack(_F.pack(x))[0])
        except OverflowError:
            return math.copysign(math.inf, x)
    return float(_F.unpack(_F.pack(x))[0])


def as_float(x: Any) -> float:
    """A register read as a float: raw bits from a const become the float they encode."""
    if isinstance(x, float):
        return x
    if x is None:
        return 0.0
    return float(_F.unpack(_I.pack(int(x) & 0xFFFFFFFF))[0])


def as_double(x: Any) -> float:
    if isinstance(x, float):
        return x
    if x is None:
        return 0.0
    return float(_D.unpack(_Q.pack(int(x) & 0xFFFFFFFFFFFFFFFF))[0])


def float_bits(x: float) -> int:
    b: int = _I.unpack(_F.pack(f32(x)))[0]
    return b - (1 << 32) if b & 0x80000000 else b


def double_bits(x: float) -> int:
    return i64(_Q.unpack(_D.pack(x))[0])


def f2i(x: float, lo: int, hi: int) -> int:
    """float/double -> int/long: NaN is 0, out of range saturates, else truncation."""
    if x != x:
        return 0
    if x >= hi:
        return hi
    if x <= lo:
        return lo
    return int(x)


def jdiv(a: int, b: int) -> int:
    """Java integer division (truncates toward zero); the caller checks b != 0."""
    q = abs(a) // abs(b)
    return q if (a < 0) == (b < 0) else -q


def jrem(a: int, b: int) -> int:
    r = abs(a) % abs(b)
    return -r if a < 0 else r


def fdiv(a: float, b: float) -> float:
    if b == 0.0:
        if a != a or a == 0.0:
            return math.nan
        neg = (math.copysign(1.0, a) < 0) != (math.copysign(1.0, b) < 0)
        return -math.inf if neg else math.inf
    return a / b


def frem(a: float, b: float) -> float:
    if b == 0.0 or a != a or b != b or a in (math.inf, -math.inf):
        return math.nan
    if b in (math.inf, -math.inf):
        return a
    return math.fmod(a, b)


def fcmp(a: float, b: float, nan: int) -> int:
    if a != a or b != b:
        return nan
    return (a > b) - (a < b)


def java_float_str(x: float, single: bool) -> str:
    """Float.toString / Double.toString for the common cases."""
    if x != x:
        return "NaN"
    if x in (math.inf, -math.inf):
        return "Infinity" if x > 0 else "-Infinity"
    if x == int(x) and abs(x) < 1e7:
        return f"{int(x)}.0" if not (x == 0 and math.copysign(1, x) < 0) else "-0.0"
    r = repr(float(_F.unpack(_F.pack(x))[0])) if single else repr(x)
    if single:
        # shortest repr of the single value
        for digits in range(1, 10):
            s = f"{x:.{digits}g}"
            if f32(float(s)) == f32(x):
                r = s
                break
    if "e" in r:
        mant, exp = r.split("e")
        if "." not in mant:
            mant += ".0"
        return f"{mant}E{int(exp)}"
    return r
