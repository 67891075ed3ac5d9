"""Charts drawn on the server as SVG: no script, no library, nothing from another host.

Each chart is decoration next to a table holding the same numbers, so the SVG carries a
title for screen readers and the table is the accessible source. Hidden (suppressed)
numbers are not drawn.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from html import escape

from django.utils.safestring import SafeString, mark_safe

# Okabe–Ito: told apart also with the common colour-vision deficiencies.
PALETTE = [
    "#0072B2",
    "#E69F00",
    "#009E73",
    "#CC79A7",
    "#56B4E9",
    "#D55E00",
    "#F0E442",
    "#999999",
    "#000000",
]
SINGLE = "#0072B2"
PREVIOUS = "#999999"


@dataclass(frozen=True)
class Series:
    label: str
    values: Sequence[int | None]  # None: hidden
    colour: str = SINGLE


def _nice_max(value: int) -> int:
    if value <= 5:
        return 5
    magnitude = 10 ** (len(str(value)) - 1)
    for step in (1, 2, 2.5, 5, 10):
        top = int(step * magnitude)
        if top >= value:
            return top
    return value


def _svg(chart_id: str, title: str, width: int, height: int, body: list[str]) -> SafeString:
    return mark_safe(  # noqa: S308 (every text below passes through escape())
        f'<svg class="stats-chart" role="img" aria-labelledby="{escape(chart_id)}-title" '
        f'viewBox="0 0 {width} {height}" xmlns="http://www.w3.org/2000/svg" '
        f'font-family="inherit" font-size="12">'
        f'<title id="{escape(chart_id)}-title">{escape(title)}</title>' + "".join(body) + "</svg>"
    )


def bars(chart_id: str, title: str, items: Sequence[tuple[str, int | None]]) -> SafeString:
    """Horizontal bars, one per labelled value."""
    label_width, bar_width, row = 190, 330, 22
    width, height = label_width + bar_width + 60, max(1, len(items)) * row + 8
    top = _nice_max(max((v for _label, v in items if v), default=0))
    body: list[str] = []
    for n, (label, value) in enumerate(items):
        y = 4 + n * row
        short = label if len(label) <= 30 else label[:29] + "…"
        body.append(
            f'<text x="{label_width - 6}" y="{y + 15}" text-anchor="end" fill="currentColor">'
            f"{escape(short)}</text>"
        )
        if value:
            length = max(1.0, bar_width * value / top)
            body.append(
                f'<rect x="{label_width}" y="{y + 3}" width="{length:.1f}" height="{row - 6}" '
                f'fill="{SINGLE}"/>'
            )
            body.append(
                f'<text x="{label_width + length + 4:.1f}" y="{y + 15}" fill="currentColor">'
                f"{value}</text>"
            )
        elif value is None:
            body.append(f'<text x="{label_width + 4}" y="{y + 15}" fill="currentColor">–</text>')
    return _svg(chart_id, title, width, height, body)


def columns(
    chart_id: str,
    title: str,
    labels: Sequence[str],
    series: Sequence[Series],
    *,
    stacked: bool = True,
) -> SafeString:
    """Vertical columns per label (months): stacked series, or side by side."""
    left, bottom, plot_h, slot = 48, 40, 220, 46
    width = left + max(1, len(labels)) * slot + 16
    height = plot_h + bottom + 16
    if stacked:
        sums = [sum(s.values[i] or 0 for s in series) for i in range(len(labels))]
    else:
        sums = [
            max((s.values[i] or 0) for s in series) if series else 0 for i in range(len(labels))
        ]
    top = _nice_max(max(sums, default=0))
    body = [
        f'<line x1="{left}" y1="16" x2="{left}" y2="{16 + plot_h}" stroke="currentColor" '
        f'stroke-width="1"/>',
        f'<text x="{left - 6}" y="20" text-anchor="end" fill="currentColor">{top}</text>',
        f'<text x="{left - 6}" y="{16 + plot_h}" text-anchor="end" fill="currentColor">0</text>',
    ]
    for i, label in enumerate(labels):
        x = left + i * slot + 6
        base = float(16 + plot_h)
        for k, s in enumerate(series):
            value = s.values[i] or 0
            if not value:
                continue
            h = plot_h * value / top
            if stacked:
                base -= h
                body.append(
                    f'<rect x="{x}" y="{base:.1f}" width="{slot - 12}" height="{h:.1f}" '
                    f'fill="{s.colour}"/>'
                )
            else:
                w = (slot - 12) / max(1, len(series))
                body.append(
                    f'<rect x="{x + k * w:.1f}" y="{16 + plot_h - h:.1f}" width="{w:.1f}" '
                    f'height="{h:.1f}" fill="{s.colour}"/>'
                )
        body.append(
            f'<text x="{x + (slot - 12) / 2:.1f}" y="{16 + plot_h + 16}" text-anchor="middle" '
            f'fill="currentColor">{escape(label)}</text>'
        )
    return _svg(chart_id, title, width, height, body)


def legend(series: Sequence[Series]) -> SafeString:
    """The colour key of a chart, as HTML (the SVG itself stays free of text clutter)."""
    items = "".join(
        f'<li><svg width="12" height="12" aria-hidden="true" focusable="false">'
        f'<rect width="12" height="12" fill="{s.colour}"/></svg> {escape(s.label)}</li>'
        for s in series
    )
    return mark_safe(f'<ul class="stats-legend">{items}</ul>')  # noqa: S308 (escaped above)
