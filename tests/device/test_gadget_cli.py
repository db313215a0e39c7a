"""`dexlego gadget` from the command line: the report, and one-line errors on bad input.

Uses the stand-in gadget of `gadget_fixtures` (not Frida's binary, which this machine lacks)."""

from __future__ import annotations

import json
import lzma
import shutil
import zipfile
from pathlib import Path

import pytest
from click.testing import CliRunner

from dexlego.cli.main import cli
from tests.device.gadget_fixtures import build_fixture_app, stand_in_gadget

pytestmark = pytest.mark.skipif(shutil.which("apksigner") is None,
                                reason="apksigner not installed (scripts/setup.sh installs it)")


@pytest.fixture()
def env(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    monkeypatch.setenv("DEXLEGO_SIGNING_DIR", str(tmp_path / "signing"))
    monkeypatch.setenv("DEXLEGO_GADGET_DIR", str(tmp_path / "cache"))
    return tmp_path


def _one_line_error(args: list[str]) -> str:
    res = CliRunner().invoke(cli, args)
    assert res.exit_code == 1, res.output
    lines = res.stderr.strip().splitlines()
    assert len(lines) == 1 and lines[0].startswith("dexlego: "), res.stderr
    return lines[0]


def test_gadget_cli_json_report_with_cached_stand_in_gadget(env: Path) -> None:
    """--abi without --gadget-lib takes the cache folder's copy."""
    apk = build_fixture_app("withapp", env / "app.apk")
    stand_in_gadget(env / "cache", "x86_64")
    out = env / "out.apk"
    res = CliRunner().invoke(cli, ["gadget", str(apk), "--abi", "x86_64", "-o", str(out), "--json"])
    assert res.exit_code == 0, res.stderr
    report = json.loads(res.stdout)
    assert report["abi"] == "x86_64" and report["mode"] == "dex"
    assert report["gadget"]["entry"] == "lib/x86_64/libfrida-gadget.so"
    assert report["signing"]["verified"] and report["signing"]["schemes"]["v2"]
    assert (env / "out.apk.json").is_file()


def test_gadget_cli_script_mode_bundles_the_script(env: Path) -> None:
    apk = build_fixture_app("withapp", env / "app.apk")
    gadget = stand_in_gadget(env / "g", "arm64-v8a")
    script = env / "hook.js"
    script.write_text("console.log('hi');\n")
    out = env / "out.apk"
    res = CliRunner().invoke(cli, ["gadget", str(apk), "--gadget-lib", str(gadget), "--script",
                                   str(script), "-o", str(out)])
    assert res.exit_code == 0, res.stderr
    assert "script mode" in res.stdout and "original signature: none (unsigned)" in res.stdout
    with zipfile.ZipFile(out) as z:
        config = json.loads(z.read("lib/arm64-v8a/libfrida-gadget.config.so"))
        assert z.read("lib/arm64-v8a/libfrida-gadget.script.so") == script.read_bytes()
    assert config == {"interaction": {"type": "script", "path": "libfrida-gadget.script.so"}}


def test_gadget_cli_errors_are_one_line(env: Path) -> None:
    apk = build_fixture_app("withapp", env / "app.apk")
    gadget = stand_in_gadget(env / "g", "arm64-v8a")
    out = str(env / "out.apk")
    assert "no gadget library for x86: pass --gadget-lib" in _one_line_error(
        ["gadget", str(apk), "--abi", "x86", "-o", out])
    assert "built for arm64-v8a, not x86_64" in _one_line_error(
        ["gadget", str(apk), "--gadget-lib", str(gadget), "--abi", "x86_64", "-o", out])
    packed = env / "frida-gadget.so.xz"
    packed.write_bytes(lzma.compress(gadget.read_bytes()))
    assert "xz-compressed; unpack it first" in _one_line_error(
        ["gadget", str(apk), "--gadget-lib", str(packed), "-o", out])
    assert "not an ELF file" in _one_line_error(
        ["gadget", str(apk), "--gadget-lib", str(apk), "-o", out])
    junk = env / "junk.apk"
    junk.write_bytes(b"not a zip")
    assert "not a readable zip archive" in _one_line_error(
        ["gadget", str(junk), "--gadget-lib", str(gadget), "-o", out])
    assert "no shared library under lib/arm64-v8a/" in _one_line_error(
        ["gadget", str(apk), "--gadget-lib", str(gadget), "--mode", "needed", "-o", out])
    native_x86 = build_fixture_app("native", env / "native.apk", ("x86_64",))
    assert "ships native code only for x86_64, not arm64-v8a" in _one_line_error(
        ["gadget", str(native_x86), "--gadget-lib", str(gadget), "-o", out])
    twice = env / "twice.apk"
    assert CliRunner().invoke(cli, ["gadget", str(apk), "--gadget-lib", str(gadget), "-o",
                                    str(twice)]).exit_code == 0
    assert "already contains lib/arm64-v8a/libfrida-gadget.so" in _one_line_error(
        ["gadget", str(twice), "--gadget-lib", str(gadget), "-o", out])
    assert "must not overwrite the input" in _one_line_error(
        ["gadget", str(apk), "--gadget-lib", str(gadget), "-o", str(apk)])
    assert not (env / "out.apk").exists()
