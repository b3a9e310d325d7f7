"""Build the ddnews pipeline from the packaged data, or load a model package from disk (cached per process)."""
from __future__ import annotations

from functools import lru_cache
from pathlib import Path

import spacy
from spacy.language import Language

from ..errors import Errors, PipelineError
from . import attrs, registrations

TOKENIZER = {"nlp": {"tokenizer": {"@tokenizers": "ddnews.FastTokenizer.v1"}}}
# Every stage, in order: the extractors, then linking, then the displaCy view.
PIPELINE = [*registrations.COMPONENTS, *registrations.LATE_STAGES]
META = {"name": "ddnews_vi", "version": "0.1.0", "lang": "vi",
        "description": "ddnews extraction pipeline: documents, dates, officials, bodies, places, claims",
        "requirements": ["ddnews>=0.1.0"]}


def build(components: list[str] | None = None) -> Language:
    """Assemble a fresh pipeline from the packaged data files (``ddnews/data``).

    ``components`` picks a prefix or subset of the extractors (tests); linking and the facts view
    always close the pipeline.
    """
    attrs.register()
    nlp = spacy.blank("vi", config=TOKENIZER)
    names = components if components is not None else list(registrations.COMPONENTS)
    for name in [*names, *registrations.LATE_STAGES]:
        if name not in nlp.pipe_names:
            nlp.add_pipe(name)
    nlp.meta.update(META)
    return nlp


@lru_cache(maxsize=4)
def load(path: str | Path | None = None) -> Language:
    """The ddnews spaCy pipeline, built once per process from the packaged data, or loaded from a model
    package directory (``models/ddnews_vi``, or one written by ``nlp.to_disk``).

    >>> nlp = load()
    >>> doc = nlp("Thực hiện Nghị quyết số 09-NQ/TU ngày 15/8/2021 của Tỉnh ủy.")
    >>> [s._.fact["symbol"] for s in doc.spans["documents"]]
    ['NQ/TU']
    """
    attrs.register()
    try:
        nlp = build() if path is None else spacy.load(Path(path))
    except Exception as exc:  # noqa: BLE001 - reported with a coded message
        raise PipelineError(Errors.E202.format(path=path or "ddnews/data", reason=exc), code="E202") from exc
    for _, proc in nlp.pipeline:  # build every extractor now: a bad data file fails here, naming file and line
        getattr(proc, "extractor", None)
    return nlp
