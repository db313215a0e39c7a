"""Test input helpers: an index-tagging resolver/lookup pair and a minimal code-item walker.

The walker reads only what the codec tests need (each method's insns, registers,
ins and tries) straight from the DEX layout, so these tests do not depend on
the project's reader. The identity resolver/lookup is a bijection between
indices and tagged references: test input, not the thing under test.
"""

from __future__ import annotations

import struct
import zipfile
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path

from reassembler.dex.leb128 import read_sleb128, read_uleb128
from reassembler.dex.model import (
    CallSite,
    EncodedValue,
    FieldRef,
    Handler,
    MethodHandle,
    MethodHandleKind,
    MethodRef,
    Proto,
    TryBlock,
    ValueKind,
)
from reassembler.dex.mutf8 import decode_mutf8


class TaggedRefs:
    """Resolver and lookup at once: index i <-> a reference that spells i."""

    def string(self, index: int) -> str:
        return f"S{index}"

    def type(self, index: int) -> str:
        return f"LT{index};"

    def field(self, index: int) -> FieldRef:
        return FieldRef("LF;", f"f{index}", "I")

    def method(self, index: int) -> MethodRef:
        return MethodRef("LM;", f"m{index}", Proto("V"))

    def proto(self, index: int) -> Proto:
        return Proto(f"LP{index};")

    def call_site(self, index: int) -> CallSite:
        return CallSite((EncodedValue(ValueKind.INT, index),))

    def method_handle(self, index: int) -> MethodHandle:
        return MethodHandle(MethodHandleKind.STATIC_GET, FieldRef("LH;", f"h{index}", "I"))

    def string_index(self, s: str) -> int:
        return int(s[1:])

    def type_index(self, t: str) -> int:
        return int(t[2:-1])

    def field_index(self, f: FieldRef) -> int:
        return int(f.name[1:])

    def method_index(self, m: MethodRef) -> int:
        return int(m.name[1:])

    def proto_index(self, p: Proto) -> int:
        return int(p.return_type[2:-1])

    def call_site_index(self, c: CallSite) -> int:
        value = c.values[0].value
        assert isinstance(value, int)
        return value

    def method_handle_index(self, h: MethodHandle) -> int:
        return int(h.member.name[1:])


@dataclass
class RawCode:
    method_idx: int
    access: int
    code_off: int
    registers: int
    ins: int
    outs: int
    insns: bytes
    tries: list[TryBlock]


def dex_from_apk(path: Path, name: str = "classes.dex") -> bytes:
    with zipfile.ZipFile(path) as zf:
        return zf.read(name)


def iter_code(dex: bytes) -> Iterator[RawCode]:
    """Every method's code item in class_def order (trusted corpus input)."""
    class_defs_size, class_defs_off = struct.unpack_from("<II", dex, 0x60)
    for c in range(class_defs_size):
        class_data_off = struct.unpack_from("<I", dex, class_defs_off + 32 * c + 24)[0]
        if not class_data_off:
            continue
        pos = class_data_off
        counts = []
        for _ in range(4):
            v, pos = read_uleb128(dex, pos)
            counts.append(v)
        for _ in range(counts[0] + counts[1]):  # fields
            _, pos = read_uleb128(dex, pos)
            _, pos = read_uleb128(dex, pos)
        for group in (counts[2], counts[3]):
            midx = 0  # the diff encoding restarts for the virtual methods
            for _ in range(group):
                diff, pos = read_uleb128(dex, pos)
                midx += diff
                access, pos = read_uleb128(dex, pos)
                code_off, pos = read_uleb128(dex, pos)
                if code_off:
                    yield _code_item(dex, midx, access, code_off)


def _code_item(dex: bytes, midx: int, access: int, off: int) -> RawCode:
    regs, ins, outs, tries_size, _debug, insns_size = struct.unpack_from("<HHHHII", dex, off)
    start = off + 16
    insns = dex[start : start + 2 * insns_size]
    tries: list[TryBlock] = []
    if tries_size:
        toff = start + 2 * insns_size + (2 if insns_size & 1 else 0)
        handlers_base = toff + 8 * tries_size
        for k in range(tries_size):
            t_start, count, h_off = struct.unpack_from("<IHH", dex, toff + 8 * k)
            size, pos = read_sleb128(dex, handlers_base + h_off)
            handlers = []
            for _ in range(abs(size)):
                type_idx, pos = read_uleb128(dex, pos)
                addr, pos = read_uleb128(dex, pos)
                handlers.append(Handler(f"#{type_idx}", addr))
            catch_all = None
            if size <= 0:
                catch_all, pos = read_uleb128(dex, pos)
            tries.append(TryBlock(t_start, t_start + count, tuple(handlers), catch_all))
    return RawCode(midx, access, off, regs, ins, outs, insns, tries)


class DexRefs:
    """A resolver over a DEX's id tables (strings, types, protos, fields, methods)."""

    def __init__(self, dex: bytes) -> None:
        self.dex = dex
        sizes = struct.unpack_from("<12I", dex, 0x38)
        (n_str, o_str, n_typ, o_typ, n_pro, o_pro, n_fld, o_fld, n_met, o_met) = sizes[:10]
        self.strings: list[str] = [self._string(struct.unpack_from("<I", dex, o_str + 4 * i)[0])
                        for i in range(n_str)]  # fmt: skip
        self.types: list[str] = [self.strings[struct.unpack_from("<I", dex, o_typ + 4 * i)[0]]
                      for i in range(n_typ)]  # fmt: skip
        self.protos: list[Proto] = []
        for i in range(n_pro):
            _shorty, ret, params_off = struct.unpack_from("<III", dex, o_pro + 12 * i)
            params: tuple[str, ...] = ()
            if params_off:
                (count,) = struct.unpack_from("<I", dex, params_off)
                idxs = struct.unpack_from(f"<{count}H", dex, params_off + 4)
                params = tuple(self.types[t] for t in idxs)
            self.protos.append(Proto(self.types[ret], params))
        self.fields: list[FieldRef] = []
        for i in range(n_fld):
            cls, typ, name = struct.unpack_from("<HHI", dex, o_fld + 8 * i)
            self.fields.append(FieldRef(self.types[cls], self.strings[name], self.types[typ]))
        self.methods: list[MethodRef] = []
        for i in range(n_met):
            cls, pro, name = struct.unpack_from("<HHI", dex, o_met + 8 * i)
            self.methods.append(MethodRef(self.types[cls], self.strings[name], self.protos[pro]))

    def _string(self, off: int) -> str:
        _, pos = read_uleb128(self.dex, off)
        return decode_mutf8(self.dex[pos : self.dex.index(b"\x00", pos)])

    def string(self, index: int) -> str:
        return self.strings[index]

    def type(self, index: int) -> str:
        return self.types[index]

    def field(self, index: int) -> FieldRef:
        return self.fields[index]

    def method(self, index: int) -> MethodRef:
        return self.methods[index]

    def proto(self, index: int) -> Proto:
        return self.protos[index]

    def call_site(self, index: int) -> CallSite:
        raise NotImplementedError("call sites are not read by this test helper")

    def method_handle(self, index: int) -> MethodHandle:
        raise NotImplementedError("method handles are not read by this test helper")
