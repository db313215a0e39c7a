"""Fixtures for the emulator tests: a DEX assembled from tests/emulator/smali, a fresh VM."""

from __future__ import annotations

import shutil
import subprocess
from collections.abc import Callable
from pathlib import Path
from typing import Any

import pytest

from dexlego.emulator.dexload import LoadedDex, load_dex
from dexlego.emulator.framework.registry import load_all
from dexlego.emulator.recorder import Recorder
from dexlego.emulator.vm.machine import VM
from reassembler.sigs import parse_method

SMALI_DIR = Path(__file__).parent / "smali"


@pytest.fixture(scope="session")
def test_dex(tmp_path_factory: pytest.TempPathFactory) -> LoadedDex:
    """tests/emulator/smali assembled once per session with smali."""
    smali = shutil.which("smali")
    if smali is None:
        pytest.skip("smali is not installed (scripts/setup.sh installs it)")
    out = tmp_path_factory.mktemp("emu") / "t.dex"
    proc = subprocess.run([smali, "a", str(SMALI_DIR), "-o", str(out)],
                          capture_output=True, text=True, timeout=120)  # fmt: skip
    # smali may report syntax errors and still exit 0: require the output.
    assert proc.returncode == 0 and out.is_file(), f"smali failed: {proc.stderr or proc.stdout}"
    return load_dex(out.read_bytes(), "t.dex")


@pytest.fixture()
def vm(test_dex: LoadedDex) -> VM:
    machine = VM(Recorder(), natives=load_all(), budget=200_000, timeout=30.0, seed=1)
    machine.app_loader.add(test_dex)
    return machine


@pytest.fixture()
def call(vm: VM) -> Callable[..., Any]:
    """call("Lt/Ops;->intOverflow()I", *args): run a static method, return its result."""

    def run(sig: str, *args: Any) -> Any:
        m = vm.resolve_static(parse_method(sig))
        return vm.invoke(m, list(args))

    return run
