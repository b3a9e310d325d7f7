"""A claim series as an image file (PNG, SVG or PDF) with matplotlib: ``ddnews plot``.

matplotlib writes every format offline, with no browser and no JavaScript runtime, and its bundled
DejaVu Sans font has every Vietnamese letter. The series and their colours are the ones of the
``/-/ddnews/plot`` page (:func:`ddnews.store.query.group_series`, :data:`ddnews.serve.plot.PALETTE`).
"""
from __future__ import annotations

from datetime import date
from pathlib import Path
from typing import Any

from matplotlib.figure import Figure

from ..store.query import Series, group_series
from .plot import PALETTE, finish_axes, parse_day


def figure(rows: list[dict[str, Any]], title: str, max_series: int = len(PALETTE)) -> tuple[Figure, list[Series],
                                                                                            list[Series]]:
    """The chart of claim-series rows: one line with markers per series, legend below the axes."""
    shown, others = group_series(rows, max_series)
    fig = Figure(figsize=(10, 5.6), dpi=120, layout="constrained")
    ax = fig.add_subplot()
    for i, s in enumerate(shown):
        days = [(parse_day(r.get("published")), float(r["value"])) for r in s.rows if r.get("value") is not None]
        pts = [(d, v) for d, v in days if d is not None]
        if not pts:
            continue
        ax.plot([date.fromordinal(d) for d, _ in pts], [v for _, v in pts], marker="o", markersize=5,  # type: ignore[arg-type]
                linewidth=1.6, color=PALETTE[i % len(PALETTE)], label=f"{s.label} ({len(pts)})")
    ax.set_title(title, fontsize=13)
    finish_axes(fig, ax, "publication date", "value")
    return fig, shown, others


def plot_file(rows: list[dict[str, Any]], path: str | Path, title: str) -> tuple[list[Series], list[Series]]:
    """Write the chart to ``path`` (format from its suffix); returns the series drawn and those left out."""
    fig, shown, others = figure(rows, title)
    fig.savefig(str(path))
    return shown, others
