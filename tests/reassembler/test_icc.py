"""ICC links: intents the runtime saw delivered to the app's own components become direct calls.

The ICC fixture app (fixtures/icc) sends the device id to an activity, a service, a
broadcast receiver declared in the manifest and an inner receiver registered at run time, each
of which leaks it. It is run in the emulator (the real runtime), its
run reassembled, and the output run again. androguard's call graph with rapid-type resolution
(reassembler.callgraph) is the oracle: the original's graph cannot join the source to any of
the four sinks, the reassembled one joins each.
"""

from __future__ import annotations

from collections import Counter
from pathlib import Path
from typing import Any

import pytest

from dexlego.apkbuild import FRAMEWORK_RES, ApkSpec, build_apk
from dexlego.store import open_store
from reassembler.callgraph import call_graph, joined, observed_edges, reaches
from reassembler.dex.container import open_dex_inputs
from reassembler.dex.model import Instruction, MethodRef
from reassembler.dex.reader import read_dex
from reassembler.icc import BRIDGE_PREFIX
from reassembler.merge import gather
from reassembler.pipeline import reassemble
from tests.reassembler.conftest import find_method, import_run

FIXTURE = Path(__file__).resolve().parent / "fixtures" / "icc"
MAIN_ON_CREATE = "Lfix/icc/Main;->onCreate(Landroid/os/Bundle;)V"
TARGETS = {"activity": "Lfix/icc/Second;", "service": "Lfix/icc/Courier;",
           "receiver": "Lfix/icc/Pinger;"}
INNER = "Lfix/icc/Main$Inner;"  # registered at run time; its constructor takes the outer Main


@pytest.fixture(scope="module")
def icc(tmp_path_factory: pytest.TempPathFactory) -> dict[str, Any]:
    import shutil

    if shutil.which("smali") is None or shutil.which("aapt") is None or not FRAMEWORK_RES.is_file():
        pytest.skip("smali/aapt/framework-res missing (run scripts/setup.sh)")
    collect = pytest.importorskip("dexlego.emulator.collect").collect_emulator
    tmp = tmp_path_factory.mktemp("icc")
    apk = build_apk(ApkSpec(manifest=FIXTURE / "AndroidManifest.xml",
                            dex_sources=[FIXTURE / "smali"]), tmp / "icc.apk")
    url = f"sqlite:///{tmp / 'runs.db'}"
    run = collect(apk, db_url=url)
    union, executed = tmp / "union.apk", tmp / "executed.apk"
    with open_store(url) as store:
        report = reassemble(apk, [run["run_id"]], union, store=store)
        executed_report = reassemble(apk, [run["run_id"]], executed, mode="executed",
                                     store=store)
        edges = observed_edges(gather(store, [run["run_id"]]))
    rerun = collect(union, db_url=url)
    with open_store(url) as store:
        deliveries = {rid: Counter((e.api, e.kind, e.target, e.count)
                                   for e in store.icc_events([rid]))
                      for rid in (run["run_id"], rerun["run_id"])}
        ran = {v.method for v in store.code_versions([rerun["run_id"]])}
    return {"apk": apk, "url": url, "run": run, "rerun": rerun, "report": report,
            "executed": executed, "executed_report": executed_report, "edges": edges,
            "deliveries": deliveries, "rerun_methods": ran,
            "before": call_graph(apk, resolution="rta"),
            "after": call_graph(union, resolution="rta")}


def test_the_emulator_records_each_delivery(icc: dict[str, Any]) -> None:
    got = {(k[0], k[1], k[2]) for k in icc["deliveries"][icc["run"]["run_id"]]}
    assert got == {("Context.startActivity", "activity", TARGETS["activity"]),
                   ("Context.startActivities", "activity", TARGETS["activity"]),
                   ("Context.startService", "service", TARGETS["service"]),
                   ("Context.sendBroadcast", "receiver", TARGETS["receiver"]),
                   ("Context.sendBroadcast", "receiver", INNER)}
    reached = {(caller, target.partition("->")[0]) for caller, targets in icc["edges"]
               for target in targets}
    assert reached == {(MAIN_ON_CREATE, t) for t in [*TARGETS.values(), INNER]}


def test_each_leak_is_joined_after_reassembly_and_not_before(icc: dict[str, Any]) -> None:
    report = icc["report"]
    assert report.verify_ok and report.icc_sites_linked == 5 and report.warnings == []
    leaks = icc["run"]["observed_leaks"]
    assert len(leaks) == 4
    for leak in leaks:
        assert joined(icc["after"], leak["source"], leak["sink"]), leak
        assert not joined(icc["before"], leak["source"], leak["sink"]), leak
    for caller, target in icc["edges"]:
        assert reaches(icc["after"], caller, target) and not reaches(icc["before"], caller, target)
    for kind, target in TARGETS.items():
        bridge = f"{target}->{BRIDGE_PREFIX}{kind}(Landroid/content/Intent;)V"
        assert bridge in icc["after"][MAIN_ON_CREATE]


def test_the_bridge_calls_the_lifecycle_the_component_defines(icc: dict[str, Any]) -> None:
    dex = read_dex(open_dex_inputs(Path(icc["report"].output))[0][1])
    calls = {}
    for kind, target in TARGETS.items():
        code = find_method(dex, f"{target}->{BRIDGE_PREFIX}{kind}(Landroid/content/Intent;)V").code
        assert code is not None
        calls[kind] = [f"{it.ref.class_}->{it.ref.name}" for it in code.items
                       if isinstance(it, Instruction) and isinstance(it.ref, MethodRef)]
    assert calls["activity"] == ["Lfix/icc/Second;-><init>", "Landroid/app/Activity;->setIntent",
                                 "Lfix/icc/Second;->onCreate"]
    # a started service gets onStartCommand, not onBind (that is for bindService)
    assert calls["service"] == ["Lfix/icc/Courier;-><init>", "Lfix/icc/Courier;->onStartCommand"]
    assert calls["receiver"] == ["Lfix/icc/Pinger;-><init>", "Lfix/icc/Pinger;->onReceive"]
    inner = find_method(dex, f"{INNER}->{BRIDGE_PREFIX}receiver(Landroid/content/Intent;)V").code
    assert inner is not None  # built with the outer-instance constructor, given null
    assert [str(it.ref) for it in inner.items if isinstance(it, Instruction)
            and isinstance(it.ref, MethodRef)][0] == f"{INNER}-><init>(Lfix/icc/Main;)V"


def test_the_reassembled_app_behaves_the_same(icc: dict[str, Any]) -> None:
    """The guard never takes the bridge: the same leaks and deliveries, no bridge ever runs."""
    run, rerun = icc["run"], icc["rerun"]
    assert rerun["status"] == "complete" and rerun["runtime_errors"] == 0
    assert ([(lk["source"], lk["sink"]) for lk in rerun["observed_leaks"]]
            == [(lk["source"], lk["sink"]) for lk in run["observed_leaks"]])
    assert icc["deliveries"][rerun["run_id"]] == icc["deliveries"][run["run_id"]]
    assert not [m for m in icc["rerun_methods"] if BRIDGE_PREFIX in m]


def test_executed_mode_keeps_the_bridges(icc: dict[str, Any]) -> None:
    report = icc["executed_report"]
    assert report.icc_sites_linked == 5
    assert not [m for m in report.stubbed_methods if BRIDGE_PREFIX in m]
    assert "Lfix/icc/Courier;->onBind(Landroid/content/Intent;)Landroid/os/IBinder;" in (
        report.stubbed_methods)


def test_hand_written_records_that_do_not_fit_are_warnings(icc: dict[str, Any],
                                                           tmp_path: Path) -> None:
    """A pc of -1 links every matching call; a target that is no app class, a pc with no such
    call and a framework caller are reported, and the output still verifies."""
    apk = icc["apk"]

    def rec(pc: int, api: str, kind: str, target: str,
            caller: str = MAIN_ON_CREATE) -> dict[str, Any]:
        return {"type": "icc", "caller": caller, "pc": pc, "api": api, "kind": kind,
                "target": target, "count": 1}

    with open_store(f"sqlite:///{tmp_path / 'hand.db'}") as store:
        rid = import_run(store, apk, [
            {"type": "hello", "schema": 1, "runtime": "emulator",
             "device": {"model": "test", "abi": "x86_64", "api_level": 30}},
            rec(-1, "Context.startActivity", "activity", "Lfix/icc/Second;"),
            rec(-1, "Context.sendBroadcast", "receiver", "Landroid/app/Activity;"),
            rec(3, "Context.startService", "service", "Lfix/icc/Courier;"),
            rec(-1, "Context.startActivity", "activity", "Lfix/icc/Second;",
                caller="Landroid/app/Activity;->startActivity(Landroid/content/Intent;)V"),
            {"type": "bye", "status": "complete", "reason": "done"},
        ])
        report = reassemble(apk, [rid], tmp_path / "out.apk", store=store)
    assert report.verify_ok and report.icc_sites_linked == 1
    text = "\n".join(report.warnings)
    assert "Landroid/app/Activity; is not an app class" in text
    assert "no Context.startService call at pc 3" in text
    assert "Landroid/app/Activity;->startActivity" not in text  # framework callers are skipped


def test_report_lists_each_link(icc: dict[str, Any]) -> None:
    links = {(lk["caller"], lk["api"], tuple(lk["targets"])) for lk in icc["report"].icc_links}
    assert links == {
        (MAIN_ON_CREATE, "Context.startActivity", (TARGETS["activity"],)),
        (MAIN_ON_CREATE, "Context.startService", (TARGETS["service"],)),
        (MAIN_ON_CREATE, "Context.sendBroadcast", (TARGETS["receiver"],)),
        (MAIN_ON_CREATE, "Context.startActivities", (TARGETS["activity"],)),
        (MAIN_ON_CREATE, "Context.sendBroadcast", (INNER,)),
    }


def test_flows_into_linked_intents_are_not_leaks(icc: dict[str, Any], tmp_path: Path) -> None:
    """androguard's reachability on the reassembled app reports the device id reaching the
    intent calls and the three sinks behind them; the intent flows are set apart."""
    from analyzers.registry import get_analyzers
    from dexlego.pipeline import split_in_app_icc

    (analyzer,) = get_analyzers(["androguard"])
    flows = analyzer.run(Path(icc["report"].output), tmp_path / "androguard").flows
    leaks, in_app = split_in_app_icc(flows, icc["report"].icc_links)
    sink_names = {f.sink.partition("->")[2].partition("(")[0] for f in leaks}
    assert {"sendTextMessage", "d", "i", "w"} <= sink_names
    assert {f.sink.partition("->")[2].partition("(")[0] for f in in_app} >= {
        "startActivity", "startService", "sendBroadcast"}
    assert not sink_names & {"startActivity", "startService", "sendBroadcast", "startActivities"}
    # The original app's intent flows stay leaks: no link says where they went.
    original = analyzer.run(icc["apk"], tmp_path / "androguard-original").flows
    assert split_in_app_icc(original, [])[0] == list(original)
