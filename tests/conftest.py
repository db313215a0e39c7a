"""Fixtures shared by every test: where ../shared is, and the DroidBench corpus."""

from __future__ import annotations

import os
from pathlib import Path

import pytest

REPO = Path(__file__).resolve().parents[1]
SHARED = Path(os.environ.get("DEXLEGO_SHARED", REPO.parent / "shared"))
DROIDBENCH = SHARED / "droidbench"
DROIDBENCH_APK = DROIDBENCH / "apk"


def corpus_apks() -> list[Path]:
    """Every DroidBench APK under ../shared, sorted; empty when the corpus is absent."""
    if not DROIDBENCH_APK.is_dir():
        return []
    return sorted(DROIDBENCH_APK.rglob("*.apk"))


def corpus_slice(apks: list[Path], every: int) -> list[Path]:
    """Every `every`-th app (sorted, so the same apps each time): what the suite runs of a
    whole-corpus check; DEXLEGO_FULL_CORPUS=1 runs them all (on demand, docs/droidbench.md)."""
    if os.environ.get("DEXLEGO_FULL_CORPUS") == "1":
        return apks
    return apks[::every]


@pytest.fixture(scope="session")
def droidbench_apks() -> list[Path]:
    apks = corpus_apks()
    if not apks:
        pytest.skip(f"DroidBench corpus not found at {DROIDBENCH_APK} (set DEXLEGO_SHARED)")
    return apks


@pytest.fixture(scope="session")
def repo_root() -> Path:
    return REPO
