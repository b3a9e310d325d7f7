"""The place of a claim: the administrative unit its figure is about, with its gazetteer code.

The place is the unit named as the subject of the claim's sentence: the last linked place, or body with a
linked place, written before the number in the same sentence (cut at ";" and ":"), outside officials'
titles ("Đảng bộ huyện X kết nạp …", "xã Y có …"; a provincial body such as "Đảng bộ Khối … tỉnh" is the
province).  "toàn huyện", "toàn xã" … name the article's most-mentioned unit of that level.  Else it is
the article's province.  Fields: ``place`` (as written, or the province's name), ``place_code``,
``place_level``, ``place_province`` and ``place_from`` (``subject`` or ``article``).

>>> text = "Đảng bộ huyện A kết nạp 5 đảng viên."
>>> loc = {"text": "huyện A", "level": "district", "code": "001", "province": "B", "start": 8, "end": 15}
>>> claim_places(text, fold(text), [{"number_start": 24}], [loc], [], None)[0]["place_code"]
'001'
"""
from __future__ import annotations

from bisect import bisect_right
from collections import Counter
from collections.abc import Iterable, Iterator, Sequence
from functools import lru_cache
from typing import Any

import regex

from ..resources.admin_units import REFORM_DATE, gazetteer
from ..text.normalize import fold
from ..text.sentences import Segments, sentences
from .periods import number_position

__all__ = ["claim_places", "fold", "province_place"]

_PROVINCIAL = regex.compile(r"(?<!\w)(?:tỉnh|thành\s+phố|tp)(?!\w)\s*$|^(?:tỉnh|thành)\s+ủy")
# A level word without a name ("toàn huyện", "Huyện kết nạp …") names the article's own unit of that level (not
# "cấp huyện", a tier of government, nor "Huyện ủy", a body); matched on the normalised text, a name being
# capitalised.
_WHOLE = regex.compile(r"(?<!\w)(?<!cấp\s)(?:(?i:toàn)\s+)?((?i:tỉnh|thành\s+phố|huyện|quận|thị\s+xã|xã|phường"
                       r"|thị\s+trấn))(?!\w)(?!\s+(?:ủy|uỷ|\p{Lu}|\d))")
_WHOLE_REACH = 80     # "toàn huyện" stands at most this many characters before the number
_LEVEL_WORDS = ("tỉnh", "thành phố", "huyện", "quận", "thị xã", "xã", "phường", "thị trấn")
_RANK = {"commune": 0, "ward": 0, "township": 0, "special": 0, "district": 1, "town": 1, "city": 2, "province": 3}
_CHAIN_GAP = regex.compile(r"[\s,]*")
_WHOLE_LEVELS = {"tỉnh": ("province", "city"), "thành phố": ("city", "province", "district"),
                 "huyện": ("district",), "quận": ("district",), "thị xã": ("town", "district"),
                 "xã": ("commune",), "phường": ("ward",), "thị trấn": ("township",)}


def _spans(fact: dict[str, Any]) -> list[tuple[int, int]]:
    mentions = fact.get("mentions")
    if mentions:
        return [(s, e) for s, e in mentions]
    return [(fact["start"], fact["end"])] if isinstance(fact.get("start"), int) else []


_LEVEL_WORD = regex.compile(r"(?i:huyện|quận|thị\s+xã|thị\s+trấn|thành\s+phố|xã|phường)(?=\s)")


def _written(loc: dict[str, Any]) -> str | None:
    """The place as written, its level word in lower case ("Huyện Na Hang" at a sentence start → "huyện Na Hang")."""
    text = loc.get("text")
    m = _LEVEL_WORD.match(text or "")
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
        if fact.get("level") in ("province", "city") or _PROVINCIAL.search(written):
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
    if not any(w in window for w in _LEVEL_WORDS):
        return None
    hits = list(_WHOLE.finditer(text, lo, pos))
    if not hits:
        return None
    word = " ".join(fold(hits[-1].group(1)).split())
    levels = _WHOLE_LEVELS.get(word, ())
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
