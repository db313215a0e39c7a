"""System broadcasts as Android sends them: the intent of each action carries the extras (and
data) its documentation lists, so a receiver that reads them finds what it would on a phone.

Sources: `Telephony.Sms.Intents.SMS_RECEIVED_ACTION` ("pdus", "format"),
`TelephonyManager.ACTION_PHONE_STATE_CHANGED` (EXTRA_STATE, EXTRA_INCOMING_NUMBER),
`Intent.ACTION_NEW_OUTGOING_CALL` (EXTRA_PHONE_NUMBER), `Intent.ACTION_BATTERY_CHANGED`
(BatteryManager's EXTRA_*), `ConnectivityManager.CONNECTIVITY_ACTION`, `Intent.ACTION_PACKAGE_*`
(a `package:` data URI and EXTRA_UID). Actions not listed carry nothing (BOOT_COMPLETED...).
The people involved are fictional numbers of the North American 555-01xx range.
"""

from __future__ import annotations

from typing import Any

from dexlego.emulator.framework.android.content import extras, intent_state, new_intent
from dexlego.emulator.framework.android.telephony import deliver_pdu
from dexlego.emulator.vm.machine import VM
from dexlego.emulator.vm.objects import JArray, JObject

SMS_SENDER = "+15555550143"
SMS_BODY = "Your verification code is 482913. Do not share it with anyone."
CALLER = "+15555550168"
DIALED = "+15555550199"
OTHER_PACKAGE = "com.example.newapp"


def _pdus() -> JArray:
    pdu = deliver_pdu(SMS_SENDER, SMS_BODY)
    return JArray("[Ljava/lang/Object;", [JArray("[B", [(b ^ 0x80) - 0x80 for b in pdu])])


def _extras_for(action: str) -> dict[str, Any]:
    if action in ("android.provider.Telephony.SMS_RECEIVED",
                  "android.provider.Telephony.SMS_DELIVER"):  # fmt: skip
        return {"pdus": _pdus(), "format": "3gpp", "subscription": 1, "slot": 0}
    if action == "android.intent.action.PHONE_STATE":
        return {"state": "RINGING", "incoming_number": CALLER}
    if action == "android.intent.action.NEW_OUTGOING_CALL":
        return {"android.intent.extra.PHONE_NUMBER": DIALED}
    if action == "android.intent.action.BATTERY_CHANGED":
        return {"level": 80, "scale": 100, "status": 3, "health": 2, "plugged": 0,
                "present": True, "voltage": 4100, "temperature": 280, "technology": "Li-ion"}  # fmt: skip
    if action == "android.net.conn.CONNECTIVITY_CHANGE":
        return {"networkType": 1, "noConnectivity": False}
    if action.startswith("android.intent.action.PACKAGE_"):
        return {"android.intent.extra.UID": 10200}
    return {}


def system_broadcast(vm: VM, action: str | None, component: str | None) -> JObject:
    """The intent the system broadcasts for `action` to `component`, with its extras."""
    intent = new_intent(vm, action, component)
    if action is None:
        return intent
    values = _extras_for(action)
    if values:
        bundle = extras(vm, intent)
        assert isinstance(bundle.native, dict)
        bundle.native.update(values)
    if action.startswith("android.intent.action.PACKAGE_"):
        intent_state(intent)["data"] = vm.new_object("Landroid/net/Uri;", f"package:{OTHER_PACKAGE}")
    return intent
