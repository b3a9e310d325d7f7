"""A whole crawl of the invented site through the command line (``ddnews scrape https://… --discover``),
run once for the module, then again on the same cache; and the scrape output read by ``ddnews extract``.

Host A: robots.txt with ``Disallow: /private/`` and ``Crawl-delay: 0.25``; host B: no Crawl-delay
(``--delay 0.05``). Times are the server's arrival times (loopback), compared with a loose tolerance.
"""
from __future__ import annotations

import json
from collections import Counter
from pathlib import Path
from typing import Any

import pytest
from click.testing import CliRunner
from scrape_server import Site
from scrape_site import A_ARTICLE_PATHS, ARTICLES, B_ARTICLE_PATHS, BAD, MENU, RELATED, build

from ddnews.cli import main

TOLERANCE = 0.1  # seconds: arrival times on loopback jitter a little (threads, the GIL)


def run(args: list[str], stdin: str | None = None) -> Any:
    return CliRunner().invoke(main, args, input=stdin)


@pytest.fixture(scope="module")
def crawl(tmp_path_factory: pytest.TempPathFactory) -> Any:
    a, b = Site(), Site()
    build(a, b, crawl_delay="0.25", slow=1.5)
    folder = tmp_path_factory.mktemp("crawl")
    out, cache = folder / "a.jsonl", folder / "cache"
    args = ["scrape", a.url("/"), "--discover", "-o", str(out), "--cache", str(cache), "--delay", "0.05",
            "--timeout", "0.5", "--retries", "1", "--no-progress"]
    first = run(args)
    rows = [json.loads(line) for line in out.read_text(encoding="utf-8").splitlines()]
    marks = (len(a.log), len(b.log))
    second = run(args)
    rows2 = [json.loads(line) for line in out.read_text(encoding="utf-8").splitlines()]

    class Crawl:
        pass

    c = Crawl()
    c.a, c.b, c.first, c.second, c.rows, c.rows2, c.out, c.folder = a, b, first, second, rows, rows2, out, folder
    c.log_a, c.log_b = a.log[:marks[0]], b.log[:marks[1]]
    c.again_a, c.again_b = a.log[marks[0]:], b.log[marks[1]:]
    yield c
    a.close()
    b.close()


def articles(rows: list[dict[str, Any]]) -> dict[str, dict[str, Any]]:
    """Article rows by the path of their final address."""
    return {r["final_url"].split("/", 3)[3]: r for r in rows if not r.get("error")}


def test_every_allowed_article_is_fetched_once_and_only_once(crawl: Any) -> None:
    ok = Counter(h.path for h in crawl.log_a + crawl.log_b if h.status == 200)
    for path in A_ARTICLE_PATHS + B_ARTICLE_PATHS:
        assert ok[path] == 1, (path, ok[path])
    # the 503 was asked again once; the redirect was followed once; moi-chuyen (listed too) came once
    assert [h.status for h in crawl.log_a if h.path == "/tin/bao-tri.html"] == [503, 200]
    assert [h.status for h in crawl.log_a if h.path == "/tin/cu-chuyen.html"] == [301]
    found = articles(crawl.rows)
    assert sorted("/" + p for p in found) == sorted(A_ARTICLE_PATHS + B_ARTICLE_PATHS)
    assert len({r["id"] for r in crawl.rows if not r.get("error")}) == len(found)


def test_nothing_disallowed_is_fetched(crawl: Any) -> None:
    assert not [h for h in crawl.log_a if h.path.startswith("/private/")]
    row = next(r for r in crawl.rows if r["url"].endswith("/private/noi-bo.html"))
    assert row["error"]["stage"] == "robots" and row["error"]["code"] == "E602"


def test_request_starts_per_host_respect_the_delay(crawl: Any) -> None:
    for log, delay in ((crawl.log_a, 0.25), (crawl.log_b, 0.05)):  # A: Crawl-delay 0.25 > --delay 0.05
        starts = [h.start for h in log]
        gaps = [b - a for a, b in zip(starts, starts[1:], strict=False)]
        assert len(gaps) >= 2
        assert min(gaps) >= delay - TOLERANCE * (1 if delay > TOLERANCE else 0.5), gaps
    # one request at a time: the slow page's second attempt starts after the first gave up (0.5 s)
    cham = [h.start for h in crawl.log_a if h.path == "/tin/cham.html"]
    assert len(cham) == 2 and cham[1] - cham[0] >= 0.5 + 1.0 - TOLERANCE  # time-out, then a 1 s back-off
    # Retry-After: 1 on the 503 is honoured
    bao_tri = [h.start for h in crawl.log_a if h.path == "/tin/bao-tri.html"]
    assert bao_tri[1] - bao_tri[0] >= 1.0 - TOLERANCE


def test_every_bad_address_is_an_error_row(crawl: Any) -> None:
    errors = {r["url"].split("/", 3)[3]: r for r in crawl.rows if r.get("error")}
    assert {"/" + p: r["error"]["code"] for p, r in errors.items()} == BAD
    assert errors["tin/khong-con.html"]["status"] == 404
    assert errors["tin/cham.html"]["error"]["stage"] == "fetch"
    assert errors["files/bao-cao.pdf"]["error"]["stage"] == "parse"
    assert errors["chuyen-muc/thoi-su"]["error"]["stage"] == "extract"
    for r in errors.values():
        assert set(r["error"]) == {"stage", "code", "message"} and r["error"]["message"]
    assert crawl.first.exit_code == 1  # some URLs failed
    assert "ddnews scrape: 11 articles, 5 errors" in crawl.first.stderr


def test_titles_dates_and_first_words(crawl: Any) -> None:
    found = articles(crawl.rows)
    for art in ARTICLES:
        if art.slug == "cham":
            continue
        path = ("bai/" if art.extra.get("host") == "b" else "tin/") + art.slug + ".html"
        row = found[path]
        assert row["title"] == art.title, path
        assert row["published"] == art.iso, (path, row["published"], row["published_from"])
        assert row["text"].startswith(art.first_words), (path, row["text"][:80])
        assert row["lead"] == art.lead
        lines = row["text"].split("\n")
        assert not set(lines) & set(RELATED + MENU + [art.title, art.lead]), path
        assert not any(x in row["text"] for x in ("Tin liên quan", "Xem thêm", "Giấy phép", "Hôm nay")), path
        assert len(row["html_sha256"]) == 64 and row["status"] == 200 and row["fetched_at"].endswith("Z")
    # where each date came from: the date line first, metadata when there is none, never the body's events
    assert found["tin/nong-thon-moi.html"]["published_from"] == "metadata"  # body: "Ngày 15/8/2021 … lúc 14:00"
    assert found["bai/hoc-tap-lam-theo.html"]["published_from"] == "metadata"  # JSON-LD; body: "Sáng 3/9/2022"
    assert found["bai/chuyen-doi-so.html"]["published_from"] == "date-line"  # over JSON-LD's 2024-05-15
    assert found["tin/van-hoa-1258.html"]["charset"] == "cp1258"  # declared in its meta
    assert found["tin/sai-nhan.html"]["charset"] == "cp1258"  # labelled UTF-8: detected
    redirected = found["tin/moi-chuyen.html"]
    assert redirected["url"].endswith(("/tin/cu-chuyen.html", "/tin/moi-chuyen.html"))


def test_a_second_run_makes_no_article_request(crawl: Any) -> None:
    again = [(h.path, h.status) for h in crawl.again_a + crawl.again_b]
    article_like = set(A_ARTICLE_PATHS + B_ARTICLE_PATHS + list(BAD) + ["/tin/cu-chuyen.html"])
    # only the page that timed out (a transient failure) is tried again; listings are revalidated (304)
    assert {p for p, _ in again if p in article_like} == {"/tin/cham.html"}
    assert all(status == 304 for p, status in again if p not in article_like), again
    assert "/robots.txt" not in {p for p, _ in again}  # fresh for an hour (Cache-Control)
    key = ("id", "url", "final_url", "title", "published", "text", "html_sha256")
    assert sorted(tuple(r.get(k) for k in key) for r in crawl.rows2) == \
        sorted(tuple(r.get(k) for k in key) for r in crawl.rows)
    assert all(r["cached"] for r in crawl.rows2 if not r.get("error"))


def test_extract_reads_the_scrape_output_as_it_is(crawl: Any, tmp_path: Path) -> None:
    facts = tmp_path / "facts.jsonl"
    res = run(["extract", str(crawl.out), "-o", str(facts), "-q"])
    records = [json.loads(line) for line in facts.read_text(encoding="utf-8").splitlines()]
    ok = {r["id"]: r for r in records if not r.get("error")}
    scraped = {r["id"]: r for r in crawl.rows if not r.get("error")}
    assert set(ok) == set(scraped)
    for id_, rec in ok.items():
        assert rec["title"] == scraped[id_]["title"] and rec["published"] == scraped[id_]["published"]
        assert rec["text"] == scraped[id_]["text"]
    party = ok[next(i for i in ok if i.endswith("ket-nap-dang-vien"))]
    assert any(c["value"] == 215 for c in party["claims"])  # "kết nạp 215 đảng viên mới"
    assert len([r for r in records if r.get("error")]) == len(BAD)  # the scrape's error rows stay errors
    assert res.exit_code == 1
    # and through a pipe: ddnews scrape … | ddnews extract -
    piped = run(["extract", "-", "-q"], stdin=crawl.out.read_text(encoding="utf-8"))
    lines = [json.loads(line) for line in piped.stdout.splitlines()]
    assert {r["id"] for r in lines if not r.get("error")} == set(scraped)
