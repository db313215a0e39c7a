"""Exported components read from real DroidBench manifests (androguard), for the driver."""

from __future__ import annotations

from pathlib import Path

import pytest

from dexlego.device.driver import component_commands, read_app
from dexlego.device.errors import DeviceError
from tests.conftest import DROIDBENCH_APK

pytestmark = pytest.mark.corpus


def _apk(rel: str) -> Path:
    path = DROIDBENCH_APK / rel
    if not path.is_file():
        pytest.skip(f"{path} not found (DroidBench corpus absent)")
    return path


def test_activity_alias_with_intent_filter_is_exported() -> None:
    app = read_app(_apk("InterAppCommunication/Echoer.apk"))
    # The alias's name is relative ("MainActivity_Alias") and has no android:exported.
    assert ("activity", "org.cert.echoer.MainActivity_Alias", ("android.intent.action.VIEW",)) in {
        (c.kind, c.name, c.actions) for c in app.components}
    assert app.main_activity is None  # no launcher: every exported activity gets started
    assert "am start -n org.cert.echoer/org.cert.echoer.MainActivity_Alias" in component_commands(app)


def test_service_without_filter_or_export_is_not_started() -> None:
    app = read_app(_apk("Lifecycle/ServiceLifecycle2.apk"))
    assert app.main_activity is not None
    assert [c for c in app.components if c.kind == "service"] == []
    assert all("startservice" not in c for c in component_commands(app))


def test_launcher_activity_is_not_started_twice() -> None:
    app = read_app(_apk("InterComponentCommunication/ActivityCommunication1.apk"))
    assert {c.name for c in app.components} == {"de.ecspride.Activity1", "de.ecspride.Activity2"}
    assert component_commands(app) == ["am start -n de.ecspride/de.ecspride.Activity2"]


def test_not_an_apk_is_a_clear_error(tmp_path: Path) -> None:
    bogus = tmp_path / "x.apk"
    bogus.write_bytes(b"this is not a zip")
    with pytest.raises(DeviceError, match=r"x.apk: not a readable APK"):
        read_app(bogus)
