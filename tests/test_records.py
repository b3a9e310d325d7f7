"""Every fact's evidence is the slice [start:end] of the article as the user gave it (file on disk or string).

The expected evidence is recomputed independently of the record: from the bytes read back from disk (header
lines cut by this module's own reading of the ``# key: value`` convention), or from the raw string passed in,
never from the record's own ``text``.
"""
import re
import unicodedata
from pathlib import Path

import ddnews
from ddnews.api import iter_records

ROOT = Path(__file__).resolve().parents[1]
CORPUS = ROOT / "corpus"
_HEADER_LINE = re.compile(r"#\s?\w+:")


def _facts(rec):
    for key in ("documents", "named_documents", "dates", "officials", "organizations", "locations", "claims"):
        for f in rec.get(key) or []:
            yield key, f


def body_of_file(path: Path) -> str:
    """The article text of a .txt file as written on disk: after the leading ``# key: value`` lines and the
    blank line that ends them (a UTF-8 BOM is not text)."""
    raw = path.read_bytes().decode("utf-8-sig")
    lines = raw.splitlines(keepends=True)
    n = 0
    while n < len(lines) and _HEADER_LINE.match(lines[n]):
        n += 1
    if n and n < len(lines) and not lines[n].strip(" \t\r\n"):
        n += 1
    return "".join(lines[n:])


def check_offsets(rec, original: str):
    """Every evidence (facts, mentions, published date) equals ``original[start:end]``; the count of facts."""
    n = 0
    for key, f in _facts(rec):
        assert original[f["start"]:f["end"]] == f["evidence"], (rec["id"], key, f)
        for (s, e), ev in zip(f.get("mentions") or [], f.get("mention_evidence") or [], strict=True):
            assert original[s:e] == ev, (rec["id"], key, (s, e), ev)
        n += 1
    if rec.get("published_evidence"):
        p = rec["published_evidence"]
        assert original[p["start"]:p["end"]] == p["evidence"], (rec["id"], p)
    return n


def test_every_corpus_fact_points_at_its_evidence_in_the_file_on_disk(corpus_records):
    assert len(corpus_records) == 29 and not [r for r in corpus_records if r.get("error")]
    total = 0
    for rec in corpus_records:
        original = body_of_file(CORPUS / f"{rec['id']}.txt")
        assert rec["text"] == original, f"{rec['id']}: the record's text is not the file's text"
        total += check_offsets(rec, original)
    assert total > 80


def test_offsets_index_a_messy_file_as_written(tmp_path):
    """BOM, CRLF header lines, NFD letters, no-break and zero-width spaces: evidence is the file's own characters."""
    body = unicodedata.normalize("NFD", "Ngày 20/11/2019, Tỉnh uỷ\u00a0sơ kết Nghị quyết số 04 - NQ/TU\u200b ngày 23/5/2016.\r\n"  # noqa: E501
                                        "Kết nạp 125\u00a0đảng viên mới.\r\n")
    path = tmp_path / "messy.txt"
    path.write_bytes(b"\xef\xbb\xbf" + ("# url: http://example.test/a\r\n# title: T\r\n\r\n" + body).encode("utf-8"))
    rec = next(iter_records([path]))
    assert body_of_file(path) == body
    assert check_offsets(rec, body) >= 3
    assert {d["value"] for d in rec["dates"]} >= {"2019-11-20", "2016-05-23"}


def test_offsets_index_the_raw_string_for_nfd_and_odd_spaces():
    raw = unicodedata.normalize("NFD", "Thực hiện Nghị quyết số 04 - NQ/TU,\u00a0ngày 23/5/2016 của Tỉnh uỷ\u200b; ngày 20/11/2019.")  # noqa: E501
    given = raw + "\n"
    rec = ddnews.extract([given]).records[0]
    assert check_offsets(rec, given) >= 2
    doc = rec["documents"][0]
    assert unicodedata.normalize("NFC", doc["evidence"]).startswith("Nghị quyết số 04 - NQ/TU")
    assert doc["symbol"] == "NQ/TU"


def test_dataframes_have_offsets_and_evidence():
    res = ddnews.extract(["Ngày 20/11/2019, Tỉnh ủy sơ kết Nghị quyết số 04-NQ/TU ngày 23/5/2016."])
    df = res.documents
    assert list(df.columns[:4]) == ["article_id", "start", "end", "evidence"]
    assert df.loc[0, "date"] == "2016-05-23"
    assert set(res.dates["value"]) == {"2019-11-20", "2016-05-23"}
