"""`--invoke-all` on a device: when the collection time is up, the agent calls every app method
the run has not seen execute (agent/src/runtime/invoke.ts), under the same hooks, before the
run stops. Which methods: every method with a code item in the APK's DEX files, minus those the
store has a `method_exec` record of for this run. See docs/device.md for what each Android
version allows (the agent's ART path has never run on a device).
"""

from __future__ import annotations

from pathlib import Path
from typing import Any

from dexlego.store import Store
from reassembler.dex.container import open_dex_inputs
from reassembler.dex.reader import read_dex_lazy

#: How a run made with `--invoke-all` on a device is marked (it is one run: the calls happen in
#: the same process, after the natural part).
DECISIONS = [{"kind": "invoke-all"}]
MAX_METHODS = 20_000


def app_methods(apk: Path) -> list[str]:
    """Signatures of the methods with code in the APK's DEX files, in DEX order."""
    out: dict[str, None] = {}
    for name, data in open_dex_inputs(apk):
        for sig in read_dex_lazy(data, name=name).code_offsets:
            out.setdefault(sig, None)
    return list(out)


def not_run(apk: Path, store: Store, run_id: int) -> list[str]:
    """The APK's methods with no execution recorded in run `run_id` so far."""
    ran = {v.method for v in store.code_versions([run_id]) if v.count > 0 or v.pcs}
    return [sig for sig in app_methods(apk) if sig not in ran]


def invoke_step(script: Any, methods: list[str], package: str,
                max_methods: int = MAX_METHODS) -> dict[str, Any]:
    """Ask the agent to call `methods`; returns its statistics (JSON from the agent)."""
    stats: dict[str, Any] = script.exports_sync.invoke_all(
        methods, {"appPackage": package, "maxMethods": max_methods})
    return stats
