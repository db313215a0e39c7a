"""Must-show 1: the agent compiles with frida.Compiler in the test suite, a type error fails the
build (and leaves the previous bundle alone), and the shipped bundle matches the sources."""

from __future__ import annotations

import shutil
import subprocess
import sys
from pathlib import Path

import pytest

REPO = Path(__file__).resolve().parents[2]
AGENT = REPO / "agent"
BUILD = AGENT / "build.py"


@pytest.fixture()
def agent_copy(tmp_path: Path) -> Path:
    if not (AGENT / "node_modules" / "frida-java-bridge").is_dir():
        pytest.skip("agent/node_modules missing: run `npm ci` in agent/ (scripts/setup.sh does)")
    root = tmp_path / "agent"
    root.mkdir()
    shutil.copytree(AGENT / "src", root / "src")
    for name in ("package.json", "package-lock.json", "tsconfig.json"):
        shutil.copy(AGENT / name, root / name)
    (root / "node_modules").symlink_to(AGENT / "node_modules")
    return root


def _build(root: Path, out: Path, *extra: str) -> subprocess.CompletedProcess[str]:
    return subprocess.run([sys.executable, str(BUILD), "--root", str(root), "--out", str(out), *extra],
                          capture_output=True, text=True, timeout=300)


def test_agent_builds_and_if_stale_skips_unchanged_sources(agent_copy: Path, tmp_path: Path) -> None:
    out = tmp_path / "bundle.js"
    first = _build(agent_copy, out)
    assert first.returncode == 0, first.stderr
    text = out.read_text()
    # The bundle carries the agent's own modules and the Java bridge.
    for needle in ("agent-ready", "installReflectionHooks", "frida-java-bridge"):
        assert needle in text
    mtime = out.stat().st_mtime_ns
    again = _build(agent_copy, out, "--if-stale")
    assert again.returncode == 0 and out.stat().st_mtime_ns == mtime
    assert _build(agent_copy, out, "--check").returncode == 0
    (agent_copy / "src" / "core" / "messages.ts").write_text(
        (agent_copy / "src" / "core" / "messages.ts").read_text() + "\n// changed\n")
    assert _build(agent_copy, out, "--check").returncode == 1


def test_type_error_fails_the_build_and_keeps_previous_bundle(agent_copy: Path, tmp_path: Path) -> None:
    out = tmp_path / "bundle.js"
    out.write_text("previous bundle")
    index = agent_copy / "src" / "index.ts"
    index.write_text(index.read_text() + '\nconst broken: number = "not a number";\nsend(broken);\n')
    res = _build(agent_copy, out)
    assert res.returncode == 2
    assert "agent build failed" in res.stderr and "TS2322" in res.stderr and "src/index.ts" in res.stderr
    assert len(res.stderr.strip().splitlines()) == 1
    assert out.read_text() == "previous bundle"
    assert not out.with_suffix(".json").exists()


def test_shipped_bundle_is_up_to_date() -> None:
    if not (AGENT / "node_modules").is_dir():
        pytest.skip("agent/node_modules missing")
    res = subprocess.run([sys.executable, str(BUILD), "--check"], capture_output=True, text=True)
    assert res.returncode == 0, f"{res.stderr.strip()}: run `python agent/build.py` and commit the bundle"
