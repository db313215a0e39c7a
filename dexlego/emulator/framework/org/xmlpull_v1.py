"""`org.xmlpull.v1`: the XmlPullParser interface, its exception, and XmlPullParserFactory
(whose parsers are kXML's, see `org.kxml2_io`).

Contract: the XmlPullParserFactory API reference: `newInstance()` is namespace-unaware until
`setNamespaceAware(true)` (or the process-namespaces feature) is set; `newPullParser()` returns a
parser with the factory's features.
"""

from __future__ import annotations

from typing import Any

from dexlego.emulator.framework.org.kxml2_io import FEATURE_NAMESPACES, XPP, XPPE, new_text_parser
from dexlego.emulator.framework.registry import method, model_class
from dexlego.emulator.vm.machine import VM
from dexlego.emulator.vm.objects import JObject

FACTORY = "Lorg/xmlpull/v1/XmlPullParserFactory;"
model_class(XPP, interface=True)
model_class(XPPE, "Ljava/lang/Exception;")
model_class(FACTORY)


# -- factory ------------------------------------------------------------------------------------


@method(FACTORY, "newInstance")
def _factory_new(vm: VM, a: list[Any]) -> Any:
    return vm.new_object(FACTORY, {"namespaces": False})


@method(FACTORY, "<init>")
def _factory_init(vm: VM, a: list[Any]) -> Any:
    a[0].native = {"namespaces": False}
    return None


@method(FACTORY, "setNamespaceAware")
def _factory_ns(vm: VM, a: list[Any]) -> Any:
    _fstate(a[0])["namespaces"] = bool(a[1])
    return None


@method(FACTORY, "isNamespaceAware")
def _factory_is_ns(vm: VM, a: list[Any]) -> Any:
    return _fstate(a[0])["namespaces"]


@method(FACTORY, "setFeature")
def _factory_feature(vm: VM, a: list[Any]) -> Any:
    if a[1] == FEATURE_NAMESPACES:
        _fstate(a[0])["namespaces"] = bool(a[2])
    return None


@method(FACTORY, "setValidating")
def _factory_noop(vm: VM, a: list[Any]) -> Any:
    return None


@method(FACTORY, "newPullParser")
def _factory_parser(vm: VM, a: list[Any]) -> Any:
    return new_text_parser(vm, bool(_fstate(a[0])["namespaces"]))


def _fstate(o: JObject) -> dict[str, Any]:
    if not isinstance(o.native, dict):
        o.native = {"namespaces": False}
    st: dict[str, Any] = o.native
    return st
