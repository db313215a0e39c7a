"""The dexdump runner against real and broken files (needs the dexdump binary)."""

from __future__ import annotations

from pathlib import Path

import pytest

from reassembler.dex.container import open_dex_inputs
from reassembler.dex.dexdump import dexdump_available, run_dexdump

pytestmark = pytest.mark.skipif(not dexdump_available(), reason="dexdump is not installed")


@pytest.fixture(scope="module")
def small_dex(droidbench_apks: list[Path]) -> bytes:
    return min((d for apk in droidbench_apks[:20] for _, d in open_dex_inputs(apk)), key=len)


def test_valid_dex_and_apk_pass(tmp_path: Path, small_dex: bytes, droidbench_apks: list[Path]) -> None:
    dex = tmp_path / "ok.dex"
    dex.write_bytes(small_dex)
    assert run_dexdump(dex) == []
    assert run_dexdump(droidbench_apks[0]) == []


def test_truncated_and_flipped_fail_with_art_messages(tmp_path: Path, small_dex: bytes) -> None:
    short = tmp_path / "short.dex"
    short.write_bytes(small_dex[: len(small_dex) // 2])
    (msg,) = run_dexdump(short)
    assert "Bad file size" in msg and "short.dex" in msg
    flipped = bytearray(small_dex)
    flipped[len(flipped) // 2] ^= 0xFF
    bad = tmp_path / "flip.dex"
    bad.write_bytes(bytes(flipped))
    (msg,) = run_dexdump(bad)
    assert "Bad checksum" in msg
