"""Categories of the catalog's sources and sinks, and which of them make a privacy leak.

FlowDroid's text format has no categories, so they are assigned here by class and method name
(first matching rule wins). A *privacy leak* is private data (a source of a category in
`PRIVATE_SOURCES`) reaching a channel that leaves the app (a sink of a category in
`LEAVING_SINKS`): what DroidBench's ground truth counts and what the analyzers score. The other
entries (FlowDroid's server-side and injection entries, network input, the app's own database and
preferences, intra-app plumbing such as `Handler.sendMessage`, the installed-package queries of
`PackageManager`, which support libraries make for their own plumbing and DroidBench's ground
truth never counts) stay in the catalog for tools that want them (FlowDroid, the emulator's
trace) but are not privacy leaks.
"""

from __future__ import annotations

from typing import Literal

Kind = Literal["source", "sink"]

PRIVATE_SOURCES = frozenset({
    "device_id", "location", "contacts", "accounts", "user_input", "network_id", "microphone",
    "browser_history", "messages",
})  # fmt: skip
LEAVING_SINKS = frozenset({
    "sms", "log", "file", "network", "intent", "preferences", "content_provider", "process",
})  # fmt: skip

_ANY = None
# (kind, class descriptor, method names or None for all, category)
RULES: tuple[tuple[Kind, str, frozenset[str] | None, str], ...] = (
    ("source", "Landroid/telephony/TelephonyManager;", frozenset({"getCellLocation"}), "location"),
    ("source", "Landroid/telephony/TelephonyManager;", _ANY, "device_id"),
    ("source", "Landroid/telephony/SmsMessage;", _ANY, "messages"),
    ("source", "Landroid/provider/Settings$Secure;", _ANY, "device_id"),
    ("source", "Landroid/provider/Settings$System;", _ANY, "device_id"),
    ("source", "Landroid/location/Location;", _ANY, "location"),
    ("source", "Landroid/location/LocationManager;", _ANY, "location"),
    ("source", "Landroid/location/LocationListener;", _ANY, "location"),
    ("source", "Landroid/telephony/gsm/GsmCellLocation;", _ANY, "location"),
    ("source", "Landroid/content/ContentResolver;", _ANY, "contacts"),
    ("source", "Landroid/provider/Browser;", _ANY, "browser_history"),
    ("source", "Landroid/accounts/AccountManager;", _ANY, "accounts"),
    ("source", "Landroid/widget/EditText;", _ANY, "user_input"),
    ("source", "Landroid/net/wifi/WifiInfo;", _ANY, "network_id"),
    ("source", "Landroid/bluetooth/BluetoothAdapter;", _ANY, "network_id"),
    ("source", "Landroid/media/AudioRecord;", _ANY, "microphone"),
    ("source", "Landroid/content/pm/PackageManager;", _ANY, "installed_apps"),
    ("source", "Landroid/content/SharedPreferences;", _ANY, "preferences"),
    ("source", "Landroid/database/Cursor;", _ANY, "database"),
    ("source", "Landroid/database/sqlite/SQLiteDatabase;", _ANY, "database"),
    ("source", "Ljava/io/File;", _ANY, "file_path"),
    ("source", "Ljava/util/Locale;", _ANY, "locale"),
    ("source", "Ljava/util/Calendar;", _ANY, "locale"),
    ("source", "Ljava/net/URL;", _ANY, "network_input"),
    ("source", "Ljava/net/URLConnection;", _ANY, "network_input"),
    ("source", "Lorg/apache/http/HttpResponse;", _ANY, "network_input"),
    ("source", "Lorg/apache/http/util/EntityUtils;", _ANY, "network_input"),
    ("sink", "Landroid/telephony/SmsManager;", _ANY, "sms"),
    ("sink", "Landroid/telephony/gsm/SmsManager;", _ANY, "sms"),
    ("sink", "Landroid/util/Log;", _ANY, "log"),
    ("sink", "Ljava/io/File;", _ANY, "file_delete"),
    ("sink", "Ljava/lang/String;", _ANY, "string_injection"),
    ("sink", "Ljava/lang/Runtime;", _ANY, "process"),
    ("sink", "Ljava/lang/ProcessBuilder;", _ANY, "process"),
    ("sink", "Landroid/content/ContentResolver;", frozenset({"query"}), "content_query"),
    ("sink", "Landroid/content/ContentResolver;", _ANY, "content_provider"),
    ("sink", "Landroid/content/SharedPreferences$Editor;", _ANY, "preferences"),
    ("sink", "Landroid/content/Intent;", _ANY, "icc_setup"),
    ("sink", "Landroid/content/IntentFilter;", _ANY, "icc_setup"),
    ("sink", "Landroid/content/Context;", frozenset({"registerReceiver"}), "icc_setup"),
    ("sink", "Landroid/content/Context;", _ANY, "intent"),
    ("sink", "Landroid/content/ContextWrapper;", _ANY, "intent"),
    ("sink", "Landroid/app/Activity;", _ANY, "intent"),
    ("sink", "Landroid/os/Handler;", _ANY, "thread_message"),
    ("sink", "Landroid/media/MediaRecorder;", _ANY, "media_capture"),
    ("sink", "Landroid/webkit/WebView;", _ANY, "network"),
    ("sink", "Ljava/net/", _ANY, "network"),  # a package prefix
    ("sink", "Lorg/apache/http/client/", _ANY, "network"),
    ("sink", "Lorg/apache/http/impl/client/", _ANY, "network"),
    ("sink", "Ljava/io/", _ANY, "file"),
)


def category(kind: Kind, class_: str, name: str) -> str:
    """The category of a source or sink; entries no rule covers (FlowDroid's server-side ones)
    are `server_input` / `server_sink`."""
    for k, cls, names, cat in RULES:
        if k != kind or (names is not None and name not in names):
            continue
        if class_ == cls or (cls.endswith("/") and class_.startswith(cls)):
            return cat
    return "server_input" if kind == "source" else "server_sink"


def is_privacy(kind: Kind, cat: str) -> bool:
    """Whether entries of this category take part in privacy leaks."""
    return cat in (PRIVATE_SOURCES if kind == "source" else LEAVING_SINKS)
