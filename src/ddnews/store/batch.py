"""The rows of one write batch of the fact store: an article record → its article row and fact rows.

Each fact becomes a row of its kind's table (declared columns, extra fields as JSON where the table
allows them, folded twins for search), an official's titles become ``official_titles`` rows, a cited
document is linked to its distinct ``documents`` row, and every fact with a span gets a ``facts`` row;
fact ids are allocated from the store's largest ids. :class:`~ddnews.store.writer.Store` writes them.
"""
from __future__ import annotations

import json
from typing import Any

from .keys import document_key, fold_for_search, strip_marks_fast
from .schema import KIND_TABLES, TABLES

# Fact fields an extractor keeps for itself: never stored (every other field is a column, lists as JSON).
_DROP = {"line", "compiled"}
# Tables whose integer ids a write batch allocates.
_ID_TABLES = (*KIND_TABLES.values(), "official_titles", "facts")


def _jsonish(v: Any) -> Any:
    if isinstance(v, bool):
        return int(v)
    return json.dumps(v, ensure_ascii=False) if isinstance(v, (list, dict)) else v


def _year(date: str | None) -> int | None:
    return int(date[:4]) if isinstance(date, str) and date[:4].isdigit() else None


def article_label(aid: str, title: str | None, text: str | None, width: int = 90) -> str:
    """What links to an article show: its title, else the first line of its text, else its id.

    >>> article_label("a1", None, "\\n  Kết nạp 12 đảng viên mới\\nNội dung")
    'Kết nạp 12 đảng viên mới'
    """
    for candidate in (title, next((ln.strip() for ln in (text or "").splitlines() if ln.strip()), None)):
        if candidate and candidate.strip():
            line = " ".join(candidate.split())
            return line if len(line) <= width else line[: width - 1].rstrip() + "…"
    return str(aid)


def _fact_label(kind: str, f: dict[str, Any], doc_label: str | None = None) -> str | None:
    if kind == "documents":
        return doc_label
    if kind == "claims":
        v = f.get("value")
        if isinstance(v, float) and v.is_integer():
            v = int(v)
        return " ".join(str(x) for x in (v, f.get("unit"), f.get("qualifier")) if x not in (None, ""))
    label = f.get("name") or f.get("text") or f.get("value")
    return None if label is None else str(label)


def _fact_row(kind: str, f: dict[str, Any], aid: str, rid: int, province: str | None,
              published: str | None) -> dict[str, Any]:
    """The row of one fact in its kind's table (declared columns, plus extra fields where allowed)."""
    spec = TABLES[KIND_TABLES[kind]]
    row: dict[str, Any] = dict.fromkeys(spec.columns)
    row.update(id=rid, article_id=aid)
    for k, v in f.items():
        if k in _DROP or k in ("id", "article_id"):
            continue
        if k in spec.columns or spec.extra:
            row[k] = _jsonish(v)
    if "n_mentions" in spec.columns:
        row["n_mentions"] = len(f.get("mentions") or []) or (1 if "start" in f else None)
    if kind == "dates":
        row["year"] = _year(f.get("value"))
    elif kind == "officials":
        row["name_key"] = fold_for_search(f.get("name"))
    elif kind == "organizations":
        row["text_folded"] = fold_for_search(f.get("text"))
    elif kind == "claims":
        row.update(unit_key=fold_for_search(f.get("unit")), qualifier_key=fold_for_search(f.get("qualifier")) or "",
                   place=f.get("place") or province, province=province, published=published, year=_year(published))
    return row


class _Rows:
    """The rows of one write batch, with fact ids allocated from the store's largest ids."""

    def __init__(self, next_ids: dict[str, int]):
        self.next_id = next_ids
        self.tables: dict[str, list[dict[str, Any]]] = {t: [] for t in _ID_TABLES}
        self.docs: dict[str, dict[str, Any]] = {}
        self.articles: list[dict[str, Any]] = []

    def take(self, table: str) -> int:
        i = self.next_id[table]
        self.next_id[table] += 1
        return i

    def add_article(self, rec: dict[str, Any], rhash: str) -> None:
        """The article row and the rows of all its facts."""
        aid, province, published = rec["id"], rec.get("province"), rec.get("published")
        text, title = rec.get("text"), rec.get("title")
        n_facts = 0
        for kind in KIND_TABLES:
            for f in rec.get(kind) or []:
                n_facts += self.add_fact(kind, f, aid, province, published)
        pe = rec.get("published_evidence") or {}
        self.articles.append({
            "id": aid, "source": rec.get("source"), "url": rec.get("url"), "title": title,
            "label": article_label(aid, title, text),
            "published": published, "year": _year(published), "published_from": rec.get("published_from"),
            "published_start": pe.get("start"), "published_end": pe.get("end"),
            "published_evidence": pe.get("evidence"), "province": province,
            "content_hash": rec.get("content_hash"), "record_hash": rhash,
            "n_chars": rec.get("n_chars", len(text or "")), "encoding": rec.get("encoding"),
            "repaired": int(bool(rec.get("repaired"))), "n_facts": n_facts, "text": text,
            "title_folded": fold_for_search(title), "text_folded": strip_marks_fast(text) if text else None})

    def add_fact(self, kind: str, f: dict[str, Any], aid: str, province: str | None, published: str | None) -> int:
        """Rows of one fact (its table, its titles, its ``facts`` row); 1 when it has a span, else 0."""
        table = KIND_TABLES[kind]
        rid = self.take(table)
        row = _fact_row(kind, f, aid, rid, province, published)
        doc_label = self._add_document(row, f, province) if kind == "documents" else None
        if kind == "officials":
            self._add_titles(f, rid, aid)
        self.tables[table].append(row)
        if not isinstance(f.get("start"), int):
            return 0
        self.tables["facts"].append({
            "id": self.take("facts"), "article_id": aid, "kind": kind, "ref_id": rid,
            "label": _fact_label(kind, f, doc_label), "start": f["start"], "end": f.get("end"),
            "evidence": f.get("evidence"), "evidence_folded": fold_for_search(f.get("evidence"))})
        return 1

    def _add_document(self, row: dict[str, Any], f: dict[str, Any], province: str | None) -> str:
        """Link a citation to its distinct document (created or completed here); returns its label."""
        did, label, scope, base = document_key(f, province)
        row["document_id"] = did
        d = self.docs.setdefault(did, {"id": did, "label": label, "label_folded": fold_for_search(label),
                                       "kind": f.get("kind"), "number": f.get("number"), "symbol": f.get("symbol"),
                                       "scope": scope, "base_key": base})
        for k in ("date", "issuer", "subject"):
            d[k] = d.get(k) or f.get(k)
        return label

    def _add_titles(self, f: dict[str, Any], official_id: int, aid: str) -> None:
        expanded = f.get("titles_expanded") or []
        for pos, t in enumerate(f.get("titles") or []):
            self.tables["official_titles"].append({
                "id": self.take("official_titles"), "official_id": official_id, "article_id": aid,
                "position": pos, "title": t, "title_folded": fold_for_search(t),
                "expanded": expanded[pos] if pos < len(expanded) else None})
