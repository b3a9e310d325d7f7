"""Every fact in the output satisfies text[start:end] == evidence, for the corpus and for messy input."""
import unicodedata

import ddnews


def _facts(rec):
    for key in ("documents", "named_documents", "dates", "officials", "organizations", "locations", "claims"):
        for f in rec.get(key) or []:
            yield key, f


def check_offsets(rec):
    text = rec["text"]
    n = 0
    for key, f in _facts(rec):
        assert text[f["start"]:f["end"]] == f["evidence"], (rec["id"], key, f)
        for (s, e), ev in zip(f.get("mentions") or [], f.get("mention_evidence") or []):
            assert text[s:e] == ev
        n += 1
    if rec.get("published_evidence"):
        p = rec["published_evidence"]
        assert text[p["start"]:p["end"]] == p["evidence"]
    return n


def test_every_corpus_fact_points_at_its_evidence(corpus_records):
    assert len(corpus_records) == 29 and not [r for r in corpus_records if r.get("error")]
    assert sum(check_offsets(r) for r in corpus_records) > 80


def test_offsets_index_the_text_as_loaded_for_nfd_and_odd_spaces():
    raw = unicodedata.normalize("NFD", "Thực hiện Nghị quyết số 04 - NQ/TU,\u00a0ngày 23/5/2016 của Tỉnh uỷ\u200b; ngày 20/11/2019.")
    rec = ddnews.extract([raw + "\n"]).records[0]
    assert check_offsets(rec) >= 2
    doc = rec["documents"][0]
    assert unicodedata.normalize("NFC", doc["evidence"]).startswith("Nghị quyết số 04 - NQ/TU")
    assert doc["symbol"] == "NQ/TU"


def test_dataframes_have_offsets_and_evidence():
    res = ddnews.extract(["Ngày 20/11/2019, Tỉnh ủy sơ kết Nghị quyết số 04-NQ/TU ngày 23/5/2016."])
    df = res.documents
    assert list(df.columns[:4]) == ["article_id", "start", "end", "evidence"]
    assert df.loc[0, "date"] == "2016-05-23"
    assert set(res.dates["value"]) == {"2019-11-20", "2016-05-23"}
