"""FlowDroid adapter: configuration check, generated sources/sinks, XML results parsing.

FlowDroid itself is not installed on this machine (it cannot be downloaded here); the XML
in fixtures/ follows the format FlowDroid writes with `-o`.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from analyzers.base import AnalyzerError
from analyzers.dexrefs import MethodKey
from analyzers.flowdroid import (
    JAR_ENV,
    PLATFORMS_ENV,
    FlowDroid,
    parse_results,
    smali_signature,
    soot_signature,
    sources_sinks_text,
)

RESULTS = (Path(__file__).parent / "fixtures" / "flowdroid_results.xml").read_text()


def test_unconfigured_flowdroid_says_what_is_missing(monkeypatch: pytest.MonkeyPatch,
                                                     tmp_path: Path) -> None:
    monkeypatch.delenv(JAR_ENV, raising=False)
    monkeypatch.setenv(PLATFORMS_ENV, str(tmp_path / "nope"))
    avail = FlowDroid().available()
    assert not avail.ok
    assert JAR_ENV in avail.reason and "is not a directory" in avail.reason
    res = FlowDroid().run(tmp_path / "x.apk", tmp_path / "w")
    assert not res.available and res.error == avail.reason


def test_parse_flowdroid_xml(tmp_path: Path) -> None:
    xml = tmp_path / "results.xml"
    xml.write_text(RESULTS)
    [flow] = parse_results(xml)
    assert flow.source == "Landroid/telephony/TelephonyManager;->getDeviceId()Ljava/lang/String;"
    assert flow.sink == ("Landroid/telephony/SmsManager;->sendTextMessage(Ljava/lang/String;"
                         "Ljava/lang/String;Ljava/lang/String;Landroid/app/PendingIntent;"
                         "Landroid/app/PendingIntent;)V")
    assert flow.path == ("Lde/ecspride/Main;->onCreate(Landroid/os/Bundle;)V",)
    assert (flow.source_category, flow.sink_category) == ("device_id", "sms")
    xml.write_text("<DataFlowResults><Results>")
    with pytest.raises(AnalyzerError, match="unreadable FlowDroid results"):
        parse_results(xml)


def test_signature_conversions_round_trip() -> None:
    key = MethodKey("Lde/A;", "m", "([[ILjava/lang/String;J)[Ljava/lang/Object;")
    soot = soot_signature(key)
    assert soot == "<de.A: java.lang.Object[] m(int[][],java.lang.String,long)>"
    assert smali_signature(soot) == str(key)
    text = sources_sinks_text({key: "source"})
    assert text == f"{soot} -> _SOURCE_\n"
