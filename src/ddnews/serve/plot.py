"""An inline SVG chart of claim series over time (no JavaScript, no external assets).

>>> svg = svg_series([{"place": "A", "qualifier_key": "", "published": "2020-01-01", "value": 5,
...                    "article_id": "x", "claim_id": 1}])
>>> svg.startswith("<svg") and 'href="/-/ddnews/article/x#claims-1"' in svg
True
"""
from __future__ import annotations

from datetime import date
from typing import Any

from markupsafe import escape

PALETTE = ("#1f77b4", "#ff7f0e", "#2ca02c", "#d62728", "#9467bd", "#8c564b", "#e377c2", "#7f7f7f", "#bcbd22",
           "#17becf")


def _day(iso: str | None) -> int | None:
    try:
        y, m, d = (iso or "").split("-")[:3] + ["01"] * (3 - len((iso or "").split("-")[:3]))
        return date(int(y), int(m), int(d)).toordinal()
    except (ValueError, TypeError):
        return None


def _fmt(v: float) -> str:
    return f"{v:,.0f}".replace(",", ".") if abs(v) >= 10 or float(v).is_integer() else f"{v:.2f}".replace(".", ",")


def svg_series(rows: list[dict[str, Any]], width: int = 820, height: int = 380) -> str:
    """One line per (qualifier, place) series: x = publication date, y = value; points link to the claim."""
    dated = [(r, _day(r.get("published"))) for r in rows if r.get("value") is not None]
    pts = [(r, x) for r, x in dated if x is not None]
    if not pts:
        return '<p class="ddnews-empty">No dated claims for this series.</p>'
    pad_l, pad_r, pad_t, pad_b = 70, 190, 20, 40
    xs = [x for _, x in pts]
    ys = [float(r["value"]) for r, _ in pts]
    x0, x1 = min(xs), max(xs) if max(xs) > min(xs) else min(xs) + 1
    y0, y1 = min(0.0, min(ys)), max(ys) if max(ys) > min(0.0, min(ys)) else 1.0

    def px(x: int) -> float:
        return pad_l + (x - x0) / (x1 - x0) * (width - pad_l - pad_r)

    def py(y: float) -> float:
        return height - pad_b - (y - y0) / (y1 - y0) * (height - pad_t - pad_b)

    series: dict[tuple[str, str], list[tuple[dict, int]]] = {}
    for r, x in sorted(pts, key=lambda p: p[1]):
        series.setdefault((r.get("qualifier_key") or "", r.get("place") or ""), []).append((r, x))
    out = [f'<svg xmlns="http://www.w3.org/2000/svg" class="ddnews-plot" width="{width}" height="{height}" '
           f'viewBox="0 0 {width} {height}" font-family="sans-serif" font-size="11">',
           f'<line x1="{pad_l}" y1="{height - pad_b}" x2="{width - pad_r}" y2="{height - pad_b}" stroke="#333"/>',
           f'<line x1="{pad_l}" y1="{pad_t}" x2="{pad_l}" y2="{height - pad_b}" stroke="#333"/>']
    for i in range(5):
        y = y0 + (y1 - y0) * i / 4
        out.append(f'<text x="{pad_l - 6}" y="{py(y) + 4:.1f}" text-anchor="end">{_fmt(y)}</text>')
    for x in sorted({x0, x1, (x0 + x1) // 2}):
        out.append(f'<text x="{px(x):.1f}" y="{height - pad_b + 16}" text-anchor="middle">'
                   f'{date.fromordinal(x).isoformat()}</text>')
    for i, ((qual, place), items) in enumerate(series.items()):
        color = PALETTE[i % len(PALETTE)]
        if len(items) > 1:
            path = " ".join(f"{px(x):.1f},{py(float(r['value'])):.1f}" for r, x in items)
            out.append(f'<polyline points="{path}" fill="none" stroke="{color}" stroke-width="1.5"/>')
        for r, x in items:
            tip = escape(f"{r.get('published')}: {_fmt(float(r['value']))} — {r.get('evidence') or ''}")
            out.append(f'<a href="/-/ddnews/article/{escape(r.get("article_id"))}#claims-{escape(r.get("claim_id"))}">'
                       f'<circle cx="{px(x):.1f}" cy="{py(float(r["value"])):.1f}" r="4" fill="{color}">'
                       f'<title>{tip}</title></circle></a>')
        # the series is keyed by the folded qualifier; show it as one claim wrote it
        shown = next((r.get("qualifier") for r, _ in items if r.get("qualifier")), qual)
        name = escape(" · ".join(p for p in (place or "(no province)", shown) if p)[:48])
        ly = pad_t + 14 * i
        out.append(f'<rect x="{width - pad_r + 10}" y="{ly}" width="10" height="10" fill="{color}"/>'
                   f'<text x="{width - pad_r + 24}" y="{ly + 9}">{name}</text>')
    out.append("</svg>")
    return "".join(out)
