"""`--invoke-all` through the real agent on a local HotSpot JVM (no phone here): the program
(tests/device/jvm_invoke_program) never calls `lazyjvm.Vault`; when the run's time is up, the
host asks the agent to call Vault's methods with default arguments (a receiver from Vault's own
constructor) and the agent's reflection hooks record what those calls do, into the same store
a device run uses. What ART adds (code watchers, the main thread, hidden-API rules) cannot run
here: docs/device.md says what each Android version allows."""

from __future__ import annotations

import subprocess
from collections.abc import Iterator
from pathlib import Path

import pytest

from dexlego.device.jvm import JvmRun, run_jvm
from dexlego.store import Store, open_store
from tests.device.conftest import _jdk

PROGRAM = Path(__file__).resolve().parent / "jvm_invoke_program"
OPEN = "Llazyjvm/Vault;->open(I)Ljava/lang/String;"
UNLOCK = "Llazyjvm/Vault;->unlock(Ljava/lang/String;[J)I"
FAILS = "Llazyjvm/Vault;->fails()V"
INIT = "Llazyjvm/Vault;-><init>(Ljava/lang/String;)V"
MISSING = "Llazyjvm/Nowhere;->gone()V"
CLINIT = "Llazyjvm/Vault;-><clinit>()V"


@pytest.fixture(scope="module")
def invoke_run(tmp_path_factory: pytest.TempPathFactory) -> Iterator[tuple[JvmRun, Store]]:
    java, javac = _jdk()
    work = tmp_path_factory.mktemp("jvm-invoke")
    classes = work / "classes"
    subprocess.run([str(javac), "-d", str(classes), *map(str, (PROGRAM / "lazyjvm").glob("*.java"))],
                   check=True, capture_output=True)
    db = f"sqlite:///{work / 'trace.db'}"
    run = run_jvm([str(java), "-cp", str(classes), "lazyjvm.Main"], package="lazyjvm",
                  class_path=[classes], db_url=db, timeout=10,
                  invoke=[MISSING, FAILS, OPEN, UNLOCK, INIT, CLINIT])
    store = open_store(db)
    yield run, store
    store.close()


def test_agent_calls_what_did_not_run(invoke_run: tuple[JvmRun, Store]) -> None:
    run, _ = invoke_run
    stats = run.result.before_stop
    assert stats["candidates"] == 6 and stats["skipped"] == 1  # <clinit> is never called
    assert stats["unresolved"] == 1 and any("Nowhere" in e for e in stats["errors"])
    assert stats["invoked"] == 4 and stats["threw"] == 1 and stats["returned"] == 3
    assert any("not here" in e for e in stats["errors"])


def test_what_the_invoked_methods_did_is_recorded(invoke_run: tuple[JvmRun, Store]) -> None:
    run, store = invoke_run
    events = {(e.caller, e.api, e.target) for e in store.reflection_events([run.run_id])}
    assert (OPEN, "Class.forName", "Llazyjvm/Secret;") in events
    assert (OPEN, "Method.invoke", "Llazyjvm/Secret;->reveal(I)Ljava/lang/String;") in events
    assert (UNLOCK, "Class.forName", "Llazyjvm/Secret;") in events
    info = store.get_run(run.run_id)
    assert info.forced == ({"kind": "invoke-all"},) and info.status == "complete"
    assert run.rejected == 0, store.rejections(run.run_id)
