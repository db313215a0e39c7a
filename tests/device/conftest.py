"""Fixtures of the device-runtime tests: the local JVM test program, and attached devices."""

from __future__ import annotations

import shutil
import subprocess
import zipfile
from dataclasses import dataclass
from pathlib import Path

import pytest

PROGRAM = Path(__file__).resolve().parent / "jvm_program"
JAVA_HOME = Path("/usr/lib/jvm/java-17-openjdk-amd64")


@dataclass(frozen=True)
class JvmProgram:
    java: Path
    classes: Path
    plugin_jar: Path


def _jdk() -> tuple[Path, Path]:
    java, javac = JAVA_HOME / "bin" / "java", JAVA_HOME / "bin" / "javac"
    if java.is_file() and javac.is_file():
        return java, javac
    found = shutil.which("javac")
    if found is None:
        pytest.skip("no JDK (javac) on this machine")
    javac = Path(found).resolve()
    return javac.parent / "java", javac


@pytest.fixture(scope="session")
def jvm_program(tmp_path_factory: pytest.TempPathFactory) -> JvmProgram:
    """tests/device/jvm_program compiled with javac, and plugin/Plugin.class in a jar."""
    java, javac = _jdk()
    work = tmp_path_factory.mktemp("jvm-program")
    classes, plugin_classes = work / "classes", work / "plugin"
    subprocess.run([str(javac), "-d", str(classes), *map(str, (PROGRAM / "demo").glob("*.java"))],
                   check=True, capture_output=True)
    subprocess.run([str(javac), "-d", str(plugin_classes), str(PROGRAM / "plugin" / "Plugin.java")],
                   check=True, capture_output=True)
    jar = work / "plugin.jar"
    with zipfile.ZipFile(jar, "w") as z:
        z.write(plugin_classes / "plugin" / "Plugin.class", "plugin/Plugin.class")
    return JvmProgram(java, classes, jar)


def online_serials() -> list[str]:
    """Serials `adb devices` lists as online; empty when adb or its server is unavailable."""
    try:
        import adbutils

        return [d.serial for d in adbutils.AdbClient().list() if d.state == "device"]
    except Exception:
        return []


@pytest.fixture(scope="session")
def android_serial() -> str:
    """An attached device for `device`-marked tests (DEXLEGO_SERIAL picks one of several)."""
    import os

    serials = online_serials()
    if not serials:
        pytest.skip("no Android device attached (`adb devices` lists none online)")
    wanted = os.environ.get("DEXLEGO_SERIAL")
    if wanted:
        if wanted not in serials:
            pytest.skip(f"DEXLEGO_SERIAL={wanted} is not attached")
        return wanted
    return serials[0]
