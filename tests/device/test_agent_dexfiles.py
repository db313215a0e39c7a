"""The agent's reader for the files a class loader is given (runtime/dexfiles.ts): a raw DEX, or
the `classes*.dex` entries of a (deflated) jar/zip, read through java.util.zip inside a real JVM
with frida-java-bridge, the same calls it makes on ART. Files are read when the loader is created
because packers delete them right after."""

from __future__ import annotations

import hashlib
import subprocess
import zipfile
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import frida
import pytest

from tests.device.conftest import JvmProgram

AGENT = Path(__file__).resolve().parents[2] / "agent"
SECOND = """.class public Lfix/B;
.super Ljava/lang/Object;
.method public static two()I
    .registers 1
    const/4 v0, 0x2
    return v0
.end method
"""


@pytest.fixture(scope="module")
def probe(jvm_program: JvmProgram) -> Iterator[Any]:
    if not (AGENT / "node_modules" / "frida-java-bridge").is_dir():
        pytest.skip("agent/node_modules missing: run `npm ci` in agent/")
    source = frida.Compiler().build(  # type: ignore[no-untyped-call]
        "test-support/frida/dexfiles-probe.ts", project_root=str(AGENT), type_check="full")
    jvm = subprocess.Popen([str(jvm_program.java), "-cp", str(jvm_program.classes), "demo.Sleeper",
                            "120000"], stdout=subprocess.PIPE, text=True)
    try:
        assert jvm.stdout is not None and jvm.stdout.readline().strip() == "ready"
        session = frida.get_local_device().attach(jvm.pid)
        script = session.create_script(source)
        script.load()
        yield script.exports_sync
        session.detach()
    finally:
        jvm.kill()
        jvm.wait()


def test_raw_dex_zip_entries_and_non_dex(probe: Any, codeitem_dex: Path, tmp_path: Path) -> None:
    dex1 = (codeitem_dex / "classes.dex").read_bytes()
    (tmp_path / "B.smali").write_text(SECOND)
    subprocess.run(["smali", "a", str(tmp_path / "B.smali"), "-o", str(tmp_path / "b.dex")],
                   check=True, capture_output=True)
    dex2 = (tmp_path / "b.dex").read_bytes()
    jar = tmp_path / "payload.jar"
    with zipfile.ZipFile(jar, "w", compression=zipfile.ZIP_DEFLATED) as z:
        z.writestr("META-INF/MANIFEST.MF", "Manifest-Version: 1.0\n")
        z.writestr("classes.dex", dex1)
        z.writestr("classes2.dex", dex2)
        z.writestr("lib/classes3.dex", dex2)  # not a top-level classesN.dex: ignored
    got = probe.sources(str(jar))
    assert got == [
        {"name": f"{jar}!classes.dex", "size": len(dex1), "sha256": hashlib.sha256(dex1).hexdigest()},
        {"name": f"{jar}!classes2.dex", "size": len(dex2), "sha256": hashlib.sha256(dex2).hexdigest()},
    ]
    raw = codeitem_dex / "classes.dex"
    assert probe.sources(str(raw)) == [
        {"name": str(raw), "size": len(dex1), "sha256": hashlib.sha256(dex1).hexdigest()}]
    text = tmp_path / "notes.txt"
    text.write_text("not a dex")
    assert probe.sources(str(text)) == []
    assert probe.sources(str(tmp_path / "deleted.dex")) == []
    assert probe.sources(str(tmp_path)) == []
