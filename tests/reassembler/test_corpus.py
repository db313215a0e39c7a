"""Must-show 3 on the DroidBench apps that use reflection or dynamic loading.

A run that changed nothing (no code differs from the disk, no site recorded)
reassembles in union mode into DEX files that `dex diff` finds equal to the
original, and that pass `dexdump -c` and the bytecode verifier (checked by the
pipeline before it writes; `verify_ok`). The whole corpus is covered on demand by
benchmarks/bench_reassemble.py (about 1 s per app, too slow for the suite).
"""

from __future__ import annotations

import hashlib
from pathlib import Path
from typing import Any

import pytest

from dexlego.store.store import open_store
from reassembler.dex.container import open_dex_inputs
from reassembler.dex.diff import diff_dex, merge_dex
from reassembler.dex.reader import read_dex
from reassembler.pipeline import reassemble

pytestmark = pytest.mark.corpus

CATEGORIES = ("Reflection", "Reflection_ICC", "DynamicLoading")


@pytest.fixture(scope="session")
def corpus_results(droidbench_apks: list[Path],
                   tmp_path_factory: pytest.TempPathFactory) -> list[dict[str, Any]]:
    apps = [p for p in droidbench_apks if p.parent.name in CATEGORIES]
    if not apps:
        pytest.skip("no Reflection/Reflection_ICC/DynamicLoading apps in the corpus")
    tmp = tmp_path_factory.mktemp("reasm-corpus")
    results = []
    with open_store(f"sqlite:///{tmp / 'store.db'}") as store:
        for apk in apps:
            rid = store.create_run("org.droidbench", hashlib.sha256(apk.read_bytes()).hexdigest(),
                                   "emulator")
            store.finish_run(rid, "complete")
            out = tmp / f"{apk.parent.name}-{apk.stem}"
            report = reassemble(apk, [rid], out, dex_only=True, store=store)
            original = merge_dex([read_dex(d, name=n) for n, d in open_dex_inputs(apk)])
            rebuilt = merge_dex([read_dex(p.read_bytes(), name=p.name)
                                 for p in sorted(out.glob("classes*.dex"))])
            results.append({"apk": apk, "report": report,
                            "diff": diff_dex(original, rebuilt, names=("original", "output"))})
    return results


def test_unchanged_runs_reassemble_to_equal_verified_dex(
        corpus_results: list[dict[str, Any]]) -> None:
    assert len(corpus_results) >= 3
    for r in corpus_results:
        assert r["report"].verify_ok, r["apk"]
        assert r["diff"] == [], (r["apk"], r["diff"][:3])
        assert r["report"].methods_restored == 0 and r["report"].stubbed_methods == []
