"""Build the ddnews pipeline from the packaged data, or load a model package from disk (cached per process)."""
from __future__ import annotations

import gc
from collections.abc import Iterable, Iterator
from contextlib import contextmanager
from functools import lru_cache
from pathlib import Path

import spacy
from spacy.language import Language

from ..errors import Errors, PipelineError
from . import attrs, registrations

TOKENIZER = {"nlp": {"tokenizer": {"@tokenizers": "ddnews.FastTokenizer.v1"}}}
CLAIM_LINK = "ddnews_claim_link"     # the stage whose setting indicator_files is the user's indicator files
# Every stage, in order: the extractors, then linking, then the displaCy view.
PIPELINE = [*registrations.COMPONENTS, *registrations.LATE_STAGES]
META = {"name": "ddnews_vi", "version": "0.1.0", "lang": "vi",
        "description": "ddnews extraction pipeline: documents, dates, officials, bodies, places, claims",
        "requirements": ["ddnews>=0.1.0"]}


def build(components: list[str] | None = None, indicator_files: Iterable[str | Path] = ()) -> Language:
    """Assemble a fresh pipeline from the packaged data files (``ddnews/data``).

    ``components`` picks a prefix or subset of the extractors (tests); linking and the facts view
    always close the pipeline.  ``indicator_files`` is the ``ddnews_claim_link`` setting: indicator files
    of the user's, whose rules are tried before the packaged ones.
    """
    attrs.register()
    nlp = spacy.blank("vi", config=TOKENIZER)
    names = components if components is not None else list(registrations.COMPONENTS)
    files = [str(p) for p in indicator_files]
    for name in [*names, *registrations.LATE_STAGES]:
        if name not in nlp.pipe_names:
            nlp.add_pipe(name, config={"indicator_files": files} if name == CLAIM_LINK and files else {})
    nlp.meta.update(META)
    return nlp


def _file_key(path: str | Path) -> tuple[str, int, int]:
    """An indicator file as a cache key: its absolute path, modification time and size (an edited file is read
    again; a missing one keeps its path, and reading it says what is wrong)."""
    p = Path(path).expanduser().absolute()
    try:
        st = p.stat()
    except OSError:
        return str(p), -1, -1
    return str(p), st.st_mtime_ns, st.st_size


def load(path: str | Path | None = None, indicator_files: Iterable[str | Path] = ()) -> Language:
    """The ddnews spaCy pipeline, built once per process from the packaged data, or loaded from a model
    package directory (``models/ddnews_vi``, or one written by ``nlp.to_disk``).

    ``indicator_files`` sets ``ddnews_claim_link``'s ``indicator_files``: indicator files of your own (the
    columns of ``data/indicators/indicators.tsv``) whose rules are tried before the packaged ones.  Each is
    checked now: a bad file raises :class:`~ddnews.errors.DataFileError` naming file and line.  The pipeline is
    cached per path and files (an edited file gives a new pipeline).

    >>> nlp = load()
    >>> doc = nlp("Thực hiện Nghị quyết số 09-NQ/TU ngày 15/8/2021 của Tỉnh ủy.")
    >>> [s._.fact["symbol"] for s in doc.spans["documents"]]
    ['NQ/TU']
    """
    return _load(path, tuple(_file_key(p) for p in indicator_files))


@lru_cache(maxsize=4)
def _load(path: str | Path | None, files: tuple[tuple[str, int, int], ...]) -> Language:
    attrs.register()
    paths = [f for f, _, _ in files]
    overrides = {f"components.{CLAIM_LINK}.indicator_files": paths} if paths else {}
    with _collector_paused():
        try:
            nlp = build(indicator_files=paths) if path is None else spacy.load(Path(path), config=overrides)
        except Exception as exc:  # noqa: BLE001 - reported with a coded message
            raise PipelineError(Errors.E202.format(path=path or "ddnews/data", reason=exc), code="E202") from exc
        for _, proc in nlp.pipeline:  # build every extractor now: a bad data file fails here, naming file and line
            getattr(proc, "extractor", None)
        if paths:  # and read the user's indicator files now (a package's own copies, when it has them)
            getattr(nlp.get_pipe(CLAIM_LINK), "table", None)
    _freeze_once()
    return nlp


@contextmanager
def _collector_paused() -> Iterator[None]:
    """The cyclic garbage collector off while the pipeline is built, as it was before afterwards.  Building
    allocates hundreds of thousands of objects that all stay alive (lexicons, tries, compiled patterns), so the
    collections it would trigger find almost nothing and cost about a quarter of the load (0.25 s)."""
    was_enabled = gc.isenabled()
    gc.disable()
    try:
        yield
    finally:
        if was_enabled:
            gc.enable()


_FROZEN: list[bool] = []


def _freeze_once() -> None:
    """Move what exists after the first pipeline is built (its lexicons, patterns and the unit index: hundreds of
    thousands of long-lived objects) out of the cyclic garbage collector's way, once per process.  Collections
    stop walking them, and the interpreter exits about 0.3 s sooner (its last collection skips them); they stay
    alive as they would anyway.  ``gc.unfreeze()`` undoes it."""
    if not _FROZEN:
        _FROZEN.append(True)
        gc.freeze()
