"""The agent against a local HotSpot JVM: the reflection and class-loading hooks run through
frida-java-bridge's JVM support, and records go through the same Intake as a device run.

Used by the tests (no phone here) and handy for checking hook changes without a device. Needs a
JDK whose libjvm keeps its symbol table (Debian's OpenJDK 17 does).
"""

from __future__ import annotations

import hashlib
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import frida

from dexlego.device.errors import DeviceError
from dexlego.device.recording import Recording
from dexlego.device.session import AgentConfig, AgentSession, SessionResult


@dataclass
class JvmRun:
    run_id: int
    result: SessionResult
    accepted: int
    rejected: int


def fingerprint(paths: list[Path]) -> str:
    """sha256 standing in for the APK's: over the program's class path entries, in order."""
    h = hashlib.sha256()
    for p in paths:
        files = sorted(q for q in p.rglob("*") if q.is_file()) if p.is_dir() else [p]
        for f in files:
            h.update(f.as_posix().encode() + b"\0" + f.read_bytes())
    return h.hexdigest()


def run_jvm(java_argv: list[str], *, package: str, class_path: list[Path], db_url: str | None,
            timeout: float = 60.0, natural_end: str = "complete",
            invoke: list[str] | None = None) -> JvmRun:
    """Spawn `java_argv` with the agent in JVM mode; store the trace as a `device` run.

    `natural_end` is the status of a run whose process ended by itself: "complete" for a
    program returning from main; "incomplete" treats the JVM like an app that may crash.
    `invoke`: when `timeout` is up and the program still runs, the agent calls these methods
    (smali signatures; `--invoke-all`, dexlego/device/invoke.py) before the run stops.
    """
    from dexlego.device.invoke import DECISIONS, invoke_step
    from dexlego.store import open_store

    if not Path(java_argv[0]).is_file():
        raise DeviceError(f"{java_argv[0]}: no such java executable")
    store = open_store(db_url)
    try:
        run_id = store.create_run(package, fingerprint(class_path), "device",
                                  device_model="local JVM", device_abi=None, api_level=None,
                                  decisions=DECISIONS if invoke is not None else None)
        rec = Recording.start(store, run_id)
        session = AgentSession(frida.get_local_device(), java_argv, rec.pump,
                               AgentConfig(flavor="jvm", collect_code=False),
                               natural_end=natural_end)
        def before_stop(script: frida.Script) -> dict[str, Any]:
            assert invoke is not None
            return invoke_step(script, invoke, package)

        try:
            result = session.run(timeout, before_stop=before_stop if invoke is not None else None)
        except DeviceError as exc:
            rec.finish("failed", str(exc))
            raise
        rec.finish(result.status, result.reason)
        return JvmRun(run_id, result, rec.accepted, rec.rejected)
    finally:
        store.close()
