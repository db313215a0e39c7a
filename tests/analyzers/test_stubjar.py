"""The stub android.jar: real class files a JVM tool can read, in the curated hierarchy."""

from __future__ import annotations

import shutil
import subprocess
import zipfile
from pathlib import Path

import pytest

from analyzers.catalog import default_catalog
from analyzers.dexrefs import read_refs
from analyzers.inputs import dex_images
from analyzers.stubjar import build_stub_jar


def _javap(jar: Path, *classes: str) -> str:
    exe = shutil.which("javap")
    if exe is None:
        pytest.skip("javap (JDK) not installed")
    out = subprocess.run([exe, "-cp", str(jar), *classes], check=True, capture_output=True,
                         text=True)
    return out.stdout


def test_stub_jar_for_fixture(reflective_dex: tuple[Path, Path], tmp_path: Path) -> None:
    refs = read_refs(dex_images(reflective_dex[1]))
    jar = build_stub_jar(refs, default_catalog(), tmp_path / "android.jar")
    names = set(zipfile.ZipFile(jar.path).namelist())
    assert "android/telephony/TelephonyManager.class" in names
    assert "org/dexlego/fixture/ReflectiveLeak.class" not in names  # app classes stay out
    text = _javap(jar.path, "android.app.Activity", "android.telephony.TelephonyManager",
                  "android.telephony.SmsManager", "android.content.Context")
    assert "class android.app.Activity extends android.view.ContextThemeWrapper" in text
    assert "void onCreate(android.os.Bundle)" in text  # curated lifecycle callback
    assert "java.lang.String getDeviceId()" in text
    assert "static native android.telephony.SmsManager getDefault()" in text
    # getSystemService is referenced through the app class: declared where Context has it
    assert "java.lang.Object getSystemService(java.lang.String)" in text


def test_methods_called_through_app_class_land_in_the_right_framework_class(
        tmp_path: Path) -> None:
    from analyzers.dexrefs import AppClass, AppRefs, MethodKey

    refs = AppRefs()
    refs.classes["Lapp/Main;"] = AppClass("Lapp/Main;", "Landroid/app/Service;", [], False)
    refs.classes["Lapp/Gps;"] = AppClass("Lapp/Gps;", "Ljava/lang/Object;",
                                         ["Landroid/location/LocationListener;"], False)
    for name, desc in [("bindService",
                        "(Landroid/content/Intent;Landroid/content/ServiceConnection;I)Z"),
                       ("stopSelf", "()V")]:
        refs.method_refs[MethodKey("Lapp/Main;", name, desc)] = {"virtual"}
    jar = build_stub_jar(refs, default_catalog(), tmp_path / "a.jar")
    assert "interface android.location.LocationListener" in _javap(
        jar.path, "android.location.LocationListener")
    text = _javap(jar.path, "android.app.Service", "android.content.ContextWrapper")
    service, wrapper = text.split("class android.content.ContextWrapper")
    # a sink goes to the nearest class the catalog names it in (ContextWrapper, not Service),
    # so models attach to it
    assert "bindService" in wrapper and "bindService" not in service
    # any other method goes to the nearest framework ancestor
    assert "void stopSelf()" in service
