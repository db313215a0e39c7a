"""Verifying a transformed method in the layout the writer will give it.

Transformations give inserted items fresh addresses, so a transformed `Code` is not in
address order; the bytecode verifier reasons about a laid-out body (try order, boundaries).
We lay the body out with the codec, as the writer will, over a private interning table of
references, decode it back, and verify that.
"""

from __future__ import annotations

import dataclasses
from typing import TypeVar

from reassembler.dex.bytecode_verify import verify_code
from reassembler.dex.codec import assemble, decode_code
from reassembler.dex.errors import DexError
from reassembler.dex.model import (
    CallSite,
    Code,
    FieldRef,
    Method,
    MethodHandle,
    MethodRef,
    Proto,
)

T = TypeVar("T")


class _Pool:
    """Both an IndexLookup and a ReferenceResolver over one interning table per kind."""

    def __init__(self) -> None:
        self.tables: dict[str, list[object]] = {}
        self.index: dict[tuple[str, object], int] = {}

    def _intern(self, kind: str, value: object) -> int:
        key = (kind, value)
        if key not in self.index:
            table = self.tables.setdefault(kind, [])
            self.index[key] = len(table)
            table.append(value)
        return self.index[key]

    def _get(self, kind: str, i: int, cls: type[T]) -> T:
        value = self.tables[kind][i]
        assert isinstance(value, cls)
        return value

    def string_index(self, s: str) -> int:
        return self._intern("string", s)

    def type_index(self, t: str) -> int:
        return self._intern("type", t)

    def field_index(self, f: FieldRef) -> int:
        return self._intern("field", f)

    def method_index(self, m: MethodRef) -> int:
        return self._intern("method", m)

    def proto_index(self, p: Proto) -> int:
        return self._intern("proto", p)

    def call_site_index(self, c: CallSite) -> int:
        return self._intern("call_site", c)

    def method_handle_index(self, h: MethodHandle) -> int:
        return self._intern("method_handle", h)

    def string(self, i: int) -> str:
        return self._get("string", i, str)

    def type(self, i: int) -> str:
        return self._get("type", i, str)

    def field(self, i: int) -> FieldRef:
        return self._get("field", i, FieldRef)

    def method(self, i: int) -> MethodRef:
        return self._get("method", i, MethodRef)

    def proto(self, i: int) -> Proto:
        return self._get("proto", i, Proto)

    def call_site(self, i: int) -> CallSite:
        return self._get("call_site", i, CallSite)

    def method_handle(self, i: int) -> MethodHandle:
        return self._get("method_handle", i, MethodHandle)


def laid_out(code: Code) -> Code:
    """`code` as the writer will lay it out (addresses consecutive); DexError if it cannot."""
    pool = _Pool()
    out = assemble(code, pool)
    items = decode_code(out.units, pool)
    return Code(code.registers, code.ins, code.outs, items, out.tries, out.debug)


def verify_method(method: Method, dex_version: int = 35) -> list[str]:
    """Bytecode-verifier problems of `method` once laid out (empty when it verifies)."""
    if method.code is None:
        return verify_code(method, dex_version)
    try:
        code = laid_out(method.code)
    except DexError as exc:
        return [f"{method.ref}: cannot be laid out: {exc}"]
    return verify_code(dataclasses.replace(method, code=code), dex_version)
