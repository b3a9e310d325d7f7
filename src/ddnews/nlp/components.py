"""ddnews pipeline components: each wraps one extractor and writes its facts to ``doc.spans[key]``.

A component is built from the packaged data directory of the same name (``models/ddnews_vi/<name>/``)
and rebuilt from another directory by :meth:`FactComponent.from_disk`, which is what ``spacy.load``
calls; :meth:`to_disk` writes the data files back out, so ``nlp.to_disk`` reproduces the package.
"""
from __future__ import annotations

import importlib
import shutil
from pathlib import Path
from typing import Any

from spacy.tokens import Doc

from ..extractors.base import Context
from ..text.normalize import fold
from . import attrs

# Span labels per fact key (also what displaCy shows).
LABELS = {
    "documents": "DOCUMENT", "named_documents": "NAMED_DOCUMENT", "dates": "DATE", "published": "PUBLISHED",
    "officials": "OFFICIAL", "organizations": "ORG", "locations": "LOC", "claims": "CLAIM", "chrome": "CHROME",
}


def default_model_path() -> Path:
    """Directory of the packaged pipeline (the installed ``ddnews_vi`` package, else the repo copy)."""
    try:
        import ddnews_vi  # the model package shipped from models/

        return Path(ddnews_vi.__file__).resolve().parent
    except ImportError:  # running from a source tree without installing
        return Path(__file__).resolve().parents[3] / "models" / "ddnews_vi"


def get_context(doc: Doc) -> Context:
    """The article context of ``doc`` (created on first use, so ``nlp(text)`` works too)."""
    attrs.register()
    ctx = doc._.ctx
    if ctx is None:
        pub = doc._.header_published
        # doc.text is rebuilt from the tokens on every access: take the normalised text when we have it
        text = doc._.normal.text if doc._.normal is not None else doc.text
        ctx = Context(text=text, folded=fold(text), published=pub, header_published=pub)
        doc._.ctx = ctx
    return ctx


def set_fact_spans(doc: Doc, key: str, facts: list[dict[str, Any]]) -> None:
    """Store ``facts`` as Spans (token-aligned view) with the exact fact on ``span._.fact``."""
    label = LABELS.get(key, key.upper())
    spans = []
    for i, fact in enumerate(facts, 1):
        s, e = fact.get("start"), fact.get("end")
        if s is None or e is None or e <= s:
            continue
        span = doc.char_span(s, e, label=label, alignment_mode="expand", span_id=i)
        if span is None:
            continue
        span._.fact = fact
        spans.append(span)
    doc.spans[key] = spans


class FactComponent:
    """Run one extractor (``module:Class``) over the Doc's context and keep its facts as spans."""

    def __init__(self, nlp, name: str, extractor: str):
        attrs.register()
        self.name = name
        self.extractor_path = extractor
        self.data_dir = default_model_path() / name
        self._extractor = None

    @property
    def extractor(self):
        """The extractor, built once from ``data_dir`` (data files validated on load)."""
        if self._extractor is None:
            module, cls = self.extractor_path.split(":")
            self._extractor = getattr(importlib.import_module(module), cls)(self.data_dir)
        return self._extractor

    def __call__(self, doc: Doc) -> Doc:
        ctx = get_context(doc)
        ex = self.extractor
        facts = ex(ctx)
        ctx.facts[ex.key] = facts
        set_fact_spans(doc, ex.key, facts)
        if ex.key == "documents":
            set_fact_spans(doc, "named_documents", ctx.facts.get("named_documents", []))
        if ex.key == "published":
            doc._.published = ctx.published
        return doc

    def to_disk(self, path, exclude=()):
        path = Path(path)
        if path.resolve() == self.data_dir.resolve():
            return
        if path.exists():
            shutil.rmtree(path)
        shutil.copytree(self.data_dir, path, ignore=shutil.ignore_patterns("__pycache__"))

    def from_disk(self, path, exclude=()):
        self.data_dir = Path(path)
        self._extractor = None
        return self


class FactsView:
    """Last component: gather every fact span into ``doc.spans["facts"]`` for displaCy."""

    KEYS = ("documents", "dates", "officials", "organizations", "locations", "claims")

    def __init__(self, nlp, name: str):
        self.name = name

    def __call__(self, doc: Doc) -> Doc:
        doc.spans["facts"] = [s for k in self.KEYS if k in doc.spans for s in doc.spans[k]]
        return doc
