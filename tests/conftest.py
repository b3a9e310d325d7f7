"""Shared fixtures: the packaged pipeline (loaded once), paths to the corpus and the shared tools."""
from __future__ import annotations

from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[1]
CORPUS = ROOT / "corpus"
SHARED = ROOT.parent / "shared"


@pytest.fixture(scope="session")
def nlp():
    import ddnews

    return ddnews.load()


@pytest.fixture(scope="session")
def corpus_records(nlp):
    """Records of the whole bundled corpus (extracted once per session)."""
    from ddnews.api import iter_records

    return list(iter_records([CORPUS], nlp=nlp))


@pytest.fixture(scope="session")
def corpus_texts():
    """The bundled corpus texts, header lines removed (as the loader removes them)."""
    from ddnews.loading.files import load_articles

    return [a.text for a in load_articles([CORPUS]) if hasattr(a, "text")]
