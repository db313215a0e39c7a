"""One agent session: spawn a target on a Frida device, load the agent, resume, wait until the
duration elapses or the target goes away, and say how the run ended.

The same code drives an Android app (`flavor="art"`, USB device) and a local HotSpot JVM
(`flavor="jvm"`, the local device) so that the JVM tests exercise the real host path.
"""

from __future__ import annotations

import logging
import threading
import time
from collections.abc import Callable
from dataclasses import dataclass, field
from typing import Any

import frida

from dexlego.device.bundle import agent_source
from dexlego.device.errors import DeviceError
from dexlego.device.pump import MessagePump

log = logging.getLogger("dexlego.device.session")

#: Every error frida raises for a device, process or transport problem.
FRIDA_ERRORS: tuple[type[Exception], ...] = (
    frida.ExecutableNotFoundError, frida.ExecutableNotSupportedError, frida.NotSupportedError,
    frida.ProcessNotFoundError, frida.ProcessNotRespondingError, frida.PermissionDeniedError,
    frida.InvalidOperationError, frida.InvalidArgumentError, frida.ServerNotRunningError,
    frida.TimedOutError, frida.TransportError, frida.ProtocolError, frida.RPCException,
)


@dataclass
class SessionResult:
    status: str  # complete | incomplete | failed
    reason: str
    pid: int
    installed: list[str] = field(default_factory=list)
    detach_reason: str | None = None
    output_tail: str = ""
    before_stop: Any = None  # what the before-stop step returned (e.g. invoke-all statistics)


@dataclass
class AgentConfig:
    flavor: str = "art"
    collect_code: bool = True
    max_hooked_methods: int = 20000
    scan_interval_ms: int = 1000
    deoptimize: bool = True
    memory_scan_interval_ms: int = 15000

    def to_agent(self) -> dict[str, Any]:
        return {"flavor": self.flavor, "collectCode": self.collect_code,
                "maxHookedMethods": self.max_hooked_methods,
                "scanIntervalMs": self.scan_interval_ms, "deoptimize": self.deoptimize,
                "memoryScanIntervalMs": self.memory_scan_interval_ms}


def _one_line(exc: BaseException) -> str:
    return " ".join(str(exc).split())[:300] or exc.__class__.__name__


class AgentSession:
    """Spawns `target` (argv list, or an Android package name) with the agent loaded."""

    def __init__(self, device: frida.Device, target: list[str] | str, pump: MessagePump,
                 config: AgentConfig, *, natural_end: str = "incomplete") -> None:
        self.device = device
        self.target = target
        self.pump = pump
        self.config = config
        # How a run whose process ended by itself is classified: a JVM program that returns
        # from main is complete; an Android app whose process dies has crashed (incomplete).
        self.natural_end = natural_end
        self._detached = threading.Event()
        self._detach_reason: str | None = None
        self._crash: str | None = None
        self._installed: list[str] = []
        self._output = bytearray()

    def _on_detached(self, reason: str, crash: Any = None) -> None:
        self._detach_reason = reason
        summary = getattr(crash, "summary", None)
        if summary:
            self._crash = " ".join(str(summary).split())[:300]
        self._detached.set()

    def _on_control(self, payload: dict[str, Any]) -> None:
        if payload.get("type") == "agent-ready":
            installed = payload.get("installed")
            if isinstance(installed, list):
                self._installed = [str(x) for x in installed][:200]

    def _on_output(self, pid: int, fd: int, data: bytes) -> None:
        self._output.extend(data)
        del self._output[:-8192]  # keep only the tail

    def run(self, duration: float, driver: Callable[[], None] | None = None, *,
            pid: int | None = None,
            before_stop: Callable[[frida.Script], Any] | None = None) -> SessionResult:
        """Run for at most `duration` seconds; `driver` (if any) runs on its own thread meanwhile.

        With `pid` the target already runs, held at its start (Frida Gadget's `on_load: wait`):
        the agent is attached to it instead of spawning, then the target is resumed.
        `before_stop` runs with the agent's script when the duration is up and the target still
        runs (`--invoke-all`); what it returns is the result's `before_stop`."""
        self.pump.on_control = self._on_control
        self.device.on("output", self._on_output)
        try:
            try:
                if pid is not None:
                    pass
                elif isinstance(self.target, list):
                    argv: list[str | bytes] = list(self.target)
                    pid = self.device.spawn(argv, stdio="pipe")
                else:
                    pid = self.device.spawn(self.target)
            except FRIDA_ERRORS as exc:
                raise DeviceError(f"cannot spawn {self.target!r}: {_one_line(exc)}") from None
            try:
                session = self.device.attach(pid)
                session.on("detached", self._on_detached)
                script = session.create_script(agent_source(), name="dexlego-agent")
                script.on("message", self.pump.on_message)
                script.load()
                script.exports_sync.start(self.config.to_agent())
                self.device.resume(pid)
            except FRIDA_ERRORS as exc:
                self._kill(pid)
                raise DeviceError(f"cannot inject the agent into pid {pid}: {_one_line(exc)}") from None
            return self._wait(pid, session, script, duration, driver, before_stop)
        finally:
            self.device.off("output", self._on_output)

    def _wait(self, pid: int, session: frida.Session, script: frida.Script,
              duration: float, driver: Callable[[], None] | None,
              before_stop: Callable[[frida.Script], Any] | None = None) -> SessionResult:
        if driver is not None:
            def drive() -> None:
                try:
                    driver()
                except Exception as exc:  # a failing driver must not end the collection
                    log.warning("driver: %s", _one_line(exc))
            threading.Thread(target=drive, name="dexlego-driver", daemon=True).start()
        deadline = time.monotonic() + duration
        ended_by_itself = self._detached.wait(timeout=max(0.0, deadline - time.monotonic()))
        if not ended_by_itself:
            extra: Any = None
            if before_stop is not None:
                try:
                    extra = before_stop(script)
                except FRIDA_ERRORS as exc:
                    log.warning("before stop: %s", _one_line(exc))
                    extra = {"error": _one_line(exc)}
            # Time is up: ask the agent for its last counters and a bye, then let go.
            try:
                script.exports_sync.stop("complete", f"duration of {duration:g}s elapsed")
            except FRIDA_ERRORS as exc:
                log.info("stop: %s", _one_line(exc))
            try:
                session.detach()
            except FRIDA_ERRORS:
                pass
            self._kill(pid)
            return SessionResult("complete", f"duration of {duration:g}s elapsed", pid,
                                 self._installed, None, self._tail(), extra)
        reason = self._detach_reason or "detached"
        if reason == "process-terminated":
            status = self.natural_end
            why = "target process exited" if status == "complete" else "app process died (crash or kill)"
            if self._crash:
                why += f": {self._crash}"
        elif reason in ("connection-terminated", "device-lost"):
            status, why = "incomplete", f"device went away ({reason})"
        else:
            status, why = "incomplete", f"agent detached ({reason})"
        return SessionResult(status, why, pid, self._installed, reason, self._tail())

    def _kill(self, pid: int) -> None:
        try:
            self.device.kill(pid)
        except FRIDA_ERRORS:
            pass

    def _tail(self) -> str:
        return self._output.decode("utf-8", "replace")[-2000:]
