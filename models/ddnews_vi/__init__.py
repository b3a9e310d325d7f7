"""ddnews_vi: the packaged ddnews extraction pipeline (spaCy config + pattern and lexicon data).

Load it with ``ddnews.load()`` (or ``spacy.load(path)`` after ``import ddnews``).  Every data file
here is general Vietnamese vocabulary; rebuild the config with ``python scripts/build_model.py``.
"""
from pathlib import Path

PATH = Path(__file__).resolve().parent


def load(**overrides):
    """Load this pipeline (same as ``ddnews.load()``)."""
    from ddnews.nlp.pipeline import load as _load

    return _load(PATH)
