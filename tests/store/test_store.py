"""Writing the fact store: schema, linking, idempotence, incremental replacement, atomicity."""
from __future__ import annotations

import copy
import sqlite3

import pytest

from ddnews.errors import OutputError
from ddnews.store import Store, document_key
from ddnews.store.schema import TABLES, VIEWS


def q(path, sql, *args):
    conn = sqlite3.connect(path)
    try:
        return conn.execute(sql, args).fetchall()
    finally:
        conn.close()


def snapshot(path):
    return {t: q(path, f"select * from [{t}] order by 1") for t in TABLES}


def test_schema_tables_views_fks_indexes_wal(db_path):
    names = {r[0] for r in q(db_path, "select name from sqlite_master where type in ('table', 'view')")}
    assert set(TABLES) | set(VIEWS) | {"articles_fts", "facts_fts"} <= names
    assert q(db_path, "pragma journal_mode") == [("wal",)]
    fks = {(r[3], r[2]) for r in q(db_path, "pragma foreign_key_list(document_mentions)")}
    assert fks == {("article_id", "articles"), ("document_id", "documents")}
    titles_fks = {(r[3], r[2]) for r in q(db_path, "pragma foreign_key_list(official_titles)")}
    assert ("official_id", "officials") in titles_fks
    indexed = {r[0] for r in q(db_path, "select ii.name from pragma_index_list('claims') il, "
                                        "pragma_index_info(il.name) ii")}
    assert {"unit_key", "province", "year", "change", "modality", "article_id"} <= indexed
    assert q(db_path, "pragma foreign_key_check") == []


def test_rows_per_kind_and_offsets(db_path, records):
    assert q(db_path, "select count(*) from claims") == [(4,)]
    assert q(db_path, "select count(*) from official_titles") == [(3,)]
    text = q(db_path, "select text from articles where id = 'a1'")[0][0]
    for start, end, evidence in q(db_path, "select start, [end], evidence from facts where article_id = 'a1'"):
        assert text[start:end] == evidence
    # the article's province and year are copied onto claims for fast facets
    assert q(db_path, "select distinct province, year from claims where article_id = 'a2'") == [("Sơn Mẫu", 2021)]
    # unknown fact fields become columns (dicts as JSON)
    assert q(db_path, "select successor from locations where code = '99001'") == [('{"province": "Sơn Mẫu"}',)]
    assert q(db_path, "select id, stage, code from errors") == [("bad1", "load", "E009")]


def test_same_document_in_several_articles_is_one_row(db_path):
    rows = q(db_path, "select label, scope, n_articles, date from documents order by label, scope")
    # the provincial resolution is one row per province; the central directive one row overall
    assert rows == [("Chỉ thị số 28-CT/TW", None, 2, None),
                    ("Nghị quyết số 04-NQ/TU", "Hà Thử", 1, None),
                    ("Nghị quyết số 04-NQ/TU", "Sơn Mẫu", 2, "2016-05-23")]
    cited = q(db_path, "select article_id from document_citations where label = 'Nghị quyết số 04-NQ/TU' "
                       "and scope = 'Sơn Mẫu' order by article_id")
    assert cited == [("a1",), ("a2",)]


def test_citation_from_unknown_province_joins_the_matching_document(db_path, records, make_article, tmp_path):
    body = "Thực hiện Nghị quyết số 04-NQ/TU ngày 23/5/2016, Chỉ thị số 05 được ban hành."
    rec = make_article("a4", "Không rõ tỉnh", "2022-01-01", None, body, {"documents": [
        ("Nghị quyết số 04-NQ/TU ngày 23/5/2016", {"kind": "Nghị quyết", "number": "04", "symbol": "NQ/TU",
                                                  "date": "2016-05-23"})]})
    with Store(db_path) as store:
        store.write([rec])
    sql = "select scope, n_articles from documents where label = 'Nghị quyết số 04-NQ/TU' order by scope"
    assert q(db_path, sql) == [("Hà Thử", 1), ("Sơn Mẫu", 3)]
    # the same when the article of unknown province is stored first
    other = tmp_path / "other.db"
    with Store(other) as store:
        store.write([rec])
        assert q(other, sql) == [(None, 1)]
        store.write(records)
    assert q(other, sql) == [("Hà Thử", 1), ("Sơn Mẫu", 3)]


def test_document_key_normalises_number_and_symbol():
    a = document_key({"kind": "Nghị quyết", "number": "04", "symbol": "NQ/TU"}, "X")[0]
    assert a == document_key({"kind": "Nghị quyết", "number": "4", "symbol": "nq / tu"}, "X")[0]
    assert a != document_key({"kind": "Nghị quyết", "number": "04", "symbol": "NQ/TU"}, "Y")[0]
    assert a != document_key({"kind": "Chỉ thị", "number": "04", "symbol": "NQ/TU"}, "X")[0]


def test_rerun_changes_nothing(db_path, records):
    before = snapshot(db_path)
    with Store(db_path) as store:
        assert store.write(records) == {"written": 0, "unchanged": 3, "errors": 0}
    assert snapshot(db_path) == before


def test_changed_article_replaces_its_facts_only(db_path, records):
    changed = copy.deepcopy(records[1])
    changed["claims"] = []
    changed["documents"] = []
    changed["title"] = "Sửa lại"
    before_a1 = q(db_path, "select * from claims where article_id = 'a1'")
    with Store(db_path) as store:
        assert store.write([changed])["written"] == 1
    assert q(db_path, "select count(*) from claims where article_id = 'a2'") == [(0,)]
    assert q(db_path, "select * from claims where article_id = 'a1'") == before_a1
    assert q(db_path, "select title from articles where id = 'a2'") == [("Sửa lại",)]
    assert q(db_path, "select n_articles from documents where label like 'Nghị quyết%' and scope = 'Sơn Mẫu'") == [(1,)]
    assert q(db_path, "select count(*) from facts where article_id = 'a2' and kind = 'claims'") == [(0,)]
    # the FTS index follows the replacement
    assert q(db_path, "select count(*) from facts_fts where facts_fts match '\"40\"'") == [(0,)]
    # an article that no longer cites a document drops it when nobody else does
    changed_a3 = copy.deepcopy(records[2])
    changed_a3["documents"] = []
    with Store(db_path) as store:
        store.write([changed_a3])
    assert q(db_path, "select count(*) from documents where scope = 'Hà Thử'") == [(0,)]


def test_failed_write_rolls_back(db_path, records):
    bad = copy.deepcopy(records[0])
    bad["claims"].append({"value": object(), "unit": "x", "start": 0, "end": 1, "evidence": "Đ"})
    before = snapshot(db_path)
    with Store(db_path) as store, pytest.raises(OutputError) as err:
        store.write([bad])
    assert "E303" in str(err.value)
    assert snapshot(db_path) == before


def test_minimal_records_and_missing_fields(tmp_path):
    path = tmp_path / "m.db"
    with Store(path) as store:
        out = store.write([{"id": "x", "text": "Có 3 chi bộ.", "claims": [{"value": 3, "start": 3, "end": 11,
                                                                          "evidence": "3 chi bộ"}]}])
    assert out["written"] == 1
    assert q(path, "select unit, unit_key, province, year from claims") == [(None, None, None, None)]


def test_unusable_path_is_a_clear_error(tmp_path):
    with pytest.raises(OutputError) as err:
        Store(tmp_path / "missing-dir" / "facts.db")
    assert "E303" in str(err.value) and "missing-dir" in str(err.value)
    bad = tmp_path / "notdb.db"
    bad.write_text("not sqlite " * 100)
    with pytest.raises(OutputError):
        Store(bad)


def test_claim_series_groups_spelling_variants(db_path):
    from ddnews.store.query import claim_series

    rows = claim_series(db_path, "thon, ban", "chua co dang vien")
    assert [(r["place"], r["published"], r["value"]) for r in rows] == [("Sơn Mẫu", "2020-03-01", 64.0),
                                                                       ("Sơn Mẫu", "2021-06-15", 40.0)]
    assert claim_series(db_path, "thon, ban", "chua co dang vien", place="son mau") == rows
    assert claim_series(db_path, "thon, ban", "chua co dang vien", place="Hà Thử") == []


def test_a_second_writer_waits_then_gets_a_clear_error(db_path, records):
    from ddnews.errors import StoreBusyError

    other = sqlite3.connect(db_path)
    other.execute("BEGIN IMMEDIATE")  # another process in the middle of a write batch
    try:
        changed = copy.deepcopy(records[0])
        changed["title"] = "Sửa lại"
        with Store(db_path, timeout=0.1) as store, pytest.raises(StoreBusyError) as err:
            store.write([changed])
        assert err.value.code == "E304" and "one writer at a time" in str(err.value)
        assert str(db_path) in str(err.value)
    finally:
        other.rollback()
        other.close()
    with Store(db_path) as store:  # once the lock is released, the write goes through
        assert store.write([changed])["written"] == 1


def test_fact_ids_continue_across_writers(db_path, records, make_article):
    before = q(db_path, "select max(id) from facts")[0][0]
    extra = make_article("a4", "Thêm", "2022-01-01", None, "Kết nạp 7 đảng viên.", {
        "claims": [("7 đảng viên", {"value": 7, "unit": "đảng viên"})]})
    with Store(db_path) as store:
        store.write([extra])
    assert q(db_path, "select id from facts where article_id = 'a4'") == [(before + 1,)]
    assert q(db_path, "select count(*), count(distinct id) from claims") == [(5, 5)]
