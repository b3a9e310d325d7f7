"""The 11 saved real pages of ../shared/html-pages, served from 127.0.0.1 and scraped: title and date
right on at least 10 of 11, the text starting with the body's first words on at least 10 of 11, and no
navigation or related-news line in any text. Expected values are read from the pages' SOURCES.md table
(nothing is copied here); skipped when ../shared is not beside the checkout."""
from __future__ import annotations

import re
import unicodedata
from pathlib import Path

import pytest
from lxml import html as lxml_html
from scrape_server import Route, Site

import ddnews

PAGES = Path(__file__).resolve().parents[3] / "shared" / "html-pages"
NAV_HEADINGS = {"tin liên quan", "tin khác", "xem thêm", "đọc thêm", "tin cùng chuyên mục", "bài liên quan",
                "có thể bạn quan tâm", "tin mới nhất", "tin đọc nhiều", "tải ứng dụng", "video", "trang chủ"}


def norm(text: str) -> str:
    return re.sub(r"\s+", " ", unicodedata.normalize("NFC", text)).strip()


def expected() -> dict[str, dict[str, str]]:
    """file → title, published (ISO day), first words of the body, from SOURCES.md's table."""
    out = {}
    for line in (PAGES / "SOURCES.md").read_text(encoding="utf-8").splitlines():
        cells = [c.strip() for c in line.strip().strip("|").split("|")]
        if len(cells) != 10 or not cells[0].startswith("`") or not cells[0].endswith(".html`"):
            continue
        iso = re.search(r"\d{4}-\d{2}-\d{2}", cells[7])
        if iso:
            day = iso.group(0)
        else:
            m = re.search(r"(\d{2})/(\d{2})/(\d{4})", cells[7])
            assert m, cells[7]
            day = f"{m.group(3)}-{m.group(2)}-{m.group(1)}"
        out[cells[0].strip("`")] = {"title": norm(cells[6]), "published": day, "first": norm(cells[9])}
    return out


@pytest.fixture(scope="module")
def scraped() -> dict[str, dict]:
    if not (PAGES / "SOURCES.md").is_file():
        pytest.skip("../shared/html-pages is not beside the checkout")
    site = Site()
    try:
        site.routes["/robots.txt"] = Route.page("User-agent: *\nAllow: /\n", "text/plain")
        for page in sorted(PAGES.glob("*.html")):
            site.routes[f"/p/{page.name}"] = Route.page(page.read_bytes(), "text/html")  # charset from the meta
        rows = list(ddnews.scrape([site.url(f"/p/{p.name}") for p in sorted(PAGES.glob("*.html"))], cache=False,
                                  delay=0.0))
    finally:
        site.close()
    return {r["url"].rsplit("/", 1)[1]: r for r in rows}


def test_titles_dates_and_first_words_of_the_real_pages(scraped: dict[str, dict]) -> None:
    want = expected()
    assert len(want) == 11 and set(scraped) == set(want)
    assert not [r for r in scraped.values() if r.get("error")]
    titles = [name for name, w in want.items() if norm(scraped[name]["title"] or "") == w["title"]]
    dates = [name for name, w in want.items() if scraped[name]["published"] == w["published"]]
    firsts = [name for name, w in want.items() if norm(scraped[name]["text"]).startswith(w["first"])]
    print(f"\nreal pages: title {len(titles)}/11, published {len(dates)}/11, first words {len(firsts)}/11")
    assert len(titles) >= 10, set(want) - set(titles)
    assert len(dates) >= 10, {n: scraped[n]["published"] for n in set(want) - set(dates)}
    assert len(firsts) >= 10, {n: scraped[n]["text"][:100] for n in set(want) - set(firsts)}


def test_no_navigation_or_related_news_lines_in_the_real_texts(scraped: dict[str, dict]) -> None:
    for name, row in scraped.items():
        tree = lxml_html.fromstring((PAGES / name).read_bytes().decode("utf-8"))
        links = {norm(a.text_content()).casefold() for a in tree.iter("a")}
        links = {t for t in links if len(t.split()) >= 3}
        for line in row["text"].split("\n"):
            key = norm(line).lstrip("-•+ ").casefold().rstrip(" :.")
            assert key not in links, (name, line)
            assert key not in NAV_HEADINGS, (name, line)
