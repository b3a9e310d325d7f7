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
