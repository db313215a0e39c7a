"""`android.telephony`: TelephonyManager (device ids, subscriber, SIM, phone number are
sources) and SmsManager (a sink).
"""

from __future__ import annotations

from typing import Any

from dexlego.emulator.framework.common import sink, source
from dexlego.emulator.framework.registry import method, model_class
from dexlego.emulator.vm.machine import VM

GSMS = "Landroid/telephony/gsm/SmsManager;"

TM = "Landroid/telephony/TelephonyManager;"
SMS = "Landroid/telephony/SmsManager;"
model_class(TM)
model_class(SMS)

# Plausible values of a real phone (an emulator's all-zero IMEI is what detectors look for).
_VALUES = {
    "getDeviceId": "356938035643809",
    "getImei": "356938035643809",
    "getMeid": "A0000031A2B3C4",
    "getSubscriberId": "310260000000111",
    "getSimSerialNumber": "89014103211118510720",
    "getLine1Number": "+15555218135",
    "getVoiceMailNumber": "+15555218100",
    "getNetworkOperatorName": "T-Mobile",
    "getSimOperatorName": "T-Mobile",
    "getNetworkOperator": "310260",
    "getSimOperator": "310260",
    "getNetworkCountryIso": "us",
    "getSimCountryIso": "us",
    "getDeviceSoftwareVersion": "01",
    "getGroupIdLevel1": "",
}
_SOURCES = {"getDeviceId", "getImei", "getMeid", "getSubscriberId", "getSimSerialNumber",
            "getLine1Number", "getVoiceMailNumber"}  # fmt: skip


def _mk(name: str, value: str) -> None:
    sig = f"{TM}->{name}()Ljava/lang/String;"

    # The exact key too, so that reflection (getMethod + invoke) resolves the real signature.
    @method(TM, name, f"{name}()Ljava/lang/String;")
    def _get(vm: VM, a: list[Any]) -> Any:
        return source(vm, sig, value) if name in _SOURCES else value


for _n, _v in _VALUES.items():
    _mk(_n, _v)


@method(TM, "getPhoneType")
def _phone_type(vm: VM, a: list[Any]) -> Any:
    return 1  # GSM


@method(TM, "getSimState")
def _sim_state(vm: VM, a: list[Any]) -> Any:
    return 5  # SIM_STATE_READY


@method(TM, "getNetworkType", "getDataState", "getCallState", "getDataActivity")
def _net_type(vm: VM, a: list[Any]) -> Any:
    return 0


@method(TM, "listen")
def _listen(vm: VM, a: list[Any]) -> Any:
    return None


@method(TM, "getCellLocation")
def _cell(vm: VM, a: list[Any]) -> Any:
    return source(vm, f"{TM}->getCellLocation()Landroid/telephony/CellLocation;",
                  vm.new_object("Landroid/telephony/CellLocation;"))


model_class("Landroid/telephony/CellLocation;")

SEND = f"{SMS}->sendTextMessage(Ljava/lang/String;Ljava/lang/String;Ljava/lang/String;" \
       "Landroid/app/PendingIntent;Landroid/app/PendingIntent;)V"


for _cls in (SMS, GSMS):

    @method(_cls, "getDefault", "getDefault()Landroid/telephony/SmsManager;")
    def _default(vm: VM, a: list[Any]) -> Any:
        m = vm.env.get("sms_manager")
        if m is None:
            m = vm.env["sms_manager"] = vm.new_object(SMS)
        return m

    @method(_cls, "sendTextMessage", "sendMultipartTextMessage", "sendDataMessage",
            SEND.split("->")[1])  # fmt: skip
    def _send(vm: VM, a: list[Any]) -> Any:
        sink(vm, SEND, a[1], a[3])
        sms: list[tuple[Any, Any]] = vm.env.setdefault("sms_sent", [])
        sms.append((a[1], a[3]))
        return None

    @method(_cls, "divideMessage")
    def _divide(vm: VM, a: list[Any]) -> Any:
        return vm.new_object("Ljava/util/ArrayList;", [a[1]])
