"""Fixtures for the emulator tests: a DEX assembled from tests/emulator/smali, a fresh VM."""

from __future__ import annotations

import shutil
import subprocess
from collections.abc import Callable
from pathlib import Path
from typing import Any

import pytest

from dexlego.emulator.dexload import LoadedDex, load_dex
from dexlego.emulator.recorder import Recorder
from dexlego.emulator.vm.machine import VM
from reassembler.dex.model import MethodRef, Proto

SMALI_DIR = Path(__file__).parent / "smali"


@pytest.fixture(scope="session")
def test_dex(tmp_path_factory: pytest.TempPathFactory) -> LoadedDex:
    """tests/emulator/smali assembled once per session with smali."""
    smali = shutil.which("smali")
    if smali is None:
        pytest.skip("smali is not installed (scripts/setup.sh installs it)")
    out = tmp_path_factory.mktemp("emu") / "t.dex"
    subprocess.run([smali, "a", str(SMALI_DIR), "-o", str(out)], check=True,
                   capture_output=True, timeout=120)  # fmt: skip
    return load_dex(out.read_bytes(), "t.dex")


def _split(sig: str) -> tuple[str, str, tuple[str, ...], str]:
    cls, _, rest = sig.partition("->")
    name, _, tail = rest.partition("(")
    params_s, _, ret = tail.partition(")")
    params: list[str] = []
    i = 0
    while i < len(params_s):
        j = i
        while params_s[j] == "[":
            j += 1
        if params_s[j] == "L":
            j = params_s.index(";", j)
        params.append(params_s[i : j + 1])
        i = j + 1
    return cls, name, tuple(params), ret


@pytest.fixture()
def vm(test_dex: LoadedDex) -> VM:
    machine = VM(Recorder(), budget=200_000, timeout=30.0, seed=1)
    machine.app_loader.add(test_dex)
    return machine


@pytest.fixture()
def call(vm: VM) -> Callable[..., Any]:
    """call("Lt/Ops;->intOverflow()I", *args): run a static method, return its result."""

    def run(sig: str, *args: Any) -> Any:
        cls, name, params, ret = _split(sig)
        m = vm.resolve_static(MethodRef(cls, name, Proto(ret, params)))
        return vm.invoke(m, list(args))

    return run
