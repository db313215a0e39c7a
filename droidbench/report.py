"""The DroidBench HTML report (the templates live with the other reports)."""

from __future__ import annotations

from typing import Any

from dexlego.report.html import render_droidbench_report


def render(result: dict[str, Any], *, generated_at: str) -> str:
    return render_droidbench_report(result, corpus=result["corpus"], generated_at=generated_at)
