"""Must-show 1 and 2 over a slice of the DroidBench corpus, the whole one with
DEXLEGO_FULL_CORPUS=1 (one shared run per session)."""

from __future__ import annotations

from pathlib import Path

import pytest

from analyzers.corpus import AppRun
from droidbench.ground_truth import AppTruth
from droidbench.matching import expected_flow_found
from tests.analyzers.conftest import CORPUS_EVERY, SIX_CATEGORIES
from tests.conftest import corpus_slice

pytestmark = [pytest.mark.corpus, pytest.mark.slow]


def test_every_available_adapter_ran_on_every_app(corpus_run: dict[str, AppRun],
                                                  droidbench_apks: list[Path]) -> None:
    assert len(corpus_run) == len(corpus_slice(droidbench_apks, CORPUS_EVERY))
    names = set(next(iter(corpus_run.values())).results)
    assert {"androguard", "apkid"} <= names
    for key, run in corpus_run.items():
        assert set(run.results) == names, key
        for name, res in run.results.items():
            assert res.available
            if res.error is not None:  # reported per app, as one line
                assert res.error and "\n" not in res.error, (key, name)
    # errors are the exception, not the rule
    for name in names:
        errors = [k for k, r in corpus_run.items() if r.results[name].error]
        assert len(errors) <= len(corpus_run) // 20, (name, errors)


def test_mariana_finds_expected_flows_in_six_categories(
        corpus_run: dict[str, AppRun], ground_truth: dict[str, AppTruth]) -> None:
    if "mariana-trench" not in next(iter(corpus_run.values())).results:
        pytest.skip("mariana-trench is not installed")
    keys = [k for k, t in ground_truth.items() if k in corpus_run
            and t.category in SIX_CATEGORIES and (t.expected_leaks or 0) >= 1]
    assert len(keys) >= 50 or (len(keys) >= 15 and len(corpus_run) < len(ground_truth))
    found = [k for k in keys if expected_flow_found(
        [(f.source, f.sink) for f in corpus_run[k].results["mariana-trench"].flows],
        ground_truth[k].sources, ground_truth[k].sinks)]
    rate = len(found) / len(keys)
    print(f"\nmariana-trench: expected flow found in {len(found)}/{len(keys)} = {rate:.0%}")
    assert rate >= 0.6, sorted(set(keys) - set(found))


def test_apkid_labels_every_app(corpus_run: dict[str, AppRun]) -> None:
    labelled = [k for k, r in corpus_run.items()
                if any(f.kind == "compiler" for f in r.results["apkid"].findings)]
    assert len(labelled) >= len(corpus_run) * 0.9
