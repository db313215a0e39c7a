"""More device data malware reads (sources) and the Apache HTTP client (a sink), plus the
PackageManager and Settings the app asks about itself."""

from __future__ import annotations

from typing import Any

from dexlego.emulator.framework.registry import method, model_class, static_field
from dexlego.emulator.framework.util import arg_str, sink, source
from dexlego.emulator.taint import union
from dexlego.emulator.vm.machine import VM
from dexlego.emulator.vm.objects import JArray, JObject

OBJ = "Ljava/lang/Object;"

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
        return source(vm, ANDROID_ID, "9774d56d682e549c")
    return None


@method(SEC, "getInt")
@method("Landroid/provider/Settings$System;", "getInt")
def _settings_int(vm: VM, a: list[Any]) -> Any:
    return a[2] if len(a) > 2 else 0


# -- Wi-Fi MAC address, accounts ------------------------------------------------------------

WM = "Landroid/net/wifi/WifiManager;"
WI = "Landroid/net/wifi/WifiInfo;"
model_class(WM)
model_class(WI)
MAC = f"{WI}->getMacAddress()Ljava/lang/String;"


@method(WM, "getConnectionInfo")
def _wifi_info(vm: VM, a: list[Any]) -> Any:
    return vm.new_object(WI)


@method(WM, "isWifiEnabled")
def _wifi_enabled(vm: VM, a: list[Any]) -> Any:
    return True


@method(WI, "getMacAddress")
def _mac(vm: VM, a: list[Any]) -> Any:
    return source(vm, MAC, "02:00:00:44:55:66")


@method(WI, "getSSID")
def _ssid(vm: VM, a: list[Any]) -> Any:
    return '"HomeNetwork"'


AM = "Landroid/accounts/AccountManager;"
ACC = "Landroid/accounts/Account;"
model_class(AM)
model_class(ACC, OBJ, ("Landroid/os/Parcelable;",))
ACCOUNTS = f"{AM}->getAccounts()[Landroid/accounts/Account;"


@method(AM, "get")
def _account_manager(vm: VM, a: list[Any]) -> Any:
    return vm.new_object(AM)


@method(AM, "getAccounts", "getAccountsByType")
def _accounts(vm: VM, a: list[Any]) -> Any:
    acc = vm.new_object(ACC)
    acc.fields["name"] = source(vm, ACCOUNTS, "user@example.com")
    acc.fields["type"] = "com.google"
    arr = JArray("[Landroid/accounts/Account;", [acc])
    return arr


# -- PackageManager: the app asks about itself ----------------------------------------------

PM = "Landroid/content/pm/PackageManager;"
PI = "Landroid/content/pm/PackageInfo;"


def _package_info(vm: VM, name: str) -> JObject:
    info = vm.new_object(PI)
    info.fields.update({"packageName": name, "versionName": "1.0", "versionCode": 1,
                        "firstInstallTime": 1_700_000_000_000,
                        "lastUpdateTime": 1_700_000_000_000})  # fmt: skip
    return info


@method(PM, "getPackageInfo")
def _get_package_info(vm: VM, a: list[Any]) -> Any:
    name = arg_str(a[1]) or ""
    if name != vm.env.get("package"):
        raise vm.throwable("Landroid/content/pm/PackageManager$NameNotFoundException;", name)
    return _package_info(vm, name)


@method(PM, "getInstalledPackages")
def _installed(vm: VM, a: list[Any]) -> Any:
    return vm.new_object("Ljava/util/ArrayList;", [_package_info(vm, str(vm.env.get("package")))])


@method(PM, "checkPermission")
def _pm_permission(vm: VM, a: list[Any]) -> Any:
    return 0


@method(PM, "getLaunchIntentForPackage")
def _launch_intent(vm: VM, a: list[Any]) -> Any:
    from dexlego.emulator.framework.app import android
    from dexlego.emulator.framework.content import new_intent

    launcher = android(vm).info.launcher
    if a[1] != vm.env.get("package") or launcher is None:
        return None
    return new_intent(vm, "android.intent.action.MAIN", launcher)


# -- Apache HTTP client (old but common in malware): executing a request is a sink ----------

H = "Lorg/apache/http/"
for _c in ("client/methods/HttpGet", "client/methods/HttpPost", "client/methods/HttpPut",
           "client/methods/HttpRequestBase", "impl/client/DefaultHttpClient",
           "impl/client/AbstractHttpClient", "entity/StringEntity",
           "client/entity/UrlEncodedFormEntity", "message/BasicNameValuePair",
           "message/BasicHttpResponse"):  # fmt: skip
    model_class(f"{H}{_c};")
model_class(f"{H}client/methods/HttpGet;", f"{H}client/methods/HttpRequestBase;")
model_class(f"{H}client/methods/HttpPost;", f"{H}client/methods/HttpRequestBase;")
model_class(f"{H}client/methods/HttpPut;", f"{H}client/methods/HttpRequestBase;")
model_class(f"{H}impl/client/DefaultHttpClient;", f"{H}impl/client/AbstractHttpClient;")
HTTP_SINK = (f"{H}impl/client/AbstractHttpClient;->execute(Lorg/apache/http/client/methods/"
             "HttpUriRequest;)Lorg/apache/http/HttpResponse;")  # fmt: skip


def _carry(vm: VM, a: list[Any]) -> Any:
    """Constructors and setters of requests, entities and pairs: keep what they were given."""
    o = a[0]
    parts = list(a[1:])
    if not isinstance(o.native, list):
        o.native = []
    o.native.extend(parts)
    t = union(*parts)
    if t:
        o.taint = o.taint | t
    return None


for _c in ("client/methods/HttpRequestBase", "entity/StringEntity",
           "client/entity/UrlEncodedFormEntity", "message/BasicNameValuePair"):  # fmt: skip
    method(f"{H}{_c};", "<init>", "setEntity", "setHeader", "addHeader", "setURI")(_carry)


@method(f"{H}impl/client/AbstractHttpClient;", "execute")
def _http_execute(vm: VM, a: list[Any]) -> Any:
    sink(vm, HTTP_SINK, *a[1:])
    return vm.new_object(f"{H}message/BasicHttpResponse;")


@method(f"{H}impl/client/AbstractHttpClient;", "<init>")
def _http_client(vm: VM, a: list[Any]) -> Any:
    return None


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
