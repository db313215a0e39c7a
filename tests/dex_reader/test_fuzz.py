"""Fuzz: mutated corpus DEX files make read_dex — and the bytecode verifier and the writer on
whatever still parses — raise nothing but DexError subclasses. Fixed seed, a few hundred cases."""

from __future__ import annotations

import io
import random
import struct
import zipfile
from collections import Counter
from pathlib import Path

import pytest

from reassembler.dex.bytecode_verify import verify_dex
from reassembler.dex.container import nested_dex, open_dex_inputs
from reassembler.dex.errors import DexError
from reassembler.dex.reader import read_dex
from reassembler.dex.writer import write_dex_files
from tests.dex_reader.dexfiles import smallest_dex

SEED = 20_18  # DSN'18
CASES_PER_FILE = 150


def _mutate(rng: random.Random, data: bytes) -> bytes:
    out = bytearray(data)
    kind = rng.random()
    if kind < 0.15:  # truncate anywhere
        return bytes(out[: rng.randrange(len(out))])
    if kind < 0.55:  # flip a few bytes anywhere
        for _ in range(rng.randint(1, 8)):
            out[rng.randrange(len(out))] ^= rng.randint(1, 255)
        return bytes(out)
    # overwrite an aligned u32 (offsets, sizes, indices) with an edge value; bias towards
    # the header and id tables where the structure lives
    limit = min(len(out) - 4, 0x70 + 4 * 2000) if rng.random() < 0.6 else len(out) - 4
    pos = rng.randrange(0, limit) & ~3
    value = rng.choice([0, 1, 0x7F, 0x80, 0xFFFF, 0x10000, 0x7FFFFFFF, 0xFFFFFFFF, len(out), len(out) - 1])
    struct.pack_into("<I", out, pos, value)
    return bytes(out)


@pytest.fixture(scope="module")
def seeds(droidbench_apks: list[Path]) -> list[bytes]:
    return smallest_dex(droidbench_apks, 3)


def test_mutations_raise_only_dex_errors(seeds: list[bytes]) -> None:
    rng = random.Random(SEED)
    outcomes: Counter[str] = Counter()
    for data in seeds:
        for _ in range(CASES_PER_FILE):
            mutated = _mutate(rng, data)
            try:
                model = read_dex(mutated, name="fuzz.dex", verify_checksum=False)
            except DexError as exc:
                msg = str(exc)
                assert msg.startswith("fuzz.dex: ") and "\n" not in msg, msg
                outcomes["rejected"] += 1
                continue
            outcomes["read"] += 1
            try:
                problems = verify_dex(model)
            except DexError:
                outcomes["verifier error"] += 1
                continue
            outcomes["verifier found problems" if problems else "verified"] += 1
            try:
                write_dex_files(model)
            except DexError:
                outcomes["writer refused"] += 1
    # the fuzzer must exercise both outcomes or it tests nothing (ART's structural rules
    # reject most mutants; a few dozen still read)
    assert outcomes["rejected"] > 50 and outcomes["read"] > 10, outcomes


def test_checksum_rejects_every_byte_flip(seeds: list[bytes]) -> None:
    rng = random.Random(SEED + 1)
    data = seeds[0]
    for _ in range(50):
        out = bytearray(data)
        out[rng.randrange(12, len(out))] ^= rng.randint(1, 255)
        with pytest.raises(DexError, match="bad checksum"):
            read_dex(bytes(out), name="fuzz.dex")


def _small_apk() -> bytes:
    inner = io.BytesIO()
    with zipfile.ZipFile(inner, "w") as z:
        z.writestr("classes.dex", b"dex\n035\0" + bytes(200))
    outer = io.BytesIO()
    with zipfile.ZipFile(outer, "w", zipfile.ZIP_DEFLATED) as z:
        z.writestr("classes.dex", b"dex\n035\0" + bytes(range(256)) * 20)
        z.writestr("assets/plugin.jar", inner.getvalue())
        z.writestr("res/layout.xml", b"<x/>" * 100)
    return outer.getvalue()


def test_mutated_archives_raise_only_dex_errors(tmp_path: Path) -> None:
    rng = random.Random(SEED + 2)
    base = _small_apk()
    outcomes: Counter[str] = Counter()
    path = tmp_path / "fuzz.apk"
    for _ in range(300):
        data = bytearray(base)
        if rng.random() < 0.2:
            data = data[: rng.randrange(len(data))]
        else:
            for _ in range(rng.randint(1, 6)):
                data[rng.randrange(len(data))] = rng.randrange(256)
        path.write_bytes(bytes(data))
        for reader in (open_dex_inputs, nested_dex):
            try:
                reader(path)
                outcomes["read"] += 1
            except DexError as exc:
                assert str(exc).startswith(str(path)) and "\n" not in str(exc), exc
                outcomes["rejected"] += 1
    assert outcomes["read"] > 50 and outcomes["rejected"] > 50, outcomes
