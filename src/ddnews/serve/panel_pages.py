"""The panel and people pages of ``ddnews serve`` (under ``/-/ddnews/``).

* ``indicators``: every indicator of the store's panel, with counts;
* ``indicator/<id>``: a line chart per province (x = end of each value's period, one point per x: the rule of
  :mod:`.one_per_x`, as ``ddnews panel --plot`` draws), a map of the latest value
  of every place (an SVG of the places' coordinates: no tiles, works offline), and every value with its
  claims and articles, conflicting cells marked;
* ``person/<id>``: a person's positions and sanctions in time order, their mentions and namesakes.
"""
from __future__ import annotations

import json
import math
from functools import lru_cache
from typing import Any
from urllib.parse import quote

from markupsafe import escape

from ..store.people import timeline
from .plot import PALETTE, fmt_number, svg_series


def _rows(conn: Any, sql: str, params: list[Any] | None = None) -> list[dict[str, Any]]:
    cur = conn.execute(sql, params or [])
    names = [d[0] for d in cur.description]
    return [dict(zip(names, r, strict=True)) for r in cur.fetchall()]


def _article_link(aid: str) -> str:
    return f'<a href="/-/ddnews/article/{quote(str(aid), safe="")}">{escape(aid)}</a>'


def person_url(pid: Any) -> str:
    return f"/-/ddnews/person/{quote(str(pid), safe='')}"


def indicator_url(iid: Any) -> str:
    return f"/-/ddnews/indicator/{quote(str(iid), safe='')}"


# ---------------------------------------------------------------------------------------------- indicators
def indicators_body(conn: Any) -> str:
    """The list of indicators in the panel."""
    rows = _rows(conn, """
        select p.indicator, max(p.indicator_label) as label_vi, max(p.indicator_label_en) as label_en,
               count(*) as n_values, count(distinct p.place_code) as n_places, sum(p.n_claims) as n_claims,
               sum(p.conflict) as n_conflicts, min(p.year) as first_year, max(p.year) as last_year
        from panel p group by p.indicator order by n_claims desc, p.indicator""")
    items = "".join(
        f'<tr><td><a href="{indicator_url(r["indicator"])}">{escape(r["indicator"])}</a></td>'
        f'<td>{escape(r["label_vi"] or "")}<br><small>{escape(r["label_en"] or "")}</small></td>'
        f'<td>{r["n_values"]}</td><td>{r["n_places"]}</td><td>{r["n_claims"]}</td><td>{r["n_conflicts"]}</td>'
        f'<td>{r["first_year"] or ""}–{r["last_year"] or ""}</td></tr>' for r in rows)
    return ("<h1>Indicators</h1><p>Every claim placed in time, place and indicator: indicator × place × period → "
            'value. <a href="/-/ddnews/person">People</a> · the <code>panel</code> view in the database.</p>'
            '<table class="rows-and-columns"><thead><tr><th>indicator</th><th>label</th><th>values</th>'
            "<th>places</th><th>claims</th><th>conflicting values</th><th>years</th></tr></thead>"
            f"<tbody>{items}</tbody></table>")


@lru_cache(maxsize=1)
def _coordinates() -> dict[str, tuple[float, float, str]]:
    """Gazetteer code → (latitude, longitude, name) of every unit that has coordinates."""
    from ..resources.admin_units import gazetteer

    out: dict[str, tuple[float, float, str]] = {}
    for units in gazetteer().by_name.values():
        for u in units:
            if u.latitude is not None and u.longitude is not None and u.unit_set == "legacy":
                out.setdefault(u.code, (u.latitude, u.longitude, u.name))
    return out


def svg_map(rows: list[dict[str, Any]], width: int = 360, height: int = 620) -> str:
    """The latest value of every place with coordinates, as circles over Vietnam's extent (no tiles)."""
    coords = _coordinates()
    latest: dict[str, dict[str, Any]] = {}
    for r in rows:
        code = r.get("place_code")
        if code in coords and r.get("value") is not None and (code not in latest or (r["period_end"] or "") >
                                                              (latest[code]["period_end"] or "")):
            latest[code] = r
    if not latest:
        return '<p class="ddnews-empty">No place of these values has coordinates.</p>'
    lon0, lon1, lat0, lat1 = 102.0, 110.0, 8.3, 23.5
    vmax = max(abs(float(r["value"])) for r in latest.values()) or 1.0
    out = [f'<svg xmlns="http://www.w3.org/2000/svg" class="ddnews-map" viewBox="0 0 {width} {height}" '
           f'role="img" font-family="sans-serif" font-size="11">',
           f'<rect width="{width}" height="{height}" fill="#f7fbff"/>']
    for code, r in sorted(latest.items(), key=lambda kv: -abs(float(kv[1]["value"]))):
        lat, lon, _ = coords[code]
        x = (lon - lon0) / (lon1 - lon0) * width
        y = (lat1 - lat) / (lat1 - lat0) * height
        radius = 4 + 16 * math.sqrt(abs(float(r["value"])) / vmax)
        tip = escape(f"{r.get('place')}: {fmt_number(float(r['value']))} ({r.get('period_end')})")
        out.append(f'<circle cx="{x:.1f}" cy="{y:.1f}" r="{radius:.1f}" fill="{PALETTE[0]}" fill-opacity="0.55" '
                   f'stroke="#234" stroke-width="0.6"><title>{tip}</title></circle>'
                   f'<text x="{x + radius + 2:.1f}" y="{y + 4:.1f}">{escape(fmt_number(float(r["value"])))}</text>')
    out.append("</svg>")
    return f'<figure class="ddnews-plot" style="max-width:{width}px">{"".join(out)}</figure>'


def _chart_rows(rows: list[dict[str, Any]]) -> list[dict[str, Any]]:
    """Province-level values as series rows of :func:`ddnews.serve.plot.svg_series` (one line per province
    and modality, x = end of period, each point linking to its first claim), with what chooses the value a line
    goes through where several share one x (``conflict``, ``n_articles``, ``n_claims``)."""
    out = []
    for r in rows:
        if len(str(r.get("place_code") or "")) > 2 or r.get("value") is None:
            continue
        ids = str(r.get("claim_ids") or "").split(",")
        arts = str(r.get("article_ids") or "").split(",")
        out.append({"place": r.get("place") or r.get("province"), "qualifier_key": r["modality"],
                    "qualifier": r["modality"], "published": r["period_end"], "value": r["value"],
                    "claim_id": ids[0], "article_id": arts[0],
                    "evidence": f"{r['n_claims']} claim(s) in {r.get('n_articles') or 0} article(s)",
                    "conflict": bool(r.get("conflict")), "n_articles": r.get("n_articles") or 0,
                    "n_claims": r.get("n_claims") or 0})
    return out


def indicator_body(conn: Any, indicator: str) -> tuple[str, str] | None:
    """(title, body) of an indicator's page, or None when the panel has no such indicator."""
    rows = _rows(conn, "select * from panel where indicator = ? order by province, place, period_end", [indicator])
    if not rows:
        return None
    first = rows[0]
    title = f"{first['indicator_label'] or indicator} ({first['indicator_label_en'] or ''})"
    table = "".join(
        f'<tr{" class=ddnews-conflict" if r["conflict"] else ""}><td>{escape(r["place"] or "")}</td>'
        f'<td>{escape(r["province"] or "")}</td><td>{escape(r["period_start"] or "")}</td>'
        f'<td>{escape(r["period_end"] or "")}</td><td>{escape(r["modality"])}</td>'
        f'<td>{escape(fmt_number(float(r["value"])))} {escape(r["unit"] or "")}</td>'
        f'<td>{"yes" if r["conflict"] else ""}</td>'
        f'<td>{", ".join(_article_link(a) for a in str(r["article_ids"]).split(","))}</td></tr>' for r in rows)
    body = (f'<h1>{escape(title)}</h1><p><a href="/-/ddnews/indicators">All indicators</a> · {len(rows)} values · '
            f'<code>{escape(indicator)}</code></p>'
            '<h2>Per province</h2><p><small>x: the end of each value\'s period; one line per province and '
            "modality, through one value per period end (the one most articles give); every point links to its "
            "claim.</small></p>"
            + svg_series(_chart_rows(rows), first.get("unit") or "", one_per_x=True)
            + "<h2>Latest value of every place</h2>" + svg_map(rows)
            + '<h2>Every value</h2><table class="rows-and-columns"><thead><tr><th>place</th><th>province</th>'
            "<th>from</th><th>to</th><th>modality</th><th>value</th><th>conflict</th><th>articles</th></tr>"
            f"</thead><tbody>{table}</tbody></table>")
    return title, body


# ---------------------------------------------------------------------------------------------- people
def people_body(conn: Any) -> str:
    rows = _rows(conn, "select * from people order by n_articles desc, name limit 500")
    items = "".join(
        f'<tr><td><a href="{person_url(r["id"])}">{escape(r["name"])}</a></td><td>{escape(r["province"] or "")}</td>'
        f'<td>{r["n_articles"]}</td><td>{escape(r["first_seen"] or "")}</td><td>{escape(r["last_seen"] or "")}</td>'
        "</tr>" for r in rows)
    return ('<h1>People</h1><table class="rows-and-columns"><thead><tr><th>name</th><th>province</th>'
            f"<th>articles</th><th>first seen</th><th>last seen</th></tr></thead><tbody>{items}</tbody></table>")


def person_body(conn: Any, pid: str) -> tuple[str, str] | None:
    """(title, body) of a person's page, or None when there is no such person."""
    found = _rows(conn, "select * from people where id = ?", [pid])
    if not found:
        return None
    p = found[0]
    events = timeline(conn, pid)
    rows = "".join(
        f'<tr><td>{escape(e["when"])}</td><td>{escape(e["kind"])}</td><td>{escape(e["what"])}'
        + (f'<br><small>{escape(e.get("evidence") or "")}</small>' if e.get("evidence") else "")
        + f'</td><td>{", ".join(_article_link(a) for a in e["articles"])}</td></tr>' for e in events)
    mentions = _rows(conn, """
        select o.id, o.article_id, o.evidence, o.titles, a.label, a.published from officials o
        join articles a on a.id = o.article_id where o.person_id = ? order by a.published""", [pid])
    items = "".join(
        f'<li>{escape(m["published"] or "")} · <a href="/-/ddnews/article/{quote(m["article_id"], safe="")}'
        f'#officials-{m["id"]}">{escape(m["label"] or m["article_id"])}</a> — '
        f'{escape(", ".join(json.loads(m["titles"] or "[]")))}</li>' for m in mentions)
    others = _rows(conn, "select id, name, province from people where name_key = ? and id != ?", [p["name_key"], pid])
    namesakes = "".join(f'<li><a href="{person_url(o["id"])}">{escape(o["name"])}</a> '
                        f'({escape(o["province"] or "elsewhere")})</li>' for o in others)
    where = p["province"] or ("national" if p["scope"] == "national" else "one article")
    body = (f'<h1>{escape(p["name"])}</h1><p>{escape(where)} · {p["n_articles"]} article(s) · '
            f'{escape(p["first_seen"] or "?")} – {escape(p["last_seen"] or "?")} · '
            f'<a href="/-/ddnews/person">People</a></p><h2>Timeline</h2><table class="rows-and-columns"><thead><tr>'
            f"<th>when</th><th>kind</th><th>what</th><th>articles</th></tr></thead><tbody>{rows}</tbody></table>"
            f"<h2>Mentions</h2><ul>{items}</ul>"
            + (f"<h2>Namesakes (other people)</h2><ul>{namesakes}</ul>" if namesakes else ""))
    return p["name"], body
