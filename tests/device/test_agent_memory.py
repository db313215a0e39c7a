"""The agent's memory-side CodeItem reader (runtime/codereader.ts, runtime/memory.ts: what the ART
collector runs on a device) inside a real local process: a test agent maps a smali-built DEX so
that it ends right before an inaccessible guard page, reads every CodeItem back through pointers,
hashes with Frida's native sha256, and dumps the image by its header size. No phone needed: only
the ArtMethod -> CodeItem pointer lookup is device-specific."""

from __future__ import annotations

import base64
import hashlib
import json
import subprocess
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import frida
import pytest

from dexlego.trace.messages import Handler, TryBlock, canonical_code_hash

AGENT = Path(__file__).resolve().parents[2] / "agent"
PROBE = "test-support/frida/memory-probe.ts"


@pytest.fixture(scope="module")
def probe_script() -> Iterator[Any]:
    if not (AGENT / "node_modules" / "frida-java-bridge").is_dir():
        pytest.skip("agent/node_modules missing: run `npm ci` in agent/")
    compiler = frida.Compiler()  # type: ignore[no-untyped-call]
    source = compiler.build(PROBE, project_root=str(AGENT), type_check="full")
    host = subprocess.Popen(["sleep", "120"])
    try:
        session = frida.get_local_device().attach(host.pid)
        script = session.create_script(source)
        script.load()
        yield script.exports_sync
        session.detach()
    finally:
        host.kill()
        host.wait()


def test_codeitems_read_from_process_memory(codeitem_dex: Path, probe_script: Any) -> None:
    dex = (codeitem_dex / "classes.dex").read_bytes()
    expected = json.loads((codeitem_dex / "expected.json").read_text())
    # The last CodeItems lie close to the guard page: the growing window must stop at the image end.
    result = probe_script.decode(base64.b64encode(dex).decode(), [e["code_off"] for e in expected])
    assert result["guard"] == "FormatError"
    assert result["dumpSize"] == len(dex)
    assert result["dumpSha256"] == hashlib.sha256(dex).hexdigest()
    for want, got in zip(expected, result["methods"], strict=True):
        assert {k: got[k] for k in ("registers", "ins", "outs", "insns", "tries")} == {
            k: want[k] for k in ("registers", "ins", "outs", "insns", "tries")}, want["method"]
        tries = tuple(TryBlock(t["start"], t["count"],
                               tuple(Handler(h["type"], h["addr"]) for h in t["handlers"]),
                               t["catch_all"]) for t in want["tries"])
        assert got["hash"] == canonical_code_hash(want["registers"], want["ins"], want["outs"],
                                                  bytes.fromhex(want["insns"]), tries)


def test_memory_scan_finds_the_mapped_dex_and_skips_a_decoy(codeitem_dex: Path,
                                                            probe_script: Any) -> None:
    dex = (codeitem_dex / "classes.dex").read_bytes()
    mapped = probe_script.decode(base64.b64encode(dex).decode(), [])
    result = probe_script.scan()
    want = hashlib.sha256(dex).hexdigest()
    hits = [r for r in result["reported"] if r["sha256"] == want]
    assert {(r["base"], r["kind"], r["size"]) for r in hits} >= {(mapped["base"], "memory", len(dex))}
    assert all(r["base"] != result["decoy"] for r in result["reported"])
    # Everything reported is a whole, plausible image, never a fragment.
    assert all(r["size"] >= 0x70 for r in result["reported"])


def test_code_watcher_decodes_again_only_when_code_changes(codeitem_dex: Path,
                                                           probe_script: Any) -> None:
    dex = (codeitem_dex / "classes.dex").read_bytes()
    method = max(json.loads((codeitem_dex / "expected.json").read_text()),
                 key=lambda e: len(e["insns"]))
    seen = probe_script.watch(base64.b64encode(dex).decode(), method["code_off"])
    patched = "0000" + method["insns"][4:]
    # first entry, unchanged, self-modified (nop), unchanged, restored
    assert seen == [method["insns"], None, patched, None, method["insns"]]
