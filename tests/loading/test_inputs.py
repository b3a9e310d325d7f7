"""Content over names, tables as Excel writes them, folders without surprises, texts never taken for paths."""
import io
import json
import os

import pandas as pd
import pytest

from ddnews.loading.files import canonical_source, load_articles, scan_folder, sniff_delimiter
from ddnews.types import Article, ErrorRecord

BODY = "Ngày 9/4/2022, Đảng ủy xã Tân Hòa ban hành Nghị quyết số 03-NQ/ĐU; kết nạp 7 đảng viên mới, đạt 70% chỉ tiêu."
PAGE = ("<!DOCTYPE html><html><head><title>Tin địa phương</title><meta charset='utf-8'></head><body>"
        "<nav><a href='/'>Trang chủ</a></nav><article><h1>Đảng ủy xã Tân Hòa sơ kết</h1>"
        f"<p>{BODY}</p><p>Hội nghị diễn ra trong một buổi sáng.</p></article></body></html>")


# --- content sniffing ---------------------------------------------------------------------------------


def test_html_saved_as_txt_goes_through_the_html_loader(tmp_path):
    (tmp_path / "page.txt").write_text(PAGE, encoding="utf-8")
    (a,) = load_articles([tmp_path / "page.txt"])
    assert isinstance(a, Article)
    assert "<p>" not in a.text and "href" not in a.text and "7 đảng viên" in a.text
    assert a.encoding == "utf-8"


def test_html_as_jsonl_or_raw_text_is_a_page_too(tmp_path):
    (tmp_path / "page.jsonl").write_text(PAGE, encoding="utf-8")
    (a,) = load_articles([tmp_path / "page.jsonl"])
    assert isinstance(a, Article) and "<article>" not in a.text
    (b,) = load_articles(texts=[PAGE])
    assert isinstance(b, Article) and "<article>" not in b.text


def test_json_in_a_txt_file_is_an_error_that_says_so(tmp_path):
    (tmp_path / "rows.txt").write_text(json.dumps({"id": "a", "text": BODY}, ensure_ascii=False), encoding="utf-8")
    (err,) = load_articles([tmp_path / "rows.txt"])
    assert isinstance(err, ErrorRecord) and err.code == "E013" and ".jsonl" in err.message


@pytest.mark.parametrize("data, what", [
    (b"\x89PNG\r\n\x1a\n" + bytes(200), "an image"),
    (b"\x1f\x8b\x08\x00" + bytes(100), "binary data"),
    (bytes(range(256)) * 8, "binary data"),
    (b"{\\rtf1\\ansi Tinh uy}", "Rich Text"),
])
def test_binary_content_is_an_error_row(tmp_path, data, what):
    (tmp_path / "a.txt").write_bytes(data)
    (err,) = load_articles([tmp_path / "a.txt"])
    assert isinstance(err, ErrorRecord) and err.code == "E014" and what in err.message


def test_control_characters_and_escapes_stay_in_the_text_as_loaded(tmp_path):
    raw = "\x1b[1;32mTỉnh ủy\x1b[0m họp\x00 ngày 9/4/2022.\x07"
    (tmp_path / "log.txt").write_text(raw, encoding="utf-8")
    (a,) = load_articles([tmp_path / "log.txt"])
    assert a.text == raw     # dropped by normalisation, with its offset map: offsets index this text


# --- tables --------------------------------------------------------------------------------------------


def test_csv_delimiter_is_sniffed(tmp_path):
    # Excel in a Vietnamese locale: ";" between cells (a cell holding ";" is quoted), UTF-8 with a BOM
    (tmp_path / "excel_vi.csv").write_bytes(('text;id\n"' + BODY + '";r1\n').encode("utf-8-sig"))
    (tmp_path / "tabs.tsv").write_text("id\ttext\nr2\t" + BODY + "\n", encoding="utf-8")
    (tmp_path / "pipes.csv").write_text("id|text\nr3|" + BODY + "\n", encoding="utf-8")
    pd.DataFrame({"id": ["r4"], "text": [BODY]}).to_csv(tmp_path / "commas.csv", index=False)
    arts = list(load_articles([tmp_path / n for n in ("excel_vi.csv", "tabs.tsv", "pipes.csv", "commas.csv")]))
    assert [(a.id, a.text) for a in arts] == [("r1", BODY), ("r2", BODY), ("r3", BODY), ("r4", BODY)]
    assert sniff_delimiter("a,b\n1,2\n") == ","


def test_text_and_id_columns(tmp_path):
    (tmp_path / "t.csv").write_text('ma_bai;noi_dung;ngay\nb1;"' + BODY + '";2022-04-09\n', encoding="utf-8")
    (err,) = load_articles([tmp_path / "t.csv"])
    assert err.code == "E008" and "--text-column" in err.message and "ma_bai, noi_dung, ngay" in err.message
    (a,) = load_articles([tmp_path / "t.csv"], text_column="noi_dung", id_column="ma_bai")
    assert (a.id, a.text, a.meta["ngay"]) == ("b1", BODY, "2022-04-09")
    (tmp_path / "t.jsonl").write_text(json.dumps({"ma_bai": "j1", "noi_dung": BODY}, ensure_ascii=False) + "\n",
                                      encoding="utf-8")
    (j,) = load_articles([tmp_path / "t.jsonl"], text_column="noi_dung", id_column="ma_bai")
    assert (j.id, j.text) == ("j1", BODY)


def test_json_files(tmp_path):
    (tmp_path / "one.json").write_text(json.dumps({"text": BODY, "title": "T"}, ensure_ascii=False), encoding="utf-8")
    (tmp_path / "many.json").write_text(json.dumps([{"id": "m1", "text": BODY}, {"text": BODY + " Hai."}, 3]),
                                        encoding="utf-8")
    (tmp_path / "bad.json").write_text("{not json", encoding="utf-8")
    got = list(load_articles([tmp_path / "one.json", tmp_path / "many.json", tmp_path / "bad.json"]))
    assert [(type(x).__name__, x.id) for x in got] == [
        ("Article", "one"), ("Article", "m1"), ("Article", "many:2"), ("ErrorRecord", "many:3"), ("ErrorRecord", "bad")]
    assert got[0].title == "T"


def test_jsonl_is_streamed_in_bounded_memory(tmp_path):
    import tracemalloc

    path = tmp_path / "big.jsonl"
    line = json.dumps({"text": BODY * 20}, ensure_ascii=False) + "\n"
    n = 8000                                                          # ~20 MB
    with path.open("w", encoding="utf-8") as f:
        for _ in range(n):
            f.write(line)
    tracemalloc.start()
    count = 0
    for a in load_articles([path]):
        count += isinstance(a, Article)
    peak = tracemalloc.get_traced_memory()[1]
    tracemalloc.stop()
    assert count == n
    assert peak < 4_000_000, f"peak {peak / 1e6:.1f} MB for a {path.stat().st_size / 1e6:.0f} MB file"


# --- folders ---------------------------------------------------------------------------------------------


def test_folder_scan_skips_system_folders_and_reports_every_other_file(tmp_path):
    for rel in ("a.txt", "sub/b.txt", ".git/HEAD.txt", "__MACOSX/._a.txt", ".ipynb_checkpoints/a-checkpoint.txt",
                ".venv/lib/x.txt", ".DS_Store", "notes.md", "img.png", "old.doc"):
        p = tmp_path / rel
        p.parent.mkdir(parents=True, exist_ok=True)
        p.write_bytes(BODY.encode() if rel.endswith(".txt") else b"\x89PNG\r\n\x1a\n" if rel.endswith("png") else b"x")
    assert [p.relative_to(tmp_path).as_posix() for p in scan_folder(tmp_path)] == [
        "a.txt", "img.png", "notes.md", "old.doc", "sub/b.txt"]
    got = {x.source.rsplit("/", 1)[-1]: x for x in load_articles([tmp_path])}
    assert isinstance(got["a.txt"], Article) and isinstance(got["b.txt"], Article)
    assert (got["notes.md"].code, got["img.png"].code) == ("E003", "E003")   # never silently dropped
    assert ".ddnewsignore" in got["notes.md"].message
    assert got["old.doc"].code == "E018" and "not a file of that kind" in got["old.doc"].message


def test_ddnewsignore(tmp_path):
    for rel in ("a.txt", "README.md", "gold/a.json", "drafts/x.txt", "keep/drafts.txt"):
        p = tmp_path / rel
        p.parent.mkdir(parents=True, exist_ok=True)
        p.write_text(BODY, encoding="utf-8")
    (tmp_path / ".ddnewsignore").write_text("# not articles\nREADME.md\ngold/\ndrafts/\n", encoding="utf-8")
    assert [p.relative_to(tmp_path).as_posix() for p in scan_folder(tmp_path)] == ["a.txt", "keep/drafts.txt"]


# --- identity and guessing -------------------------------------------------------------------------------


def test_source_does_not_depend_on_how_the_path_was_written(tmp_path, monkeypatch):
    (tmp_path / "corpus").mkdir()
    (tmp_path / "corpus" / "a.txt").write_text(BODY, encoding="utf-8")
    monkeypatch.chdir(tmp_path)
    sources = {a.source for given in ("corpus", "./corpus", str(tmp_path / "corpus"), "corpus/../corpus/a.txt")
               for a in load_articles([given])}
    assert sources == {"corpus/a.txt"}
    assert canonical_source("/elsewhere/x.txt") == "/elsewhere/x.txt"


def test_empty_input_is_an_error_not_the_current_folder(tmp_path, monkeypatch):
    (tmp_path / "x.txt").write_text(BODY, encoding="utf-8")
    monkeypatch.chdir(tmp_path)
    for given in ("", "  "):
        (err,) = load_articles([given])
        assert isinstance(err, ErrorRecord) and err.code == "E019" and "'.'" in err.message
    (err,) = load_articles(paths=[""])
    assert err.code == "E019"


def test_a_sentence_with_glob_characters_is_a_text(tmp_path, monkeypatch):
    monkeypatch.chdir(tmp_path)
    (tmp_path / "x.txt").write_text(BODY, encoding="utf-8")
    sentence = "Kết quả: 100% [đạt] chỉ tiêu?"
    (a,) = load_articles([sentence])
    assert isinstance(a, Article) and a.text == sentence
    (b,) = load_articles(texts=["*.txt"])                   # texts= never reads files
    assert b.text == "*.txt" and b.source == "<text>"
    (c,) = load_articles(paths=["*.txt"])                   # paths= never makes an article of its argument
    assert c.text == BODY
    (d,) = load_articles(paths=["một câu không phải tệp"])
    assert isinstance(d, ErrorRecord) and d.code == "E002"


def test_articles_pass_through(tmp_path):
    art = Article(id="given", text=BODY, source="mine")
    assert list(load_articles([art])) == [art]


def test_every_input_is_counted(tmp_path):
    """Inputs in = articles + error rows out, whatever the inputs are."""
    files = {"a.txt": BODY.encode(), "b.txt": b"", "c.jsonl": (json.dumps({"text": BODY}) + "\n{bad\n").encode(),
             "d.csv": b"body\nx\n", "e.png": b"\x89PNG\r\n\x1a\n", "f.html": PAGE.encode("utf-16")}
    for name, data in files.items():
        (tmp_path / name).write_bytes(data)
    got = list(load_articles([tmp_path, "/no/such/file.txt", "", "-"], stdin=io.StringIO(BODY)))
    expected_units = 1 + 1 + 2 + 1 + 1 + 1 + 1 + 1 + 1     # a, b, c's two lines, d, e, f, missing, empty, stdin
    assert len(got) == expected_units
    assert all(isinstance(x, (Article, ErrorRecord)) for x in got)
    assert sum(isinstance(x, Article) for x in got) == 4     # a, c:1, f, stdin


def test_ids_within_a_run_stay_apart(tmp_path):
    for sub in ("a", "b"):
        os.makedirs(tmp_path / sub)
        (tmp_path / sub / "x.txt").write_text(BODY + sub, encoding="utf-8")
    a, b = load_articles([tmp_path / "a", tmp_path / "b"])
    assert a.id == "x" and b.id.startswith("x~") and a.source != b.source
