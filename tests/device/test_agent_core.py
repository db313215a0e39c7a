"""Must-show 2: the agent's platform-independent logic (message building, batching with size
bounds, dedup by hash, hashing, CodeItem/CompactDex decoding), unit-tested with node's own test
runner on the TypeScript compiled by tsc. One test decodes the CodeItems of a real DEX assembled
here with smali and compares them with androguard's independent reading.
"""

from __future__ import annotations

import json
import os
import shutil
import subprocess
from pathlib import Path

import pytest

AGENT = Path(__file__).resolve().parents[2] / "agent"


def _need(tool: str) -> str:
    path = shutil.which(tool)
    if path is None:
        pytest.skip(f"{tool} not installed")
    return path


@pytest.fixture(scope="module")
def core_build(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """The agent's core modules, tests and contract fixture compiled by tsc for node."""
    tsc = AGENT / "node_modules" / ".bin" / "tsc"
    if not tsc.exists():
        pytest.skip("agent/node_modules missing: run `npm ci` in agent/ (scripts/setup.sh does)")
    out = tmp_path_factory.mktemp("agent-core-build")
    # Compiling with the core tsconfig (Node types only, no frida-gum) also proves the core
    # modules do not depend on Frida or the Java bridge.
    built = subprocess.run([str(tsc), "-p", str(AGENT / "tsconfig.core.json"), "--outDir", str(out)],
                           capture_output=True, text=True, cwd=AGENT)
    assert built.returncode == 0, built.stdout + built.stderr
    return out


def test_agent_core_unit_tests_pass_under_node(codeitem_dex: Path, core_build: Path) -> None:
    node = _need("node")
    env = {**os.environ, "DEXLEGO_AGENT_FIXTURES": str(codeitem_dex)}
    run = subprocess.run([node, "--test", "--test-reporter=tap", str(core_build / "test" / "core.test.js")],
                         capture_output=True, text=True, env=env, timeout=120)
    assert run.returncode == 0, run.stdout[-4000:] + run.stderr[-2000:]
    assert "# fail 0" in run.stdout
    assert "# skipped 0" in run.stdout, "the real-DEX test must run, not skip"
    passed = int(run.stdout.split("# pass ")[1].split()[0])
    assert passed >= 23


def test_agent_messages_pass_the_host_intake(codeitem_dex: Path, core_build: Path,
                                            tmp_path: Path) -> None:
    """Every message type the agent builds, batched by its Batcher, is accepted by the real
    Intake; code hashes computed in the agent equal the host's canonical ones."""
    from dexlego.store import open_store
    from dexlego.trace.intake import Intake

    node = _need("node")
    run = subprocess.run([node, str(core_build / "test-support" / "emit-fixture.js"),
                          str(codeitem_dex / "classes.dex"), str(codeitem_dex / "expected.json")],
                         capture_output=True, text=True, timeout=60)
    assert run.returncode == 0, run.stderr[-2000:]
    agent_hashes: dict[str, str] = json.loads(run.stderr.strip().splitlines()[-1])
    lines = run.stdout.splitlines()
    sizes = [len(line.encode()) for line in lines]
    batches = [json.loads(line) for line in lines]
    assert all(b["type"] == "batch" and len(b["messages"]) <= 4 for b in batches)
    # Bounded: only a batch holding one oversized message (the base64 DEX) may pass 4096 bytes.
    assert all(size <= 4096 + 64 or len(b["messages"]) == 1 for size, b in zip(sizes, batches, strict=True))
    sent = sum(len(b["messages"]) for b in batches)
    with open_store(f"sqlite:///{tmp_path / 'trace.db'}") as store:
        run_id = store.create_run("fix", "0" * 64, "device")
        with Intake(store, run_id) as intake:
            accepted = sum(intake.feed_line(line) for line in lines)
        assert store.rejections(run_id) == []
        assert accepted == sent
        versions = store.code_versions([run_id])
        host: dict[str, set[str]] = {}
        for v in versions:
            host.setdefault(v.method, set()).add(v.hash)
        assert set(host) == set(agent_hashes) and len(host) == 3
        assert all(agent_hashes[m] in host[m] for m in host)
        assert sorted(len(h) for h in host.values()) == [1, 1, 2]  # the patched body too
        assert all(v.count == 2 for v in versions if v.hash == agent_hashes[v.method])
        assert len(store.divergences([run_id])) == 2
        calls = {(e.api, e.count) for e in store.reflection_events([run_id])}
        assert ("Method.invoke", 3) in calls
        iccs = {(e.api, e.kind, e.target, e.pc, e.count) for e in store.icc_events([run_id])}
        assert iccs == {("Context.startActivity", "activity", "Lfix/A;", -1, 2),
                        ("Activity.startActivityForResult", "activity", "Lfix/A;", -1, 1),
                        ("Context.startService", "service", "Lfix/A;", -1, 1),
                        ("Context.bindService", "bind", "Lfix/A;", -1, 1),
                        ("Context.sendBroadcast", "receiver", "Lfix/A$1;", -1, 1),
                        # a count above one message's limit, split by the agent, added by the host
                        ("Context.sendOrderedBroadcast", "receiver", "Lfix/A;", 3, 1_000_000_001)}
        image = store.dex_images([run_id])[0]
        assert store.dex_bytes(image.sha256) == (codeitem_dex / "classes.dex").read_bytes()
        assert len(store.dynamic_loads([run_id])) == 2
        info = store.get_run(run_id)
        assert info.bye == {"status": "complete", "reason": "duration of 5s elapsed"}
