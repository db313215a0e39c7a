"""Inline SVG bar charts for the static HTML reports (no JavaScript, no external files)."""

from __future__ import annotations

from dataclasses import dataclass
from html import escape

PALETTE = ("#8c96a6", "#2f7ed8", "#d9534f", "#5cb85c")


@dataclass(frozen=True)
class Series:
    label: str
    values: list[float]


def _label(value: float) -> str:
    return str(int(value)) if value == int(value) else f"{value:.2f}"


def grouped_bars(title: str, groups: list[str], series: list[Series], *, unit: str = "") -> str:
    """A grouped vertical bar chart: one group per `groups` entry, one bar per series."""
    width_per_group = max(110, 26 * len(series) + 20)
    left, top, bottom, height = 40, 30, 60, 200
    width = left + width_per_group * max(1, len(groups)) + 20
    peak = max([v for s in series for v in s.values] + [1.0])
    parts = [
        f'<svg class="chart" role="img" aria-label="{escape(title)}" width="{width}" '
        f'height="{top + height + bottom}" viewBox="0 0 {width} {top + height + bottom}" '
        'xmlns="http://www.w3.org/2000/svg" font-family="sans-serif" font-size="11">',
        f'<title>{escape(title)}</title>',
        f'<text x="{left}" y="16" font-size="13" font-weight="bold">{escape(title)}</text>',
        f'<line x1="{left}" y1="{top + height}" x2="{width - 10}" y2="{top + height}" stroke="#333"/>',
    ]
    for gi, group in enumerate(groups):
        gx = left + gi * width_per_group + 10
        for si, s in enumerate(series):
            value = s.values[gi] if gi < len(s.values) else 0.0
            bar_h = 0 if peak == 0 else value / peak * height
            x = gx + si * 26
            y = top + height - bar_h
            parts.append(
                f'<rect class="bar" x="{x}" y="{y:.1f}" width="22" height="{bar_h:.1f}" '
                f'fill="{PALETTE[si % len(PALETTE)]}"><title>{escape(s.label)} · {escape(group)}: '
                f'{_label(value)}{escape(unit)}</title></rect>'
            )
            parts.append(f'<text x="{x + 11}" y="{y - 3:.1f}" text-anchor="middle">{_label(value)}</text>')
        parts.append(
            f'<text x="{gx + 13 * len(series)}" y="{top + height + 16}" text-anchor="middle">'
            f'{escape(group[:18])}</text>'
        )
    for si, s in enumerate(series):
        lx = left + si * 130
        parts.append(
            f'<rect x="{lx}" y="{top + height + 32}" width="12" height="12" '
            f'fill="{PALETTE[si % len(PALETTE)]}"/>'
        )
        parts.append(f'<text x="{lx + 16}" y="{top + height + 42}">{escape(s.label)}</text>')
    parts.append("</svg>")
    return "".join(parts)
