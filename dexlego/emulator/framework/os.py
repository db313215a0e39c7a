"""android.util.Log (sink), Build, SystemClock, Environment, Process, Parcel."""

from __future__ import annotations

from typing import Any

from dexlego.emulator.framework.registry import method, model_class, static_field
from dexlego.emulator.framework.util import sink
from dexlego.emulator.vm.machine import VM

LOG = "Landroid/util/Log;"
model_class(LOG)
model_class("Landroid/os/Build;")
model_class("Landroid/os/Build$VERSION;")
model_class("Landroid/os/SystemClock;")
model_class("Landroid/os/Environment;")
model_class("Landroid/os/Process;")
model_class("Landroid/os/Parcel;")


def _mk(level: str) -> None:
    sig = f"{LOG}->{level}(Ljava/lang/String;Ljava/lang/String;)I"

    @method(LOG, level, f"{level}(Ljava/lang/String;Ljava/lang/String;)I")
    def _log(vm: VM, a: list[Any]) -> Any:
        sink(vm, sig, *a[:2])
        logs: list[tuple[str, Any, Any]] = vm.env.setdefault("logcat", [])
        if len(logs) < 1000:
            logs.append((level, a[0] if a else None, a[1] if len(a) > 1 else None))
        return 1


for _lvl in ("v", "d", "i", "w", "e", "wtf", "println"):
    _mk(_lvl)


@method(LOG, "isLoggable")
def _loggable(vm: VM, a: list[Any]) -> Any:
    return True


@method(LOG, "getStackTraceString")
def _stack_string(vm: VM, a: list[Any]) -> Any:
    return ""


# A Pixel 3 on Android 10: what an app sees of the hardware.
for _k, _v in {
    "MODEL": "Pixel 3", "MANUFACTURER": "Google", "BRAND": "google", "DEVICE": "blueline",
    "PRODUCT": "blueline", "HARDWARE": "blueline", "BOARD": "blueline",
    "FINGERPRINT": "google/blueline/blueline:10/QQ3A.200805.001/6578210:user/release-keys",
    "SERIAL": "8ABX0Y123", "TAGS": "release-keys", "TYPE": "user", "HOST": "abfarm",
    "ID": "QQ3A.200805.001", "DISPLAY": "QQ3A.200805.001", "USER": "android-build",
    "BOOTLOADER": "b1c1-0.3-6623201", "RADIO": "g845-00107-200702-B-6616938",
    "CPU_ABI": "arm64-v8a", "CPU_ABI2": "",
}.items():  # fmt: skip
    static_field("Landroid/os/Build;", _k, _v)
static_field("Landroid/os/Build$VERSION;", "SDK_INT", 29)
static_field("Landroid/os/Build$VERSION;", "RELEASE", "10")
static_field("Landroid/os/Build$VERSION;", "SDK", "29")
static_field("Landroid/os/Build$VERSION;", "INCREMENTAL", "6578210")
static_field("Landroid/os/Build$VERSION;", "CODENAME", "REL")


@method("Landroid/os/Build;", "getSerial", "getRadioVersion")
def _serial(vm: VM, a: list[Any]) -> Any:
    return "8ABX0Y123"


@method("Landroid/os/SystemClock;", "uptimeMillis", "elapsedRealtime", "currentThreadTimeMillis")
def _uptime(vm: VM, a: list[Any]) -> Any:
    return 3_600_000 + vm.icount // 1000


@method("Landroid/os/SystemClock;", "sleep")
def _sleep(vm: VM, a: list[Any]) -> Any:
    return None


@method("Landroid/os/Process;", "myPid", "myTid")
def _pid(vm: VM, a: list[Any]) -> Any:
    return 4242


@method("Landroid/os/Process;", "myUid")
def _uid(vm: VM, a: list[Any]) -> Any:
    return 10123


@method("Landroid/os/Process;", "killProcess", "setThreadPriority")
def _kill(vm: VM, a: list[Any]) -> Any:
    return None


@method("Landroid/os/Environment;", "getExternalStorageDirectory", "getDataDirectory",
        "getDownloadCacheDirectory", "getExternalStoragePublicDirectory", "getRootDirectory")  # fmt: skip
def _ext_dir(vm: VM, a: list[Any]) -> Any:
    from dexlego.emulator.framework.io import new_file

    return new_file(vm, "/sdcard")


@method("Landroid/os/Environment;", "getExternalStorageState")
def _ext_state(vm: VM, a: list[Any]) -> Any:
    return "mounted"


# -- Parcel: a FIFO of values, so Parcelable round trips keep tags --------------------------


@method("Landroid/os/Parcel;", "obtain")
def _parcel(vm: VM, a: list[Any]) -> Any:
    return vm.new_object("Landroid/os/Parcel;", {"items": [], "pos": 0})


@method("Landroid/os/Parcel;", "writeString", "writeInt", "writeLong", "writeDouble",
        "writeFloat", "writeByte", "writeValue", "writeParcelable", "writeBundle",
        "writeStringArray", "writeIntArray", "writeSerializable", "writeStrongBinder",
        "writeTypedList", "writeList", "writeStringList", "writeByteArray")  # fmt: skip
def _parcel_write(vm: VM, a: list[Any]) -> Any:
    a[0].native["items"].append(a[1])
    return None


@method("Landroid/os/Parcel;", "readString", "readInt", "readLong", "readDouble", "readFloat",
        "readByte", "readValue", "readParcelable", "readBundle", "readSerializable",
        "createStringArray", "createIntArray", "readStrongBinder", "createByteArray",
        "createStringArrayList")  # fmt: skip
def _parcel_read(vm: VM, a: list[Any]) -> Any:
    st = a[0].native
    if st["pos"] < len(st["items"]):
        v = st["items"][st["pos"]]
        st["pos"] += 1
        return v
    return None


@method("Landroid/os/Parcel;", "setDataPosition")
def _parcel_seek(vm: VM, a: list[Any]) -> Any:
    a[0].native["pos"] = 0 if a[1] == 0 else a[0].native["pos"]
    return None


@method("Landroid/os/Parcel;", "recycle")
def _parcel_recycle(vm: VM, a: list[Any]) -> Any:
    return None


@method("Landroid/os/Parcel;", "dataSize", "dataPosition")
def _parcel_size(vm: VM, a: list[Any]) -> Any:
    return len(a[0].native["items"])


@method("Landroid/os/Parcel;", "marshall")
def _parcel_marshall(vm: VM, a: list[Any]) -> Any:
    from dexlego.emulator.framework.io import blobs
    from dexlego.emulator.taint import deep_taint
    from dexlego.emulator.vm.objects import JArray

    items = list(a[0].native["items"])
    arr = JArray("[B", [0] * (4 * len(items)))
    arr.taint = deep_taint(a[0])
    blobs(vm)[id(arr)] = (arr, items)
    return arr


@method("Landroid/os/Parcel;", "unmarshall")
def _parcel_unmarshall(vm: VM, a: list[Any]) -> Any:
    from dexlego.emulator.framework.io import blobs

    blob = blobs(vm).get(id(a[1]))
    if blob is not None and blob[0] is a[1]:
        a[0].native["items"].extend(blob[1])
    return None


@method("Landroid/os/Parcel;", "writeParcelable")
def _parcel_write_parcelable(vm: VM, a: list[Any]) -> Any:
    a[0].native["items"].append(a[1])
    return None


# -- geometry value classes (public fields) -------------------------------------------------

model_class("Landroid/graphics/PointF;")
model_class("Landroid/graphics/Point;")
model_class("Landroid/graphics/Rect;")
model_class("Landroid/graphics/RectF;")


def _fields(names: tuple[str, ...]) -> Any:
    def init(vm: VM, a: list[Any]) -> Any:
        o = a[0]
        vals = a[1:]
        if len(vals) == 1 and hasattr(vals[0], "fields"):
            o.fields.update(vals[0].fields)
            return None
        for n, v in zip(names, vals, strict=False):
            o.fields[n] = v
        for n in names[len(vals):]:
            o.fields.setdefault(n, 0)
        return None

    return init


method("Landroid/graphics/PointF;", "<init>", "set")(_fields(("x", "y")))
method("Landroid/graphics/Point;", "<init>", "set")(_fields(("x", "y")))
method("Landroid/graphics/Rect;", "<init>", "set")(_fields(("left", "top", "right", "bottom")))
method("Landroid/graphics/RectF;", "<init>", "set")(_fields(("left", "top", "right", "bottom")))
