"""`collect --runtime device --no-root`, host side, on a scripted *fake phone* (no phone here) with
the *stand-in gadget* (not Frida's binary): repackaging for the device's ABI, install errors,
the commands that start the app, and the gadget connection's timeout. Talking to a real gadget
needs a device and Frida's binary; `test_live_device.py` is where that would run."""

from __future__ import annotations

import shutil
import socket
from pathlib import Path

import adbutils
import pytest
from click.testing import CliRunner

from dexlego.cli.main import cli
from dexlego.device.collect import install_apk
from dexlego.device.errors import DeviceError
from dexlego.device.gadgetlink import connect_gadget, launch, repackage_for
from tests.device.fake_phone import FakePhone
from tests.device.gadget_fixtures import build_fixture_app, stand_in_gadget


class ForwardingPhone(FakePhone):
    def __init__(self, rules: list[tuple[str, str]]) -> None:
        super().__init__(rules)
        self.forwards: list[tuple[str, str]] = []

    def forward(self, local: str, remote: str) -> None:
        self.forwards.append((local, remote))


@pytest.mark.skipif(shutil.which("apksigner") is None, reason="apksigner not installed")
def test_repackage_for_fake_phone_abi_with_stand_in_gadget(tmp_path: Path,
                                                            monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("DEXLEGO_SIGNING_DIR", str(tmp_path / "signing"))
    monkeypatch.setenv("DEXLEGO_GADGET_DIR", str(tmp_path / "cache"))
    apk = build_fixture_app("withapp", tmp_path / "app.apk")
    phone = FakePhone([(r"ro.product.cpu.abilist", "arm64-v8a,armeabi-v7a,armeabi")])
    with pytest.raises(DeviceError, match=r"no gadget library for arm64-v8a"):
        repackage_for(phone, apk, None, tmp_path / "out")
    stand_in_gadget(tmp_path / "cache", "arm64-v8a")
    report = repackage_for(phone, apk, None, tmp_path / "out")
    assert report.abi == "arm64-v8a" and report.config["interaction"]["type"] == "listen"
    assert Path(report.output).is_file()
    x86 = stand_in_gadget(tmp_path / "other", "x86_64")
    with pytest.raises(DeviceError, match=r"a gadget for x86_64; device emulator-5554 runs arm64-v8a"):
        repackage_for(phone, apk, x86, tmp_path / "out")


def test_launch_on_fake_phone_forwards_the_port_and_starts_the_launcher() -> None:
    phone = ForwardingPhone([(r"^am start", "Starting: Intent { cmp=com.ex/.Main }")])
    launch(phone, "com.ex", "com.ex.Main", port=27099)
    assert phone.forwards == [("tcp:27099", "tcp:27099")]
    assert phone.commands == ["am force-stop com.ex", "am start -n com.ex/com.ex.Main"]
    refusing = ForwardingPhone([(r"^am start", "Error: Activity class {com.ex/com.ex.Main} does not exist.")])
    with pytest.raises(DeviceError, match=r"cannot start com.ex on emulator-5554: Error: Activity class"):
        launch(refusing, "com.ex", "com.ex.Main")


class _OtherKeyPhone:
    serial = "R58M"

    def install(self, path: str, **_: object) -> None:
        raise adbutils.AdbInstallError("Failure [INSTALL_FAILED_UPDATE_INCOMPATIBLE: Package com.ex"
                                       " signatures do not match previously installed version]")


def test_fake_phone_with_the_original_app_installed_says_to_uninstall(tmp_path: Path) -> None:
    with pytest.raises(DeviceError, match=r"com.ex is installed on R58M with another signature: remove"
                                          r" it first \(adb -s R58M uninstall com.ex"):
        install_apk(_OtherKeyPhone(), tmp_path / "x.apk", "com.ex")  # type: ignore[arg-type]


def test_connect_gadget_times_out_when_nothing_listens() -> None:
    with socket.socket() as s:  # a port nobody listens on
        s.bind(("127.0.0.1", 0))
        port = s.getsockname()[1]
    with pytest.raises(DeviceError, match=rf"the gadget did not answer on tcp:{port} within 1s"):
        connect_gadget(port, timeout=1.0)


def test_collect_no_root_option_errors_are_one_line(tmp_path: Path) -> None:
    apk = tmp_path / "app.apk"
    apk.write_bytes(b"PK")
    for args, problem in ((["--no-root"], "--no-root and --gadget-lib apply to --runtime device"),
                          (["--runtime", "device", "--no-root", "--frida-server", str(apk)],
                           "--no-root uses Frida Gadget, not --frida-server")):
        res = CliRunner().invoke(cli, ["collect", str(apk), *args])
        assert res.exit_code == 1
        assert res.stderr.strip() == f"dexlego: {apk}: {problem}"
