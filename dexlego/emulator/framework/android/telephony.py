"""`android.telephony`: TelephonyManager (device ids, subscriber, SIM, phone number are
sources) and SmsManager (a sink).
"""

from __future__ import annotations

from typing import Any

from dexlego.emulator.framework.common import source
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


def _mk(name: str, value: str) -> None:
    # The exact key too, so that reflection (getMethod + invoke) resolves the real signature.
    @method(TM, name, f"{name}()Ljava/lang/String;")
    def _get(vm: VM, a: list[Any]) -> Any:
        return value  # the catalog says which getters are sources


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
    return vm.new_object("Landroid/telephony/CellLocation;")


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
        sms: list[tuple[Any, Any]] = vm.env.setdefault("sms_sent", [])
        sms.append((a[1], a[3]))
        return None

    @method(_cls, "divideMessage")
    def _divide(vm: VM, a: list[Any]) -> Any:
        return vm.new_object("Ljava/util/ArrayList;", [a[1]])


# -- SmsMessage: incoming SMS from their 3GPP PDUs (TS 23.040 SMS-DELIVER) ------------------------

SMS_MESSAGE = "Landroid/telephony/SmsMessage;"
model_class(SMS_MESSAGE)
BODY_SOURCE = f"{SMS_MESSAGE}->getMessageBody()Ljava/lang/String;"
SENDER_SOURCE = f"{SMS_MESSAGE}->getOriginatingAddress()Ljava/lang/String;"
_GSM7 = ("@£$¥èéùìòÇ\nØø\rÅåΔ_ΦΓΛΩΠΨΣΘΞ\x1bÆæßÉ !\"#¤%&'()*+,-./0123456789:;<=>?"
         "¡ABCDEFGHIJKLMNOPQRSTUVWXYZÄÖÑÜ§¿abcdefghijklmnopqrstuvwxyzäöñüà")  # fmt: skip


def _semi_octets(digits: str) -> bytes:
    d = digits + ("F" if len(digits) % 2 else "")
    return bytes(int(d[i + 1] + d[i], 16) for i in range(0, len(d), 2))


def deliver_pdu(sender: str, body: str, timestamp: tuple[int, ...] = (20, 8, 5, 14, 30, 0)) -> bytes:
    """An SMS-DELIVER PDU (no SMSC prefix) from international `sender`, GSM 7-bit `body`."""
    digits = sender.lstrip("+")
    septets = [_GSM7.index(c) if c in _GSM7 else _GSM7.index("?") for c in body[:160]]
    packed, acc, nbits = bytearray(), 0, 0
    for s in septets:
        acc |= s << nbits
        nbits += 7
        while nbits >= 8:
            packed.append(acc & 0xFF)
            acc >>= 8
            nbits -= 8
    if nbits:
        packed.append(acc & 0xFF)
    scts = _semi_octets("".join(f"{v:02d}" for v in timestamp) + "00")
    return (bytes([0x00, 0x04, len(digits), 0x91]) + _semi_octets(digits) + bytes([0x00, 0x00])
            + scts + bytes([len(septets)]) + bytes(packed))  # fmt: skip


def parse_pdu(pdu: bytes) -> tuple[str, str, int] | None:
    """(sender, body, timestamp ms) of an SMS-DELIVER PDU with its SMSC prefix, GSM 7-bit or
    UCS-2 text; None if it is not one."""
    try:
        i = 1 + pdu[0]  # SMSC information
        first = pdu[i]
        if first & 0x03 != 0:
            return None
        n_digits, toa = pdu[i + 1], pdu[i + 2]
        n = (n_digits + 1) // 2
        raw = pdu[i + 3 : i + 3 + n]
        digits = "".join(f"{b & 0x0F:x}{b >> 4:x}" for b in raw)[:n_digits]
        sender = ("+" if toa & 0x70 == 0x10 else "") + digits
        i += 3 + n
        dcs = pdu[i + 1]
        i += 2 + 7  # PID, DCS, SCTS
        udl = pdu[i]
        ud = pdu[i + 1 :]
        if dcs & 0x0C == 0x08:
            body = ud[:udl].decode("utf-16-be", "replace")
        else:
            bits = int.from_bytes(ud, "little")
            body = "".join(_GSM7[(bits >> (7 * k)) & 0x7F] for k in range(udl))
        return sender, body, 1596637800000
    except (IndexError, ValueError):
        return None


@method(SMS_MESSAGE, "createFromPdu")
def sms_from_pdu(vm: VM, a: list[Any]) -> Any:
    """SmsMessage.createFromPdu(byte[] pdu[, String format]): null for a PDU it cannot read.
    What the message says, and who sent it, is private data: sources."""
    from dexlego.emulator.framework.java.io import _bytes_of
    from dexlego.emulator.vm.objects import JArray

    if not isinstance(a[0], JArray):
        return None
    parsed = parse_pdu(_bytes_of(a[0])[0])
    if parsed is None:
        return None
    sender, body, when = parsed
    return vm.new_object(SMS_MESSAGE, {"sender": sender, "body": body, "when": when, "pdu": a[0]})


@method(SMS_MESSAGE, "getMessageBody", "getDisplayMessageBody")
def _sms_body(vm: VM, a: list[Any]) -> Any:
    return source(vm, BODY_SOURCE, a[0].native["body"])


@method(SMS_MESSAGE, "getOriginatingAddress", "getDisplayOriginatingAddress")
def _sms_sender(vm: VM, a: list[Any]) -> Any:
    return source(vm, SENDER_SOURCE, a[0].native["sender"])


@method(SMS_MESSAGE, "getTimestampMillis")
def _sms_time(vm: VM, a: list[Any]) -> Any:
    return a[0].native["when"]


@method(SMS_MESSAGE, "getServiceCenterAddress")
def _sms_center(vm: VM, a: list[Any]) -> Any:
    return "+12063130004"


@method(SMS_MESSAGE, "getPdu")
def _sms_pdu(vm: VM, a: list[Any]) -> Any:
    return a[0].native["pdu"]


@method(SMS_MESSAGE, "getStatus", "getProtocolIdentifier", "getIndexOnIcc")
def _sms_zero(vm: VM, a: list[Any]) -> Any:
    return 0
