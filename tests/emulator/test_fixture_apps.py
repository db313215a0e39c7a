"""Small fixture apps (built with aapt and smali) for the emulator's contracts: layout inflation
from an APK's compiled resources with a custom view (must-show 3), a system broadcast's extras.

The layout fixture app (tests/emulator/fixtures/layout_app, built with aapt and smali) inflates a
layout holding an app view class, a framework TextView whose text is a string resource, a
password EditText and an `<include>` of a `<merge>` layout with an `android:onClick` button. Its
activity records in static fields what `findViewById` returned.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from dexlego.apkbuild import ApkBuildError, ApkSpec, build_apk
from dexlego.emulator.apkinfo import read_apk_info
from dexlego.emulator.session import RunResult, emulate
from dexlego.emulator.vm.objects import JObject

FIXTURE = Path(__file__).parent / "fixtures" / "layout_app"


@pytest.fixture(scope="module")
def run(tmp_path_factory: pytest.TempPathFactory) -> RunResult:
    out = tmp_path_factory.mktemp("layout") / "layout.apk"
    try:
        build_apk(ApkSpec(FIXTURE / "AndroidManifest.xml", [FIXTURE / "smali"],
                          res_dir=FIXTURE / "res"), out)  # fmt: skip
    except ApkBuildError as exc:
        pytest.skip(f"cannot build the fixture APK: {exc} (scripts/setup.sh installs the tools)")
    return emulate(out, budget=200_000, timeout=60.0)


def test_meta_data_references_resolve_and_keep_their_types(run: RunResult) -> None:
    """PackageParser.parseMetaData reads <meta-data> through a TypedArray: `@integer/...` is
    the integer (Google Play services' client compares its version this way and throws
    otherwise), `@string/...` the string; `android:resource` is the id; a dimension is left out."""
    meta = read_apk_info(run.apk).meta_data
    assert meta == {"t.version": 8115000, "t.label": "Hello from resources", "t.flag": True,
                    "t.ratio": 0.5, "t.layout": 0x7F030001}


def _statics(run: RunResult, desc: str) -> dict[str, object]:
    return dict(run.vm.classes[desc].statics)


def test_custom_view_is_built_from_the_layout_and_found_by_id(run: RunResult) -> None:
    main = _statics(run, "Lt/layout/Main;")
    probe = main["probe"]
    assert isinstance(probe, JObject)
    assert probe.cls.name == "Lt/layout/Probe;"  # the app's class, its bytecode ran
    assert main["probeTag"] == "from-xml"  # its (Context, AttributeSet) constructor read the XML
    assert main["probeFinished"] == 1  # onFinishInflate ran before findViewById
    assert main["parentIsRoot"] == 1  # it sits in the layout's root LinearLayout
    assert _statics(run, "Lt/layout/Probe;")["drawn"] == 1  # the window's traversal drew it


def test_unknown_id_finds_nothing_and_resources_fill_framework_views(run: RunResult) -> None:
    main = _statics(run, "Lt/layout/Main;")
    assert main["missingIsNull"] == 1  # no invented view for an id the layout lacks
    assert main["label"] == "Hello from resources"  # android:text="@string/hello"
    assert main["clicked"] == 1  # android:onClick of the button in the included <merge>


def test_what_the_user_types_into_the_inflated_edit_text_leaks(run: RunResult) -> None:
    sinks = {(lk.source.split("->")[0], lk.sink.split("->")[1]) for lk in run.recorder.leaks}
    assert ("Landroid/widget/EditText;", "i(Ljava/lang/String;Ljava/lang/String;)I") in sinks
    assert run.recorder.errors == []


SMS_FIXTURE = Path(__file__).parent / "fixtures" / "sms_app"


def test_sms_received_broadcast_carries_a_message_and_its_theft_is_a_leak(
        tmp_path: Path) -> None:  # fmt: skip
    """The system's SMS_RECEIVED broadcast has a "pdus" extra (a 3GPP SMS-DELIVER PDU): a
    receiver reads sender and text with SmsMessage.createFromPdu and forwards them."""
    out = tmp_path / "sms.apk"
    try:
        build_apk(ApkSpec(SMS_FIXTURE / "AndroidManifest.xml", [SMS_FIXTURE / "smali"]), out)
    except ApkBuildError as exc:
        pytest.skip(f"cannot build the fixture APK: {exc} (scripts/setup.sh installs the tools)")
    run = emulate(out, budget=100_000, timeout=60.0)
    assert _statics(run, "Lt/sms/Interceptor;")["from"] == "+15555550143"
    leaks = {(lk.source.split("->")[1], lk.sink.split("->")[1].split("(")[0]) for lk in run.recorder.leaks}
    assert ("getMessageBody()Ljava/lang/String;", "sendTextMessage") in leaks


def test_assets_are_read_under_assets_and_non_assets_by_their_own_name(tmp_path: Path) -> None:
    """AssetManager.open("classes.dex") reads assets/classes.dex, never the app's own
    classes.dex (a packer keeps its encrypted payload there); openNonAssetFd reads the latter."""
    out = tmp_path / "assets.apk"
    try:
        build_apk(ApkSpec(FIXTURE / "AndroidManifest.xml", [FIXTURE / "smali"], res_dir=FIXTURE / "res",
                          assets={"classes.dex": b"encrypted payload"}), out)  # fmt: skip
    except ApkBuildError as exc:
        pytest.skip(f"cannot build the fixture APK: {exc} (scripts/setup.sh installs the tools)")
    info = read_apk_info(out)
    assert info.asset("classes.dex") == b"encrypted payload"
    own = info.asset("classes.dex", non_asset=True)
    assert own is not None and own.startswith(b"dex\n")
    assert info.asset("AndroidManifest.xml") is None  # not an asset
    assert info.asset("no-such-file") is None
