"""End to end in real headless Chromium: serve a store, search without diacritics, see the evidence.

Skipped only when no chromium binary exists (CI installs it with scripts/ci_system_deps.sh). The
screenshot of the article page is kept in tests/artifacts/ (git-ignored).
"""
from __future__ import annotations

import contextlib
import html as htmllib
import os
import re
import shutil
import socket
import subprocess
import sys
import time
import urllib.request
from pathlib import Path

import pytest

CHROMIUM = next((p for p in (os.environ.get("CHROMIUM"), shutil.which("chromium"), shutil.which("chromium-browser"),
                             shutil.which("google-chrome"), "/usr/bin/chromium") if p and Path(p).is_file()), None)
ARTIFACTS = Path(__file__).resolve().parents[1] / "artifacts"
pytestmark = pytest.mark.skipif(CHROMIUM is None, reason="no chromium binary (apt-get install chromium)")


def _free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


@contextlib.contextmanager
def _serving(db: Path):
    """``ddnews serve db`` on a free local port, started and stopped; yields its base URL."""
    port = _free_port()
    proc = subprocess.Popen([sys.executable, "-m", "ddnews", "serve", str(db), "--port", str(port)],
                            stdout=subprocess.PIPE, stderr=subprocess.STDOUT)
    base = f"http://127.0.0.1:{port}"
    try:
        for _ in range(100):
            try:
                urllib.request.urlopen(base + "/-/versions.json", timeout=1).read()
                break
            except OSError:
                if proc.poll() is not None:
                    pytest.fail("ddnews serve exited: " + proc.stdout.read().decode(errors="replace"))
                time.sleep(0.1)
        else:
            pytest.fail("ddnews serve did not start within 10 s")
        yield base
    finally:
        proc.terminate()
        proc.wait(timeout=10)


@pytest.fixture
def server(db_path):
    with _serving(db_path) as base:
        yield base


def chromium(tmp_path, *args: str) -> str:
    cmd = [CHROMIUM, "--headless", "--no-sandbox", "--disable-gpu", "--disable-background-networking",
           "--disable-component-update", "--disable-sync", "--no-first-run", "--disable-dev-shm-usage",
           f"--user-data-dir={tmp_path / 'chromium-profile'}", *args]
    out = subprocess.run(cmd, capture_output=True, timeout=60)
    assert out.returncode == 0, out.stderr.decode(errors="replace")[-2000:]
    return out.stdout.decode("utf-8", errors="replace")


def test_search_without_diacritics_and_see_highlighted_evidence(server, tmp_path):
    # the user types "thanh lap chi bo" (no diacritics) into the search form, which GETs this URL
    dom = chromium(tmp_path, "--dump-dom", f"{server}/-/ddnews/search?q=thanh+lap+chi+bo")
    results = re.findall(r'<a class="ddnews-result-link" href="([^"]+)">([^<]*)</a>', dom)
    assert [htmllib.unescape(t) for _, t in results] == ["Huyện Quỳnh Thử thành lập chi bộ"]
    assert '<mark class="ddnews-hit">thành</mark>' in dom
    # the result opens the article with every fact highlighted
    url = server + htmllib.unescape(results[0][0])
    dom = chromium(tmp_path, "--dump-dom", url)
    marks = re.findall(r'<mark class="ddnews-fact ddnews-(\w+)" data-facts="([^"]+)"[^>]*>([^<]*)</mark>', dom)
    by_fact: dict[str, str] = {}
    for _, ids, text in marks:
        for i in ids.split():
            by_fact[i] = by_fact.get(i, "") + htmllib.unescape(text)
    assert by_fact["claims-4"] == "5 chi bộ mới thành lập"
    assert "Hoàng Xuyên Khổng" in by_fact.values()
    ARTIFACTS.mkdir(exist_ok=True)
    shot = ARTIFACTS / "store_article.png"
    chromium(tmp_path, "--window-size=1200,1400", f"--screenshot={shot}", url)
    assert shot.stat().st_size > 5000


# --- screenshots of what a researcher sees (README images) ---------------------------------------------------
EXAMPLES = Path(__file__).resolve().parents[2] / "examples"
#: To refresh the README's images:
#:   DDNEWS_SCREENSHOTS=docs/img .venv/bin/python -m pytest tests/store/test_browser.py -k screenshots
SHOTS = Path(os.environ["DDNEWS_SCREENSHOTS"]) if os.environ.get("DDNEWS_SCREENSHOTS") else ARTIFACTS


@pytest.fixture
def examples_server(tmp_path, nlp):
    """ddnews serve over the shipped examples, extracted for real."""
    import ddnews
    from ddnews.store import Store

    res = ddnews.extract([str(EXAMPLES)], nlp=nlp)
    db = tmp_path / "examples.db"
    with Store(db) as store:
        store.write(res.records, res.error_records)
    with _serving(db) as base:
        yield base


def _shot(tmp_path, url: str, name: str, size: str = "1280,1000") -> Path:
    SHOTS.mkdir(parents=True, exist_ok=True)
    path = SHOTS / name
    chromium(tmp_path, f"--window-size={size}", "--hide-scrollbars", f"--screenshot={path}", url)
    assert path.stat().st_size > 10_000, path
    return path


def test_screenshots_titles_folded_glossaries_readable_plot(examples_server, tmp_path):
    # a table page: foreign keys show titles (or first lines), never "None <id>"; the glossary is folded
    url = f"{examples_server}/examples/claims?_sort=id"
    dom = chromium(tmp_path, "--dump-dom", url)
    fk = re.findall(r'<td class="col-article_id[^"]*"[^>]*><a href="[^"]+">([^<]+)</a>', dom)
    assert fk and not any(t.startswith("None") for t in fk), fk[:5]
    assert "Xã Pa Tần thành lập chi bộ bản thứ ba" in dom or "Lai Châu" in fk[0]
    assert re.search(r'<details class="ddnews-glossary"><summary>Columns', dom)
    assert '<dl class="column-descriptions">' not in dom
    _shot(tmp_path, url, "table.png", "1280,900")
    # the article page: every fact highlighted, the title as heading
    url = f"{examples_server}/-/ddnews/article/article"
    dom = chromium(tmp_path, "--dump-dom", url)
    assert "Lai Châu: năm 2023 kết nạp 1.215 đảng viên mới" in htmllib.unescape(dom)
    assert dom.count('class="ddnews-fact') >= 8
    _shot(tmp_path, url, "article.png", "1280,1100")
    # the plot page: a wide chart, an HTML legend with one colour per series
    url = f"{examples_server}/-/ddnews/plot?unit=%C4%91%E1%BA%A3ng+vi%C3%AAn&qualifier=m%E1%BB%9Bi"
    dom = chromium(tmp_path, "--dump-dom", url)
    colours = re.findall(r'<span class="swatch" style="background:(#[0-9a-f]+)">', dom)
    assert len(colours) >= 3 and len(colours) == len(set(colours))
    assert dom.count("<circle") >= 8 and 'viewBox="0 0 960 420"' in dom
    _shot(tmp_path, url, "plot.png", "1280,1000")
