"""The only place that declares ddnews' Doc and Span extensions (idempotent).

Set by the tokenizer (every Doc): ``normal``, ``folded``, ``blocked``, ``fact_table``.  Set by
:func:`ddnews.api.make_doc` for loaded articles: ``article``, ``header_published``.  Assigned by
components (each declares which): ``folded`` (chrome blanked), ``blocked``, ``published``,
``province``, and the facts of each kind in ``doc.spans[kind]``, read through ``doc._.<kind>``.
"""
from __future__ import annotations

from collections.abc import Callable
from typing import Any

from spacy.tokens import Doc, Span

from ..facts import FACT_TYPES, Fact

DOC_EXTENSIONS: dict[str, Any] = {
    "article": None,           # ddnews.types.Article the Doc came from
    "normal": None,            # ddnews.text.normalize.NormalText: the way back to the text as loaded
    "folded": None,            # same-length folded text to match on (chrome blanked by ddnews_chrome)
    "blocked": None,           # [(start, end, reason)]: spans no later extractor reads facts from
    "fact_table": None,        # span id -> Fact: the fact each fact Span is the evidence of
    "header_published": None,  # "# published:" header value when it is a date
    "published": None,         # the publication date (header, else decided by ddnews_published)
    "province": None,          # the article's province (ddnews_link)
}


def _fact_of(span: Span) -> Fact | None:
    table = span.doc._.fact_table
    return table.get(span.id_) if table else None


_CACHE = "ddnews_facts_of"   # doc.user_data key: kind -> (the span group it was read from, its length, the facts)


def facts_of(doc: Doc, kind: str) -> list[Fact]:
    """The typed facts of one kind, in the order their component wrote them (read once per span group: a group
    replaced or grown is read again)."""
    if kind not in doc.spans:
        return []
    group = doc.spans[kind]
    cache = doc.user_data.setdefault(_CACHE, {})
    hit = cache.get(kind)
    if hit is not None and hit[0] is group and hit[1] == len(group):
        return list(hit[2])
    table = doc._.fact_table or {}
    ids = (s.id_ for s in group)      # each span's id read once (a string-store look-up)
    facts = [table[i] for i in ids if i in table]
    cache[kind] = (group, len(group), facts)
    return list(facts)


def _facts_getter(kind: str) -> Callable[[Doc], list[Fact]]:
    def get(doc: Doc) -> list[Fact]:
        return facts_of(doc, kind)

    return get


def register() -> None:
    """Register the extensions once per process."""
    for name, default in DOC_EXTENSIONS.items():
        if not Doc.has_extension(name):
            Doc.set_extension(name, default=default)
    for kind in FACT_TYPES:        # doc._.documents, doc._.claims … (read only)
        if kind not in DOC_EXTENSIONS and not Doc.has_extension(kind):
            Doc.set_extension(kind, getter=_facts_getter(kind))
    if not Span.has_extension("fact"):
        Span.set_extension("fact", getter=_fact_of)
