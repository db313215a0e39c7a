"""Reference resolvers over a DEX image's id tables, for decoding collected code units.

Collected code versions carry raw indices of the image a method was loaded from.
We parse only that image's id tables (strings, types, protos, fields, methods,
call sites, method handles), reusing the DEX reader's table parser, so decoding a
version needs no full read of a possibly large or damaged memory image.
"""

from __future__ import annotations

import struct

from reassembler.dex import reader
from reassembler.dex.codec import ReferenceResolver
from reassembler.dex.errors import DexError, DexFormatError
from reassembler.errors import ReassembleError

_WRAPPED = (IndexError, KeyError, ValueError, OverflowError, struct.error, RecursionError)


def dex_resolver(data: bytes, name: str) -> ReferenceResolver:
    """A resolver for the image `data`; ReassembleError when its tables are unreadable.

    Checksums are not verified: images dumped from memory are often patched in place.
    """
    # The reader's table pass is what read_dex runs before classes; it is not yet a
    # public API of reader.py, so this is the one place that depends on its internals.
    r = reader._Reader(bytes(data), name)
    try:
        r.read_header(False)
        r.read_strings()
        r.read_types()
        r.read_protos()
        r.read_fields()
        r.read_methods()
        sites_at, handles_at = r.read_map()
        r.read_method_handles(*handles_at)
        r.read_call_sites(*sites_at)
    except DexError as exc:
        raise ReassembleError(str(exc)) from None
    except _WRAPPED as exc:
        raise ReassembleError(str(DexFormatError(f"{name}: malformed {r.where}: {exc}"))) from None
    return r
