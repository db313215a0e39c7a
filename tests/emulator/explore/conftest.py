"""Fixture apps for forced execution, built here from smali (never committed as APKs):

- `forced.apk` (fixture/): three payloads behind decisions the environment makes — a date
  (after 2030-01-01), an emulator check (fewer than three apps installed, in a helper returning a
  boolean) and a command read from a socket ("steal");
- `hidden.apk` (hidden/): a payload hidden from static analysis behind an emulator check: an
  encrypted DEX in its assets that the app decrypts, loads from memory and calls by reflection
  only where the check says "real device";
- `lazy.apk` (lazy/): a packer's lazily restored method body: `Vault.open()`, which nothing
  calls, has the JNI fixture library (tests/emulator/native/fixture) rewrite `Vault.payload()`'s
  body in the mapped DEX before calling it.
"""

from __future__ import annotations

import shutil
import zipfile
from pathlib import Path

import pytest

from dexlego.apkbuild import ApkBuildError, ApkSpec, assemble_smali, build_apk
from tests.emulator.native.conftest import FIXTURE as NATIVE_FIXTURE
from tests.emulator.native.conftest import build_library

HERE = Path(__file__).parent


@pytest.fixture(scope="session")
def forced_apk(tmp_path_factory: pytest.TempPathFactory) -> Path:
    out = tmp_path_factory.mktemp("forced") / "forced.apk"
    try:
        return build_apk(ApkSpec(manifest=HERE / "fixture" / "AndroidManifest.xml",
                                 dex_sources=[HERE / "fixture" / "smali"]), out)
    except ApkBuildError as exc:
        pytest.skip(str(exc))


@pytest.fixture(scope="session")
def hidden_apk(tmp_path_factory: pytest.TempPathFactory) -> Path:
    root = tmp_path_factory.mktemp("hidden")
    try:
        payload = assemble_smali(HERE / "hidden" / "payload", root / "payload.dex").read_bytes()
        return build_apk(ApkSpec(manifest=HERE / "hidden" / "AndroidManifest.xml",
                                 dex_sources=[HERE / "hidden" / "smali"],
                                 assets={"payload.bin": bytes(b ^ 0x5A for b in payload)}),
                         root / "hidden.apk")
    except ApkBuildError as exc:
        pytest.skip(str(exc))


@pytest.fixture(scope="session")
def lazy_apk(tmp_path_factory: pytest.TempPathFactory) -> Path:
    root = tmp_path_factory.mktemp("lazy")
    src = root / "smali"
    shutil.copytree(HERE / "lazy" / "smali", src)
    shutil.copy(NATIVE_FIXTURE / "smali" / "fix" / "Native.smali", src / "Native.smali")
    try:
        out = build_apk(ApkSpec(manifest=HERE / "lazy" / "AndroidManifest.xml", dex_sources=[src]),
                        root / "lazy.apk")
    except ApkBuildError as exc:
        pytest.skip(str(exc))
    lib = build_library("arm64-v8a", root / "libjnifix.so")
    with zipfile.ZipFile(out, "a") as z:
        z.write(lib, "lib/arm64-v8a/libjnifix.so")
    return out
