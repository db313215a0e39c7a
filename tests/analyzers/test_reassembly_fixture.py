"""The smali fixture with a direct leak: the path and categories an adapter reports.

`reflective_leak_reassembled.smali` is `reflective_leak.smali` with its reflective call made
direct. It used to stand in for the reassembler's output in a "visible only after reassembly"
test; that claim is now made on the reassembler's real output (test_real_reassembly.py), and the
fixture stays as a small input for adapter, SARIF and CLI tests.
"""

from __future__ import annotations

from pathlib import Path

from analyzers.registry import get_analyzers

DEVICE_ID = "Landroid/telephony/TelephonyManager;->getDeviceId()Ljava/lang/String;"


def test_reassembled_flow_names_the_method_on_the_path(reflective_dex: tuple[Path, Path],
                                                      tmp_path: Path) -> None:
    result = get_analyzers(["androguard"])[0].run(reflective_dex[1], tmp_path)
    flow = next(f for f in result.flows if f.source == DEVICE_ID)
    assert flow.path == ("Lorg/dexlego/fixture/ReflectiveLeak;->onCreate(Landroid/os/Bundle;)V",)
    assert (flow.source_category, flow.sink_category) == ("device_id", "sms")
