"""Load DEX images into class definitions whose code is decoded lazily, on first call.

Uses the project reader (`reassembler.dex.reader`): its parser runs with instruction decoding
off so that a 45k-method DEX loads fast, while we remember where each code item lives; a
method's instructions are decoded by `codec.decode_code` only when the emulator first calls it,
and its raw insns bytes are kept for the trace's `code_version` messages.
"""

from __future__ import annotations

import hashlib
from dataclasses import dataclass

from reassembler.dex import codec, reader
from reassembler.dex.model import CodeItem, DexFile, MethodRef


@dataclass(slots=True)
class LoadedDex:
    """One DEX image as the emulator loaded it (declarations now, code on first call)."""

    name: str
    sha256: str
    lazy: reader.LazyDex

    @property
    def data(self) -> bytes:
        return self.lazy.data

    @property
    def dex(self) -> DexFile:
        return self.lazy.dex

    @property
    def resolver(self) -> codec.ReferenceResolver:
        return self.lazy.resolver

    def raw_insns(self, method: MethodRef) -> bytes:
        """The insns bytes of `method`'s code item exactly as in the file."""
        return self.lazy.raw_insns(method)

    def decode(self, method: MethodRef) -> list[CodeItem]:
        """Decode `method`'s instructions (raises DexError on malformed code)."""
        return self.lazy.decode(method)


def load_dex(data: bytes, name: str) -> LoadedDex:
    """Parse one DEX image; raises `DexError` (one line) when it is malformed."""
    reader.dex_version(data, name)
    return LoadedDex(name=name, sha256=hashlib.sha256(data).hexdigest(),
                     lazy=reader.read_dex_lazy(data, name=name, verify_checksum=False))
