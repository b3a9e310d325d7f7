"""URL inputs: pages fetched over HTTP (a loopback server here) become articles; failures become error rows."""
import functools
import http.server
import threading
from pathlib import Path

import pytest

from ddnews.loading.files import load_articles
from ddnews.loading.web import url_id
from ddnews.types import Article, ErrorRecord

PAGES = Path(__file__).resolve().parents[3] / "shared" / "html-pages"


@pytest.fixture(scope="module")
def server():
    if not PAGES.exists():
        pytest.skip("shared html fixtures not present")
    handler = functools.partial(http.server.SimpleHTTPRequestHandler, directory=str(PAGES))
    handler.log_message = lambda *a, **k: None
    httpd = http.server.ThreadingHTTPServer(("127.0.0.1", 0), handler)
    thread = threading.Thread(target=httpd.serve_forever, daemon=True)
    thread.start()
    yield f"http://127.0.0.1:{httpd.server_address[1]}"
    httpd.shutdown()


def test_url_is_fetched_and_extracted(server):
    (a,) = load_articles([f"{server}/nld-sai-sot-ho-kinh-doanh-quy-dinh-thue-moi.html"])
    assert isinstance(a, Article)
    assert "Nghị định 68/2026/NĐ-CP" in a.text
    assert a.published == "2026-03-07"
    assert a.id == url_id(f"{server}/nld-sai-sot-ho-kinh-doanh-quy-dinh-thue-moi.html")


def test_http_error_becomes_an_error_row(server):
    (err,) = load_articles([f"{server}/no-such-page.html"])
    assert isinstance(err, ErrorRecord) and err.code == "E011" and "HTTP 404" in err.message


def test_unreachable_host_becomes_an_error_row():
    (err,) = load_articles(["http://127.0.0.1:9/nothing-listens-here"])
    assert isinstance(err, ErrorRecord) and err.code == "E011" and "Check the address" in err.message
