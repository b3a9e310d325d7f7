"""The bad-input suite: every kind of dirty input through the real command, counted in and out.

One folder holds a file of every kind a real corpus has (legacy encodings, mojibake, HTML and JSON under the
wrong name, binary files, PDFs with and without a text layer, an encrypted PDF, Word files old and new, Excel
CSV, terminal colours, empty files); ``ddnews extract`` must give exactly one record or error row per input
unit, with no traceback on stderr.
"""
import json
import subprocess
import sys

import pytest

from loading.builders import make_docx, make_pdf, to_cp1258

ARTICLE = ("Ngày 2/6/2023, Ban Thường vụ Thành ủy Hòa Khánh ban hành Chỉ thị số 08-CT/TU về công tác dân vận. "
           "Năm 2023, toàn thành phố kết nạp 215 đảng viên mới, đạt 102% kế hoạch.")
PAGE = (f"<!DOCTYPE html><html><head><title>Tin</title></head><body><article><h1>Thành ủy Hòa Khánh</h1>"
        f"<p>{ARTICLE}</p><p>Hội nghị kết thúc trong ngày.</p></article></body></html>")


def cases(font):
    """file name → (bytes, records or error rows expected from it, expected error code or None)."""
    def pdf(**kw):
        import tempfile
        from pathlib import Path

        with tempfile.TemporaryDirectory() as d:
            return make_pdf(Path(d) / "x.pdf", font, **kw).read_bytes()

    def docx():
        import tempfile
        from pathlib import Path

        with tempfile.TemporaryDirectory() as d:
            return make_docx(Path(d) / "x.docx").read_bytes()

    return {
        "utf8.txt": (ARTICLE.encode(), 1, None),
        "utf16_bom.txt": (ARTICLE.encode("utf-16"), 1, None),
        "utf16_nobom.txt": (ARTICLE.encode("utf-16-le"), 1, None),
        "cp1258.txt": (to_cp1258(ARTICLE), 1, None),
        "latin1.txt": ("Résumé du comité: réunion à Hanoï, café et thé.".encode("latin-1"), 1, None),
        "mojibake.txt": (ARTICLE.encode("utf-8").decode("cp1252", errors="ignore").encode("utf-8"), 1, None),
        "ansi.txt": (f"\x1b[1;33m{ARTICLE}\x1b[0m\x07".encode(), 1, None),
        "page_saved_as.txt": (PAGE.encode(), 1, None),
        "json_as.txt": (json.dumps({"text": ARTICLE}).encode(), 1, "E013"),
        "photo_as.txt": (b"\x89PNG\r\n\x1a\n" + bytes(300), 1, "E014"),
        "random.txt": (bytes(range(256)) * 16, 1, "E014"),
        "empty.txt": (b"", 1, "E009"),
        "excel_vi.csv": (("id;text\nr1;\"" + ARTICLE + "\"\nr2;\n").encode("utf-8-sig"), 2, "E006"),
        "rows.jsonl": ((json.dumps({"text": ARTICLE}) + "\n{broken\n").encode("utf-16"), 2, "E005"),
        "resolution.pdf": (pdf(), 1, None),
        "scan.pdf": (pdf(scanned=True), 1, "E015"),
        "locked.pdf": (pdf(encrypt="mat-khau"), 1, "E016"),
        "truncated.pdf": (b"%PDF-1.7\n1 0 obj <<", 1, "E018"),
        "resolution.docx": (docx(), 1, None),
        "old.doc": (b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1" + bytes(512), 1, "E017"),
        "notes.md": (b"# notes", 1, "E003"),
        "page.html": (PAGE.encode("cp1258", errors="ignore"), 1, None),
    }


@pytest.fixture(scope="module")
def run(tmp_path_factory, font):
    root = tmp_path_factory.mktemp("bad")
    folder = root / "inputs"
    (folder / ".git").mkdir(parents=True)
    (folder / ".git" / "config.txt").write_text("not an article", encoding="utf-8")   # skipped, not counted
    (folder / "__MACOSX").mkdir()
    (folder / "__MACOSX" / "._utf8.txt").write_bytes(b"\x00\x05\x16\x07")
    table = cases(font)
    for name, (data, _, _) in table.items():
        (folder / name).write_bytes(data)
    out = root / "out.jsonl"
    res = subprocess.run([sys.executable, "-m", "ddnews", "extract", "inputs", "-o", str(out), "--no-progress"],
                         cwd=root, capture_output=True, text=True, timeout=600)
    records = [json.loads(line) for line in out.read_text(encoding="utf-8").splitlines()]
    return table, res, records


def test_inputs_in_equal_records_and_error_rows_out(run):
    table, res, records = run
    assert len(records) == sum(n for _, n, _ in table.values())
    assert res.returncode == 1                                # some inputs failed, and the run went on
    assert "Traceback" not in res.stderr and "unexpected error" not in res.stderr
    n_errors = sum(1 for r in records if r.get("error"))
    assert f"{len(records) - n_errors} articles, {n_errors} errors" in res.stderr


def test_each_input_ends_as_expected(run):
    table, _, records = run
    by_file: dict[str, list[dict]] = {}
    for r in records:
        name = r["source"].split("/")[-1].split(":")[0]
        by_file.setdefault(name, []).append(r)
    assert set(by_file) == set(table)
    for name, (_, n, code) in table.items():
        got = by_file[name]
        codes = [r["error"]["code"] for r in got if r.get("error")]
        if code is None:
            assert not codes, (name, got)
        else:
            assert code in codes, (name, got)
        assert len(got) == n, name
    for name in ("utf8.txt", "utf16_bom.txt", "utf16_nobom.txt", "cp1258.txt", "mojibake.txt", "ansi.txt",
                 "resolution.pdf", "resolution.docx"):
        (rec,) = by_file[name]
        assert any(d["symbol"] in ("CT/TU", "NQ/TU") for d in rec["documents"]), name
        for kind in ("documents", "dates", "claims", "organizations"):
            for f in rec[kind]:
                assert rec["text"][f["start"]:f["end"]] == f["evidence"], (name, kind, f)


def test_html_saved_as_txt_yields_no_markup(run):
    _, _, records = run
    (rec,) = [r for r in records if r["source"].endswith("page_saved_as.txt")]
    assert "<p>" not in rec["text"] and "215 đảng viên" in rec["text"]


def test_records_say_encoding_and_repair(run):
    _, _, records = run
    by_name = {r["source"].split("/")[-1]: r for r in records if not r.get("error")}
    if "encoding" not in by_name["utf8.txt"]:
        pytest.xfail("records.py does not copy Article.meta['encoding'/'repaired'] into the record yet")
    assert (by_name["cp1258.txt"]["encoding"], by_name["cp1258.txt"]["repaired"]) == ("cp1258", False)
    assert (by_name["mojibake.txt"]["encoding"], by_name["mojibake.txt"]["repaired"]) == ("utf-8", True)
    assert by_name["utf16_nobom.txt"]["encoding"] == "utf-16-le"


def cli(*args, input=None, cwd=None):
    return subprocess.run([sys.executable, "-m", "ddnews", *map(str, args)], input=input, cwd=cwd,
                          capture_output=True, timeout=300)


def test_stdin_html_and_utf16():
    res = cli("extract", "-", "-q", input=PAGE.encode())
    rec = json.loads(res.stdout.decode().splitlines()[0])
    assert res.returncode == 0 and "<p>" not in rec["text"] and rec["documents"][0]["symbol"] == "CT/TU"
    res = cli("extract", "-", "-q", input=ARTICLE.encode("utf-16"))
    assert res.returncode == 0 and json.loads(res.stdout.decode())["text"] == ARTICLE


def test_empty_argument_is_an_error_not_the_current_folder(tmp_path):
    (tmp_path / "a.txt").write_text(ARTICLE, encoding="utf-8")
    res = cli("extract", "", cwd=tmp_path)
    assert res.returncode == 1 and b"An empty input" in res.stderr and b"Traceback" not in res.stderr
    assert b"0 articles, 1 errors" in res.stderr and json.loads(res.stdout)["error"]["code"] == "E019"


def test_encoding_and_column_options(tmp_path):
    (tmp_path / "a.txt").write_bytes(to_cp1258(ARTICLE))
    res = cli("extract", "a.txt", "--encoding", "windows-1258", "-q", cwd=tmp_path)
    assert res.returncode == 0 and "08-CT/TU" in json.loads(res.stdout.decode())["text"]
    res = cli("extract", "a.txt", "--encoding", "utf-8", cwd=tmp_path)
    assert res.returncode == 1 and b"not valid utf-8" in res.stderr and b"--encoding" in res.stderr
    assert json.loads(res.stdout)["error"]["code"] == "E004"
    res = cli("extract", "a.txt", "--encoding", "klingon", cwd=tmp_path)
    assert res.returncode == 2 and b"unknown encoding" in res.stderr and b"Traceback" not in res.stderr
    (tmp_path / "t.csv").write_text('ma;noi_dung\nb1;"' + ARTICLE + '"\n', encoding="utf-8")
    res = cli("extract", "t.csv", "--text-column", "noi_dung", "--id-column", "ma", "-q", cwd=tmp_path)
    rec = json.loads(res.stdout.decode())
    assert res.returncode == 0 and rec["id"] == "b1" and rec["documents"][0]["number"] == "08"


def test_a_reader_leaving_the_pipe_ends_quietly(tmp_path):
    for i in range(30):
        (tmp_path / f"a{i}.txt").write_text(ARTICLE, encoding="utf-8")
    res = subprocess.run(f"'{sys.executable}' -m ddnews extract . --no-progress | head -c 100", shell=True,
                         cwd=tmp_path, capture_output=True, timeout=300)
    assert len(res.stdout) == 100
    assert b"Traceback" not in res.stderr and b"BrokenPipe" not in res.stderr and b"unexpected" not in res.stderr
