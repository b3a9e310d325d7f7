"""Docs cannot drift: docs/store.md is rendered from the schema and the Datasette metadata."""
from __future__ import annotations

from pathlib import Path

from ddnews.store.schema import TABLES, render_markdown

DOC = Path(__file__).resolve().parents[2] / "docs" / "store.md"


def test_store_doc_is_up_to_date():
    assert DOC.read_text(encoding="utf-8") == render_markdown(), (
        "docs/store.md is stale: regenerate it with "
        "python scripts/render_docs.py")


def test_every_column_is_documented():
    text = DOC.read_text(encoding="utf-8")
    for name, spec in TABLES.items():
        assert f"### `{name}`" in text
        for col in spec.columns:
            assert f"| `{col}` |" in text
