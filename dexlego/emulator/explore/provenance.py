"""Provenance: which values the environment decides, as `env:` tags on the values themselves.

An exploring run wraps the framework models (`exploring_natives`). A model of an *environment
API* (the catalog below) tags what it returns with `env:<API>`; every other model passes on the
provenance of its arguments and receiver to a primitive or string result (`"generic".equals(
Build.MODEL)` is as environment-dependent as `Build.MODEL`), and a constructor given an
environment value marks the new object (`new BufferedReader(new InputStreamReader(socket
.getInputStream()))`). Calls nobody modeled answer with a default the real device would not
necessarily give, so their results are environment values too (`wrap_unmodeled`). Plain runs
never build any of this.

The catalog follows the Android API reference and the Java SE API documentation: the classes
whose answers describe the device, its state and the world outside the app (clock, build and
system properties, telephony, settings, sensors, battery, network state and responses, files
and their contents, installed packages, accounts, content providers, intents the app is given,
preferences left by an earlier session, random numbers).
"""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING, Any

from dexlego.emulator.taint import EMPTY, ENV, Taint, env_tags, tag
from dexlego.emulator.vm.interp import JavaThrow
from dexlego.emulator.vm.natives import NativeFn, Natives
from dexlego.emulator.vm.objects import JArray, JObject

if TYPE_CHECKING:
    from dexlego.emulator.vm.machine import VM

ALL: frozenset[str] = frozenset()  # every method of the class

#: Environment APIs: class descriptor -> method names (ALL: every method, constructors included).
ENV_APIS: dict[str, frozenset[str]] = {
    # time and randomness (java.lang.System, java.util, java.time, android.os.SystemClock)
    "Ljava/lang/System;": frozenset({"currentTimeMillis", "nanoTime", "getProperty", "getenv",
                                     "getProperties", "lineSeparator"}),
    "Ljava/util/Date;": ALL, "Ljava/util/Calendar;": ALL, "Ljava/util/GregorianCalendar;": ALL,
    "Ljava/util/TimeZone;": ALL, "Ljava/util/Locale;": ALL, "Ljava/text/DateFormat;": ALL,
    "Ljava/text/SimpleDateFormat;": ALL, "Ljava/time/Instant;": frozenset({"now"}),
    "Ljava/time/LocalDate;": frozenset({"now"}), "Ljava/time/LocalDateTime;": frozenset({"now"}),
    "Ljava/time/ZonedDateTime;": frozenset({"now"}), "Ljava/time/Clock;": ALL,
    "Landroid/os/SystemClock;": ALL, "Ljava/util/Random;": ALL,
    "Ljava/security/SecureRandom;": ALL, "Ljava/util/UUID;": frozenset({"randomUUID"}),
    "Ljava/lang/Math;": frozenset({"random"}),
    # the device: build and system properties, settings, telephony, hardware, power
    "Landroid/os/Build;": ALL, "Landroid/os/Build$VERSION;": ALL,
    "Landroid/os/SystemProperties;": ALL, "Landroid/os/Debug;": ALL,
    "Landroid/os/Environment;": ALL, "Landroid/os/StatFs;": ALL, "Landroid/os/UserManager;": ALL,
    "Landroid/os/PowerManager;": ALL, "Landroid/os/BatteryManager;": ALL,
    "Landroid/os/Process;": ALL, "Ljava/lang/Runtime;": ALL, "Ljava/lang/Process;": ALL,
    "Ljava/lang/ProcessBuilder;": frozenset({"start"}),
    "Landroid/provider/Settings$Secure;": ALL, "Landroid/provider/Settings$System;": ALL,
    "Landroid/provider/Settings$Global;": ALL,
    "Landroid/telephony/TelephonyManager;": ALL, "Landroid/telephony/SubscriptionManager;": ALL,
    "Landroid/telephony/CellLocation;": ALL, "Landroid/telephony/gsm/GsmCellLocation;": ALL,
    "Landroid/hardware/SensorManager;": ALL, "Landroid/hardware/Sensor;": ALL,
    "Landroid/hardware/SensorEvent;": ALL, "Landroid/hardware/Camera;": ALL,
    "Landroid/bluetooth/BluetoothAdapter;": ALL, "Landroid/bluetooth/BluetoothManager;": ALL,
    "Landroid/location/LocationManager;": ALL, "Landroid/location/Location;": ALL,
    "Landroid/accounts/AccountManager;": ALL, "Landroid/app/ActivityManager;": ALL,
    "Landroid/app/KeyguardManager;": ALL, "Landroid/media/AudioManager;": ALL,
    "Landroid/view/Display;": ALL, "Landroid/util/DisplayMetrics;": ALL,
    "Landroid/content/res/Configuration;": ALL,
    "Landroid/content/pm/PackageManager;": ALL, "Landroid/content/pm/PackageInfo;": ALL,
    "Landroid/content/pm/ApplicationInfo;": ALL,
    "Landroid/content/Context;": frozenset({"checkSelfPermission", "checkCallingPermission",
                                            "checkPermission", "checkCallingOrSelfPermission"}),
    # the network: state, addresses and whatever a server answers
    "Landroid/net/ConnectivityManager;": ALL, "Landroid/net/NetworkInfo;": ALL,
    "Landroid/net/wifi/WifiManager;": ALL, "Landroid/net/wifi/WifiInfo;": ALL,
    "Ljava/net/InetAddress;": ALL, "Ljava/net/NetworkInterface;": ALL,
    "Ljava/net/Socket;": ALL, "Ljava/net/ServerSocket;": ALL, "Ljava/net/DatagramSocket;": ALL,
    "Landroid/net/LocalSocket;": ALL, "Landroid/net/LocalServerSocket;": ALL,
    "Ljava/net/URLConnection;": ALL, "Ljava/net/HttpURLConnection;": ALL,
    "Ljavax/net/ssl/HttpsURLConnection;": ALL,
    "Ljava/net/URL;": frozenset({"openStream", "openConnection", "getContent"}),
    "Lorg/apache/http/client/HttpClient;": frozenset({"execute"}),
    "Lorg/apache/http/impl/client/DefaultHttpClient;": frozenset({"execute"}),
    "Lorg/apache/http/impl/client/AbstractHttpClient;": frozenset({"execute"}),
    "Lorg/apache/http/HttpResponse;": ALL, "Lorg/apache/http/HttpEntity;": ALL,
    "Lorg/apache/http/StatusLine;": ALL, "Lorg/apache/http/util/EntityUtils;": ALL,
    # files: whether they exist and what they hold
    "Ljava/io/File;": frozenset({"exists", "isFile", "isDirectory", "length", "list",
                                 "listFiles", "canRead", "canWrite", "canExecute",
                                 "lastModified", "getFreeSpace", "getTotalSpace"}),
    "Ljava/io/FileInputStream;": ALL, "Ljava/io/FileReader;": ALL,
    "Ljava/io/RandomAccessFile;": ALL,
    # what the app is given: intents, provider rows, an earlier session's preferences
    "Landroid/content/Intent;": frozenset({"getAction", "getData", "getDataString", "getType",
                                           "getExtras", "getCategories", "getFlags",
                                           "hasExtra", "hasCategory", "getComponent",
                                           "getStringExtra", "getIntExtra", "getLongExtra",
                                           "getBooleanExtra", "getByteExtra", "getShortExtra",
                                           "getCharExtra", "getFloatExtra", "getDoubleExtra",
                                           "getBundleExtra", "getParcelableExtra",
                                           "getSerializableExtra", "getStringArrayExtra",
                                           "getIntArrayExtra", "getByteArrayExtra",
                                           "getStringArrayListExtra",
                                           "getCharSequenceExtra"}),
    "Landroid/app/Activity;": frozenset({"getIntent", "getCallingPackage",
                                         "getCallingActivity", "getReferrer"}),
    "Landroid/content/ContentResolver;": frozenset({"query"}),
    "Landroid/database/Cursor;": ALL, "Landroid/database/Cursor$Emulated;": ALL,
    "Landroid/content/SharedPreferences;": frozenset({"getString", "getInt", "getLong",
                                                      "getBoolean", "getFloat", "getAll",
                                                      "getStringSet", "contains"}),
    "Landroid/app/SharedPreferencesImpl;": frozenset({"getString", "getInt", "getLong",
                                                      "getBoolean", "getFloat", "getAll",
                                                      "getStringSet", "contains"}),
}

#: Static fields of these model classes are environment values (Build.MODEL, SDK_INT...).
ENV_STATIC_CLASSES = frozenset({"Landroid/os/Build;", "Landroid/os/Build$VERSION;"})

UNMODELED = ENV + "unmodeled:"
NULL_KEY = "explore.null"  # vm.env: (icount, provenance) of the last null a model returned
THROW_KEY = "explore.throw"  # vm.env: what to do when an environment API throws


def is_env_api(cls: str, name: str) -> bool:
    names = ENV_APIS.get(cls)
    return names is not None and (not names or name in names)


def env_of(v: Any) -> Taint:
    """The provenance tags `v` itself carries."""
    if v is None:
        return EMPTY
    t = getattr(v, "taint", None)
    if not t:
        return EMPTY
    return env_tags(t)


def _args_env(args: list[Any]) -> Taint:
    t = EMPTY
    for v in args:
        if v is not None:
            vt = getattr(v, "taint", None)
            if vt:
                t = t | env_tags(vt)
    return t


def mark(value: Any, t: Taint, *, objects: bool) -> Any:
    """`value` carrying provenance `t`: primitives and strings become tagged copies; objects and
    arrays are marked in place only when `objects` (they came from the environment)."""
    if not t or value is None:
        return value
    if value.__class__ is JObject or value.__class__ is JArray:
        if objects:
            value.taint = value.taint | t
        return value
    if isinstance(value, str | int | float):
        return tag(value, t)
    return value


def wrap_model(cls: str, key: str, fn: NativeFn) -> NativeFn:
    """`fn` returning values with provenance: `env:` + its API when it is an environment API,
    else what its receiver and arguments carry."""
    name = key.split("(", 1)[0]
    ret = key.rpartition(")")[2]
    own: Taint = frozenset({f"{ENV}{cls}->{key}"}) if is_env_api(cls, name) else EMPTY
    ctor = name == "<init>"

    def wrapped(vm: VM, args: list[Any]) -> Any:
        if own:
            try:
                r = fn(vm, args)
            except JavaThrow as exc:
                # An environment API that throws (a package not installed, no such file, no
                # network) decides the caller's path: the explorer may force it to return.
                hook = vm.env.get(THROW_KEY)
                if hook is None:
                    raise
                r = hook(vm, exc, own, ret)
        else:
            r = fn(vm, args)
        t = _args_env(args) | own if args else own
        if not t:
            return r
        if ctor and args:
            mark(args[0], t, objects=True)  # the object under construction
        elif r is None:
            vm.env[NULL_KEY] = (vm.icount, t)  # null carries no tags: the next move-result asks
        return mark(r, t, objects=bool(own))

    if getattr(fn, "own_contract", False):  # the model applies the catalog itself (registry)
        setattr(wrapped, "own_contract", True)  # noqa: B010
    return wrapped


def wrap_unmodeled(sig: str, fn: NativeFn) -> NativeFn:
    """An unmodeled framework call: its default answer is an environment value."""
    own: Taint = frozenset({UNMODELED + sig})

    def wrapped(vm: VM, args: list[Any]) -> Any:
        t = own | _args_env(args)
        r = fn(vm, args)
        if r is None:
            vm.env[NULL_KEY] = (vm.icount, t)
        return mark(r, t, objects=True)

    return wrapped


class ExploringNatives(Natives):
    """The framework models with provenance (`wrap_model`); static fields of the environment
    classes come tagged."""

    def __init__(self, base: Natives) -> None:
        super().__init__(classes=base.classes, methods=base.methods, by_name=base.by_name,
                         static_fields=_tagged_statics(base.static_fields), sources=base.sources,
                         sinks=base.sinks, listener_types=base.listener_types, wrap=base.wrap)
        self._wrapped: dict[tuple[str, str], NativeFn] = {}

    def lookup(self, cls: str, key: str, name: str) -> NativeFn | None:
        hit = self._wrapped.get((cls, key))
        if hit is not None:
            return hit
        fn = super().lookup(cls, key, name)
        if fn is None:
            return None
        w = wrap_model(cls, key, fn)
        self._wrapped[(cls, key)] = w
        return w


def _tagged_statics(fields: dict[str, Any]) -> dict[str, Any]:
    out = dict(fields)
    for key, val in fields.items():
        cls = key.split("->", 1)[0]
        if cls not in ENV_STATIC_CLASSES:
            continue
        t: Taint = frozenset({f"{ENV}{key}"})
        if callable(val):
            out[key] = _tagging_factory(val, t)
        else:
            out[key] = mark(val, t, objects=False)
    return out


def _tagging_factory(make: Callable[[VM], Any], t: Taint) -> Callable[[VM], Any]:
    def made(vm: VM) -> Any:
        return mark(make(vm), t, objects=True)

    return made


def exploring_natives(base: Natives) -> Natives:
    return ExploringNatives(base)
