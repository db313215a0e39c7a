"""`java.util.regex`: Pattern and Matcher over Python's `re` (Java syntax translated)."""

from __future__ import annotations

import re
from typing import Any

from dexlego.emulator.framework.common import arg_str
from dexlego.emulator.framework.java.lang import _replace_all
from dexlego.emulator.framework.registry import method, model_class
from dexlego.emulator.taint import tag, taint_of
from dexlego.emulator.vm.machine import VM
from dexlego.emulator.vm.objects import JObject

model_class("Ljava/util/regex/Pattern;")
model_class("Ljava/util/regex/Matcher;")


def _java_regex(p: str) -> str:
    return p.replace("\\p{Alpha}", "[A-Za-z]").replace("\\p{Digit}", "[0-9]")


# -- regular expressions ---------------------------------------------------------------------

PAT = "Ljava/util/regex/Pattern;"
MAT = "Ljava/util/regex/Matcher;"


@method(PAT, "compile")
def _compile(vm: VM, a: list[Any]) -> Any:
    return vm.new_object(PAT, str(a[0]))


@method(PAT, "matcher")
def _matcher(vm: VM, a: list[Any]) -> Any:
    text = arg_str(a[1]) or ""
    return vm.new_object(MAT, {"pattern": a[0].native, "text": text, "match": None, "pos": 0})


@method(PAT, "matches")
def _pattern_matches(vm: VM, a: list[Any]) -> Any:
    try:
        return re.fullmatch(_java_regex(str(a[0])), arg_str(a[1]) or "") is not None
    except re.error:
        return False


@method(PAT, "pattern", "toString")
def _pattern_str(vm: VM, a: list[Any]) -> Any:
    return a[0].native


def _m(o: JObject) -> dict[str, Any]:
    st: dict[str, Any] = o.native
    return st


@method(MAT, "matches")
def _matcher_matches(vm: VM, a: list[Any]) -> Any:
    st = _m(a[0])
    try:
        st["match"] = re.fullmatch(_java_regex(st["pattern"]), st["text"])
    except re.error:
        st["match"] = None
    return st["match"] is not None


@method(MAT, "find", "lookingAt")
def _matcher_find(vm: VM, a: list[Any]) -> Any:
    st = _m(a[0])
    try:
        rx = re.compile(_java_regex(st["pattern"]))
    except re.error:
        return False
    m = rx.search(st["text"], st["pos"])
    st["match"] = m
    if m is not None:
        st["pos"] = m.end() if m.end() > m.start() else m.end() + 1
    return m is not None


@method(MAT, "group")
def _matcher_group(vm: VM, a: list[Any]) -> Any:
    st = _m(a[0])
    m = st["match"]
    if m is None:
        raise vm.throwable("Ljava/lang/IllegalStateException;", "No match found")
    g = a[1] if len(a) > 1 else 0
    return tag(m.group(g), taint_of(st["text"]))


@method(MAT, "start")
def _matcher_start(vm: VM, a: list[Any]) -> Any:
    m = _m(a[0])["match"]
    return m.start() if m else -1


@method(MAT, "end")
def _matcher_end(vm: VM, a: list[Any]) -> Any:
    m = _m(a[0])["match"]
    return m.end() if m else -1


@method(MAT, "groupCount")
def _matcher_count(vm: VM, a: list[Any]) -> Any:
    try:
        return re.compile(_java_regex(_m(a[0])["pattern"])).groups
    except re.error:
        return 0


@method(MAT, "replaceAll")
def _matcher_replace(vm: VM, a: list[Any]) -> Any:
    st = _m(a[0])
    return _replace_all(vm, [st["text"], st["pattern"], a[1]])
