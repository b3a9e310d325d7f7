"""Indicators of the user's own at extraction time: ``ddnews extract --indicators FILE``, ``ddnews.load`` /
``ddnews.extract(…, indicator_files=…)``, the ``ddnews_claim_link`` setting, the store and a bad file.

Every article and indicator here is invented."""
from __future__ import annotations

import json
import sqlite3
from pathlib import Path

import pytest
import spacy
from click.testing import CliRunner

import ddnews
from ddnews.cli import main
from ddnews.errors import DataFileError

HEADER = "id\tlabel_vi\tlabel_en\tunit_kind\tunit\tqualifier\tchange\tcontext\texclude"
TREES = f"# invented: trees planted\n{HEADER}\ntrees_planted\tCây xanh được trồng\tTrees planted\tcount\tcây xanh|cây" \
        "\t*\t*\ttrồng\t\n"
TEXT = "Năm 2024, huyện Yên Sơn trồng mới 1.200 cây xanh trên các tuyến đường."
ARTICLE = f"# title: Yên Sơn trồng cây\n# published: 2024-12-20\n\nYên Sơn trồng cây\n\n{TEXT}\n"


@pytest.fixture
def trees(tmp_path: Path) -> Path:
    path = tmp_path / "trees.tsv"
    path.write_text(TREES, encoding="utf-8")
    return path


@pytest.fixture
def article(tmp_path: Path) -> Path:
    folder = tmp_path / "articles"
    folder.mkdir()
    (folder / "trees.txt").write_text(ARTICLE, encoding="utf-8")
    return folder / "trees.txt"


def _indicators(records) -> list[str | None]:
    return [c["indicator"] for r in records for c in r.get("claims") or [] if c["unit"] == "cây xanh"]


def _doc_indicators(nlp) -> list[str | None]:
    doc = nlp(TEXT)
    return [s._.fact["indicator"] for s in doc.spans["claims"]]


def _run(*args: str):
    return CliRunner().invoke(main, [str(a) for a in args])


# ---------------------------------------------------------------------------------------------- the CLI
def test_extract_with_indicators_gives_the_users_id_in_jsonl(trees, article, tmp_path):
    plain = tmp_path / "plain.jsonl"
    assert _run("extract", article, "-o", plain, "-q").exit_code == 0
    assert _indicators(map(json.loads, plain.read_text(encoding="utf-8").splitlines())) == [None]
    out = tmp_path / "mine.jsonl"
    res = _run("extract", article, "--indicators", trees, "-o", out, "-q")
    assert res.exit_code == 0, res.output
    (rec,) = map(json.loads, out.read_text(encoding="utf-8").splitlines())
    assert _indicators([rec]) == ["trees_planted"]


def test_extract_with_indicators_fills_the_store_and_the_panel_names_them(trees, article, tmp_path):
    db = tmp_path / "facts.db"
    assert _run("extract", article, "--db", db, "-q").exit_code == 0   # first without: the claim has none
    res = _run("extract", article.parent, "--indicators", trees, "--db", db)   # stored articles: extracted again
    assert res.exit_code == 0 and "1 written" in res.output, res.output
    con = sqlite3.connect(db)
    assert con.execute("select label_en, unit_kind from indicators where id = 'trees_planted'").fetchone() == (
        "Trees planted", "count")
    assert con.execute("select indicator from claims where unit = 'cây xanh'").fetchall() == [("trees_planted",)]
    assert con.execute("select count(*) from indicators").fetchone()[0] > 40   # the packaged ones stay
    res = _run("panel", db)
    assert res.exit_code == 0 and "trees_planted" in res.output and "Trees planted" in res.output
    panel = ddnews.panel(db, indicator="trees_planted")
    assert panel[["place", "period_end", "value"]].values.tolist() == [["huyện Yên Sơn", "2024-12-31", 1200.0]]


@pytest.mark.parametrize("fmt", ["csv", "parquet"])
def test_extract_with_indicators_into_tables(trees, article, tmp_path, fmt):
    res = _run("extract", article, "--indicators", trees, "--format", fmt, "-o", tmp_path / "tables", "-q")
    assert res.exit_code == 0, res.output
    assert ddnews.read(tmp_path / "tables").claims["indicator"].tolist() == ["trees_planted"]


def test_a_users_rule_wins_over_the_packaged_ones(tmp_path):
    mine = tmp_path / "mine.tsv"
    mine.write_text(f"{HEADER}\nadmitted_mine\tKết nạp (của tôi)\tAdmitted (mine)\tcount\tđảng viên\t*\tadmit\t*\t\n",
                    encoding="utf-8")
    text = "Năm 2023, Đảng bộ xã Tân Lập kết nạp 8 đảng viên mới."
    assert ddnews.extract([text]).claims["indicator"].tolist() == ["members_admitted"]
    assert ddnews.extract([text], indicator_files=[mine]).claims["indicator"].tolist() == ["admitted_mine"]


def test_the_indicators_file_in_a_scanned_folder_is_no_article(trees, article):
    inside = article.parent / "trees.tsv"
    inside.write_text(trees.read_text(encoding="utf-8"), encoding="utf-8")
    res = _run("extract", article.parent, "--indicators", inside, "-q", "--no-text")
    assert res.exit_code == 0, res.output
    assert [json.loads(line)["id"] for line in res.output.splitlines()] == ["trees"]


def test_a_config_file_may_give_the_indicators(trees, article, tmp_path):
    config = tmp_path / "ddnews.toml"
    config.write_text(f'[extract]\nindicators = ["{trees.as_posix()}"]\n', encoding="utf-8")
    res = _run("extract", article, "--config", config, "-q")
    assert res.exit_code == 0, res.output
    assert _indicators([json.loads(res.output)]) == ["trees_planted"]


def test_help_says_how_with_an_example():
    res = _run("extract", "--help")
    assert "--indicators FILE" in res.output and "trees_planted" in res.output
    assert "ddnews extract corpus/ --indicators examples/indicators.tsv" in res.output


# ---------------------------------------------------------------------------------------------- a bad file
BAD = {
    "unit_kind": (f"{HEADER}\ntrees_planted\tCây\tTrees\tcây\tcây xanh\t*\t*\ttrồng\t\n", 2, "unit_kind"),
    "change": (f"# mine\n{HEADER}\n\ntrees_planted\tCây\tTrees\tcount\tcây xanh\t*\tplant\ttrồng\t\n", 4,
               "change 'plant'"),
    "commas": ("id,label_vi,label_en,unit_kind,unit,qualifier,change,context,exclude\n", 1, "header"),
    "columns": (f"{HEADER}\ntrees_planted\tCây\tTrees\tcount\tcây xanh\t*\t*\ttrồng\t\tthêm\n", 2, "10 columns"),
    "label": (f"{HEADER}\ntrees_planted\t\t\tcount\tcây xanh\t*\t*\ttrồng\t\n", 2, "no label"),
    "empty": ("", 1, "no header row"),
}


@pytest.mark.parametrize("case", sorted(BAD))
def test_a_malformed_file_is_one_clean_line_naming_file_and_line(case, article, tmp_path):
    content, line, reason = BAD[case]
    bad = tmp_path / f"{case}.tsv"
    bad.write_text(content, encoding="utf-8")
    out = tmp_path / "out.jsonl"
    res = _run("extract", article, "--indicators", bad, "-o", out)
    assert res.exit_code == 1 and isinstance(res.exception, SystemExit)
    assert "Traceback" not in res.output
    (message,) = res.output.strip().splitlines()
    assert message.startswith("Error: [E102]") and f"{bad}:{line}:" in message and reason in message, message
    assert "tab-separated" in message and "Fix" in message    # what to do
    assert not out.exists()     # checked before any output is opened


def test_a_file_that_is_not_utf8_or_missing(article, tmp_path):
    bad = tmp_path / "latin.tsv"
    bad.write_bytes(HEADER.encode() + b"\ntrees\tC\xe2y\tTrees\tcount\tc\xe2y\t*\t*\t*\t\n")
    res = _run("extract", article, "--indicators", bad)
    assert res.exit_code == 1 and "not UTF-8" in res.output and str(bad) in res.output
    res = _run("extract", article, "--indicators", tmp_path / "nowhere.tsv")
    assert res.exit_code == 2 and "does not exist" in res.output and "Traceback" not in res.output


def test_the_api_raises_a_data_file_error(tmp_path):
    bad = tmp_path / "bad.tsv"
    bad.write_text(BAD["change"][0], encoding="utf-8")
    with pytest.raises(DataFileError, match=r"bad\.tsv:4: .*change 'plant'"):
        ddnews.load(indicator_files=[bad])
    with pytest.raises(DataFileError, match="E102"):
        ddnews.extract([TEXT], indicator_files=[bad])


# ---------------------------------------------------------------------------------------------- the API
def test_the_python_api_takes_indicator_files(trees):
    res = ddnews.extract([TEXT], indicator_files=[trees])
    assert res.claims.loc[res.claims["unit"] == "cây xanh", "indicator"].tolist() == ["trees_planted"]
    assert _indicators(ddnews.iter_records([TEXT], indicator_files=[str(trees)])) == ["trees_planted"]
    nlp = ddnews.load(indicator_files=[trees])
    assert nlp is ddnews.load(indicator_files=[str(trees)])          # cached per files
    assert nlp.config["components"]["ddnews_claim_link"]["indicator_files"] == [str(trees.absolute())]
    assert _doc_indicators(nlp) == ["trees_planted"]
    assert ddnews.load().config["components"]["ddnews_claim_link"]["indicator_files"] == []
    with pytest.raises(ValueError, match="either nlp or indicator_files"):
        ddnews.extract([TEXT], nlp=nlp, indicator_files=[trees])


def test_an_edited_file_is_read_again(trees):
    first = ddnews.load(indicator_files=[trees])
    trees.write_text(TREES.replace("trees_planted", "trees_new"), encoding="utf-8")
    import os

    os.utime(trees, ns=(1, 1))   # a different modification time, whatever the clock's resolution
    assert _indicators(ddnews.iter_records([TEXT], indicator_files=[trees])) == ["trees_new"]
    assert ddnews.load(indicator_files=[trees]) is not first


def test_the_setting_is_a_spacy_config_value_and_a_package_keeps_its_files(trees, tmp_path):
    nlp = spacy.blank("vi", config={"nlp": {"tokenizer": {"@tokenizers": "ddnews.FastTokenizer.v1"}}})
    for name in ddnews.load().pipe_names:
        nlp.add_pipe(name, config={"indicator_files": [str(trees)]} if name == "ddnews_claim_link" else {})
    assert _doc_indicators(nlp) == ["trees_planted"]
    nlp.to_disk(tmp_path / "pkg", exclude=["vocab"])
    trees.unlink()                                      # the package holds its own copy
    assert (tmp_path / "pkg" / "ddnews_claim_link" / "user" / "00-trees.tsv").is_file()
    loaded = spacy.load(tmp_path / "pkg")
    assert _doc_indicators(loaded) == ["trees_planted"]


def test_a_model_package_takes_the_files_too(trees):
    model = Path(__file__).resolve().parents[1] / "models" / "ddnews_vi"
    assert _doc_indicators(ddnews.load(model, indicator_files=[trees])) == ["trees_planted"]
    assert _doc_indicators(ddnews.load(model)) == [None]


def test_the_store_takes_the_labels_from_the_api(trees, tmp_path):
    db = tmp_path / "facts.db"
    with ddnews.Store(db, indicator_files=[trees]) as store:
        store.write(ddnews.iter_records([TEXT], indicator_files=[trees]))
    panel = ddnews.panel(db, indicator="trees_planted")
    assert panel[["indicator_label", "indicator_label_en", "value"]].values.tolist() == [
        ["Cây xanh được trồng", "Trees planted", 1200.0]]
