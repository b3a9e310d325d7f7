"""The single generator of records: load → normalise → extract (spaCy pipeline) → records.

The CLI, the notebook API and the Dask engine all call :func:`iter_records`.
"""
from __future__ import annotations

from collections.abc import Iterable, Iterator
from pathlib import Path
from typing import Any

from spacy.language import Language
from spacy.tokens import Doc

from .errors import DataFileError, Errors, PipelineError
from .limits import ARTICLE_SECONDS, time_limit
from .loading.files import header_date, load_articles
from .nlp.pipeline import load
from .records import doc_to_record
from .types import Article, ErrorRecord


def make_doc(nlp: Language, article: Article) -> Doc:
    """Run the pipeline on one loaded article: ``nlp.make_doc`` normalises (as ``nlp(text)`` does), the
    article and its header date are attached, then every component runs (facts in ``doc.spans``)."""
    doc = nlp.make_doc(article.text)
    doc._.article = article
    doc._.header_published = doc._.published = header_date(article.published)
    return nlp(doc)


def pipeline(nlp: Language | None = None, indicator_files: Iterable[str | Path] = ()) -> Language:
    """``nlp``, or the packaged pipeline with the user's ``indicator_files`` (a setting of ``ddnews_claim_link``:
    their rules are tried before the packaged ones); giving both is an error (set the files when loading)."""
    files = list(indicator_files)
    if nlp is not None and files:
        raise ValueError("give either nlp or indicator_files: for a pipeline of your own, load it with "
                         "ddnews.load(path, indicator_files=[...])")
    return nlp or load(indicator_files=files)


def iter_records(inputs: Iterable[str | Path] | str | Path, *, nlp: Language | None = None,
                 include_text: bool = True, allow_text: bool = True,
                 exclude: Iterable[str | Path] = (), indicator_files: Iterable[str | Path] = ()
                 ) -> Iterator[dict[str, Any]]:
    """Yield one record per input article: an article record, or an error row that says why.

    A broken pipeline (a malformed data file) is not an article's fault: it raises instead of turning
    every article into an error row.  ``indicator_files``: indicator files of your own (the columns of
    ``data/indicators/indicators.tsv``), whose rules are tried before the packaged ones; each is checked
    before any article is read (a bad one raises :class:`~ddnews.errors.DataFileError` naming file and line).

    >>> recs = list(iter_records(["Ngày 7/3/2022, Tỉnh ủy ban hành Nghị quyết số 11-NQ/TU về công tác cán bộ."]))
    >>> recs[0]["documents"][0]["symbol"], recs[0]["dates"][0]["value"]
    ('NQ/TU', '2022-03-07')
    """
    nlp = pipeline(nlp, indicator_files)
    for item in load_articles(inputs, allow_text=allow_text, exclude=exclude):
        if isinstance(item, ErrorRecord):
            yield item.to_dict()
            continue
        if len(item.text) > nlp.max_length:
            yield ErrorRecord(item.source, "extract", "E207", Errors.E207.format(
                id=item.id, n=len(item.text), limit=nlp.max_length), id=item.id).to_dict()
            continue
        try:
            with time_limit(ARTICLE_SECONDS):     # a pathological article becomes an error row, not a hung run
                doc = make_doc(nlp, item)
            yield doc_to_record(doc, include_text=include_text)
        except (DataFileError, PipelineError):
            raise
        except Exception as exc:  # noqa: BLE001 - one bad article never stops the run
            err = ErrorRecord(item.source, "extract", "E203", Errors.E203.format(id=item.id, reason=repr(exc)),
                              id=item.id)
            yield err.to_dict()


def is_error(record: dict[str, Any]) -> bool:
    """True for an error row."""
    return "error" in record and record.get("error") is not None
