"""One point per x on a line: the rule of both panel charts, ``ddnews panel --plot`` (:mod:`.panel_chart`,
matplotlib) and the indicator page of ``ddnews serve`` (:func:`.plot.svg_series`, SVG).

Where a line has several values at one x (articles that disagree on a cell, one article giving two values,
several places of one province), the line goes through one of them (the value most articles give, then most
claims, then the lower middle one) and the others are hollow markers at the same x, never joined by a vertical
segment; every value of a cell that articles report differently (``conflict``) is ringed in red.  Pure Python:
the web pages use it without importing matplotlib.

>>> end21, end22 = date(2021, 12, 31), date(2022, 12, 31)
>>> line, others = split_by_x([Value(end22, 50.0, False, 1, 1), Value(end21, 44.0, True, 1, 1),
...                            Value(end21, 41.0, True, 1, 1)])
>>> [(v.x.year, v.y) for v in line], [v.y for v in others]
([(2021, 41.0), (2022, 50.0)], [44.0])
"""
from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from datetime import date

#: The colour of the ring around a value articles disagree on.
DISAGREE = "#d62728"
#: Legend labels of the markers that are not a line's points.
OTHER_LABEL = "another value for that period"
DISAGREE_LABEL = "articles disagree"


@dataclass(frozen=True)
class Value:
    """One panel value of a line: its x, y, whether its cell is a conflict, and how much backs it."""

    x: date
    y: float
    conflict: bool
    n_articles: int
    n_claims: int


def _chosen(values: Sequence[Value]) -> Value:
    """The value a line goes through at one x: the one most articles give, then most claims, then the lower
    middle value."""
    top = max((v.n_articles, v.n_claims) for v in values)
    best = sorted((v for v in values if (v.n_articles, v.n_claims) == top), key=lambda v: v.y)
    return best[(len(best) - 1) // 2]


def split_by_x(values: Sequence[Value]) -> tuple[list[Value], list[Value]]:
    """One value per x for the line (in x order), and the other values of the same x (hollow markers); both
    lists hold the given objects themselves."""
    by_x: dict[date, list[Value]] = {}
    for v in values:
        by_x.setdefault(v.x, []).append(v)
    line: list[Value] = []
    others: list[Value] = []
    for x in sorted(by_x):
        chosen = _chosen(by_x[x])
        line.append(chosen)
        others.extend(v for v in by_x[x] if v is not chosen)
    return line, others
