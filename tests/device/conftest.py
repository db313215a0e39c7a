"""Fixtures of the device-runtime tests: the local JVM test program, and attached devices."""

from __future__ import annotations

import json
import shutil
import subprocess
import zipfile
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import pytest

PROGRAM = Path(__file__).resolve().parent / "jvm_program"
SMALI_SOURCE = Path(__file__).resolve().parent / "data" / "codeitems.smali"
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


def _expected_code_items(dex: Path) -> list[dict[str, Any]]:
    try:  # androguard logs every parse step through loguru (its own dependency)
        from loguru import logger

        logger.disable("androguard")
    except ImportError:
        pass
    from androguard.core.dex import DEX

    d = DEX(dex.read_bytes())
    out: list[dict[str, Any]] = []
    for m in d.get_encoded_methods():
        code = m.get_code()
        if code is None:
            continue
        by_off: dict[int, Any] = {}
        handlers = code.get_handlers()
        if handlers is not None:
            base = handlers.get_off()
            by_off = {h.get_off() - base: h for h in handlers.get_list()}
        tries = []
        for t in code.get_tries():
            h = by_off[t.get_handler_off()]
            tries.append({
                "start": t.get_start_addr(), "count": t.get_insn_count(),
                "handlers": [{"type": d.CM.get_type(p.get_type_idx()), "addr": p.get_addr()}
                             for p in h.get_handlers()],
                "catch_all": h.get_catch_all_addr() if h.get_size() <= 0 else None,
            })
        # androguard prints descriptors with spaces between parameters: "(J Ljava/lang/String;)".
        descriptor = m.get_descriptor().replace(" ", "")
        out.append({"method": f"{m.get_class_name()}->{m.get_name()}{descriptor}",
                     "code_off": m.get_code_off(), "registers": code.registers_size,
                     "ins": code.ins_size, "outs": code.outs_size,
                     "insns": code.get_bc().get_raw().hex(), "tries": tries})
    return out


@pytest.fixture(scope="session")
def codeitem_dex(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """A folder with classes.dex (smali-assembled, with try/catch) and expected.json: each
    method's CodeItem as androguard reads it, independently of the agent."""
    smali = shutil.which("smali")
    if smali is None:
        pytest.skip("smali not installed")
    work = tmp_path_factory.mktemp("codeitem-dex")
    dex = work / "classes.dex"
    subprocess.run([smali, "a", str(SMALI_SOURCE), "-o", str(dex)], check=True, capture_output=True)
    expected = _expected_code_items(dex)
    assert any(e["tries"] for e in expected), "fixture must contain try/catch"
    (work / "expected.json").write_text(json.dumps(expected))
    return work
