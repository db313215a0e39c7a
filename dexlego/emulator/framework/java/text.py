"""`java.text`: SimpleDateFormat, formatting and parsing instants in the default zone (or the
one set) with English names (`javatime`); a text that does not match throws ParseException.
Not modeled: `parse(String, ParsePosition)`, other locales' names, and the
`DateFormat.get*Instance` factories (their patterns come from ICU's locale data)."""

from __future__ import annotations

from typing import Any

from dexlego.emulator import javatime
from dexlego.emulator.framework.common import BOX_TYPES, jstr
from dexlego.emulator.framework.java.lang import now_millis
from dexlego.emulator.framework.java.util import default_zone, millis_of, new_date
from dexlego.emulator.framework.registry import method, model_class
from dexlego.emulator.vm.machine import VM
from dexlego.emulator.vm.objects import JObject

FORMAT = "Ljava/text/Format;"
DATE_FORMAT = "Ljava/text/DateFormat;"
SDF = "Ljava/text/SimpleDateFormat;"
model_class(FORMAT, "Ljava/lang/Object;", ("Ljava/lang/Cloneable;",))
model_class(DATE_FORMAT, FORMAT)
model_class(SDF, DATE_FORMAT)
model_class("Ljava/text/ParseException;", "Ljava/lang/Exception;")


def _compile(vm: VM, pattern: str) -> list[tuple[str, int | str]]:
    try:
        return javatime.pattern_tokens(pattern)
    except ValueError as exc:
        raise vm.throwable("Ljava/lang/IllegalArgumentException;", str(exc)) from None


@method(SDF, "<init>(Ljava/lang/String;)V", "<init>(Ljava/lang/String;Ljava/util/Locale;)V")
def _init(vm: VM, a: list[Any]) -> Any:
    if a[1] is None:
        raise vm.throwable("Ljava/lang/NullPointerException;", "pattern == null")
    pattern = jstr(vm, a[1])
    a[0].native = {"pattern": pattern, "tokens": _compile(vm, pattern), "zone": None}
    return None


@method(SDF, "applyPattern")
def _apply(vm: VM, a: list[Any]) -> Any:
    pattern = jstr(vm, a[1])
    a[0].native.update(pattern=pattern, tokens=_compile(vm, pattern))
    return None


@method(SDF, "toPattern")
def _pattern(vm: VM, a: list[Any]) -> Any:
    return a[0].native["pattern"]


@method(DATE_FORMAT, "setTimeZone")
def _set_zone(vm: VM, a: list[Any]) -> Any:
    if isinstance(a[1], JObject) and isinstance(a[1].native, javatime.Zone):
        a[0].native["zone"] = a[1].native
    return None


@method(DATE_FORMAT, "getTimeZone")
def _zone(vm: VM, a: list[Any]) -> Any:
    return vm.new_object("Ljava/util/TimeZone;", a[0].native["zone"] or default_zone(vm))


@method(FORMAT, "format(Ljava/lang/Object;)Ljava/lang/String;")
@method(DATE_FORMAT, "format(Ljava/util/Date;)Ljava/lang/String;")
def _format(vm: VM, a: list[Any]) -> Any:
    state = a[0].native
    if not isinstance(state, dict) or "tokens" not in state:
        return None  # a Format the app subclassed: not ours to answer
    value = a[1]
    if isinstance(value, JObject) and value.cls.name in BOX_TYPES:
        millis = int(value.native)  # Format.format(Number): the instant in milliseconds
    elif isinstance(value, JObject) and isinstance(value.native, int):
        millis = millis_of(vm, value)
    else:
        raise vm.throwable("Ljava/lang/IllegalArgumentException;",
                           "Cannot format given Object as a Date")
    return javatime.format_instant(state["tokens"], millis, state["zone"] or default_zone(vm))


@method(DATE_FORMAT, "parse(Ljava/lang/String;)Ljava/util/Date;")
def _parse(vm: VM, a: list[Any]) -> Any:
    state = a[0].native
    if not isinstance(state, dict) or "tokens" not in state:
        return None  # a DateFormat the app subclassed: not ours to answer
    if a[1] is None:
        raise vm.throwable("Ljava/lang/NullPointerException;", None)
    text = jstr(vm, a[1])
    try:
        millis = javatime.parse_instant(state["tokens"], text, state["zone"] or default_zone(vm),
                                        now_millis(vm))
    except javatime.UnparseableDate as exc:
        raise vm.throwable("Ljava/text/ParseException;", str(exc)) from None
    return new_date(vm, millis)
