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
__all__ = ["extract", "iter_records", "load", "load_articles", "panel", "read", "render", "scrape", "ExtractResult",
           "Store", "__version__"]


def load(path: str | Path | None = None, *, indicator_files: Iterable[str | Path] = ()):
    """The spaCy pipeline (``models/ddnews_vi``), loaded once per process.

    ``indicator_files``: indicator files of your own (tab-separated, the columns of
    ``data/indicators/indicators.tsv``), the ``indicator_files`` setting of its ``ddnews_claim_link``
    component: their rules are tried before the packaged ones, so claims carry your indicator ids.
    """
    from .nlp.pipeline import load as _load

    return _load(path, indicator_files=indicator_files)


def load_articles(inputs):
    """Yield an Article or an ErrorRecord for every article in paths, globs, folders or raw texts."""
    from .loading.files import load_articles as _load_articles

    return _load_articles(inputs)


def first_line_title(rec: dict) -> dict:
    """A ``.txt`` article without a title (no ``# title:`` header) takes the first line of its text.

    >>> first_line_title({"source": "a.txt", "title": None, "text": "\\nKết nạp đảng viên\\nNội dung"})["title"]
    'Kết nạp đảng viên'
    """
    if rec.get("title") or rec.get("error") or not str(rec.get("source") or "").lower().endswith(".txt"):
        return rec
    line = next((ln.strip() for ln in (rec.get("text") or "").splitlines() if ln.strip()), None)
    if line:
        rec["title"] = line
    return rec


def iter_records(inputs, **kwargs):
    """Yield one record (or error row) per input article; see :func:`ddnews.api.iter_records`."""
    from .api import iter_records as _iter

    return (first_line_title(r) for r in _iter(inputs, **kwargs))


def extract(inputs: Iterable[str | Path] | str | Path, *, nlp=None, include_text: bool = True,
            indicator_files: Iterable[str | Path] = ()):
    """Extract every fact from paths, folders, globs or raw article texts.

    Returns an :class:`~ddnews.frames.ExtractResult` whose ``.articles``, ``.documents``, ``.dates``,
    ``.claims`` … are typed pandas DataFrames (one row per fact, with article id, offsets and evidence;
    the schema is :data:`ddnews.frames.SCHEMA`).  ``indicator_files``: indicator files of your own, tried
    before the packaged rules (as :func:`load`; give either them or ``nlp``).
    """
    from .frames import ExtractResult

    return ExtractResult(list(iter_records(inputs, nlp=nlp, include_text=include_text,
                                           indicator_files=indicator_files)))


def read(path: str | Path, **filters):
    """Read results back as an :class:`~ddnews.frames.ExtractResult`: a fact store (``facts.db``), a folder
    of CSV/Parquet tables (``ddnews extract --format csv|parquet -o folder``) or a JSONL file.

    A store read back gives the same DataFrames as the ``ddnews.extract`` that filled it. Store filters:
    ``kinds``, ``province``, ``year``, ``document``, ``articles`` (see :func:`ddnews.store.reader.read_store`).
    """
    from .frames import read as _read

    return _read(path, **filters)


def render(text_or_doc, *, page: bool = False, jupyter: bool | None = None) -> str:
    """displaCy HTML of an article with every fact marked, the text exactly as loaded (line breaks kept)."""
    from .rendering import render as _render

    doc = text_or_doc
    if isinstance(text_or_doc, str):
        from .api import make_doc
        from .types import Article

        doc = make_doc(load(), Article(id="text", text=text_or_doc))
    return _render(doc, page=page, jupyter=jupyter)


def __getattr__(name):
    if name == "ExtractResult":
        from .frames import ExtractResult

        return ExtractResult
    if name == "Store":
        from .store import Store

        return Store
    if name == "panel":  # the module is callable: ddnews.panel("facts.db", …) gives the panel DataFrame
        import importlib

        return importlib.import_module(".panel", __name__)
    if name == "scrape":  # the package is callable: ddnews.scrape(...) yields article rows
        import importlib

        return importlib.import_module(".scrape", __name__)
    raise AttributeError(name)
