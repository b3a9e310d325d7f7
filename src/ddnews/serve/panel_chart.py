"""One indicator of the panel as an image file (PNG, SVG or PDF) with matplotlib: ``ddnews panel --plot``.

One line per place (the places with most cells first, at most ``len(PALETTE)``), x = the end of each
value's period, y = the value; a cell that articles report with different values is drawn as a red ring
around each of its points.  Only actual figures are drawn unless the panel holds targets only.
"""
from __future__ import annotations

from datetime import date
from pathlib import Path
from typing import TYPE_CHECKING, Any

from matplotlib.figure import Figure

from .plot import PALETTE, finish_axes

if TYPE_CHECKING:
    import pandas as pd

UNKNOWN = "(place unknown)"


def _day(iso: Any) -> date | None:
    try:
        return date.fromisoformat(str(iso)[:10])
    except ValueError:
        return None


def places_by_size(df: pd.DataFrame) -> list[str]:
    """The places of a panel, the one with most values first."""
    return list(df["place"].fillna(UNKNOWN).value_counts(sort=True).index)


def figure(df: pd.DataFrame, title: str, max_places: int = len(PALETTE)) -> tuple[Figure, list[str], list[str]]:
    """The chart of one indicator's panel rows; returns it with the places drawn and those left out."""
    rows = df[df["modality"] == "actual"] if (df["modality"] == "actual").any() else df
    places = places_by_size(rows)
    shown, others = places[:max_places], places[max_places:]
    fig = Figure(figsize=(10, 5.6), dpi=120, layout="constrained")
    ax = fig.add_subplot()
    for i, place in enumerate(shown):
        sub = rows[rows["place"].fillna(UNKNOWN) == place]
        pts = sorted((d, float(v), bool(c)) for d, v, c in zip(sub["period_end"].map(_day), sub["value"],
                                                              sub["conflict"], strict=True) if d and v is not None)
        if not pts:
            continue
        colour = PALETTE[i % len(PALETTE)]
        ax.plot([d for d, _, _ in pts], [v for _, v, _ in pts], marker="o", markersize=5,
                linewidth=1.6, color=colour, label=f"{place} ({len(pts)})")
        bad = [(d, v) for d, v, c in pts if c]
        if bad:
            ax.scatter([d for d, _ in bad], [v for _, v in bad], s=110, facecolors="none",
                       edgecolors="#d62728", linewidths=1.4, zorder=3)
    ax.set_title(title, fontsize=13)
    finish_axes(fig, ax, "end of period", str(rows["unit"].dropna().iloc[0]) if rows["unit"].notna().any() else "value")
    return fig, shown, others


def plot_file(df: pd.DataFrame, path: str | Path, title: str) -> tuple[list[str], list[str]]:
    """Write the chart to ``path`` (format from its suffix); returns the places drawn and those left out."""
    fig, shown, others = figure(df, title)
    fig.savefig(str(path))
    return shown, others
