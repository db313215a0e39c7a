"""Turning mariana-trench issues into flows, including flows joined through fields."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from analyzers.base import AnalyzerError
from analyzers.catalog import default_catalog
from analyzers.dexrefs import AppClass, AppRefs
from analyzers.mariana import failure_cause, parse_output, to_smali
from analyzers.mariana_config import field_models, generators, rules

IMEI = "Landroid/telephony/TelephonyManager;.getDeviceId:()Ljava/lang/String;"
SMS = "Landroid/telephony/SmsManager;.sendTextMessage:(Ljava/lang/String;)V"
FIELD = "Lapp/Main;.imei:Ljava/lang/String;"


def _frame(kind: str, origin: dict[str, str]) -> dict[str, object]:
    return {"call_info": {"call_kind": "Origin"}, "kinds": [{"kind": kind, "origins": [origin]}]}


def _model(method: str, sources: list[dict[str, object]], sinks: list[dict[str, object]],
           callee: str) -> str:
    return json.dumps({"method": method, "issues": [
        {"rule": 7000, "callee": callee, "sources": sources, "sinks": sinks}]})


def test_direct_and_field_joined_flows(tmp_path: Path) -> None:
    lines = [
        json.dumps({"method": "Lapp/Other;.noIssue:()V"}),
        _model("Lapp/Main;.onCreate:(Landroid/os/Bundle;)V",
               [_frame("DexlegoSource_device_id", {"method": IMEI, "port": "Return"})],
               [_frame("DexlegoFieldSink", {"field": FIELD})], FIELD),
        _model("Lapp/Main;.onResume:()V",
               [_frame("DexlegoFieldSource", {"field": FIELD})],
               [_frame("DexlegoSink_sms", {"method": SMS, "port": "Argument(1)"})], SMS),
        _model("Lapp/Main;.direct:()V",
               [_frame("DexlegoSource_device_id", {"method": IMEI, "port": "Return"})],
               [_frame("DexlegoSink_sms", {"method": SMS, "port": "Argument(1)"})], SMS),
    ]
    (tmp_path / "model@00000-of-00001.json").write_text("\n".join(lines) + "\n")
    flows = parse_output(tmp_path)
    assert len(flows) == 2
    direct = next(f for f in flows if f.confidence == 1.0)
    joined = next(f for f in flows if f.confidence < 1.0)
    assert direct.source == to_smali(IMEI) == (
        "Landroid/telephony/TelephonyManager;->getDeviceId()Ljava/lang/String;")
    assert direct.path == ("Lapp/Main;->direct()V",)
    assert (direct.source_category, direct.sink_category) == ("device_id", "sms")
    assert joined.path == ("Lapp/Main;->onCreate(Landroid/os/Bundle;)V",
                           "Lapp/Main;->imei:Ljava/lang/String;", "Lapp/Main;->onResume()V")


def test_missing_or_broken_output_is_an_error(tmp_path: Path) -> None:
    with pytest.raises(AnalyzerError, match="no models"):
        parse_output(tmp_path)
    (tmp_path / "model@00000-of-00001.json").write_text('{"issues": [\n')
    with pytest.raises(AnalyzerError, match="malformed"):
        parse_output(tmp_path)


def test_config_generated_from_catalog() -> None:
    cat = default_catalog()
    gens = json.dumps(generators(cat))
    for e in cat.sources + cat.sinks:
        assert e.class_ in gens
    codes = [r["code"] for r in rules(cat)]
    assert len(codes) == len(set(codes))
    assert {s for r in rules(cat) for s in r["sinks"]} >= {"DexlegoSink_sms", "DexlegoSink_log"}


def test_field_models_only_for_long_lived_app_fields() -> None:
    refs = AppRefs()
    refs.classes["Lapp/Main;"] = AppClass("Lapp/Main;", "Landroid/app/Activity;", [], False)
    refs.classes["Lapp/Pojo;"] = AppClass("Lapp/Pojo;", "Ljava/lang/Object;", [], False)
    refs.classes["Lapp/Cb;"] = AppClass(
        "Lapp/Cb;", "Ljava/lang/Object;", ["Landroid/app/Application$ActivityLifecycleCallbacks;"],
        False)
    fields = {("Lapp/Main;", "imei", "Ljava/lang/String;"): False,  # component field
              ("Lapp/Cb;", "imei", "Ljava/lang/String;"): False,  # registered callback object
              ("Lapp/Pojo;", "x", "Ljava/lang/String;"): False,  # ordinary object field
              ("Lapp/Pojo;", "s", "Ljava/lang/String;"): True,  # static field
              ("Lapp/Pojo;", "w", "Ljava/lang/String;"): True}  # static, never read
    refs.field_refs.update(fields)
    refs.field_writes.update(fields)
    refs.field_reads.update(k for k in fields if k[1] != "w")
    for cls, name, type_ in fields:
        refs.classes[cls].fields.add((name, type_))
    got = {m["field"] for m in field_models(refs)}
    assert got == {"Lapp/Main;.imei:Ljava/lang/String;", "Lapp/Cb;.imei:Ljava/lang/String;",
                   "Lapp/Pojo;.s:Ljava/lang/String;"}


def test_field_models_name_the_declaring_class() -> None:
    """mariana-trench aborts on a field model naming the class of the reference
    (`Fields.cpp: field != nullptr`): `Lapp/Sub;->s` resolves to `Lapp/Base;->s`, and
    an interface constant to its interface (JVMS 5.4.3.2)."""
    refs = AppRefs()
    refs.classes["Lapp/Base;"] = AppClass("Lapp/Base;", "Ljava/lang/Object;", ["Lapp/Consts;"],
                                          False, fields={("s", "I")})
    refs.classes["Lapp/Sub;"] = AppClass("Lapp/Sub;", "Lapp/Base;", [], False)
    refs.classes["Lapp/Consts;"] = AppClass("Lapp/Consts;", "Ljava/lang/Object;", [], True,
                                            fields={("K", "I")})
    fields = {("Lapp/Sub;", "s", "I"): True, ("Lapp/Sub;", "K", "I"): True,
              ("Lapp/Sub;", "gone", "I"): True}  # declared nowhere: no model at all
    refs.field_refs.update(fields)
    refs.field_writes.update(fields)
    refs.field_reads.update(fields)
    assert [m["field"] for m in field_models(refs)] == ["Lapp/Base;.s:I", "Lapp/Consts;.K:I"]


def test_many_paths_per_pair_are_one_flow_per_callable(tmp_path: Path) -> None:
    """300 methods write the id into a field and 300 read it into an SMS: 90,000 paths, which
    used to be 90,000 flows; now one flow per reading method, each counting its 300 paths."""
    writers, readers = 300, 300
    lines = [_model(f"Lapp/W;.w{i}:()V",
                    [_frame("DexlegoSource_device_id", {"method": IMEI, "port": "Return"})],
                    [_frame("DexlegoFieldSink", {"field": FIELD})], FIELD)
             for i in range(writers)]
    lines += [_model(f"Lapp/R;.r{i}:()V",
                     [_frame("DexlegoFieldSource", {"field": FIELD})],
                     [_frame("DexlegoSink_sms", {"method": SMS, "port": "Argument(1)"})], SMS)
              for i in range(readers)]
    (tmp_path / "model@00000-of-00001.json").write_text("\n".join(lines) + "\n")
    flows = parse_output(tmp_path)
    assert len(flows) == readers
    assert {f.path[-1] for f in flows} == {f"Lapp/R;->r{i}()V" for i in range(readers)}
    assert all(f.paths == writers and f.path[0] == "Lapp/W;->w0()V" for f in flows)
    assert sum(f.paths for f in flows) == writers * readers


def test_a_failure_names_the_tools_own_cause(tmp_path: Path) -> None:
    log = tmp_path / "mariana.log"
    log.write_text(
        "2026-12-03 12:06:09 INFO Reading models file...\n"
        "mariana-trench-binary: Fields.cpp:41: const Field* Fields::get(...): "
        "Assertion `field != nullptr' failed.\n"
        "2026-12-03 12:06:09 INFO [invalid_argument_error]: Message: x.\n"
        "CRITICAL Analysis binary exited with exit code 1.\n")
    assert failure_cause(log).endswith("Assertion `field != nullptr' failed.")
