"""Lint every data file (src/ddnews/data), check each against its declared schema, and that bad files fail loudly."""
import unicodedata
from pathlib import Path

import pytest

from ddnews.errors import DataFileError
from ddnews.lexicon import load_tsv, parse_jsonl_patterns, parse_tsv
from ddnews.text.normalize import OLD_TONE_RE

ROOT = Path(__file__).resolve().parents[1]
DATA = ROOT / "src" / "ddnews" / "data"
DATA_FILES = sorted(p for p in DATA.rglob("*") if p.suffix in (".tsv", ".jsonl"))


@pytest.mark.parametrize("path", DATA_FILES, ids=lambda p: str(p.relative_to(DATA)))
def test_data_file_is_clean(path):
    text = path.read_text(encoding="utf-8")
    lines = text.splitlines()
    assert lines and lines[0].lstrip().startswith(("#", "//")), "first line must say what the file is for"
    assert unicodedata.is_normalized("NFC", text), "not NFC"
    if path.suffix == ".tsv":
        rows = load_tsv(path)  # checked against its declared schema
        assert rows, "no entries"
        for row in rows:
            for value in row.values():
                assert not OLD_TONE_RE.search(value.lower()), f"old-style tone placement in {value!r}"
    else:
        assert parse_jsonl_patterns(text, path)


# fmt: off
@pytest.mark.parametrize("content, message", [
    ("# kinds\nword\tkind\nnghị quyết\tNghị quyết\nnghị quyết\tNghị quyết\n", "duplicate entry"),
    ("# kinds\nword\tkind\nnghị quyết\tNghị quyết\tthừa\n", "3 columns, header has 2"),
    ("# kinds\n", "no header row"),
    ("# kinds\nword\n" + unicodedata.normalize("NFD", "nghị quyết") + "\n", "not NFC"),
])
def test_bad_tsv_names_file_line_and_rule(content, message):
    with pytest.raises(DataFileError) as err:
        parse_tsv(content, "bad/kinds.tsv")
    assert "bad/kinds.tsv:" in str(err.value) and message in str(err.value)


@pytest.mark.parametrize("content, message", [
    ('{"label": "X", "id": "a", "pattern": "(unclosed"}', "does not compile"),
    ('{"label": "X", "pattern": "a"}', "missing keys"),
    ('{"label": "X", "id": "a", "pattern": "a"}\n{"label": "X", "id": "a", "pattern": "b"}', "duplicate pattern id"),
    ("{not json", "invalid JSON"),
])
def test_bad_patterns_name_file_line_and_rule(content, message):
    with pytest.raises(DataFileError) as err:
        parse_jsonl_patterns(content, "bad/patterns.jsonl")
    assert "bad/patterns.jsonl:" in str(err.value) and message in str(err.value)
# fmt: on


def test_every_data_file_has_a_schema_and_every_schema_a_file():
    import tomllib

    declared = set(tomllib.loads((DATA / "schemas.toml").read_text(encoding="utf-8")))
    present = {p.relative_to(DATA).as_posix() for p in DATA_FILES}
    assert declared == present


# fmt: off
@pytest.mark.parametrize("content, message", [
    ("# units\nunit\tgroup\nđảng viên\tmembr\n", "'membr' is not an allowed group"),
    ("# units\nunit\tkind\nđảng viên\tmember\n", "is not the declared columns"),
])
# fmt: on
def test_a_file_breaking_its_schema_names_file_line_and_rule(tmp_path, content, message):
    bad = tmp_path / "claims" / "units.tsv"
    bad.parent.mkdir()
    bad.write_text(content, encoding="utf-8")
    with pytest.raises(DataFileError) as err:
        load_tsv(bad)
    assert f"{bad}:3" in str(err.value) or f"{bad}:2" in str(err.value)
    assert message in str(err.value)


def test_a_file_without_a_schema_fails(tmp_path):
    stray = tmp_path / "claims" / "stray.tsv"
    stray.parent.mkdir()
    stray.write_text("# x\nword\nmột\n", encoding="utf-8")
    with pytest.raises(DataFileError, match="no schema declared for 'claims/stray.tsv'"):
        load_tsv(stray)
