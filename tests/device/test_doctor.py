"""`dexlego doctor` against a scripted *fake phone* and a *fake adb* (this machine has no phone).

Every failure doctor reports is produced here; what runs is our code: device choice, the checks
and their verdicts, and the comparison of a device trace with the emulator's trace of the
sample app. The "device run" of the sample is the emulator's own trace of it imported into the
store as a device run (minus what a test removes) — a stand-in for a phone, named as such.
"""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

import frida
import pytest
from click.testing import CliRunner

from dexlego.cli.main import cli
from dexlego.device.adb import Shell
from dexlego.device.doctor import DoctorReport, NoDevice, doctor
from dexlego.device.errors import DeviceError
from tests.device.conftest import online_serials
from tests.device.fake_phone import FakePhone
from tests.device.gadget_fixtures import stand_in_gadget

HOST_MAJOR = frida.__version__.split(".")[0]


class FakeAdb:
    """`adb devices` with the given (serial, state) entries; every device is `phone`."""

    def __init__(self, entries: list[tuple[str, str]], phone: FakePhone | None = None,
                 broken: bool = False) -> None:
        self._entries = entries
        self.phone = phone or FakePhone([])
        self.broken = broken

    def entries(self) -> list[tuple[str, str]]:
        if self.broken:
            raise ConnectionRefusedError("[Errno 111] Connection refused")
        return self._entries

    def device(self, serial: str) -> Shell:
        self.phone.serial = serial
        return self.phone


def phone_rules(*, abi: str = "x86_64", api: str = "34", root: bool = True,
                server: str | None = frida.__version__, selinux: str = "Enforcing") -> FakePhone:
    rules: list[tuple[str, Any]] = [
        (r"^id -u$", "0" if root else "2000"), (r"getprop ro.product.model", "sdk_gphone64"),
        (r"getprop ro.product.cpu.abi$", abi), (r"getprop ro.build.version.sdk", api),
        (r"getenforce", selinux)]
    if server is not None:
        rules += [(r"pidof frida-server", "4242"), (r"readlink /proc/4242/exe", "/data/local/tmp/fs"),
                  (r"/data/local/tmp/fs.* --version", server)]
    return FakePhone(rules)


def statuses(report: DoctorReport) -> dict[str, str]:
    return {c.name: c.status for c in report.checks}


def detail(report: DoctorReport, name: str) -> str:
    return next(c.detail for c in report.checks if c.name == name)


def test_doctor_fake_adb_without_device_or_server_raises_one_line() -> None:
    with pytest.raises(NoDevice, match=r"^no Android device attached"):
        doctor(None, adb=FakeAdb([]))
    with pytest.raises(NoDevice, match=r"^adb: .*Connection refused .*reachable"):
        doctor(None, adb=FakeAdb([], broken=True))
    with pytest.raises(NoDevice, match=r"several devices attached \(A, B\): choose one with --serial"):
        doctor(None, adb=FakeAdb([("A", "device"), ("B", "device")]))
    with pytest.raises(NoDevice, match=r"device C is not attached \(online: A\)"):
        doctor("C", adb=FakeAdb([("A", "device")]))


def test_doctor_cli_without_device_says_so_in_one_line() -> None:
    if online_serials():
        pytest.skip("a device is attached")
    res = CliRunner().invoke(cli, ["doctor", "--json"])
    assert res.exit_code == 1 and res.stdout == ""
    assert res.stderr.strip().splitlines() == [
        "dexlego doctor: no Android device attached (`adb devices` lists none online)"]


def test_doctor_fake_phone_unauthorized_device() -> None:
    report = doctor(None, adb=FakeAdb([("R58M", "unauthorized")]))
    assert statuses(report) == {"adb": "pass", "device": "fail"}
    assert "accept the USB debugging prompt" in detail(report, "device") and not report.ok
    report = doctor("R58M", adb=FakeAdb([("R58M", "offline")]))
    assert "R58M is offline: reconnect" in detail(report, "device")


def test_doctor_fake_phone_all_device_checks_pass() -> None:
    report = doctor(None, sample=False, adb=FakeAdb([("emulator-5554", "device")], phone_rules()))
    assert statuses(report) == {"adb": "pass", "device": "pass", "abi": "pass", "api_level": "pass",
                                "root": "pass", "frida_server": "pass", "selinux": "info",
                                "sample": "skip"}
    assert report.ok and report.device["api_level"] == 34
    assert "no device run recorded yet" in detail(report, "api_level")
    table = report.table()
    assert "| check | result | detail |" in table and "| selinux | info | Enforcing |" in table
    data = report.to_json()
    assert data["ok"] is True and data["host"]["frida"] == frida.__version__
    assert json.loads(json.dumps(data))["checks"][0] == {"name": "adb", "status": "pass",
                                                          "detail": "adb server answers; 1 device(s) listed"}


@pytest.mark.parametrize(("phone", "check", "expected"), [
    (dict(abi="armeabi-v7a"), "abi", "the agent targets arm64-v8a, x86_64"),
    (dict(api="24"), "api_level", "API 24: the agent targets API 26-35"),
    (dict(server=None), "frida_server", "not running: start it as root, or pass --frida-server"),
    (dict(server=f"{int(HOST_MAJOR) - 1}.2.1"), "frida_server", "does not match the host's frida"),
    (dict(selinux=""), "selinux", "cannot read the SELinux mode"),
    (dict(root=False, server=None), "root", "not rooted and no Frida Gadget for x86_64"),
])
def test_doctor_fake_phone_failures(phone: dict[str, Any], check: str, expected: str,
                                    tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("DEXLEGO_GADGET_DIR", str(tmp_path / "empty-cache"))
    report = doctor(None, adb=FakeAdb([("emulator-5554", "device")], phone_rules(**phone)))
    assert statuses(report)[check] == "fail", report.table()
    assert expected in detail(report, check)
    assert statuses(report)["sample"] == "skip" and not report.ok


def test_doctor_fake_phone_without_root_uses_the_stand_in_gadget(tmp_path: Path,
                                                                  monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("DEXLEGO_GADGET_DIR", str(tmp_path / "cache"))
    stand_in_gadget(tmp_path / "cache", "x86_64")
    phone = phone_rules(root=False, server=None)
    report = doctor(None, sample=False, adb=FakeAdb([("emulator-5554", "device")], phone))
    assert statuses(report)["root"] == "info" and statuses(report)["frida_server"] == "skip"
    assert "--no-root path with gadget" in detail(report, "root") and report.ok


def _fake_device_run(drop: set[str], status: tuple[str, str] = ("complete", "")) -> Any:
    """Runner standing in for a phone: the emulator's trace of the sample, minus `drop` kinds,
    imported into the doctor's store as a device run."""

    def run(dev: Shell, sample: Path, no_root: bool, *, db_url: str) -> int:
        from dexlego.store import open_store

        with open_store(db_url) as store:
            emulator_run = max(r.id for r in store.list_runs())
            lines = []
            for line in store.export_lines(emulator_run):
                msg = json.loads(line)
                if msg.get("type") in drop:
                    continue
                if msg.get("type") == "run":
                    msg["runtime"] = "device"
                lines.append(json.dumps(msg))
            run_id = store.import_run(lines)
            store.finish_run(run_id, *status)
        return run_id
    return run


@pytest.mark.parametrize(("drop", "status", "failing"), [
    (set(), ("complete", ""), set()),
    ({"reflection"}, ("complete", ""), {"sample: reflection targets"}),
    ({"dynamic_load"}, ("complete", ""), {"sample: dynamic loads"}),
    ({"method_exec", "code_version"}, ("complete", ""), {"sample: methods executed"}),
    (set(), ("incomplete", "app process died (crash or kill)"), {"sample: device run"}),
])
def test_doctor_fake_phone_sample_run_compared_with_emulator(
        drop: set[str], status: tuple[str, str], failing: set[str], tmp_path: Path) -> None:
    db = f"sqlite:///{tmp_path / 'doctor.db'}"
    runner = _fake_device_run(drop, status)
    report = doctor(None, db_url=db, adb=FakeAdb([("emulator-5554", "device")], phone_rules()),
                    runner=lambda d, s, n: runner(d, s, n, db_url=db))
    sample = {c.name: c.status for c in report.checks if c.name.startswith("sample")}
    assert set(sample) == {"sample: device run", "sample: methods executed",
                           "sample: reflection targets", "sample: dynamic loads"}
    assert {n for n, s in sample.items() if s == "fail"} == failing, report.table()
    assert report.ok == (not failing)


def test_doctor_fake_phone_sample_run_that_cannot_start(tmp_path: Path) -> None:
    def refuse(dev: Shell, sample: Path, no_root: bool) -> int:
        raise DeviceError("APK: the app won't install on emulator-5554: Failure [INSTALL_FAILED_OLDER_SDK]")

    report = doctor(None, db_url=f"sqlite:///{tmp_path / 'd.db'}", runner=refuse,
                    adb=FakeAdb([("emulator-5554", "device")], phone_rules()))
    assert statuses(report)["sample: device run"] == "fail"
    assert "INSTALL_FAILED_OLDER_SDK" in detail(report, "sample: device run")
