"""Reference resolvers over a DEX image's id tables, for decoding collected code units.

Collected code versions carry raw indices of the image a method was loaded from.
We parse only that image's id tables (strings, types, protos, fields, methods,
call sites, method handles), with the DEX reader's `read_tables`, so decoding a
version needs no full read of a possibly large or damaged memory image.
"""

from __future__ import annotations

from reassembler.dex import reader
from reassembler.dex.codec import ReferenceResolver
from reassembler.dex.errors import DexError
from reassembler.errors import ReassembleError


def dex_resolver(data: bytes, name: str) -> ReferenceResolver:
    """A resolver for the image `data`; ReassembleError when its tables are unreadable.

    Checksums are not verified: images dumped from memory are often patched in place.
    """
    try:
        return reader.read_tables(data, name=name, verify_checksum=False)
    except DexError as exc:
        raise ReassembleError(str(exc)) from None
