"""Must-show 3: a leak visible only after reassembly.

The original fixture reads the device id through reflection; the "reassembled" one is the
same app with the reflective call replaced by the direct call, as the reassembler emits it.
(Built from smali here until the reassembler's real output can be used.)
"""

from __future__ import annotations

from pathlib import Path

from analyzers.base import AnalyzerResult
from analyzers.registry import get_analyzers

FLOW_ADAPTERS = ("mariana-trench", "quark", "androguard")
DEVICE_ID = "Landroid/telephony/TelephonyManager;->getDeviceId()Ljava/lang/String;"
SMS = "Landroid/telephony/SmsManager;->sendTextMessage("


def _leaks(result: AnalyzerResult) -> bool:
    assert result.error is None, result.error
    return any(f.source == DEVICE_ID and f.sink.startswith(SMS) for f in result.flows)


def test_flow_only_visible_after_reassembly(reflective_dex: tuple[Path, Path],
                                            tmp_path: Path) -> None:
    original, reassembled = reflective_dex
    adapters = [a for a in get_analyzers(FLOW_ADAPTERS) if a.available().ok]
    only_after = []
    for a in adapters:
        before = a.run(original, tmp_path / "original" / a.name)
        after = a.run(reassembled, tmp_path / "reassembled" / a.name)
        if _leaks(after) and not _leaks(before):
            only_after.append(a.name)
    assert len(only_after) >= 2, f"only {only_after} see the flow after reassembly"
    # mariana-trench's shim leaves extracted APKs in TMPDIR: the adapter keeps and removes them
    assert not list(tmp_path.glob("*/mariana-trench/tmp"))


def test_reassembled_flow_names_the_method_on_the_path(reflective_dex: tuple[Path, Path],
                                                      tmp_path: Path) -> None:
    result = get_analyzers(["androguard"])[0].run(reflective_dex[1], tmp_path)
    flow = next(f for f in result.flows if f.source == DEVICE_ID)
    assert flow.path == ("Lorg/dexlego/fixture/ReflectiveLeak;->onCreate(Landroid/os/Bundle;)V",)
    assert (flow.source_category, flow.sink_category) == ("device_id", "sms")
