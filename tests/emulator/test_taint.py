"""Tagged values from sources reach sinks through collections and string builders."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from dexlego.emulator.vm.machine import VM

Call = Callable[..., Any]
DEVICE_ID = "Landroid/telephony/TelephonyManager;->getDeviceId()Ljava/lang/String;"


def _telephony(vm: VM) -> Any:
    return vm.new_object("Landroid/telephony/TelephonyManager;", {})


def test_source_through_map_and_builder_to_log_is_a_leak(call: Call, vm: VM) -> None:
    call("Lt/Leaky;->leak(Landroid/telephony/TelephonyManager;)V", _telephony(vm))
    assert len(vm.rec.leaks) == 1
    leak = vm.rec.leaks[0]
    assert leak.source == DEVICE_ID
    assert leak.sink == "Landroid/util/Log;->i(Ljava/lang/String;Ljava/lang/String;)I"
    assert leak.caller == "Lt/Leaky;->leak(Landroid/telephony/TelephonyManager;)V"
    assert leak.value.startswith("x") and leak.pc > 0


def test_other_map_entries_stay_clean(call: Call, vm: VM) -> None:
    call("Lt/Leaky;->noLeak(Landroid/telephony/TelephonyManager;)V", _telephony(vm))
    assert vm.rec.leaks == []


def test_android_id_sent_with_the_apache_http_client_is_a_leak(call: Call, vm: VM) -> None:
    call("Lt/Leaky;->httpLeak()V")
    assert [(lk.source.split("->")[0], lk.sink.split("->")[1].split("(")[0]) for lk in vm.rec.leaks] == [
        ("Landroid/provider/Settings$Secure;", "execute")
    ]
    assert vm.rec.leaks[0].value.startswith("http://example.com/?id=")


def test_json_base64_and_url_encoding_keep_the_tag(call: Call, vm: VM) -> None:
    import base64
    import json
    from urllib.parse import unquote_plus

    out = call("Lt/Leaky;->jsonLeak(Landroid/telephony/TelephonyManager;)Ljava/lang/String;",
               _telephony(vm))  # fmt: skip
    assert json.loads(base64.b64decode(unquote_plus(out))) == {"imei": "356938035643809"}
    assert [lk.source for lk in vm.rec.leaks] == [DEVICE_ID]


def test_inbox_messages_are_a_source(call: Call, vm: VM) -> None:
    resolver = vm.new_object("Landroid/content/ContentResolver;")
    rows = call("Lt/Leaky;->smsLeak(Landroid/content/ContentResolver;)I", resolver)
    assert rows == 1
    # FlowDroid's list also makes Cursor.getString a source (the app's own database: not a
    # privacy source); the provider's rows carry the query's tag, which is private.
    by_source = {lk.source.split("(")[0]: lk for lk in vm.rec.leaks}
    assert set(by_source) == {"Landroid/content/ContentResolver;->query",
                              "Landroid/database/Cursor;->getString"}
    leak = by_source["Landroid/content/ContentResolver;->query"]
    assert leak.sink.startswith("Landroid/telephony/SmsManager;->sendTextMessage(")
    assert leak.value == "Your code is 482910"
