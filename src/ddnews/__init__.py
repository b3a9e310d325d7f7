"""ddnews: Vietnamese news and resolution texts → a dataset of facts, each linked to its exact characters.

>>> import ddnews
>>> res = ddnews.extract(["Thực hiện Chỉ thị số 35-CT/TW ngày 14/6/2024 của Bộ Chính trị."])
>>> res.documents.loc[0, "date"]
'2024-06-14'
"""
from __future__ import annotations

from collections.abc import Iterable
from pathlib import Path

__version__ = "0.1.0"
__all__ = ["extract", "iter_records", "load", "load_articles", "render", "ExtractResult", "Store", "__version__"]


def load(path: str | Path | None = None):
    """The spaCy pipeline (``models/ddnews_vi``), loaded once per process."""
    from .nlp.pipeline import load as _load

    return _load(path)


def load_articles(inputs):
    """Yield an Article or an ErrorRecord for every article in paths, globs, folders or raw texts."""
    from .loading.files import load_articles as _load_articles

    return _load_articles(inputs)


def iter_records(inputs, **kwargs):
    """Yield one record (or error row) per input article; see :func:`ddnews.api.iter_records`."""
    from .api import iter_records as _iter

    return _iter(inputs, **kwargs)


def extract(inputs: Iterable[str | Path] | str | Path, *, nlp=None, include_text: bool = True):
    """Extract every fact from paths, folders, globs or raw article texts.

    Returns an :class:`~ddnews.frames.ExtractResult` whose ``.articles``, ``.documents``, ``.dates``,
    ``.claims`` … are pandas DataFrames (one row per fact, with article id, offsets and evidence).
    """
    from .api import iter_records as _iter
    from .frames import ExtractResult

    return ExtractResult(list(_iter(inputs, nlp=nlp, include_text=include_text)))


def render(text_or_doc, *, page: bool = False, jupyter: bool | None = None) -> str:
    """displaCy HTML of an article with every fact marked (documents, dates, claims, people, bodies, places)."""
    from spacy import displacy

    doc = text_or_doc
    if isinstance(text_or_doc, str):
        from .api import make_doc
        from .types import Article

        doc = make_doc(load(), Article(id="text", text=text_or_doc))
    return displacy.render(doc, style="span", options={"spans_key": "facts"}, page=page, jupyter=jupyter)


def __getattr__(name):
    if name == "ExtractResult":
        from .frames import ExtractResult

        return ExtractResult
    if name == "Store":
        from .store import Store

        return Store
    raise AttributeError(name)
