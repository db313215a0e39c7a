"""What Android accepts, dexlego accepts (issue 15): a stale SHA-1, a dead return after a
throw, const-class of a primitive type, code that does not decode; and the real-world DEX
files of ../shared all pass our verifier as inputs (DroidBench's are covered by
tests/dex_writer/test_corpus_roundtrip.py, whose outputs verify and diff equal to them)."""

from __future__ import annotations

import hashlib
import json
import struct
import zipfile
import zlib
from pathlib import Path
from typing import Any

import pytest

from reassembler.dex.bytecode_verify import verify_dex_bytes
from reassembler.dex.container import open_dex_inputs
from reassembler.dex.errors import DexFormatError
from reassembler.dex.model import Instruction
from reassembler.dex.reader import read_dex, read_dex_lazy
from reassembler.pipeline import split_inherited
from tests.conftest import SHARED
from tests.pipeline.conftest import dexlego as _dexlego

PRIMITIVE = "Lacc/Main;->primitive()Ljava/lang/Class;"
REALWORLD = SHARED / "realworld" / "apk"


def _fix_adler(data: bytearray) -> bytes:
    data[8:12] = struct.pack("<I", zlib.adler32(bytes(data[12:])))
    return bytes(data)


def _with_dex(src: Path, dst: Path, dex: bytes) -> Path:
    """`src` with its classes.dex replaced by `dex` (everything else as it was)."""
    with zipfile.ZipFile(src) as zin, zipfile.ZipFile(dst, "w") as zout:
        for info in zin.infolist():
            zout.writestr(info, dex if info.filename == "classes.dex" else zin.read(info))
    return dst


@pytest.fixture(scope="module")
def stale_apk(fixture_apk: Path) -> Path:
    """The fixture with a stale SHA-1 signature and a correct Adler-32, as some builds ship."""
    dex = bytearray(open_dex_inputs(fixture_apk)[0][1])
    dex[12] ^= 0xFF
    return _with_dex(fixture_apk, fixture_apk.with_name("stale.apk"), _fix_adler(dex))


def test_run_accepts_a_stale_sha1_and_art_legal_code(stale_apk: Path, tmp_path: Path) -> None:
    proc = _dexlego("run", str(stale_apk), "--json", "--workdir", str(tmp_path / "work"),
                    "-a", "androguard", "-a", "apkid", env_dir=tmp_path)
    assert proc.returncode == 0, proc.stderr[-2000:]
    summary: dict[str, Any] = json.loads(proc.stdout)
    assert summary["status"] == "complete" and summary["reason"] is None
    apkid = next(a for a in summary["analyzers"] if a["name"] == "apkid")
    assert apkid["original_findings"] and apkid["reassembled_findings"]  # both sides shown
    reassembled = summary["reassemble"]
    assert reassembled["verify_ok"]
    assert any(w.startswith("stale.apk!classes.dex: stale SHA-1 signature")
               for w in reassembled["warnings"]), reassembled["warnings"]
    out = open_dex_inputs(Path(reassembled["output"]))[0][1]
    assert hashlib.sha1(out[32:]).digest() == out[12:32]  # our output is signed correctly
    assert zlib.adler32(out[12:]) == struct.unpack_from("<I", out, 8)[0]
    heard: list[str] = []
    model = read_dex(out, warn=heard.append)
    assert not heard
    names = {str(m.ref) for c in model.classes for m in c.methods()}
    assert {PRIMITIVE, "Lacc/Main;->unsupported()Ljava/lang/Object;"} <= names


def test_dex_verify_accepts_a_stale_sha1_with_a_warning(stale_apk: Path, tmp_path: Path) -> None:
    proc = _dexlego("dex", "verify", str(stale_apk), "--json", env_dir=tmp_path)
    assert proc.returncode == 0, proc.stderr
    payload = json.loads(proc.stdout)
    assert payload["ok"] and payload["errors"] == []
    assert payload["warnings"][0].startswith("stale.apk!classes.dex: stale SHA-1")
    assert "dexlego: warning: stale.apk!classes.dex: stale SHA-1" in proc.stderr


def test_code_that_does_not_decode_reads_as_a_verify_error(fixture_apk: Path,
                                                           tmp_path: Path) -> None:
    """An out-of-range index in code: ART installs the app and rejects the class when it is
    used; we read the method as `throw new VerifyError()` with a warning."""
    dex = open_dex_inputs(fixture_apk)[0][1]
    at = read_dex_lazy(dex).code_offsets[PRIMITIVE] + 16
    assert dex[at] == 0x1C  # const-class vAA, type@BBBB
    broken = bytearray(dex)
    broken[at + 2 : at + 4] = b"\xff\xff"
    broken_dex = _fix_adler(broken)
    broken_dex = broken_dex[:12] + hashlib.sha1(broken_dex[32:]).digest() + broken_dex[32:]
    broken_dex = _fix_adler(bytearray(broken_dex))
    with pytest.raises(DexFormatError, match="type index 65535 out of range"):
        read_dex(broken_dex)
    heard: list[str] = []
    model = read_dex(broken_dex, name="x.apk!classes.dex", bad_code="throw", warn=heard.append)
    method = next(m for c in model.classes for m in c.methods() if str(m.ref) == PRIMITIVE)
    assert method.code is not None
    ops = [i.opcode for i in method.code.items if isinstance(i, Instruction)]
    assert ops == [0x22, 0x70, 0x27]  # new-instance, invoke-direct, throw
    assert len(heard) == 1 and "java.lang.VerifyError" in heard[0]
    assert verify_dex_bytes(broken_dex, "x.dex", heard.append, as_input=True) == []
    apk = _with_dex(fixture_apk, tmp_path / "broken.apk", broken_dex)
    proc = _dexlego("dex", "verify", str(apk), env_dir=tmp_path)
    assert proc.returncode == 0, proc.stderr
    assert "VerifyError" in proc.stderr


def test_problems_of_untouched_methods_are_the_inputs() -> None:
    problems = ["classes.dex: La;->kept()V @0x0004: bad", "classes.dex: La;->new()V: bad",
                "classes.dex: dexdump: header"]
    ours, inherited = split_inherited(problems, {"La;->kept()V"})
    assert inherited == problems[:1]
    assert ours == problems[1:]


@pytest.mark.slow
def test_every_realworld_dex_passes_our_verifier_as_an_input() -> None:
    apks = sorted(REALWORLD.glob("*.apk")) if REALWORLD.is_dir() else []
    if not apks:
        pytest.skip(f"no real-world APKs at {REALWORLD}")
    problems = [p for apk in apks for name, data in open_dex_inputs(apk)
                for p in verify_dex_bytes(data, f"{apk.name}!{name}", lambda _w: None,
                                          as_input=True)]
    assert problems == []
