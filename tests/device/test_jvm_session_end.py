"""How a run ends (real agent, real local JVM, real store): when the duration elapses the run is
`complete` and the target is stopped; when the target dies (SIGKILL, like a crashing app) the run
is `incomplete` and every record received before is kept."""

from __future__ import annotations

import os
import signal
import threading
import time
from pathlib import Path

import pytest

from dexlego.device.jvm import run_jvm
from dexlego.store import open_store
from tests.device.conftest import JvmProgram

TARGET = "Ldemo/Target;->compute(I)I"
CALLER = "Ldemo/Sleeper;->main([Ljava/lang/String;)V"


def _pids_with_arg(marker: str) -> list[int]:
    pids = []
    for entry in Path("/proc").iterdir():
        if entry.name.isdigit():
            try:
                if marker.encode() in (entry / "cmdline").read_bytes().split(b"\0"):
                    pids.append(int(entry.name))
            except OSError:
                continue
    return pids


def _argv(p: JvmProgram, sleep_ms: int, marker: str) -> list[str]:
    # The marker system property lets the test find this very JVM in /proc.
    return [str(p.java), f"-Ddexlego.test={marker}", "-cp", str(p.classes), "demo.Sleeper",
            str(sleep_ms)]


def test_duration_elapsed_completes_run_and_stops_target(jvm_program: JvmProgram,
                                                         tmp_path: Path) -> None:
    db = f"sqlite:///{tmp_path / 't.db'}"
    marker = f"-Ddexlego.test=elapsed-{os.getpid()}"
    # Long enough for a loaded CI machine to start the JVM under the agent and reflect once.
    run = run_jvm(_argv(jvm_program, 120_000, marker.split("=", 1)[1]), package="demo",
                  class_path=[jvm_program.classes], db_url=db, timeout=10)
    with open_store(db) as store:
        info = store.get_run(run.run_id)
        assert (info.status, info.reason) == ("complete", "duration of 10s elapsed")
        events = [(e.caller, e.api, e.target, e.count) for e in store.reflection_events([run.run_id])]
        assert (CALLER, "Method.invoke", TARGET, 1) in events
        # The agent's own view, sent when the host stopped it.
        assert info.bye == {"status": "complete", "reason": "duration of 10s elapsed"}
        assert info.hello is not None and info.hello["runtime"] == "device"
    deadline = time.monotonic() + 10
    while _pids_with_arg(marker) and time.monotonic() < deadline:
        time.sleep(0.2)
    assert _pids_with_arg(marker) == [], "the target must be stopped when the duration elapses"


def test_target_killed_mid_run_leaves_incomplete_run_with_records(jvm_program: JvmProgram,
                                                                  tmp_path: Path) -> None:
    db = f"sqlite:///{tmp_path / 't.db'}"
    marker = f"-Ddexlego.test=killed-{os.getpid()}"
    killed: list[int] = []

    def reflected() -> bool:
        try:
            with open_store(db) as store:
                return any(store.reflection_events([r.id]) for r in store.list_runs())
        except Exception:  # the store may not exist yet
            return False

    def killer() -> None:
        # Once the reflective call is committed, kill the JVM like a crashing app.
        deadline = time.monotonic() + 60
        while time.monotonic() < deadline and not killed:
            if reflected():
                for pid in _pids_with_arg(marker):
                    os.kill(pid, signal.SIGKILL)
                    killed.append(pid)
            time.sleep(0.3)

    t = threading.Thread(target=killer)
    t.start()
    run = run_jvm(_argv(jvm_program, 120_000, marker.split("=", 1)[1]), package="demo",
                  class_path=[jvm_program.classes], db_url=db, timeout=60, natural_end="incomplete")
    t.join()
    if not killed:
        pytest.fail("the test could not find the JVM to kill")
    with open_store(db) as store:
        info = store.get_run(run.run_id)
        assert info.status == "incomplete"
        assert "died" in info.reason
        assert info.bye is None  # the agent never got to say goodbye
        events = [(e.caller, e.api, e.target, e.count) for e in store.reflection_events([run.run_id])]
        assert (CALLER, "Method.invoke", TARGET, 1) in events
        assert any(c.descriptor == "Ldemo/Sleeper;" for c in store.class_loads([run.run_id]))


def test_agent_attaches_to_a_held_process_then_resumes_it(jvm_program: JvmProgram,
                                                         tmp_path: Path) -> None:
    """The no-root path attaches the agent to a process that is already there and held at its
    start (Frida Gadget's `on_load: wait`), then resumes it. No gadget runs on this machine, so
    the held process is a JVM frida spawned suspended; the session gets only its pid."""
    import frida

    from dexlego.device.recording import Recording
    from dexlego.device.session import AgentConfig, AgentSession

    device = frida.get_local_device()
    argv = [str(jvm_program.java), "-cp", str(jvm_program.classes), "demo.Main",
            str(jvm_program.plugin_jar)]
    pid = device.spawn(argv)  # held, like the app the gadget waits in
    with open_store(f"sqlite:///{tmp_path / 't.db'}") as store:
        run_id = store.create_run("demo", "0" * 64, "device")
        rec = Recording.start(store, run_id)
        session = AgentSession(device, ["(attached)"], rec.pump,
                               AgentConfig(flavor="jvm", collect_code=False), natural_end="complete")
        result = session.run(60, pid=pid)
        rec.finish(result.status, result.reason)
        assert result.pid == pid and result.status == "complete", result.reason
        assert any(r.target.startswith("Ldemo/") for r in store.reflection_events([run_id]))
