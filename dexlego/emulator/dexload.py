"""Load DEX images into class definitions whose code is decoded lazily, on first call.

Uses the project reader (`reassembler.dex.reader`): its parser runs with instruction decoding
off so that a 45k-method DEX loads fast, while we remember where each code item lives; a
method's instructions are decoded by `codec.decode_code` only when the emulator first calls it,
and its raw insns bytes are kept for the trace's `code_version` messages.

Native code may write into the DEX as it is mapped in memory (native/artimage.py): `patch`
applies such a write to the image the interpreter reads (`image`), leaving `data`, the file as
loaded, untouched; the emulator then decodes the changed methods anew.
"""

from __future__ import annotations

import bisect
import hashlib
import struct
from dataclasses import dataclass, field

from reassembler.dex import codec, reader
from reassembler.dex.model import CodeItem, DexFile, MethodRef


@dataclass(slots=True)
class LoadedDex:
    """One DEX image as the emulator loaded it (declarations now, code on first call)."""

    name: str
    sha256: str
    lazy: reader.LazyDex
    image: bytearray | None = None  # the bytes in memory once native code wrote into them
    _spans: list[tuple[int, int, str]] = field(default_factory=list)  # code items by offset

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
        """The insns bytes of `method`'s code item as the interpreter reads them (the file's,
        unless native code rewrote them in memory)."""
        if self.image is None:
            return self.lazy.raw_insns(method)
        off = self.lazy.code_offsets[str(method)]
        n = _CODE_HEADER.unpack_from(self.image, off)[5]
        return bytes(self.image[off + 16 : off + 16 + 2 * n])

    def code_header(self, method: MethodRef) -> tuple[int, int, int]:
        """(registers, ins, outs) of `method`'s code item as in memory."""
        data = self.image if self.image is not None else self.lazy.data
        regs, ins, outs = _CODE_HEADER.unpack_from(data, self.lazy.code_offsets[str(method)])[:3]
        return regs, ins, outs

    def decode(self, method: MethodRef) -> list[CodeItem]:
        """Decode `method`'s instructions (raises DexError on malformed code)."""
        if self.image is None:
            return self.lazy.decode(method)
        return codec.decode_code(self.raw_insns(method), self.lazy.resolver)

    def methods_at(self, offset: int, size: int) -> list[str]:
        """Signatures of the methods whose code item overlaps [offset, offset + size)."""
        if not self._spans:
            data = self.lazy.data
            spans = []
            for sig, off in self.lazy.code_offsets.items():
                n = _CODE_HEADER.unpack_from(data, off)[5]
                spans.append((off, off + 16 + 2 * n, sig))
            spans.sort()
            self._spans = spans
        out = []
        i = bisect.bisect_right(self._spans, (offset, 1 << 62, "")) - 1
        i = max(i, 0)
        while i < len(self._spans) and self._spans[i][0] < offset + size:
            start, end, sig = self._spans[i]
            if end > offset:
                out.append(sig)
            i += 1
        return out

    def current(self, offset: int, size: int) -> bytes:
        data = self.image if self.image is not None else self.lazy.data
        return bytes(data[offset : offset + size])

    def patch(self, offset: int, data: bytes) -> None:
        """Apply a native write of `data` at `offset` into the in-memory image."""
        if self.image is None:
            self.image = bytearray(self.lazy.data)
        self.image[offset : offset + len(data)] = data


_CODE_HEADER = struct.Struct("<4HII")


def load_dex(data: bytes, name: str) -> LoadedDex:
    """Parse one DEX image; raises `DexError` (one line) when it is malformed."""
    reader.dex_version(data, name)
    return LoadedDex(name=name, sha256=hashlib.sha256(data).hexdigest(),
                     lazy=reader.read_dex_lazy(data, name=name, verify_checksum=False))
