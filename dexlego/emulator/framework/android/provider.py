"""`android.provider`: Settings (`ANDROID_ID` is a source) and the content URIs of
ContactsContract, CallLog and Telephony.
"""

from __future__ import annotations

from typing import Any

from dexlego.emulator.framework.registry import method, model_class, static_field
from dexlego.emulator.vm.machine import VM

# -- Settings.Secure: ANDROID_ID is a device identifier --------------------------------------

SEC = "Landroid/provider/Settings$Secure;"
model_class(SEC)
model_class("Landroid/provider/Settings$System;")
static_field(SEC, "ANDROID_ID", "android_id")
ANDROID_ID = f"{SEC}->getString(Landroid/content/ContentResolver;Ljava/lang/String;)Ljava/lang/String;"


@method(SEC, "getString")
@method("Landroid/provider/Settings$System;", "getString")
def _settings_string(vm: VM, a: list[Any]) -> Any:
    if a[1] == "android_id":
        return "9774d56d682e549c"  # a source: the catalog tags it
    return None


@method(SEC, "getInt")
@method("Landroid/provider/Settings$System;", "getInt")
def _settings_int(vm: VM, a: list[Any]) -> Any:
    return a[2] if len(a) > 2 else 0


# -- content URIs of the private-data providers ---------------------------------------------


def _uri(text: str) -> Any:
    return lambda vm: vm.new_object("Landroid/net/Uri;", text)


for _cls, _field, _text in (
    ("Landroid/provider/ContactsContract$Contacts;", "CONTENT_URI",
     "content://com.android.contacts/contacts"),
    ("Landroid/provider/ContactsContract$CommonDataKinds$Phone;", "CONTENT_URI",
     "content://com.android.contacts/data/phones"),
    ("Landroid/provider/ContactsContract$Data;", "CONTENT_URI", "content://com.android.contacts/data"),
    ("Landroid/provider/CallLog$Calls;", "CONTENT_URI", "content://call_log/calls"),
    ("Landroid/provider/Telephony$Sms;", "CONTENT_URI", "content://sms"),
    ("Landroid/provider/Telephony$Sms$Inbox;", "CONTENT_URI", "content://sms/inbox"),
    ("Landroid/provider/Contacts$People;", "CONTENT_URI", "content://contacts/people"),
):  # fmt: skip
    model_class(_cls)
    static_field(_cls, _field, _uri(_text))


# -- Telephony.Sms.Intents: the messages of an SMS_RECEIVED broadcast ----------------------------

SMS_INTENTS = "Landroid/provider/Telephony$Sms$Intents;"
model_class(SMS_INTENTS)


@method(SMS_INTENTS, "getMessagesFromIntent")
def _messages_from_intent(vm: VM, a: list[Any]) -> Any:
    """SmsMessage.createFromPdu of each of the intent's "pdus" (null entries dropped as the
    platform does)."""
    from dexlego.emulator.framework.android.content import intent_state
    from dexlego.emulator.framework.android.telephony import SMS_MESSAGE, sms_from_pdu
    from dexlego.emulator.vm.objects import JArray, JObject

    extras = intent_state(a[0])["extras"] if isinstance(a[0], JObject) else None
    bundle = extras.native if isinstance(extras, JObject) and isinstance(extras.native, dict) else {}
    pdus = bundle.get("pdus")
    out = []
    for pdu in pdus.data if isinstance(pdus, JArray) else []:
        msg = sms_from_pdu(vm, [pdu])
        if msg is not None:
            out.append(msg)
    return JArray(f"[{SMS_MESSAGE}", out)
