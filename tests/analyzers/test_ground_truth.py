"""The DroidBench ground-truth loader and the flow-to-truth matching."""

from __future__ import annotations

from pathlib import Path

import pytest

from droidbench.ground_truth import (
    REFINEMENTS_PATH,
    REPRODROID_CORRECTIONS,
    GroundTruthError,
    load_ground_truth,
)
from droidbench.matching import ExpectedLeak, expected_flow_found, keyword_matches


def test_corrections_applied(tmp_path: Path) -> None:
    truth = load_ground_truth()
    assert len(truth) >= 150
    assert truth["Aliasing/SimpleAliasing1"].expected_leaks == 1
    for app in ("UnreachableBoth", "UnreachableSink1", "UnreachableSource1"):
        assert truth[f"UnreachableCode/{app}"].expected_leaks == 0
    # a table with the benchmark's original (wrong) numbers gets corrected, visibly
    src = Path(load_ground_truth.__defaults__[0])  # type: ignore[index]
    lines = src.read_text().splitlines()
    edited = [ln.replace(",0,", ",1,", 1) if ",UnreachableSink1," in ln else ln for ln in lines]
    p = tmp_path / "gt.csv"
    p.write_text("\n".join(edited) + "\n")
    t = load_ground_truth(p)["UnreachableCode/UnreachableSink1"]
    assert t.expected_leaks == REPRODROID_CORRECTIONS["UnreachableSink1"] == 0 and t.corrected


def test_bad_table_is_one_line_error(tmp_path: Path) -> None:
    with pytest.raises(GroundTruthError, match="cannot read"):
        load_ground_truth(tmp_path / "missing.csv")
    p = tmp_path / "bad.csv"
    p.write_text("category,app\nX,Y\n")
    with pytest.raises(GroundTruthError, match="malformed row"):
        load_ground_truth(p)


def test_keyword_matching() -> None:
    log = "Landroid/util/Log;->i(Ljava/lang/String;Ljava/lang/String;)I"
    editor = "Landroid/content/SharedPreferences$Editor;->putString(Ljava/lang/String;)V"
    assert keyword_matches("Log", log) and not keyword_matches("Log", editor)
    assert keyword_matches("SharedPreferences", editor)
    assert keyword_matches("EditText.getText", "Landroid/widget/EditText;->getText()V")
    assert keyword_matches("URL", "Ljava/net/URL;-><init>(Ljava/lang/String;)V")
    imei = "Landroid/telephony/TelephonyManager;->getDeviceId()Ljava/lang/String;"
    pairs = [(imei, log)]
    assert expected_flow_found(pairs, ["getDeviceId"], ["Log", "sendTextMessage"])
    assert not expected_flow_found(pairs, ["getSimSerialNumber"], ["Log"])
    assert expected_flow_found(pairs, ["password", "getDeviceId"], ["Log"])


def test_refinements_replace_the_table_columns_and_keep_its_counts(tmp_path: Path) -> None:
    truth = load_ground_truth()
    icc = truth["InterComponentCommunication/ActivityCommunication2"]
    assert icc.refined and icc.leaks == (ExpectedLeak(("getDeviceId",), ("Log",), 1),)
    assert "startActivity" in icc.sinks  # the table's column is kept as it is
    plain = truth["Callbacks/Button2"]
    assert not plain.refined
    assert plain.leaks == (ExpectedLeak(("getDeviceId",), ("Log", "sendTextMessage"), 3),)
    assert truth["Aliasing/Merge1"].leaks == ()  # no leak, nothing to match
    # a refinement must add up to the table's leak count, and say why
    lines = REFINEMENTS_PATH.read_text().splitlines()
    bad = tmp_path / "r.csv"
    bad.write_text("\n".join(lines + ["Callbacks,Button2,1,getDeviceId,Log,too few"]) + "\n")
    with pytest.raises(GroundTruthError, match="Button2: refined leaks add up to 1, the table says 3"):
        load_ground_truth(refinements=bad)
    bad.write_text(lines[0] + "\nCallbacks,Button2,3,getDeviceId,Log,\n")
    with pytest.raises(GroundTruthError, match="malformed row"):
        load_ground_truth(refinements=bad)
    bad.write_text(lines[0] + "\nNowhere,Nothing,1,a,b,why\n")
    with pytest.raises(GroundTruthError, match="refines apps the table lacks: Nowhere/Nothing"):
        load_ground_truth(refinements=bad)
