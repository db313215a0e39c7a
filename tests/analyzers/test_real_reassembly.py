"""Must-show 3 on the reassembler's real output.

The embedded sample app (dexlego/samples/hiddenleak) sends the device id by SMS from a class
that exists only in assets/payload.dex, reached through loadClass + newInstance +
Method.invoke. It is run in the emulator runtime, reassembled by reassembler.pipeline, and
both APKs go to the analyzers: the flow must appear only in the reassembled one.
"""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest

from analyzers.registry import get_analyzers

SOURCE = "Landroid/telephony/TelephonyManager;->getDeviceId()Ljava/lang/String;"
SINK = ("Landroid/telephony/SmsManager;->sendTextMessage(Ljava/lang/String;Ljava/lang/String;"
        "Ljava/lang/String;Landroid/app/PendingIntent;Landroid/app/PendingIntent;)V")


@pytest.fixture(scope="module")
def sample_before_after(tmp_path_factory: pytest.TempPathFactory) -> tuple[Path, Path]:
    apkbuild = pytest.importorskip("dexlego.apkbuild")
    if shutil.which("aapt") is None or not apkbuild.FRAMEWORK_RES.is_file():
        pytest.skip("aapt/framework-res missing (run scripts/setup.sh)")
    collect = pytest.importorskip("dexlego.emulator.collect").collect_emulator
    build_sample = pytest.importorskip("dexlego.sample").build_sample
    open_store = pytest.importorskip("dexlego.store").open_store
    reassemble = pytest.importorskip("reassembler.pipeline").reassemble
    d = tmp_path_factory.mktemp("sample")
    apk = build_sample(d / "sample.apk")
    url = f"sqlite:///{d / 'runs.db'}"
    run = collect(apk, db_url=url)
    with open_store(url) as store:
        report = reassemble(apk, [run["run_id"]], d / "out.apk", store=store)
    assert report.verify_ok
    return apk, d / "out.apk"


def test_flow_appears_only_in_reassembled_sample(sample_before_after: tuple[Path, Path],
                                                 tmp_path: Path) -> None:
    before, after = sample_before_after
    only_after = []
    for a in get_analyzers(["mariana-trench", "quark", "androguard"]):
        if not a.available().ok:
            continue
        r_before = a.run(before, tmp_path / "before" / a.name)
        r_after = a.run(after, tmp_path / "after" / a.name)
        assert r_before.error is None and r_after.error is None, (r_before.error, r_after.error)
        seen_before = any((f.source, f.sink) == (SOURCE, SINK) for f in r_before.flows)
        seen_after = any((f.source, f.sink) == (SOURCE, SINK) for f in r_after.flows)
        if seen_after and not seen_before:
            only_after.append(a.name)
    assert len(only_after) >= 2, only_after
