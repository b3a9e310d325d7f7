"""The declared schema of every table ddnews writes: columns, their logical types and pandas dtypes.

One place says which columns ``articles``, each fact kind and ``errors`` have, in which order and of
which logical type (``str``, ``int``, ``float``, and the nested ``spans``, ``strs``, ``successor``), and
how each type maps to a pandas dtype (:func:`dtypes`) or to the ``dtype=`` of ``pandas.read_csv``
(:func:`csv_dtypes`). :mod:`ddnews.frames` re-exports every name.
"""
from __future__ import annotations

from .facts import RECORD_KINDS

FACT_KEYS = RECORD_KINDS

#: Logical column types → pandas dtypes. ``spans``: list of ``[start, end]``; ``strs``: list of strings;
#: ``successor``: ``{"province": …, "ward": …}`` (the 2025 unit of a linked place).
PANDAS_DTYPES = {"str": "string", "int": "Int64", "float": "Float64", "spans": "object", "strs": "object",
                 "successor": "object"}
JSON_TYPES = frozenset({"spans", "strs", "successor"})
SUCCESSOR_KEYS = ("province", "ward")

_SPAN = {"article_id": "str", "start": "int", "end": "int", "evidence": "str"}
_MENTIONS = {"n_mentions": "int", "mentions": "spans", "mention_evidence": "strs"}
_RULE = {"rule": "str"}

#: Every table: column → logical type, in output order. A fact field no schema declares still becomes a
#: column (after the declared ones, as found); the test suite checks that the bundled corpus has none.
SCHEMA: dict[str, dict[str, str]] = {
    "articles": {"id": "str", "source": "str", "url": "str", "title": "str", "published": "str",
                 "published_from": "str", "published_start": "int", "published_end": "int",
                 "published_evidence": "str", "province": "str", "content_hash": "str", "n_chars": "int",
                 "encoding": "str", "repaired": "int",
                 **{f"{k}_count": "int" for k in RECORD_KINDS}, "text": "str"},
    "documents": {**_SPAN, "kind": "str", "number": "str", "symbol": "str", "date": "str", "date_source": "str",
                  "issuer": "str", "subject": "str", **_MENTIONS, **_RULE},
    "named_documents": {**_SPAN, "text": "str", "pattern_id": "str", **_RULE},
    "dates": {**_SPAN, "value": "str", "year_from": "str", **_MENTIONS, **_RULE},
    "officials": {**_SPAN, "name": "str", "titles": "strs", "titles_expanded": "strs", "title_spans": "spans",
                  **_MENTIONS, **_RULE},
    "organizations": {**_SPAN, "text": "str", "kind": "str", "level": "str", "place": "str", "province": "str",
                      **_MENTIONS, **_RULE},
    "locations": {**_SPAN, "text": "str", "level": "str", "name": "str", "parent": "str", "code": "str",
                  "unit_set": "str", "unit_key": "str", "latitude": "float", "longitude": "float", "province": "str",
                  "successor": "successor", **_MENTIONS, **_RULE},
    "claims": {**_SPAN, "value": "float", "value_max": "float", "denominator": "float", "from_value": "float",
               "unit": "str", "qualifier": "str", "change": "str", "modality": "str", "comparator": "str",
               "subject": "str", "number_start": "int", "number_end": "int", **_RULE,
               # placed in time, place and indicator by the ddnews_claim_link stage (ddnews.link.claims)
               "period_start": "str", "period_end": "str", "period_from": "str", "period_evidence": "str",
               "period_evidence_start": "int", "period_evidence_end": "int", "place": "str", "place_code": "str",
               "place_level": "str", "place_province": "str", "place_from": "str", "indicator": "str"},
    "errors": {"id": "str", "source": "str", "stage": "str", "code": "str", "message": "str"},
}
TABLES = tuple(SCHEMA)
#: Columns derived from others (not fields of a record).
DERIVED = frozenset({"article_id", "n_mentions"})


def dtypes(table: str) -> dict[str, str]:
    """The pandas dtype of every declared column of ``table``."""
    return {c: PANDAS_DTYPES[t] for c, t in SCHEMA[table].items()}


def csv_dtypes(table: str) -> dict[str, str]:
    """``dtype=`` for ``pandas.read_csv`` of a ddnews CSV table (list columns stay JSON text).

    Read with ``keep_default_na=False, na_values=[""]`` so that only empty cells are missing.
    """
    return {c: ("string" if t in JSON_TYPES else PANDAS_DTYPES[t]) for c, t in SCHEMA[table].items()}
