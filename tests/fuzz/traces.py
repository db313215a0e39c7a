"""Crafted trace files (what a hostile agent or a forged export can hand `dexlego trace import`
and `trace validate`): huge integers, timestamps out of range, lone surrogates, lines longer
than the limit, floods of junk, and a `dynamic_load` delivering a crafted DEX image."""

from __future__ import annotations

import base64
import hashlib
import json
from collections.abc import Callable
from pathlib import Path
from typing import Any

APK_SHA = hashlib.sha256(b"crafted apk").hexdigest()
HEADER: dict[str, Any] = {
    "type": "run", "schema": 1, "package": "com.example.crafted", "apk_sha256": APK_SHA,
    "runtime": "emulator", "device": {"model": None, "abi": None, "api_level": None},
    "started_at": "2024-01-01T00:00:00+00:00", "ended_at": None, "status": "complete",
    "reason": "done", "rejected_messages": 0, "rejections": [],
}
HELLO = {"type": "hello", "schema": 1, "runtime": "emulator",
         "device": {"model": None, "abi": None, "api_level": None}}
BYE = {"type": "bye", "status": "complete", "reason": "done"}


def _line(obj: object) -> bytes:
    return json.dumps(obj).encode() + b"\n"


def huge_integer(path: Path, digits: int = 5000) -> Path:
    path.write_bytes(_line(HEADER) + _line(HELLO) + b'{"type": "reflection", "count": '
                     + b"9" * digits + b"}\n" + _line(BYE))
    return path


def timestamp_out_of_range(path: Path, when: str = "0001-01-01T00:00:00+05:00") -> Path:
    path.write_bytes(_line({**HEADER, "started_at": when}) + _line(BYE))
    return path


def lone_surrogate(path: Path) -> Path:
    # json.dumps writes the lone surrogate as the escape \ud800, as a hostile writer would
    path.write_bytes(_line({**HEADER, "rejections": ["\ud800"]}) + _line(BYE))
    return path


def overlong_line(path: Path, length: int) -> Path:
    """A header, then `length` bytes without a newline (written in chunks)."""
    with path.open("wb") as fh:
        fh.write(_line(HEADER))
        chunk = b"x" * (1 << 20)
        left = length
        while left > 0:
            fh.write(chunk[: min(left, len(chunk))])
            left -= len(chunk)
    return path


def junk_flood(path: Path, lines: int) -> Path:
    with path.open("wb") as fh:
        fh.write(_line(HEADER))
        fh.write(b"junk{\n" * lines)
    return path


def dynamic_load(path: Path, dex: bytes, apk_sha256: str = APK_SHA) -> Path:
    """A run whose app loaded `dex` from memory (the image travels base64 in the trace);
    `apk_sha256` names the APK the run claims to come from (reassemble checks it)."""
    sha = hashlib.sha256(dex).hexdigest()
    image = {"type": "dex_image", "sha256": sha, "size": len(dex),
             "data": base64.b64encode(dex).decode("ascii"),
             "origin": {"kind": "memory", "name": None,
                        "loader": "dalvik.system.InMemoryDexClassLoader", "base": None,
                        "compact": False}}
    load = {"type": "dynamic_load", "loader_class": "dalvik.system.InMemoryDexClassLoader",
            "source_kind": "buffer", "source": None, "dex_sha256": [sha]}
    header = {**HEADER, "apk_sha256": apk_sha256}
    path.write_bytes(_line(header) + _line(HELLO) + _line(image) + _line(load) + _line(BYE))
    return path


def empty_run(path: Path, apk_sha256: str) -> Path:
    """A run of the APK whose sha256 is given in which nothing executed (hello, then bye)."""
    path.write_bytes(_line({**HEADER, "apk_sha256": apk_sha256}) + _line(HELLO) + _line(BYE))
    return path


#: Small instances of every class (the regression tests and the harness's default run).
SMALL: dict[str, Callable[[Path], Path]] = {
    "huge integer": huge_integer,
    "timestamp out of range": timestamp_out_of_range,
    "timestamp year 9999": lambda p: timestamp_out_of_range(p, "9999-12-31T23:59:59-05:00"),
    "lone surrogate": lone_surrogate,
    "junk flood": lambda p: junk_flood(p, 20_000),
}
