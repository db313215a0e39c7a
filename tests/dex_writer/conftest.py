"""Fixtures for the DEX writer tests: the external judges (dexdump, baksmali) and a one-JVM smali
comparer compiled on first use."""

from __future__ import annotations

import hashlib
import shutil
import subprocess
from collections.abc import Callable
from pathlib import Path

import pytest

from reassembler.dex.dexdump import dexdump_available, run_dexdump

HERE = Path(__file__).resolve().parent
JAVA_SOURCE = HERE / "SmaliCompare.java"
SMALI_JARS = ("baksmali.jar", "dexlib2.jar", "guava.jar", "smali-util.jar")
JAVA_LIB = Path("/usr/share/java")

SmaliCompare = Callable[[list[tuple[Path, Path]]], dict[str, list[str]]]


def need_dexdump() -> None:
    if not dexdump_available():
        pytest.skip("dexdump is not installed (scripts/setup.sh installs it)")


def dexdump_errors(path: Path) -> list[str]:
    need_dexdump()
    return run_dexdump(path)


@pytest.fixture(scope="session")
def baksmali_dir() -> Callable[[Path, Path], dict[str, str]]:
    """`baksmali d` one DEX into a folder; returns {relative smali path: text}."""
    exe = shutil.which("baksmali")
    if exe is None:
        pytest.skip("baksmali is not installed (scripts/setup.sh installs it)")

    def run(dex: Path, out: Path) -> dict[str, str]:
        subprocess.run([exe, "d", str(dex), "-o", str(out)], check=True, capture_output=True,
                       timeout=300)
        return {str(p.relative_to(out)): p.read_text() for p in sorted(out.rglob("*.smali"))}

    return run


@pytest.fixture(scope="session")
def smali_compare(
    request: pytest.FixtureRequest, tmp_path_factory: pytest.TempPathFactory
) -> SmaliCompare:
    """Compare pairs of DEX files class by class through baksmali in one JVM.

    Returns a function mapping [(input, output), ...] to {str(input): result lines}, where a
    result is ["OK <input> <n classes>"] or ["DIFF <input> <class>", "-- expected", "++ actual"].
    The Java driver is compiled once into pytest's cache, keyed by its source hash (into a
    temporary folder when the cache plugin is off).
    """
    javac = shutil.which("javac")
    java = shutil.which("java")
    jars = [JAVA_LIB / j for j in SMALI_JARS]
    if javac is None or java is None or not all(j.is_file() for j in jars):
        pytest.skip("javac/java or the baksmali jars under /usr/share/java are missing")
    classpath = ":".join(str(j) for j in jars)
    digest = hashlib.sha256(JAVA_SOURCE.read_bytes()).hexdigest()[:16]
    cache = getattr(request.config, "cache", None)
    classes = (Path(cache.mkdir(f"dexlego-smali-compare-{digest}")) if cache is not None
               else tmp_path_factory.mktemp("smali-compare"))
    if not (classes / "SmaliCompare.class").is_file():
        subprocess.run([javac, "-cp", classpath, "-d", str(classes), str(JAVA_SOURCE)],
                       check=True, capture_output=True, timeout=300)

    def compare(pairs: list[tuple[Path, Path]]) -> dict[str, list[str]]:
        feed = "".join(f"{a}\t{b}\n" for a, b in pairs)
        proc = subprocess.run([java, "-cp", f"{classes}:{classpath}", "SmaliCompare"],
                              input=feed, capture_output=True, text=True, check=True,
                              timeout=900)
        results: dict[str, list[str]] = {}
        current: list[str] = []
        for line in proc.stdout.splitlines():
            if line.startswith(("OK ", "DIFF ")):
                current = [line]
                results[line.split(" ", 2)[1]] = current
            else:
                current.append(line)
        return results

    return compare
