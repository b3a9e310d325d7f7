"""The fact store's schema: tables, column types, foreign keys, indexes, views and full-text indexes.

One place declares every table of ``facts.db``; :mod:`ddnews.store.writer` creates them, the Datasette
metadata (``data/datasette/metadata.yaml``) describes every column declared here, and
``docs/store.md`` is rendered from both by :func:`render_markdown` (a test keeps them in step).
"""
from __future__ import annotations

from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import sqlite_utils

# FTS5 folds case and diacritics with this tokenizer, but not "đ" (it has no decomposition): every
# searchable text therefore also has a ``*_folded`` twin (``strip_marks``: đ→d, marks removed).
TOKENIZE = "unicode61 remove_diacritics 2"
DATASETTE_DIR = Path(__file__).resolve().parents[1] / "data" / "datasette"
METADATA_PATH = DATASETTE_DIR / "metadata.yaml"

_SPAN = {"start": int, "end": int, "evidence": str}
_MENTIONS = {"mentions": list, "mention_evidence": list, "rule": str}
_ART = ("article_id", "articles", "id")
#: Bump when the columns a record is stored in change: every article is rewritten on its next run.
STORE_FORMAT = 2


@dataclass(frozen=True)
class TableSpec:
    """One table: ordered columns with Python types, primary key, foreign keys and indexes.

    ``list`` and ``dict`` columns hold JSON text (the DataFrames of :mod:`ddnews.frames` hold lists and dicts).
    """

    name: str
    columns: dict[str, type]
    pk: str = "id"
    foreign_keys: tuple[tuple[str, str, str], ...] = (_ART,)
    indexes: tuple[tuple[str, ...], ...] = (("article_id",),)
    fts: tuple[str, ...] = ()
    extra: bool = field(default=False)  # unknown fact fields may add columns (JSON for lists/dicts)


TABLES: dict[str, TableSpec] = {t.name: t for t in (
    TableSpec("articles", {
        "id": str, "source": str, "url": str, "title": str, "label": str, "published": str, "year": int,
        "published_from": str, "published_start": int, "published_end": int, "published_evidence": str,
        "province": str, "content_hash": str, "record_hash": str, "n_chars": int,
        "n_facts": int, "text": str, "title_folded": str, "text_folded": str},
        foreign_keys=(), indexes=(("published",), ("year",), ("province",), ("content_hash",)),
        fts=("title", "text", "title_folded", "text_folded")),
    TableSpec("documents", {
        "id": str, "label": str, "label_folded": str, "kind": str, "number": str, "symbol": str, "scope": str,
        "base_key": str, "date": str, "issuer": str, "subject": str, "n_articles": int},
        foreign_keys=(), indexes=(("kind",), ("base_key",), ("label_folded",))),
    TableSpec("document_mentions", {
        "id": int, "article_id": str, "document_id": str, **_SPAN, "kind": str, "number": str, "symbol": str,
        "n_mentions": int, "date": str, "date_source": str, "issuer": str, "subject": str, **_MENTIONS},
        foreign_keys=(_ART, ("document_id", "documents", "id")), indexes=(("article_id",), ("document_id",)),
        extra=True),
    TableSpec("named_documents", {"id": int, "article_id": str, "text": str, "pattern_id": str, **_SPAN,
                                  "rule": str},
              extra=True),
    TableSpec("dates", {"id": int, "article_id": str, "value": str, "year": int, "year_from": str,
                        "n_mentions": int, **_SPAN, **_MENTIONS},
              indexes=(("article_id",), ("value",), ("year",)), extra=True),
    TableSpec("officials", {"id": int, "article_id": str, "name": str, "name_key": str, "titles": list,
                            "titles_expanded": list, "title_spans": list, "n_mentions": int, **_SPAN, **_MENTIONS},
              indexes=(("article_id",), ("name_key",)), extra=True),
    TableSpec("official_titles", {"id": int, "official_id": int, "article_id": str, "position": int,
                                  "title": str, "title_folded": str, "expanded": str},
              foreign_keys=(("official_id", "officials", "id"), _ART),
              indexes=(("official_id",), ("article_id",), ("title_folded",))),
    TableSpec("organizations", {"id": int, "article_id": str, "text": str, "text_folded": str, "kind": str,
                                "level": str, "place": str, "province": str, "n_mentions": int, **_SPAN,
                                **_MENTIONS},
              indexes=(("article_id",), ("text_folded",)), extra=True),
    TableSpec("locations", {"id": int, "article_id": str, "text": str, "level": str, "name": str,
                            "parent": str, "code": str, "unit_set": str, "unit_key": str, "latitude": float,
                            "longitude": float, "province": str, "successor": dict, "n_mentions": int, **_SPAN,
                            **_MENTIONS},
              indexes=(("article_id",), ("code",), ("province",)), extra=True),
    TableSpec("claims", {
        "id": int, "article_id": str, "value": float, "value_max": float, "denominator": float,
        "from_value": float, "unit": str, "qualifier": str, "change": str, "modality": str, "comparator": str,
        "subject": str, "unit_key": str, "qualifier_key": str, "place": str, "province": str,
        "published": str, "year": int, **_SPAN, "number_start": int, "number_end": int, "rule": str},
        indexes=(("article_id",), ("unit_key", "qualifier_key", "place", "published"), ("change",),
                 ("modality",), ("province",), ("year",)), extra=True),
    TableSpec("facts", {"id": int, "article_id": str, "kind": str, "ref_id": int, "label": str, **_SPAN,
                        "evidence_folded": str},
              indexes=(("article_id",), ("kind", "ref_id")), fts=("evidence", "evidence_folded")),
    TableSpec("errors", {"id": str, "source": str, "stage": str, "code": str, "message": str},
              pk="id", foreign_keys=(), indexes=()),
)}

# Fact kinds of a record → the table their rows go to (documents go through document_mentions).
KIND_TABLES = {"documents": "document_mentions", "named_documents": "named_documents", "dates": "dates",
               "officials": "officials", "organizations": "organizations", "locations": "locations",
               "claims": "claims"}
# Tables holding one article's facts, children before parents (delete order).
ARTICLE_TABLES = ("facts", "official_titles", "document_mentions", "named_documents", "dates", "claims",
                  "officials", "organizations", "locations")

VIEWS = {
    "claims_in_context": """
select c.id, c.article_id, a.title, a.url, a.published, c.year, c.province, c.value, c.value_max,
       c.denominator, c.from_value, c.unit, c.qualifier, c.change, c.modality, c.comparator, c.subject,
       c.place, c.start, c.[end], c.evidence
from claims c join articles a on a.id = c.article_id""",
    "claim_series": """
select c.unit_key, c.qualifier_key, coalesce(c.place, '') as place, c.published, c.year, c.unit, c.qualifier,
       c.change, c.modality, c.value, c.value_max, c.from_value, c.denominator, c.id as claim_id,
       c.article_id, c.evidence
from claims c
where c.unit_key is not null
order by c.unit_key, c.qualifier_key, place, c.published""",
    "document_citations": """
select d.id as document_id, d.label, d.kind, d.number, d.symbol, d.scope, d.date, d.issuer, d.n_articles,
       m.article_id, a.title, a.url, a.published, a.province, m.start, m.[end], m.evidence
from document_mentions m join documents d on d.id = m.document_id join articles a on a.id = m.article_id""",
    "official_roles": """
select t.title, t.title_folded, o.name, o.id as official_id, o.article_id, a.title as article_title, a.url,
       a.published, a.province, o.start, o.[end], o.evidence
from official_titles t join officials o on o.id = t.official_id join articles a on a.id = o.article_id""",
    "located_facts": """
select l.id, l.article_id, a.title, a.published, l.text, l.level, l.code, l.province, l.latitude, l.longitude,
       l.evidence
from locations l join articles a on a.id = l.article_id
where l.latitude is not null and l.longitude is not null""",
}


def create_schema(db: sqlite_utils.Database) -> None:
    """Create every missing table, index, view and FTS index (safe to call on an existing store)."""
    existing = set(db.table_names())
    for spec in TABLES.values():
        table = db.table(spec.name)
        if spec.name not in existing:
            table.create(spec.columns, pk=spec.pk, foreign_keys=list(spec.foreign_keys))
        else:  # a store of an earlier format: add the columns it lacks (filled when articles are rewritten)
            have = set(table.columns_dict)
            for col, typ in spec.columns.items():
                if col not in have:
                    table.add_column(col, typ)
        for cols in spec.indexes:
            table.create_index(list(cols), if_not_exists=True)
        if spec.fts and not db.table(f"{spec.name}_fts").exists():
            table.enable_fts(list(spec.fts), tokenize=TOKENIZE, create_triggers=True)
    views = set(db.view_names())
    for name, sql in VIEWS.items():
        if name not in views:
            db.create_view(name, sql.strip())


def load_metadata() -> dict[str, Any]:
    """The Datasette metadata shipped with ddnews (titles, descriptions, facets, canned queries)."""
    import yaml

    return yaml.safe_load(METADATA_PATH.read_text(encoding="utf-8"))


def _sql_type(t: type) -> str:
    return {int: "INTEGER", float: "REAL", str: "TEXT", list: "TEXT (JSON list)", dict: "TEXT (JSON object)"}[t]


def render_markdown() -> str:
    """``docs/store.md``: every table, view and column with its type and description."""
    meta = load_metadata()["databases"]["facts"]
    tables = meta.get("tables", {})
    out = [
        "# The fact store (`--db facts.db`)", "",
        "`ddnews extract corpus/ --db facts.db` (or `ddnews.Store(\"facts.db\").write(records, errors)`) writes",
        "an SQLite database through sqlite-utils. Re-running on the same articles changes nothing (each",
        "article keeps `record_hash`, a hash of its text and facts: an unchanged record is skipped, one whose",
        "text or extracted facts changed is rewritten); a changed article has its old facts replaced in one",
        "transaction; the file is in WAL mode, so `ddnews serve facts.db` can read while a run writes.",
        "A store has one writer at a time: each batch of articles is one transaction holding SQLite's write",
        "lock (`BEGIN IMMEDIATE`), so fact ids never collide; a second writer waits for it (30 s by default,",
        "`Store(path, timeout=…)`) and then stops with error E304.", "",
        "Linking across articles: a document cited by several articles is one `documents` row (kind, number",
        "without leading zeros and symbol; a local body's document, e.g. `…/TU`, is scoped by the citing",
        "article's province), with one `document_mentions` row per citing article. Claims form series keyed",
        "by (`unit_key`, `qualifier_key`, `place`), all folded, ordered by publication date (view",
        "`claim_series`, command `ddnews facts`).", "",
        "Full-text search (FTS5, `tokenize=\"unicode61 remove_diacritics 2\"`) covers article titles and text",
        "(`articles_fts`) and the evidence of every fact (`facts_fts`). Each indexed text also has a folded",
        "twin (`*_folded`, diacritics removed and đ→d), so `dang vien`, `đảng viên` and `Đảng viên` find the",
        "same rows and `tinh uy` finds `Tỉnh uỷ`. In Python: `ddnews.store.search(\"facts.db\", \"dang vien\")`.", "",
        "Reading it back: `ddnews.read(\"facts.db\")` gives the very DataFrames `ddnews.extract` gave (lists,",
        "stored here as JSON text, come back as lists), optionally filtered by `kinds`, `province`, `year`,",
        "`document` or `articles`; `ddnews facts facts.db --kind claims --province … --year … --document …",
        "--format csv|parquet|jsonl` writes the same tables from the command line.", "",
        "Commands: `ddnews serve facts.db` (Datasette with this metadata, an article page with every fact",
        "highlighted at `/-/ddnews/article/<id>`, a search page at `/-/ddnews/search`, a plot of claims",
        "over time at `/-/ddnews/plot`, and a map of linked places: its background tiles come from",
        "OpenStreetMap over the internet, so offline the map stays grey while its points still work;",
        "articles show as their `label`, the title or else the first line, never as \"None\"),",
        "`ddnews facts facts.db --unit …` (a claim series over time), `ddnews plot facts.db --unit … -o",
        "series.png` (the same series as an image) and `ddnews summary facts.db` (counts per fact kind).", "",
        "## Tables", ""]
    for name, spec in TABLES.items():
        tmeta = tables.get(name, {})
        out += [f"### `{name}`", "", tmeta.get("description", ""), ""]
        if spec.fts:
            out += [f"Full-text index `{name}_fts` over {', '.join(f'`{c}`' for c in spec.fts)}.", ""]
        fks = ", ".join(f"`{c}` → `{t}.{p}`" for c, t, p in spec.foreign_keys)
        out += [f"Primary key `{spec.pk}`" + (f"; foreign keys {fks}" if fks else "") + ".", ""]
        out += ["| column | type | description |", "|---|---|---|"]
        cols = tmeta.get("columns", {})
        for col, typ in spec.columns.items():
            out.append(f"| `{col}` | {_sql_type(typ)} | {cols.get(col, '')} |")
        out.append("")
    out += ["## Views", ""]
    for name in VIEWS:
        out += [f"- `{name}`: {tables.get(name, {}).get('description', '')}"]
    out += ["", "## Canned queries (in Datasette)", ""]
    for name, q in meta.get("queries", {}).items():
        out.append(f"- `{name}`: {q.get('title', '')}. {q.get('description', '')}")
    return "\n".join(out) + "\n"
