"""`java.io`: files and streams over an in-memory file system, readers and writers,
object streams.

Files live in `vm.env["files"]`: path -> `VFile` (bytes and the tags of what was written), so
an app can write a DEX and load it, or write a secret and read it back. Writing tagged data
to a file or a socket stream is a sink.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any

from dexlego.emulator.framework.common import (
    arg_str,
    jstr,
    sink,
)
from dexlego.emulator.framework.registry import method, model_class, model_classes, own_contract, static_field
from dexlego.emulator.taint import EMPTY, Taint, tag, taint_of, union
from dexlego.emulator.vm.machine import VM
from dexlego.emulator.vm.objects import JArray, JObject, encode_utf8

OBJ = "Ljava/lang/Object;"

model_class("Ljava/io/Serializable;", interface=True)
model_class("Ljava/io/Closeable;", OBJ, ("Ljava/lang/AutoCloseable;",), interface=True)
model_classes("Ljava/io/IOException;", "Ljava/io/FileNotFoundException;", "Ljava/io/EOFException;",
              "Ljava/net/MalformedURLException;", "Ljava/net/UnknownHostException;")
model_class("Ljava/io/OutputStream;", OBJ, ("Ljava/io/Closeable;",))
model_class("Ljava/io/PrintStream;", "Ljava/io/FilterOutputStream;")
model_class("Ljava/io/FilterOutputStream;", "Ljava/io/OutputStream;")


@method("Ljava/io/PrintStream;", "println", "print", "flush", "write", "close")
def _print(vm: VM, a: list[Any]) -> Any:
    # The console of an app goes to logcat on a device; it is not counted as a sink.
    return None


@method("Ljava/io/PrintStream;", "printf", "format", "append")
def _printf(vm: VM, a: list[Any]) -> Any:
    return a[0]
F = "Ljava/io/File;"
OS = "Ljava/io/OutputStream;"
IS = "Ljava/io/InputStream;"
model_class(F, OBJ, ("Ljava/lang/Comparable;", "Ljava/io/Serializable;"))
model_class(IS, OBJ, ("Ljava/io/Closeable;",))
model_class("Ljava/io/Writer;", OBJ, ("Ljava/io/Closeable;", "Ljava/lang/Appendable;"))
model_class("Ljava/io/Reader;", OBJ, ("Ljava/io/Closeable;",))
_OUT = ("Ljava/io/FileOutputStream;", "Ljava/io/ByteArrayOutputStream;",
        "Ljava/io/BufferedOutputStream;", "Ljava/io/DataOutputStream;",
        "Ljava/io/ObjectOutputStream;", "Ljava/io/OutputStreamWriter;", "Ljava/io/BufferedWriter;",
        "Ljava/io/PrintWriter;", "Ljava/io/FileWriter;", "Ljava/io/StringWriter;",
        "Ljava/io/PrintStream;", "Ljava/util/zip/GZIPOutputStream;")  # fmt: skip
_IN = ("Ljava/io/FileInputStream;", "Ljava/io/ByteArrayInputStream;",
       "Ljava/io/BufferedInputStream;", "Ljava/io/DataInputStream;", "Ljava/io/ObjectInputStream;",
       "Ljava/io/InputStreamReader;", "Ljava/io/BufferedReader;", "Ljava/io/FileReader;",
       "Ljava/io/StringReader;", "Landroid/content/res/AssetManager$AssetInputStream;")  # fmt: skip
for _c in _OUT:
    if _c != "Ljava/io/PrintStream;":
        model_class(_c, "Ljava/io/Writer;" if "Writer" in _c else OS)
for _c in _IN:
    model_class(_c, "Ljava/io/Reader;" if "Reader" in _c else IS)
model_class("Ljava/io/FileDescriptor;")
static_field(F, "separator", "/")
static_field(F, "separatorChar", ord("/"))
static_field(F, "pathSeparator", ":")
static_field(F, "pathSeparatorChar", ord(":"))


@dataclass
class VFile:
    data: bytearray = field(default_factory=bytearray)
    taint: Taint = EMPTY


def files(vm: VM) -> dict[str, VFile]:
    fs: dict[str, VFile] = vm.env.setdefault("files", {})
    return fs


def app_dir(vm: VM) -> str:
    return f"/data/data/{vm.env.get('package', 'app')}"


def new_file(vm: VM, path: str) -> JObject:
    f = vm.new_object(F, path)
    f.taint = taint_of(path)
    return f


def _norm(path: str) -> str:
    parts: list[str] = []
    for p in path.split("/"):
        if p in ("", "."):
            continue
        if p == "..":
            if parts:
                parts.pop()
            continue
        parts.append(p)
    return "/" + "/".join(parts)


def _path(v: Any) -> str:
    if isinstance(v, JObject) and v.cls.name == F:
        return str(v.native)
    return str(arg_str(v) or "")


# -- File -----------------------------------------------------------------------------------


@method(F, "<init>")
def _file_init(vm: VM, a: list[Any]) -> Any:
    if len(a) == 3:
        parent = _path(a[1]) if a[1] is not None else ""
        path = f"{parent}/{a[2]}"
    else:
        path = _path(a[1])
    if not path.startswith("/"):
        path = f"{app_dir(vm)}/{path}"
    a[0].native = _norm(path)
    a[0].taint = union(a[1], a[2] if len(a) > 2 else None)
    return None


@method(F, "getPath", "getAbsolutePath", "getCanonicalPath", "toString")
def _file_path(vm: VM, a: list[Any]) -> Any:
    return tag(a[0].native, a[0].taint)


@method(F, "getName")
def _file_name(vm: VM, a: list[Any]) -> Any:
    return a[0].native.rsplit("/", 1)[-1]


@method(F, "getParent")
def _file_parent(vm: VM, a: list[Any]) -> Any:
    return a[0].native.rsplit("/", 1)[0] or "/"


@method(F, "getParentFile", "getAbsoluteFile", "getCanonicalFile")
def _file_parent_file(vm: VM, a: list[Any]) -> Any:
    return new_file(vm, a[0].native.rsplit("/", 1)[0] or "/")


@method(F, "exists", "isFile", "canRead")
def _file_exists(vm: VM, a: list[Any]) -> Any:
    p = a[0].native
    return p in files(vm) or any(k.startswith(p + "/") for k in files(vm))


@method(F, "isDirectory")
def _file_is_dir(vm: VM, a: list[Any]) -> Any:
    p = a[0].native
    return p not in files(vm)


@method(F, "mkdir", "mkdirs", "createNewFile", "setReadable", "setWritable", "setExecutable",
        "canWrite", "setLastModified", "setReadOnly")  # fmt: skip
def _file_true(vm: VM, a: list[Any]) -> Any:
    return True


@method(F, "delete")
def _file_delete(vm: VM, a: list[Any]) -> Any:
    return files(vm).pop(a[0].native, None) is not None


@method(F, "length")
def _file_length(vm: VM, a: list[Any]) -> Any:
    f = files(vm).get(a[0].native)
    return len(f.data) if f else 0


@method(F, "lastModified")
def _file_mtime(vm: VM, a: list[Any]) -> Any:
    return 1_700_000_000_000


@method(F, "list", "listFiles")
def _file_list(vm: VM, a: list[Any]) -> Any:
    p = a[0].native + "/"
    names = sorted({k[len(p):].split("/", 1)[0] for k in files(vm) if k.startswith(p)})
    return JArray("[Ljava/lang/String;", list(names))


@method(F, "renameTo")
def _file_rename(vm: VM, a: list[Any]) -> Any:
    fs = files(vm)
    src = fs.pop(a[0].native, None)
    if src is None:
        return False
    fs[a[1].native] = src
    return True


@method(F, "toURI", "toURL")
def _file_uri(vm: VM, a: list[Any]) -> Any:
    return vm.new_object("Ljava/net/URL;", f"file://{a[0].native}")


@method(F, "createTempFile")
def _file_temp(vm: VM, a: list[Any]) -> Any:
    n = len(files(vm))
    path = f"{app_dir(vm)}/cache/{a[0]}{n}{a[1] or '.tmp'}"
    files(vm)[path] = VFile()
    return new_file(vm, path)


# -- output streams -------------------------------------------------------------------------

FILE_SINK = "Ljava/io/FileOutputStream;->write([B)V"


def _ostate(o: JObject) -> dict[str, Any]:
    if not isinstance(o.native, dict):
        o.native = {"path": None, "target": None, "buf": bytearray(), "taint": EMPTY}
    st: dict[str, Any] = o.native
    return st


def write_object(vm: VM, o: JObject, obj: Any) -> None:
    """ObjectOutputStream.writeObject: the object itself travels along the stream chain."""
    st = _ostate(o)
    if st.get("target") is not None:
        write_object(vm, st["target"], obj)
        return
    st.setdefault("objects", []).append(obj)
    write_bytes(vm, o, b"\xac\xed", taint_of(obj) | _deep(obj), "")


def _deep(obj: Any) -> Taint:
    from dexlego.emulator.taint import deep_taint

    return deep_taint(obj)


def blobs(vm: VM) -> dict[int, tuple[JArray, list[Any]]]:
    b: dict[int, tuple[JArray, list[Any]]] = vm.env.setdefault("blobs", {})
    return b


def write_bytes(vm: VM, o: JObject, data: bytes, taint: Taint, shown: Any) -> None:
    """Write through a chain of streams to its end: a file, a buffer, a socket or a URL."""
    st = _ostate(o)
    if st.get("target") is not None:
        write_bytes(vm, st["target"], data, taint, shown)
        return
    path = st.get("path")
    if path is not None:
        if taint:
            sink(vm, FILE_SINK, tag(shown if isinstance(shown, str) else data.decode("latin-1"),
                                    taint))  # fmt: skip
        f = files(vm).setdefault(path, VFile())
        f.data += data
        f.taint = f.taint | taint
        return
    if st.get("net") is not None:
        if taint:
            sink(vm, st["net"], tag(data.decode("latin-1"), taint))
        return
    st["buf"] += data
    st["taint"] = st["taint"] | taint
    o.taint = o.taint | taint


def _bytes_of(v: Any, off: int = 0, n: int | None = None) -> tuple[bytes, Taint]:
    if isinstance(v, JArray):
        data = v.data[off:] if n is None else v.data[off : off + n]
        return bytes(x & 0xFF for x in data), v.taint | union(*data)
    if isinstance(v, int):
        return bytes([v & 0xFF]), taint_of(v)
    s = arg_str(v) or ""
    return encode_utf8(s), taint_of(s)


for _c in _OUT:

    @method(_c, "<init>")
    @own_contract
    def _out_init(vm: VM, a: list[Any]) -> Any:
        o = a[0]
        st = _ostate(o)
        first = a[1] if len(a) > 1 else None
        cls = o.cls.name
        if isinstance(first, JObject) and vm.instance_of(first, OS) or (
            isinstance(first, JObject) and vm.instance_of(first, "Ljava/io/Writer;")
        ):
            st["target"] = first
        elif first is not None and cls in ("Ljava/io/FileOutputStream;", "Ljava/io/FileWriter;",
                                           "Ljava/io/PrintWriter;", "Ljava/io/PrintStream;"):  # fmt: skip
            path = _path(first)
            if not path.startswith("/"):
                path = f"{app_dir(vm)}/{path}"
            append = len(a) > 2 and a[2] == 1
            fs = files(vm)
            if not append or path not in fs:
                fs[path] = VFile()
            st["path"] = path
        return None

    @method(_c, "writeObject")
    @own_contract
    def _out_write_object(vm: VM, a: list[Any]) -> Any:
        write_object(vm, a[0], a[1])
        return None

    @method(_c, "write", "print", "println", "append", "writeBytes", "writeUTF", "writeChars",
            "writeInt", "writeLong", "format", "printf")  # fmt: skip
    def _out_write(vm: VM, a: list[Any]) -> Any:
        o = a[0]
        newline = vm.cur_native is not None and vm.cur_native.name == "println"
        if len(a) == 1:
            data, t, shown = b"\n", EMPTY, "\n"
        else:
            v = a[1]
            if isinstance(v, JArray) and v.type in ("[B", "[C"):
                off = a[2] if len(a) > 3 else 0
                n = a[3] if len(a) > 3 else None
                if v.type == "[C":
                    s = "".join(chr(c) for c in (v.data[off:] if n is None else v.data[off:off + n]))
                    data, t = encode_utf8(s), v.taint | union(*v.data)
                else:
                    data, t = _bytes_of(v, off, n)
                shown = data.decode("latin-1")
            elif isinstance(v, int) and len(a) == 2 and "Writer" not in o.cls.name:
                data, t = bytes([v & 0xFF]), taint_of(v)
                shown = data.decode("latin-1")
            else:
                s = jstr(vm, v) if not isinstance(v, int) else str(v)
                if len(a) > 3 and isinstance(a[2], int) and isinstance(s, str):
                    s = tag(s[a[2] : a[2] + a[3]], taint_of(s))
                data, t, shown = encode_utf8(s), taint_of(s) | union(v), s
        if newline:
            data += b"\n"
        write_bytes(vm, o, data, t, shown)
        return o if o.cls.name.endswith("Writer;") or "Print" in o.cls.name else None

    @method(_c, "flush", "close", "sync")
    @own_contract
    def _out_close(vm: VM, a: list[Any]) -> Any:
        return None

    @method(_c, "toByteArray")
    @own_contract
    def _out_bytes(vm: VM, a: list[Any]) -> Any:
        st = _ostate(a[0])
        arr = JArray("[B", [(b ^ 0x80) - 0x80 for b in st["buf"]])
        arr.taint = st["taint"]
        if st.get("objects"):
            blobs(vm)[id(arr)] = (arr, list(st["objects"]))
        return arr

    @method(_c, "toString()Ljava/lang/String;", "toString")
    @own_contract
    def _out_str(vm: VM, a: list[Any]) -> Any:
        st = _ostate(a[0])
        return tag(st["buf"].decode("utf-8", "replace"), st["taint"])

    @method(_c, "size")
    @own_contract
    def _out_size(vm: VM, a: list[Any]) -> Any:
        return len(_ostate(a[0])["buf"])

    @method(_c, "getFD")
    @own_contract
    def _out_fd(vm: VM, a: list[Any]) -> Any:
        return vm.new_object("Ljava/io/FileDescriptor;")


@method("Ljava/io/FileDescriptor;", "sync")
def _fd_sync(vm: VM, a: list[Any]) -> Any:
    return None


def new_input(
    vm: VM, data: bytes, taint: Taint = EMPTY, cls: str = "Ljava/io/ByteArrayInputStream;"
) -> JObject:
    return vm.new_object(cls, {"data": data, "pos": 0, "taint": taint})


def _istate(o: JObject) -> dict[str, Any]:
    if not isinstance(o.native, dict) or "data" not in o.native:
        o.native = {"data": b"", "pos": 0, "taint": EMPTY}
    st: dict[str, Any] = o.native
    return st


for _c in _IN:

    @method(_c, "<init>")
    def _in_init(vm: VM, a: list[Any]) -> Any:
        o = a[0]
        first = a[1] if len(a) > 1 else None
        if isinstance(first, JObject) and isinstance(first.native, dict) and "data" in first.native:
            o.native = first.native  # wrappers share the underlying stream's position
        elif isinstance(first, JArray):
            data, t = _bytes_of(first)
            if len(a) > 3:
                data = data[a[2] : a[2] + a[3]]
            o.native = {"data": data, "pos": 0, "taint": t}
            blob = blobs(vm).get(id(first))
            if blob is not None and blob[0] is first:
                o.native["objects"] = list(blob[1])
        elif isinstance(first, str) and o.cls.name == "Ljava/io/StringReader;":
            o.native = {"data": encode_utf8(first), "pos": 0, "taint": taint_of(first)}
        elif first is not None:
            path = _path(first)
            if not path.startswith("/"):
                path = f"{app_dir(vm)}/{path}"
            f = files(vm).get(_norm(path))
            if f is None:
                raise vm.throwable("Ljava/io/FileNotFoundException;", f"{path}: open failed: ENOENT")
            o.native = {"data": bytes(f.data), "pos": 0, "taint": f.taint}
        else:
            o.native = {"data": b"", "pos": 0, "taint": EMPTY}
        return None

    @method(_c, "read")
    def _in_read(vm: VM, a: list[Any]) -> Any:
        st = _istate(a[0])
        data, pos = st["data"], st["pos"]
        if len(a) == 1:
            if pos >= len(data):
                return -1
            st["pos"] = pos + 1
            return tag(data[pos], st["taint"])
        buf = a[1]
        off = a[2] if len(a) > 3 else 0
        n = a[3] if len(a) > 3 else len(buf.data)
        if pos >= len(data):
            return -1
        chunk = data[pos : pos + n]
        if buf.type == "[C":
            buf.data[off : off + len(chunk)] = list(chunk)
        else:
            buf.data[off : off + len(chunk)] = [(b ^ 0x80) - 0x80 for b in chunk]
        buf.taint = buf.taint | st["taint"]
        st["pos"] = pos + len(chunk)
        return len(chunk)

    @method(_c, "readObject", "readUnshared")
    def _in_read_object(vm: VM, a: list[Any]) -> Any:
        st = _istate(a[0])
        objs = st.get("objects") or []
        if not objs:
            raise vm.throwable("Ljava/io/EOFException;")
        obj = objs.pop(0)
        if isinstance(obj, JObject):
            # deserialization makes a new object with the same field values
            copy = JObject(obj.cls, obj.native)
            copy.fields = dict(obj.fields)
            copy.taint = obj.taint
            return copy
        return obj

    @method(_c, "readLine")
    def _in_readline(vm: VM, a: list[Any]) -> Any:
        st = _istate(a[0])
        data, pos = st["data"], st["pos"]
        if pos >= len(data):
            return None
        end = data.find(b"\n", pos)
        end = len(data) if end < 0 else end
        st["pos"] = end + 1
        return tag(data[pos:end].decode("utf-8", "replace").rstrip("\r"), st["taint"])

    @method(_c, "readUTF")
    def _in_read_utf(vm: VM, a: list[Any]) -> Any:
        st = _istate(a[0])
        s = st["data"][st["pos"] :].decode("utf-8", "replace")
        st["pos"] = len(st["data"])
        return tag(s, st["taint"])

    @method(_c, "available")
    def _in_available(vm: VM, a: list[Any]) -> Any:
        st = _istate(a[0])
        return max(0, len(st["data"]) - st["pos"])

    @method(_c, "skip")
    def _in_skip(vm: VM, a: list[Any]) -> Any:
        st = _istate(a[0])
        st["pos"] += a[1]
        return a[1]

    @method(_c, "close", "mark", "reset")
    def _in_close(vm: VM, a: list[Any]) -> Any:
        return None

    @method(_c, "ready", "markSupported")
    def _in_ready(vm: VM, a: list[Any]) -> Any:
        st = _istate(a[0])
        return st["pos"] < len(st["data"])
SOCKET_SINK = "Ljava/io/OutputStream;->write([B)V"
