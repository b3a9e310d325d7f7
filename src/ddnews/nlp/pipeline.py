"""Load the packaged ddnews pipeline (cached once per process) or build one from its data files."""
from __future__ import annotations

from functools import lru_cache
from pathlib import Path

import spacy
from spacy.language import Language

from ..errors import Errors, PipelineError
from . import attrs, registrations
from .components import default_model_path

TOKENIZER = {"nlp": {"tokenizer": {"@tokenizers": "ddnews.FastTokenizer.v1"}}}


def build(components=None) -> Language:
    """Assemble a fresh pipeline from the data files (what ``models/ddnews_vi`` is built from)."""
    attrs.register()
    nlp = spacy.blank("vi", config=TOKENIZER)
    for name in components or available_components():
        nlp.add_pipe(name)
    nlp.add_pipe("ddnews_facts")
    nlp.meta.update({"name": "ddnews_vi", "version": "0.1.0", "lang": "vi",
                     "description": "ddnews extraction pipeline: documents, dates, officials, bodies, places, claims"})
    return nlp


def available_components() -> list[str]:
    """Registered extractor components whose data directory ships with the package, in order."""
    base = default_model_path()
    return [n for n in registrations.EXTRACTORS if (base / n).is_dir()]


@lru_cache(maxsize=4)
def load(path: str | Path | None = None) -> Language:
    """The ddnews spaCy pipeline (``models/ddnews_vi`` by default), loaded once per process.

    >>> nlp = load()
    >>> doc = nlp("Thực hiện Nghị quyết số 09-NQ/TU ngày 15/8/2021 của Tỉnh ủy.")
    >>> [s._.fact["symbol"] for s in doc.spans["documents"]]
    ['NQ/TU']
    """
    attrs.register()
    target = Path(path) if path else default_model_path()
    try:
        nlp = spacy.load(target)
    except Exception as exc:  # noqa: BLE001 - reported with a coded message
        raise PipelineError(Errors.E202.format(path=target, reason=exc), code="E202") from exc
    for _, proc in nlp.pipeline:  # build every extractor now: a bad data file fails here, naming file and line
        getattr(proc, "extractor", None)
    return nlp
