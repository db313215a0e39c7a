"""`android.os`: Bundle, Handler/Looper/Message, AsyncTask, Binder, Parcel, Build,
SystemClock, Environment, Process.

Handler messages and `AsyncTask` work are queued like threads (`run_later`) and run in FIFO
order after each event.
"""

from __future__ import annotations

from typing import Any

from dexlego.emulator.device import APP_UID, BUILD, BUILD_VERSION, SUPPORTED_ABIS, SYSTEM_PROPERTIES
from dexlego.emulator.framework.common import box, enum_constants, jstr, unbox
from dexlego.emulator.framework.java.lang import _current, run_later
from dexlego.emulator.framework.registry import method, model_class, static_field
from dexlego.emulator.taint import tag, taint_of
from dexlego.emulator.vm.interp import JavaThrow
from dexlego.emulator.vm.machine import VM
from dexlego.emulator.vm.objects import JArray, JObject

OBJ = "Ljava/lang/Object;"
TH = "Ljava/lang/Thread;"

AT = "Landroid/os/AsyncTask;"
model_class(AT)
H = "Landroid/os/Handler;"
model_class(H)
model_class("Landroid/os/Handler$Callback;", interface=True)
model_class("Landroid/os/Looper;")
MSG = "Landroid/os/Message;"
model_class(MSG, OBJ, ("Landroid/os/Parcelable;",))
model_class("Landroid/os/Parcelable;", interface=True)
model_class("Landroid/os/HandlerThread;", TH)


# -- AsyncTask ------------------------------------------------------------------------------


@method(AT, "<init>")
def _at_init(vm: VM, a: list[Any]) -> Any:
    return None


@method(AT, "execute", "executeOnExecutor")
def _at_execute(vm: VM, a: list[Any]) -> Any:
    task = a[0]
    params = a[-1] if isinstance(a[-1], JArray) else JArray("[Ljava/lang/Object;", [])
    st = _at_state(task)
    if st["status"] != "PENDING":
        raise vm.throwable("Ljava/lang/IllegalStateException;",
                           "Cannot execute task: the task is already running.")  # fmt: skip
    st["status"] = "RUNNING"
    vm.call_virtual(task, "onPreExecute()V", [])

    def run() -> None:
        try:
            r = vm.call_virtual(task, "doInBackground([Ljava/lang/Object;)Ljava/lang/Object;", [params])
        except JavaThrow as t:
            st.update(done=True, error=t.obj)
            raise
        st.update(done=True, result=r)
        vm.call_virtual(task, "onPostExecute(Ljava/lang/Object;)V", [r])
        st["status"] = "FINISHED"

    vm.tasks.append(run)
    return task


def _at_state(task: JObject) -> dict[str, Any]:
    st = task.fields.get("$async")
    if not isinstance(st, dict):
        st = task.fields["$async"] = {"status": "PENDING", "done": False, "result": None, "error": None}
    return st


@method(AT, "get")
def _at_get(vm: VM, a: list[Any]) -> Any:
    """AsyncTask.get([timeout, unit]): waits for doInBackground and returns its result
    (ExecutionException if it threw; a task never executed makes get() wait forever, or time
    out)."""
    from dexlego.emulator.errors import ThreadBlocked

    st = _at_state(a[0])
    if not st["done"] and st["status"] == "RUNNING":
        vm.run_tasks()  # the waiting thread lets the worker run
    if st["error"] is not None:
        raise vm.throwable("Ljava/util/concurrent/ExecutionException;", None, st["error"])
    if st["done"]:
        return st["result"]
    if len(a) > 1:
        raise vm.throwable("Ljava/util/concurrent/TimeoutException;")
    raise ThreadBlocked("AsyncTask.get()")


ATS = "Landroid/os/AsyncTask$Status;"
model_class(ATS, "Ljava/lang/Enum;")


enum_constants(ATS, ("PENDING", "RUNNING", "FINISHED"))


@method(AT, "getStatus")
def _at_status(vm: VM, a: list[Any]) -> Any:
    """AsyncTask.getStatus: the AsyncTask.Status constant (the same object sget reads)."""
    from reassembler.dex.model import FieldRef

    name = _at_state(a[0])["status"]
    return vm.get_static(FieldRef(ATS, name, ATS))


@method(AT, "publishProgress")
def _at_progress(vm: VM, a: list[Any]) -> Any:
    vm.call_virtual(a[0], "onProgressUpdate([Ljava/lang/Object;)V", [a[1]])
    return None


@method(AT, "onPreExecute", "onPostExecute", "onProgressUpdate", "onCancelled")
def _at_noop(vm: VM, a: list[Any]) -> Any:
    return None


@method(AT, "cancel", "isCancelled")
def _at_cancel(vm: VM, a: list[Any]) -> Any:
    return False


@method(AT, "execute(Ljava/lang/Runnable;)V")
def _at_execute_runnable(vm: VM, a: list[Any]) -> Any:
    run_later(vm, a[0], "run()V")
    return None


# -- Handler / Looper / Message -------------------------------------------------------------


@method(H, "<init>")
def _handler_init(vm: VM, a: list[Any]) -> Any:
    cb = next((v for v in a[1:] if isinstance(v, JObject)
               and vm.instance_of(v, "Landroid/os/Handler$Callback;")), None)  # fmt: skip
    a[0].native = {"callback": cb}
    return None


def _dispatch(vm: VM, handler: JObject, msg: JObject) -> None:
    cb = msg.fields.get("callback")
    if isinstance(cb, JObject):
        vm.call_virtual(cb, "run()V", [])
        return
    st = handler.native if isinstance(handler.native, dict) else {}
    hcb = st.get("callback")
    if hcb is not None and vm.call_virtual(hcb, "handleMessage(Landroid/os/Message;)Z", [msg]):
        return
    vm.call_virtual(handler, "handleMessage(Landroid/os/Message;)V", [msg])


def send(vm: VM, handler: JObject, msg: JObject) -> None:
    vm.tasks.append(lambda: _dispatch(vm, handler, msg))


@method(H, "post", "postDelayed", "postAtTime", "postAtFrontOfQueue")
def _post(vm: VM, a: list[Any]) -> Any:
    run_later(vm, a[1], "run()V")
    return True


@method(H, "sendMessage", "sendMessageDelayed", "sendMessageAtTime", "sendMessageAtFrontOfQueue")
def _send_message(vm: VM, a: list[Any]) -> Any:
    a[1].fields["target"] = a[0]
    send(vm, a[0], a[1])
    return True


@method(H, "sendEmptyMessage", "sendEmptyMessageDelayed", "sendEmptyMessageAtTime")
def _send_empty(vm: VM, a: list[Any]) -> Any:
    msg = _new_message(vm, a[0], a[1])
    send(vm, a[0], msg)
    return True


def _new_message(vm: VM, handler: Any, what: Any = 0, obj: Any = None) -> JObject:
    msg = vm.new_object(MSG)
    msg.fields.update({"what": what or 0, "obj": obj, "arg1": 0, "arg2": 0, "target": handler})
    return msg


@method(H, "obtainMessage")
def _obtain_message(vm: VM, a: list[Any]) -> Any:
    msg = _new_message(vm, a[0])
    rest = a[1:]
    if rest:
        msg.fields["what"] = rest[0]
    if len(rest) == 2:
        msg.fields["obj"] = rest[1]
    elif len(rest) >= 3:
        msg.fields["arg1"], msg.fields["arg2"] = rest[1], rest[2]
        if len(rest) == 4:
            msg.fields["obj"] = rest[3]
    return msg


@method(H, "dispatchMessage")
def _dispatch_message(vm: VM, a: list[Any]) -> Any:
    _dispatch(vm, a[0], a[1])
    return None


@method(H, "handleMessage", "removeCallbacks", "removeMessages", "removeCallbacksAndMessages")
def _handler_noop(vm: VM, a: list[Any]) -> Any:
    return None


@method(H, "hasMessages")
def _has_messages(vm: VM, a: list[Any]) -> Any:
    return False


@method(H, "getLooper")
def _handler_looper(vm: VM, a: list[Any]) -> Any:
    return _looper(vm, [])


@method(MSG, "obtain")
def _msg_obtain(vm: VM, a: list[Any]) -> Any:
    """Message.obtain's overloads (AOSP Message.java): (), (Message) copies, (Handler[, Runnable]),
    (Handler, what[, obj]), (Handler, what, arg1, arg2[, obj]); the handler may be null."""
    if len(a) == 1 and isinstance(a[0], JObject) and vm.instance_of(a[0], MSG):
        msg = vm.new_object(MSG)
        msg.fields.update(a[0].fields)
        return msg
    handler = a[0] if a and isinstance(a[0], JObject) else None
    rest = a[1:]
    msg = _new_message(vm, handler)
    if rest:
        if isinstance(rest[0], int):
            msg.fields["what"] = rest[0]
        elif isinstance(rest[0], JObject) and vm.instance_of(rest[0], "Ljava/lang/Runnable;"):
            msg.fields["callback"] = rest[0]
    if len(rest) == 2:
        msg.fields["obj"] = rest[1]
    elif len(rest) >= 3:
        msg.fields["arg1"], msg.fields["arg2"] = rest[1], rest[2]
        if len(rest) == 4:
            msg.fields["obj"] = rest[3]
    return msg


@method(MSG, "<init>")
def _msg_init(vm: VM, a: list[Any]) -> Any:
    a[0].fields.update({"what": 0, "obj": None, "arg1": 0, "arg2": 0})
    return None


@method(MSG, "sendToTarget")
def _msg_send(vm: VM, a: list[Any]) -> Any:
    h = a[0].fields.get("target")
    if isinstance(h, JObject):
        send(vm, h, a[0])
    return None


@method(MSG, "setData")
def _msg_set_data(vm: VM, a: list[Any]) -> Any:
    a[0].fields["data"] = a[1]
    return None


@method(MSG, "getData", "peekData")
def _msg_get_data(vm: VM, a: list[Any]) -> Any:
    d = a[0].fields.get("data")
    if d is None:
        d = a[0].fields["data"] = vm.new_object("Landroid/os/Bundle;", {})
    return d


@method(MSG, "getTarget")
def _msg_target(vm: VM, a: list[Any]) -> Any:
    return a[0].fields.get("target")


@method("Landroid/os/Looper;", "getMainLooper", "myLooper")
def _looper(vm: VM, a: list[Any]) -> Any:
    lp = vm.env.get("main_looper")
    if lp is None:
        lp = vm.env["main_looper"] = vm.new_object("Landroid/os/Looper;")
    return lp


@method("Landroid/os/Looper;", "prepare", "loop", "quit", "prepareMainLooper")
def _looper_noop(vm: VM, a: list[Any]) -> Any:
    vm.run_tasks()
    return None


@method("Landroid/os/Looper;", "getThread")
def _looper_thread(vm: VM, a: list[Any]) -> Any:
    return _current(vm, [])
model_class("Landroid/os/IBinder;", interface=True)
model_class("Landroid/os/Binder;", OBJ, ("Landroid/os/IBinder;",))


# -- Binder and Messenger: the binder a bound service returns, used in the same process ----------
# AOSP Binder.java: attachInterface(owner, descriptor) makes queryLocalInterface(descriptor) return
# owner (so an AIDL Stub.asInterface hands the caller the service's own object), and transact()
# calls onTransact() (a proxy's call reaches the stub). Messenger.java: a Messenger wraps a Handler
# (Messenger(Handler)), its binder (getBinder) gives the same Handler back (Messenger(IBinder)),
# and send(msg) delivers msg to that Handler's handleMessage on its looper.
BINDER = "Landroid/os/Binder;"
MESSENGER = "Landroid/os/Messenger;"
model_class("Landroid/os/IInterface;", interface=True)
model_class("Landroid/util/AndroidException;", "Ljava/lang/Exception;")
model_class("Landroid/os/RemoteException;", "Landroid/util/AndroidException;")
model_class("Landroid/os/DeadObjectException;", "Landroid/os/RemoteException;")
model_class(MESSENGER, OBJ, ("Landroid/os/Parcelable;",))


def _binder_state(o: JObject) -> dict[str, Any]:
    """Binder state lives in fields (app subclasses of Binder keep their own `native`)."""
    st: dict[str, Any] = o.fields.setdefault("$binder", {})
    return st


@method(BINDER, "<init>")
def _binder_init(vm: VM, a: list[Any]) -> Any:
    return None


@method(BINDER, "attachInterface")
def _attach_interface(vm: VM, a: list[Any]) -> Any:
    _binder_state(a[0])["local"] = (a[1], a[2])
    return None


@method(BINDER, "queryLocalInterface")
def _query_local_interface(vm: VM, a: list[Any]) -> Any:
    owner, desc = _binder_state(a[0]).get("local", (None, None))
    return owner if desc is not None and desc == a[1] else None


@method(BINDER, "getInterfaceDescriptor")
def _interface_descriptor(vm: VM, a: list[Any]) -> Any:
    return _binder_state(a[0]).get("local", (None, None))[1]


@method(BINDER, "transact")
def _transact(vm: VM, a: list[Any]) -> Any:
    data = a[2]
    if isinstance(data, JObject) and isinstance(data.native, dict):
        data.native["pos"] = 0  # the receiving side reads the parcel from its start
    key = "onTransact(ILandroid/os/Parcel;Landroid/os/Parcel;I)Z"
    if vm.find_virtual(a[0], key) is None:
        return False
    r = vm.call_virtual(a[0], key, [a[1], data, a[3], a[4]])
    if isinstance(a[3], JObject) and isinstance(a[3].native, dict):
        a[3].native["pos"] = 0  # and the caller reads the reply from its start
    return r


@method(BINDER, "pingBinder", "isBinderAlive")
def _binder_alive(vm: VM, a: list[Any]) -> Any:
    return True


@method(BINDER, "linkToDeath", "unlinkToDeath")
def _binder_death(vm: VM, a: list[Any]) -> Any:
    return True


@method(MESSENGER, "<init>")
def _messenger_init(vm: VM, a: list[Any]) -> Any:
    target = a[1]
    if isinstance(target, JObject) and vm.instance_of(target, H):
        a[0].native = {"handler": target}
    elif isinstance(target, JObject):  # Messenger(IBinder): the binder of another Messenger
        a[0].native = {"handler": _binder_state(target).get("handler")}
    return None


@method(MESSENGER, "getBinder")
def _messenger_binder(vm: VM, a: list[Any]) -> Any:
    st = a[0].native if isinstance(a[0].native, dict) else {}
    binder = st.get("binder")
    if binder is None:
        binder = st["binder"] = vm.new_object(BINDER)
        _binder_state(binder)["handler"] = st.get("handler")
        a[0].native = st
    return binder


@method(MESSENGER, "send")
def _messenger_send(vm: VM, a: list[Any]) -> Any:
    handler = a[0].native.get("handler") if isinstance(a[0].native, dict) else None
    if not isinstance(handler, JObject):
        raise vm.throwable("Landroid/os/DeadObjectException;", "Messenger without a target")
    a[1].fields["target"] = handler
    send(vm, handler, a[1])
    return None
B = "Landroid/os/Bundle;"
model_class("Landroid/os/BaseBundle;")
model_class(B, "Landroid/os/BaseBundle;", ("Landroid/os/Parcelable;",))


# -- Bundle ---------------------------------------------------------------------------------


def bundle_map(b: JObject) -> dict[str, Any]:
    if not isinstance(b.native, dict):
        b.native = {}
    d: dict[str, Any] = b.native
    return d


def new_bundle(vm: VM, values: dict[str, Any] | None = None) -> JObject:
    return vm.new_object(B, dict(values or {}))


@method(B, "<init>")
def _bundle_init(vm: VM, a: list[Any]) -> Any:
    a[0].native = {}
    if len(a) > 1 and isinstance(a[1], JObject) and isinstance(a[1].native, dict):
        a[0].native = dict(a[1].native)
    return None


@method(B, "putString", "putInt", "putLong", "putBoolean", "putDouble", "putFloat",
        "putStringArray", "putStringArrayList", "putParcelable", "putSerializable",
        "putCharSequence", "putIntArray", "putByteArray", "putBundle", "putChar", "putShort",
        "putByte", "putParcelableArrayList", "putIntegerArrayList", "putCharArray",
        "putLongArray", "putBinder", "putParcelableArray")  # fmt: skip
def _bundle_put(vm: VM, a: list[Any]) -> Any:
    bundle_map(a[0])[str(a[1])] = a[2]
    return None


@method(B, "get")
def _bundle_get_any(vm: VM, a: list[Any]) -> Any:
    v = bundle_map(a[0]).get(str(a[1]))
    if isinstance(v, int | float):
        return box(vm, v, "I" if isinstance(v, int) else "D")
    return v


@method(B, "getString", "getStringArray", "getStringArrayList", "getParcelable",
        "getSerializable", "getCharSequence", "getIntArray", "getByteArray", "getBundle",
        "getParcelableArrayList", "getIntegerArrayList", "getCharArray", "getLongArray",
        "getBinder", "getParcelableArray")  # fmt: skip
def _bundle_get(vm: VM, a: list[Any]) -> Any:
    v = bundle_map(a[0]).get(str(a[1]))
    if v is None and len(a) > 2:
        return a[2]
    return v


@method(B, "getInt", "getLong", "getBoolean", "getDouble", "getFloat", "getChar", "getShort",
        "getByte")  # fmt: skip
def _bundle_get_prim(vm: VM, a: list[Any]) -> Any:
    v = bundle_map(a[0]).get(str(a[1]))
    if v is None:
        return a[2] if len(a) > 2 else 0
    return unbox(v)


@method(B, "containsKey")
def _bundle_has(vm: VM, a: list[Any]) -> Any:
    return str(a[1]) in bundle_map(a[0])


@method(B, "remove")
def _bundle_remove(vm: VM, a: list[Any]) -> Any:
    bundle_map(a[0]).pop(str(a[1]), None)
    return None


@method(B, "keySet")
def _bundle_keys(vm: VM, a: list[Any]) -> Any:
    return vm.new_object("Ljava/util/HashSet;", {k: (k, k) for k in bundle_map(a[0])})


@method(B, "size")
def _bundle_size(vm: VM, a: list[Any]) -> Any:
    return len(bundle_map(a[0]))


@method(B, "isEmpty")
def _bundle_empty(vm: VM, a: list[Any]) -> Any:
    return not bundle_map(a[0])


@method(B, "putAll")
def _bundle_put_all(vm: VM, a: list[Any]) -> Any:
    if isinstance(a[1], JObject):
        bundle_map(a[0]).update(bundle_map(a[1]))
    return None


@method(B, "clear")
def _bundle_clear(vm: VM, a: list[Any]) -> Any:
    bundle_map(a[0]).clear()
    return None


@method(B, "setClassLoader")
def _bundle_noop(vm: VM, a: list[Any]) -> Any:
    return None


@method(B, "toString()Ljava/lang/String;")
def _bundle_str(vm: VM, a: list[Any]) -> Any:
    parts = [f"{k}={jstr(vm, v)}" for k, v in bundle_map(a[0]).items()]
    s = "Bundle[{" + ", ".join(parts) + "}]"
    t = frozenset().union(*(taint_of(p) for p in parts)) if parts else frozenset()
    return tag(s, t)
model_class("Landroid/os/Build;")
model_class("Landroid/os/Build$VERSION;")
model_class("Landroid/os/SystemClock;")
model_class("Landroid/os/Environment;")
model_class("Landroid/os/Process;")
model_class("Landroid/os/Parcel;")


# What an app sees of the device (dexlego.emulator.device: a Pixel 3 on Android 10).
for _k, _v in BUILD.items():
    static_field("Landroid/os/Build;", _k, _v)
for _k, _v in BUILD_VERSION.items():
    static_field("Landroid/os/Build$VERSION;", _k, _v)
static_field("Landroid/os/Build;", "SUPPORTED_ABIS",
             lambda vm: JArray("[Ljava/lang/String;", list(SUPPORTED_ABIS)))
static_field("Landroid/os/Build;", "SUPPORTED_64_BIT_ABIS",
             lambda vm: JArray("[Ljava/lang/String;", list(SUPPORTED_ABIS[:1])))
static_field("Landroid/os/Build;", "SUPPORTED_32_BIT_ABIS",
             lambda vm: JArray("[Ljava/lang/String;", list(SUPPORTED_ABIS[1:])))


@method("Landroid/os/Build;", "getSerial", "getRadioVersion")
def _serial(vm: VM, a: list[Any]) -> Any:
    name = vm.cur_native.name if vm.cur_native is not None else "getSerial"
    return BUILD["SERIAL"] if name == "getSerial" else BUILD["RADIO"]


# -- SystemProperties (hidden API, reached by reflection): the device's getprop table ----------

SP = "Landroid/os/SystemProperties;"
model_class(SP)
_TRUE = ("1", "y", "yes", "on", "true")
_FALSE = ("0", "n", "no", "off", "false")


@method(SP, "get")
def _sp_get(vm: VM, a: list[Any]) -> Any:
    """SystemProperties.get(key[, def]): "" (or def) for an unset property."""
    v = SYSTEM_PROPERTIES.get(str(a[0]))
    return v if v else (a[1] if len(a) > 1 and a[1] is not None else "")


@method(SP, "getInt", "getLong")
def _sp_int(vm: VM, a: list[Any]) -> Any:
    v = SYSTEM_PROPERTIES.get(str(a[0]))
    try:
        return int(v, 0) if v else a[1]
    except ValueError:
        return a[1]


@method(SP, "getBoolean")
def _sp_bool(vm: VM, a: list[Any]) -> Any:
    v = (SYSTEM_PROPERTIES.get(str(a[0])) or "").lower()
    return True if v in _TRUE else False if v in _FALSE else bool(a[1])


@method(SP, "set")
def _sp_set(vm: VM, a: list[Any]) -> Any:
    """An app may not set system properties (SELinux denies it): RuntimeException."""
    raise vm.throwable("Ljava/lang/RuntimeException;", f"failed to set system property {a[0]}")


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
    return APP_UID


@method("Landroid/os/Process;", "killProcess", "setThreadPriority")
def _kill(vm: VM, a: list[Any]) -> Any:
    return None


@method("Landroid/os/Environment;", "getExternalStorageDirectory", "getDataDirectory",
        "getDownloadCacheDirectory", "getExternalStoragePublicDirectory", "getRootDirectory")  # fmt: skip
def _ext_dir(vm: VM, a: list[Any]) -> Any:
    from dexlego.emulator.framework.java.io import new_file

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
    from dexlego.emulator.framework.java.io import blobs
    from dexlego.emulator.taint import deep_taint
    from dexlego.emulator.vm.objects import JArray

    items = list(a[0].native["items"])
    arr = JArray("[B", [0] * (4 * len(items)))
    arr.taint = deep_taint(a[0])
    blobs(vm)[id(arr)] = (arr, items)
    return arr


@method("Landroid/os/Parcel;", "unmarshall")
def _parcel_unmarshall(vm: VM, a: list[Any]) -> Any:
    from dexlego.emulator.framework.java.io import blobs

    blob = blobs(vm).get(id(a[1]))
    if blob is not None and blob[0] is a[1]:
        a[0].native["items"].extend(blob[1])
    return None


@method("Landroid/os/Parcel;", "writeParcelable")
def _parcel_write_parcelable(vm: VM, a: list[Any]) -> Any:
    a[0].native["items"].append(a[1])
    return None
