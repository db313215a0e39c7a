"""The embedded sample app end to end: emulator run -> reassembly -> the hidden sink appears.

The sample (dexlego/samples/hiddenleak) sends the device id by SMS from a class that exists
only in assets/payload.dex, reached through loadClass + newInstance + Method.invoke.
"""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest

from dexlego.apkbuild import FRAMEWORK_RES
from dexlego.store import open_store
from reassembler.callgraph import call_graph, is_called, joined
from reassembler.pipeline import reassemble

SOURCE = "Landroid/telephony/TelephonyManager;->getDeviceId()Ljava/lang/String;"
SINK = ("Landroid/telephony/SmsManager;->sendTextMessage(Ljava/lang/String;Ljava/lang/String;"
        "Ljava/lang/String;Landroid/app/PendingIntent;Landroid/app/PendingIntent;)V")


@pytest.mark.skipif(shutil.which("aapt") is None or not FRAMEWORK_RES.is_file(),
                    reason="aapt/framework-res missing (run scripts/setup.sh)")
def test_sample_leak_becomes_visible(tmp_path: Path) -> None:
    collect = pytest.importorskip("dexlego.emulator.collect").collect_emulator
    from dexlego.sample import build_sample

    apk = build_sample(tmp_path / "sample.apk")
    url = f"sqlite:///{tmp_path / 'runs.db'}"
    run = collect(apk, db_url=url)
    assert [(leak["source"], leak["sink"]) for leak in run["observed_leaks"]] == [(SOURCE, SINK)]
    with open_store(url) as store:
        report = reassemble(apk, [run["run_id"]], tmp_path / "out.apk", store=store)
    assert report.verify_ok and report.warnings == []
    assert report.dynamic_classes_merged == 1  # com.dexlego.payload.Courier
    assert report.reflection_sites_rewritten == 3  # loadClass, newInstance, Method.invoke
    before, after = call_graph(apk), call_graph(tmp_path / "out.apk")
    assert not is_called(before, SINK) and is_called(after, SINK)
    assert not joined(before, SOURCE, SINK) and joined(after, SOURCE, SINK)
