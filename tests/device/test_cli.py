"""`dexlego devices` and `dexlego collect --runtime device` from the command line."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from click.testing import CliRunner

from dexlego.cli.main import cli
from tests.conftest import DROIDBENCH_APK
from tests.device.conftest import online_serials


def test_devices_json_lists_attached_devices() -> None:
    res = CliRunner().invoke(cli, ["devices", "--json"])
    assert res.exit_code == 0, res.output
    devices = json.loads(res.stdout)
    assert isinstance(devices, list)
    assert {d["serial"] for d in devices if d["state"] == "device"} == set(online_serials())
    for d in devices:
        assert set(d) >= {"serial", "state", "model", "abi", "api_level", "root", "frida_server"}


def test_collect_device_without_device_is_one_line_error() -> None:
    if online_serials():
        pytest.skip("a device is attached")
    apk = DROIDBENCH_APK / "Reflection" / "Reflection1.apk"
    if not apk.is_file():
        pytest.skip("DroidBench corpus absent")
    res = CliRunner().invoke(cli, ["collect", str(apk), "--runtime", "device", "--json"])
    assert res.exit_code == 1
    assert res.stdout == ""
    assert res.stderr.strip() == (f"dexlego: {apk}: no Android device attached"
                                  " (`adb devices` lists none online)")


@pytest.mark.parametrize(("content", "problem"), [(None, "no such file"),
                                                   (b"not a zip", "not a readable APK")])
def test_collect_device_bad_apk_is_one_line_error(tmp_path: Path, content: bytes | None,
                                                  problem: str) -> None:
    apk = tmp_path / "app.apk"
    if content is not None:
        apk.write_bytes(content)
    res = CliRunner().invoke(cli, ["collect", str(apk), "--runtime", "device", "-s", "nope"])
    assert res.exit_code == 1
    lines = res.stderr.strip().splitlines()
    assert len(lines) == 1 and lines[0].startswith(f"dexlego: {apk}: ") and problem in lines[0]


def test_collect_dispatches_to_the_emulator_by_default(tmp_path: Path) -> None:
    """`collect` without --runtime runs the emulator helper's collect_emulator (real run)."""
    pytest.importorskip("dexlego.emulator.collect")
    apk = DROIDBENCH_APK / "Reflection" / "Reflection1.apk"
    if not apk.is_file():
        pytest.skip("DroidBench corpus absent")
    db = f"sqlite:///{tmp_path / 't.db'}"
    res = CliRunner().invoke(cli, ["collect", str(apk), "--db", db, "--seed", "1", "--json"])
    assert res.exit_code == 0, res.stderr
    summary = json.loads(res.stdout)
    assert {"run_id", "status", "instructions", "methods_executed", "observed_leaks",
            "unmodeled_apis"} <= set(summary)
    from dexlego.store import open_store

    with open_store(db) as store:
        assert store.get_run(summary["run_id"]).runtime == "emulator"


def test_collect_emulator_error_is_one_line(tmp_path: Path) -> None:
    pytest.importorskip("dexlego.emulator.collect")
    apk = tmp_path / "junk.apk"
    apk.write_bytes(b"junk")
    res = CliRunner().invoke(cli, ["collect", str(apk), "--db", f"sqlite:///{tmp_path / 't.db'}"])
    assert res.exit_code == 1
    lines = res.stderr.strip().splitlines()
    assert len(lines) == 1 and lines[0].startswith(f"dexlego: {apk}: ")
    assert f"{apk}: {apk}" not in lines[0]
