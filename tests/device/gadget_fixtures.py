"""Fixture apps and libraries for the gadget tests, built here from `gadget_apps/`.

The Frida Gadget binary cannot be downloaded on this machine and no registry ships it, so the
tests use a *stand-in gadget*: a tiny shared library compiled with Debian's cross compilers and
named `libfrida-gadget.so` (no JNI_OnLoad, no initialisers: a valid library for an emulator that
loads native code). Every test that uses it says `stand_in_gadget` in its name.
"""

from __future__ import annotations

import shutil
import subprocess
import zipfile
from pathlib import Path

import pytest

from dexlego.apkbuild import FRAMEWORK_RES, ApkSpec, build_apk

APPS = Path(__file__).resolve().parent / "gadget_apps"
#: Compiler per ABI: Debian's cross compilers, and the host's own gcc for x86_64.
COMPILERS = {"arm64-v8a": "aarch64-linux-gnu-gcc", "armeabi-v7a": "arm-linux-gnueabihf-gcc",
             "x86_64": "x86_64-linux-gnu-gcc"}


def compile_library(source: Path, out: Path, abi: str, soname: str) -> Path:
    cc = shutil.which(COMPILERS[abi])
    if cc is None:
        pytest.skip(f"{COMPILERS[abi]} not installed (scripts/setup.sh installs it)")
    out.parent.mkdir(parents=True, exist_ok=True)
    subprocess.run([cc, "-shared", "-fPIC", "-nostdlib", "-O1", "-Wl,-z,max-page-size=4096",
                    f"-Wl,-soname,{soname}", "-o", str(out), str(source)], check=True,
                   capture_output=True)
    return out


def stand_in_gadget(folder: Path, abi: str) -> Path:
    """A stand-in for Frida Gadget (NOT the real one) built for `abi`."""
    return compile_library(APPS / "gadget.c", folder / abi / "libfrida-gadget.so", abi,
                           "libfrida-gadget.so")


def build_fixture_app(name: str, out: Path, native_abis: tuple[str, ...] = ()) -> Path:
    """Build `gadget_apps/<name>` (unsigned), adding `lib/<abi>/libfixture.so` for each ABI."""
    if not FRAMEWORK_RES.is_file() or shutil.which("smali") is None:
        pytest.skip("aapt/smali tool chain missing (scripts/setup.sh installs it)")
    source = APPS / name
    build_apk(ApkSpec(manifest=source / "AndroidManifest.xml", dex_sources=[source / "smali"]), out)
    if native_abis:
        with zipfile.ZipFile(out, "a") as apk:
            for abi in native_abis:
                lib = compile_library(source / "jni" / "fixture.c",
                                      out.parent / f"{name}-libs" / abi / "libfixture.so", abi,
                                      "libfixture.so")
                apk.write(lib, f"lib/{abi}/libfixture.so", compress_type=zipfile.ZIP_DEFLATED)
    return out
