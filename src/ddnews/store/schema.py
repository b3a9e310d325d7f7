"""The fact store's schema: tables, column types, foreign keys, indexes, views and full-text indexes.

One place declares every table of ``facts.db``; :mod:`ddnews.store.writer` creates them, the Datasette
metadata (``data/datasette/metadata.yaml``) describes every column declared here, and
``docs/store.md`` is rendered from both by :func:`render_markdown` (a test keeps them in step).
"""
from __future__ import annotations

from collections.abc import Iterable
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
STORE_FORMAT = 3


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
        "province": str, "content_hash": str, "record_hash": str, "n_chars": int, "encoding": str, "repaired": int,
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
                            "titles_expanded": list, "title_spans": list, "n_mentions": int, **_SPAN, **_MENTIONS,
                            "person_id": str},
              indexes=(("article_id",), ("name_key",), ("person_id",)), extra=True),
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
        "published": str, "year": int, **_SPAN, "number_start": int, "number_end": int, "rule": str,
        "period_start": str, "period_end": str, "period_from": str, "period_evidence": str,
        "period_evidence_start": int, "period_evidence_end": int, "place_code": str, "place_level": str,
        "place_province": str, "place_from": str, "indicator": str},
        indexes=(("article_id",), ("unit_key", "qualifier_key", "place", "published"), ("change",),
                 ("modality",), ("province",), ("year",), ("indicator", "place_code", "period_end")), extra=True),
    TableSpec("indicators", {"id": str, "label_vi": str, "label_en": str, "unit_kind": str},
              foreign_keys=(), indexes=()),
    TableSpec("people", {"id": str, "name": str, "name_key": str, "scope": str, "province": str, "n_articles": int,
                         "first_seen": str, "last_seen": str},
              foreign_keys=(), indexes=(("name_key",), ("province",))),
    TableSpec("positions", {"id": int, "person_id": str, "title": str, "role": str, "body": str, "place": str,
                            "place_province": str, "former": int, "first_seen": str, "last_seen": str,
                            "n_articles": int, "article_ids": list},
              foreign_keys=(("person_id", "people", "id"),), indexes=(("person_id",), ("role", "body"))),
    TableSpec("sanctions", {"id": int, "person_id": str, "official_id": int, "article_id": str, "name": str,
                            "body": str, "sanction": str, "decided_by": str, "date": str, **_SPAN},
              foreign_keys=(("person_id", "people", "id"), _ART),
              indexes=(("person_id",), ("article_id",), ("sanction",))),
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


def panel_sql(claims: str = "claims") -> str:
    """The panel over a claims table or view: one row per indicator × place × period × modality × value.

    A cell (indicator, place, period, modality) that several articles report with different values keeps
    one row per value, each flagged ``conflict``; ``claim_ids`` and ``article_ids`` list every contributing
    claim and article (comma-separated).  Claims without an indicator or a period end are left out."""
    keys = ("c.indicator, coalesce(c.place_code, '') as place_code, coalesce(c.period_start, '') as period_start, "
            "c.period_end, coalesce(c.modality, 'actual') as modality")
    where = "c.indicator is not null and c.period_end is not null"
    return f"""
with cells as (
  select {keys}, count(distinct c.article_id) as cell_articles, count(distinct c.value) as cell_values
  from [{claims}] c where {where} group by 1, 2, 3, 4, 5),
rows as (
  select {keys}, c.value, c.value_max, min(coalesce(c.place, c.province)) as place,
         min(c.place_level) as place_level, min(coalesce(c.place_province, c.province)) as province,
         min(c.unit) as unit, count(*) as n_claims, count(distinct c.article_id) as n_articles,
         group_concat(c.id) as claim_ids, group_concat(distinct c.article_id) as article_ids,
         min(c.published) as first_published, max(c.published) as last_published
  from [{claims}] c where {where} group by 1, 2, 3, 4, 5, 6, 7)
select r.indicator, i.label_vi as indicator_label, i.label_en as indicator_label_en, i.unit_kind,
       nullif(r.place_code, '') as place_code, r.place, r.place_level, r.province,
       nullif(r.period_start, '') as period_start, r.period_end, cast(substr(r.period_end, 1, 4) as integer) as year,
       r.modality, r.value, r.value_max, r.unit, r.n_claims, r.n_articles,
       (x.cell_values > 1 and x.cell_articles > 1) as conflict, r.claim_ids, r.article_ids, r.first_published,
       r.last_published
from rows r
join cells x on x.indicator = r.indicator and x.place_code = r.place_code and x.period_start = r.period_start
            and x.period_end = r.period_end and x.modality = r.modality
left join indicators i on i.id = r.indicator
order by r.indicator, r.place_code, r.period_end, r.period_start, r.modality, r.value"""


VIEWS["panel"] = panel_sql()


def fill_indicators(db: sqlite_utils.Database, extra: Iterable[str | Path] = ()) -> None:
    """The ``indicators`` table: the packaged indicators (ids, labels, unit kinds), refreshed; with the user's
    indicator files ``extra`` (``ddnews extract --indicators``), theirs too, their labels first as their rules
    are (only rows that differ are written)."""
    from ..link.indicators import IndicatorTable

    rows = IndicatorTable.load(extra=extra).frame_rows()
    have = {r[0]: tuple(r) for r in db.execute("select id, label_vi, label_en, unit_kind from indicators")}
    new = [r for r in rows if have.get(r["id"]) != (r["id"], r["label_vi"], r["label_en"], r["unit_kind"])]
    if new and (extra or {r["id"] for r in rows} - set(have)):
        db.table("indicators").upsert_all(new, pk="id")


def create_schema(db: sqlite_utils.Database, indicator_files: Iterable[str | Path] = ()) -> None:
    """Create every missing table, index, view and FTS index (safe to call on an existing store); the
    ``indicators`` table holds the packaged indicators and those of the user's ``indicator_files``."""
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
    fill_indicators(db, indicator_files)


def load_metadata() -> dict[str, Any]:
    """The Datasette metadata shipped with ddnews (titles, descriptions, facets, canned queries)."""
    import yaml

    return yaml.safe_load(METADATA_PATH.read_text(encoding="utf-8"))


def _sql_type(t: type) -> str:
    return {int: "INTEGER", float: "REAL", str: "TEXT", list: "TEXT (JSON list)", dict: "TEXT (JSON object)"}[t]


# The opening of docs/store.md: what the store holds and how it is written, linked, searched and read.
_STORE_INTRO: tuple[str, ...] = (
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
    "From facts to a panel: every claim carries its period (`period_start`, `period_end`, the phrase it was",
    "read from), its place (the unit named as its subject, else the article's province, with its gazetteer",
    "`place_code`) and its `indicator` (table `indicators`). The view `panel` is indicator × place × period",
    "× modality → value, one row per value of a cell with every contributing claim and article; when two",
    "articles disagree on a cell both rows stay, flagged `conflict` (command `ddnews panel`, Python",
    "`ddnews.panel(\"facts.db\")`).", "",
    "People across articles: officials of several articles with the same full name and a compatible scope",
    "(the province their titles or articles point to; national posts are national) are one person",
    "(`people`, and `officials.person_id`); namesakes in different provinces stay apart and a one-word",
    "name (\"ông Hải\") never leaves its article. `positions` normalises each title into role, body and place",
    "with the first and last article dates it was seen; `sanctions` lists the khiển trách, cảnh cáo, cách",
    "chức and khai trừ that discipline news reports, with the deciding body, date and evidence. They are",
    "rebuilt when a writing `Store` is closed (`ddnews extract --db` does) or by `Store.link_people()`;",
    "command `ddnews people facts.db --name …`.", "",
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
)


def render_markdown() -> str:
    """``docs/store.md``: every table, view and column with its type and description."""
    meta = load_metadata()["databases"]["facts"]
    tables = meta.get("tables", {})
    out = [*_STORE_INTRO, "## Tables", ""]
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
