"""The pipeline contract: one way to make a Doc, declared data flow, facts that are their spans' own."""
from __future__ import annotations

import filecmp
import json
import subprocess
import sys
import unicodedata
from pathlib import Path

import pytest

import ddnews
from ddnews.errors import PipelineError
from ddnews.facts import FACT_TYPES, RECORD_KINDS, Fact
from ddnews.nlp.attrs import facts_of
from ddnews.nlp.components import write_facts

ROOT = Path(__file__).resolve().parents[2]
MODEL = ROOT / "models" / "ddnews_vi"

TEXT = ("Ngày 2/4/2020, Ban Thường vụ Tỉnh ủy Quảng Nam ban hành Chỉ thị số 31-CT/TU về phòng dịch; "
        "đồng chí Lê Văn Hào, Phó Bí thư Tỉnh uỷ, chủ trì. Xã Tam Hiệp kết nạp 12 đảng viên mới.")


def _facts(rec: dict) -> dict:
    return {k: [{f: v for f, v in fact.items() if f not in ("evidence", "mention_evidence")} for fact in rec[k]]
            for k in RECORD_KINDS}


def _doc_facts(doc) -> dict:
    from ddnews.records import doc_to_record

    return _facts(doc_to_record(doc))


@pytest.mark.parametrize("variant", [
    unicodedata.normalize("NFD", TEXT),
    TEXT.replace(" ", "\u00a0", 5),
    TEXT.replace("Tỉnh ủy", "Tỉnh uỷ").replace("Tỉnh uỷ,", "Tỉnh ủy,"),
], ids=["nfd", "nbsp", "mixed-tone"])
def test_nlp_and_extract_agree_on_messy_input(nlp, variant):
    via_api = _facts(ddnews.extract([variant]).records[0])
    via_nlp = _doc_facts(nlp(variant))
    assert via_api == via_nlp
    assert via_api["documents"] and via_api["documents"][0]["symbol"] == "CT/TU"
    assert via_api == _facts(ddnews.extract([TEXT]).records[0]) or variant != TEXT


def test_readme_span_example(nlp):
    doc = nlp("Ngày 2/4/2020, Ban Thường vụ Tỉnh ủy ban hành Chỉ thị số 31-CT/TU về phòng dịch.")
    assert [(s.label_, s.text, s._.fact["symbol"]) for s in doc.spans["documents"]] == [
        ("DOCUMENT", "Chỉ thị số 31-CT/TU", "CT/TU")]
    assert [s._.fact.label for s in doc.spans["dates"]] == ["DATE"]  # facts over one span never mix


def test_every_span_carries_its_own_fact(nlp, corpus_texts):
    n = 0
    for text in corpus_texts:
        doc = nlp(text)
        for kind in FACT_TYPES:
            for span in doc.spans.get(kind, []):
                fact = span._.fact
                assert isinstance(fact, FACT_TYPES[kind]) and fact.label == span.label_, (kind, span.text)
                assert span.start_char <= fact.start and fact.end <= span.end_char
                assert fact.rule, f"{kind} fact without a rule: {fact}"
                n += 1
    assert n > 400


def test_declared_data_flow_is_complete(nlp):
    problems = nlp.analyze_pipes()["problems"]
    assert all(not p for p in problems.values()), problems


def test_a_misordered_pipeline_is_reported():
    from ddnews.nlp.pipeline import build

    nlp = build(["ddnews_chrome", "ddnews_claims", "ddnews_organizations", "ddnews_locations"])
    problems = nlp.analyze_pipes()["problems"]
    assert "doc._.organizations" in problems["ddnews_claims"]


def test_a_component_reads_only_what_it_declares(nlp):
    """Claims declare organizations and locations: they get those facts and no others."""
    comp = nlp.get_pipe("ddnews_claims")
    assert sorted(comp.reads) == ["locations", "organizations"]
    assert nlp.get_pipe("ddnews_locations").reads == []


def test_commune_links_through_the_province_of_a_body(nlp):
    doc = nlp("Ban Thường vụ Tỉnh ủy Quảng Nam làm việc tại xã Tam Hiệp.")
    (loc,) = facts_of(doc, "locations")
    assert loc["code"] and loc["province"] == "Quảng Nam"
    assert doc._.province == "Quảng Nam"


def test_docs_not_made_by_the_tokenizer_are_refused(nlp):
    from spacy.tokens import Doc

    with pytest.raises(PipelineError, match="E205"):
        nlp(Doc(nlp.vocab, words=["Tỉnh", "ủy"]))


def test_a_kind_is_written_once(nlp):
    doc = nlp("Chỉ thị số 31-CT/TU.")
    with pytest.raises(PipelineError, match="E206"):
        write_facts(doc, "documents", [{"start": 0, "end": 3}], rule="test")


def test_typed_fact_to_dict_and_fields():
    f = FACT_TYPES["claims"]({"start": 1, "end": 5, "value": 3.0, "unit": "hộ", "line": (0, 9)})
    assert isinstance(f, Fact) and f.value == 3.0 and f["unit"] == "hộ"
    assert "line" not in f.to_dict()
    with pytest.raises(AttributeError):
        f.not_a_field  # noqa: B018


def test_model_package_is_the_build_of_the_data(tmp_path):
    sys.path.insert(0, str(ROOT / "scripts"))
    try:
        from build_model import write_model
    finally:
        sys.path.pop(0)
    write_model(tmp_path / "ddnews_vi")
    cmp = filecmp.dircmp(MODEL, tmp_path / "ddnews_vi", ignore=["__pycache__"])

    def diffs(c):
        out = c.left_only + c.right_only + c.diff_files
        return out + [x for sub in c.subdirs.values() for x in diffs(sub)]

    assert not diffs(cmp), f"models/ddnews_vi is stale: run `make model` ({diffs(cmp)})"


def test_spacy_load_in_a_fresh_process():
    code = (f"import json, spacy; nlp = spacy.load({str(MODEL)!r}); "
            "doc = nlp('Thực hiện Nghị quyết số 09-NQ/TU ngày 15/8/2021.');"
            "print(json.dumps([nlp.pipe_names, [s._.fact['symbol'] for s in doc.spans['documents']]]))")
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True, cwd="/")
    names, symbols = json.loads(out.stdout.strip().splitlines()[-1])
    assert names[-3:] == ["ddnews_link", "ddnews_claim_link", "ddnews_facts"] and symbols == ["NQ/TU"]


def test_loaded_model_equals_built_pipeline(nlp):
    from ddnews.nlp.pipeline import load

    loaded = load(MODEL)
    assert loaded.pipe_names == nlp.pipe_names
    assert _doc_facts(loaded(TEXT)) == _doc_facts(nlp(TEXT))


def test_threads_share_a_pipeline_safely(nlp, corpus_texts):
    """Components keep no per-article state on a shared object: threads give the sequential results."""
    from concurrent.futures import ThreadPoolExecutor

    texts = corpus_texts[:8] * 3
    expected = [_doc_facts(nlp(t)) for t in texts]
    with ThreadPoolExecutor(max_workers=4) as pool:
        got = list(pool.map(lambda t: _doc_facts(nlp(t)), texts))
    assert got == expected
