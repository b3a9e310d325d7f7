"""ddnews pipeline components: each runs one extractor and writes what it found to the Doc, once.

A component reads only what it declares it ``requires`` (``doc._.folded``, ``doc._.blocked``,
``doc._.published`` and the facts of the kinds it names, ``doc._.documents`` …) and writes only what it
declares it ``assigns``: its facts as Spans in ``doc.spans[kind]`` (each Span's typed fact on
``span._.fact``), and the Doc attributes it decides.  ``nlp.analyze_pipes()`` checks the order.

A component is built from its data directory (``ddnews/data/<name>/``, validated on load) and rebuilt
from another by :meth:`FactComponent.from_disk`, which is what ``spacy.load`` calls; :meth:`to_disk`
writes the data files back out, so ``nlp.to_disk`` reproduces the model package.
"""
from __future__ import annotations

import importlib
import threading
from collections.abc import Iterable
from pathlib import Path
from typing import TYPE_CHECKING, Any

from spacy.tokens import Doc

from ..errors import Errors, PipelineError
from ..extractors.base import Context, Extractor, Found
from ..facts import FACT_TYPES, make_fact
from ..lexicon import write_data_dir
from ..link.gazetteer import link_article
from . import attrs

if TYPE_CHECKING:
    from spacy.language import Language

DATA_DIR = Path(__file__).resolve().parents[1] / "data"
_EXT = "doc._."


def fact_kinds(attributes: Iterable[str]) -> list[str]:
    """The fact kinds named in declared attributes (``doc._.documents`` → ``documents``)."""
    names = [a[len(_EXT):] for a in attributes if a.startswith(_EXT)]
    return [n for n in names if n in FACT_TYPES and n not in attrs.DOC_EXTENSIONS]


def context_of(doc: Doc, kinds: Iterable[str] = ()) -> Context:
    """The read-only view an extractor gets: the text, its folded shadow, the blocked spans, the
    publication date and the facts of ``kinds`` (and of no other kind)."""
    ext = doc._      # one extension accessor for every attribute read
    if ext.fact_table is None:
        raise PipelineError(Errors.E205, code="E205")
    blocked = ext.blocked or []
    return Context(
        text=ext.normal.text, folded=ext.folded, published=ext.published,
        header_published=ext.header_published,
        facts={k: [f.data for f in attrs.facts_of(doc, k)] for k in kinds},
        blocked=[(s, e) for s, e, _ in blocked], chrome=[(s, e) for s, e, r in blocked if r == "chrome"])


def write_facts(doc: Doc, kind: str, facts: list[dict[str, Any]], *, rule: str) -> None:
    """Store ``facts`` as Spans of ``doc.spans[kind]`` (token-aligned view; the typed fact keeps the
    exact offsets) with a Doc-unique span id, so each Span's ``span._.fact`` is its own fact."""
    if kind in doc.spans:
        raise PipelineError(Errors.E206.format(kind=kind), code="E206")
    cls = FACT_TYPES[kind]
    table = doc._.fact_table
    spans = []
    for fact in facts:
        s, e = fact.get("start"), fact.get("end")
        if s is None or e is None or e <= s:
            continue
        span_id = f"{kind}:{len(table)}"
        span = doc.char_span(s, e, label=cls.label, alignment_mode="expand", span_id=span_id)
        if span is None:
            continue
        table[span_id] = make_fact(kind, fact, rule=rule)
        spans.append(span)
    doc.spans[kind] = spans


def write_found(doc: Doc, found: Found, *, rule: str) -> None:
    """Write everything one extractor found to the Doc."""
    for kind, facts in found.facts.items():
        write_facts(doc, kind, facts, rule=rule)
    ext = doc._
    if found.blocked:
        ext.blocked = [*ext.blocked, *found.blocked]
    if found.folded is not None:
        ext.folded = found.folded
    if found.published is not None:
        ext.published = found.published


class FactComponent:
    """Run one extractor (``module:Class``) over the Doc and keep what it found."""

    def __init__(self, nlp: Language, name: str, *, extractor: str, data: str | None, reads: list[str]) -> None:
        attrs.register()
        self.name = name
        self.extractor_path = extractor
        self.data_dir = DATA_DIR / data if data else None
        self.reads = reads                      # fact kinds of the declared requires
        self._extractor: Extractor | None = None
        self._lock = threading.Lock()

    @property
    def extractor(self) -> Extractor:
        """The extractor, built once from ``data_dir`` (data files validated on load; thread-safe)."""
        if self._extractor is None:
            with self._lock:
                if self._extractor is None:
                    module, cls = self.extractor_path.split(":")
                    self._extractor = getattr(importlib.import_module(module), cls)(self.data_dir)
        return self._extractor

    def __call__(self, doc: Doc) -> Doc:
        ctx = context_of(doc, self.reads)
        try:
            found = self.extractor.extract(ctx)
        except KeyError as exc:  # spaCy would report a KeyError as "did you forget to call initialize()?"
            raise RuntimeError(f"{self.name} failed on this article: {exc!r}") from exc
        write_found(doc, found, rule=self.name.removeprefix("ddnews_"))
        return doc

    def to_disk(self, path: str | Path, exclude: Iterable[str] = ()) -> None:
        """Write the component's data files to ``path`` (nothing when it has none or they are there)."""
        if self.data_dir is not None:
            write_data_dir(self.data_dir, path)

    def from_disk(self, path: str | Path, exclude: Iterable[str] = ()) -> FactComponent:
        """Rebuild the extractor from the data files at ``path`` (on first use)."""
        if self.data_dir is not None:
            self.data_dir = Path(path)
            self._extractor = None
        return self


class LinkComponent:
    """Linking, its own last stage: places to unit codes and coordinates (with the help of every named
    body), the article's province, bodies to their province.  Changes linked facts in place."""

    def __init__(self, nlp: Language, name: str) -> None:
        attrs.register()
        self.name = name

    def __call__(self, doc: Doc) -> Doc:
        locations = [f.data for f in attrs.facts_of(doc, "locations")]
        organizations = [f.data for f in attrs.facts_of(doc, "organizations")]
        doc._.province = link_article(locations, organizations, published=doc._.published)
        return doc


class FactsView:
    """Last component: gather every fact span into ``doc.spans["facts"]`` for displaCy."""

    KEYS = ("documents", "dates", "officials", "organizations", "locations", "claims")

    def __init__(self, nlp: Language, name: str) -> None:
        self.name = name

    def __call__(self, doc: Doc) -> Doc:
        doc.spans["facts"] = [s for k in self.KEYS if k in doc.spans for s in doc.spans[k]]
        return doc
