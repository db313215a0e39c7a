"""Heap values of the emulated Java world.

- Java strings are Python `str` (or `taint.TStr`); null is `None`.
- int/short/char/byte/boolean/long are Python `int`; float/double are Python `float`
  (constants loaded as raw bits are converted when a float operation first reads them).
- objects are `JObject`, arrays `JArray`. Framework models keep their Python-side state
  (a string builder's chunks, a list's elements, a class mirror's runtime class) in `native`.
"""

from __future__ import annotations

from collections.abc import Iterator
from typing import TYPE_CHECKING, Any

from dexlego.emulator.taint import EMPTY, Taint

if TYPE_CHECKING:
    from dexlego.emulator.vm.classes import RClass


class JObject:
    """An instance of a class (app class or framework model)."""

    __slots__ = ("cls", "fields", "native", "taint")

    def __init__(self, cls: RClass, native: Any = None) -> None:
        self.cls = cls
        self.fields: dict[str, Any] = {}
        self.native = native
        self.taint: Taint = EMPTY

    def contents(self) -> Iterator[Any]:
        """What this object holds, for taint checks: its fields and its model state."""
        yield from self.fields.values()
        n = self.native
        if n is None:
            return
        if isinstance(n, list | tuple | set):
            yield from n
        elif isinstance(n, dict):
            yield from n.keys()
            yield from n.values()
        elif isinstance(n, str | int | float | JObject | JArray):
            yield n

    def __repr__(self) -> str:
        return f"<{self.cls.name} object>"


class JArray:
    """A Java array: its descriptor (`[I`, `[Ljava/lang/String;`) and elements."""

    __slots__ = ("type", "data", "taint", "__weakref__")  # weakref: the heap credits frees

    def __init__(self, type_: str, data: list[Any]) -> None:
        self.type = type_
        self.data = data
        self.taint: Taint = EMPTY

    def contents(self) -> Iterator[Any]:
        return iter(self.data)

    def __repr__(self) -> str:
        return f"<{self.type} array[{len(self.data)}]>"


def utf16_units(s: str) -> str:
    """A Java string as the emulator holds it: one Python character per UTF-16 code unit, a
    character beyond U+FFFF as its surrogate pair (String.length, charAt and toCharArray count
    code units; packers hide data in such strings)."""
    if s.isascii() or max(s) <= "\uffff":
        return s
    out = []
    for c in s:
        o = ord(c)
        if o > 0xFFFF:
            o -= 0x10000
            out.append(chr(0xD800 + (o >> 10)))
            out.append(chr(0xDC00 + (o & 0x3FF)))
        else:
            out.append(c)
    return "".join(out)


def encode_utf8(s: str) -> bytes:
    """String.getBytes(UTF-8): surrogate pairs as one 4-byte sequence, a lone surrogate as '?'."""
    try:
        return s.encode("utf-8")
    except UnicodeEncodeError:
        paired = s.encode("utf-16-le", "surrogatepass").decode("utf-16-le", "surrogatepass")
        return paired.encode("utf-8", "replace")


def default_value(descriptor: str) -> Any:
    """The zero value of a field or array element of type `descriptor`."""
    c = descriptor[0]
    if c in "L[":
        return None
    if c in "FD":
        return 0.0
    return 0


def new_array(type_: str, length: int) -> JArray:
    """A fresh array of `length` zero elements (the caller checks the length)."""
    return JArray(type_, [default_value(type_[1:])] * length)
