"""PDF and Word files become articles whose resolution header survives; what cannot be read says what to do."""
import pytest

from ddnews.loading.files import load_articles
from ddnews.types import Article, ErrorRecord
from loading.builders import BODY, PAGE_TWO, SUBJECT, TITLE, make_docx, make_pdf


@pytest.fixture(scope="module")
def records(tmp_path_factory, nlp, font):
    """Records of the invented resolution as PDF and as Word, each under its own name and under a wrong one."""
    from ddnews.api import iter_records

    d = tmp_path_factory.mktemp("docs")
    paths = [make_pdf(d / "nq12.pdf", font), make_docx(d / "nq12w.docx")]
    (d / "renamed_pdf.txt").write_bytes(paths[0].read_bytes())     # content decides, not the name
    (d / "renamed_docx.bin").write_bytes(paths[1].read_bytes())
    inputs = [*paths, d / "renamed_pdf.txt", d / "renamed_docx.bin"]
    return {r["id"]: r for r in iter_records(inputs, nlp=nlp)}


@pytest.mark.parametrize("rid", ["nq12", "nq12w", "renamed_pdf", "renamed_docx"])
def test_resolution_header_survives_conversion(records, rid):
    rec = records[rid]
    assert not rec.get("error"), rec
    text = rec["text"]
    assert "Số 12-NQ/TU" in text and "ngày 5 tháng 3 năm 2021" in text
    (doc,) = [d for d in rec["documents"] if d["symbol"] == "NQ/TU" and d["number"] == "12"]
    assert doc["date"] == "2021-03-05"
    assert rec["published"] == "2021-03-05"
    assert rec["title"] == TITLE
    for fact in (f for kind in ("documents", "dates", "claims") for f in rec[kind]):
        assert text[fact["start"]:fact["end"]] == fact["evidence"]
    assert any(c["value"] == 2400 and c["unit"] == "đảng viên" for c in rec["claims"])


def test_pages_and_paragraphs_are_kept(tmp_path, font):
    (pdf,) = load_articles([make_pdf(tmp_path / "a.pdf", font)])
    assert isinstance(pdf, Article)
    assert pdf.text.count("\f") == 1 and pdf.text.split("\f")[1].startswith(PAGE_TWO[:20])
    assert (pdf.meta["format"], pdf.meta["pages"], pdf.encoding, pdf.repaired) == ("pdf", 2, None, False)
    (word,) = load_articles([make_docx(tmp_path / "a.docx")])
    lines = word.text.split("\n")
    assert lines[:3] == ["TỈNH ỦY LAM SƠN", "*", "Số 12-NQ/TU"]     # the header table, cell by cell
    assert SUBJECT in lines and BODY[0] in lines
    assert "\f" in word.text and word.text.split("\f")[1].strip() == PAGE_TWO
    assert word.meta["format"] == "docx"


def test_scanned_encrypted_and_old_word_files_say_what_to_do(tmp_path, font):
    make_pdf(tmp_path / "scan.pdf", font, scanned=True)
    make_pdf(tmp_path / "locked.pdf", font, encrypt="mat-khau")
    make_pdf(tmp_path / "open.pdf", font, encrypt="")                  # no user password: opens for anyone
    (tmp_path / "old.doc").write_bytes(b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1" + bytes(600))
    (tmp_path / "cut.pdf").write_bytes((tmp_path / "scan.pdf").read_bytes()[:40])
    (tmp_path / "sheet.docx").write_bytes(_zip({"xl/workbook.xml": "<x/>"}))
    got = {p.stem: a for p in sorted(tmp_path.iterdir()) for a in load_articles([p])}
    assert isinstance(got["open"], Article) and "Số 12-NQ/TU" in got["open"].text
    expected = {"scan": ("E015", "ocrmypdf"), "locked": ("E016", "qpdf --decrypt"),
                "old": ("E017", "--convert-to docx"), "cut": ("E018", "Export it again"), "sheet": ("E014", "xlsx")}
    for stem, (code, advice) in expected.items():
        err = got[stem]
        assert isinstance(err, ErrorRecord) and err.code == code and advice in err.message, (stem, err)


def _zip(files):
    import io
    import zipfile

    buf = io.BytesIO()
    with zipfile.ZipFile(buf, "w") as z:
        for name, content in files.items():
            z.writestr(name, content)
    return buf.getvalue()
