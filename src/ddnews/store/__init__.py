"""The fact store: records → SQLite (:mod:`.writer`), its schema (:mod:`.schema`), queries (:mod:`.query`).

Data flow: ``ddnews extract --db`` writes records through :class:`Store`; ``ddnews serve``,
``ddnews facts`` and ``ddnews summary`` read the file back through :mod:`ddnews.store.query`.
Search keys (accent-free folded twins of texts, document identity) are in :mod:`.keys`.
"""
from __future__ import annotations

from .keys import document_key, fold_for_search, record_hash, strip_marks_fast
from .query import claim_series, connect, counts, examples, fts_query, search, search_facts, top_series
from .writer import Store

__all__ = ["Store", "claim_series", "connect", "counts", "document_key", "examples", "fold_for_search",
           "fts_query", "record_hash", "search", "search_facts", "strip_marks_fast", "top_series"]
