"""Forced execution on the fixture apps (conftest.py): each payload a plain run never reaches
is reached by a forced run, reported in `forced_leaks` with the decisions that led there, and
stored as a run linked to its parent; the plain run is the same run a plain `collect` makes."""

from __future__ import annotations

from pathlib import Path

import pytest
from click.testing import CliRunner

from dexlego.emulator.collect import collect_emulator
from dexlego.store import open_store
from reassembler.pipeline import reassemble

SMS = ("Landroid/telephony/SmsManager;->sendTextMessage(Ljava/lang/String;Ljava/lang/String;"
       "Ljava/lang/String;Landroid/app/PendingIntent;Landroid/app/PendingIntent;)V")
LOG_I = "Landroid/util/Log;->i(Ljava/lang/String;Ljava/lang/String;)I"
LOG_W = "Landroid/util/Log;->w(Ljava/lang/String;Ljava/lang/String;)I"
SOCKET = "Ljava/io/OutputStream;->write([B)V"
DEVICE_ID = "Landroid/telephony/TelephonyManager;->getDeviceId()Ljava/lang/String;"
PAYLOADS = {  # sink -> (method that calls it, a method among the decisions that lead there)
    LOG_I: ("Lforced/Main;->afterDate()V", "Lforced/Main;->afterDate()V"),
    SMS: ("Lforced/Main;->onRealDevice()V", None),  # isEmulator() or its caller
    SOCKET: ("Lforced/Main;->upload(Ljava/net/Socket;)V", "Lforced/Main;->commands()V"),
    LOG_W: ("Lforced/Main;->onCreate(Landroid/os/Bundle;)V", "Lforced/Main;->checkStore()V"),
}


@pytest.fixture(scope="module")
def explored(forced_apk: Path, tmp_path_factory: pytest.TempPathFactory) -> tuple[dict, str]:
    url = f"sqlite:///{tmp_path_factory.mktemp('explore') / 'runs.db'}"
    return collect_emulator(forced_apk, explore=10, db_url=url, budget=200_000), url


def test_plain_run_sees_no_leak_and_forced_runs_reach_every_payload(explored: tuple[dict, str]
                                                                     ) -> None:
    out, _ = explored
    assert out["observed_leaks"] == []
    by_sink = {lk["sink"]: lk for lk in out["forced_leaks"]}
    assert set(by_sink) == set(PAYLOADS)
    for sink, (caller, decided_in) in PAYLOADS.items():
        leak = by_sink[sink]
        assert (leak["source"], leak["caller"]) == (DEVICE_ID, caller)
        assert leak["decisions"]
        if decided_in is not None:
            assert decided_in in {d["method"] for d in leak["decisions"]}
    # the command switch: a null check, the hash switch and the equals check were forced
    upload = by_sink[SOCKET]["decisions"]
    assert len({(d["method"], d["pc"]) for d in upload}) == 3
    assert {d["kind"] for d in upload} == {"branch"}
    # the store check: the API that threw was made to return
    assert [d["kind"] for d in by_sink[LOG_W]["decisions"]] == ["return"]
    union = out["coverage"]["union"]
    assert union["methods_executed"] == union["app_methods"] == 9
    assert out["coverage"]["runs"][0]["methods_executed"] < union["methods_executed"]


def test_forced_runs_are_stored_with_their_parent_and_decisions(explored: tuple[dict, str]) -> None:
    out, url = explored
    plain = out["run_id"]
    with open_store(url) as store:
        assert store.get_run(plain).forced is None
        ids = [r["run_id"] for r in out["forced_runs"]]
        earlier = {plain}
        for entry in out["forced_runs"]:
            info = store.get_run(entry["run_id"])
            # a forced run leaves the path of the plain run or of an earlier forced run, and
            # keeps the decisions of its parent
            assert info.parent_run_id == entry["parent_run_id"] and info.parent_run_id in earlier
            assert entry["run_id"] in store.forced_children(info.parent_run_id)
            parent = store.get_run(info.parent_run_id).forced or ()
            assert list(info.forced or ()) == entry["decisions"]
            assert [d for d in parent if d in entry["decisions"]] == list(parent)
            assert info.status == "complete" and store.rejections(entry["run_id"]) == []
            earlier.add(entry["run_id"])
        assert sorted(ids) == ids and store.forced_children(plain)
        leaks = {(lk.run_id, lk.sink) for lk in store.leaks(out["run_ids"])}
        for lk in out["forced_leaks"]:
            assert (lk["run_id"], lk["sink"]) in leaks


def test_union_of_the_runs_reassembles(explored: tuple[dict, str], forced_apk: Path,
                                       tmp_path: Path) -> None:
    out, url = explored
    with open_store(url) as store:
        report = reassemble(forced_apk, out["run_ids"], tmp_path / "union.apk", store=store)
    assert report.verify_ok and report.runs == out["run_ids"]


def test_exploring_does_not_change_the_plain_run(explored: tuple[dict, str], forced_apk: Path
                                                 ) -> None:
    out, _ = explored
    plain = collect_emulator(forced_apk, store=False, budget=200_000)
    for key in ("status", "instructions", "methods_executed", "observed_leaks", "unmodeled_apis",
                "runtime_errors"):
        assert plain[key] == out[key], key
    assert "forced_leaks" not in plain


def test_invoke_all_collects_a_lazily_restored_body(lazy_apk: Path, tmp_path: Path) -> None:
    url = f"sqlite:///{tmp_path / 'runs.db'}"
    out = collect_emulator(lazy_apk, invoke_all=True, db_url=url, budget=200_000)
    assert out["observed_leaks"] == []
    (leak,) = out["forced_leaks"]
    assert leak["caller"] == "Llazy/Vault;->payload(Landroid/content/Context;)V"
    opened = "Llazy/Vault;->open(Landroid/content/Context;)V"
    assert leak["decisions"] == [{"kind": "invoke", "method": opened}]
    (child,) = out["forced_runs"]
    assert child["kind"] == "invoke-all" and child["decisions"] == [{"kind": "invoke-all"}]
    # Guard.quit() ran first and called System.exit: that invocation ended, the next ones ran
    assert child["invoke_all"]["exited"] == 1 and child["invoke_all"]["stopped"] == 0
    restored = bytes.fromhex("13005a5a")  # const/16 v0, 0x5a5a: the body native code restored
    with open_store(url) as store:
        def payload_bodies(run: int) -> list[bytes]:
            return [v.insns for v in store.code_versions([run])
                    if v.method == "Llazy/Vault;->payload(Landroid/content/Context;)V"]
        assert payload_bodies(out["run_id"]) == []
        assert any(restored in b for b in payload_bodies(child["run_id"]))
        assert store.get_run(child["run_id"]).parent_run_id == out["run_id"]


def test_collect_cli_reports_forced_runs(forced_apk: Path, tmp_path: Path) -> None:
    import json

    from dexlego.cli.main import cli

    url = f"sqlite:///{tmp_path / 'runs.db'}"
    res = CliRunner().invoke(cli, ["collect", str(forced_apk), "--explore", "1", "--budget",
                                   "200000", "--db", url, "--json"])
    assert res.exit_code == 0, res.output
    out = json.loads(res.stdout)
    assert len(out["forced_runs"]) == 1 and out["exploration"]["forced_runs"] == 1
    shown = CliRunner().invoke(cli, ["runs", "show", str(out["forced_runs"][0]["run_id"]),
                                     "--db", url])
    assert shown.exit_code == 0 and "parent_run_id" in shown.output and "forced" in shown.output
    bad = CliRunner().invoke(cli, ["collect", str(forced_apk), "--explore", "1", "--runtime",
                                   "device", "--db", url])
    assert bad.exit_code == 1 and "--explore needs the emulator runtime" in bad.output


def test_a_payload_hidden_behind_an_emulator_check_reaches_the_analyzers(hidden_apk: Path,
                                                                         tmp_path: Path) -> None:
    """The capability forced execution exists for: the plain run takes the emulator side and
    never decrypts the payload, a forced run loads and runs it, and once the union of the runs
    is reassembled every flow analyzer finds the device id sent by SMS, a flow the original APK
    does not contain (its code is encrypted in the assets)."""
    from analyzers.registry import get_analyzers

    url = f"sqlite:///{tmp_path / 'runs.db'}"
    out = collect_emulator(hidden_apk, explore=4, db_url=url, budget=200_000)
    assert out["observed_leaks"] == []
    (leak,) = out["forced_leaks"]
    assert (leak["source"], leak["sink"]) == (DEVICE_ID, SMS)
    assert leak["caller"] == "Lhidden/Payload;->run(Landroid/content/Context;)V"
    assert [d["method"] for d in leak["decisions"]] == ["Lhidden/Main;->onCreate(Landroid/os/Bundle;)V"]
    with open_store(url) as store:
        report = reassemble(hidden_apk, out["run_ids"], tmp_path / "union.apk", store=store)
    assert report.verify_ok
    ran = []
    for analyzer in get_analyzers(["androguard", "mariana-trench", "quark"]):
        if not analyzer.available().ok:
            continue
        pairs = {side: {(f.source, f.sink)
                        for f in analyzer.run(target, tmp_path / analyzer.name / side).flows}
                 for side, target in (("original", hidden_apk), ("union", tmp_path / "union.apk"))}
        assert (DEVICE_ID, SMS) not in pairs["original"], analyzer.name
        assert (DEVICE_ID, SMS) in pairs["union"], analyzer.name
        ran.append(analyzer.name)
    assert ran, "no flow analyzer installed (scripts/setup.sh installs them)"
