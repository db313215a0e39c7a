"""Static, self-contained HTML reports (inline CSS and SVG; every value autoescaped).

DEX strings come from possibly hostile apps, so nothing reaches the page unescaped:
jinja2's autoescape covers the templates and charts.py escapes what it renders.
"""

from __future__ import annotations

from importlib.resources import files
from typing import Any

import jinja2

from dexlego.report.charts import Series, grouped_bars

_TEMPLATES = files("dexlego.report") / "templates"


def _env() -> jinja2.Environment:
    return jinja2.Environment(
        loader=jinja2.FileSystemLoader(str(_TEMPLATES)),
        autoescape=True,
        undefined=jinja2.StrictUndefined,
        trim_blocks=True,
        lstrip_blocks=True,
    )


def _css() -> str:
    return (_TEMPLATES / "base.css").read_text(encoding="utf-8")


def render_template(name: str, **values: Any) -> str:
    """Render one of the report templates with the shared stylesheet."""
    return _env().get_template(name).render(css=_css(), **values)


def render_run_report(summary: dict[str, Any]) -> str:
    """The report of one `dexlego run` (the summary is the command's JSON output)."""
    analyzers = summary.get("analyzers", [])
    chart = grouped_bars(
        "Flows per analyzer",
        [a["name"] for a in analyzers],
        [
            Series("original", [float(len(a["original_flows"])) for a in analyzers]),
            Series("reassembled", [float(len(a["reassembled_flows"])) for a in analyzers]),
        ],
    )
    return _env().get_template("run.html.j2").render(s=summary, css=_css(), flows_chart=chart)


def render_droidbench_report(result: dict[str, Any], *, corpus: str, generated_at: str) -> str:
    """The report of `dexlego droidbench` (`result` is its JSON: apps, summary, categories)."""
    summary: dict[str, Any] = result["summary"]
    names = list(summary)

    def metric(side: str, key: str) -> list[float]:
        return [float(summary[n][side][key] or 0.0) for n in names]

    f1 = grouped_bars("Per-flow F1 per analyzer", names,
                      [Series("original", metric("original", "f1")),
                       Series("reassembled", metric("reassembled", "f1"))])
    recall = grouped_bars("Per-flow recall per analyzer", names,
                          [Series("original", metric("original", "recall")),
                           Series("reassembled", metric("reassembled", "recall"))])
    return _env().get_template("droidbench.html.j2").render(
        apps=result["apps"], summary=summary, summary_count=result.get("summary_count", {}),
        categories=result.get("categories", {}),
        corpus=corpus, generated_at=generated_at, css=_css(), f1_chart=f1, recall_chart=recall,
    )
