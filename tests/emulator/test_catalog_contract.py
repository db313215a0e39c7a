"""Every source of the shared catalog returns a tagged value in the emulator and every sink
checks its arguments, modeled or not, whichever subclass the app calls it through."""

from __future__ import annotations

from typing import Any

from dexlego.catalog import default_catalog
from dexlego.emulator.taint import tag, taint_of
from dexlego.emulator.vm.machine import VM
from dexlego.emulator.vm.objects import JArray
from reassembler.dex.model import MethodRef, Proto
from reassembler.sigs import split_types

FRAMEWORK = ("Landroid/", "Ljava/", "Ljavax/", "Ldalvik/", "Lorg/apache/http/", "Lorg/json/")
SECRET = "Landroid/telephony/TelephonyManager;->getDeviceId()Ljava/lang/String;"


def _call(vm: VM, cls: str, key: str, *args: Any, receiver: Any = None) -> Any:
    rc = vm.require_class(cls)
    name = key.split("(")[0]
    params = key[key.index("(") + 1 : key.index(")")]
    ref = MethodRef(cls, name, Proto(key.split(")")[1], split_types(params)))
    m = vm.lookup(rc, key, name, ref)
    return vm.invoke(m, [receiver if receiver is not None else vm.new_object(cls), *args])


def test_every_catalog_entry_is_enforced(vm: VM) -> None:
    missing = []
    for e in default_catalog():
        if e.port != "return" or not e.class_.startswith(FRAMEWORK):
            continue
        rc = vm.require_class(e.class_)
        m = vm.lookup(rc, e.key, e.name, MethodRef(e.class_, e.name, Proto(e.ret, e.params)))
        contract = getattr(m.native, "catalog_contract", None)
        if getattr(m.native, "own_contract", False):
            continue  # the model applies it where the data really goes (streams, intents)
        if contract is None or e.dalvik not in contract:
            missing.append(e.dalvik)
    assert missing == []


def test_the_disagreeing_source_is_now_tagged(vm: VM) -> None:
    tm = "Landroid/telephony/TelephonyManager;"
    name = _call(vm, tm, "getSimOperatorName()Ljava/lang/String;")
    assert name == "T-Mobile"
    assert taint_of(name) == {f"{tm}->getSimOperatorName()Ljava/lang/String;"}


def test_an_unmodeled_source_returns_a_tagged_value(vm: VM) -> None:
    n = _call(vm, "Landroid/media/AudioRecord;", "read([BII)I", JArray("[B", [0] * 4), 0, 4)
    assert taint_of(n) == {"Landroid/media/AudioRecord;->read([BII)I"}
    assert "Landroid/media/AudioRecord;->read([BII)I" in vm.rec.unmodeled_apis


def test_sinks_check_parameters_or_else_the_receiver(vm: VM) -> None:
    # an unmodeled sink with parameters
    addr = vm.new_object("Ljava/net/InetSocketAddress;")
    addr.taint = frozenset({SECRET})
    _call(vm, "Ljava/net/Socket;", "connect(Ljava/net/SocketAddress;)V", addr)
    # a sink without parameters: its receiver is what leaves
    recorder = vm.new_object("Landroid/media/MediaRecorder;")
    recorder.taint = frozenset({SECRET})
    _call(vm, "Landroid/media/MediaRecorder;", "start()V", receiver=recorder)
    # a modeled one, reached through a subclass the catalog does not name (HttpClient's)
    request = vm.new_object("Lorg/apache/http/client/methods/HttpGet;")
    request.taint = frozenset({SECRET})
    client = vm.new_object("Lorg/apache/http/impl/client/DefaultHttpClient;")
    _call(vm, "Lorg/apache/http/impl/client/DefaultHttpClient;",
          "execute(Lorg/apache/http/client/methods/HttpUriRequest;Lorg/apache/http/protocol/HttpContext;)"
          "Lorg/apache/http/HttpResponse;", request, None, receiver=client)  # fmt: skip
    # a clean argument is no leak
    _call(vm, "Landroid/util/Log;", "i(Ljava/lang/String;Ljava/lang/String;)I", "t", "clean")
    _call(vm, "Landroid/util/Log;", "i(Ljava/lang/String;Ljava/lang/String;)I", "t",
          tag("356938035643809", frozenset({SECRET})))  # fmt: skip
    assert {lk.sink for lk in vm.rec.leaks} == {
        "Ljava/net/Socket;->connect(Ljava/net/SocketAddress;)V",
        "Landroid/media/MediaRecorder;->start()V",
        "Lorg/apache/http/client/HttpClient;->execute(Lorg/apache/http/client/methods/HttpUriRequest;"
        "Lorg/apache/http/protocol/HttpContext;)Lorg/apache/http/HttpResponse;",
        "Landroid/util/Log;->i(Ljava/lang/String;Ljava/lang/String;)I",
    }
    assert {lk.source for lk in vm.rec.leaks} == {SECRET}
