"""The triage batch as JSON, a CSV ranking and an HTML report."""

from __future__ import annotations

import csv
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

from dexlego.report.charts import Series, grouped_bars
from dexlego.report.html import render_template
from dexlego.triage.batch import BatchReport, rank

COLUMNS = ("rank", "name", "sha256", "status", "package", "flows_only_after", "forced_sinks",
           "hidden_code_size",
           "reflection_sites_rewritten", "icc_sites_linked", "dynamic_classes_merged", "methods_restored",
           "versions_merged", "packer_labels", "observed_leaks", "seconds", "peak_rss_mb", "error", "path")


def batch_json(report: BatchReport) -> dict[str, Any]:
    rows: list[dict[str, Any]] = []
    for n, a in enumerate(rank(report.apks), start=1):
        r = a.result or {}
        rows.append({
            "rank": n, "name": Path(a.path).name, "path": a.path, "sha256": a.sha256, "status": a.status,
            "attempts": a.attempts, "error": a.error, "seconds": a.seconds, "peak_rss_mb": a.peak_rss_mb,
            "package": r.get("package"), "packer_labels": r.get("packer_labels", []),
            "flows_only_after": r.get("flows_only_after", 0),
            "forced_sinks": len(r.get("forced_sinks", [])),
            "hidden_code_size": r.get("hidden_code_size", 0),
            "reflection_sites_rewritten": r.get("reflection_sites_rewritten", 0),
            "icc_sites_linked": r.get("icc_sites_linked", 0),
            "dynamic_classes_merged": r.get("dynamic_classes_merged", 0),
            "methods_restored": r.get("methods_restored", 0), "versions_merged": r.get("versions_merged", 0),
            "observed_leaks": r.get("observed_leaks", 0), "result": a.result,
        })
    count = {s: sum(1 for a in report.apks if a.status == s)
             for s in ("done", "failed", "pending", "running")}
    return {"batch": {"apks": len(report.apks), **count, "added": report.added,
                      "already_queued": report.already_queued, "recovered": report.recovered,
                      "processed_now": report.processed_now},
            "apks": rows}


def write_csv(doc: dict[str, Any], out: Path) -> None:
    out.parent.mkdir(parents=True, exist_ok=True)
    with out.open("w", newline="", encoding="utf-8") as fh:
        writer = csv.DictWriter(fh, fieldnames=COLUMNS, extrasaction="ignore")
        writer.writeheader()
        for row in doc["apks"]:
            writer.writerow({**row, "packer_labels": ";".join(row["packer_labels"])})


def write_html(doc: dict[str, Any], out: Path) -> None:
    top = doc["apks"][:15]
    chart = grouped_bars("Top APKs by flows found only after reassembly", [r["name"] for r in top],
                         [Series("flows only after", [float(r["flows_only_after"]) for r in top]),
                          Series("reflection sites", [float(r["reflection_sites_rewritten"]) for r in top])])
    out.parent.mkdir(parents=True, exist_ok=True)
    out.write_text(render_template("triage.html.j2", b=doc["batch"], apks=doc["apks"], chart=chart,
                                   generated_at=datetime.now(UTC).isoformat(timespec="seconds")),
                   encoding="utf-8")
