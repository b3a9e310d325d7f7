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
