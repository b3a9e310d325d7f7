"""Lint every data file of the packaged pipeline, check bad files fail loudly, and the package is reproducible."""
import json
import unicodedata
from pathlib import Path

import pytest

from ddnews.errors import DataFileError
from ddnews.lexicon import load_tsv, parse_jsonl_patterns, parse_tsv
from ddnews.text.normalize import OLD_TONE_RE

ROOT = Path(__file__).resolve().parents[1]
MODEL = ROOT / "models" / "ddnews_vi"
DATA_FILES = sorted(p for p in MODEL.rglob("*") if p.suffix in (".tsv", ".jsonl"))


@pytest.mark.parametrize("path", DATA_FILES, ids=lambda p: str(p.relative_to(MODEL)))
def test_data_file_is_clean(path):
    text = path.read_text(encoding="utf-8")
    lines = text.splitlines()
    assert lines and lines[0].lstrip().startswith(("#", "//")), "first line must say what the file is for"
    assert unicodedata.is_normalized("NFC", text), "not NFC"
    if path.suffix == ".tsv":
        rows = load_tsv(path) if path.name != "symbol_kinds.tsv" else load_tsv(path, key=("abbr", "separator"))
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


def test_model_package_matches_a_fresh_build(tmp_path):
    """models/ddnews_vi/config.cfg and meta.json are what scripts/build_model.py writes today."""
    import subprocess
    import sys

    subprocess.run([sys.executable, str(ROOT / "scripts" / "build_model.py"), str(tmp_path / "m")], check=True,
                   capture_output=True)
    assert (tmp_path / "m" / "config.cfg").read_text() == (MODEL / "config.cfg").read_text()
    fresh = json.loads((tmp_path / "m" / "meta.json").read_text())
    shipped = json.loads((MODEL / "meta.json").read_text())
    assert fresh["pipeline"] == shipped["pipeline"] and fresh["name"] == shipped["name"]
    for comp in shipped["pipeline"]:
        if (MODEL / comp).is_dir():
            for f in (MODEL / comp).iterdir():
                if f.is_file():
                    assert (tmp_path / "m" / comp / f.name).read_bytes() == f.read_bytes()
