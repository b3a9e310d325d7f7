"""The place of a claim: the administrative unit its figure is about, with its gazetteer code.

The place is the unit named as the subject of the claim's sentence: the last linked place, or body with a
linked place, written before the number in the same sentence (cut at ";" and ":"), outside officials'
titles ("Đảng bộ huyện X kết nạp …", "xã Y có …"; a provincial body such as "Đảng bộ Khối … tỉnh" is the
province).  "toàn huyện", "toàn xã" … name the article's most-mentioned unit of that level.  Else it is
the article's province.  Fields: ``place`` (as written, or the province's name), ``place_code``,
``place_level``, ``place_province`` and ``place_from`` (``subject`` or ``article``).  The level words and
bodies are data: ``place_words.tsv`` of the ``ddnews_claim_link`` folder (``data/indicators/``).

>>> text = "Đảng bộ huyện A kết nạp 5 đảng viên."
>>> loc = {"text": "huyện A", "level": "district", "code": "001", "province": "B", "start": 8, "end": 15}
>>> claim_places(text, fold(text), [{"number_start": 24}], [loc], [], None)[0]["place_code"]
'001'
"""
from __future__ import annotations

from bisect import bisect_right
from collections import Counter
from collections.abc import Iterable, Iterator, Sequence
from dataclasses import dataclass
from functools import cache, lru_cache
from pathlib import Path
from typing import Any

import regex

from ..errors import DataFileError, Errors
from ..resources.admin_units import REFORM_DATE, gazetteer
from ..text.normalize import TONE_PLACEMENT, fold
from ..text.patterns import alternation
from ..text.sentences import Segments, sentences
from .periods import number_position
from .time_phrases import DATA_DIR, whole_words, word_rows, words_by_role

__all__ = ["claim_places", "fold", "province_place"]

_WHOLE_REACH = 80     # "toàn huyện" stands at most this many characters before the number
_RANK = {"commune": 0, "ward": 0, "township": 0, "special": 0, "district": 1, "town": 1, "city": 2, "province": 3}
_CHAIN_GAP = regex.compile(r"[\s,]*")
PLACE_WORDS = "place_words.tsv"
_NEW_TONE = {new: old for old, new in TONE_PLACEMENT.items()}
_NEW_TONE_RE = regex.compile("(?:" + "|".join(_NEW_TONE) + r")(?!\w)")


@dataclass(frozen=True, slots=True)
class _PlaceCues:
    """The level words and bodies of places (``place_words.tsv``), compiled."""

    provincial: regex.Pattern[str]    # a body of the province (on its folded name)
    whole: regex.Pattern[str]         # a level word without a name (on the normalised text, a name being capitalised)
    level_words: tuple[str, ...]      # a quick filter for ``whole``
    whole_levels: dict[str, tuple[str, ...]]   # the unit levels a level word alone names, in order of preference
    level_word: regex.Pattern[str]    # a level word opening a place as written, to write in lower case


def _spellings(words: list[str]) -> set[str]:
    """The words folded, and each with its old tone placement too ("ủy", "uỷ"), to match unfolded text."""
    out = {fold(w) for w in words}
    return out | {_NEW_TONE_RE.sub(lambda m: _NEW_TONE[m.group()], w) for w in out}


def _levels(path: Path, rows: list[tuple[int, dict[str, str]]]) -> dict[str, tuple[str, ...]]:
    """The unit levels of each level word: named for the role ``level`` (each a level of :data:`_RANK`), only there."""
    out = {}
    for line, row in rows:
        levels = tuple(row["levels"].split())
        bad = [x for x in levels if x not in _RANK]
        if bad or bool(levels) != (row["role"] == "level"):
            reason = (f"unknown levels {', '.join(bad)} (allowed: {', '.join(sorted(_RANK))})" if bad else
                      f"levels are given for the role level (and only there), not for '{row['role']}'")
            raise DataFileError(Errors.E102.format(path=path, line=line, reason=reason), code="E102")
        if levels:
            out[" ".join(fold(row["word"]).split())] = levels
    return out


@cache
def _cues(data_dir: Path = DATA_DIR) -> _PlaceCues:
    """The place words, read once from ``data_dir``."""
    path = data_dir / PLACE_WORDS
    rows = word_rows(path)
    w = words_by_role(path)
    body = alternation(_spellings(w["body_suffix"]), fold_words=False)
    return _PlaceCues(
        provincial=regex.compile(rf"{whole_words(w['provincial_end'])}\s*$|^{alternation(w['provincial_body'])}"),
        # not after a tier ("cấp huyện"), nor before a body ("Huyện ủy"), a name or a number
        whole=regex.compile(rf"(?<!\w)(?<!{alternation(w['tier'])}\s)(?:(?i:{alternation(w['whole'])})\s+)?"
                            rf"((?i:{alternation(w['level'])}))(?!\w)(?!\s+(?:{body}|\p{{Lu}}|\d))"),
        level_words=tuple(fold(x) for x in w["level"]),
        whole_levels=_levels(path, rows),
        level_word=regex.compile(rf"(?i:{alternation(w['written_level'])})(?=\s)"))


def _spans(fact: dict[str, Any]) -> list[tuple[int, int]]:
    mentions = fact.get("mentions")
    if mentions:
        return [(s, e) for s, e in mentions]
    return [(fact["start"], fact["end"])] if isinstance(fact.get("start"), int) else []


def _written(loc: dict[str, Any]) -> str | None:
    """The place as written, its level word in lower case ("Huyện Na Hang" at a sentence start → "huyện Na Hang")."""
    text = loc.get("text")
    m = _cues().level_word.match(text or "")
    return (m.group().lower() + text[m.end():]) if text and m else text


def _loc_place(loc: dict[str, Any], where: str) -> dict[str, Any]:
    return {"place": _written(loc), "place_code": loc.get("code"), "place_level": loc.get("level"),
            "place_province": loc.get("province"), "place_from": where}


@lru_cache(maxsize=256)
def _province_unit(name: str, new_set: bool) -> tuple[str, str] | None:
    """(code, level) of the province called ``name`` in the unit set of the period."""
    units = [u for u in gazetteer().candidates(name, "province") if u.code == u.province_code]
    for unit_set in (("2025", "legacy") if new_set else ("legacy", "2025")):
        found = [u for u in units if u.unit_set == unit_set]
        if found:
            return found[0].code, ("city" if found[0].kind == "thành phố" else "province")
    return None


def province_place(province: str | None, published: str | None, where: str = "article") -> dict[str, Any]:
    """The place fields of a province (by its short name), or empty ones."""
    empty = {"place": None, "place_code": None, "place_level": None, "place_province": None, "place_from": None}
    if not province:
        return empty
    unit = _province_unit(province, bool(published and published >= REFORM_DATE))
    return {"place": province, "place_code": unit[0] if unit else None, "place_level": unit[1] if unit else "province",
            "place_province": province, "place_from": where}


class _Marks:
    """Linked places and bodies of one article by position, outside officials' titles."""

    def __init__(self, text: str, locations: Sequence[dict[str, Any]], organizations: Sequence[dict[str, Any]],
                 titles: Iterable[tuple[int, int]]) -> None:
        blocked = sorted(titles)
        marks: list[tuple[int, int, int, dict[str, Any]]] = []
        for loc in locations:
            if loc.get("code"):
                marks += [(s, e, 1, loc) for s, e in _spans(loc) if not _inside(s, e, blocked)]
        for org in organizations:
            marks += [(s, e, 0, org) for s, e in _spans(org) if not _inside(s, e, blocked)]
        marks.sort(key=lambda m: (m[1], m[2]))
        self.marks = marks
        self.ends = [m[1] for m in marks]
        self.text = text
        self.main = _main_units(locations)

    def before(self, lo: int, pos: int) -> Iterator[tuple[int, int, int, dict[str, Any]]]:
        """The marks inside ``[lo, pos)``, the nearest to ``pos`` first (a chain "huyện A, tỉnh B" as its
        smallest place)."""
        for i in range(bisect_right(self.ends, pos) - 1, -1, -1):
            m = self.marks[i]
            if m[1] <= lo:
                return
            if m[0] >= lo:
                yield self.chain(i)

    def chain(self, i: int) -> tuple[int, int, int, dict[str, Any]]:
        """The smallest place of the chain of places ending with mark ``i`` ("huyện A, tỉnh B" → huyện A)."""
        best = self.marks[i]
        j = i
        while j > 0:
            prev = self.marks[j - 1]
            if prev[1] > self.marks[j][0] or not _CHAIN_GAP.fullmatch(self.text, prev[1], self.marks[j][0]):
                break
            j -= 1
            if prev[2] and _RANK.get(prev[3].get("level") or "", 9) < _RANK.get(best[3].get("level") or "", 9):
                best = prev
        return best

    def resolve(self, mark: tuple[int, int, int, dict[str, Any]], province: dict[str, Any]) -> dict[str, Any] | None:
        s, e, is_loc, fact = mark
        if is_loc:
            if fact.get("level") in ("province", "city") and len(str(fact.get("code") or "")) <= 2:  # a province
                same = province.get("place_province") and fact.get("province") == province["place_province"]
                return {**province, "place_from": "subject"} if same else _loc_place(fact, "subject")
            return _loc_place(fact, "subject")
        inner = [m for m in self.marks if m[2] and s <= m[0] and m[1] <= e]
        if inner:
            return _loc_place(inner[-1][3], "subject")
        written = fold(self.text[s:e])
        if fact.get("level") in ("province", "city") or _cues().provincial.search(written):
            return {**province, "place_from": "subject"} if province.get("place") else None
        return None


def _inside(s: int, e: int, spans: Sequence[tuple[int, int]]) -> bool:
    return any(a <= s and e <= b for a, b in spans)


def _main_units(locations: Sequence[dict[str, Any]]) -> dict[str, dict[str, Any]]:
    """The most-mentioned linked unit of each level."""
    counts: Counter[tuple[str, str]] = Counter()
    by_code: dict[str, dict[str, Any]] = {}
    for loc in locations:
        if loc.get("code") and loc.get("level"):
            counts[(loc["level"], loc["code"])] += len(_spans(loc)) or 1
            by_code[loc["code"]] = loc
    main: dict[str, dict[str, Any]] = {}
    for (level, code), _ in counts.most_common():
        main.setdefault(level, by_code[code])
    return main


def _whole(marks: _Marks, text: str, lo: int, pos: int,
           province: dict[str, Any]) -> tuple[int, dict[str, Any]] | None:
    """"toàn huyện …" before the number: (its end, the article's main unit of that level)."""
    lo = max(lo, pos - _WHOLE_REACH)
    window = text[lo:pos].lower()
    cues = _cues()
    if not any(w in window for w in cues.level_words):
        return None
    hits = list(cues.whole.finditer(text, lo, pos))
    if not hits:
        return None
    word = " ".join(fold(hits[-1].group(1)).split())
    levels = cues.whole_levels.get(word, ())
    if "province" in levels[:1] and province.get("place"):
        return hits[-1].end(), {**province, "place_from": "subject"}
    for level in levels:
        if level in marks.main:
            return hits[-1].end(), _loc_place(marks.main[level], "subject")
    return None


def claim_places(text: str, folded: str, claims: Sequence[dict[str, Any]], locations: Sequence[dict[str, Any]],
                 organizations: Sequence[dict[str, Any]], province: str | None, *, published: str | None = None,
                 titles: Iterable[tuple[int, int]] = (), sents: Segments | None = None) -> list[dict[str, Any]]:
    """The place fields of every claim, in order (offsets of every fact index ``text``).

    Args:
        claims: claim dicts with ``number_start`` (else ``start``).
        locations, organizations: the article's linked places (``code``, ``level``, ``mentions``) and bodies.
        province: the article's province (short name), the place when no subject names one.
        titles: spans of officials' titles (places inside them are not subjects).
    """
    sents = sents or sentences(text)
    marks = _Marks(folded, locations, organizations, titles)
    prov = province_place(province, published)
    out = []
    for c in claims:
        pos = number_position(c)
        lo = sents.start(pos)
        lo = max(lo, text.rfind(";", lo, pos) + 1, text.rfind(":", lo, pos) + 1)
        found = next(((m[1], p) for m in marks.before(lo, pos) if (p := marks.resolve(m, prov))), None)
        whole = _whole(marks, text, found[0] if found else lo, pos, prov)
        if whole and (found is None or whole[0] > found[0]):
            found = whole
        out.append(found[1] if found else prov)
    return out
