"""The curated source/sink list and input handling (APK or DEX in)."""

from __future__ import annotations

import json
import zipfile
from pathlib import Path

import pytest

from analyzers.base import AnalyzerError
from analyzers.catalog import default_catalog, load_catalog
from analyzers.inputs import dex_images, ensure_apk, kind_of


def test_catalog_covers_droidbench_apis() -> None:
    cat = default_catalog()
    for cls, name in [("Landroid/telephony/TelephonyManager;", "getDeviceId"),
                      ("Landroid/telephony/TelephonyManager;", "getSubscriberId"),
                      ("Landroid/telephony/TelephonyManager;", "getSimSerialNumber"),
                      ("Landroid/telephony/TelephonyManager;", "getLine1Number"),
                      ("Landroid/location/Location;", "getLatitude"),
                      ("Landroid/content/ContentResolver;", "query"),
                      ("Landroid/accounts/AccountManager;", "getAccounts")]:
        assert cat.source_category(cls, name), (cls, name)
    for cls, name in [("Landroid/telephony/SmsManager;", "sendTextMessage"),
                      ("Landroid/util/Log;", "i"), ("Ljava/io/OutputStream;", "write"),
                      ("Ljava/net/URL;", "<init>"), ("Landroid/content/Context;", "startActivity"),
                      ("Landroid/content/SharedPreferences$Editor;", "putString")]:
        assert cat.sink_category(cls, name), (cls, name)
    assert cat.source_category("Landroid/util/Log;", "i") is None


@pytest.mark.parametrize("content, message", [
    ("not json", "cannot read"),
    (json.dumps({"sources": [{"class": "android.Foo", "methods": ["a"], "category": "x"}],
                 "sinks": []}), "type descriptor"),
    (json.dumps({"sources": [{"class": "LFoo;", "methods": [], "category": "x"}],
                 "sinks": []}), "non-empty list"),
    (json.dumps({"sources": [], "sinks": []}), "at least one source"),
])
def test_bad_catalog_is_one_line_error(tmp_path: Path, content: str, message: str) -> None:
    p = tmp_path / "list.json"
    p.write_text(content)
    with pytest.raises(AnalyzerError, match=message) as err:
        load_catalog(p)
    assert "\n" not in str(err.value)


def test_inputs_dex_apk_and_garbage(reflective_dex: tuple[Path, Path], tmp_path: Path) -> None:
    dex = reflective_dex[0]
    assert kind_of(dex) == "dex"
    apk = ensure_apk(dex, tmp_path)
    assert kind_of(apk) == "apk" and ensure_apk(apk, tmp_path) == apk
    assert dex_images(apk) == [dex.read_bytes()] == dex_images(dex)
    junk = tmp_path / "junk.bin"
    junk.write_bytes(b"\x00" * 64)
    with pytest.raises(AnalyzerError, match="neither a DEX nor an APK"):
        kind_of(junk)
    empty = tmp_path / "empty.apk"
    with zipfile.ZipFile(empty, "w") as zf:
        zf.writestr("AndroidManifest.xml", b"x")
    with pytest.raises(AnalyzerError, match="no classes.dex"):
        dex_images(empty)
    fake = tmp_path / "fake.apk"
    with zipfile.ZipFile(fake, "w") as zf:
        zf.writestr("classes.dex", b"not a dex")
    with pytest.raises(AnalyzerError, match="not a DEX"):
        dex_images(fake)


def test_adapter_reports_bad_input_instead_of_raising(tmp_path: Path) -> None:
    from analyzers.registry import get_analyzers

    junk = tmp_path / "junk.apk"
    junk.write_bytes(b"PK\x03\x04 truncated")
    for a in get_analyzers():
        res = a.run(junk, tmp_path / a.name)
        assert res.error, a.name
        assert "\n" not in res.error and not res.flows


def test_a_zip_bomb_never_reaches_a_tool_that_inflates_everything(tmp_path: Path) -> None:
    """A flat bomb (ratio above 200:1) and one inside a nested jar are left out of the copy
    apkid gets; the real members are kept byte for byte."""
    from analyzers.inputs import bounded_archive
    from tests.fuzz.archives import zip_bomb_apk
    from tests.fuzz.dexcraft import seed_dex

    dex = seed_dex(2)
    for nested, name in ((False, "assets/blob.bin"), (True, "assets/plugin.jar")):
        apk = zip_bomb_apk(tmp_path / f"bomb{nested}.apk", 64 * 1024 * 1024, dex=dex,
                           nested=nested)
        work = tmp_path / f"w{nested}"
        work.mkdir()
        copy, skipped = bounded_archive(apk, work)
        assert copy != apk and [s.name for s in skipped] == [name]
        assert "200:1" in skipped[0].reason
        with zipfile.ZipFile(copy) as zf:
            assert zf.namelist() == ["classes.dex", "AndroidManifest.xml"]
            assert zf.read("classes.dex") == dex
    plain = tmp_path / "plain.apk"
    with zipfile.ZipFile(plain, "w") as zf:
        zf.writestr("classes.dex", dex)
    assert bounded_archive(plain, tmp_path) == (plain, [])
