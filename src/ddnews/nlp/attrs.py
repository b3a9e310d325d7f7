"""The only place that declares ddnews' Doc and Span extensions (idempotent)."""
from __future__ import annotations

from spacy.tokens import Doc, Span

DOC_EXTENSIONS = {
    "ctx": None,               # ddnews.extractors.base.Context of the article being processed
    "article": None,           # ddnews.types.Article the Doc came from
    "normal": None,            # ddnews.text.normalize.NormalText: the way back to the text as loaded
    "header_published": None,  # "# published:" header value when it is a date
    "published": None,         # the publication date decided by ddnews_published
}
SPAN_EXTENSIONS = {
    "fact": None,              # the structured fact (dict) this span is the evidence of
}


def register() -> None:
    """Register the extensions once per process."""
    for name, default in DOC_EXTENSIONS.items():
        if not Doc.has_extension(name):
            Doc.set_extension(name, default=default)
    for name, default in SPAN_EXTENSIONS.items():
        if not Span.has_extension(name):
            Span.set_extension(name, default=default)
