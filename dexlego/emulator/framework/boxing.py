"""Boxed primitives (Integer, Long, Boolean, ...): valueOf, xxxValue, parsing, printing."""

from __future__ import annotations

from typing import Any

from dexlego.emulator.framework.registry import method, model_class, static_field
from dexlego.emulator.framework.util import BOX_TYPES, box, prim_str, unbox
from dexlego.emulator.taint import tag, taint_of
from dexlego.emulator.vm.arith import i32, i64
from dexlego.emulator.vm.machine import VM
from dexlego.emulator.vm.objects import JObject

N = "Ljava/lang/Number;"
for _desc, _kind in BOX_TYPES.items():
    sup = N if _kind in "BSIJFD" else "Ljava/lang/Object;"
    if _desc != "Ljava/lang/Character;":
        model_class(_desc, sup, ("Ljava/lang/Comparable;", "Ljava/io/Serializable;"))

static_field("Ljava/lang/Boolean;", "TRUE", lambda vm: box(vm, 1, "Z"))
static_field("Ljava/lang/Boolean;", "FALSE", lambda vm: box(vm, 0, "Z"))
static_field("Ljava/lang/Integer;", "MAX_VALUE", (1 << 31) - 1)
static_field("Ljava/lang/Integer;", "MIN_VALUE", -(1 << 31))
static_field("Ljava/lang/Integer;", "TYPE", lambda vm: vm.class_mirror_by_name("I"))
static_field("Ljava/lang/Long;", "TYPE", lambda vm: vm.class_mirror_by_name("J"))
static_field("Ljava/lang/Boolean;", "TYPE", lambda vm: vm.class_mirror_by_name("Z"))
static_field("Ljava/lang/Double;", "TYPE", lambda vm: vm.class_mirror_by_name("D"))
static_field("Ljava/lang/Float;", "TYPE", lambda vm: vm.class_mirror_by_name("F"))
static_field("Ljava/lang/Character;", "TYPE", lambda vm: vm.class_mirror_by_name("C"))
static_field("Ljava/lang/Short;", "TYPE", lambda vm: vm.class_mirror_by_name("S"))
static_field("Ljava/lang/Byte;", "TYPE", lambda vm: vm.class_mirror_by_name("B"))


def _num_format(vm: VM, desc: str) -> Exception:
    return vm.throwable("Ljava/lang/NumberFormatException;", f"Invalid {desc}")


def _parse_int(vm: VM, s: Any, radix: int, bits: int) -> int:
    if s is None:
        raise vm.throwable("Ljava/lang/NumberFormatException;", "null")
    try:
        v = int(str(s), radix)
    except ValueError:
        raise vm.throwable("Ljava/lang/NumberFormatException;", f'For input string: "{s}"') from None
    if not -(1 << (bits - 1)) <= v < (1 << (bits - 1)):
        raise vm.throwable("Ljava/lang/NumberFormatException;", f'Value out of range: "{s}"')
    return tag(v, taint_of(s))  # type: ignore[no-any-return]


for _desc, _kind in BOX_TYPES.items():

    def _register(desc: str, kind: str) -> None:
        @method(desc, "valueOf", "<init>")
        def _value_of(vm: VM, a: list[Any]) -> Any:
            ctor = isinstance(a[0], JObject) and a[0].cls.name == desc and len(a) == 2
            v = a[1] if ctor else a[0]
            if isinstance(v, str):
                if kind in "IJSB":
                    v = _parse_int(vm, v, 10, {"I": 32, "J": 64, "S": 16, "B": 8}[kind])
                elif kind in "FD":
                    try:
                        v = tag(float(v), taint_of(v))
                    except ValueError:
                        raise _num_format(vm, str(v)) from None
                elif kind == "Z":
                    v = tag(int(v.lower() == "true"), taint_of(v))
            if ctor:
                a[0].native = v
                a[0].taint = taint_of(v)
                return None
            return box(vm, v, kind)

        for getter in ("intValue", "longValue", "shortValue", "byteValue", "charValue",
                       "booleanValue", "floatValue", "doubleValue"):  # fmt: skip

            def _mk(getter: str) -> None:
                @method(desc, getter)
                def _get(vm: VM, a: list[Any]) -> Any:
                    v = a[0].native
                    t = taint_of(v)
                    if getter in ("floatValue", "doubleValue"):
                        return tag(float(v), t)
                    if getter in ("intValue", "shortValue", "byteValue", "charValue"):
                        return tag(i32(int(v)), t)
                    if getter == "longValue":
                        return tag(i64(int(v)), t)
                    return v

            _mk(getter)

        @method(desc, "toString()Ljava/lang/String;")
        def _to_string(vm: VM, a: list[Any]) -> Any:
            return prim_str(a[0].native, kind)

        @method(desc, "toString")
        def _static_to_string(vm: VM, a: list[Any]) -> Any:
            if kind in "IJ" and len(a) == 2 and isinstance(a[1], int):
                return tag(_radix(a[0], a[1]), taint_of(a[0]))
            return prim_str(unbox(a[0]), kind)

        @method(desc, "hashCode()I")
        def _hash(vm: VM, a: list[Any]) -> Any:
            v = a[0].native
            if kind in "FD":
                return i32(hash(v))
            return i32(int(v) ^ (int(v) >> 32)) if kind == "J" else i32(int(v))

        @method(desc, "equals(Ljava/lang/Object;)Z")
        def _equals(vm: VM, a: list[Any]) -> Any:
            o = a[1]
            return isinstance(o, JObject) and o.cls.name == desc and o.native == a[0].native

        @method(desc, "compareTo", "compare")
        def _compare(vm: VM, a: list[Any]) -> Any:
            x, y = unbox(a[0]), unbox(a[1])
            return (x > y) - (x < y)

    _register(_desc, _kind)


def _radix(v: int, radix: int) -> str:
    if v == 0:
        return "0"
    digits = "0123456789abcdefghijklmnopqrstuvwxyz"
    neg = v < 0
    v = abs(v)
    out = []
    while v:
        out.append(digits[v % radix])
        v //= radix
    return ("-" if neg else "") + "".join(reversed(out))


@method("Ljava/lang/Integer;", "parseInt")
def _parse(vm: VM, a: list[Any]) -> Any:
    return _parse_int(vm, a[0], a[1] if len(a) > 1 else 10, 32)


@method("Ljava/lang/Long;", "parseLong")
def _parse_long(vm: VM, a: list[Any]) -> Any:
    return _parse_int(vm, a[0], a[1] if len(a) > 1 else 10, 64)


@method("Ljava/lang/Short;", "parseShort")
def _parse_short(vm: VM, a: list[Any]) -> Any:
    return _parse_int(vm, a[0], 10, 16)


@method("Ljava/lang/Byte;", "parseByte")
def _parse_byte(vm: VM, a: list[Any]) -> Any:
    return _parse_int(vm, a[0], 10, 8)


@method("Ljava/lang/Boolean;", "parseBoolean")
def _parse_bool(vm: VM, a: list[Any]) -> Any:
    return isinstance(a[0], str) and a[0].lower() == "true"


@method("Ljava/lang/Double;", "parseDouble")
@method("Ljava/lang/Float;", "parseFloat")
def _parse_double(vm: VM, a: list[Any]) -> Any:
    try:
        return tag(float(a[0]), taint_of(a[0]))
    except (TypeError, ValueError):
        raise _num_format(vm, str(a[0])) from None


@method("Ljava/lang/Integer;", "toHexString")
@method("Ljava/lang/Long;", "toHexString")
def _hex(vm: VM, a: list[Any]) -> Any:
    return tag(format(a[0] & 0xFFFFFFFFFFFFFFFF if a[0] < 0 else a[0], "x"), taint_of(a[0]))


@method("Ljava/lang/Integer;", "toBinaryString")
def _bin(vm: VM, a: list[Any]) -> Any:
    return tag(format(a[0] & 0xFFFFFFFF, "b"), taint_of(a[0]))


@method("Ljava/lang/Integer;", "numberOfTrailingZeros")
def _ntz(vm: VM, a: list[Any]) -> Any:
    v = a[0] & 0xFFFFFFFF
    return 32 if v == 0 else (v & -v).bit_length() - 1


@method("Ljava/lang/Integer;", "bitCount")
def _bitcount(vm: VM, a: list[Any]) -> Any:
    return bin(a[0] & 0xFFFFFFFF).count("1")


@method("Ljava/lang/Float;", "floatToIntBits", "floatToRawIntBits")
def _f2b(vm: VM, a: list[Any]) -> Any:
    from dexlego.emulator.vm.arith import float_bits

    return float_bits(a[0])


@method("Ljava/lang/Double;", "doubleToLongBits", "doubleToRawLongBits")
def _d2b(vm: VM, a: list[Any]) -> Any:
    from dexlego.emulator.vm.arith import double_bits

    return double_bits(a[0])


@method("Ljava/lang/Float;", "intBitsToFloat")
def _b2f(vm: VM, a: list[Any]) -> Any:
    from dexlego.emulator.vm.arith import as_float

    return as_float(a[0])


@method("Ljava/lang/Double;", "longBitsToDouble")
def _b2d(vm: VM, a: list[Any]) -> Any:
    from dexlego.emulator.vm.arith import as_double

    return as_double(a[0])


@method("Ljava/lang/Double;", "isNaN")
@method("Ljava/lang/Float;", "isNaN")
def _isnan(vm: VM, a: list[Any]) -> Any:
    v = a[0].native if isinstance(a[0], JObject) else a[0]
    return v != v
