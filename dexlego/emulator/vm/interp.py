"""The Dalvik interpreter: pre-decoding and one handler per opcode.

Each method is decoded once into a list of tuples `(handler, addr, next, a, b, c, x)`:
`handler(frame, ins) -> next index` (or -1 after a return), `addr` the dex pc, `next` the
index of the following instruction, `a`/`b`/`c` register numbers or literals and `x` the
resolved operand (a reference, a branch index, a payload). The loop in `machine.VM.execute`
indexes the list and calls the handler: no per-instruction decoding or allocation.

Wide values live whole in the low register of their pair (the high register is a copy that
is never read). Object registers may hold the int 0 (javac's `const/4 v0, 0` for null); every
place that reads an object treats 0 as null.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING, Any

from dexlego.emulator.taint import TInt
from dexlego.emulator.vm import arith
from dexlego.emulator.vm.arith import as_double, as_float, f2i, f32, i32, i64
from dexlego.emulator.vm.heap import HeapExhausted
from dexlego.emulator.vm.objects import JArray, JObject, default_value, utf16_units
from reassembler.dex.model import (
    FieldRef,
    FillArrayDataPayload,
    Instruction,
    MethodRef,
    PackedSwitchPayload,
    SparseSwitchPayload,
)

if TYPE_CHECKING:
    from dexlego.emulator.vm.classes import RMethod
    from dexlego.emulator.vm.machine import VM

Ins = tuple[Any, ...]
Handler = Callable[["Frame", Ins], int]


class JavaThrow(Exception):  # noqa: N818 - carries a Java exception, like Java's `throw`
    """A Java exception in flight; `obj` is the Throwable."""

    def __init__(self, obj: JObject) -> None:
        super().__init__(obj.cls.name)
        self.obj = obj


class Frame:
    """One activation: its registers, the pending result and the caught exception."""

    __slots__ = ("vm", "method", "regs", "result", "exc", "addr", "code")

    def __init__(self, vm: VM, method: RMethod, regs: list[Any]) -> None:
        self.vm = vm
        self.method = method
        self.regs = regs
        self.result: Any = None
        self.exc: Any = None
        self.addr = 0
        self.code: list[Any] | None = None  # the decoding this activation runs


class InvokeSite:
    """A call instruction's resolved operand plus its inline caches."""

    __slots__ = ("ref", "key", "name", "argregs", "argidx", "kinds", "ret", "target", "rcls")

    def __init__(self, ref: MethodRef, argregs: tuple[int, ...], static: bool) -> None:
        self.ref = ref
        self.key = f"{ref.name}{ref.proto}"
        self.name = ref.name
        self.argregs = argregs
        kinds = ([] if static else ["L"]) + [p[0] if p[0] != "[" else "L" for p in ref.proto.parameters]
        idx: list[int] = []
        pos = 0
        for k in kinds:
            idx.append(pos)
            pos += 2 if k in "JD" else 1
        self.argidx = tuple(idx)
        self.kinds = tuple(kinds)
        self.ret = ref.proto.return_type
        self.target: RMethod | None = None
        self.rcls: Any = None


# ---------------------------------------------------------------------------------------
# helpers


def npe(fr: Frame, what: str) -> JavaThrow:
    return fr.vm.throwable("Ljava/lang/NullPointerException;", f"null: {what}")


def _obj(v: Any) -> Any:
    return None if v == 0 and (v.__class__ is int or v.__class__ is TInt) else v


def _eq(a: Any, b: Any) -> bool:
    if a is b:
        return True
    if a is None or a.__class__ is int or a.__class__ is TInt:
        if b is None or b.__class__ is int or b.__class__ is TInt:
            return (a or 0) == (b or 0)
    if isinstance(a, float) or isinstance(b, float):
        return bool(a == b)
    return False


# ---------------------------------------------------------------------------------------
# handlers


def h_nop(fr: Frame, ins: Ins) -> int:
    return int(ins[2])


def h_move(fr: Frame, ins: Ins) -> int:
    r = fr.regs
    r[ins[3]] = r[ins[4]]
    return int(ins[2])


def h_move_wide(fr: Frame, ins: Ins) -> int:
    r = fr.regs
    a, b = ins[3], ins[4]
    lo, hi = r[b], r[b + 1]
    r[a] = lo
    r[a + 1] = hi
    return int(ins[2])


def h_move_result(fr: Frame, ins: Ins) -> int:
    fr.regs[ins[3]] = fr.result
    return int(ins[2])


def h_move_result_wide(fr: Frame, ins: Ins) -> int:
    r = fr.regs
    r[ins[3]] = fr.result
    r[ins[3] + 1] = None
    return int(ins[2])


def h_move_exception(fr: Frame, ins: Ins) -> int:
    fr.regs[ins[3]] = fr.exc
    return int(ins[2])


def h_return_void(fr: Frame, ins: Ins) -> int:
    fr.result = None
    return -1


def h_return(fr: Frame, ins: Ins) -> int:
    fr.result = fr.regs[ins[3]]
    return -1


def h_return_object(fr: Frame, ins: Ins) -> int:
    fr.result = _obj(fr.regs[ins[3]])
    return -1


def h_const(fr: Frame, ins: Ins) -> int:
    fr.regs[ins[3]] = ins[6]
    return int(ins[2])


def h_const_wide(fr: Frame, ins: Ins) -> int:
    r = fr.regs
    r[ins[3]] = ins[6]
    r[ins[3] + 1] = None
    return int(ins[2])


def h_const_class(fr: Frame, ins: Ins) -> int:
    fr.regs[ins[3]] = fr.vm.class_mirror_by_name(ins[6])
    return int(ins[2])


def h_monitor(fr: Frame, ins: Ins) -> int:
    # Scheduling is deterministic and one thread runs at a time: locks are always free.
    if _obj(fr.regs[ins[3]]) is None:
        raise npe(fr, "monitor on null")
    return int(ins[2])


def h_check_cast(fr: Frame, ins: Ins) -> int:
    v = _obj(fr.regs[ins[3]])
    if v is not None and not fr.vm.check_cast(v, ins[6]):
        raise fr.vm.throwable(
            "Ljava/lang/ClassCastException;", f"{fr.vm.type_name(v)} cannot be cast to {ins[6]}"
        )
    return int(ins[2])


def h_instance_of(fr: Frame, ins: Ins) -> int:
    r = fr.regs
    v = _obj(r[ins[4]])
    r[ins[3]] = 0 if v is None else int(fr.vm.instance_of(v, ins[6]))
    return int(ins[2])


def h_array_length(fr: Frame, ins: Ins) -> int:
    r = fr.regs
    a = _obj(r[ins[4]])
    if a is None:
        raise npe(fr, "array-length")
    r[ins[3]] = len(a.data)
    return int(ins[2])


def h_new_instance(fr: Frame, ins: Ins) -> int:
    fr.regs[ins[3]] = fr.vm.new_instance(ins[6])
    return int(ins[2])


def h_new_array(fr: Frame, ins: Ins) -> int:
    r = fr.regs
    n = r[ins[4]]
    if n < 0:
        raise fr.vm.throwable("Ljava/lang/NegativeArraySizeException;", str(n))
    try:
        r[ins[3]] = fr.vm.heap.new_array(ins[6], n)
    except HeapExhausted as exc:  # as ART: the app sees (and may catch) OutOfMemoryError
        raise fr.vm.throwable("Ljava/lang/OutOfMemoryError;", str(exc)) from None
    return int(ins[2])


def h_filled_new_array(fr: Frame, ins: Ins) -> int:
    r = fr.regs
    fr.result = JArray(ins[6], [r[i] for i in ins[3]])
    return int(ins[2])


def h_fill_array_data(fr: Frame, ins: Ins) -> int:
    arr = _obj(fr.regs[ins[3]])
    if arr is None:
        raise npe(fr, "fill-array-data")
    p: FillArrayDataPayload = ins[6]
    vals = _payload_values(p, arr.type[1:])
    if len(vals) > len(arr.data):
        raise fr.vm.throwable("Ljava/lang/ArrayIndexOutOfBoundsException;", "fill-array-data")
    arr.data[: len(vals)] = vals
    return int(ins[2])


def _payload_values(p: FillArrayDataPayload, elem: str) -> list[Any]:
    w = p.element_width
    raw = p.data
    out: list[Any] = []
    for i in range(0, len(raw) - w + 1, w):
        v = int.from_bytes(raw[i : i + w], "little", signed=elem not in "CZ")
        out.append(v)
    if elem == "F":
        return [as_float(v) for v in out]
    if elem == "D":
        return [as_double(v) for v in out]
    return out


def h_throw(fr: Frame, ins: Ins) -> int:
    v = _obj(fr.regs[ins[3]])
    if v is None:
        raise npe(fr, "throw null")
    raise JavaThrow(v)


def h_goto(fr: Frame, ins: Ins) -> int:
    return int(ins[6])


def h_packed_switch(fr: Frame, ins: Ins) -> int:
    first, targets = ins[6]
    k = fr.regs[ins[3]] - first
    if 0 <= k < len(targets):
        return int(targets[k])
    return int(ins[2])


def h_sparse_switch(fr: Frame, ins: Ins) -> int:
    t = ins[6].get(fr.regs[ins[3]])
    return int(ins[2]) if t is None else int(t)


def h_cmp(fr: Frame, ins: Ins) -> int:
    r = fr.regs
    conv, nan = ins[6]
    r[ins[3]] = arith.fcmp(conv(r[ins[4]]), conv(r[ins[5]]), nan)
    return int(ins[2])


def h_cmp_long(fr: Frame, ins: Ins) -> int:
    r = fr.regs
    x, y = r[ins[4]], r[ins[5]]
    r[ins[3]] = (x > y) - (x < y)
    return int(ins[2])


def h_if_eq(fr: Frame, ins: Ins) -> int:
    r = fr.regs
    return int(ins[6]) if _eq(r[ins[3]], r[ins[4]]) else int(ins[2])


def h_if_ne(fr: Frame, ins: Ins) -> int:
    r = fr.regs
    return int(ins[2]) if _eq(r[ins[3]], r[ins[4]]) else int(ins[6])


def h_if_cmp(fr: Frame, ins: Ins) -> int:
    r = fr.regs
    return int(ins[6]) if ins[5](r[ins[3]], r[ins[4]]) else int(ins[2])


def h_if_eqz(fr: Frame, ins: Ins) -> int:
    v = fr.regs[ins[3]]
    # `"" == 0` and `obj == 0` are False in Python, so this is null-or-zero.
    return int(ins[6]) if v is None or v == 0 else int(ins[2])


def h_if_nez(fr: Frame, ins: Ins) -> int:
    v = fr.regs[ins[3]]
    return int(ins[2]) if v is None or v == 0 else int(ins[6])


def h_if_cmpz(fr: Frame, ins: Ins) -> int:
    v = fr.regs[ins[3]]
    return int(ins[6]) if ins[5](v or 0, 0) else int(ins[2])


def _array(fr: Frame, ins: Ins) -> tuple[list[Any], int]:
    r = fr.regs
    arr = _obj(r[ins[4]])
    if arr is None:
        raise npe(fr, "array access")
    i = r[ins[5]]
    data = arr.data
    if i < 0 or i >= len(data):
        raise fr.vm.throwable(
            "Ljava/lang/ArrayIndexOutOfBoundsException;", f"length={len(data)}; index={i}"
        )
    return data, i


def h_aget(fr: Frame, ins: Ins) -> int:
    data, i = _array(fr, ins)
    fr.regs[ins[3]] = data[i]
    return int(ins[2])


def h_aput(fr: Frame, ins: Ins) -> int:
    data, i = _array(fr, ins)
    v = fr.regs[ins[3]]
    if v.__class__ is int and ins[6]:
        # a raw-bits constant stored into a float[]/double[]
        t = fr.regs[ins[4]].type
        if t == "[F":
            v = as_float(v)
        elif t == "[D":
            v = as_double(v)
    data[i] = v
    return int(ins[2])


def h_aput_object(fr: Frame, ins: Ins) -> int:
    data, i = _array(fr, ins)
    data[i] = _obj(fr.regs[ins[3]])
    return int(ins[2])


def h_iget(fr: Frame, ins: Ins) -> int:
    r = fr.regs
    o = r[ins[4]]
    if o is None or o.__class__ is not JObject:
        if _obj(o) is None:
            raise npe(fr, f"iget {ins[6]}")
        r[ins[3]] = fr.vm.foreign_iget(o, ins[6])
        return int(ins[2])
    f: FieldRef = ins[6]
    vm = fr.vm
    key = vm.field_keys.get(f)
    if key is None:
        key = vm.field_key(f)
    r[ins[3]] = o.fields.get(key, ins[5])
    return int(ins[2])


def h_iput(fr: Frame, ins: Ins) -> int:
    r = fr.regs
    o = r[ins[4]]
    if o is None or o.__class__ is not JObject:
        if _obj(o) is None:
            raise npe(fr, f"iput {ins[6]}")
        return int(ins[2])
    v = r[ins[3]]
    conv = ins[5]
    f: FieldRef = ins[6]
    vm = fr.vm
    key = vm.field_keys.get(f)
    if key is None:
        key = vm.field_key(f)
    o.fields[key] = conv(v) if conv is not None else v
    return int(ins[2])


def h_sget(fr: Frame, ins: Ins) -> int:
    fr.regs[ins[3]] = fr.vm.get_static(ins[6])
    return int(ins[2])


def h_sput(fr: Frame, ins: Ins) -> int:
    v = fr.regs[ins[3]]
    conv = ins[5]
    fr.vm.put_static(ins[6], conv(v) if conv is not None else v)
    return int(ins[2])


def h_invoke(fr: Frame, ins: Ins) -> int:
    site: InvokeSite = ins[6]
    r = fr.regs
    args = [r[i] for i in site.argregs]
    fr.addr = ins[1]
    fr.result = ins[5](fr.vm, fr, site, args)
    return int(ins[2])


def h_unop(fr: Frame, ins: Ins) -> int:
    r = fr.regs
    r[ins[3]] = ins[6](r[ins[4]])
    return int(ins[2])


def h_binop(fr: Frame, ins: Ins) -> int:
    r = fr.regs
    r[ins[3]] = ins[6](r[ins[4]], r[ins[5]])
    return int(ins[2])


def h_binop_lit(fr: Frame, ins: Ins) -> int:
    r = fr.regs
    r[ins[3]] = ins[6](r[ins[4]], ins[5])
    return int(ins[2])


def h_divop(fr: Frame, ins: Ins) -> int:
    r = fr.regs
    y = r[ins[5]]
    if not y:
        raise fr.vm.throwable("Ljava/lang/ArithmeticException;", "divide by zero")
    r[ins[3]] = ins[6](r[ins[4]], y)
    return int(ins[2])


def h_divop_lit(fr: Frame, ins: Ins) -> int:
    r = fr.regs
    y = ins[5]
    if not y:
        raise fr.vm.throwable("Ljava/lang/ArithmeticException;", "divide by zero")
    r[ins[3]] = ins[6](r[ins[4]], y)
    return int(ins[2])


def h_unsupported(fr: Frame, ins: Ins) -> int:
    raise fr.vm.throwable(
        "Ljava/lang/UnsupportedOperationException;", f"emulator: opcode {ins[6]} not supported"
    )


# ---------------------------------------------------------------------------------------
# operation tables


def _int_ops() -> dict[str, Callable[[Any, Any], Any]]:
    return {
        "add": lambda x, y: i32(x + y),
        "sub": lambda x, y: i32(x - y),
        "mul": lambda x, y: i32(x * y),
        "div": lambda x, y: i32(arith.jdiv(x, y)),
        "rem": lambda x, y: arith.jrem(x, y),
        "and": lambda x, y: i32(x & y),
        "or": lambda x, y: i32(x | y),
        "xor": lambda x, y: i32(x ^ y),
        "shl": lambda x, y: i32(x << (y & 31)),
        "shr": lambda x, y: x >> (y & 31),
        "ushr": lambda x, y: i32((x & 0xFFFFFFFF) >> (y & 31)),
        "rsub": lambda x, y: i32(y - x),
    }


def _long_ops() -> dict[str, Callable[[Any, Any], Any]]:
    return {
        "add": lambda x, y: i64(x + y),
        "sub": lambda x, y: i64(x - y),
        "mul": lambda x, y: i64(x * y),
        "div": lambda x, y: i64(arith.jdiv(x, y)),
        "rem": lambda x, y: arith.jrem(x, y),
        "and": lambda x, y: i64(x & y),
        "or": lambda x, y: i64(x | y),
        "xor": lambda x, y: i64(x ^ y),
        "shl": lambda x, y: i64(x << (y & 63)),
        "shr": lambda x, y: x >> (y & 63),
        "ushr": lambda x, y: i64((x & 0xFFFFFFFFFFFFFFFF) >> (y & 63)),
    }


def _float_ops(conv: Callable[[Any], float], rnd: Callable[[float], float]) -> dict[str, Any]:
    return {
        "add": lambda x, y: rnd(conv(x) + conv(y)),
        "sub": lambda x, y: rnd(conv(x) - conv(y)),
        "mul": lambda x, y: rnd(conv(x) * conv(y)),
        "div": lambda x, y: rnd(arith.fdiv(conv(x), conv(y))),
        "rem": lambda x, y: rnd(arith.frem(conv(x), conv(y))),
    }


def _ident(x: float) -> float:
    return x


_BINOP_NAMES = ("add", "sub", "mul", "div", "rem", "and", "or", "xor", "shl", "shr", "ushr")
_INT = _int_ops()
_LONG = _long_ops()
_FLOAT = _float_ops(as_float, f32)
_DOUBLE = _float_ops(as_double, _ident)

# type conversions 0x7b..0x8f
_UNOPS: dict[int, Callable[[Any], Any]] = {
    0x7B: lambda x: i32(-x),
    0x7C: lambda x: i32(~x),
    0x7D: lambda x: i64(-x),
    0x7E: lambda x: i64(~x),
    0x7F: lambda x: -as_float(x),
    0x80: lambda x: -as_double(x),
    0x81: lambda x: int(x),
    0x82: lambda x: f32(float(x)),
    0x83: lambda x: float(x),
    0x84: lambda x: i32(x),
    0x85: lambda x: f32(float(x)),
    0x86: lambda x: float(x),
    0x87: lambda x: f2i(as_float(x), arith.INT_MIN, arith.INT_MAX),
    0x88: lambda x: f2i(as_float(x), arith.LONG_MIN, arith.LONG_MAX),
    0x89: lambda x: as_float(x),
    0x8A: lambda x: f2i(as_double(x), arith.INT_MIN, arith.INT_MAX),
    0x8B: lambda x: f2i(as_double(x), arith.LONG_MIN, arith.LONG_MAX),
    0x8C: lambda x: f32(as_double(x)),
    0x8D: lambda x: ((x & 0xFF) ^ 0x80) - 0x80,
    0x8E: lambda x: x & 0xFFFF,
    0x8F: lambda x: ((x & 0xFFFF) ^ 0x8000) - 0x8000,
}


def _keep_char_taint(fn: Callable[[Any], Any]) -> Callable[[Any], Any]:
    # int-to-char/byte of a tagged char keeps the tag (string <-> char[] round trips).
    def conv(x: Any) -> Any:
        v = fn(x)
        t = getattr(x, "taint", None)
        if t:
            v = TInt(v)
            v.taint = t
        return v

    return conv


for _op in (0x8D, 0x8E, 0x8F, 0x84, 0x81):
    _UNOPS[_op] = _keep_char_taint(_UNOPS[_op])

_CMPS: dict[int, Callable[[Any, Any], bool]] = {
    0: lambda x, y: x < y,
    1: lambda x, y: x >= y,
    2: lambda x, y: x > y,
    3: lambda x, y: x <= y,
}


def _store_conv(desc: str) -> Callable[[Any], Any] | None:
    """What a store into a field/element of type `desc` does to the value."""
    c = desc[0]
    if c in "L[":
        return _obj
    if c == "F":
        return as_float
    if c == "D":
        return as_double
    return None


# ---------------------------------------------------------------------------------------
# decoding


def decode(items: list[Any], vm: VM) -> tuple[list[Ins], dict[int, int]]:
    """Turn model code items into handler tuples; returns them and address -> index."""
    insns = [i for i in items if isinstance(i, Instruction)]
    index = {ins.address: n for n, ins in enumerate(insns)}
    payloads = {p.address: p for p in items if not isinstance(p, Instruction)}
    out: list[Ins] = []
    n_ins = len(insns)
    for n, ins in enumerate(insns):
        nxt = n + 1 if n + 1 < n_ins else n_ins
        out.append(_decode_one(ins, nxt, index, payloads, vm))
    # Falling off the end is a verifier error; make it a clean Java error, not an IndexError.
    out.append((h_unsupported, insns[-1].address + 1 if insns else 0, n_ins, 0, 0, 0, "end"))
    return out, index


def _decode_one(
    ins: Instruction, nxt: int, index: dict[int, int], payloads: dict[int, Any], vm: VM
) -> Ins:
    op = ins.opcode
    rg = ins.regs
    a = rg[0] if rg else 0
    b = rg[1] if len(rg) > 1 else 0
    c = rg[2] if len(rg) > 2 else 0
    addr = ins.address
    lit = ins.literal

    def t() -> int:
        assert ins.target is not None
        return index.get(ins.target, len(index))

    if op == 0x00:
        return (h_nop, addr, nxt, 0, 0, 0, None)
    if 0x01 <= op <= 0x09:
        if 0x04 <= op <= 0x06:
            return (h_move_wide, addr, nxt, a, b, 0, None)
        return (h_move, addr, nxt, a, b, 0, None)
    if op in (0x0A, 0x0C):
        return (h_move_result, addr, nxt, a, 0, 0, None)
    if op == 0x0B:
        return (h_move_result_wide, addr, nxt, a, 0, 0, None)
    if op == 0x0D:
        return (h_move_exception, addr, nxt, a, 0, 0, None)
    if op == 0x0E:
        return (h_return_void, addr, nxt, 0, 0, 0, None)
    if op in (0x0F, 0x10):
        return (h_return, addr, nxt, a, 0, 0, None)
    if op == 0x11:
        return (h_return_object, addr, nxt, a, 0, 0, None)
    if 0x12 <= op <= 0x15:
        return (h_const, addr, nxt, a, 0, 0, lit)
    if 0x16 <= op <= 0x19:
        return (h_const_wide, addr, nxt, a, 0, 0, lit)
    if op in (0x1A, 0x1B):
        return (h_const, addr, nxt, a, 0, 0, vm.intern(utf16_units(str(ins.ref))))
    if op == 0x1C:
        return (h_const_class, addr, nxt, a, 0, 0, ins.ref)
    if op in (0x1D, 0x1E):
        return (h_monitor, addr, nxt, a, 0, 0, None)
    if op == 0x1F:
        return (h_check_cast, addr, nxt, a, 0, 0, ins.ref)
    if op == 0x20:
        return (h_instance_of, addr, nxt, a, b, 0, ins.ref)
    if op == 0x21:
        return (h_array_length, addr, nxt, a, b, 0, None)
    if op == 0x22:
        return (h_new_instance, addr, nxt, a, 0, 0, ins.ref)
    if op == 0x23:
        return (h_new_array, addr, nxt, a, b, 0, ins.ref)
    if op in (0x24, 0x25):
        return (h_filled_new_array, addr, nxt, rg, 0, 0, ins.ref)
    if op == 0x26:
        return (h_fill_array_data, addr, nxt, a, 0, 0, payloads[ins.target or 0])
    if op == 0x27:
        return (h_throw, addr, nxt, a, 0, 0, None)
    if 0x28 <= op <= 0x2A:
        return (h_goto, addr, nxt, 0, 0, 0, t())
    if op == 0x2B:
        p = payloads[ins.target or 0]
        assert isinstance(p, PackedSwitchPayload)
        return (
            h_packed_switch, addr, nxt, a, 0, 0,
            (p.first_key, tuple(index.get(x, nxt) for x in p.targets)),
        )  # fmt: skip
    if op == 0x2C:
        sp = payloads[ins.target or 0]
        assert isinstance(sp, SparseSwitchPayload)
        table = {k: index.get(x, nxt) for k, x in zip(sp.keys, sp.targets, strict=False)}
        return (h_sparse_switch, addr, nxt, a, 0, 0, table)
    if 0x2D <= op <= 0x30:
        conv = as_float if op <= 0x2E else as_double
        nan = -1 if op in (0x2D, 0x2F) else 1
        return (h_cmp, addr, nxt, a, b, c, (conv, nan))
    if op == 0x31:
        return (h_cmp_long, addr, nxt, a, b, c, None)
    if op == 0x32:
        return (h_if_eq, addr, nxt, a, b, 0, t())
    if op == 0x33:
        return (h_if_ne, addr, nxt, a, b, 0, t())
    if 0x34 <= op <= 0x37:
        return (h_if_cmp, addr, nxt, a, b, _CMPS[op - 0x34], t())
    if op == 0x38:
        return (h_if_eqz, addr, nxt, a, 0, 0, t())
    if op == 0x39:
        return (h_if_nez, addr, nxt, a, 0, 0, t())
    if 0x3A <= op <= 0x3D:
        cmp = {0x3A: _CMPS[0], 0x3B: _CMPS[1], 0x3C: _CMPS[2], 0x3D: _CMPS[3]}[op]
        return (h_if_cmpz, addr, nxt, a, 0, cmp, t())
    if 0x44 <= op <= 0x4A:
        return (h_aget, addr, nxt, a, b, c, None)
    if op == 0x4D:
        return (h_aput_object, addr, nxt, a, b, c, None)
    if 0x4B <= op <= 0x51:
        return (h_aput, addr, nxt, a, b, c, op in (0x4B, 0x4C))
    if 0x52 <= op <= 0x58:
        f = ins.ref
        assert isinstance(f, FieldRef)
        return (h_iget, addr, nxt, a, b, default_value(f.type), f)
    if 0x59 <= op <= 0x5F:
        f = ins.ref
        assert isinstance(f, FieldRef)
        return (h_iput, addr, nxt, a, b, _store_conv(f.type), f)
    if 0x60 <= op <= 0x66:
        return (h_sget, addr, nxt, a, 0, 0, ins.ref)
    if 0x67 <= op <= 0x6D:
        f = ins.ref
        assert isinstance(f, FieldRef)
        return (h_sput, addr, nxt, a, 0, _store_conv(f.type), f)
    if 0x6E <= op <= 0x72 or 0x74 <= op <= 0x78:
        kind = (op - 0x6E) if op <= 0x72 else (op - 0x74)
        m = ins.ref
        assert isinstance(m, MethodRef)
        site = InvokeSite(m, tuple(rg), kind == 3)
        return (h_invoke, addr, nxt, 0, 0, vm.invokers[kind], site)
    if 0x7B <= op <= 0x8F:
        return (h_unop, addr, nxt, a, b, 0, _UNOPS[op])
    if 0x90 <= op <= 0xCF:
        two = op >= 0xB0
        k = op - (0xB0 if two else 0x90)
        x, y = (a, b) if two else (b, c)
        if k < 11:
            fn, name = _INT[_BINOP_NAMES[k]], _BINOP_NAMES[k]
        elif k < 22:
            fn, name = _LONG[_BINOP_NAMES[k - 11]], _BINOP_NAMES[k - 11]
        elif k < 27:
            fn, name = _FLOAT[_BINOP_NAMES[k - 22]], "f"
        else:
            fn, name = _DOUBLE[_BINOP_NAMES[k - 27]], "f"
        h = h_divop if name in ("div", "rem") else h_binop
        return (h, addr, nxt, a, x, y, fn)
    if 0xD0 <= op <= 0xE2:
        names = ("add", "rsub", "mul", "div", "rem", "and", "or", "xor", "shl", "shr", "ushr")
        name = names[op - 0xD0] if op <= 0xD7 else names[op - 0xD8]
        h = h_divop_lit if name in ("div", "rem") else h_binop_lit
        return (h, addr, nxt, a, b, lit, _INT[name])
    return (h_unsupported, addr, nxt, 0, 0, 0, f"0x{op:02x}")

