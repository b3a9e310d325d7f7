"""End to end in real headless Chromium: serve a store, search without diacritics, see the evidence.

Skipped only when no chromium binary exists (CI installs it with scripts/ci_system_deps.sh). The
screenshot of the article page is kept in tests/artifacts/ (git-ignored).
"""
from __future__ import annotations

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


@pytest.fixture
def server(db_path):
    port = _free_port()
    proc = subprocess.Popen([sys.executable, "-m", "ddnews", "serve", str(db_path), "--port", str(port)],
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
