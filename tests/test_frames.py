"""Typed tables: one declared schema for every output (DataFrame, Parquet, CSV, SQLite), and reading back.

Every frame has exactly the declared dtypes; every output format loaded into pandas has them too;
``ddnews.read`` of a store, a table folder or a JSONL file gives the very frames ``ddnews.extract`` gave.
"""
from __future__ import annotations

import json
import sqlite3
from pathlib import Path

import pandas as pd
import pytest

import ddnews
from ddnews.frames import JSON_TYPES, SCHEMA, TABLES, ExtractResult, csv_dtypes, dtypes
from ddnews.store import Store

ROOT = Path(__file__).resolve().parents[1]
EXAMPLES = ROOT / "examples"


@pytest.fixture(scope="module")
def result(nlp):
    """The shipped examples plus the bundled corpus texts, extracted once."""
    return ddnews.extract([str(EXAMPLES), str(ROOT / "corpus" / "*.txt")], nlp=nlp)


@pytest.fixture(scope="module")
def outputs(result, tmp_path_factory):
    """The result written in every format: a store, CSV and Parquet folders, a JSONL file."""
    base = tmp_path_factory.mktemp("outputs")
    with Store(base / "facts.db") as store:
        store.write(result.records, result.error_records)
    for fmt in ("csv", "parquet"):
        result.to_tables(base / fmt, fmt)
    result.to_jsonl(base / "facts.jsonl")
    return base


def assert_declared(df: pd.DataFrame, table: str, lists_as=list) -> None:
    """Columns and dtypes exactly as declared; nested columns hold lists/dicts."""
    assert list(df.columns) == list(SCHEMA[table]), f"{table}: undeclared or missing columns"
    for col, typ in SCHEMA[table].items():
        assert str(df[col].dtype) == dtypes(table)[col], f"{table}.{col}: {df[col].dtype}"
        if typ in JSON_TYPES:
            values = [v for v in df[col] if v is not None]
            want = dict if typ == "successor" else lists_as
            assert all(isinstance(v, want) for v in values), f"{table}.{col}"


def test_every_frame_has_the_declared_schema(result):
    assert len(result.articles) >= 30 and len(result.claims) > 100
    for name, df in result.tables().items():
        assert_declared(df, name)
    # the examples: ids and codes are strings, counts nullable integers, text in the articles table
    assert result.locations["code"].dropna().str.match(r"^\d+$").all()
    assert any(c.startswith("0") for c in result.locations["code"].dropna())
    assert str(result.documents["n_mentions"].dtype) == str(result.articles["claims_count"].dtype) == "Int64"
    art = result.articles.set_index("id")
    claim = result.claims.iloc[0]
    assert art.loc[claim["article_id"], "text"][claim["start"]:claim["end"]] == claim["evidence"]
    assert isinstance(result.officials["titles"].iloc[0], list)
    assert all(isinstance(m, list) and len(m) == 2 for m in result.documents["mentions"].iloc[0])


def test_the_corpus_has_no_undeclared_fact_field(corpus_records):
    res = ExtractResult(corpus_records)
    for name in TABLES:
        extra = [c for c in res.table(name).columns if c not in SCHEMA[name]]
        assert not extra, f"{name}: declare {extra} in ddnews.frames.SCHEMA"


def test_parquet_into_pandas_has_the_declared_dtypes(outputs, result):
    for name in TABLES:
        df = pd.read_parquet(outputs / "parquet" / f"{name}.parquet")
        assert list(df.columns) == list(SCHEMA[name])
        assert {c: str(t) for c, t in df.dtypes.items()} == dtypes(name), name
        pd.testing.assert_frame_equal(df.drop(columns=[c for c, t in SCHEMA[name].items() if t in JSON_TYPES]),
                                      result.table(name).drop(columns=[c for c, t in SCHEMA[name].items()
                                                                       if t in JSON_TYPES]))
    # nested columns are real list and struct columns, not JSON text
    import pyarrow.parquet as pq

    schema = pq.read_schema(outputs / "parquet" / "officials.parquet")
    assert str(schema.field("titles").type) == "list<element: string>"
    assert str(pq.read_schema(outputs / "parquet" / "locations.parquet").field("successor").type).startswith("struct")


def test_csv_into_pandas_with_the_declared_dtypes(outputs, result):
    for name in TABLES:
        df = pd.read_csv(outputs / "csv" / f"{name}.csv", dtype=csv_dtypes(name), keep_default_na=False,
                         na_values=[""])
        assert {c: str(t) for c, t in df.dtypes.items()} == csv_dtypes(name), name
        for col, typ in SCHEMA[name].items():
            if typ in JSON_TYPES:  # nested values are JSON text in CSV
                got = [None if pd.isna(v) else json.loads(v) for v in df[col]]
                want = [v for v in result.table(name)[col]]
                assert got == [w if w is not None else None for w in want], f"{name}.{col}"
            else:
                pd.testing.assert_series_equal(df[col], result.table(name)[col], check_names=False)
    codes = pd.read_csv(outputs / "csv" / "locations.csv", dtype=csv_dtypes("locations"))["code"].dropna()
    assert any(c.startswith("0") for c in codes), "leading zeros of codes survive CSV"


def test_sqlite_stores_lists_as_json(outputs):
    conn = sqlite3.connect(outputs / "facts.db")
    titles, mentions = conn.execute("select titles, mentions from officials limit 1").fetchone()
    assert isinstance(json.loads(titles), list) and isinstance(json.loads(mentions), list)
    (succ,) = conn.execute("select successor from locations where successor is not null limit 1").fetchone()
    assert set(json.loads(succ)) <= {"province", "ward"}


@pytest.mark.parametrize("source", ["facts.db", "csv", "parquet", "facts.jsonl"])
def test_read_round_trips_to_the_same_frames(outputs, result, source):
    back = ddnews.read(outputs / source)
    for name, df in result.tables().items():
        pd.testing.assert_frame_equal(back.table(name), df, obj=f"{source}: {name}")
    assert repr(back) == repr(result)


def test_read_back_records_write_the_same_tables(outputs, result, tmp_path):
    back = ddnews.read(outputs / "parquet")
    again = ExtractResult(back.records + back.error_records)
    for name, df in result.tables().items():
        pd.testing.assert_frame_equal(again.table(name), df, obj=name)


def test_read_filters_a_store(outputs, result):
    sub = ddnews.read(outputs / "facts.db", kinds=["claims"], province="lai chau", year=2022)
    assert set(sub.articles["province"]) == {"Lai Châu"} and len(sub.articles) == 1
    assert len(sub.documents) == 0 and len(sub.claims) == sub.articles["claims_count"].sum()
    cited = ddnews.read(outputs / "facts.db", document="05-NQ/TU")
    assert {"lc-2021", "lc-2022", "article"} <= set(cited.articles["id"])
    with pytest.raises(ValueError, match="unknown fact kind"):
        ddnews.read(outputs / "facts.db", kinds=["claim"])


def test_an_empty_result_still_has_every_column():
    res = ExtractResult([])
    for name, df in res.tables().items():
        assert_declared(df, name)
        assert len(df) == 0
