"""Documented platform contracts real apps rely on: the process environment, Java system
properties, Build fields and SystemProperties by reflection, XmlPullParser over text."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from dexlego.emulator.vm.machine import VM

Call = Callable[..., Any]
P = "Lt/Platform;->"


def test_environment_is_an_android_process_environment(call: Call) -> None:
    assert call(P + "env(Ljava/lang/String;)Ljava/lang/String;", "ANDROID_ROOT") == "/system"
    assert call(P + "env(Ljava/lang/String;)Ljava/lang/String;", "EXTERNAL_STORAGE") == "/sdcard"
    path = call(P + "env(Ljava/lang/String;)Ljava/lang/String;", "PATH")
    assert "/system/bin" in path.split(":")
    assert call(P + "env(Ljava/lang/String;)Ljava/lang/String;", "NO_SUCH_VARIABLE") is None
    assert call(P + "envCount()I") >= 10


def test_system_properties_and_their_typed_readers(call: Call) -> None:
    prop = P + "prop(Ljava/lang/String;)Ljava/lang/String;"
    assert call(prop, "java.vm.name") == "Dalvik"
    assert call(prop, "http.agent").startswith("Dalvik/2.1.0 (Linux; U; Android 10;")
    assert call(prop, "no.such.property") is None
    number = P + "integerProp(Ljava/lang/String;Ljava/lang/String;)I"
    assert call(number, "t.size", "0x20") == 32  # Integer.decode syntax
    assert call(number, "t.octal", "010") == 8
    assert call(number, "t.bad", "12z") == 7  # not a number: the default
    assert call(number, "t.unset", None) == 7
    assert call(P + "booleanProp(Ljava/lang/String;)Z", "t.unset") == 0


def test_build_fields_and_system_properties_through_reflection(call: Call) -> None:
    field = P + "buildField(Ljava/lang/String;)Ljava/lang/String;"
    assert call(field, "MODEL") == "Pixel 3"
    assert call(field, "SERIAL") == call(P + "sysprop(Ljava/lang/String;)Ljava/lang/String;",
                                         "ro.serialno")  # fmt: skip
    sysprop = P + "sysprop(Ljava/lang/String;)Ljava/lang/String;"
    assert call(sysprop, "ro.build.version.sdk") == "29"
    assert call(sysprop, "ro.kernel.qemu") == ""  # not an emulator


def test_pull_parser_reaches_end_document(call: Call) -> None:
    events = P + "pullEvents(Ljava/lang/String;)I"
    # START_TAG a(1), START_TAG b(2), TEXT, END_TAG, START_TAG c(2), END_TAG, END_TAG, END_DOC
    assert call(events, "<a><b>x</b><c/></a>") == 8 * 1000 + 1 + 2 + 2
    assert call(events, "") == 1000  # no document: END_DOCUMENT at once, never 0 forever
    attr = P + "pullAttr(Ljava/lang/String;Ljava/lang/String;Ljava/lang/String;)Ljava/lang/String;"
    xml = '<map><string name="token">abc</string><int name="n" value="3"/></map>'
    assert call(attr, xml, "int", "value") == "3"
    assert call(attr, xml, "long", "value") is None


def test_server_socket_accept_blocks_instead_of_spinning(call: Call, vm: Any) -> None:
    from dexlego.emulator.errors import ThreadBlocked

    start = vm.icount
    try:
        call(P + "serverLoop()I")
        raise AssertionError("accept() returned")
    except ThreadBlocked as blocked:
        assert blocked.api == "ServerSocket.accept()"
    assert vm.classes["Lt/Platform;"].statics.get("accepted", 0) == 0
    assert vm.icount - start < 100  # it did not loop
    assert vm.stack == []  # the blocked thread's frames are gone
    assert call(P + "acceptTimeout()I") == 1  # with SO_TIMEOUT: SocketTimeoutException


def test_hash_map_keys_compare_with_equals_and_hash_code(call: Call) -> None:
    assert call(P + "valueKeys()Ljava/lang/String;") == "found"


def test_generic_superclass_from_the_signature_annotation(call: Call) -> None:
    """Gson's TypeToken: getGenericSuperclass() of `Token extends Generic<List<String>>`."""
    assert call("Lt/Token;->describe()Ljava/lang/String;") == (
        "t.Generic<java.util.List<java.lang.String>>java.util.List")


def test_a_thread_that_never_ends_does_not_stop_the_others(call: Call, vm: Any) -> None:
    """Threads run concurrently on a device: a polling loop gets a time slice, then it is
    set aside and the thread that waited goes on."""
    assert call("Lt/Poller;->startAndGoOn()I") == 1
    assert vm.classes["Lt/Poller;"].statics["rounds"] > 100  # it did run
    assert any("time slice" in api for api, _ in vm.rec.blocked)


N = "Lt/Net;->"


def test_network_interfaces_are_a_phone_on_wifi(call: Call) -> None:
    """NetworkInterface/InetAddress as libcore answers on a phone on Wi-Fi: not the Android
    emulator's 10.0.2.15, a down mobile interface without addresses, loopback; IPv6 text in
    getnameinfo's compressed form with its scope."""
    listing = call(N + "interfaces()Ljava/lang/String;")
    assert listing == ("wlan0[true,false]=/fe80::ff:fe44:5566%wlan0 /192.168.1.23 ;"
                       "rmnet_data0[false,false]=;lo[true,true]=/::1 /127.0.0.1 ;")
    assert "10.0.2.15" not in listing
    assert call(N + "macLength(Ljava/lang/String;)I", "wlan0") == 6
    assert call(N + "macLength(Ljava/lang/String;)I", "lo") == -1
    assert call(N + "macLength(Ljava/lang/String;)I", "eth0") == -2


def test_address_lookups_without_dns(call: Call) -> None:
    resolve = N + "resolve(Ljava/lang/String;)Ljava/lang/String;"
    assert call(resolve, "192.168.1.23") == "192.168.1.23"
    assert call(resolve, "[0:0:0:0:0:0:0:1]") == "::1"
    assert call(resolve, "localhost") == "127.0.0.1"  # Android's hosts file
    assert call(resolve, "ip6-localhost") == "::1"
    assert call(resolve, "example.com") == (
        'unknown: Unable to resolve host "example.com": No address associated with hostname')
    kinds = N + "kinds(Ljava/lang/String;)I"
    assert call(kinds, "127.0.0.1") == 1
    assert call(kinds, "fe80::1") == 2
    assert call(kinds, "10.1.2.3") == 4
    assert call(kinds, "8.8.8.8") == 0
    assert call(kinds, "192.0.2.1") == 0  # TEST-NET: private to Python, not site-local to Java
    assert call(kinds, "172.31.0.1") == 4 and call(kinds, "fec0::1") == 4
    hash_of = N + "hash(Ljava/lang/String;)I"
    assert call(hash_of, "192.168.1.23") == 0xC0A80117 - (1 << 32)  # Inet4Address: the address
    # Inet6Address: the sum of the four big-endian int words built from signed bytes
    assert call(hash_of, "::1") == 1
    # words ((-2 << 8) - 128) << 16, 0, -1 (bytes 00 00 00 ff), ((((-2 << 8) + 0x44) << 8) + 0x55 << 8) + 0x66
    assert call(hash_of, "fe80::ff:fe44:5566") == -41943040 + 0 - 1 - 29076122


def test_device_policy_for_an_app_that_is_no_admin(call: Call, vm: VM) -> None:
    """The user never activates the app as device administrator: isAdminActive is false and
    an admin-only action throws SecurityException, as the API reference says."""
    dpm = vm.new_object("Landroid/app/admin/DevicePolicyManager;")
    assert call("Lt/Admin;->probe(Landroid/app/admin/DevicePolicyManager;)I", dpm) == 10
    assert call("Lt/Admin;->grantedThrows(Landroid/app/admin/DevicePolicyManager;)I", dpm) == 1


S = "Lt/Sensors;->"


def test_sensors_are_a_phones(call: Call, vm: VM) -> None:
    """SensorManager as the API reference defines it over the phone's sensors: the whole list
    for TYPE_ALL (-1), by type otherwise; the default sensor of a type is the non-wake-up one
    except for proximity, whose default is wake-up; null where the phone has no such sensor."""
    sm = vm.new_object("Landroid/hardware/SensorManager;")
    assert call(S + "count(Landroid/hardware/SensorManager;I)I", sm, -1) == 16
    assert call(S + "count(Landroid/hardware/SensorManager;I)I", sm, 13) == 0  # no thermometer
    listing = call(S + "listing(Landroid/hardware/SensorManager;I)Ljava/lang/String;", sm, 1)
    assert listing == "1:LSM6DSM Accelerometer:STMicro:false:android.sensor.accelerometer;"
    assert "Goldfish" not in call(S + "listing(Landroid/hardware/SensorManager;I)Ljava/lang/String;",
                                  sm, -1)
    by_default = S + "byDefault(Landroid/hardware/SensorManager;I)Ljava/lang/String;"
    assert call(by_default, sm, 4) == "LSM6DSM Gyroscope"
    assert call(by_default, sm, 8) == "TMD3702V Proximity Sensor"
    assert call(by_default, sm, 13) == "null"
    missing = S + "missing(Landroid/hardware/SensorManager;IZ)Z"
    assert call(missing, sm, 8, False) == 1 and call(missing, sm, 8, True) == 0
    assert call(missing, sm, 1, True) == 1 and call(missing, sm, 1, False) == 0
    register = S + "register(Landroid/hardware/SensorManager;Landroid/hardware/SensorEventListener;I)Z"
    listener = vm.new_object("Ljava/lang/Object;")
    assert call(register, sm, listener, 1) == 1
    assert call(register, sm, listener, 13) == 0  # no such sensor: null, refused
