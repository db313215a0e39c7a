"""`dexlego dex` end to end through click: good inputs, and bad inputs that must give one
line on stderr, a non-zero status, no traceback and nothing written."""

from __future__ import annotations

import json
import zipfile
from pathlib import Path

import pytest
from click.testing import CliRunner, Result

from dexlego.cli.main import cli
from reassembler.dex.dexdump import dexdump_available
from tests.conftest import DROIDBENCH_APK
from tests.dex_reader.dexfiles import smallest_dex, with_u32


def _run(*args: str) -> Result:
    return CliRunner().invoke(cli, ["dex", *args])


def _assert_one_line_error(result: Result, subject: str, problem: str) -> None:
    assert result.exit_code not in (0, None), result.output
    assert isinstance(result.exception, SystemExit), result.exception  # no uncaught exception
    lines = result.stderr.splitlines()
    assert len(lines) == 1, result.stderr
    assert lines[0].startswith(f"dexlego: error: {subject}: "), lines[0]
    assert problem in lines[0], lines[0]
    assert "Traceback" not in result.stderr


@pytest.fixture(scope="module")
def dex_bytes(droidbench_apks: list[Path]) -> bytes:
    return smallest_dex(droidbench_apks)[0]


@pytest.fixture()
def good_dex(tmp_path: Path, dex_bytes: bytes) -> Path:
    path = tmp_path / "good.dex"
    path.write_bytes(dex_bytes)
    return path


@pytest.fixture(scope="module")
def bad_inputs(tmp_path_factory: pytest.TempPathFactory, dex_bytes: bytes) -> dict[str, tuple[Path, str]]:
    """name -> (file, a phrase the error line must contain); built once."""
    tmp_path = tmp_path_factory.mktemp("bad")
    dex = dex_bytes
    cases: dict[str, tuple[Path, str]] = {}

    def put(name: str, data: bytes, phrase: str) -> None:
        path = tmp_path / name
        path.write_bytes(data)
        cases[name] = (path, phrase)

    put("truncated.dex", dex[: len(dex) // 2], "truncated")
    flipped = bytearray(dex)
    flipped[len(dex) // 3] ^= 0x40
    put("flipped.dex", bytes(flipped), "bad checksum")
    put("offsets.dex", with_u32(dex, 0x3C, 0x00FFFF00), "string_ids offset 0xffff00 beyond end of file")
    put("notes.txt", b"just some text\n", "neither a DEX file nor an APK")
    bomb = tmp_path / "bomb.apk"
    with zipfile.ZipFile(bomb, "w", zipfile.ZIP_DEFLATED) as z:
        z.writestr("classes.dex", dex[:0x70] + bytes(24 * 1024 * 1024))
    cases["bomb.apk"] = (bomb, "zip bomb")
    slip = tmp_path / "slip.apk"
    with zipfile.ZipFile(slip, "w") as z:
        z.writestr("classes.dex", dex)
        z.writestr("../../evil.so", b"\x7fELF")
    cases["slip.apk"] = (slip, "unsafe entry name '../../evil.so'")
    return cases


BAD = ["truncated.dex", "flipped.dex", "offsets.dex", "notes.txt", "bomb.apk", "slip.apk"]


@pytest.mark.parametrize("name", BAD)
def test_roundtrip_bad_input_writes_nothing(
    tmp_path: Path, bad_inputs: dict[str, tuple[Path, str]], name: str
) -> None:
    path, phrase = bad_inputs[name]
    out = tmp_path / "out"
    result = _run("roundtrip", str(path), "-o", str(out))
    _assert_one_line_error(result, str(path), phrase)
    assert result.stdout == ""
    assert not out.exists()
    assert list(tmp_path.iterdir()) == []


@pytest.mark.parametrize("name", BAD)
def test_diff_and_info_bad_input(
    bad_inputs: dict[str, tuple[Path, str]], good_dex: Path, name: str
) -> None:
    path, phrase = bad_inputs[name]
    result = _run("diff", str(good_dex), str(path), "--json")
    _assert_one_line_error(result, str(path), phrase)
    assert result.stdout == ""
    result = _run("info", str(path), "--json")
    _assert_one_line_error(result, str(path), phrase)
    assert result.stdout == ""


@pytest.mark.parametrize("name", BAD)
def test_verify_bad_input(bad_inputs: dict[str, tuple[Path, str]], name: str) -> None:
    path, phrase = bad_inputs[name]
    result = _run("verify", str(path), "--json", "--no-dexdump")
    _assert_one_line_error(result, str(path), phrase)
    if result.stdout:  # a DEX that fails verification gets its verdict; unreadable input none
        verdict = json.loads(result.stdout)
        assert verdict["ok"] is False and phrase in verdict["errors"][0]


def test_missing_file_and_directory(tmp_path: Path) -> None:
    missing = str(tmp_path / "nope.apk")
    _assert_one_line_error(_run("info", missing), missing, "cannot read")
    # a directory is read as the classes*.dex that `dex roundtrip` writes into it
    _assert_one_line_error(_run("verify", str(tmp_path)), str(tmp_path), "has no classes.dex")


def test_roundtrip_diff_verify_good_dex(tmp_path: Path, good_dex: Path) -> None:
    out = tmp_path / "out"
    result = _run("roundtrip", str(good_dex), "-o", str(out), "--json")
    assert result.exit_code == 0, result.stderr
    summary = json.loads(result.stdout)
    assert [f["name"] for f in summary["files"]] == ["classes.dex"]
    written = out / "classes.dex"
    assert written.stat().st_size == summary["files"][0]["size"]
    result = _run("diff", str(good_dex), str(written), "--json")
    assert result.exit_code == 0, result.stdout
    assert json.loads(result.stdout) == {
        "a": str(good_dex), "b": str(written), "equal": True, "differences": [],
    }
    result = _run("verify", str(written), "--json")
    assert result.exit_code == 0, result.stdout + result.stderr
    verdict = json.loads(result.stdout)
    assert verdict["ok"] is True and verdict["errors"] == []
    assert ("dexdump" in verdict["checks"]) == dexdump_available()
    # the folder roundtrip wrote reads like the file in it
    assert _run("verify", str(out)).exit_code == 0
    result = _run("diff", str(good_dex), str(out))
    assert result.exit_code == 0 and result.stdout.strip() == "equal", result.stdout
    # a second run refuses to mix outputs unless asked to
    again = _run("roundtrip", str(good_dex), "-o", str(out))
    _assert_one_line_error(again, str(out), "use --force")
    assert _run("roundtrip", str(good_dex), "-o", str(out), "--force").exit_code == 0


def test_diff_reports_differences_with_exit_1(good_dex: Path, droidbench_apks: list[Path]) -> None:
    other = next(p for p in droidbench_apks if p.stat().st_size < 300_000)
    result = _run("diff", str(good_dex), str(other), "--json")
    assert result.exit_code == 1
    report = json.loads(result.stdout)
    assert report["equal"] is False and report["differences"]
    assert all(isinstance(d, str) and "\n" not in d for d in report["differences"])


def test_info_counts(good_dex: Path) -> None:
    result = _run("info", str(good_dex), "--json")
    assert result.exit_code == 0
    info = json.loads(result.stdout)
    (row,) = info["dex"]
    assert row["name"] == "good.dex" and row["version"] == 35
    assert row["classes"] > 0 and row["methods"] >= row["code_items"] > 0
    assert info["total"]["instructions"] == row["instructions"] > 0


def test_info_and_verify_nested_include_asset_dex(droidbench_apks: list[Path]) -> None:
    apk = DROIDBENCH_APK / "DynamicLoading" / "DynamicBoth1.apk"
    if apk not in droidbench_apks:
        pytest.skip("DynamicBoth1.apk is not in this corpus")
    result = _run("info", str(apk), "--nested", "--json")
    assert result.exit_code == 0, result.stderr
    names = [row["name"] for row in json.loads(result.stdout)["dex"]]
    assert names == ["classes.dex", "assets/dynamic.jar!/classes.dex"]
    plain = json.loads(_run("info", str(apk), "--json").stdout)
    assert [row["name"] for row in plain["dex"]] == ["classes.dex"]
    result = _run("verify", str(apk), "--nested", "--json", "--no-dexdump")
    assert result.exit_code == 0 and json.loads(result.stdout)["ok"] is True


def test_ignore_checksum_reads_a_patched_dump(tmp_path: Path, dex_bytes: bytes) -> None:
    patched = tmp_path / "dump.dex"
    data = bytearray(dex_bytes)
    data[8:12] = b"\0\0\0\0"  # packers and memory dumps leave a stale checksum
    patched.write_bytes(bytes(data))
    _assert_one_line_error(_run("info", str(patched)), str(patched), "bad checksum")
    assert _run("info", str(patched), "--ignore-checksum").exit_code == 0
    out = tmp_path / "out"
    result = _run("roundtrip", str(patched), "-o", str(out), "--ignore-checksum")
    assert result.exit_code == 0, result.stderr
    assert _run("diff", str(patched), str(out / "classes.dex"), "--ignore-checksum").exit_code == 0
