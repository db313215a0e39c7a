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


def test_flowdroid_finds_exactly_the_hidden_leak_after_reassembly(
        sample_before_after: tuple[Path, Path], tmp_path: Path) -> None:
    """FlowDroid for real (from Maven Central, with its callbacks and library summaries) on the
    sample app: nothing in the original, exactly the hidden leak in the reassembled app."""
    from analyzers.flowdroid import FlowDroid, parse_results

    fd = FlowDroid()
    if not fd.available().ok:
        pytest.skip(fd.available().reason)
    before, after = sample_before_after
    r_before = fd.run(before, tmp_path / "before")
    r_after = fd.run(after, tmp_path / "after")
    assert r_before.error is None and r_after.error is None, (r_before.error, r_after.error)
    assert r_before.flows == []
    [flow] = r_after.flows
    assert (flow.source, flow.sink) == (SOURCE, SINK)
    assert (flow.source_category, flow.sink_category) == ("device_id", "sms")
    # FlowDroid names the method of the source and of the sink: the payload class, now in the app
    assert flow.path == ("Lcom/dexlego/sample/MainActivity;->onCreate(Landroid/os/Bundle;)V",
                         "Lcom/dexlego/payload/Courier;->deliver(Ljava/lang/String;)V")
    # a run FlowDroid cut short keeps the flows found until then, and says so
    assert r_after.raw_output is not None
    cut = tmp_path / "cut.xml"
    cut.write_text(Path(r_after.raw_output).read_text().replace(
        'TerminationState="Success"', 'TerminationState="DataFlowTimeout"'))
    flows, state = parse_results(cut)
    assert flows == r_after.flows and state == "DataFlowTimeout"
