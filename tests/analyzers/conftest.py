"""Fixtures for the analyzer tests: assembled smali fixtures and the corpus run (once per session)."""

from __future__ import annotations

import fcntl
import os
import shutil
import subprocess
import time
from pathlib import Path

import pytest

from analyzers.corpus import AppRun, run_corpus
from analyzers.registry import get_analyzers
from droidbench.ground_truth import AppTruth, load_ground_truth
from tests.conftest import DROIDBENCH, REPO, corpus_slice

FIXTURES = Path(__file__).parent / "fixtures"
# FlowDroid takes seconds per app where the others take a fraction: the suite runs it on the
# sample app (test_real_reassembly.py); whole-corpus FlowDroid runs are on demand (docs/droidbench.md)
NOT_ON_THE_CORPUS = ("flowdroid",)
# a third of the corpus in the suite (about 50 apps; the whole one took over 10 minutes of CI)
CORPUS_EVERY = 3
SIX_CATEGORIES = ("GeneralJava", "AndroidSpecific", "ArraysAndLists",
                  "FieldAndObjectSensitivity", "Lifecycle", "Callbacks")


def assemble(smali: Path, out: Path) -> Path:
    """A DEX from one smali file, with the installed smali assembler."""
    exe = shutil.which("smali")
    if exe is None:
        pytest.skip("smali assembler not installed (/usr/bin/smali)")
    subprocess.run([exe, "a", "-o", str(out), str(smali)], check=True, capture_output=True)
    return out


@pytest.fixture(scope="session")
def reflective_dex(tmp_path_factory: pytest.TempPathFactory) -> tuple[Path, Path]:
    """(original, reassembled) DEX files of the reflection-hidden leak fixture."""
    d = tmp_path_factory.mktemp("fixture-dex")
    return (assemble(FIXTURES / "reflective_leak.smali", d / "original.dex"),
            assemble(FIXTURES / "reflective_leak_reassembled.smali", d / "reassembled.dex"))


@pytest.fixture(scope="session")
def ground_truth() -> dict[str, AppTruth]:
    return load_ground_truth()


@pytest.fixture(scope="session")
def corpus_run(droidbench_apks: list[Path], ground_truth: dict[str, AppTruth],
               tmp_path_factory: pytest.TempPathFactory) -> dict[str, AppRun]:
    """Every available adapter but FlowDroid on a third of the corpus apps (all with
    DEXLEGO_FULL_CORPUS=1), two apps at a time, once per session.

    Results are cached in .cache/analyzer-results keyed by app sha256, adapter and a
    fingerprint of the analyzers package and tool versions (DEXLEGO_ANALYZER_CACHE=0
    disables the cache)."""
    apps = [(str(p.relative_to(DROIDBENCH / "apk").with_suffix("")), p)
            for p in corpus_slice(droidbench_apks, CORPUS_EVERY)]
    names = [a.name for a in get_analyzers() if a.available().ok and a.name not in NOT_ON_THE_CORPUS]
    cache = None if os.environ.get("DEXLEGO_ANALYZER_CACHE") == "0" else (
        REPO / ".cache" / "analyzer-results")
    start = time.monotonic()
    work = tmp_path_factory.mktemp("corpus")
    if cache is None:
        runs = run_corpus(apps, names, work, processes=2, cache=None)
    else:
        # pytest-xdist workers share one computation: the first holds the lock and fills
        # the cache, the others wait and then read it
        cache.mkdir(parents=True, exist_ok=True)
        with (cache / ".lock").open("w") as lock:
            fcntl.flock(lock, fcntl.LOCK_EX)
            runs = run_corpus(apps, names, work, processes=2, cache=cache)
    cached = sum(r.cached for r in runs.values())
    print(f"\ncorpus run: {len(apps)} apps x {names} in {time.monotonic() - start:.0f} s "
          f"({cached} results from the cache)")
    return runs
