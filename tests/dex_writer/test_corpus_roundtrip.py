"""Corpus round trip (issue 2, must-show #1): every classes*.dex of every DroidBench APK and every
DEX nested in their assets goes read -> write; the output must pass `dexdump -c` (ART's verifier)
and our bytecode verifier, diff equal to the input, and disassemble with baksmali to the same
smali (debug info included) as the input. A third of the files also go through the lazy path
(`read_dex(lazy=True)`, code items copied through by the writer; all of them, with ../shared/realworld
too: benchmarks/dex_corpus.py). The corpus work runs once per session on two processes.
"""

from __future__ import annotations

import gc
import json
import multiprocessing
import subprocess
import sys
from concurrent.futures import ProcessPoolExecutor
from pathlib import Path

import pytest

from tests.conftest import DROIDBENCH_APK
from tests.dex_writer.conftest import SmaliCompare, need_dexdump
from tests.dex_writer.corpus import Outcome, collect_inputs, roundtrip

# One xdist worker runs them all (scripts/test.sh uses --dist loadgroup): the session fixture
# does the corpus work once per worker that needs it.
pytestmark = [pytest.mark.corpus, pytest.mark.slow,
              pytest.mark.xdist_group("dex-writer-corpus")]

WORKERS = 2


@pytest.fixture(scope="session")
def corpus_roundtrip(
    droidbench_apks: list[Path], tmp_path_factory: pytest.TempPathFactory
) -> list[Outcome]:
    need_dexdump()
    work = tmp_path_factory.mktemp("dex-roundtrip")
    outcomes = collect_inputs(droidbench_apks, DROIDBENCH_APK, work)
    # spawn: a fork of a pytest(-xdist) worker with live threads is not safe. The models hold no
    # reference cycles, so the workers run without the cyclic GC (~13% less CPU).
    with ProcessPoolExecutor(WORKERS, mp_context=multiprocessing.get_context("spawn"),
                             initializer=gc.disable) as pool:
        return list(pool.map(roundtrip, outcomes, chunksize=4))


@pytest.fixture(scope="session")
def smali_results(
    corpus_roundtrip: list[Outcome], smali_compare: SmaliCompare
) -> dict[str, list[str]]:
    pairs = [(o.input, o.output) for o in corpus_roundtrip if o.error is None]
    return smali_compare(pairs)


def _failures(outcomes: list[Outcome], attr: str) -> list[str]:
    return [f"{o.label}: {getattr(o, attr)[:3]}" for o in outcomes if getattr(o, attr)]


def test_corpus_covers_apks_and_nested_dex(
    corpus_roundtrip: list[Outcome], droidbench_apks: list[Path]
) -> None:
    # Distinct DEX files: at least one per APK, fewer only where APKs share a byte-identical one.
    assert len(corpus_roundtrip) >= len(droidbench_apks) * 0.9
    assert any(o.nested for o in corpus_roundtrip), "no DEX nested in assets was found"


def test_every_dex_reads_and_writes(corpus_roundtrip: list[Outcome]) -> None:
    assert [f"{o.label}: {o.error}" for o in corpus_roundtrip if o.error] == []


def test_every_output_passes_dexdump(corpus_roundtrip: list[Outcome]) -> None:
    assert _failures(corpus_roundtrip, "dexdump") == []


def test_every_output_passes_the_bytecode_verifier(corpus_roundtrip: list[Outcome]) -> None:
    assert _failures(corpus_roundtrip, "verifier") == []


def test_every_output_diffs_equal_to_its_input(corpus_roundtrip: list[Outcome]) -> None:
    assert _failures(corpus_roundtrip, "differences") == []


def test_lazy_round_trip_copies_code_through_validly(corpus_roundtrip: list[Outcome]) -> None:
    """read_dex(lazy=True) + write: untouched code items copied through (renumbered where the
    pools moved) diff equal to the input and pass dexdump, on a third of the corpus."""
    assert sum(o.lazy for o in corpus_roundtrip) >= len(corpus_roundtrip) // 4
    assert _failures(corpus_roundtrip, "lazy_problems") == []


def test_baksmali_gives_identical_smali(
    corpus_roundtrip: list[Outcome], smali_results: dict[str, list[str]]
) -> None:
    written = [o for o in corpus_roundtrip if o.error is None]
    assert len(smali_results) == len(written)
    assert [r for r in smali_results.values() if not r[0].startswith("OK ")] == []


def test_cli_verify_accepts_written_files(corpus_roundtrip: list[Outcome]) -> None:
    sample = [o for o in corpus_roundtrip if o.error is None][:: max(1, len(corpus_roundtrip) // 3)]
    for outcome in sample:
        proc = subprocess.run(
            [sys.executable, "-m", "dexlego.cli.main", "dex", "verify", str(outcome.output),
             "--json"],
            capture_output=True, text=True, timeout=300,
        )
        assert proc.returncode == 0, f"{outcome.label}: {proc.stderr.strip()}"
        report = json.loads(proc.stdout)
        assert (report["ok"], report["errors"]) == (True, [])
        assert "dexdump" in report["checks"]
