"""The HTML reports: self-contained, escaped, and rendered by a real browser."""

from __future__ import annotations

import re
from pathlib import Path
from typing import Any

import pytest

from dexlego.report.browser import chromium_path, dump_dom
from dexlego.report.html import render_droidbench_report, render_run_report

HOSTILE = '<script>document.title="pwned"</script><img src=x onerror=alert(1)>'


def run_summary(method_name: str = "deliver") -> dict[str, Any]:
    hostile_method = f"Lcom/evil/{HOSTILE};->{method_name}(Ljava/lang/String;)V"
    flow = {"source": "Landroid/telephony/TelephonyManager;->getDeviceId()Ljava/lang/String;",
            "sink": hostile_method}
    return {
        "apk": "sample.apk", "package": "com.dexlego.sample", "sha256": "0" * 64,
        "runtime": "emulator", "run_id": 1, "generated_at": "2026-11-25T00:00:00Z",
        "collect": {"status": "complete", "instructions": 1200, "methods_executed": 7,
                    "observed_leaks": [{"source": flow["source"], "sink": flow["sink"],
                                        "caller": hostile_method}],
                    "unmodeled_apis": [hostile_method]},
        "reassemble": {"output": "out.apk", "methods_restored": 3, "versions_merged": 0,
                       "reflection_sites_rewritten": 1, "dynamic_classes_merged": 1,
                       "stubbed_methods": [], "verify_ok": True},
        "analyzers": [
            {"name": "androguard", "available": True, "reason": None, "original_flows": [],
             "reassembled_flows": [flow], "only_after": [flow], "error": None},
            {"name": "flowdroid", "available": False,
             "reason": "FlowDroid unavailable: missing javac on PATH (a JDK)",
             "original_flows": [], "reassembled_flows": [], "only_after": [], "error": None},
        ],
        "revealed_code": [{"method": hostile_method, "why": "restored from the trace",
                           "lines": [{"kind": "same", "text": ".registers 8"},
                                     {"kind": "added", "text": f'const-string v1, "{HOSTILE}"'}]}],
    }


def test_run_report_escapes_hostile_dex_strings() -> None:
    html = render_run_report(run_summary())
    assert "<script>" not in html
    assert "<img" not in html
    assert "&lt;script&gt;" in html
    assert 'id="summary"' in html and "<svg" in html


def test_droidbench_report_escapes_hostile_app_names() -> None:
    result = {
        "apps": [{"category": "Reflection", "app": HOSTILE, "expected_leaks": 1, "observed_leaks": 1,
                  "original": {"androguard": {"flows": 0, "tp": 0, "fp": 0, "fn": 1}},
                  "reassembled": {"androguard": {"flows": 1, "tp": 1, "fp": 0, "fn": 0}},
                  "error": None}],
        "summary": {"androguard": {"original": {"precision": None, "recall": 0.0, "f1": 0.0},
                                   "reassembled": {"precision": 1.0, "recall": 1.0, "f1": 1.0}}},
        "categories": {"Reflection": {"apps": 1, "analyzers": {"androguard": {
            "original": {"recall": 0.0}, "reassembled": {"recall": 1.0}}}}},
    }
    html = render_droidbench_report(result, corpus="corpus", generated_at="now")
    assert "<script>" not in html and "<img" not in html
    assert html.count("<svg") == 2


@pytest.mark.skipif(chromium_path() is None, reason="chromium not installed (scripts/setup.sh installs it)")
def test_run_report_renders_in_headless_chromium(tmp_path: Path) -> None:
    page = tmp_path / "report.html"
    page.write_text(render_run_report(run_summary()), encoding="utf-8")
    dom = dump_dom(page)
    assert 'id="summary"' in dom and 'id="flows"' in dom
    assert re.search(r"<svg[^>]*class=\"chart\"", dom)
    assert "pwned" not in re.sub(r"&lt;.*?&gt;", "", dom.split("<title>")[1].split("</title>")[0])
    assert "<script" not in dom  # the hostile name stayed text
