"""Loading: every input ends as an Article or an ErrorRecord that says why."""
import io
import json

import pandas as pd
import pytest

from ddnews.loading.files import load_articles, split_header
from ddnews.types import Article, ErrorRecord

BODY = "Ngày 5/3/2021, Huyện ủy ban hành Kế hoạch số 12-KH/HU."


def test_txt_with_header(tmp_path):
    p = tmp_path / "a1.txt"
    p.write_text(f"# url: http://example.vn/a1\n# title: Tiêu đề\n# published: 2021-03-06\n\n{BODY}", encoding="utf-8")
    (a,) = load_articles([p])
    assert isinstance(a, Article)
    assert (a.id, a.url, a.title, a.published, a.text) == ("a1", "http://example.vn/a1", "Tiêu đề", "2021-03-06", BODY)
    assert len(a.content_hash) == 64


def test_txt_without_header_keeps_text_exactly(tmp_path):
    p = tmp_path / "a2.txt"
    raw = "# Không phải header vì có dấu cách sau dấu thăng\n" + BODY
    p.write_text(raw, encoding="utf-8")
    (a,) = load_articles([p])
    assert a.text == raw


def test_jsonl_csv_parquet_and_folder(tmp_path):
    (tmp_path / "x.jsonl").write_text(json.dumps({"id": "j1", "text": BODY, "published": "2021-03-06"}, ensure_ascii=False)
                                      + "\n\n" + json.dumps({"text": BODY}, ensure_ascii=False) + "\n", encoding="utf-8")
    pd.DataFrame({"id": ["c1"], "text": [BODY]}).to_csv(tmp_path / "y.csv", index=False)
    pd.DataFrame({"text": [BODY, BODY]}).to_parquet(tmp_path / "z.parquet")
    ids = [a.id for a in load_articles([tmp_path])]
    assert ids == ["j1", "x:3", "c1", "z:1", "z:2"]


# fmt: off
@pytest.mark.parametrize("name, content, code", [
    ("bad.txt", b"\xff\xfe\x00abc", "E004"),              # not UTF-8
    ("empty.txt", b"   \n", "E009"),                      # nothing to extract
    ("broken.jsonl", b'{"text": "ok"\n', "E005"),          # invalid JSON line
    ("notext.jsonl", b'{"id": "n1", "body": "x"}\n', "E006"),
    ("cols.csv", b"body\nabc\n", "E008"),                  # no text column
    ("page.html", b"<html><body></body></html>", "E007"), # no article text
    ("data.xml", b"<x/>", "E003"),                         # unsupported type
])
def test_bad_inputs_become_error_rows(tmp_path, name, content, code):
    p = tmp_path / name
    p.write_bytes(content)
    (err,) = list(load_articles([p]))
    assert isinstance(err, ErrorRecord) and err.code == code and err.message
# fmt: on


def test_missing_path_and_raw_text_and_stdin():
    items = list(load_articles(["/no/such/file.txt", BODY + "\nDòng hai."]))
    assert isinstance(items[0], ErrorRecord) and items[0].code == "E002"
    assert isinstance(items[1], Article) and items[1].id == "text:1"
    (a,) = load_articles(["-"], stdin=io.StringIO(BODY))
    assert a.id == "stdin" and a.text == BODY


def test_html_page_via_trafilatura():
    from pathlib import Path

    page = Path(__file__).resolve().parents[3] / "shared" / "html-pages" / "nld-sai-sot-ho-kinh-doanh-quy-dinh-thue-moi.html"
    if not page.exists():
        pytest.skip("shared html fixtures not present")
    (a,) = load_articles([page])
    assert isinstance(a, Article)
    assert "Nghị định 68/2026/NĐ-CP" in a.text
    assert a.published == "2026-03-07"


def test_split_header_crlf():
    meta, body = split_header("# title: T\r\n# published: unknown\r\n\r\nBody")
    assert meta == {"title": "T", "published": "unknown"} and body == "Body"
