"""The SVG chart of an indicator's page in ``ddnews serve``: one point per period end on every line, like
``ddnews panel --plot``; the other values of that period end stay as hollow markers linking to their claims,
the values articles disagree on are ringed in red.  Invented values."""
from __future__ import annotations

import re
import sqlite3
import xml.etree.ElementTree as ET

import pytest

pytest.importorskip("markupsafe")

from ddnews.panel import COLUMNS  # noqa: E402
from ddnews.serve.one_per_x import DISAGREE, DISAGREE_LABEL, OTHER_LABEL  # noqa: E402
from ddnews.serve.panel_pages import _chart_rows, indicator_body  # noqa: E402
from ddnews.serve.plot import PALETTE, svg_series  # noqa: E402

NS = {"svg": "http://www.w3.org/2000/svg"}
_ids = iter(range(1, 1000))


def _row(code: str | None, place: str | None, province: str, end: str, value: float, *, conflict: bool = False,
         n_articles: int = 1, n_claims: int = 1, article: str = "a1") -> dict:
    claim = next(_ids)
    return {"indicator": "members_admitted", "indicator_label": "Đảng viên mới được kết nạp",
            "indicator_label_en": "New Party members admitted", "unit_kind": "count", "place_code": code,
            "place": place, "place_level": "province" if code else None, "province": province,
            "period_start": f"{end[:4]}-01-01", "period_end": end, "year": int(end[:4]), "modality": "actual",
            "value": value, "value_max": None, "unit": "đảng viên", "n_claims": n_claims, "n_articles": n_articles,
            "conflict": int(conflict), "claim_ids": ",".join(str(claim + k * 100) for k in range(n_claims)),
            "article_ids": article, "first_published": end, "last_published": end}


ROWS = [
    # Tuyên Quang: the province's own value for 2021 (two articles) and one of a place of the province that has
    # no code of its own (one article) share the period end; the line goes through the better backed 41
    _row("08", "Tuyên Quang", "Tuyên Quang", "2020-12-31", 35),
    _row("08", "Tuyên Quang", "Tuyên Quang", "2021-12-31", 41, n_articles=2, n_claims=2, article="a1,a2"),
    _row(None, None, "Tuyên Quang", "2021-12-31", 44, article="a3"),
    _row("08", "Tuyên Quang", "Tuyên Quang", "2022-12-31", 50),
    # Điện Biên: two articles disagree on 2021 (100 and 120, equally backed: the line takes the lower one)
    _row("11", "Điện Biên", "Điện Biên", "2021-12-31", 120, conflict=True, article="a4"),
    _row("11", "Điện Biên", "Điện Biên", "2021-12-31", 100, conflict=True, article="a5"),
    _row("11", "Điện Biên", "Điện Biên", "2022-12-31", 130, article="a4"),
    # Lai Châu: one article gives two values of one period (a line of one point, the other value hollow)
    _row("12", "Lai Châu", "Lai Châu", "2021-12-31", 7, article="a6"),
    _row("12", "Lai Châu", "Lai Châu", "2021-12-31", 5, article="a6"),
    # a district: not on the per-province chart
    _row("072", "huyện Na Hang", "Tuyên Quang", "2021-12-31", 9, article="a1"),
]


def _svg(html: str) -> ET.Element:
    """The chart's <svg> element (the first of the page: the map comes after it)."""
    return ET.fromstring(re.search(r"<svg .*?</svg>", html, re.S).group(0))


def _polylines(svg: ET.Element) -> dict[str, list[tuple[float, float]]]:
    """Each series' line: its colour → its points."""
    out = {}
    for line in svg.iter(f"{{{NS['svg']}}}polyline"):
        out[line.get("stroke")] = [tuple(map(float, p.split(","))) for p in line.get("points").split()]
    return out


def _points(svg: ET.Element) -> list[dict]:
    """Every value's circle: its position, look, title, link and whether a red ring goes with it."""
    out = []
    for a in svg.iter(f"{{{NS['svg']}}}a"):
        circles = a.findall("svg:circle", NS)
        c = circles[0]
        out.append({"xy": (float(c.get("cx")), float(c.get("cy"))), "hollow": c.get("class") == "ddnews-other",
                    "fill": c.get("fill"), "stroke": c.get("stroke"), "title": c.find("svg:title", NS).text,
                    "href": a.get("href"),
                    "ringed": any(r.get("class") == "ddnews-disagree" and r.get("stroke") == DISAGREE
                                  and r.get("fill") == "none" and (float(r.get("cx")), float(r.get("cy"))) ==
                                  (float(c.get("cx")), float(c.get("cy"))) for r in circles[1:])})
    return out


def _point(points: list[dict], end: str, value: str) -> dict:
    found = [p for p in points if p["title"].startswith(f"{end}: {value} —")]
    assert len(found) == 1, (end, value, [p["title"] for p in points])
    return found[0]


@pytest.fixture(scope="module")
def page() -> str:
    conn = sqlite3.connect(":memory:")
    conn.execute(f"create table panel ({', '.join(COLUMNS)})")
    conn.executemany(f"insert into panel values ({', '.join('?' * len(COLUMNS))})",
                     [[r[c] for c in COLUMNS] for r in ROWS])
    title, body = indicator_body(conn, "members_admitted")
    assert title == "Đảng viên mới được kết nạp (New Party members admitted)"
    return body


def test_every_series_line_has_strictly_increasing_x(page):
    lines = _polylines(_svg(page))
    assert len(lines) == 2              # Tuyên Quang and Điện Biên; Lai Châu has one point per x: one point
    for colour, pts in lines.items():
        xs = [x for x, _ in pts]
        assert all(a < b for a, b in zip(xs, xs[1:], strict=False)), f"{colour}: a vertical segment in one period"
    assert sorted(len(p) for p in lines.values()) == [2, 3]


def test_the_line_goes_through_the_chosen_value_and_the_others_are_hollow_markers(page):
    svg = _svg(page)
    lines, points = _polylines(svg), _points(svg)
    tq41, tq44 = _point(points, "2021-12-31", "41"), _point(points, "2021-12-31", "44")
    db100, db120 = _point(points, "2021-12-31", "100"), _point(points, "2021-12-31", "120")
    lc5, lc7 = _point(points, "2021-12-31", "5"), _point(points, "2021-12-31", "7")
    for chosen, other in ((tq41, tq44), (db100, db120), (lc5, lc7)):
        assert not chosen["hollow"] and chosen["fill"] != "#fff"
        assert other["hollow"] and other["fill"] == "#fff" and other["stroke"] == chosen["fill"]
        assert other["xy"][0] == chosen["xy"][0]                     # at the same x
    assert tq41["xy"] in lines[tq41["fill"]] and tq44["xy"] not in lines[tq41["fill"]]
    assert db100["xy"] in lines[db100["fill"]] and db120["xy"] not in lines[db100["fill"]]
    assert [p["title"] for p in points if p["hollow"]] == [tq44["title"], db120["title"], lc7["title"]]
    assert OTHER_LABEL in tq44["title"] and DISAGREE_LABEL in db120["title"]
    # the hollow markers link to their claims as the line's points do
    assert tq44["href"] == f"/-/ddnews/article/a3#claims-{ROWS[2]['claim_ids']}"
    assert db120["href"] == f"/-/ddnews/article/a4#claims-{ROWS[4]['claim_ids']}"
    assert tq41["href"] == f"/-/ddnews/article/a1#claims-{ROWS[1]['claim_ids'].split(',')[0]}"
    # both values of the disputed cell are ringed in red, nothing else is
    assert [p["title"] for p in points if p["ringed"]] == [db100["title"], db120["title"]]
    assert len(svg.findall(".//svg:circle[@class='ddnews-disagree']", NS)) == 2
    assert not any("Na Hang" in p["title"] or p["title"].startswith("2021-12-31: 9 ") for p in points)


def test_the_legend_names_the_hollow_markers_and_the_red_rings(page):
    legend = re.search(r'<ul class="ddnews-plot-legend">(.*?)</ul>', page, re.S).group(1)
    keys = re.findall(r'<li class="ddnews-plot-key">.*?</svg>([^<]+)</li>', legend)
    assert keys == [OTHER_LABEL, DISAGREE_LABEL]
    assert len(re.findall(r'<span class="swatch"', legend)) == 3
    # the rest of the page is as before: the map and every value in the table, conflicts marked
    assert 'class="ddnews-map"' in page and page.count("<tr class=ddnews-conflict>") == 2
    assert page.count("<tr") == 1 + len(ROWS)


def test_a_chart_without_shared_x_has_no_extra_markers_or_legend():
    rows = [r for r in ROWS if r["place"] == "Tuyên Quang"]
    html = svg_series(_chart_rows(rows), "đảng viên", one_per_x=True)
    svg = _svg(html)
    (colour, pts), = _polylines(svg).items()
    assert colour == PALETTE[0] and len(pts) == 3
    assert not any(p["hollow"] or p["ringed"] for p in _points(svg)) and len(_points(svg)) == 3
    assert "ddnews-plot-key" not in html and OTHER_LABEL not in html and DISAGREE_LABEL not in html


def test_the_claim_series_chart_is_unchanged_without_one_per_x():
    rows = [{"place": "P", "qualifier_key": "", "published": "2021-01-01", "value": v, "article_id": "a",
             "claim_id": i, "conflict": True} for i, v in enumerate((3, 5))]
    html = svg_series(rows)
    (_, pts), = _polylines(_svg(html)).items()
    assert len(pts) == 2 and html.count("<circle") == 2     # every claim a point of the line, as before
    assert "ddnews-other" not in html and "ddnews-disagree" not in html and "ddnews-plot-key" not in html
