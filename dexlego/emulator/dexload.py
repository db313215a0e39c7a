"""Load DEX images into class definitions whose code is decoded lazily, on first call.

Uses the project reader (`reassembler.dex.reader`): its parser runs with instruction decoding
off so that a 45k-method DEX loads fast, while we remember where each code item lives; a
method's instructions are decoded by `codec.decode_code` only when the emulator first calls it,
and its raw insns bytes are kept for the trace's `code_version` messages.
"""

from __future__ import annotations

import hashlib
import struct
from dataclasses import dataclass, field
from typing import Any

from reassembler.dex import codec, reader
from reassembler.dex.errors import DexError, DexFormatError
from reassembler.dex.model import Code, CodeItem, DexFile, MethodRef

_HEADER = struct.Struct("<HHHHII")


@dataclass(slots=True)
class LoadedDex:
    """One DEX image as the emulator loaded it."""

    name: str
    data: bytes
    sha256: str
    dex: DexFile
    # method signature -> offset of its code_item in `data`
    code_offsets: dict[str, int] = field(default_factory=dict)
    resolver: object = None

    def raw_insns(self, method: MethodRef) -> bytes:
        """The insns bytes of `method`'s code item exactly as in the file."""
        off = self.code_offsets[str(method)]
        _, _, _, _, _, n = _HEADER.unpack_from(self.data, off)
        return self.data[off + 16 : off + 16 + 2 * n]

    def decode(self, method: MethodRef) -> list[CodeItem]:
        """Decode `method`'s instructions (raises DexError on malformed code)."""
        return codec.decode_code(self.raw_insns(method), self.resolver)  # type: ignore[arg-type]


class _LazyReader(reader._Reader):
    """The project reader, recording code offsets instead of decoding every method."""

    def __init__(self, data: bytes, name: str) -> None:
        super().__init__(data, name)
        self.code_offsets: dict[str, int] = {}

    def read_code(self, ref: MethodRef, off: int, decode_code: bool) -> Code:
        self.code_offsets[str(ref)] = off
        return super().read_code(ref, off, False)

    def debug_info(self, off: int, what: str) -> Any:  # type: ignore[override]
        # Line tables are not needed to run code; skipping them makes loading ~30% faster.
        return None


def load_dex(data: bytes, name: str) -> LoadedDex:
    """Parse one DEX image; raises `DexError` (one line) when it is malformed."""
    reader.dex_version(data, name)
    rd = _LazyReader(bytes(data), name)
    try:
        dex = rd.read(decode_code=False, verify_checksum=False)
    except DexError:
        raise
    except Exception as exc:  # the reader wraps these itself in read_dex; mirror that
        raise DexFormatError(f"{name}: malformed {rd.where}: {exc}") from None
    return LoadedDex(
        name=name,
        data=bytes(data),
        sha256=hashlib.sha256(data).hexdigest(),
        dex=dex,
        code_offsets=rd.code_offsets,
        resolver=rd,
    )
