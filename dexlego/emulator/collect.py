"""`collect_emulator`: run an APK in the emulator, store the run, return its summary.

This is what `dexlego collect APK --runtime emulator` calls.
"""

from __future__ import annotations

import hashlib
from collections.abc import Callable
from pathlib import Path
from typing import Any

from dexlego.catalog import default_catalog
from dexlego.emulator.collector import DEVICE, messages
from dexlego.emulator.errors import EmulatorError
from dexlego.emulator.native.summary import native_summary
from dexlego.emulator.recorder import Leak
from dexlego.emulator.session import DEFAULT_BUDGET, DEFAULT_TIMEOUT, RunResult, emulate


def privacy(lk: Leak) -> bool:
    """A privacy leak (private data to a channel leaving the app), as opposed to another flow
    between catalog entries (network input to the log, an id into `Handler.sendMessage`...)."""
    return default_catalog().is_privacy_leak(lk.source, lk.sink)


def _leak(lk: Leak) -> dict[str, Any]:
    return {"source": lk.source, "sink": lk.sink, "caller": lk.caller, "pc": lk.pc, "value": lk.value}


def summary(result: RunResult, run_id: int | None) -> dict[str, Any]:
    """The JSON the CLI prints for a run."""
    rec = result.recorder
    executed = sum(
        1
        for rc in result.vm.classes.values()
        for m in rc.methods.values()
        if m.code is not None and m.hits is not None and any(m.hits)
    )
    return {
        "run_id": run_id,
        "status": result.status,
        "reason": result.reason,
        "instructions": result.vm.icount,
        "methods_executed": executed,
        "seconds": round(result.seconds, 3),
        "observed_leaks": [_leak(lk) for lk in rec.leaks if privacy(lk)],
        "other_flows": [_leak(lk) for lk in rec.leaks if not privacy(lk)],
        "unmodeled_apis": [{"api": api, "calls": n} for api, n in
                           sorted(rec.unmodeled_apis.items(), key=lambda kv: (-kv[1], kv[0]))],
        "runtime_errors": len(rec.errors),
        "dynamic_loads": len(rec.dynamic_loads),
        "reflective_calls": sum(rec.reflection.values()),
        "icc_deliveries": sum(rec.icc.values()),
        "native_libraries": sorted({lib for lib, _ in rec.native_loads}),
        "native": native_summary(result.vm),
    }


def store_run(result: RunResult, db_url: str | None, *, parent_run_id: int | None = None,
              decisions: list[dict[str, Any]] | None = None) -> int:
    """Write the run's messages through the validating intake; returns the run id. A forced
    run (dexlego/emulator/explore/) names its parent run and its decisions."""
    from dexlego.store import open_store
    from dexlego.store.paths import default_url
    from dexlego.trace.intake import Intake

    store = open_store(db_url or default_url())
    try:
        sha = hashlib.sha256(result.apk.read_bytes()).hexdigest()
        run_id = store.create_run(
            result.info.package, sha, "emulator",
            device_model=str(DEVICE["model"]), device_abi=str(DEVICE["abi"]),
            api_level=int(str(DEVICE["api_level"])),
            parent_run_id=parent_run_id, decisions=decisions,
        )  # fmt: skip
        status, reason = "failed", "intake did not finish"
        try:
            with Intake(store, run_id) as intake:
                for msg in messages(result):
                    intake.feed(msg)
            status, reason = result.status, result.reason
        finally:
            store.finish_run(run_id, status, reason[:1000])
        return run_id
    finally:
        store.close()


def collect_emulator(
    apk: Path,
    *,
    seed: int = 0,
    budget: int = DEFAULT_BUDGET,
    timeout: float = DEFAULT_TIMEOUT,
    db_url: str | None = None,
    store: bool = True,
    explore: int = 0,
    invoke_all: bool = False,
    progress: Callable[[str], None] | None = None,
    deny_permissions: bool = False,
) -> dict[str, Any]:
    """Emulate `apk`, store the run (unless `store=False`) and return its summary:
    `{"run_id", "status", "instructions", "methods_executed", "observed_leaks",
    "unmodeled_apis", ...}`. Raises EmulatorError/DexError/StoreError with one-line messages.

    `explore=N` adds up to N forced runs, `invoke_all` a run that calls every app method that
    did not run (dexlego/emulator/explore/); the summary then also has `run_ids`,
    `forced_runs`, `forced_leaks`, `coverage` and `exploration`."""
    apk = Path(apk)
    if not apk.is_file():
        raise EmulatorError(f"{apk}: no such file")
    if explore or invoke_all:
        from dexlego.emulator.explore.explorer import collect_explored

        return collect_explored(apk, seed=seed, budget=budget, timeout=timeout, explore=explore,
                                invoke_all=invoke_all, db_url=db_url, store=store,
                                progress=progress)
    result = emulate(apk, seed=seed, budget=budget, timeout=timeout, deny_permissions=deny_permissions)
    run_id = store_run(result, db_url) if store else None
    return summary(result, run_id)
