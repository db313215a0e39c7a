"""One run's recording: the store's run row, the Intake writing to it, and the pump feeding the
Intake; closing always writes the run's final status, even when the store failed meanwhile."""

from __future__ import annotations

import logging
from dataclasses import dataclass
from typing import Any

from dexlego.device.pump import MessagePump

log = logging.getLogger("dexlego.device.recording")


@dataclass
class Recording:
    store: Any  # dexlego.store.Store
    run_id: int
    intake: Any  # dexlego.trace.intake.Intake
    pump: MessagePump

    @classmethod
    def start(cls, store: Any, run_id: int) -> Recording:
        from dexlego.trace.intake import Intake

        intake = Intake(store, run_id)
        return cls(store, run_id, intake, MessagePump(intake))

    def finish(self, status: str, reason: str) -> None:
        """Drain the pump, close the intake, then record `status`; a store failure on the way
        downgrades a complete run to incomplete (with why) and is re-raised afterwards."""
        error: BaseException | None = None
        for step in (self.pump.close, self.intake.close):
            try:
                step()
            except BaseException as exc:  # keep going: the run row must still be closed
                log.error("run %d: %s", self.run_id, exc)
                error = error or exc
        if error is not None and status == "complete":
            status, reason = "incomplete", f"{reason}; store error: {error}"[:4000]
        self.store.finish_run(self.run_id, status, reason)
        if error is not None:
            raise error

    @property
    def accepted(self) -> int:
        return int(self.intake.accepted)

    @property
    def rejected(self) -> int:
        return int(self.intake.rejected)
