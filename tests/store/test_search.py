"""Accent-insensitive full-text search over articles and fact evidence."""
from __future__ import annotations

import pytest

from ddnews.store.query import counts, fts_query, search, search_facts


def ids(rows):
    return sorted(r["id"] for r in rows)


@pytest.mark.parametrize("query", ["dang vien", "đảng viên", "Đảng viên", "ĐẢNG VIÊN"])
def test_diacritics_and_case_are_ignored(db_path, query):
    assert ids(search(db_path, query)) == ["a1", "a2"]


def test_tone_placement_is_ignored(db_path):
    # a1 writes "Tỉnh uỷ" (old tone placement) and "Tỉnh ủy"; a2 only "Tỉnh ủy"
    assert ids(search(db_path, "tinh uy")) == ["a1", "a2"]
    assert ids(search(db_path, "Tỉnh uỷ")) == ids(search(db_path, "Tỉnh ủy")) == ["a1", "a2"]


def test_rare_name_finds_only_its_article(db_path):
    assert ids(search(db_path, "xuyen khong")) == ["a3"]
    assert ids(search(db_path, "Hoàng Xuyên Khổng")) == ["a3"]
    assert search(db_path, "khong xuyen hoang zzz") == []


def test_fact_evidence_search(db_path):
    hits = search_facts(db_path, "chua co dang vien")
    assert sorted((h["article_id"], h["kind"]) for h in hits) == [("a1", "claims"), ("a2", "claims")]
    assert {h["kind"] for h in search_facts(db_path, "04-NQ/TU")} == {"documents"}
    assert search_facts(db_path, "dang vien", kind="officials") == []


def test_queries_without_words_and_with_syntax(db_path):
    assert fts_query("  - / ") == ""
    assert search(db_path, "  ") == []
    assert ids(search(db_path, '"thôn" -(:* ')) == ["a1", "a2"]  # FTS syntax is quoted away


def test_counts(db_path):
    c = counts(db_path)
    assert c["articles"] == 3 and c["claims"] == 4 and c["documents (distinct)"] == 3 and c["errors"] == 1
