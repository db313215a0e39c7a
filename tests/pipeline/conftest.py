"""The small app of tests/pipeline/fixtures/accepted, built with smali at test time, and a
helper to run the CLI in a subprocess with its own store and cache."""

from __future__ import annotations

import os
import shutil
import subprocess
import sys
from pathlib import Path

import pytest

from dexlego.apkbuild import FRAMEWORK_RES, ApkSpec, build_apk

FIXTURE = Path(__file__).resolve().parent / "fixtures" / "accepted"


@pytest.fixture(scope="module")
def fixture_apk(tmp_path_factory: pytest.TempPathFactory) -> Path:
    if shutil.which("smali") is None or not FRAMEWORK_RES.is_file():
        pytest.skip("smali/framework-res missing (run scripts/setup.sh)")
    out = tmp_path_factory.mktemp("accepted") / "accepted.apk"
    return build_apk(ApkSpec(manifest=FIXTURE / "AndroidManifest.xml",
                             dex_sources=[FIXTURE / "smali"]), out)


def cli_env(env_dir: Path) -> dict[str, str]:
    return {**os.environ, "XDG_DATA_HOME": str(env_dir / "data"),
            "XDG_CACHE_HOME": str(env_dir / "cache")}


def dexlego(*args: str, env_dir: Path) -> subprocess.CompletedProcess[str]:
    return subprocess.run([sys.executable, "-m", "dexlego.cli.main", *args],
                          capture_output=True, text=True, env=cli_env(env_dir), timeout=600)
