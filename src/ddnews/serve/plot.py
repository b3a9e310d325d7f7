"""An inline SVG chart of claim series over time (no JavaScript, no external assets).

The chart scales to the page width; every point links to its claim, highlighted in its article; the
legend is HTML below the chart (it wraps, never clipped), one colour per series. At most
``len(PALETTE)`` series are drawn (the largest): the others are listed with a link to plot each alone.

>>> html = svg_series([{"place": "A", "qualifier_key": "", "published": "2020-01-01", "value": 5,
...                     "article_id": "x", "claim_id": 1}])
>>> html.startswith('<figure class="ddnews-plot">') and 'href="/-/ddnews/article/x#claims-1"' in html
True
"""
from __future__ import annotations

import math
from collections.abc import Callable
from datetime import date
from typing import Any
from urllib.parse import urlencode

from markupsafe import escape

from ..store.query import Series, group_series
from .one_per_x import DISAGREE, DISAGREE_LABEL, OTHER_LABEL, Value, split_by_x

# Ten clearly distinct colours (Tableau 10): no two series drawn share one.
PALETTE = ("#4e79a7", "#f28e2b", "#e15759", "#76b7b2", "#59a14f", "#edc948", "#b07aa1", "#ff9da7", "#9c755f",
           "#bab0ac")
CSS = """
figure.ddnews-plot { margin: 1em 0; max-width: 1100px; }
figure.ddnews-plot svg { width: 100%; height: auto; border: 1px solid #eee; background: #fff; }
ul.ddnews-plot-legend { list-style: none; padding: 0; margin: 0.5em 0; columns: 2 22em; }
ul.ddnews-plot-legend li { margin: 0.15em 0; }
ul.ddnews-plot-legend .swatch { display: inline-block; width: 1.6em; height: 0.8em; margin-right: 0.4em;
  vertical-align: middle; border-radius: 2px; }
ul.ddnews-plot-legend svg.key { width: 1.6em; height: 1.2em; margin-right: 0.4em; vertical-align: middle;
  border: 0; background: none; }
"""


def parse_day(iso: str | None) -> int | None:
    """The ordinal of an ISO date (YYYY, YYYY-MM or YYYY-MM-DD); None when it is not one."""
    try:
        parts = (iso or "").split("-")[:3]
        y, m, d = parts + ["01"] * (3 - len(parts))
        return date(int(y), int(m), int(d)).toordinal()
    except (ValueError, TypeError):
        return None


def fmt_number(v: float) -> str:
    """A number in Vietnamese notation: 2.415 · 96,2."""
    if abs(v) >= 10 or float(v).is_integer():
        return f"{v:,.0f}".replace(",", ".")
    return f"{v:.2f}".rstrip("0").rstrip(".").replace(".", ",")


def _nice_ticks(lo: float, hi: float, n: int = 5) -> list[float]:
    """Round tick values covering [lo, hi].

    >>> _nice_ticks(0, 2415), _nice_ticks(0, 0.8)
    ([0.0, 500.0, 1000.0, 1500.0, 2000.0, 2500.0], [0.0, 0.2, 0.4, 0.6, 0.8])
    """
    span = hi - lo or 1.0
    raw = span / n
    mag = 10 ** math.floor(math.log10(raw))
    step = next(m * mag for m in (1, 2, 2.5, 5, 10) if m * mag >= raw)
    first = (lo // step) * step
    ticks, k = [], 0
    while first + k * step <= hi + step * 0.999:
        ticks.append(float(round(first + k * step, 10)))
        k += 1
    return ticks if len(ticks) > 1 else [lo, hi]


Point = tuple[dict[str, Any], int]  # a row and its x (a day's ordinal)


def _split(pts: list[Point]) -> tuple[list[Point], list[Point]]:
    """A series' line points (one per x, in x order: :func:`.one_per_x.split_by_x`) and the other values of
    those x; the rows are panel rows (``conflict``, ``n_articles``, ``n_claims``)."""
    values = [Value(date.fromordinal(x), float(r["value"]), bool(r.get("conflict")), int(r.get("n_articles") or 0),
                    int(r.get("n_claims") or 0)) for r, x in pts]
    point = {id(v): p for v, p in zip(values, pts, strict=True)}
    line, others = split_by_x(values)
    return [point[id(v)] for v in line], [point[id(v)] for v in others]


def _point(r: dict[str, Any], cx: float, cy: float, color: str, hollow: bool, ring: bool) -> str:
    """One value as a circle linking to its claim: filled on its line, hollow off it (``ddnews-other``), ringed
    in red when articles disagree on its cell (``ddnews-disagree``)."""
    tip = escape(f"{r.get('published')}: {fmt_number(float(r['value']))} — {r.get('evidence') or ''}"
                 + (f" ({OTHER_LABEL})" if hollow else "") + (f" ({DISAGREE_LABEL})" if ring else ""))
    look = (f'class="ddnews-other" r="5" fill="#fff" stroke="{color}" stroke-width="2"' if hollow
            else f'r="5" fill="{color}" stroke="#fff" stroke-width="1"')
    circle = f'<circle cx="{cx:.1f}" cy="{cy:.1f}" {look}><title>{tip}</title></circle>'
    if ring:
        circle += (f'<circle class="ddnews-disagree" cx="{cx:.1f}" cy="{cy:.1f}" r="9" fill="none" '
                   f'stroke="{DISAGREE}" stroke-width="1.6"/>')
    return f'<a href="/-/ddnews/article/{escape(r.get("article_id"))}#claims-{escape(r.get("claim_id"))}">{circle}</a>'


def _series_svg(pts: list[Point], color: str, px: Callable[[int], float], py: Callable[[float], float],
                one_per_x: bool) -> tuple[str, bool, bool]:
    """One series' line and points; with whether it has hollow markers and red rings."""
    line, other = _split(pts) if one_per_x else (pts, [])
    out = []
    if len(line) > 1:
        path = " ".join(f"{px(x):.1f},{py(float(r['value'])):.1f}" for r, x in line)
        out.append(f'<polyline points="{path}" fill="none" stroke="{color}" stroke-width="2"/>')
    rings = False
    for hollow, group in ((False, line), (True, other)):
        for r, x in group:
            ring = one_per_x and bool(r.get("conflict"))
            out.append(_point(r, px(x), py(float(r["value"])), color, hollow, ring))
            rings = rings or ring
    return "".join(out), bool(other), rings


def _key(marker: str, label: str) -> str:
    """A legend entry for a kind of marker that is not a series' own point."""
    return (f'<li class="ddnews-plot-key"><svg class="key" viewBox="0 0 24 18" aria-hidden="true">{marker}</svg>'
            f"{escape(label)}</li>")


def svg_series(rows: list[dict[str, Any]], unit: str = "", width: int = 960, height: int = 420, *,
               one_per_x: bool = False) -> str:
    """One line per (qualifier, place) series: x = publication date (the end of the period with ``one_per_x``),
    y = value; points link to the claim.

    With ``one_per_x`` (rows of the panel: ``conflict``, ``n_articles``, ``n_claims``), a line has one point per
    x, the value :func:`.one_per_x.split_by_x` chooses; the other values of that x are hollow circles (class
    ``ddnews-other``) never joined to the line, the values of a conflicting cell are ringed in red (class
    ``ddnews-disagree``), and the legend names both when the chart has any."""
    shown, others = group_series(rows, len(PALETTE))
    series: list[tuple[Series, list[Point]]] = []
    for s in shown:
        days = [(r, parse_day(r.get("published"))) for r in s.rows if r.get("value") is not None]
        series.append((s, [(r, x) for r, x in days if x is not None]))
    pts_all = [p for _, pts in series for p in pts]
    if not pts_all:
        return '<p class="ddnews-empty">No dated claims for this series.</p>'
    pad_l, pad_r, pad_t, pad_b = 80, 30, 20, 46
    xs = [x for _, x in pts_all]
    ys = [float(r["value"]) for r, _ in pts_all]
    x0, x1 = min(xs) - 30, max(xs) + 30
    ticks = _nice_ticks(min(0.0, min(ys)), max(ys) if max(ys) > min(0.0, min(ys)) else 1.0)
    y0, y1 = ticks[0], ticks[-1]

    def px(x: int) -> float:
        return pad_l + (x - x0) / (x1 - x0) * (width - pad_l - pad_r)

    def py(y: float) -> float:
        return height - pad_b - (y - y0) / (y1 - y0) * (height - pad_t - pad_b)

    out = [f'<svg xmlns="http://www.w3.org/2000/svg" class="ddnews-chart" viewBox="0 0 {width} {height}" '
           f'role="img" font-family="sans-serif" font-size="13">']
    for t in ticks:
        out.append(f'<line x1="{pad_l}" y1="{py(t):.1f}" x2="{width - pad_r}" y2="{py(t):.1f}" stroke="#e4e4e4"/>'
                   f'<text x="{pad_l - 8}" y="{py(t) + 4:.1f}" text-anchor="end">{fmt_number(t)}</text>')
    years = range(date.fromordinal(x0).year, date.fromordinal(x1).year + 2)
    year_ticks = [date(y, 1, 1).toordinal() for y in years if x0 <= date(y, 1, 1).toordinal() <= x1]
    step = max(1, len(year_ticks) // 12 + 1)
    for x in year_ticks[::step]:
        out.append(f'<line x1="{px(x):.1f}" y1="{pad_t}" x2="{px(x):.1f}" y2="{height - pad_b}" stroke="#f0f0f0"/>'
                   f'<text x="{px(x):.1f}" y="{height - pad_b + 18}" text-anchor="middle">'
                   f'{date.fromordinal(x).year}</text>')
    out.append(f'<line x1="{pad_l}" y1="{height - pad_b}" x2="{width - pad_r}" y2="{height - pad_b}" stroke="#333"/>'
               f'<line x1="{pad_l}" y1="{pad_t}" x2="{pad_l}" y2="{height - pad_b}" stroke="#333"/>'
               f'<text x="{(pad_l + width - pad_r) / 2}" y="{height - 6}" text-anchor="middle" fill="#555">'
               f'{"end of the period" if one_per_x else "publication date"}</text>')
    legend = []
    any_other = any_ring = False
    for i, (s, pts) in enumerate(series):
        color = PALETTE[i % len(PALETTE)]
        drawn, other, ring = _series_svg(pts, color, px, py, one_per_x)
        out.append(drawn)
        any_other, any_ring = any_other or other, any_ring or ring
        legend.append(f'<li><span class="swatch" style="background:{color}"></span>{escape(s.label)} '
                      f'<small>({len(pts)} claim{"" if len(pts) == 1 else "s"})</small></li>')
    out.append("</svg>")
    if any_other:
        legend.append(_key('<circle cx="12" cy="9" r="5" fill="#fff" stroke="#555" stroke-width="2"/>', OTHER_LABEL))
    if any_ring:
        legend.append(_key(f'<circle cx="12" cy="9" r="7" fill="none" stroke="{DISAGREE}" stroke-width="1.6"/>',
                           DISAGREE_LABEL))
    more = ""
    if others:
        links = ", ".join(
            f'<a href="/-/ddnews/plot?{urlencode({"unit": unit, "qualifier": s.qualifier_key, "place": s.place})}">'
            f'{escape(s.label)}</a> ({len(s.rows)})' for s in others)
        more = f'<p class="ddnews-plot-more">{len(others)} smaller series not drawn: {links}</p>'
    return (f'<figure class="ddnews-plot">{"".join(out)}<ul class="ddnews-plot-legend">{"".join(legend)}</ul>'
            f"{more}</figure>")


def finish_axes(fig: Any, ax: Any, xlabel: str, ylabel: str) -> None:
    """The common frame of a series chart: axis labels, numbers in Vietnamese notation, a light grid, a zero
    baseline, and the legend (when there is one) below the axes."""
    from matplotlib.ticker import FuncFormatter

    ax.set_xlabel(xlabel)
    ax.set_ylabel(ylabel)
    ax.yaxis.set_major_formatter(FuncFormatter(lambda v, _pos: fmt_number(v)))
    ax.grid(True, alpha=0.3)
    ax.set_ylim(bottom=min(0.0, ax.get_ylim()[0]))
    if ax.get_legend_handles_labels()[0]:
        fig.legend(loc="outside lower center", ncols=2, frameon=False, fontsize=9)
