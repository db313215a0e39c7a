"""Strict JSON Lines decoding and canonical encoding of trace messages.

Decoding rejects what Python's `json` would otherwise let through: non-UTF-8 bytes, duplicate
keys, NaN/Infinity, and nesting deep enough to exhaust the parser's recursion.
"""

from __future__ import annotations

import json
import math
from collections.abc import Iterator
from typing import IO, Any

from dexlego.trace import limits as L
from dexlego.trace.errors import TraceRejected

#: Digits of the longest integer a line may carry: every integer field fits 64 bits (20 digits).
MAX_INT_DIGITS = 32


class OverlongLine(bytes):
    """Stands for a line longer than the limit that was skipped, not read: its bytes are only
    the line's start (for messages), `length` its full size."""

    length: int

    def __new__(cls, head: bytes, length: int) -> OverlongLine:
        line = super().__new__(cls, head)
        line.length = length
        return line


def bounded_lines(fh: IO[bytes], limit: int = L.MAX_LINE_BYTES) -> Iterator[bytes]:
    """The lines of a binary stream, each read with at most `limit` + 1 bytes in memory; a
    longer line is skipped in chunks and yielded as an `OverlongLine` (which `decode_line`
    rejects), so a file without newlines never makes us hold more than the limit."""
    while True:
        line = fh.readline(limit + 1)
        if not line:
            return
        if len(line) <= limit or line.endswith(b"\n"):
            yield line
            continue
        length = len(line)
        head = line[:64]
        del line
        while True:
            chunk = fh.readline(1 << 20)
            length += len(chunk)
            if not chunk or chunk.endswith(b"\n"):
                break
        yield OverlongLine(head, length)


def _no_duplicates(pairs: list[tuple[str, Any]]) -> dict[str, Any]:
    out: dict[str, Any] = {}
    for k, v in pairs:
        if k in out:
            raise TraceRejected(f"JSON: duplicate key {k[:40]!r}")
        out[k] = v
    return out


def _no_constants(name: str) -> Any:
    raise TraceRejected(f"JSON: {name} is not allowed")


def _integer(text: str) -> int:
    # json's default int() of a 5,000-digit literal raises ValueError (CPython's limit on
    # str-to-int conversion); no field needs more than 64 bits.
    if len(text.lstrip("-")) > MAX_INT_DIGITS:
        raise TraceRejected(f"JSON: integer of {len(text.lstrip('-'))} digits, more than "
                            f"{MAX_INT_DIGITS}")
    return int(text)


def _number(text: str) -> float:
    value = float(text)
    if not math.isfinite(value):
        raise TraceRejected(f"JSON: number {text[:40]} is out of range")
    return value


def _depth_ok(obj: object, limit: int) -> bool:
    # Iterative so that a hostile object cannot exhaust our own stack.
    stack: list[tuple[object, int]] = [(obj, 1)]
    while stack:
        cur, d = stack.pop()
        if isinstance(cur, dict | list):
            if d > limit:
                return False
            children = cur.values() if isinstance(cur, dict) else cur
            stack.extend((c, d + 1) for c in children if isinstance(c, dict | list))
    return True


# One decoder for every line (json.loads with hooks builds a new one per call).
_DECODER = json.JSONDecoder(object_pairs_hook=_no_duplicates, parse_constant=_no_constants,
                            parse_int=_integer, parse_float=_number)


def decode_line(line: bytes | str) -> object:
    """Decode one JSON line into a Python object, or raise TraceRejected with a reason."""
    if isinstance(line, OverlongLine):
        raise TraceRejected(f"line of {line.length} bytes, more than {L.MAX_LINE_BYTES}")
    if len(line) > L.MAX_LINE_BYTES:
        raise TraceRejected(f"line of {len(line)} bytes, more than {L.MAX_LINE_BYTES}")
    if isinstance(line, bytes):
        try:
            text = line.decode("utf-8")
        except UnicodeDecodeError as exc:
            raise TraceRejected(f"line is not valid UTF-8 (byte {exc.start})") from None
    else:
        text = line
    text = text.strip()
    if not text:
        raise TraceRejected("empty line")
    try:
        obj = _DECODER.decode(text)
    except RecursionError:
        raise TraceRejected("JSON nested too deeply") from None
    except json.JSONDecodeError as exc:
        raise TraceRejected(f"malformed JSON: {exc.msg} at column {exc.colno}") from None
    if not _depth_ok(obj, L.MAX_DEPTH):
        raise TraceRejected(f"JSON nested deeper than {L.MAX_DEPTH} levels")
    return obj


def encode_line(obj: object) -> str:
    """Canonical one-line JSON (sorted keys, no spaces, UTF-8 text) without the newline."""
    return json.dumps(obj, sort_keys=True, separators=(",", ":"), ensure_ascii=False)
