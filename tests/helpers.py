"""Helpers shared by test modules (importable: tests/ is on pytest's pythonpath)."""
from __future__ import annotations


def run_extractor(extractor, text, **ctx_kwargs):
    """Run one extractor on ``text`` (already NFC); return its own facts and everything it found."""
    from ddnews.extractors.base import Context
    from ddnews.text.normalize import fold

    found = extractor.extract(Context(text=text, folded=fold(text), **ctx_kwargs))
    return found.facts[extractor.key], found


def partial_pipeline(*components: str):
    """A pipeline of some extractors only (linking and the facts view close it, as always)."""
    from ddnews.nlp.pipeline import build

    return build(list(components))


def run_partial(nlp, text: str, published: str | None = None):
    """Run ``nlp`` on ``text`` as a loaded article with ``# published:`` = ``published``.

    Returns a namespace with ``published`` (the decided date) and ``facts`` (fact dicts per kind)."""
    from types import SimpleNamespace

    from ddnews.api import make_doc
    from ddnews.facts import FACT_TYPES
    from ddnews.nlp.attrs import facts_of
    from ddnews.types import Article

    doc = make_doc(nlp, Article(id="t", text=text, published=published))
    return SimpleNamespace(doc=doc, published=doc._.published,
                           facts={k: [f.data for f in facts_of(doc, k)] for k in FACT_TYPES if k in doc.spans})
