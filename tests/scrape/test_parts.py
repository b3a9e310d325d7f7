"""The scraper's parts without a server: the host schedule on a fake clock, robots rules, the cache's
freshness, feeds and sitemaps, charsets, date lines and text cleaning (all texts invented)."""
from __future__ import annotations

import gzip
import urllib.robotparser

import pytest
from scrape_site import to_cp1258

from ddnews.scrape.cache import HttpCache, fresh_until
from ddnews.scrape.listings import iso_day, parse_feed, parse_pointers, parse_sitemap
from ddnews.scrape.page import clean_text, date_line, decode_html, extract_article, parse_tree
from ddnews.scrape.politeness import HostGate
from ddnews.scrape.robots import RobotsBook, Rules
from ddnews.scrape.rows import ScrapeError


class FakeClock:
    def __init__(self) -> None:
        self.now = 100.0

    def __call__(self) -> float:
        return self.now

    def sleep(self, seconds: float) -> None:
        self.now += seconds


def test_gate_spaces_request_starts_per_host_by_the_larger_delay() -> None:
    clock = FakeClock()
    gate = HostGate(1.0, clock=clock, sleep=clock.sleep)
    with gate.slot("http://a.vn", "http://a.vn/robots.txt"):
        clock.now += 0.1  # the request itself takes 0.1 s
    assert gate.set_crawl_delay("http://a.vn", 2.5) == 2.5  # Crawl-delay 2.5 > --delay 1
    assert gate.set_crawl_delay("http://b.vn", 0.5) == 1.0  # --delay 1 > Crawl-delay 0.5
    for url in ("http://a.vn/1", "http://b.vn/1", "http://a.vn/2", "http://b.vn/2"):
        with gate.slot(url.rsplit("/", 1)[0], url):
            pass
    gate.defer("http://a.vn", 10)  # Retry-After: 10
    with gate.slot("http://a.vn", "http://a.vn/3"):
        pass
    starts = {}
    for origin, start, _ in gate.log:
        starts.setdefault(origin, []).append(start)
    assert starts["http://a.vn"] == [100.0, 102.5, 105.0, 115.0]  # the robots.txt request counts too
    b1, b2 = starts["http://b.vn"]
    assert b2 - b1 >= 1.0  # (one thread here: it also waited for a.vn)


def test_protego_reads_fractional_crawl_delays_where_the_standard_library_does_not() -> None:
    text = "User-agent: *\nCrawl-delay: 0.5\nDisallow: /private/\nSitemap: https://a.vn/sitemap.xml\n"
    rules = Rules.parse(text, "ddnews-scraper/0.1")
    assert rules.crawl_delay == 0.5 and rules.sitemaps == ["https://a.vn/sitemap.xml"]
    assert not rules.allowed("https://a.vn/private/x.html") and rules.allowed("https://a.vn/tin/1.html")
    stdlib = urllib.robotparser.RobotFileParser()
    stdlib.parse(text.splitlines())
    assert stdlib.crawl_delay("*") is None  # why Protego: 0.5 is dropped by urllib.robotparser
    rate = Rules.parse("User-agent: *\nRequest-rate: 1/4\n", "ddnews")
    assert rate.crawl_delay == 4.0
    own = Rules.parse("User-agent: ddnews-scraper\nDisallow: /\n\nUser-agent: *\nAllow: /\n", "ddnews-scraper/0.1")
    assert not own.allowed("https://a.vn/tin/1.html")  # a group naming our agent wins over *


@pytest.mark.parametrize(("answer", "allowed", "code"), [
    ((404, b""), True, None),                                   # no robots.txt: everything allowed
    ((200, b"User-agent: *\nDisallow: /\n"), False, "E602"),
    ((503, b""), False, "E610"),                                # unreachable: the host counts as disallowed
    (ScrapeError("fetch", "E603", "timed out"), False, "E610"),
])
def test_what_a_robots_answer_means(answer: object, allowed: bool, code: str | None) -> None:
    def fetch(url: str) -> tuple[int, bytes]:
        if isinstance(answer, Exception):
            raise answer
        assert isinstance(answer, tuple)
        return answer

    book = RobotsBook(fetch, "ddnews-scraper/0.1")
    try:
        book.check("https://a.vn/tin/1.html", "https://a.vn")
        assert allowed
    except ScrapeError as exc:
        assert not allowed and exc.code == code


def test_cache_freshness_and_revalidation(tmp_path: object) -> None:
    assert fresh_until({"cache-control": "max-age=60", "age": "10"}, now=0.0) == 50.0
    assert fresh_until({"expires": "Thu, 01 Jan 2099 00:00:00 GMT", "date": "Thu, 01 Jan 2099 00:00:00 GMT"},
                       now=5.0) == 5.0
    assert fresh_until({}, now=5.0) == 0.0  # no caching headers: revalidate (listings) or reuse (articles)
    cache = HttpCache(":memory:")
    stored = cache.put("https://a.vn/rss", 200, {"etag": '"1"', "content-type": "application/rss+xml",
                                                 "set-cookie": "x"}, b"<rss/>", "2024-03-12T01:00:00Z")
    assert "set-cookie" not in stored.headers and not stored.fresh()
    again = cache.revalidated(stored, {"etag": '"1"', "cache-control": "max-age=600"})
    assert again.body == b"<rss/>" and again.fresh() and len(cache) == 1


RSS = """<?xml version="1.0" encoding="utf-8"?><rss version="2.0"><channel><title>Tin</title>
<item><title>Một</title><link>https://a.vn/tin/1.html</link><pubDate>Wed, 20 Nov 2019 23:30:00 +0700</pubDate></item>
<item><title>Hai</title><link>/tin/2.html</link></item></channel></rss>"""
ATOM = """<feed xmlns="http://www.w3.org/2005/Atom"><title>Tin</title><id>x</id><updated>2024-03-12T00:00:00Z</updated>
<entry><title>Ba</title><link href="https://a.vn/tin/3.html"/><id>3</id><updated>2024-03-12T23:30:00+07:00</updated>
<published>2024-03-11T08:00:00+07:00</published></entry></feed>"""


def test_feeds_keep_the_day_the_site_wrote() -> None:
    rss = parse_feed(RSS.encode(), "https://a.vn/rss/tin.rss")
    assert [(x.url, x.date) for x in rss] == [("https://a.vn/tin/1.html", "2019-11-20"),
                                              ("https://a.vn/tin/2.html", None)]
    atom = parse_feed(ATOM.encode(), "https://a.vn/atom.xml")
    assert [(x.url, x.date) for x in atom] == [("https://a.vn/tin/3.html", "2024-03-11")]  # published over updated
    assert iso_day("2024-3-5") == "2024-03-05" and iso_day("20/11/2019") is None


def test_sitemaps_indexes_gzip_news_dates_and_plain_text() -> None:
    index = (b'<sitemapindex xmlns="http://www.sitemaps.org/schemas/sitemap/0.9"><sitemap><loc>https://a.vn/s1.xml.gz'
             b"</loc><lastmod>2024-03-01</lastmod></sitemap></sitemapindex>")
    urls, children = parse_sitemap(index, "https://a.vn/sitemap.xml")
    assert urls == [] and [(c.url, c.date) for c in children] == [("https://a.vn/s1.xml.gz", "2024-03-01")]
    news = ('<urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9" xmlns:news="http://www.google.com/schemas/'
            'sitemap-news/0.9"><url><loc>https://a.vn/tin/1.html</loc><lastmod>2024-03-20</lastmod><news:news>'
            "<news:publication_date>2024-03-12T08:00:00+07:00</news:publication_date></news:news></url></urlset>")
    urls, _ = parse_sitemap(gzip.compress(news.encode()), "https://a.vn/s1.xml.gz")
    assert [(u.url, u.date) for u in urls] == [("https://a.vn/tin/1.html", "2024-03-12")]
    urls, _ = parse_sitemap(b"https://a.vn/tin/1.html\nhttps://a.vn/tin/2.html\n", "https://a.vn/s.txt")
    assert len(urls) == 2
    with pytest.raises(ValueError):
        parse_sitemap("<html><body>Trang lỗi</body></html>".encode(), "https://a.vn/sitemap.xml")


def test_a_home_page_points_to_its_feeds_and_sitemaps() -> None:
    html = ('<html><head><link rel="alternate" type="application/rss+xml" href="/rss/thoi-su.rss">'
            '<link rel="alternate" type="application/atom+xml" href="https://a.vn/atom.xml"></head><body>'
            '<a href="/rss/kinh-te.rss">Kinh tế</a><a href="/sitemap_news.xml">Sơ đồ</a>'
            '<a href="https://khac.vn/rss/tin.rss">Trang khác</a><a href="/tin/1.html">Tin</a></body></html>')
    found = parse_pointers(html, "https://a.vn/")
    assert found.feeds == ["https://a.vn/rss/thoi-su.rss", "https://a.vn/atom.xml", "https://a.vn/rss/kinh-te.rss"]
    assert found.sitemaps == ["https://a.vn/sitemap_news.xml"]


TEXT = "Đảng bộ tỉnh lãnh đạo thực hiện thắng lợi nghị quyết đại hội"


@pytest.mark.parametrize(("body", "ctype", "charset"), [
    (to_cp1258(f"<p>{TEXT}</p>"), "text/html; charset=windows-1258", "cp1258"),            # the header says so
    (to_cp1258(f'<meta charset="windows-1258"><p>{TEXT}</p>'), "text/html", "cp1258"),      # then the meta
    (to_cp1258(f"<p>{TEXT}</p>"), "text/html; charset=utf-8", "cp1258"),                    # mislabelled: detected
    (f"<p>{TEXT}</p>".encode(), "text/html; charset=iso-8859-1", "utf-8"),                  # a server's default
    (b"\xef\xbb\xbf" + f"<p>{TEXT}</p>".encode(), "", "utf-8"),                             # a byte-order mark
])
def test_charset_from_header_then_meta_then_detection(body: bytes, ctype: str, charset: str) -> None:
    text, used = decode_html(body, ctype)
    assert used == charset and TEXT in text


def page(dateline_html: str, body: str, head: str = "") -> str:
    return (f"<html><head><meta charset='utf-8'><title>Tỉnh ủy họp phiên thường kỳ tháng ba</title>{head}</head>"
            "<body><div>Hôm nay, Thứ Hai, 18/03/2024</div><h1>Tỉnh ủy họp phiên thường kỳ tháng ba</h1>"
            f"{dateline_html}<div class='content'>{body}</div></body></html>")


BODY = ("<p>Sáng nay, Ban Thường vụ Tỉnh ủy họp phiên thường kỳ tháng ba để cho ý kiến vào nhiều nội dung quan "
        "trọng về công tác cán bộ và phát triển kinh tế.</p><p>Hội nghị thống nhất ban hành kế hoạch kiểm tra, "
        "giám sát năm 2024 và giao các ban đảng hướng dẫn thực hiện trong tháng tư.</p>")


@pytest.mark.parametrize(("line", "iso"), [
    ("<div class='time'>16:32 - Thứ Tư, 20/11/2019</div>", "2019-11-20"),
    ("<span>Cập nhật lúc 08:30 ngày 12/3/2024</span>", "2024-03-12"),
    ("<p>Thứ Hai, 08/10/2018 - 22:38</p>", "2018-10-08"),
    ("<p><span>12/03/2024</span> <span>09:15</span></p>", "2024-03-12"),      # date and time in two elements
    ("<p>07-03-2026 - 09:40 AM</p>", "2026-03-07"),
])
def test_the_date_line_comes_first(line: str, iso: str) -> None:
    html = page(line, BODY, head='<meta property="article:published_time" content="2001-01-01T00:00:00+07:00">')
    ex = extract_article(html, "https://a.vn/tin/1.html")
    assert (ex.published, ex.published_from) == (iso, "date-line")


def test_never_a_date_from_the_body_or_the_site_clock() -> None:
    body = ("<p><strong>Ngày 15/8/2021</strong>, lúc 14:00, Ban Chấp hành Đảng bộ tỉnh ban hành nghị quyết chuyên "
            "đề về chuyển đổi số; đến nay nhiều chỉ tiêu của nghị quyết đã hoàn thành vượt mức đề ra.</p>" + BODY)
    with_meta = page("", body, head='<meta property="article:published_time" content="2024-03-18T07:00:00+07:00">')
    ex = extract_article(with_meta, "https://a.vn/tin/1.html")
    assert (ex.published, ex.published_from) == ("2024-03-18", "metadata")
    tree = parse_tree(page("", body))
    assert date_line(tree, "Tỉnh ủy họp phiên thường kỳ tháng ba", "Ngày 15/8/2021, lúc 14:00, Ban Chấp hành") is None


def test_cleaning_drops_title_lead_links_and_related_headings() -> None:
    raw = ("Tỉnh ủy họp phiên thường kỳ\nTẢI ỨNG DỤNG\nTóm tắt: hội nghị bàn nhiều nội dung quan trọng của tỉnh.\n"
           "Sáng nay, Ban Thường vụ Tỉnh ủy họp phiên thường kỳ tháng ba.\nTin liên quan\n"
           "- Hội nghị giao ban công tác tuyên giáo quý I\nHội nghị kết thúc cùng ngày.")
    text, lead = clean_text(raw, title="Tỉnh ủy họp phiên thường kỳ",
                            lead="Tóm tắt: hội nghị bàn nhiều nội dung quan trọng của tỉnh.",
                            links={"hội nghị giao ban công tác tuyên giáo quý i"})
    assert text.split("\n") == ["Sáng nay, Ban Thường vụ Tỉnh ủy họp phiên thường kỳ tháng ba.",
                                "Hội nghị kết thúc cùng ngày."]
    assert lead == "Tóm tắt: hội nghị bàn nhiều nội dung quan trọng của tỉnh."


def test_the_cli_and_the_library_send_one_user_agent() -> None:
    from ddnews.cli.scrape import DEFAULT_USER_AGENT
    from ddnews.scrape import USER_AGENT

    assert DEFAULT_USER_AGENT == USER_AGENT
