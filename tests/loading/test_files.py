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
    rows = [json.dumps({"id": "j1", "text": BODY, "published": "2021-03-06"}, ensure_ascii=False), "",
            json.dumps({"text": BODY}, ensure_ascii=False)]
    (tmp_path / "x.jsonl").write_text("\n".join(rows) + "\n", encoding="utf-8")
    pd.DataFrame({"id": ["c1"], "text": [BODY]}).to_csv(tmp_path / "y.csv", index=False)
    pd.DataFrame({"text": [BODY, BODY]}).to_parquet(tmp_path / "z.parquet")
    ids = [a.id for a in load_articles([tmp_path])]
    assert ids == ["j1", "x:3", "c1", "z:1", "z:2"]


# fmt: off
@pytest.mark.parametrize("name, content, code", [
    ("bad.txt", b"\xff\xfe\x00", "E004"),                 # a UTF-16 mark, then half a character
    ("empty.txt", b"   \n", "E009"),                      # nothing to extract
    ("broken.jsonl", b'{"text": "ok"\n', "E005"),          # invalid JSON line
    ("nothing.jsonl", b"\n\n", "E009"),                   # an empty file is said, not skipped
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
    items = list(load_articles(["/no/such/file.txt", BODY + "\nDòng hai.", "Toàn tỉnh kết nạp 2.415 đảng viên"]))
    assert isinstance(items[0], ErrorRecord) and items[0].code == "E002"
    assert isinstance(items[1], Article) and items[1].id.startswith("text-")
    assert isinstance(items[2], Article) and items[2].text == "Toàn tỉnh kết nạp 2.415 đảng viên"
    (a,) = load_articles(["-"], stdin=io.StringIO("\ufeff" + BODY))
    assert a.id.startswith("text-") and a.text == BODY


def test_long_raw_text_is_an_article_not_a_path():
    long = "Tỉnh ủy tổ chức hội nghị. " * 400
    (a,) = load_articles([long])
    assert isinstance(a, Article) and a.text == long


def test_cli_mode_never_takes_a_mistyped_path_for_text():
    (err,) = load_articles(["bai viet moi"], allow_text=False)
    assert isinstance(err, ErrorRecord) and err.code == "E002"


def test_stdin_bytes_with_bom_and_bad_encoding():
    class Stream:
        def __init__(self, data):
            self.buffer = io.BytesIO(data)

    (a,) = load_articles(["-"], stdin=Stream(b"\xef\xbb\xbf# published: 2021-03-06\n\n" + BODY.encode()))
    assert a.published == "2021-03-06" and a.text == BODY
    (err,) = load_articles(["-"], stdin=Stream(b"\xff\xfe broken"))
    assert isinstance(err, ErrorRecord) and err.code == "E004"


def test_duplicate_ids_are_kept_apart(tmp_path):
    for sub in ("a", "b"):
        (tmp_path / sub).mkdir()
        (tmp_path / sub / "x.txt").write_text(BODY + sub, encoding="utf-8")
    ids = [a.id for a in load_articles([tmp_path])]
    assert len(ids) == 2 and len(set(ids)) == 2 and ids[0] == "x" and ids[1].startswith("x~")


def test_jsonl_keeps_unicode_line_separators_inside_strings(tmp_path):
    p = tmp_path / "u.jsonl"
    p.write_text(json.dumps({"id": "u1", "text": "Dòng một\u2028dòng hai\u0085ba"}, ensure_ascii=False) + "\n",
                 encoding="utf-8")
    (a,) = load_articles([p])
    assert isinstance(a, Article) and "\u2028" in a.text


def test_empty_glob_and_invalid_header_date(tmp_path):
    (err,) = load_articles([str(tmp_path / "nomatch*.txt")])
    assert isinstance(err, ErrorRecord) and err.code == "E012"
    (tmp_path / "h.txt").write_text("# published: 2019-13-45\n\n" + BODY, encoding="utf-8")
    from ddnews.loading.files import header_date

    (a,) = load_articles([tmp_path / "h.txt"])
    assert header_date(a.published) is None


def test_html_page_via_trafilatura():
    from pathlib import Path

    pages = Path(__file__).resolve().parents[3] / "shared" / "html-pages"
    page = pages / "nld-sai-sot-ho-kinh-doanh-quy-dinh-thue-moi.html"
    if not page.exists():
        pytest.skip("shared html fixtures not present")
    (a,) = load_articles([page])
    assert isinstance(a, Article)
    assert "Nghị định 68/2026/NĐ-CP" in a.text
    assert a.published == "2026-03-07"


def test_split_header_crlf():
    meta, body = split_header("# title: T\r\n# published: unknown\r\n\r\nBody")
    assert meta == {"title": "T", "published": "unknown"} and body == "Body"
