"""SARIF 2.1.0 output: one run per analyzer, one result per flow or finding."""

from __future__ import annotations

from pathlib import Path
from typing import Any

from analyzers.base import AnalyzerResult

SARIF_SCHEMA = "https://json.schemastore.org/sarif-2.1.0.json"
TOOL_URI = "https://github.com/dexlego"


def _location(sig: str, artifact: str) -> dict[str, Any]:
    return {
        "physicalLocation": {"artifactLocation": {"uri": artifact}},
        "logicalLocations": [{"fullyQualifiedName": sig, "kind": "function"}],
    }


def _flow_result(index: int, flow: dict[str, Any], artifact: str) -> dict[str, Any]:
    rule = f"flow/{flow['source_category'] or 'source'}-to-{flow['sink_category'] or 'sink'}"
    steps = [flow["source"], *flow["path"], flow["sink"]]
    return {
        "ruleId": rule,
        "level": "warning" if flow["confidence"] >= 0.8 else "note",
        "message": {"text": f"Data from {flow['source']} reaches {flow['sink']}"},
        "locations": [_location(flow["path"][-1] if flow["path"] else flow["sink"], artifact)],
        "codeFlows": [{"threadFlows": [{"locations": [
            {"location": {**_location(s, artifact), "message": {"text": s}}} for s in steps
        ]}]}],
        "properties": {"confidence": flow["confidence"], "source": flow["source"],
                       "sink": flow["sink"], "index": index},
    }


def to_sarif(file: Path, results: list[AnalyzerResult]) -> dict[str, Any]:
    """A SARIF log for the results of every analyzer run on `file`."""
    artifact = file.name
    runs = []
    for res in results:
        data = res.to_json()
        sarif_results = [_flow_result(i, f, artifact) for i, f in enumerate(data["flows"])]
        sarif_results += [
            {"ruleId": f"finding/{f['kind']}", "level": "note",
             "message": {"text": f"{f['kind']}: {f['label']}"},
             "locations": [_location(f["location"] or artifact, artifact)]}
            for f in data["findings"]
        ]
        rules = sorted({r["ruleId"] for r in sarif_results})
        run: dict[str, Any] = {
            "tool": {"driver": {"name": f"dexlego/{res.analyzer}", "informationUri": TOOL_URI,
                                "rules": [{"id": r} for r in rules]}},
            "artifacts": [{"location": {"uri": artifact}}],
            "results": sarif_results,
            "invocations": [{
                "executionSuccessful": res.available and res.error is None,
                "toolExecutionNotifications": (
                    [{"level": "error", "message": {"text": res.error}}] if res.error else []),
            }],
        }
        runs.append(run)
    return {"$schema": SARIF_SCHEMA, "version": "2.1.0", "runs": runs}
