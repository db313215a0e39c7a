"""FlowDroid adapter: the sources and sinks it writes, signatures, configuration errors.

FlowDroid itself runs in test_real_reassembly.py, on the sample app before and after reassembly.
"""

from __future__ import annotations

import shutil
import subprocess
import xml.etree.ElementTree as ET
from pathlib import Path

import pytest

from analyzers.catalog import default_catalog
from analyzers.dexrefs import AppClass, AppRefs, MethodKey
from analyzers.flowdroid import (
    FlowDroid,
    callbacks_cut_short,
    catalog_definitions,
    definitions_xml,
    smali_signature,
    soot_signature,
)
from analyzers.flowdroid_tools import PLATFORMS_ENV

SMS = "(Ljava/lang/String;Ljava/lang/String;Ljava/lang/String;Landroid/app/PendingIntent;" \
      "Landroid/app/PendingIntent;)V"


def test_signature_conversions_round_trip() -> None:
    key = MethodKey("Lde/A;", "m", "([[ILjava/lang/String;J)[Ljava/lang/Object;")
    soot = soot_signature(key)
    assert soot == "<de.A: java.lang.Object[] m(int[][],java.lang.String,long)>"
    assert smali_signature(soot) == str(key)


def test_definitions_name_the_catalog_class_in_the_apps_signatures() -> None:
    refs = AppRefs()
    refs.classes["Lapp/Main;"] = AppClass("Lapp/Main;", "Landroid/app/Activity;", [], False,
                                          {("onCreate", "(Landroid/os/Bundle;)V")})
    refs.classes["Lapp/Gps;"] = AppClass("Lapp/Gps;", "Ljava/lang/Object;",
                                         ["Landroid/location/LocationListener;"], False,
                                         {("onLocationChanged", "(Landroid/location/Location;)V")})
    for key in (MethodKey("Landroid/telephony/TelephonyManager;", "getDeviceId", "()Ljava/lang/String;"),
                MethodKey("Landroid/telephony/SmsManager;", "sendTextMessage", SMS),
                # the app calls the sink on its own class: the definition names the catalog's
                MethodKey("Lapp/Main;", "startActivity", "(Landroid/content/Intent;)V"),
                MethodKey("Ljava/lang/String;", "length", "()I")):
        refs.method_refs[key] = {"virtual"}
    defs = {(d.role, d.category, str(d.api)) for d in catalog_definitions(refs, default_catalog())}
    assert ("source", "device_id",
            "Landroid/telephony/TelephonyManager;->getDeviceId()Ljava/lang/String;") in defs
    assert ("sink", "sms", f"Landroid/telephony/SmsManager;->sendTextMessage{SMS}") in defs
    assert ("sink", "intent", "Landroid/content/Context;->startActivity(Landroid/content/Intent;)V") in defs
    assert ("sink", "intent", "Landroid/app/Activity;->startActivity(Landroid/content/Intent;)V") in defs
    assert ("callback", "location", "Landroid/location/LocationListener;->onLocationChanged("
            "Landroid/location/Location;)V") in defs
    assert not any("length" in d[2] or "onCreate" in d[2] for d in defs)

    root = ET.fromstring(definitions_xml(catalog_definitions(refs, default_catalog())))
    methods = {m.get("signature"): m for m in root.iter("method")}
    source = methods["<android.telephony.TelephonyManager: java.lang.String getDeviceId()>"]
    assert source.find("return/accessPath").get("isSource") == "true"  # type: ignore[union-attr]
    sink = methods["<android.telephony.SmsManager: void sendTextMessage(java.lang.String,"
                   "java.lang.String,java.lang.String,android.app.PendingIntent,"
                   "android.app.PendingIntent)>"]
    assert [p.get("index") for p in sink.iter("param")] == ["0", "1", "2", "3", "4"]
    callback = methods["<android.location.LocationListener: void onLocationChanged("
                       "android.location.Location)>"]
    assert callback.get("callType") == "callback"
    assert callback.find("param/accessPath").get("isSource") == "true"  # type: ignore[union-attr]
    # FlowDroid's result writer fails on a category without a description
    assert all(c.get("description") for c in root.iter("category"))


def test_missing_platform_is_named_and_is_a_result_error(monkeypatch: pytest.MonkeyPatch,
                                                         tmp_path: Path) -> None:
    monkeypatch.setenv(PLATFORMS_ENV, str(tmp_path / "nope"))
    avail = FlowDroid().available()
    assert not avail.ok and f"{PLATFORMS_ENV}={tmp_path / 'nope'}" in avail.reason
    res = FlowDroid().run(tmp_path / "x.apk", tmp_path / "w")
    assert not res.available and res.error == avail.reason


def test_a_bare_dex_is_refused_in_one_line(tmp_path: Path) -> None:
    fd = FlowDroid()
    if not fd.available().ok:
        pytest.skip(fd.available().reason)
    dex = tmp_path / "classes.dex"
    dex.write_bytes(b"dex\n035\0" + bytes(104))
    res = fd.run(dex, tmp_path / "w")
    assert res.error is not None and "needs an APK with its manifest" in res.error


def test_the_platform_jar_keeps_every_signature_and_drops_the_code() -> None:
    """The stubbed android-all FlowDroid gets: the same members as the full jar, no code."""
    from analyzers.flowdroid_tools import platform_jar
    from dexlego.toolchain import android_all_jar, flowdroid_classpath

    classpath, full = flowdroid_classpath(), android_all_jar()
    if classpath is None or full is None or shutil.which("javap") is None:
        pytest.skip("FlowDroid's classpath or android-all missing (run scripts/setup.sh)")
    stubs = platform_jar(classpath)
    assert stubs is not None and stubs != full

    def javap(jar: Path, code: bool) -> str:
        return subprocess.run(["javap", "-p", *(["-c"] if code else []), "-classpath", str(jar),
                               "android.telephony.TelephonyManager"], capture_output=True,
                              text=True, check=True, timeout=120).stdout

    def members(jar: Path) -> list[str]:  # the stubs drop debug data, "Compiled from" with it
        return [ln for ln in javap(jar, code=False).splitlines() if not ln.startswith("Compiled from")]

    assert members(stubs) == members(full)
    code = javap(stubs, code=True)
    body = code.split("public java.lang.String getDeviceId();", 1)[1].split("\n\n", 1)[0]
    assert "aconst_null" in body and "athrow" in body and "invoke" not in body


def test_callback_collection_cut_short_is_named_not_silent(tmp_path: Path) -> None:
    """FlowDroid 2.14.1's log when its callback phase hits the limit (lines from a run on a
    real-world app at a 60 s analyzer timeout): it then ends "Success" with no sources, which
    must not read as an app without flows."""
    log = tmp_path / "flowdroid.log"
    log.write_text(
        "[main] INFO soot.jimple.infoflow.android.callbacks.DefaultCallbackAnalyzer - "
        "Incremental callback analysis done.\n"
        "[main] WARN soot.jimple.infoflow.android.SetupApplication - Aborted callback collection "
        "because of low memory\n"
        "[main] WARN soot.jimple.infoflow.android.SetupApplication - Callback analysis aborted "
        "early due to time or memory exhaustion\n"
        "[main] ERROR soot.jimple.infoflow.android.SetupApplication$InPlaceInfoflow - No sources "
        "found, aborting analysis\n", encoding="utf-8")
    assert callbacks_cut_short(log) == "callback collection aborted: low memory"
    log.write_text("[main] INFO soot.jimple.infoflow.android.callbacks.DefaultCallbackAnalyzer - "
                   "Callback analysis done.\n", encoding="utf-8")
    assert callbacks_cut_short(log) is None
    assert callbacks_cut_short(tmp_path / "absent.log") is None
