"""Resuming, --max, --since/--until, discovery by common paths, redirects, robots answers: through the
Python API (``ddnews.scrape``) on the invented site without a Crawl-delay (fast)."""
from __future__ import annotations

from collections import Counter
from pathlib import Path
from typing import Any

import pytest
from scrape_server import Route, Site

import ddnews
from ddnews.scrape import Scraper, options

FAST = {"delay": 0.01, "timeout": 2.0, "retries": 1, "backoff": 0.05}


def fetched(*sites: Site) -> Counter[str]:
    return Counter(h.path for s in sites for h in s.log if h.status == 200)


def test_ddnews_scrape_is_callable_even_after_its_modules_are_imported() -> None:
    import ddnews.scrape.fetch  # noqa: F401 - importing a submodule binds the package to ddnews.scrape

    assert callable(ddnews.scrape) and ddnews.scrape.scrape is not None
    assert list(ddnews.scrape([], cache=False)) == []


def test_an_interrupted_run_resumes_without_fetching_again(make_site: Any, tmp_path: Path) -> None:
    a, b = make_site(crawl_delay=None)
    kw: dict[str, Any] = {"rss": [a.url("/atom.xml")], "sitemaps": [a.url("/sitemap-2019.xml.gz")],
                          "cache": tmp_path / "cache", **FAST}
    rows = ddnews.scrape(**kw)
    got = [next(rows), next(rows)]
    rows.close()  # interrupted (Ctrl-C or a closed pipe end the generator the same way)
    pages = ["/tin/ket-nap-dang-vien.html", "/tin/dan-van-kheo.html", "/tin/sai-nhan.html",
             "/tin/dai-hoi-chi-bo-2019.html", "/tin/van-hoa-1258.html", "/bai/chuyen-doi-so.html"]
    first = fetched(a, b)
    assert 2 <= sum(first[p] for p in pages) < 6  # the pages done, and those under way when it stopped
    rest = list(ddnews.scrape(**kw))
    total = fetched(a, b)
    assert all(total[p] == 1 for p in pages), total  # each page fetched once over both runs
    assert {r["final_url"] for r in got} <= {r["final_url"] for r in rest}  # the resumed run gives them all
    assert len(rest) == 6 and sum(r["cached"] for r in rest) >= 2


def test_max_stops_after_n_articles_and_the_rest_follows_later(make_site: Any, tmp_path: Path) -> None:
    a, b = make_site(crawl_delay=None)
    kw: dict[str, Any] = {"rss": [a.url("/atom.xml")], "cache": tmp_path / "cache", "concurrency": 1, **FAST}
    two = list(ddnews.scrape(max_articles=2, **kw))
    assert len(two) == 2 and not any(r.get("error") for r in two)
    # newest first: the Atom entries of 2024-05-14 and 2024-04-05
    assert [r["published"] for r in two] == ["2024-05-14", "2024-04-05"]
    everything = list(ddnews.scrape(**kw))
    assert len(everything) == 4
    assert all(n == 1 for p, n in fetched(a, b).items() if p.startswith(("/tin/", "/bai/")))


def test_since_and_until_filter_before_and_after_fetching(make_site: Any, tmp_path: Path) -> None:
    a, b = make_site(crawl_delay=None)
    scraper = Scraper(options(rss=[a.url("/atom.xml")], sitemaps=[a.url("/sitemap_index.xml")],
                              since="2024-03-01", until="2024-03-31", cache=False, **FAST))
    rows = list(scraper.rows())
    paths = {h.path for h in a.log + b.log}
    # the 2019 child sitemap (lastmod 2019-11-21) and entries listed after --until are never fetched
    assert "/sitemap-2019.xml.gz" not in paths
    assert not {"/tin/sai-nhan.html", "/bai/chuyen-doi-so.html"} & paths
    # listed 2024-03-01 in the feed, but the page says 08/10/2018: fetched, then left out
    assert "/tin/dan-van-kheo.html" in paths
    days = [r["published"] for r in rows if not r.get("error")]
    assert days and all("2024-03-01" <= d <= "2024-03-31" for d in days), days
    assert scraper.stats.outside_dates == 3  # sai-nhan, chuyen-doi-so (by listing), dan-van-kheo (by page)


def test_discovery_tries_common_paths_when_the_home_page_points_nowhere(tmp_path: Path) -> None:
    site = Site()
    try:
        page = ("<html><head><meta charset='utf-8'><title>Cổng</title></head><body><h1>{t}</h1>"
                "<p class='date'>10:00 - Thứ Sáu, 01/03/2024</p><p>{p}</p><p>{p}</p></body></html>")
        body = ("Đảng ủy xã tổ chức hội nghị sơ kết công tác xây dựng Đảng, đánh giá việc thực hiện nghị quyết "
                "của cấp ủy và đề ra nhiệm vụ trọng tâm thời gian tới.")
        site.routes.update({
            "/robots.txt": Route.page("User-agent: *\nAllow: /\n", "text/plain"),
            "/": Route.page("<html><body><p>Trang chủ của xã</p></body></html>"),
            "/sitemap.xml": Route.page(f'<urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9"><url><loc>'
                                       f'{site.url("/tin/so-ket.html")}</loc></url></urlset>', "application/xml"),
            "/tin/so-ket.html": Route.page(page.format(t="Sơ kết công tác xây dựng Đảng quý I", p=body)),
        })
        rows = list(ddnews.scrape(site.url("/"), discover=True, cache=False, **FAST))
        assert [(r["title"], r["published"]) for r in rows] == [("Sơ kết công tác xây dựng Đảng quý I", "2024-03-01")]
        assert "/sitemap_index.xml" not in site.paths()  # the first common path that answered was enough
    finally:
        site.close()


def test_redirect_loops_unreachable_robots_and_ignore_robots() -> None:
    site = Site()
    try:
        site.routes.update({
            "/robots.txt": Route([(503, {"Content-Type": "text/plain"}, b"")]),
            "/loop-1": Route([(302, {"Location": "/loop-2"}, b"")]),
            "/loop-2": Route([(302, {"Location": "/loop-1"}, b"")]),
        })
        rows = list(ddnews.scrape([site.url("/loop-1")], cache=False, **FAST))
        assert rows[0]["error"]["code"] == "E610"  # robots.txt unreachable: the host counts as disallowed
        assert site.paths() == ["/robots.txt", "/robots.txt"]  # asked again once, then no page requested
        rows = list(ddnews.scrape([site.url("/loop-1")], cache=False, ignore_robots=True, **FAST))
        assert rows[0]["error"]["code"] == "E607" and "loop" in rows[0]["error"]["message"]
    finally:
        site.close()


@pytest.mark.parametrize("bad", ["ftp://a.vn/x.html", "không phải địa chỉ"])
def test_addresses_that_are_not_http_are_error_rows(bad: str) -> None:
    rows = list(ddnews.scrape([bad], cache=False, **FAST))
    assert rows[0]["error"]["code"] == "E609"
