"""Message pump: Frida delivers agent messages on its own threads; one writer thread feeds them
to the trace Intake (whose database session must stay on one thread) and keeps counts.

Agent-side script errors become `runtime_error` messages so they are kept with the run.
"""

from __future__ import annotations

import logging
import queue
import threading
import time
from collections.abc import Callable
from dataclasses import dataclass, field
from typing import Any, Protocol

log = logging.getLogger("dexlego.device.pump")

_STOP = object()


class Sink(Protocol):
    """What the pump writes to: `dexlego.trace.intake.Intake` satisfies it."""

    def feed(self, obj: object) -> int: ...

    def flush(self) -> None: ...


@dataclass
class PumpStats:
    batches: int = 0
    messages: int = 0
    accepted: int = 0
    script_errors: int = 0
    control: list[dict[str, Any]] = field(default_factory=list)


class MessagePump:
    """Queue between Frida's callback threads and the single writer thread."""

    def __init__(self, sink: Sink, *, on_control: Callable[[dict[str, Any]], None] | None = None,
                 max_queue: int = 10_000, idle_flush: float = 0.5) -> None:
        self._sink = sink
        self.idle_flush = idle_flush
        self.on_control = on_control
        # Bounded: if the store falls far behind, Frida's thread blocks instead of eating memory.
        self._q: queue.Queue[object] = queue.Queue(maxsize=max_queue)
        self.stats = PumpStats()
        self._error: BaseException | None = None
        self._thread = threading.Thread(target=self._run, name="dexlego-pump", daemon=True)
        self._thread.start()

    # Frida's `script.on("message", pump.on_message)` callback.
    def on_message(self, message: Any, data: bytes | None) -> None:
        kind = message.get("type")
        if kind == "send":
            payload = message.get("payload")
            if isinstance(payload, dict) and payload.get("type") == "batch":
                self._q.put(payload)
            elif isinstance(payload, dict):
                self.stats.control.append(payload)
                if self.on_control is not None:
                    self.on_control(payload)
        elif kind == "error":
            self.stats.script_errors += 1
            text = str(message.get("description") or "agent script error")
            where = message.get("fileName")
            self._q.put({"type": "runtime_error",
                         "message": f"agent: {text}"[:4000] + (f" ({where}:{message.get('lineNumber')})"
                                                                if where else ""),
                         "where": None})

    def _run(self) -> None:
        dirty = False
        while True:
            try:
                item = self._q.get(timeout=self.idle_flush)
            except queue.Empty:
                # The runtime went quiet: commit what came, so that even a host killed now
                # keeps it (the intake itself commits only as further messages arrive).
                if dirty and self._error is None:
                    try:
                        self._sink.flush()
                    except BaseException as exc:
                        log.error("pump: flushing the store failed: %s", exc)
                        self._error = exc
                dirty = False
                continue
            if item is _STOP:
                self._q.task_done()
                break
            if self._error is not None:
                self._q.task_done()
                continue  # drain without writing: the sink already failed
            dirty = True
            try:
                if isinstance(item, dict) and item.get("type") == "batch":
                    self.stats.batches += 1
                    msgs = item.get("messages")
                    self.stats.messages += len(msgs) if isinstance(msgs, list) else 0
                self.stats.accepted += self._sink.feed(item)
            except BaseException as exc:  # the store failed: remember, stop writing
                log.error("pump: writing to the store failed: %s", exc)
                self._error = exc
            finally:
                self._q.task_done()

    def wait_idle(self, timeout: float = 30.0) -> bool:
        """Wait until every message queued so far is written, then commit; False on timeout."""
        deadline = time.monotonic() + timeout
        while self._q.unfinished_tasks and time.monotonic() < deadline:
            time.sleep(0.05)
        if self._q.unfinished_tasks or self._error is not None:
            return False
        self._sink.flush()
        return True

    def close(self, timeout: float = 60.0) -> None:
        """Write everything queued so far, flush the sink, stop the thread; re-raise a sink error."""
        self._q.put(_STOP)
        self._thread.join(timeout)
        if self._error is None:
            self._sink.flush()
        if self._error is not None:
            raise self._error
