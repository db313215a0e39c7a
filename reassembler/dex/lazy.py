"""Code items decoded on first access: what `read_dex(lazy=True)` puts in `Method.code`.

A `LazyCode` is a `Code` whose header (registers, ins, outs) is read with the class, while its
instructions, try blocks and debug info stay in the file until someone reads `items`, `tries`
or `debug`. It behaves as a `Code` in every other way (equality, repr, copy, pickle: copies and
pickles are plain `Code`s).

Why: most callers of a big DEX touch a few methods (the reassembler replaces some bodies, the
emulator runs some); the writer copies every code item nobody looked at through with its
indices renumbered (`reassembler.dex.passthrough`) instead of decoding and re-assembling it.
Any access to `items` counts as a touch — a caller may mutate the list it got — so the writer
re-assembles that method from the model. `tries` and `debug` are tracked apart: reading only the
line table keeps the instructions on the copy-through path.

Errors: a malformed code item raises `DexFormatError` (naming the file and the method) on first
access or when the writer scans it, not in `read_dex`.
"""

from __future__ import annotations

from typing import Any, Protocol

from reassembler.dex.model import (
    CallSite,
    Code,
    CodeItem,
    DebugInfo,
    FieldRef,
    MethodHandle,
    MethodRef,
    Proto,
    TryBlock,
)

# Slot descriptors of Code's fields that LazyCode shadows with properties.
_ITEMS: Any = Code.__dict__["items"]
_TRIES: Any = Code.__dict__["tries"]
_DEBUG: Any = Code.__dict__["debug"]

ITEMS_LOADED = 1
TRIES_LOADED = 2
DEBUG_LOADED = 4
ALL_LOADED = ITEMS_LOADED | TRIES_LOADED | DEBUG_LOADED


class CodeSource(Protocol):
    """The file a LazyCode was read from (the reader): its bytes, id tables and decoders."""

    name: str
    data: bytes
    strings: list[str]
    types: list[str]
    protos: list[Proto]
    fields: list[FieldRef]
    methods: list[MethodRef]
    sites: list[CallSite]
    handles: list[MethodHandle]

    def load_items(self, code: LazyCode) -> list[CodeItem]: ...
    def load_tries(self, code: LazyCode) -> list[TryBlock]: ...
    def load_debug(self, code: LazyCode) -> DebugInfo | None: ...


class LazyCode(Code):
    """A code_item read on demand; `offset` is where it starts in `source.data`."""

    __slots__ = ("source", "ref", "offset", "loaded")

    source: CodeSource | None
    ref: MethodRef | None
    offset: int
    loaded: int

    def __init__(self, registers: int, ins: int, outs: int, items: list[CodeItem],
                 tries: list[TryBlock] | None = None, debug: DebugInfo | None = None) -> None:
        # Reached through dataclasses.replace: everything is given, nothing is deferred.
        self.source, self.ref, self.offset, self.loaded = None, None, 0, ALL_LOADED
        Code.__init__(self, registers, ins, outs, items, [] if tries is None else tries, debug)

    @classmethod
    def deferred(cls, source: CodeSource, ref: MethodRef, offset: int,
                 registers: int, ins: int, outs: int) -> LazyCode:
        code = cls.__new__(cls)
        code.registers, code.ins, code.outs = registers, ins, outs
        code.source, code.ref, code.offset, code.loaded = source, ref, offset, 0
        return code

    @property
    def items(self) -> list[CodeItem]:
        if not self.loaded & ITEMS_LOADED:
            assert self.source is not None
            _ITEMS.__set__(self, self.source.load_items(self))
            self.loaded |= ITEMS_LOADED
        items: list[CodeItem] = _ITEMS.__get__(self, LazyCode)
        return items

    @items.setter
    def items(self, value: list[CodeItem]) -> None:
        _ITEMS.__set__(self, value)
        self.loaded |= ITEMS_LOADED

    @property
    def tries(self) -> list[TryBlock]:
        if not self.loaded & TRIES_LOADED:
            assert self.source is not None
            _TRIES.__set__(self, self.source.load_tries(self))
            self.loaded |= TRIES_LOADED
        tries: list[TryBlock] = _TRIES.__get__(self, LazyCode)
        return tries

    @tries.setter
    def tries(self, value: list[TryBlock]) -> None:
        _TRIES.__set__(self, value)
        self.loaded |= TRIES_LOADED

    @property
    def debug(self) -> DebugInfo | None:
        if not self.loaded & DEBUG_LOADED:
            assert self.source is not None
            _DEBUG.__set__(self, self.source.load_debug(self))
            self.loaded |= DEBUG_LOADED
        debug: DebugInfo | None = _DEBUG.__get__(self, LazyCode)
        return debug

    @debug.setter
    def debug(self, value: DebugInfo | None) -> None:
        _DEBUG.__set__(self, value)
        self.loaded |= DEBUG_LOADED

    def __eq__(self, other: object) -> bool:
        if not isinstance(other, Code):
            return NotImplemented
        return (self.registers, self.ins, self.outs, self.items, self.tries, self.debug) == (
            other.registers, other.ins, other.outs, other.items, other.tries, other.debug)

    __hash__ = None  # type: ignore[assignment]

    def __reduce__(self) -> tuple[type[Code], tuple[Any, ...]]:
        # Copies and pickles are plain Codes: they must not drag the whole file along.
        return Code, (self.registers, self.ins, self.outs, self.items, self.tries, self.debug)


def pristine(code: Code) -> LazyCode | None:
    """`code` as a LazyCode whose instructions nobody has read (copy-through), else None."""
    if type(code) is LazyCode and not code.loaded & ITEMS_LOADED and code.source is not None:
        return code
    return None
