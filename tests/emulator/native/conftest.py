"""Fixtures for the native-code tests: the JNI fixture library built with Debian's cross
compilers (never committed: built here, per ABI, once per session) inside a small APK."""

from __future__ import annotations

import shutil
import subprocess
import zipfile
from pathlib import Path
from types import SimpleNamespace
from typing import Any

import pytest

from dexlego.apkbuild import ApkBuildError, ApkSpec, build_apk
from dexlego.emulator.dexload import load_dex
from dexlego.emulator.framework.registry import load_all
from dexlego.emulator.recorder import Recorder
from dexlego.emulator.vm.machine import VM

FIXTURE = Path(__file__).parent / "fixture"
# Each ABI's compiler and the flags Android's ABI asks for (armeabi-v7a: soft-float calls, Thumb-2).
COMPILERS = {
    "arm64-v8a": ["aarch64-linux-gnu-gcc"],
    "armeabi-v7a": ["arm-linux-gnueabihf-gcc", "-march=armv7-a", "-mfloat-abi=softfp", "-mthumb"],
    "x86": ["i686-linux-gnu-gcc"],
    "x86_64": ["x86_64-linux-gnu-gcc"],
}
ABIS = list(COMPILERS)


def build_library(abi: str, out: Path) -> Path:
    """libjnifix.so for `abi`: -nostdlib, so it imports libc from the emulator's libc layer."""
    cc = COMPILERS[abi]
    if shutil.which(cc[0]) is None:
        pytest.skip(f"{cc[0]} is not installed (scripts/setup.sh installs the cross compilers)")
    cmd = [*cc, "-O1", "-shared", "-fPIC", "-nostdlib", "-Wl,-z,max-page-size=4096", "-o", str(out),
           str(FIXTURE / "jnifix.c"), "-lgcc"]  # fmt: skip
    proc = subprocess.run(cmd, capture_output=True, text=True, timeout=120)
    assert proc.returncode == 0, proc.stderr
    return out


class NativeApps:
    """The fixture APK per ABI, built on first request."""

    def __init__(self, root: Path) -> None:
        self.root = root
        self.apks: dict[str, Path] = {}

    def apk(self, abi: str) -> Path:
        if abi not in self.apks:
            out = self.root / f"jnifix-{abi}.apk"
            try:
                spec = ApkSpec(manifest=FIXTURE / "AndroidManifest.xml", dex_sources=[FIXTURE / "smali"])
                build_apk(spec, out)
            except ApkBuildError as exc:
                pytest.skip(str(exc))
            lib = build_library(abi, self.root / f"libjnifix-{abi}.so")
            with zipfile.ZipFile(out, "a") as z:
                z.write(lib, f"lib/{abi}/libjnifix.so")
            self.apks[abi] = out
        return self.apks[abi]


@pytest.fixture(scope="session")
def native_apps(tmp_path_factory: pytest.TempPathFactory) -> NativeApps:
    return NativeApps(tmp_path_factory.mktemp("native"))


def device_for(abi: str) -> tuple[str, ...]:
    """A device ABI list that installs `abi` (an x86_64 device for the x86 ABIs)."""
    if abi.startswith("x86"):
        return ("x86_64", "x86")
    return ("arm64-v8a", "armeabi-v7a", "armeabi")


def native_vm(apk: Path, abi: str, budget: int = 2_000_000) -> VM:
    """A VM with the fixture's DEX loaded and the APK installed for a device running `abi`."""
    with zipfile.ZipFile(apk) as z:
        dex = load_dex(z.read("classes.dex"), "classes.dex")
    vm = VM(Recorder(), natives=load_all(), budget=budget, timeout=60.0, seed=1)
    vm.app_loader.add(dex)
    vm.env["package"] = "fix.jni"
    vm.env["android"] = SimpleNamespace(info=SimpleNamespace(path=apk))
    vm.env["device_abilist"] = device_for(abi)
    return vm


def call_static(vm: VM, sig: str, *args: Any) -> Any:
    from reassembler.sigs import parse_method

    m = vm.resolve_static(parse_method(sig))
    return vm.invoke(m, list(args))
