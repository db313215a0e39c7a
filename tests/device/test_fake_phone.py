"""Device-side decisions without a phone: this machine has none, so a scripted *fake phone*
(a shell that answers like `adb shell` would) stands in for it. What is tested is our code:
root detection, frida-server state and version checks, the clear one-line errors, and the
commands the driver sends. Each test name says `fake_phone`."""

from __future__ import annotations

from pathlib import Path

import adbutils
import frida
import pytest

from dexlego.device.adb import REMOTE_FRIDA_SERVER, probe, root_sh
from dexlego.device.collect import install_apk
from dexlego.device.driver import AppInfo, Component, Driver, component_commands, monkey_command
from dexlego.device.errors import DeviceError
from dexlego.device.fridaserver import ensure_frida_server, versions_compatible
from tests.device.fake_phone import FakePhone

HOST_MAJOR = frida.__version__.split(".")[0]


def _props(model: str = "sdk_gphone64_x86_64", api: str = "34") -> list[tuple[str, str]]:
    return [(r"getprop ro.product.model", model), (r"getprop ro.product.cpu.abi", "x86_64"),
            (r"getprop ro.build.version.sdk", api)]


def test_probe_fake_phone_rooted_adbd_with_running_server() -> None:
    phone = FakePhone([(r"^id -u$", "0"), (r"pidof frida-server", "4242"),
                       (r"readlink /proc/4242/exe", "/data/local/tmp/fs17"),
                       (r"fs17' --version|fs17 --version", f"{frida.__version__}\n"), *_props()])
    info = probe(phone)
    assert (info.model, info.abi, info.api_level, info.root) == ("sdk_gphone64_x86_64", "x86_64", 34, "adbd")
    assert info.frida_server.running and info.frida_server.pid == 4242
    assert info.frida_server.version == frida.__version__
    assert info.to_json()["frida_server"]["path"] == "/data/local/tmp/fs17"


def test_probe_fake_phone_su_root_and_root_commands_go_through_su() -> None:
    phone = FakePhone([(r"^id -u$", "2000"), (r"^su -c 'id -u'", "0"), *_props(api="28")])
    info = probe(phone)
    assert info.root == "su" and info.api_level == 28 and not info.frida_server.running
    root_sh(phone, "su", "chmod 755 /data/local/tmp/frida-server")
    assert phone.commands[-1] == "su -c 'chmod 755 /data/local/tmp/frida-server'"


def test_not_rooted_fake_phone_gives_clear_error() -> None:
    phone = FakePhone([(r"^id -u$", "2000"), *_props()])
    assert probe(phone).root is None
    with pytest.raises(DeviceError, match=r"emulator-5554 is not rooted"):
        root_sh(phone, None, "id")


def test_frida_server_not_running_on_fake_phone_says_how_to_fix() -> None:
    phone = FakePhone([(r"^id -u$", "0")])
    with pytest.raises(DeviceError, match=r"frida-server is not running on emulator-5554.*--frida-server"):
        ensure_frida_server(phone, "adbd", None)


def test_frida_server_version_mismatch_on_fake_phone() -> None:
    old = f"{int(HOST_MAJOR) - 1}.2.1"
    phone = FakePhone([(r"pidof frida-server", "77"), (r"readlink", "/data/local/tmp/frida-server"),
                       (r"--version", old)])
    with pytest.raises(DeviceError) as err:
        ensure_frida_server(phone, "adbd", None)
    assert f"frida-server {old} on emulator-5554 does not match the host's frida" in str(err.value)
    assert "\n" not in str(err.value)
    assert versions_compatible(f"{HOST_MAJOR}.0.0", frida.__version__)


def test_push_and_start_frida_server_on_fake_phone(tmp_path: Path) -> None:
    binary = tmp_path / "frida-server"
    binary.write_bytes(b"\x7fELF fake")
    started = {"yes": False}

    def pidof(_: str) -> str:
        return "555" if started["yes"] else ""

    def start(_: str) -> str:
        started["yes"] = True
        return ""

    phone = FakePhone([(r"pidof frida-server", pidof), (r"readlink", REMOTE_FRIDA_SERVER),
                       (r"--version", frida.__version__), (r" -D ", start)])
    state = ensure_frida_server(phone, "adbd", binary, wait=5)
    assert phone.pushed == [(str(binary), REMOTE_FRIDA_SERVER)]
    assert f"chmod 755 {REMOTE_FRIDA_SERVER}" in phone.commands
    assert state.running and state.pid == 555


def test_pushed_frida_server_of_wrong_abi_on_fake_phone(tmp_path: Path) -> None:
    binary = tmp_path / "frida-server"
    binary.write_bytes(b"not for this cpu")
    phone = FakePhone([(r"--version", "/system/bin/sh: frida-server: not executable: 64-bit ELF")])
    with pytest.raises(DeviceError, match=r"does not run on emulator-5554.*ABI"):
        ensure_frida_server(phone, "adbd", binary)
    with pytest.raises(DeviceError, match=r"no such frida-server binary"):
        ensure_frida_server(phone, "adbd", tmp_path / "missing")


class _RefusingPhone:
    serial = "R58M"

    def install(self, path: str, **_: object) -> None:
        raise adbutils.AdbInstallError("Failure [INSTALL_FAILED_NO_MATCHING_ABIS]")


def test_app_that_will_not_install_on_fake_phone(tmp_path: Path) -> None:
    apk = tmp_path / "app.apk"
    apk.write_bytes(b"PK")
    with pytest.raises(DeviceError, match=r"app won't install on R58M: .*NO_MATCHING_ABIS"):
        install_apk(_RefusingPhone(), apk)


def test_driver_runs_components_then_monkey_on_fake_phone() -> None:
    app = AppInfo("com.ex", "com.ex.Main", [
        Component("activity", "com.ex.Main"), Component("activity", "com.ex.Other"),
        Component("service", "com.ex.Svc"), Component("receiver", "com.ex.Rcv", ("com.ex.PING",))])
    assert component_commands(app) == [
        "am start -n com.ex/com.ex.Other", "am startservice -n com.ex/com.ex.Svc",
        "am broadcast -n com.ex/com.ex.Rcv -a com.ex.PING"]
    phone = FakePhone([(r"^monkey", "Events injected: 50")])
    driver = Driver(phone, app, seed=7, events=50, settle=0, pause=0)
    driver()
    assert phone.commands == [*component_commands(app), monkey_command("com.ex", 7, 50)]
    assert "-s 7 " in phone.commands[-1] and phone.commands[-1].endswith(" 50")
    stopped = Driver(phone, app, seed=7, events=50, settle=0, pause=0)
    stopped.stop.set()
    stopped()
    assert stopped.ran == []
