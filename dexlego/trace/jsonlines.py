"""Strict JSON Lines decoding and canonical encoding of trace messages.

Decoding rejects what Python's `json` would otherwise let through: non-UTF-8 bytes, duplicate
keys, NaN/Infinity, and nesting deep enough to exhaust the parser's recursion.
"""

from __future__ import annotations

import json
from typing import Any

from dexlego.trace import limits as L
from dexlego.trace.errors import TraceRejected


def _no_duplicates(pairs: list[tuple[str, Any]]) -> dict[str, Any]:
    out: dict[str, Any] = {}
    for k, v in pairs:
        if k in out:
            raise TraceRejected(f"JSON: duplicate key {k[:40]!r}")
        out[k] = v
    return out


def _no_constants(name: str) -> Any:
    raise TraceRejected(f"JSON: {name} is not allowed")


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


def decode_line(line: bytes | str) -> object:
    """Decode one JSON line into a Python object, or raise TraceRejected with a reason."""
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
        obj = json.loads(text, object_pairs_hook=_no_duplicates, parse_constant=_no_constants)
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
