"""JNI both ways: the `JNIEnv`/`JavaVM` function tables bridged to the Python VM.

The tables hold trap stubs in the order of `jni.h` (JNI 1.6: 233 `JNINativeInterface`
slots, 8 `JNIInvokeInterface` slots). References are ART-style indirect references: small
integers whose low two bits give the kind (1 local, 2 global, 3 weak global); local references
live in a frame per native call, popped when it returns. `jmethodID`/`jfieldID` are indices
into tables of resolved members. A Java exception raised by a callback becomes the pending
exception (`ExceptionCheck`, `ExceptionOccurred`, `ExceptionClear`); when the native method
returns, a pending exception is thrown in Java.

`DefineClass` follows ART, which does not support it (a warning, NULL, no exception).
Taint crosses the boundary: `GetStringUTFChars`/`GetStringChars`/`Get*ArrayElements`/
`Get*ArrayRegion` copy the tags of the Java value onto the native bytes; `NewStringUTF`,
`NewString` and `Set*ArrayRegion`/`Release*ArrayElements` carry the tags of the bytes back.
"""

from __future__ import annotations

import struct
from collections.abc import Callable
from dataclasses import dataclass
from typing import TYPE_CHECKING, Any

from dexlego.emulator.native.arch import Cursor, JValues, VaList
from dexlego.emulator.native.constants import constant
from dexlego.emulator.native.libc import api
from dexlego.emulator.native.memory import JNI_BASE
from dexlego.emulator.native.process import NativeAbort, NativeProcess
from dexlego.emulator.taint import tag, taint_of
from dexlego.emulator.vm.classes import APP
from dexlego.emulator.vm.interp import JavaThrow
from dexlego.emulator.vm.objects import JArray, JObject, new_array
from reassembler.dex.errors import DexError
from reassembler.dex.model import FieldRef, MethodRef, Proto
from reassembler.dex.mutf8 import decode_mutf8, encode_mutf8

if TYPE_CHECKING:
    from dexlego.emulator.native.runtime import AppProcess
    from dexlego.emulator.vm.classes import RClass, RMethod

# ART's IsBadJniVersion: JNI_OnLoad must return 1.2, 1.4 or 1.6; GetEnv also takes 1.1.
JNI_VERSIONS = (0x10002, 0x10004, 0x10006)
TYPES = "LZBCSIJFDV"  # the order of jni.h's Call<Type>Method families
PRIMS = "ZBCSIJFD"  # the order of the primitive array families
ELEM = {"Z": ("<B", 1), "B": ("<b", 1), "C": ("<H", 2), "S": ("<h", 2), "I": ("<i", 4),
        "J": ("<q", 8), "F": ("<f", 4), "D": ("<d", 8)}  # fmt: skip
RET_KIND = {"L": "P", "[": "P", "Z": "I", "B": "I", "C": "I", "S": "I", "I": "I", "J": "J", "F": "F",
            "D": "D", "V": "V"}  # fmt: skip
MAX_LOCALS = 1 << 16
AIOOBE = "Ljava/lang/ArrayIndexOutOfBoundsException;"
JNIFn = Callable[["Jni", Cursor], Any]


@dataclass(frozen=True, slots=True)
class MethodId:
    cls: RClass
    name: str
    proto: Proto
    static: bool

    @property
    def key(self) -> str:
        return f"{self.name}{self.proto}"

    @property
    def ref(self) -> MethodRef:
        return MethodRef(self.cls.name, self.name, self.proto)


@dataclass(frozen=True, slots=True)
class FieldId:
    cls: RClass
    name: str
    type: str
    static: bool


class Jni:
    """One process's JNI: the env and VM structures, references, pending exception."""

    def __init__(self, p: AppProcess) -> None:
        self.p = p
        self.vm = p.vm
        self.locals: dict[int, Any] = {}
        self.globals: dict[int, Any] = {}
        self.weaks: dict[int, Any] = {}
        self.frames: list[list[int]] = [[]]
        self._next = 1
        self.methods: list[MethodId] = []
        self._method_index: dict[tuple[str, str, bool], int] = {}
        self.fields: list[FieldId] = []
        self._field_index: dict[tuple[str, str, str, bool], int] = {}
        self.pending: JObject | None = None
        self.pinned: dict[int, tuple[Any, str]] = {}  # buffer -> (array or string, element type)
        self.registered: dict[str, int] = {}  # method signature -> native function address
        self.calls: dict[str, int] = {}  # JNI function name -> calls
        self.env, self.javavm = self._build_tables()

    # -- tables -------------------------------------------------------------------------------

    def _build_tables(self) -> tuple[int, int]:
        p, w = self.p, self.p.arch.word
        names = env_function_names()
        table = JNI_BASE + 0x100
        for i, name in enumerate(names):
            addr = 0
            if name:
                fn, ret = _env_function(name)
                addr = p.stub(f"JNIEnv->{name}", self._bridge(name, fn), ret)
            p.mem.write_ptr(table + i * w, addr)
        env = JNI_BASE
        p.mem.write_ptr(env, table)
        vtable = table + len(names) * w + 0x40
        for i, name in enumerate(VM_FUNCTIONS):
            addr = 0
            if name:
                fn, ret = _VM_IMPL[name]
                addr = p.stub(f"JavaVM->{name}", self._bridge(name, fn), ret)
            p.mem.write_ptr(vtable + i * w, addr)
        javavm = JNI_BASE + 0x40
        p.mem.write_ptr(javavm, vtable)
        return env, javavm

    def _bridge(self, name: str, fn: JNIFn) -> Callable[[NativeProcess, Cursor], Any]:
        def run(p: NativeProcess, a: Cursor) -> Any:
            self.calls[name] = self.calls.get(name, 0) + 1
            self.p.flush_code_writes()
            try:
                return fn(self, a)
            except JavaThrow as t:
                self.pending = t.obj
                return None

        return run

    # -- references ---------------------------------------------------------------------------

    def local(self, obj: Any) -> int:
        """A new local reference to `obj` in the current frame (0 for null)."""
        if obj is None:
            return 0
        frame = self.frames[-1]
        if len(frame) >= MAX_LOCALS:
            raise NativeAbort("JNI ERROR: local reference table overflow")
        h = self._next << 2 | 1
        self._next += 1
        self.locals[h] = obj
        frame.append(h)
        return h

    def new_global(self, obj: Any, weak: bool = False) -> int:
        if obj is None:
            return 0
        h = self._next << 2 | (3 if weak else 2)
        self._next += 1
        (self.weaks if weak else self.globals)[h] = obj
        return h

    def obj(self, h: int) -> Any:
        """The object behind a reference (None for 0 or a stale reference)."""
        if not h:
            return None
        kind = h & 3
        table = self.locals if kind == 1 else self.globals if kind == 2 else self.weaks if kind == 3 else None
        if table is None:
            return None
        return table.get(h)

    def push_frame(self) -> None:
        self.frames.append([])

    def pop_frame(self) -> None:
        for h in self.frames.pop():
            self.locals.pop(h, None)
        if not self.frames:
            self.frames.append([])

    def rclass(self, h: int) -> RClass | None:
        mirror = self.obj(h)
        if isinstance(mirror, JObject) and mirror.native is not None and hasattr(mirror.native, "ancestors"):
            rc: RClass = mirror.native
            return rc
        return None

    def class_ref(self, rc: RClass) -> int:
        return self.local(self.vm.class_mirror(rc))

    def throw(self, desc: str, message: str) -> None:
        self.pending = self.vm.throwable(desc, message).obj

    # -- members ------------------------------------------------------------------------------

    def method_id(self, rc: RClass, name: str, sig: str, static: bool) -> int:
        from reassembler.dex.builder import parse_proto

        try:
            proto = parse_proto(sig)
        except Exception:
            self.throw("Ljava/lang/NoSuchMethodError;", f"bad signature {name}{sig}")
            return 0
        if not self._member_exists(rc, f"{name}{proto}", static):
            kind = "static " if static else ""
            self.throw("Ljava/lang/NoSuchMethodError;", f"no {kind}method \"{rc.name}.{name}{sig}\"")
            return 0
        key = (rc.name, f"{name}{proto}", static)
        idx = self._method_index.get(key)
        if idx is None:
            idx = self._method_index[key] = len(self.methods)
            self.methods.append(MethodId(rc, name, proto, static))
        return JNI_BASE + 0x10000 + idx * 8

    def _member_exists(self, rc: RClass, key: str, static: bool) -> bool:
        for c in rc.ancestors():
            m = c.methods.get(key)
            if m is not None:
                return True
            if c.kind != APP:
                return True  # framework classes: modeled or not, a device has the method
        return rc.has_phantom_ancestor()

    def method(self, mid: int) -> MethodId | None:
        idx = (mid - JNI_BASE - 0x10000) // 8
        return self.methods[idx] if 0 <= idx < len(self.methods) and not mid % 8 else None

    def field_id(self, rc: RClass, name: str, type_: str, static: bool) -> int:
        key = (rc.name, name, type_, static)
        idx = self._field_index.get(key)
        if idx is None:
            idx = self._field_index[key] = len(self.fields)
            self.fields.append(FieldId(rc, name, type_, static))
        return JNI_BASE + 0x40000 + idx * 8

    def field(self, fid: int) -> FieldId | None:
        idx = (fid - JNI_BASE - 0x40000) // 8
        return self.fields[idx] if 0 <= idx < len(self.fields) and not fid % 8 else None

    # -- values -------------------------------------------------------------------------------

    def read_args(self, cur: Cursor, proto: Proto, variadic: bool) -> list[Any]:
        """Java arguments of `proto` from C arguments (variadic floats arrive as doubles)."""
        out: list[Any] = []
        for t in proto.parameters:
            c = t[0]
            if c in "L[":
                out.append(self.obj(cur.ptr()))
            elif c == "J":
                out.append(cur.int64())
            elif c == "D":
                out.append(cur.double())
            elif c == "F":
                out.append(cur.double() if variadic and not isinstance(cur, JValues) else cur.float())
            else:
                out.append(narrow(c, cur.int32()))
        return out

    def to_native(self, c: str, v: Any) -> Any:
        """A Java value as a native result of kind `c` (a reference for objects)."""
        if c in "L[":
            return self.local(v)
        if c == "V":
            return None
        if c in "FD":
            return float(v or 0.0)
        if v is None:
            return 0
        return int(v)

    def invoke(self, mid: MethodId, target: Any, args: list[Any], how: str) -> Any:
        """Call a Java method for native code: `virtual`, `nonvirtual` or `static`."""
        vm = self.vm
        p = self.p
        p.flush_code_writes()
        if how == "static":
            vm.ensure_init(mid.cls)
            m = vm.lookup(mid.cls, mid.key, mid.name, mid.ref)
            return vm.invoke(m, args)
        if target is None:
            raise vm.throwable("Ljava/lang/NullPointerException;", f"null receiver for {mid.ref}")
        rc = vm.class_of(target) if how == "virtual" else mid.cls
        m = vm.lookup(rc, mid.key, mid.name, mid.ref)
        return vm.invoke(m, [target, *args])

    def new_object(self, rc: RClass, mid: MethodId, args: list[Any]) -> Any:
        vm = self.vm
        obj = vm.new_instance(rc.name)
        m = vm.lookup(rc, mid.key, mid.name, mid.ref)
        r = vm.invoke(m, [obj, *args])
        if rc.name == "Ljava/lang/String;" and r is not None:
            return r  # a String constructor model returns the value itself
        return obj


def narrow(c: str, v: int) -> int:
    """A 32-bit C value as the Java primitive `c` (sign or zero extension)."""
    if c == "Z":
        return 1 if v & 0xFF else 0
    if c == "B":
        v &= 0xFF
        return v - 0x100 if v & 0x80 else v
    if c == "C":
        return v & 0xFFFF
    if c == "S":
        v &= 0xFFFF
        return v - 0x10000 if v & 0x8000 else v
    v &= 0xFFFFFFFF
    return v - (1 << 32) if v & 0x80000000 else v


def java_string_bytes(s: str) -> bytes:
    return encode_mutf8(str(s))


def string_from_mutf8(data: bytes) -> str:
    try:
        return decode_mutf8(data)
    except (DexError, UnicodeError, ValueError):
        return data.decode("utf-8", "replace")


# -- the JNINativeInterface functions ------------------------------------------------------------


def env_function_names() -> list[str]:
    names = ["", "", "", "", "GetVersion", "DefineClass", "FindClass", "FromReflectedMethod",
             "FromReflectedField", "ToReflectedMethod", "GetSuperclass", "IsAssignableFrom",
             "ToReflectedField", "Throw", "ThrowNew", "ExceptionOccurred", "ExceptionDescribe",
             "ExceptionClear", "FatalError", "PushLocalFrame", "PopLocalFrame", "NewGlobalRef",
             "DeleteGlobalRef", "DeleteLocalRef", "IsSameObject", "NewLocalRef", "EnsureLocalCapacity",
             "AllocObject", "NewObject", "NewObjectV", "NewObjectA", "GetObjectClass", "IsInstanceOf",
             "GetMethodID"]  # fmt: skip
    words = {"L": "Object", "Z": "Boolean", "B": "Byte", "C": "Char", "S": "Short", "I": "Int",
             "J": "Long", "F": "Float", "D": "Double", "V": "Void"}  # fmt: skip
    for prefix in ("Call", "CallNonvirtual"):
        for t in TYPES:
            names += [f"{prefix}{words[t]}Method{s}" for s in ("", "V", "A")]
    names.append("GetFieldID")
    names += [f"Get{words[t]}Field" for t in TYPES[:-1]]
    names += [f"Set{words[t]}Field" for t in TYPES[:-1]]
    names.append("GetStaticMethodID")
    for t in TYPES:
        names += [f"CallStatic{words[t]}Method{s}" for s in ("", "V", "A")]
    names.append("GetStaticFieldID")
    names += [f"GetStatic{words[t]}Field" for t in TYPES[:-1]]
    names += [f"SetStatic{words[t]}Field" for t in TYPES[:-1]]
    names += ["NewString", "GetStringLength", "GetStringChars", "ReleaseStringChars", "NewStringUTF",
              "GetStringUTFLength", "GetStringUTFChars", "ReleaseStringUTFChars", "GetArrayLength",
              "NewObjectArray", "GetObjectArrayElement", "SetObjectArrayElement"]  # fmt: skip
    for fam in ("New{}Array", "Get{}ArrayElements", "Release{}ArrayElements", "Get{}ArrayRegion",
                "Set{}ArrayRegion"):  # fmt: skip
        names += [fam.format(words[t]) for t in PRIMS]
    names += ["RegisterNatives", "UnregisterNatives", "MonitorEnter", "MonitorExit", "GetJavaVM",
              "GetStringRegion", "GetStringUTFRegion", "GetPrimitiveArrayCritical",
              "ReleasePrimitiveArrayCritical", "GetStringCritical", "ReleaseStringCritical",
              "NewWeakGlobalRef", "DeleteWeakGlobalRef", "ExceptionCheck", "NewDirectByteBuffer",
              "GetDirectBufferAddress", "GetDirectBufferCapacity", "GetObjectRefType"]  # fmt: skip
    assert len(names) == 233
    return names


_WORD_TYPE = {"Object": "L", "Boolean": "Z", "Byte": "B", "Char": "C", "Short": "S", "Int": "I",
              "Long": "J", "Float": "F", "Double": "D", "Void": "V"}  # fmt: skip
_IMPL: dict[str, tuple[JNIFn, str]] = {}


def jni(name: str, ret: str = "P") -> Callable[[JNIFn], JNIFn]:
    def deco(fn: JNIFn) -> JNIFn:
        _IMPL[name] = (fn, ret)
        return fn

    return deco


def _env_function(name: str) -> tuple[JNIFn, str]:
    hit = _IMPL.get(name)
    if hit is not None:
        return hit
    for prefix, how in (("CallNonvirtual", "nonvirtual"), ("CallStatic", "static"), ("Call", "virtual")):
        if name.startswith(prefix) and "Method" in name:
            word, style = name[len(prefix) :].split("Method")
            t = _WORD_TYPE[word]
            return _call_family(t, how, style), RET_KIND[t]
    for prefix, static in (("GetStatic", True), ("SetStatic", True), ("Get", False), ("Set", False)):
        if name.startswith(prefix) and name.endswith("Field") and name[len(prefix) : -5] in _WORD_TYPE:
            t = _WORD_TYPE[name[len(prefix) : -5]]
            if prefix.startswith("Get"):
                return _get_field(t, static), RET_KIND[t]
            return _set_field(t, static), "V"
    for fam, maker in (("ArrayElements", _array_elements), ("ArrayRegion", _array_region)):
        if name.endswith(fam):
            op, word = ("Get", name[3 : -len(fam)]) if name.startswith("Get") else \
                ("Release" if name.startswith("Release") else "Set", name[(7 if name.startswith("Release")
                                                                         else 3) : -len(fam)])  # fmt: skip
            return maker(_WORD_TYPE[word], op), "P" if op == "Get" and fam == "ArrayElements" else "V"
    if name.startswith("New") and name.endswith("Array") and name[3:-5] in _WORD_TYPE:
        return _new_prim_array(_WORD_TYPE[name[3:-5]]), "P"
    return _unsupported(name), "P"


def _unsupported(name: str) -> JNIFn:
    def fn(j: Jni, a: Cursor) -> int:
        j.vm.rec.unmodeled(api("JNIEnv", name))
        return 0

    return fn


def _cursor(j: Jni, a: Cursor, style: str) -> Cursor:
    if style == "V":
        return VaList(j.p.arch, j.p.uc, a.ptr())
    if style == "A":
        return JValues(j.p.arch, j.p.uc, a.ptr())
    return a


def _call_family(t: str, how: str, style: str) -> JNIFn:
    def fn(j: Jni, a: Cursor) -> Any:
        a.ptr()  # env
        target_h = a.ptr()
        if how == "nonvirtual":
            a.ptr()  # the class: the method ID already names it
        mid = j.method(a.ptr())
        if mid is None:
            raise NativeAbort("JNI ERROR: invalid jmethodID")
        args = j.read_args(_cursor(j, a, style), mid.proto, style == "")
        target = None if how == "static" else j.obj(target_h)
        r = j.invoke(mid, target, args, how)
        return j.to_native(t, r)

    return fn


def _field_operands(j: Jni, a: Cursor) -> tuple[int, FieldId]:
    """(object or class reference, field) of a Get/Set[Static]*Field call."""
    a.ptr()
    holder, fid = a.ptr(), j.field(a.ptr())
    if fid is None:
        raise NativeAbort("JNI ERROR: invalid jfieldID")
    return holder, fid


def _get_field(t: str, static: bool) -> JNIFn:
    def fn(j: Jni, a: Cursor) -> Any:
        holder, fid = _field_operands(j, a)
        if static:
            found, v = (False, None) if fid.cls.kind == APP else constant(fid.cls.name, fid.name)
            if not found:
                v = j.vm.get_static(FieldRef(fid.cls.name, fid.name, fid.type))
            elif fid.type == "Z":
                v = int(bool(v))
        else:
            obj = j.obj(holder)
            if isinstance(obj, JObject):
                v = obj.fields.get(fid.name)
                if v is None and fid.type[0] not in "L[":
                    v = 0.0 if fid.type in ("F", "D") else 0
            else:
                raise j.vm.throwable("Ljava/lang/NullPointerException;", f"field {fid.name} of null")
        return j.to_native(t, v)

    return fn


def _set_field(t: str, static: bool) -> JNIFn:
    def fn(j: Jni, a: Cursor) -> None:
        holder, fid = _field_operands(j, a)
        c = fid.type[0]
        if c in "L[":
            v: Any = j.obj(a.ptr())
        elif c == "J":
            v = a.int64()
        elif c == "D":
            v = a.double()
        elif c == "F":
            v = a.float()
        else:
            v = narrow(c, a.int32())
        if static:
            j.vm.put_static(FieldRef(fid.cls.name, fid.name, fid.type), v)
        else:
            obj = j.obj(holder)
            if isinstance(obj, JObject):
                obj.fields[fid.name] = v
        return None

    return fn


def _array(j: Jni, h: int) -> JArray:
    arr = j.obj(h)
    if not isinstance(arr, JArray):
        raise j.vm.throwable("Ljava/lang/NullPointerException;", "array is null")
    return arr


def _pack(t: str, values: list[Any]) -> bytes:
    fmt, _ = ELEM[t]
    out = bytearray()
    for v in values:
        if t in "FD":
            out += struct.pack(fmt, float(v or 0.0))
        else:
            iv = int(v or 0)
            size = ELEM[t][1]
            out += (iv & ((1 << (8 * size)) - 1)).to_bytes(size, "little")
    return bytes(out)


def _unpack(t: str, data: bytes) -> list[Any]:
    fmt, size = ELEM[t]
    return [struct.unpack_from(fmt, data, i)[0] for i in range(0, len(data) - size + 1, size)]


def _pin(j: Jni, arr: JArray, t: str, is_copy: int) -> int:
    """A native copy of `arr`'s elements (tags kept), until it is released."""
    data = _pack(t, arr.data)
    buf = j.p.mem.malloc(max(len(data), 1))
    j.p.mem.write(buf, data)
    j.p.mem.set_taint(buf, len(data), taint_of(arr))
    j.pinned[buf] = (arr, t)
    if is_copy:
        j.p.mem.write(is_copy, b"\1")
    return buf


def _release(j: Jni, arr: JArray, t: str, buf: int, mode: int) -> None:
    """0: copy back and free; JNI_COMMIT (1): copy back; JNI_ABORT (2): free."""
    if mode in (0, 1):
        _copy_back(j, arr, t, buf, 0, len(arr.data))
    if mode in (0, 2):
        j.pinned.pop(buf, None)
        j.p.mem.free(buf)


def _array_elements(t: str, op: str) -> JNIFn:
    def fn(j: Jni, a: Cursor) -> Any:
        a.ptr()
        arr = _array(j, a.ptr())
        if op == "Get":
            return _pin(j, arr, t, a.ptr())
        buf, mode = a.ptr(), a.int32()
        _release(j, arr, t, buf, mode)
        return None

    return fn


def _copy_back(j: Jni, arr: JArray, t: str, buf: int, start: int, n: int) -> None:
    size = ELEM[t][1]
    data = j.p.mem.read(buf, n * size)
    arr.data[start : start + n] = _unpack(t, data)
    tt = j.p.mem.taint_of(buf, n * size)
    if tt:
        arr.taint = arr.taint | tt


def _array_region(t: str, op: str) -> JNIFn:
    def fn(j: Jni, a: Cursor) -> None:
        a.ptr()
        arr = _array(j, a.ptr())
        start, n, buf = a.int32(), a.int32(), a.ptr()
        if start < 0 or n < 0 or start + n > len(arr.data):
            raise j.vm.throwable(AIOOBE, f"length={len(arr.data)}; regionStart={start}; regionLength={n}")
        if op == "Get":
            data = _pack(t, arr.data[start : start + n])
            j.p.mem.write(buf, data)
            j.p.mem.set_taint(buf, len(data), taint_of(arr))
        else:
            _copy_back(j, arr, t, buf, start, n)
        return None

    return fn


def _new_prim_array(t: str) -> JNIFn:
    def fn(j: Jni, a: Cursor) -> int:
        a.ptr()
        n = a.int32()
        if n < 0:
            raise j.vm.throwable("Ljava/lang/NegativeArraySizeException;", str(n))
        if n > 1 << 24:
            raise j.vm.throwable("Ljava/lang/OutOfMemoryError;", f"array of {n}")
        return j.local(new_array("[" + t, n))

    return fn


def _desc(name: str) -> str:
    """FindClass names (`java/lang/String`, `[I`) as descriptors."""
    return name if name.startswith("[") else f"L{name.replace('.', '/')};"


@jni("GetVersion", "I")
def _get_version(j: Jni, a: Cursor) -> int:
    return 0x10006


@jni("DefineClass")
def _define_class(j: Jni, a: Cursor) -> int:
    a.ptr()
    name = j.p.mem.text(a.ptr())
    j.vm.rec.unmodeled(api("JNIEnv", "DefineClass"))  # unsupported by ART
    j.vm.env.setdefault("native_define_class", []).append(name)
    return 0


@jni("FindClass")
def _find_class(j: Jni, a: Cursor) -> int:
    a.ptr()
    name = j.p.mem.text(a.ptr())
    rc = j.vm.find_class(_desc(name))
    if rc is None:
        j.throw("Ljava/lang/NoClassDefFoundError;", name)
        return 0
    return j.class_ref(rc)


@jni("GetSuperclass")
def _get_superclass(j: Jni, a: Cursor) -> int:
    a.ptr()
    rc = j.rclass(a.ptr())
    if rc is None or rc.superclass is None or rc.is_interface:
        return 0
    return j.class_ref(rc.superclass)


@jni("IsAssignableFrom", "I")
def _is_assignable(j: Jni, a: Cursor) -> int:
    a.ptr()
    sub, sup = j.rclass(a.ptr()), j.rclass(a.ptr())
    return int(sub is not None and sup is not None and j.vm.is_assignable(sub, sup.name))


@jni("Throw", "I")
def _throw(j: Jni, a: Cursor) -> int:
    a.ptr()
    obj = j.obj(a.ptr())
    if isinstance(obj, JObject):
        j.pending = obj
        return 0
    return -1


@jni("ThrowNew", "I")
def _throw_new(j: Jni, a: Cursor) -> int:
    a.ptr()
    rc, msg = j.rclass(a.ptr()), a.ptr()
    if rc is None:
        return -1
    j.throw(rc.name, j.p.mem.text(msg) if msg else "")
    return 0


@jni("ExceptionOccurred")
def _exception_occurred(j: Jni, a: Cursor) -> int:
    return j.local(j.pending)


@jni("ExceptionDescribe", "V")
def _exception_describe(j: Jni, a: Cursor) -> None:
    j.pending = None  # the JNI specification: described, then cleared


@jni("ExceptionClear", "V")
def _exception_clear(j: Jni, a: Cursor) -> None:
    j.pending = None


@jni("ExceptionCheck", "I")
def _exception_check(j: Jni, a: Cursor) -> int:
    return int(j.pending is not None)


@jni("FatalError", "V")
def _fatal_error(j: Jni, a: Cursor) -> None:
    a.ptr()
    raise NativeAbort(f"JNI FatalError: {j.p.mem.text(a.ptr())[:200]}")


@jni("PushLocalFrame", "I")
def _push_local_frame(j: Jni, a: Cursor) -> int:
    j.push_frame()
    return 0


@jni("PopLocalFrame")
def _pop_local_frame(j: Jni, a: Cursor) -> int:
    a.ptr()
    keep = j.obj(a.ptr())
    if len(j.frames) > 1:
        j.pop_frame()
    return j.local(keep)


@jni("NewGlobalRef")
def _new_global_ref(j: Jni, a: Cursor) -> int:
    a.ptr()
    return j.new_global(j.obj(a.ptr()))


@jni("NewWeakGlobalRef")
def _new_weak_ref(j: Jni, a: Cursor) -> int:
    a.ptr()
    return j.new_global(j.obj(a.ptr()), weak=True)


@jni("DeleteGlobalRef", "V")
def _delete_global_ref(j: Jni, a: Cursor) -> None:
    a.ptr()
    j.globals.pop(a.ptr(), None)


@jni("DeleteWeakGlobalRef", "V")
def _delete_weak_ref(j: Jni, a: Cursor) -> None:
    a.ptr()
    j.weaks.pop(a.ptr(), None)


@jni("DeleteLocalRef", "V")
def _delete_local_ref(j: Jni, a: Cursor) -> None:
    a.ptr()
    j.locals.pop(a.ptr(), None)


@jni("NewLocalRef")
def _new_local_ref(j: Jni, a: Cursor) -> int:
    a.ptr()
    return j.local(j.obj(a.ptr()))


@jni("IsSameObject", "I")
def _is_same(j: Jni, a: Cursor) -> int:
    a.ptr()
    x, y = j.obj(a.ptr()), j.obj(a.ptr())
    if isinstance(x, str) and isinstance(y, str):
        return int(x is y or x == y)
    return int(x is y)


@jni("EnsureLocalCapacity", "I")
def _ensure_capacity(j: Jni, a: Cursor) -> int:
    return 0


@jni("GetObjectRefType", "I")
def _ref_type(j: Jni, a: Cursor) -> int:
    a.ptr()
    h = a.ptr()
    return {1: 1, 2: 2, 3: 3}.get(h & 3, 0) if j.obj(h) is not None else 0


@jni("AllocObject")
def _alloc_object(j: Jni, a: Cursor) -> int:
    a.ptr()
    rc = j.rclass(a.ptr())
    if rc is None:
        return 0
    return j.local(j.vm.new_instance(rc.name))


def _new_object(style: str) -> JNIFn:
    def fn(j: Jni, a: Cursor) -> int:
        a.ptr()
        rc = j.rclass(a.ptr())
        mid = j.method(a.ptr())
        if rc is None or mid is None:
            raise NativeAbort("JNI ERROR: NewObject with an invalid class or constructor")
        args = j.read_args(_cursor(j, a, style), mid.proto, style == "")
        return j.local(j.new_object(rc, mid, args))

    return fn


for _s in ("", "V", "A"):
    _IMPL[f"NewObject{_s}"] = (_new_object(_s), "P")


@jni("GetObjectClass")
def _get_object_class(j: Jni, a: Cursor) -> int:
    a.ptr()
    obj = j.obj(a.ptr())
    if obj is None:
        return 0
    return j.class_ref(j.vm.class_of(obj))


@jni("IsInstanceOf", "I")
def _is_instance_of(j: Jni, a: Cursor) -> int:
    a.ptr()
    obj, rc = j.obj(a.ptr()), j.rclass(a.ptr())
    if obj is None:
        return 1
    return int(rc is not None and j.vm.instance_of(obj, rc.name))


def _member_id(field: bool, static: bool) -> JNIFn:
    """Get[Static]MethodID / Get[Static]FieldID(env, class, name, signature)."""

    def fn(j: Jni, a: Cursor) -> int:
        a.ptr()
        rc = j.rclass(a.ptr())
        name, sig = j.p.mem.text(a.ptr()), j.p.mem.text(a.ptr())
        if rc is None:
            return 0
        if static:
            j.vm.ensure_init(rc)
        return (j.field_id if field else j.method_id)(rc, name, sig, static)

    return fn


_IMPL["GetMethodID"] = (_member_id(False, False), "P")
_IMPL["GetStaticMethodID"] = (_member_id(False, True), "P")
_IMPL["GetFieldID"] = (_member_id(True, False), "P")
_IMPL["GetStaticFieldID"] = (_member_id(True, True), "P")


@jni("FromReflectedMethod")
def _from_reflected_method(j: Jni, a: Cursor) -> int:
    a.ptr()
    obj = j.obj(a.ptr())
    m = getattr(obj, "native", None)
    if isinstance(m, dict):
        m = m.get("method")
    rm: RMethod | None = m if hasattr(m, "proto") and hasattr(m, "cls") else None
    if rm is None:
        return 0
    return j.method_id(rm.cls, rm.name, str(rm.proto), rm.is_static)


@jni("NewString")
def _new_string(j: Jni, a: Cursor) -> int:
    a.ptr()
    buf, n = a.ptr(), a.int32()
    data = j.p.mem.read(buf, max(0, min(n, 1 << 24)) * 2)
    s = data.decode("utf-16-le", "surrogatepass")
    return j.local(tag(s, j.p.mem.taint_of(buf, len(data))))


@jni("GetStringLength", "I")
def _string_length(j: Jni, a: Cursor) -> int:
    a.ptr()
    s = j.obj(a.ptr())
    return len(str(s).encode("utf-16-le", "surrogatepass")) // 2 if isinstance(s, str) else 0


def _string_chars(j: Jni, a: Cursor) -> int:
    a.ptr()
    s, is_copy = j.obj(a.ptr()), a.ptr()
    if not isinstance(s, str):
        return 0
    data = str(s).encode("utf-16-le", "surrogatepass")
    buf = j.p.mem.malloc(len(data) + 2)
    j.p.mem.write(buf, data + b"\0\0")
    j.p.mem.set_taint(buf, len(data), taint_of(s))
    if is_copy:
        j.p.mem.write(is_copy, b"\1")
    return buf


def _release_chars(j: Jni, a: Cursor) -> None:
    a.ptr()
    a.ptr()
    j.p.mem.free(a.ptr())


_IMPL["GetStringChars"] = (_string_chars, "P")
_IMPL["GetStringCritical"] = (_string_chars, "P")
_IMPL["ReleaseStringChars"] = (_release_chars, "V")
_IMPL["ReleaseStringCritical"] = (_release_chars, "V")
_IMPL["ReleaseStringUTFChars"] = (_release_chars, "V")


@jni("NewStringUTF")
def _new_string_utf(j: Jni, a: Cursor) -> int:
    a.ptr()
    addr = a.ptr()
    if not addr:
        return 0
    data = j.p.mem.cstring(addr)
    s = string_from_mutf8(data)
    return j.local(tag(s, j.p.mem.taint_of(addr, len(data))))


@jni("GetStringUTFLength", "I")
def _string_utf_length(j: Jni, a: Cursor) -> int:
    a.ptr()
    s = j.obj(a.ptr())
    return len(java_string_bytes(s)) if isinstance(s, str) else 0


@jni("GetStringUTFChars")
def _string_utf_chars(j: Jni, a: Cursor) -> int:
    a.ptr()
    s, is_copy = j.obj(a.ptr()), a.ptr()
    if not isinstance(s, str):
        return 0
    buf = j.p.mem.new_cstring(java_string_bytes(s), taint_of(s))
    if is_copy:
        j.p.mem.write(is_copy, b"\1")
    return buf


def _string_region(utf: bool) -> JNIFn:
    """GetStringRegion (UTF-16 units) / GetStringUTFRegion (modified UTF-8 plus NUL)."""

    def fn(j: Jni, a: Cursor) -> None:
        a.ptr()
        s, start, n, buf = j.obj(a.ptr()), a.int32(), a.int32(), a.ptr()
        units = str(s or "").encode("utf-16-le", "surrogatepass")
        if start < 0 or n < 0 or 2 * (start + n) > len(units):
            raise j.vm.throwable("Ljava/lang/StringIndexOutOfBoundsException;", f"{start}+{n}")
        data = units[2 * start : 2 * (start + n)]
        if utf:
            data = java_string_bytes(data.decode("utf-16-le", "surrogatepass"))
        j.p.mem.write(buf, data + (b"\0" if utf else b""))
        j.p.mem.set_taint(buf, len(data), taint_of(s))

    return fn


_IMPL["GetStringRegion"] = (_string_region(False), "V")
_IMPL["GetStringUTFRegion"] = (_string_region(True), "V")


@jni("GetArrayLength", "I")
def _array_length(j: Jni, a: Cursor) -> int:
    a.ptr()
    return len(_array(j, a.ptr()).data)


@jni("NewObjectArray")
def _new_object_array(j: Jni, a: Cursor) -> int:
    a.ptr()
    n, rc, init = a.int32(), j.rclass(a.ptr()), j.obj(a.ptr())
    if n < 0:
        raise j.vm.throwable("Ljava/lang/NegativeArraySizeException;", str(n))
    if rc is None or n > 1 << 24:
        return 0
    return j.local(JArray("[" + rc.name, [init] * n))


@jni("GetObjectArrayElement")
def _get_object_element(j: Jni, a: Cursor) -> int:
    a.ptr()
    arr, i = _array(j, a.ptr()), a.int32()
    if not 0 <= i < len(arr.data):
        raise j.vm.throwable(AIOOBE, f"length={len(arr.data)}; index={i}")
    return j.local(arr.data[i])


@jni("SetObjectArrayElement", "V")
def _set_object_element(j: Jni, a: Cursor) -> None:
    a.ptr()
    arr, i, v = _array(j, a.ptr()), a.int32(), j.obj(a.ptr())
    if not 0 <= i < len(arr.data):
        raise j.vm.throwable(AIOOBE, f"length={len(arr.data)}; index={i}")
    arr.data[i] = v


@jni("GetPrimitiveArrayCritical")
def _array_critical(j: Jni, a: Cursor) -> int:
    a.ptr()
    arr, is_copy = _array(j, a.ptr()), a.ptr()
    t = arr.type[1:2]
    return _pin(j, arr, t, is_copy) if t in ELEM else 0


@jni("ReleasePrimitiveArrayCritical", "V")
def _release_critical(j: Jni, a: Cursor) -> None:
    a.ptr()
    arr, buf, mode = _array(j, a.ptr()), a.ptr(), a.int32()
    if arr.type[1:2] in ELEM:
        _release(j, arr, arr.type[1:2], buf, mode)


@jni("RegisterNatives", "I")
def _register_natives(j: Jni, a: Cursor) -> int:
    a.ptr()
    rc, methods, n = j.rclass(a.ptr()), a.ptr(), a.int32()
    if rc is None or n < 0 or n > 65536:
        return -1
    w = j.p.arch.word
    for i in range(n):
        rec = methods + i * 3 * w
        name = j.p.mem.text(j.p.mem.ptr(rec))
        sig = j.p.mem.text(j.p.mem.ptr(rec + w))
        fn = j.p.mem.ptr(rec + 2 * w)
        if not j.p.bind_native(rc, name, sig, fn):
            j.throw("Ljava/lang/NoSuchMethodError;",
                    f"no native method \"{rc.name}.{name}{sig}\" to register")  # fmt: skip
            return -1
    return 0


@jni("UnregisterNatives", "I")
def _unregister_natives(j: Jni, a: Cursor) -> int:
    a.ptr()
    rc = j.rclass(a.ptr())
    if rc is not None:
        j.p.unbind_natives(rc)
    return 0


@jni("MonitorEnter", "I")
def _monitor_enter(j: Jni, a: Cursor) -> int:
    return 0


@jni("MonitorExit", "I")
def _monitor_exit(j: Jni, a: Cursor) -> int:
    return 0


@jni("GetJavaVM", "I")
def _get_java_vm(j: Jni, a: Cursor) -> int:
    a.ptr()
    j.p.mem.write_ptr(a.ptr(), j.javavm)
    return 0


@jni("NewDirectByteBuffer")
def _new_direct_buffer(j: Jni, a: Cursor) -> int:
    a.ptr()
    addr, cap = a.ptr(), a.int64()
    buf = j.vm.new_object("Ljava/nio/ByteBuffer;", {"address": addr, "capacity": cap})
    return j.local(buf)


@jni("GetDirectBufferAddress")
def _direct_address(j: Jni, a: Cursor) -> int:
    a.ptr()
    obj = j.obj(a.ptr())
    n = getattr(obj, "native", None)
    return int(n.get("address", 0)) if isinstance(n, dict) else 0


@jni("GetDirectBufferCapacity", "J")
def _direct_capacity(j: Jni, a: Cursor) -> int:
    a.ptr()
    obj = j.obj(a.ptr())
    n = getattr(obj, "native", None)
    return int(n.get("capacity", -1)) if isinstance(n, dict) else -1


@jni("ToReflectedMethod")
def _to_reflected_method(j: Jni, a: Cursor) -> int:
    j.vm.rec.unmodeled(api("JNIEnv", "ToReflectedMethod"))
    return 0


# -- the JNIInvokeInterface functions -------------------------------------------------------------

VM_FUNCTIONS = ["", "", "", "DestroyJavaVM", "AttachCurrentThread", "DetachCurrentThread", "GetEnv",
                "AttachCurrentThreadAsDaemon"]  # fmt: skip


def _attach(j: Jni, a: Cursor) -> int:
    a.ptr()
    out = a.ptr()
    if out:
        j.p.mem.write_ptr(out, j.env)
    return 0


def _get_env(j: Jni, a: Cursor) -> int:
    a.ptr()
    out, version = a.ptr(), a.int32()
    if version not in (*JNI_VERSIONS, 0x10001):
        return -3  # JNI_EVERSION
    j.p.mem.write_ptr(out, j.env)
    return 0


def _vm_ok(j: Jni, a: Cursor) -> int:
    return 0


_VM_IMPL: dict[str, tuple[JNIFn, str]] = {
    "DestroyJavaVM": (_vm_ok, "I"), "AttachCurrentThread": (_attach, "I"),
    "DetachCurrentThread": (_vm_ok, "I"), "GetEnv": (_get_env, "I"),
    "AttachCurrentThreadAsDaemon": (_attach, "I"),
}  # fmt: skip
