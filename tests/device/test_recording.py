"""Closing a recording always writes the run's final status: messages queued in the pump are
written first; a store failure on the way turns `complete` into `incomplete` and is re-raised."""

from __future__ import annotations

from pathlib import Path

import pytest

from dexlego.device.recording import Recording
from dexlego.store import StoreError, open_store

CALLER = "Lcom/ex/Main;->onCreate(Landroid/os/Bundle;)V"


def _batch(n: int) -> dict[str, object]:
    return {"type": "batch", "messages": [
        {"type": "reflection", "caller": CALLER, "pc": -1, "api": "Method.invoke",
         "target": f"Lcom/ex/T;->m{i}()V", "count": 1} for i in range(n)]}


def test_finish_drains_the_pump_then_closes_the_run(tmp_path: Path) -> None:
    with open_store(f"sqlite:///{tmp_path / 't.db'}") as store:
        run_id = store.create_run("com.ex", "1" * 64, "device")
        rec = Recording.start(store, run_id)
        for _ in range(3):
            rec.pump.on_message({"type": "send", "payload": _batch(50)}, None)
        rec.pump.on_message({"type": "error", "description": "ReferenceError: x is not defined",
                             "fileName": "agent.js", "lineNumber": 3}, None)
        rec.finish("complete", "duration of 5s elapsed")
        info = store.get_run(run_id)
        assert (info.status, info.reason) == ("complete", "duration of 5s elapsed")
        assert len(store.reflection_events([run_id])) == 50
        assert sum(e.count for e in store.reflection_events([run_id])) == 150
        errors = [e.message for e in store.runtime_errors([run_id])]
        assert errors == ["agent: ReferenceError: x is not defined (agent.js:3)"]
        assert rec.pump.stats.batches == 3 and rec.pump.stats.script_errors == 1


def test_store_failure_marks_run_incomplete_and_is_raised(tmp_path: Path) -> None:
    with open_store(f"sqlite:///{tmp_path / 't.db'}") as store:
        run_id = store.create_run("com.ex", "1" * 64, "device")
        rec = Recording.start(store, run_id)
        rec.pump.on_message({"type": "send", "payload": _batch(5)}, None)
        rec.pump.close()  # the writer thread has written the first batch
        rec = Recording(store, run_id, rec.intake, type(rec.pump)(rec.intake))
        rec.intake.close()  # the store goes away under the pump
        rec.pump.on_message({"type": "send", "payload": _batch(5)}, None)
        with pytest.raises(StoreError, match="closed"):
            rec.finish("complete", "duration of 5s elapsed")
        info = store.get_run(run_id)
        assert info.status == "incomplete"
        assert info.reason.startswith("duration of 5s elapsed; store error: ")
        assert len(store.reflection_events([run_id])) == 5
