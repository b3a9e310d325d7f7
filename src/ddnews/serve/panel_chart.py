"""One indicator of the panel as an image file (PNG, SVG or PDF) with matplotlib: ``ddnews panel --plot``.

One line per place (the places with most values first, at most ``len(PALETTE)``), x = the end of each
value's period, y = the value.  A line has one point per x: where a place has several values for one period
end (articles that disagree on a cell, or one article giving two), the line goes through one of them (the
value most articles give, then most claims, then the lower middle one) and the others are hollow markers at
the same x, never joined by a vertical segment; every value of a cell that articles report differently
(``conflict``) is ringed in red ("articles disagree"): the rule of :mod:`.one_per_x`, which the indicator page
of ``ddnews serve`` follows too.  Only actual figures are drawn unless the panel holds targets only.
"""
from __future__ import annotations

from collections.abc import Sequence
from datetime import date
from pathlib import Path
from typing import TYPE_CHECKING, Any

from matplotlib.figure import Figure
from matplotlib.lines import Line2D

from .one_per_x import DISAGREE, DISAGREE_LABEL, OTHER_LABEL, Value, split_by_x
from .plot import PALETTE, finish_axes

if TYPE_CHECKING:
    import pandas as pd

UNKNOWN = "(place unknown)"


def _day(iso: Any) -> date | None:
    try:
        return date.fromisoformat(str(iso)[:10])
    except ValueError:
        return None


def _count(v: Any) -> int:
    try:
        return int(v)
    except (TypeError, ValueError):   # NA
        return 0


def places_by_size(df: pd.DataFrame) -> list[str]:
    """The places of a panel, the one with most values first."""
    return list(df["place"].fillna(UNKNOWN).value_counts(sort=True).index)


def _values(sub: pd.DataFrame) -> list[Value]:
    """The dated values of one place's rows (rows without a date or a value left out)."""
    import pandas as pd

    out = []
    for d, v, c, na, nc in zip(sub["period_end"].map(_day), sub["value"], sub["conflict"], sub["n_articles"],
                               sub["n_claims"], strict=True):
        if d is not None and not pd.isna(v):
            out.append(Value(d, float(v), False if pd.isna(c) else bool(c), _count(na), _count(nc)))
    return out


def _draw_place(ax: Any, values: Sequence[Value], colour: str, label: str) -> tuple[bool, bool]:
    """One place: its line, its other values hollow, red rings on disputed cells; returns (others drawn,
    rings drawn)."""
    line, others = split_by_x(values)
    ax.plot([v.x for v in line], [v.y for v in line], marker="o", markersize=5, linewidth=1.6, color=colour,
            label=label)
    if others:
        ax.scatter([v.x for v in others], [v.y for v in others], s=36, facecolors="white", edgecolors=colour,
                   linewidths=1.6, zorder=3)
    bad = [v for v in values if v.conflict]
    if bad:
        ax.scatter([v.x for v in bad], [v.y for v in bad], s=110, facecolors="none", edgecolors=DISAGREE,
                   linewidths=1.4, zorder=4)
    return bool(others), bool(bad)


def _legend_keys(ax: Any, others: bool, rings: bool) -> None:
    """Legend entries for the hollow markers and the red rings (drawn once, not per place)."""
    if others:
        ax.add_line(Line2D([], [], linestyle="none", marker="o", markersize=6, markerfacecolor="white",
                           markeredgecolor="#555555", markeredgewidth=1.6, label=OTHER_LABEL))
    if rings:
        ax.add_line(Line2D([], [], linestyle="none", marker="o", markersize=10, markerfacecolor="none",
                           markeredgecolor=DISAGREE, markeredgewidth=1.4, label=DISAGREE_LABEL))


def figure(df: pd.DataFrame, title: str, max_places: int = len(PALETTE)) -> tuple[Figure, list[str], list[str]]:
    """The chart of one indicator's panel rows; returns it with the places drawn and those left out."""
    rows = df[df["modality"] == "actual"] if (df["modality"] == "actual").any() else df
    places = places_by_size(rows)
    shown, others = places[:max_places], places[max_places:]
    fig = Figure(figsize=(10, 5.6), dpi=120, layout="constrained")
    ax = fig.add_subplot()
    any_other = any_ring = False
    for i, place in enumerate(shown):
        values = _values(rows[rows["place"].fillna(UNKNOWN) == place])
        if not values:
            continue
        drew_other, drew_ring = _draw_place(ax, values, PALETTE[i % len(PALETTE)], f"{place} ({len(values)})")
        any_other, any_ring = any_other or drew_other, any_ring or drew_ring
    _legend_keys(ax, any_other, any_ring)
    ax.set_title(title, fontsize=13)
    finish_axes(fig, ax, "end of period", str(rows["unit"].dropna().iloc[0]) if rows["unit"].notna().any() else "value")
    return fig, shown, others


def plot_file(df: pd.DataFrame, path: str | Path, title: str) -> tuple[list[str], list[str]]:
    """Write the chart to ``path`` (format from its suffix); returns the places drawn and those left out."""
    fig, shown, others = figure(df, title)
    fig.savefig(str(path))
    return shown, others
