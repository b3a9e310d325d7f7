"""People across articles: one person for the mentions of one official in many articles, their positions
over time, and the sanctions discipline news reports.

* :func:`parse_title` normalises a title as written into role + body + place ("Phó Bí thư Tỉnh ủy Yên Bái
  khóa XV" → role "Phó Bí thư", body "Tỉnh ủy", place "Yên Bái"; a provincial body named without its place
  is the article's province).
* :func:`link_people` joins officials of different articles into persons: the same full name and a
  compatible scope (the province their titles or their article point to; national posts are national).
  Namesakes in different provinces stay apart; a name of one word ("ông Hải") never leaves its article.
* :func:`find_sanctions` reads the sanctions of an article: khiển trách, cảnh cáo, cách chức, khai trừ
  (and giáng chức, bãi nhiệm, xóa tên), the official or body sanctioned, the deciding body, the date.

>>> parse_title("Phó Bí thư Tỉnh ủy Yên Bái khóa XV", None)
{'role': 'Phó Bí thư', 'body': 'Tỉnh ủy', 'place': 'Yên Bái', 'former': False}
>>> parse_title("Chủ tịch UBND huyện Văn Chấn", "Yên Bái")["place"]
'huyện Văn Chấn'
"""
from __future__ import annotations

import hashlib
from collections import defaultdict
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass, field
from typing import Any

import regex

from ..text.dates import DATE_RE, parts, to_iso
from ..text.normalize import fold, strip_marks
from ..text.sentences import sentences

__all__ = ["Person", "find_sanctions", "link_people", "name_key", "parse_title", "person_id", "province_of"]

# Roles, longest first (matched at the start of a title, case and tone placement ignored).
ROLES = sorted([
    "Tổng Bí thư", "Phó Bí thư Thường trực", "Phó Bí thư", "Bí thư", "Phó Chủ tịch Thường trực", "Phó Chủ tịch",
    "Chủ tịch", "Ủy viên Ban Thường vụ", "Ủy viên Ban Chấp hành", "Ủy viên dự khuyết", "Ủy viên", "Phó Trưởng",
    "Trưởng", "Phó Giám đốc", "Giám đốc", "Phó Chủ nhiệm", "Chủ nhiệm", "Phó trưởng phòng",
    "Trưởng phòng", "Bộ trưởng", "Thứ trưởng", "Thủ tướng", "Phó Thủ tướng", "Trưởng đoàn", "Phó Trưởng đoàn",
    "Đại biểu Quốc hội", "Tỉnh ủy viên", "Huyện ủy viên", "Thành ủy viên", "Chánh Văn phòng", "Phó Chánh Văn phòng",
    "Trưởng thôn", "Trưởng ấp", "Trưởng bản", "Trưởng khu phố", "Tổ trưởng", "Chánh án", "Viện trưởng",
    "Phó Viện trưởng", "Phó Chánh án", "Trưởng Công an", "Phó Trưởng Công an", "Giám đốc Công an", "Chỉ huy trưởng",
    "Chính trị viên", "Cục trưởng", "Phó Cục trưởng", "Vụ trưởng", "Phó Vụ trưởng", "Tổng Giám đốc", "Hiệu trưởng",
], key=lambda r: -len(r))
_ROLE_RE = regex.compile(r"(?i)(?:" + "|".join(regex.escape(fold(r)) for r in ROLES) + r")(?!\w)")
_CANONICAL_ROLE = {fold(r): r for r in ROLES}
_FORMER = regex.compile(r"(?i)^\s*nguyên\s+")
_TERM = regex.compile(r"(?i)[,\s]*(?:khóa|khoá)\s+[IVXLC\d]+\b.*$|[,\s]*nhiệm\s+kỳ\s+\d{4}\s*[-–—]\s*\d{2,4}.*$")
_PAREN = regex.compile(r"\s*\([^)]*\)")
_LEVEL_PLACE = regex.compile(
    r"(?<!\w)((?i:tỉnh|thành\s+phố|tp\.?|huyện|quận|thị\s+xã|xã|phường|thị\s+trấn))\s+(\p{Lu}[\p{L}'’-]*"
    r"(?:\s+(?:\p{Lu}[\p{L}'’-]*|\d+))*)")
_COMMITTEE_PLACE = regex.compile(r"(?i:tỉnh|thành|huyện|quận|thị|đảng)\s+(?i:ủy|uỷ)\s+(\p{Lu}[\p{L}'’-]*"
                                 r"(?:\s+\p{Lu}[\p{L}'’-]*)*)\s*$")
_PROVINCIAL = regex.compile(r"(?i)(?:tỉnh\s+(?:ủy|uỷ)|thành\s+(?:ủy|uỷ)|\btỉnh\s*$|\bthành\s+phố\s*$)")
_NATIONAL = regex.compile(r"(?i)bộ\s+chính\s+trị|ban\s+bí\s+thư|tổng\s+bí\s+thư|thủ\s+tướng|chủ\s+tịch\s+nước"
                          r"|chủ\s+tịch\s+quốc\s+hội|\bbộ\s+trưởng|thứ\s+trưởng|chính\s+phủ")
_ABBREVIATIONS = {"UBND": "Ủy ban nhân dân", "HĐND": "Hội đồng nhân dân", "MTTQ": "Mặt trận Tổ quốc",
                  "UBKT": "Ủy ban Kiểm tra", "BCH": "Ban Chấp hành", "BTV": "Ban Thường vụ", "TP": "thành phố"}
_ABBR_RE = regex.compile(r"\b(" + "|".join(_ABBREVIATIONS) + r")\b")


def parse_title(title: str, province: str | None) -> dict[str, Any]:
    """Role, body and place of a title as written (``province``: the article's, for a provincial body named
    without its place). The term ("khóa XV", "nhiệm kỳ …") and bracketed abbreviations are left out."""
    former = bool(_FORMER.match(title))
    t = _FORMER.sub("", title)
    t = _TERM.sub("", _PAREN.sub("", t)).strip(" ,")
    t = _ABBR_RE.sub(lambda m: _ABBREVIATIONS[m.group(1)], t)
    m = _ROLE_RE.match(fold(t))
    role = _CANONICAL_ROLE.get(fold(t[:m.end()]), t[:m.end()]) if m else ""
    rest = t[m.end():].strip(" ,") if m else t
    place = None
    lp = _LEVEL_PLACE.search(rest)
    cp = _COMMITTEE_PLACE.search(rest)
    if lp:
        place = f"{fold(lp.group(1)).rstrip('.').replace('tp', 'thành phố')} {lp.group(2)}"
        rest = rest[:lp.start()].strip(" ,")
    elif cp:
        place = cp.group(1)
        rest = rest[:cp.start(1)].strip(" ,")
    elif _PROVINCIAL.search(rest) and province:
        place = province
    body = regex.sub(r"(?i)\s+(?:tỉnh|huyện|xã|phường|thành\s+phố|quận|thị\s+xã|thị\s+trấn)$", "", rest)
    return {"role": role or rest, "body": body if role else "", "place": place, "former": former}


def name_key(name: str | None) -> str:
    """A name without diacritics, lower case, single spaces (the store's ``officials.name_key``)."""
    return " ".join(strip_marks(name or "").lower().split())


def person_id(key: str, scope: str) -> str:
    """A stable id of a person: name key and scope (the same store rebuilt gives the same ids)."""
    return "p" + hashlib.sha1(f"{key}|{scope}".encode()).hexdigest()[:12]


@dataclass
class Person:
    """One person across articles: their officials rows and the scope that keeps namesakes apart."""

    id: str
    name: str
    name_key: str
    scope: str                      # a province, "national", or "article:<id>" for a one-word name
    officials: list[dict[str, Any]] = field(default_factory=list)


def _scope(official: Mapping[str, Any]) -> str | None:
    """Where an official belongs: national posts are national; else the province of the first title that
    names a place the gazetteer knows, else the article's province, else unknown (None)."""
    titles = official.get("titles") or []
    if any(_NATIONAL.search(t) and not regex.search(r"(?i)tỉnh|huyện|xã|thành\s+phố", t) for t in titles):
        return "national"
    for t in titles:
        parsed = parse_title(t, official.get("province"))
        prov = province_of(parsed.get("place"))
        if prov:
            return prov
    return official.get("province") or None


def province_of(place: str | None) -> str | None:
    """The province of a place name ("huyện Văn Chấn" → "Yên Bái") when the gazetteer knows just one, in the
    63-province set first (the one news before mid-2025 names), else in the 2025 set."""
    if not place:
        return None
    from ..resources.admin_units import gazetteer

    m = _LEVEL_WORD.match(place)
    level = _LEVELS.get(" ".join(fold(m.group(1)).split())) if m else None
    name = place[m.end():] if m else place
    for unit_set in ("legacy", "2025"):
        provinces = {u.province for u in gazetteer().candidates(name, level, unit_set)}
        if len(provinces) == 1:
            return provinces.pop()
        if provinces:
            return None
    return None


_LEVEL_WORD = regex.compile(r"(?i)^(tỉnh|thành\s+phố|huyện|quận|thị\s+xã|xã|phường|thị\s+trấn)\s+")
_LEVELS = {"tỉnh": "province", "thành phố": "city", "huyện": "district", "quận": "district", "thị xã": "town",
           "xã": "commune", "phường": "ward", "thị trấn": "township"}


def link_people(officials: Iterable[Mapping[str, Any]]) -> list[Person]:
    """Persons from officials rows (``id``, ``article_id``, ``name``, ``titles``, ``province`` of the article,
    ``published``): the same full name and scope is one person; an official of unknown scope joins the one
    person of that name, if there is just one."""
    by_key: dict[tuple[str, str], Person] = {}
    unknown: list[tuple[str, dict[str, Any]]] = []
    for o in officials:
        row = dict(o)
        key = row.get("name_key") or name_key(row.get("name"))
        if len(key.split()) < 2:          # "ông Hải": never joined across articles
            scope: str | None = f"article:{row.get('article_id')}"
        else:
            scope = _scope(row)
        if scope is None:
            unknown.append((key, row))
            continue
        person = by_key.get((key, scope))
        if person is None:
            person = by_key[(key, scope)] = Person(person_id(key, scope), row.get("name") or key, key, scope)
        person.officials.append(row)
    names: dict[str, list[Person]] = defaultdict(list)
    for (key, _), person in by_key.items():
        names[key].append(person)
    for key, row in unknown:
        same = names.get(key, [])
        if len(same) == 1:
            same[0].officials.append(row)
        else:
            scope = f"article:{row.get('article_id')}"
            person = by_key.setdefault((key, scope), Person(person_id(key, scope), row.get("name") or key, key, scope))
            person.officials.append(row)
    return list(by_key.values())


# ---------------------------------------------------------------------------------------------- sanctions
SANCTIONS = {"khiển trách": "khiển trách", "cảnh cáo": "cảnh cáo", "cách chức": "cách chức",
             "cách tất cả các chức vụ": "cách chức", "khai trừ": "khai trừ", "giáng chức": "giáng chức",
             "bãi nhiệm": "bãi nhiệm", "xóa tên": "xóa tên"}
_SANCTION = regex.compile(r"(?<!\w)(?:" + "|".join(regex.escape(k) for k in sorted(SANCTIONS, key=len, reverse=True))
                          + r")(?!\w)")
_DISCIPLINE = regex.compile(r"(?<!\w)(?:kỷ\s+luật|hình\s+thức|khai\s+trừ|cách\s+chức|bãi\s+nhiệm|xóa\s+tên)(?!\w)")
_DECIDERS = regex.compile(r"(?i)ủy\s+ban\s+kiểm\s+tra|ubkt|ban\s+bí\s+thư|bộ\s+chính\s+trị|ban\s+thường\s+vụ"
                          r"|ban\s+chấp\s+hành|tỉnh\s+ủy|thành\s+ủy|huyện\s+ủy|đảng\s+ủy|chi\s+bộ|hđnd|hội\s+đồng")


def _spans(fact: Mapping[str, Any]) -> list[tuple[int, int]]:
    mentions = fact.get("mentions") or []
    if mentions:
        return [(int(s), int(e)) for s, e in mentions]
    return [(int(fact["start"]), int(fact["end"]))] if isinstance(fact.get("start"), int) else []


def _day_in(text: str, folded: str, lo: int, hi: int, published: str | None) -> str | None:
    """A full date written in ``text[lo:hi]`` (a day-month takes the publication year), else None."""
    year = int(published[:4]) if published else None
    for m in DATE_RE.finditer(folded, lo, hi):
        y, mo, d = parts(m)
        iso = to_iso((y or year, mo, d))
        if iso:
            return iso
    return None


def find_sanctions(text: str, officials: Sequence[Mapping[str, Any]], organizations: Sequence[Mapping[str, Any]],
                   published: str | None = None) -> list[dict[str, Any]]:
    """The sanctions an article reports: one per sanctioned official or body.

    A sanction word in a sentence about discipline sanctions the officials named after it in its sentence
    ("… cảnh cáo đối với ông A và ông B"), else the official named before it ("ông A bị khiển trách"), else a
    body named right after it ("khiển trách Ban Thường vụ …"); the deciding body is a body of discipline
    named before it (Ủy ban Kiểm tra, Ban Bí thư, Ban Thường vụ …); the date one written in the sentence,
    else the publication date.

    Returns:
        dicts with ``sanction``, ``official`` (the officials row it names, or None), ``name``, ``body``,
        ``decided_by``, ``date``, ``start``, ``end`` (offsets into ``text``) and ``evidence``.
    """
    folded = fold(text)
    sents = sentences(text)
    people = sorted((s, e, o) for o in officials for s, e in _spans(o))
    bodies = sorted((s, e, b) for b in organizations for s, e in _spans(b))
    out: list[dict[str, Any]] = []
    hits = list(_SANCTION.finditer(folded))
    for i, m in enumerate(hits):
        s0, s1 = sents.start(m.start()), sents.end(m.start())
        if not _DISCIPLINE.search(folded, s0, s1):
            continue
        nxt = hits[i + 1].start() if i + 1 < len(hits) and hits[i + 1].start() < s1 else s1
        targets = [(s, e, o) for s, e, o in people if m.end() <= s < nxt]
        if not targets:
            targets = [(s, e, o) for s, e, o in people if s0 <= s and e <= m.start()][-1:]
        kind = "official"
        if not targets:
            targets = [(s, e, b) for s, e, b in bodies if m.end() <= s < min(nxt, m.end() + 40)][:1]
            kind = "body"
        deciders = [b for s, e, b in bodies if s0 <= s and e <= m.start() and _DECIDERS.search(text[s:e])]
        date = _day_in(text, folded, s0, s1, published) or published
        for s, e, fact in targets:
            lo, hi = min(s, m.start()), max(e, m.end())
            out.append({"sanction": SANCTIONS[" ".join(m.group().split())],
                        "official": fact if kind == "official" else None,
                        "name": fact.get("name") if kind == "official" else None,
                        "body": fact.get("text") if kind == "body" else None,
                        "decided_by": deciders[0].get("text") if deciders and deciders[0] is not fact else None,
                        "date": date, "start": lo, "end": hi, "evidence": text[lo:hi]})
    return out
