"""`ddnews serve` as a user sees it, through Datasette's own test client (JSON and HTML)."""
from __future__ import annotations

import asyncio
import re
from urllib.parse import quote

import pytest

pytest.importorskip("datasette")

from ddnews.serve import make_datasette  # noqa: E402
from ddnews.store.schema import TABLES, VIEWS, load_metadata  # noqa: E402


@pytest.fixture
def get(db_path):
    ds = make_datasette(db_path)
    asyncio.run(ds.invoke_startup())

    def fetch(url: str, status: int = 200):
        res = asyncio.run(ds.client.get(url))
        assert res.status_code == status, (url, res.status_code, res.text[:500])
        return res
    return fetch


def test_table_search_box_ignores_diacritics(get):
    for q in ("dang vien", "đảng viên", "Đảng viên"):
        rows = get(f"/facts/articles.json?_search={quote(q)}&_shape=array&_col=title").json()
        assert sorted(r["id"] for r in rows) == ["a1", "a2"], q
    rows = get("/facts/articles.json?_search=xuyen+khong&_shape=array").json()
    assert [r["id"] for r in rows] == ["a3"]
    html = get("/facts/articles?_search=tinh+uy").text
    assert 'name="_search"' in html  # the search box is shown (fts_table wired)
    rows = get("/facts/facts.json?_search=04-NQ/TU&_shape=array").json()
    assert {r["kind"] for r in rows} == {"documents"}


def test_metadata_describes_every_column_and_declares_facets():
    meta = load_metadata()["databases"]["facts"]
    for name, spec in TABLES.items():
        described = meta["tables"][name]["columns"]
        assert set(described) == set(spec.columns), name
        assert all(described.values()), name
    assert set(VIEWS) <= set(meta["tables"])
    assert meta["tables"]["claims"]["facets"] == ["change", "modality", "province", "year"]
    assert "facets" not in meta["tables"]["facts"]  # the biggest table gets no automatic facets


def test_facets_and_column_descriptions(get):
    data = get("/facts/claims.json?_shape=objects").json()
    assert set(data["facet_results"]) == {"change", "modality", "province", "year"}
    provinces = {f["value"]: f["count"] for f in data["facet_results"]["province"]["results"]}
    assert provinces == {"Sơn Mẫu": 3, "Hà Thử": 1}
    assert data["suggested_facets"] == []
    assert "The counted thing as written" in get("/facts/claims").text
    assert get("/facts/facts.json").json()["facet_results"] == {}


def test_canned_queries_answer_the_questions(get):
    rows = get("/facts/villages_without_party_members.json?_shape=array").json()
    assert [(r["province"], r["year"], r["value"]) for r in rows] == [("Sơn Mẫu", 2020, 64.0),
                                                                      ("Sơn Mẫu", 2021, 40.0)]
    rows = get("/facts/articles_citing_document.json?_shape=array&document=" + quote("Nghị quyết số 04 - NQ/TU")).json()
    assert sorted(r["article_id"] for r in rows) == ["a1", "a2", "a3"]
    rows = get("/facts/articles_citing_document.json?_shape=array&document=28-CT/TW").json()
    assert sorted(r["article_id"] for r in rows) == ["a1", "a3"]
    rows = get("/facts/provincial_secretaries_said.json?_shape=array").json()
    assert [(r["name"], r["title"]) for r in rows] == [("Lê Văn Thử", "Bí thư Tỉnh ủy")]  # not the Phó Bí thư
    assert "giảm 64 thôn, bản" in rows[0]["passage"] and "giảm 64" in rows[0]["claims"]
    rows = get("/facts/claim_series.json?_shape=array&unit=dang+vien&qualifier=moi&place=").json()
    assert [r["value"] for r in rows] == [12.0]
    rows = get("/facts/search_evidence.json?_shape=array&q=chua+co+dang+vien").json()
    assert sorted(r["article_id"] for r in rows) == ["a1", "a2"]


def test_article_page_highlights_every_fact_and_claims_link_to_it(get, records):
    html = get("/facts/claims").text
    links = re.findall(r'<a class="ddnews-evidence" href="([^"]+)">([^<]+)</a>', html)
    assert ("/-/ddnews/article/a1#claims-1", "giảm 64 thôn, bản chưa có đảng viên") in links
    page = get("/-/ddnews/article/a1").text
    assert 'id="claims-1"' in page
    marked = {}
    for ids, text in re.findall(r'<mark class="ddnews-fact[^"]*" data-facts="([^"]+)"[^>]*>([^<]*)</mark>', page):
        for i in ids.split():
            marked[i] = marked.get(i, "") + text
    assert marked["claims-1"] == "giảm 64 thôn, bản chưa có đảng viên"
    assert marked["documents-1"] == "Nghị quyết số 04-NQ/TU ngày 23/5/2016"
    assert len(marked) == sum(len(records[0][k]) for k in ("documents", "dates", "officials", "organizations",
                                                          "locations", "claims"))
    assert "Not found" in get("/-/ddnews/article/nope", 404).text


def test_search_page_plot_and_map(get):
    html = get("/-/ddnews/search?q=dang+vien").text
    assert html.count('class="ddnews-result"') == 2
    assert '<mark class="ddnews-hit">đảng</mark>' in html
    html = get("/-/ddnews/plot?unit=thon%2C+ban&qualifier=chua+co+dang+vien").text
    assert "<svg" in html and html.count("<circle") == 2 and 'href="/-/ddnews/article/a2#claims-3"' in html
    assert "No dated claims" in get("/-/ddnews/plot?unit=zzz").text
    plugins = {p["name"] for p in get("/-/plugins.json").json()}
    assert "datasette-cluster-map" in plugins and any("ddnews" in p for p in plugins)
    html = get("/facts/located_facts").text
    assert "datasette-cluster-map" in html  # the map script is loaded where rows have coordinates


def test_untitled_articles_show_their_first_line_not_none(tmp_path, make_article):
    from ddnews.store import Store

    path = tmp_path / "untitled.db"
    rec = make_article("u1", None, "2022-01-02", None, "Kết nạp 7 đảng viên mới ở bản Nà Mẫu\nNội dung tiếp theo.",
                       {"claims": [("7 đảng viên", {"value": 7, "unit": "đảng viên"})]})
    rec["title"] = None
    with Store(path) as store:
        store.write([rec])
    ds = make_datasette(path)
    asyncio.run(ds.invoke_startup())
    html = asyncio.run(ds.client.get("/untitled/claims")).text
    assert "Kết nạp 7 đảng viên mới ở bản Nà Mẫu" in html and "None" not in html
    page = asyncio.run(ds.client.get("/-/ddnews/article/u1")).text
    assert '<h1 class="ddnews-title">Kết nạp 7 đảng viên mới ở bản Nà Mẫu</h1>' in page


def test_column_glossaries_are_folded(get):
    html = get("/facts/claims").text
    assert '<dl class="column-descriptions">' not in html
    folded = re.search(r'<details class="ddnews-glossary"><summary>Columns \((\d+)\)</summary>', html)
    assert folded and int(folded.group(1)) == len(TABLES["claims"].columns)
    assert "<details class=\"ddnews-glossary\" open" not in html
    assert html.index("ddnews-glossary") < html.index('class="rows-and-columns"')


def test_plot_page_qualifier_none_any_and_one(get, db_path, make_article):
    # "thôn, bản" has claims with the qualifier "chưa có đảng viên" only: the unqualified series is empty
    html = get("/-/ddnews/plot?unit=thon%2C+ban&qualifier=").text
    assert "No dated claims" in html
    html = get("/-/ddnews/plot?unit=dang+vien").text            # every qualifier
    assert html.count("<circle") == 1 and "mới" in html
    listing = get("/-/ddnews/plot").text
    links = re.findall(r'<a href="/-/ddnews/plot\?([^"]+)">([^<]*)(?:<i>[^<]*</i>)?</a> \((\d+) claims?\)', listing)
    assert links, listing[-2000:]
    for query, _, n in links:  # each listed series plots exactly the claims it counts
        page = get("/-/ddnews/plot?" + query.replace("&amp;", "&")).text
        assert page.count("<circle") == int(n), query


def test_plot_colours_are_never_reused_and_the_legend_is_html():
    from ddnews.serve.plot import PALETTE, svg_series

    rows = [{"place": "P", "qualifier_key": f"q{i}", "qualifier": f"q{i}", "published": f"20{10 + i % 9}-01-01",
             "value": i + 1, "article_id": "a", "claim_id": i} for i in range(len(PALETTE) + 3)]
    html = svg_series(rows, "đảng viên")
    colours = re.findall(r'<span class="swatch" style="background:(#[0-9a-f]+)">', html)
    assert len(colours) == len(PALETTE) == len(set(colours))
    assert "3 smaller series not drawn" in html and html.count('href="/-/ddnews/plot?') == 3
    assert 'viewBox="0 0 960 420"' in html and "width: 100%" not in html  # sized by CSS, not clipped
