"""One APK's triage: apkid → collect → reassemble → analyze, condensed to what ranks it.

Runs inside an isolated child (local batches) or a Ray task; it returns plain JSON data and
lets exceptions escape, which the caller turns into the APK's recorded failure.
"""

from __future__ import annotations

from dataclasses import asdict, dataclass
from pathlib import Path
from typing import Any


@dataclass(frozen=True)
class TriageOptions:
    runtime: str = "emulator"
    analyzers: tuple[str, ...] = ()
    db_url: str | None = None
    seed: int = 0
    budget: int | None = None
    emulator_timeout: float | None = None
    serial: str | None = None
    duration: float = 60.0
    analyzer_timeout: float | None = None  # per analyzer run, seconds
    analyzer_memory_mb: int | None = None  # per analyzer run, resident MB of all it starts
    explore: int = 0  # forced runs (emulator)
    invoke_all: bool = False  # call every app method that did not run

    def to_json(self) -> dict[str, Any]:
        return asdict(self)


def packer_labels(apk: Path, workdir: Path) -> tuple[list[str], str | None]:
    """apkid's labels for the original APK (empty with the reason when apkid cannot run)."""
    from analyzers.apkid_adapter import ApkId

    result = ApkId().run(apk, workdir / "apkid")
    return sorted({f"{f.kind}:{f.label}" for f in result.findings}), result.error


def hidden_code_size(revealed: list[dict[str, Any]]) -> int:
    """Instructions the reassembly added to the app: restored, merged or linked code."""
    return sum(1 for m in revealed for line in m["lines"] if line["kind"] == "added")


def triage_apk(apk: Path, workdir: Path, opts: TriageOptions) -> dict[str, Any]:
    from analyzers.isolation import Limits
    from analyzers.registry import get_analyzers
    from dexlego.pipeline import PipelineError, PipelineOptions, run_pipeline

    labels, apkid_error = packer_labels(apk, workdir)
    flow_analyzers = [a for a in get_analyzers(list(opts.analyzers)) if a.name != "apkid"]
    summary = run_pipeline(
        apk, workdir, flow_analyzers,
        PipelineOptions(runtime=opts.runtime, seed=opts.seed, budget=opts.budget,
                        timeout=opts.emulator_timeout, serial=opts.serial, duration=opts.duration,
                        db_url=opts.db_url,
                        analyzer_limits=Limits(opts.analyzer_timeout, opts.analyzer_memory_mb),
                        explore=opts.explore, invoke_all=opts.invoke_all),
    )
    if "reassemble" not in summary:
        raise PipelineError(summary["reason"])
    collected, rebuilt = summary["collect"], summary["reassemble"]
    return {
        "package": summary["package"],
        "packer_labels": labels,
        "apkid_error": apkid_error,
        "run_id": summary["run_id"],
        "collect_status": collected.get("status"),
        "instructions": collected.get("instructions"),
        "methods_executed": collected.get("methods_executed"),
        "observed_leaks": len(collected.get("observed_leaks", [])),
        # sinks reached only on forced paths (--explore/--invoke-all): a payload the app hides
        "forced_leaks": len(collected.get("forced_leaks", [])),
        "forced_sinks": sorted({lk["sink"] for lk in collected.get("forced_leaks", [])}),
        "run_ids": collected.get("run_ids", [summary["run_id"]]),
        **({"coverage": collected["coverage"]["union"]} if "coverage" in collected else {}),
        "unmodeled_apis": len(collected.get("unmodeled_apis", [])),
        "reassembled_apk": rebuilt["output"],
        "verify_ok": rebuilt["verify_ok"],
        "methods_restored": rebuilt["methods_restored"],
        "versions_merged": rebuilt["versions_merged"],
        "reflection_sites_rewritten": rebuilt["reflection_sites_rewritten"],
        "icc_sites_linked": rebuilt.get("icc_sites_linked", 0),
        "dynamic_classes_merged": rebuilt["dynamic_classes_merged"],
        "hidden_code_size": hidden_code_size(summary["revealed_code"]),
        "flows": {a["name"]: {"original": len(a["original_flows"]),
                              "reassembled": len(a["reassembled_flows"]),
                              "only_after": len(a["only_after"]), "error": a["error"]}
                  for a in summary["analyzers"] if a["available"]},
        "flows_only_after": summary["flows_only_after"],
        "analyzer_costs": {a["name"]: {"seconds": a["seconds"], "peak_rss_mb": a["peak_rss_mb"]}
                           for a in summary["analyzers"] if a["available"]},
    }
