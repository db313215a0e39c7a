"""Must-show 2 on real emulator runs: reassembly joins sources and sinks the original keeps apart.

Five DroidBench apps, one run each with the emulator runtime, reassembled in union mode,
and the reassembled APK run again in the emulator.
The oracle is androguard's call graph with rapid-type resolution of virtual calls
(reassembler.callgraph). For every leak the run observed, the reassembled APK's call graph
joins the source API call and the sink API call, and the original's does not; every call the
run made through reflection or an intent is a call-graph path in the output and not in the
original. The table for all Reflection, Reflection_ICC and DynamicLoading apps is
benchmarks/bench_reassembly_paths.py.
"""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest

from dexlego.store import open_store
from reassembler.callgraph import call_graph, is_called, joined, observed_edges, reaches
from reassembler.merge import gather
from reassembler.pipeline import reassemble

pytestmark = pytest.mark.corpus

# Reflection4: the object whose methods leak is created only by Class.newInstance;
# Reflection5: the sink is reached only through Method.invoke; Reflection9: a "mirror" method
# names the reflective target; DynamicBoth1: source and sink live in a class of
# assets/dynamic.jar; OnlyTelephony: the source is called reflectively and the sink runs in
# another activity the intent starts.
APPS = ("Reflection/Reflection4", "Reflection/Reflection5", "Reflection/Reflection9",
        "DynamicLoading/DynamicBoth1", "Reflection_ICC/OnlyTelephony")


@pytest.fixture(scope="session")
def emulated(droidbench_apks: list[Path],
             tmp_path_factory: pytest.TempPathFactory) -> list[dict[str, Any]]:
    collect = pytest.importorskip("dexlego.emulator.collect").collect_emulator
    by_name = {f"{p.parent.name}/{p.stem}": p for p in droidbench_apks}
    tmp = tmp_path_factory.mktemp("reasm-emulated")
    url = f"sqlite:///{tmp / 'runs.db'}"
    results = []
    for name in APPS:
        if name not in by_name:
            pytest.skip(f"{name} is not in the corpus")
        apk = by_name[name]
        run = collect(apk, db_url=url)
        out = tmp / f"{apk.stem}.apk"
        with open_store(url) as store:
            report = reassemble(apk, [run["run_id"]], out, store=store)
            edges = observed_edges(gather(store, [run["run_id"]]))
        rerun = collect(out, db_url=url)  # the reassembled app, run again
        with open_store(url) as store:
            apis = {
                rid: {e.api for e in store.reflection_events([rid])}
                for rid in (run["run_id"], rerun["run_id"])
            }
        results.append({"name": name, "run": run, "report": report, "rerun": rerun,
                        "apis_before": apis[run["run_id"]], "apis_after": apis[rerun["run_id"]],
                        "edges": edges, "before": call_graph(apk, resolution="rta"),
                        "after": call_graph(tmp / f"{apk.stem}.apk", resolution="rta")})
    return results


def test_emulated_apps(emulated: list[dict[str, Any]]) -> None:
    """One test over the shared runs (xdist would otherwise collect them once per worker)."""
    check_reassembly_joins_each_observed_leak(emulated)
    check_dynamic_source_becomes_visible(emulated)
    check_reassembled_apps_behave_the_same_and_take_the_direct_path(emulated)


def check_reassembly_joins_each_observed_leak(emulated: list[dict[str, Any]]) -> None:
    for r in emulated:
        leaks = r["run"]["observed_leaks"]
        assert leaks, f"{r['name']}: the emulator observed no leak"
        assert r["report"].verify_ok and r["report"].reflection_sites_rewritten >= 1
        for leak in leaks:
            source, sink = leak["source"], leak["sink"]
            assert joined(r["after"], source, sink), (r["name"], source, sink)
            assert not joined(r["before"], source, sink), (r["name"], "already joined")
        assert r["edges"], r["name"]
        for caller, target in r["edges"]:
            assert reaches(r["after"], caller, target), (r["name"], caller, target)
            assert not reaches(r["before"], caller, target), (r["name"], caller, target)
    icc = next(r for r in emulated if r["name"] == "Reflection_ICC/OnlyTelephony")
    assert icc["report"].icc_sites_linked == 1


def check_dynamic_source_becomes_visible(emulated: list[dict[str, Any]]) -> None:
    both = next(r for r in emulated if r["name"] == "DynamicLoading/DynamicBoth1")
    assert both["report"].dynamic_classes_merged >= 1
    source = both["run"]["observed_leaks"][0]["source"]
    assert is_called(both["after"], source) and not is_called(both["before"], source)


def check_reassembled_apps_behave_the_same_and_take_the_direct_path(
        emulated: list[dict[str, Any]]) -> None:
    """Run each reassembled APK in the emulator again: same leaks, no runtime error, and the
    rewritten reflective calls are no longer made (the guards chose the direct path)."""
    rewritten = {"Method.invoke", "Class.newInstance", "Constructor.newInstance",
                 "ClassLoader.loadClass"}
    for r in emulated:
        key = [(leak["source"], leak["sink"]) for leak in r["run"]["observed_leaks"]]
        assert [(leak["source"], leak["sink"]) for leak in r["rerun"]["observed_leaks"]] == key
        assert r["rerun"]["status"] == "complete" and r["rerun"]["runtime_errors"] == 0
        assert r["apis_before"] & rewritten, r["name"]
        assert not r["apis_after"] & rewritten, (r["name"], r["apis_after"])
