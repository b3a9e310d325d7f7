"""Capitalised-word runs and the split of a run into a place name and a person's name.

Shared by the officials, organizations and locations extractors.  Vietnamese writes every
syllable of a proper name with a capital ("Nguyễn Văn An", "Mường Tè"), so a *run* of capitalised
syllables separated by single spaces is the unit we reason about; where a run holds both a place
and a person ("Tỉnh ủy Hòa Bình Nguyễn Văn An"), :func:`split_person` finds the seam with the
gazetteer (places) and the family-name lexicon (persons).  All matching is local: callers jump to
anchors found by regex and call these helpers at a position, never scan the text word by word.
"""
from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache

import regex

from ...resources.admin_units import gazetteer

# One token after optional spaces (no line break): a "(ABBR)" group, a word (with inner dots as in
# "T.Ư", or an "&" as in "GD&ĐT"), a number, a dash or another punctuation mark.  Stdlib ``re`` (letters =
# ``[^\W\d_]``): these anchored matches run thousands of times per article and ``re`` calls are cheaper.
_L = r"[^\W\d_]"
_TOK = rf"(?P<tok>\({_L}[\w.&-]*\)|{_L}+(?:['’]{_L}+|\.{_L}+|&{_L}+)*|\d+|[-–]|[^\s\w])"
_TOKEN = re.compile(r"[ \t]*" + _TOK)
# Same, but may cross one line break (wrapped text, e.g. resolutions copied from PDF).
_TOKEN_NL = re.compile(r"[ \t]*(?:\r?\n[ \t]*)?" + _TOK)
# A capitalised syllable of a person's or a place's name ("Nguyễn", not "UBND").
# An apostrophe may join two parts of a minority syllable ("M'Drắk", "K'Nớ", "H'Hen").
NAME_SYLLABLE = r"\p{Lu}\p{Ll}*(?:['’]\p{Lu}?\p{Ll}+)?"
NAME_WORD = regex.compile(NAME_SYLLABLE)
# A run of such syllables separated by single spaces.
# (each syllable a whole word: "Lê Văn S" is no run in "Lê Văn SN 1973")
NAME_RUN = regex.compile(rf"{NAME_SYLLABLE}(?![\p{{L}}\d])(?: {NAME_SYLLABLE}(?![\p{{L}}\d]))*")


@dataclass(slots=True, frozen=True)
class Tok:
    """A token: its span, the text as written and folded."""

    start: int
    end: int
    text: str
    low: str

    @property
    def is_group(self) -> bool:
        """An "(ABBR)" group such as "(UBKT)"."""
        return self.text[:1] == "(" and self.text[1:2].isupper()

    @property
    def is_word(self) -> bool:
        return self.text[:1].isalpha()

    @property
    def is_cap(self) -> bool:
        return self.text[:1].isupper()

    @property
    def is_name_word(self) -> bool:
        """Title-case syllable, as in a person's or a place's name."""
        return is_name_syllable(self.text)


@lru_cache(maxsize=16_384)
def is_name_syllable(word: str) -> bool:
    """True when ``word`` is one title-case syllable of a name (a syllable is tested once per process)."""
    return bool(NAME_WORD.fullmatch(word))


def token_at(text: str, folded: str, pos: int, *, cross_line: bool = False) -> Tok | None:
    """The token starting at ``pos`` after spaces, or None at a line end / text end.

    The extractors ask for the same few positions of an article again and again (over a third of the calls): the
    last answers are remembered (a :class:`Tok` is frozen, so a shared one is safe)."""
    return _token_at(text, folded, pos, cross_line)


@lru_cache(maxsize=4096)
def _token_at(text: str, folded: str, pos: int, cross_line: bool) -> Tok | None:
    m = (_TOKEN_NL if cross_line else _TOKEN).match(text, pos)
    if not m:
        return None
    s, e = m.span("tok")
    return Tok(s, e, text[s:e], folded[s:e])


def name_run_at(text: str, pos: int, limit: int = 6) -> list[tuple[int, int]]:
    """Spans of the capitalised syllables of the run starting at ``pos`` (spaces skipped)."""
    while pos < len(text) and text[pos] in " \t":
        pos += 1
    m = NAME_RUN.match(text, pos)
    if not m:
        return []
    out, p = [], m.start()
    for w in m.group().split(" "):
        out.append((p, p + len(w)))
        p += len(w) + 1
        if len(out) >= limit:
            break
    return out


class Surnames(frozenset):
    """Folded family names; an entry "k'" stands for every apostrophe name of that prefix ("K'Nớ", "H'Hen").
    ``middle``: the middle names that mark the syllable before them as a family name ("Văn", "Thị")."""

    middle: frozenset[str] = frozenset()

    def __contains__(self, word: object) -> bool:
        if frozenset.__contains__(self, word):
            return True
        return isinstance(word, str) and len(word) > 2 and word[1] in "'’" \
            and frozenset.__contains__(self, word[0] + "'")


def known_place_prefix(words: list[str], major_only: bool = False) -> int:
    """Length of the longest prefix of folded ``words`` that the gazetteer knows as a unit name.

    With ``major_only`` only provinces and districts count (after "Tỉnh ủy", "huyện").
    """
    g = gazetteer()
    known = g.is_major if major_only else g.is_place
    best = 0
    for n in range(1, min(len(words), 5) + 1):
        if known(" ".join(words[:n])):
            best = n
    return best


def longest_name(folded: list[str], i: int, middle: frozenset[str]) -> int:
    """How many syllables a name opening at ``i`` may have: four, five when a middle name follows its one- or
    two-syllable family name ("Tôn Nữ Thị Diệu Hiền")."""
    return 5 if any(j < len(folded) and folded[j] in middle for j in (i + 1, i + 2)) else 4


def split_person(words: list[str], folded: list[str], surnames: frozenset[str], *,
                 place_first: bool, place_optional: bool, major_only: bool = False,
                 bare_min: int = 2) -> int | None:
    """Index where a person's name starts inside a capitalised run, or None if it holds no name.

    Args:
        words: the run's syllables as written.
        folded: the same, folded.
        surnames: folded family names.
        place_first: the run follows a level word or a committee ("huyện", "Tỉnh ủy"), so it
            may open with a place name.
        place_optional: the place may be absent (committees: "Tỉnh ủy Nguyễn Văn An").
        major_only: the place can only be a province or district.
        bare_min: syllables a name needs when no place precedes it ("Trưởng thôn Lò Văn Sẻ" needs 3,
            since "thôn Hà Xuyên" is more likely a village than a person).

    A name is 2–4 syllables opening with a family name (5 with a middle name: ``longest_name``), and is not itself a
    known unit name.
    """
    n = len(words)
    if n < 2:
        return None
    lo = 0
    g = gazetteer()
    middle: frozenset[str] = getattr(surnames, "middle", frozenset())
    if place_first:
        known = known_place_prefix(folded, major_only)
        lo = known if known else (0 if place_optional else 1)
        if known and known < n and 3 <= n <= 4 and folded[0] in surnames and folded[known] in middle:
            # no name opens with "Văn": the run is one name, the family name no place ("Chủ tịch UBND xã Phan Văn
            # Đức"), or the name a unit is called by ("Hiệu trưởng Trường THPT Phan Văn Mừng": no one's name)
            if not place_optional:
                return None
            lo = 0
    for i in range(lo, n - 1):
        if 3 <= n - i <= 4 and folded[i + 1] in middle and folded[i] not in middle and not g.is_place(folded[i]):
            return i          # "Trưởng bản Lang Văn Pẻng": a middle name after the family name, known or not
        if folded[i] not in surnames or not 2 <= n - i <= longest_name(folded, i, middle) \
                or (i == 0 and place_first and n < bare_min):
            continue
        if g.is_major(" ".join(folded[i:])):
            continue
        if major_only and i == 0 and n == 2 and g.is_place(" ".join(folded)):
            continue          # "Huyện ủy Lộc Hà": two syllables that name a unit, though not at the level the index
                              # lists them, name the committee's place rather than a person
        return i
    return None
