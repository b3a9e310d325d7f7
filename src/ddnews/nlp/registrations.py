"""Every spaCy factory and registered function ddnews provides (the entry points point here)."""
from __future__ import annotations

from spacy.language import Language

from . import tokenizer  # noqa: F401  (registers ddnews.FastTokenizer.v1)
from .components import FactComponent, FactsView

# name -> the extractor class it runs, in pipeline order
EXTRACTORS = {
    "ddnews_chrome": "ddnews.extractors.chrome:ChromeExtractor",
    "ddnews_documents": "ddnews.extractors.documents:DocumentExtractor",
    "ddnews_published": "ddnews.extractors.published:PublishedExtractor",
    "ddnews_dates": "ddnews.extractors.dates:DateExtractor",
    "ddnews_locations": "ddnews.extractors.locations:LocationExtractor",
    "ddnews_organizations": "ddnews.extractors.organizations:OrganizationExtractor",
    "ddnews_officials": "ddnews.extractors.officials:OfficialExtractor",
    "ddnews_claims": "ddnews.extractors.claims:ClaimExtractor",
}


def _register(name: str, extractor: str) -> None:
    if Language.has_factory(name):
        return

    def make(nlp, name: str):
        return FactComponent(nlp, name, extractor)

    Language.factory(name, func=make)


for _name, _extractor in EXTRACTORS.items():
    _register(_name, _extractor)

if not Language.has_factory("ddnews_facts"):
    Language.factory("ddnews_facts", func=lambda nlp, name: FactsView(nlp, name))
