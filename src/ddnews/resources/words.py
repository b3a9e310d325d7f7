"""Vietnamese compound words: the word list that ships inside the ``underthesea`` package (Viet74K).

Vietnamese writes a compound word as separate syllables ("quản lý", "môi trường"), and a proper name
of a body capitalises only the first syllable of each word ("Ban Quản lý Khu Kinh tế", "Sở Tài nguyên
và Môi trường").  Whether "Quản" and "lý" are one word is a dictionary question; this module answers it.
The list is read from the installed package's data file (no model is loaded, nothing is downloaded),
folded like the text, and cached once per process.

>>> is_word("quản lý"), is_word("Môi trường"), is_word("phúc chủ")
(True, True, False)
"""
from __future__ import annotations

import importlib.util
from functools import lru_cache
from pathlib import Path

from ..errors import DataFileError, Errors
from ..text.normalize import fold

_WORD_FILE = ("corpus", "data", "Viet74K.txt")


def _path() -> Path:
    spec = importlib.util.find_spec("underthesea")
    if spec is None or not spec.submodule_search_locations:
        raise DataFileError(Errors.E102.format(path="underthesea", line=0, reason=(
            "the underthesea package is not installed: pip install underthesea (ddnews reads its word list)")),
            code="E102")
    return Path(next(iter(spec.submodule_search_locations))).joinpath(*_WORD_FILE)


@lru_cache(maxsize=1)
def compounds() -> frozenset[str]:
    """Folded words of two or three syllables (single syllables are never a question here)."""
    text = _path().read_text(encoding="utf-8")
    folded = fold(text).split("\n")
    return frozenset(w.strip() for w in folded if 1 <= w.strip().count(" ") <= 2)


def is_word(phrase: str) -> bool:
    """True when ``phrase`` (any case, either tone placement) is a compound word of the dictionary."""
    return " ".join(fold(phrase).split()) in compounds()


def is_folded_word(folded_phrase: str) -> bool:
    """:func:`is_word` for a phrase already folded with single spaces (no folding: the hot path)."""
    return folded_phrase in compounds()
