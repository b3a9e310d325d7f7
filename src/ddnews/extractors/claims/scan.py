"""Find the quantities of an article: each number with its unit, comparator and qualifier, minus non-claims.

This is the local half of claim extraction: it looks only at the words around one number expression
("trên 3.900 đảng viên", "35-40% tổ chức cơ sở đảng", "86/97 đảng viên mới", "2,5 tỷ đồng") and
rejects numbers that are no claims (dates, years, times, document numbers, ordinals, durations, ages,
page-chrome counters).  Sentence-level decisions (change, modality, breakdowns, from→to pairs) are
made by :mod:`ddnews.extractors.claims`.
"""
from __future__ import annotations

from collections.abc import Callable

import regex

from ...resources.admin_units import gazetteer
from ...resources.words import is_folded_word
from ...settings import WINDOWS
from ...text.numbers import NUMBER, Quantity, comma_thousands, digit_count, looks_like_year, parse_quantity
from .candidate import Candidate
from .lexicon import AT_LEAST, FAMILIES, FROM_BEFORE, ClaimLexicon
from .number_forms import PER_BEFORE, RATE_VALUE_AFTER, share_chains, single_numbers

__all__ = ["NUMEXPR", "Candidate", "ClaimScanner"]

_SP = r"[ \t]"
# One number expression: a number, a ratio "86/97", "418 trong tổng số 455", "14 trên 16", a range "35-40", "2 - 3%",
# "từ 30 đến 75", "từ 15% đến 22%".  The look-arounds keep dates ("23/5/2016", "10-9-2018"), times ("16:32") and codes
# ("Covid-19", "huy-hieu-2.jpg") from being read as claims.
NUMEXPR = regex.compile(
    rf"""(?<![\w.,/+\-–])(?<!\d:)(?P<a>{NUMBER})
    (?:
        /(?P<den>{NUMBER})(?![/\d]|[.,]\d)
      | {_SP}+(?:(?:trong|trên){_SP}+tổng{_SP}+số|trong{_SP}+số|trên){_SP}+(?P<tot>{NUMBER})
      | {_SP}*%?{_SP}*[-–]{_SP}*(?P<b>{NUMBER})(?!\d|[.,]\d|{_SP}*[-–/]{_SP}*\d)
      | {_SP}*%?{_SP}+(?:đến|tới){_SP}+(?P<c>{NUMBER})(?!\d|[.,]\d|[-/]\d)
    )?
    (?!\d|[.,]\d|[/:]\d|{_SP}*[-–]{_SP}*\d)""",
    regex.VERBOSE,
)
# A document symbol after the number, checked on the original text: "09-NQ/TU", "31 - CT/TW", "1719/QĐ-TTg".
_SYMBOL = regex.compile(r"[ \t]*[-–/][ \t]*\p{Lu}[\p{L}]{0,6}(?:[/-]\p{Lu}|\b)")
_PERCENT = regex.compile(rf"{_SP}*(?:%|phần{_SP}+trăm)")
_RATE = regex.compile(rf"{_SP}*(?:/{_SP}*[\p{{L}}]+(?:{_SP}+(?!trở{_SP}+lên)[\p{{L}}]+)?)+")
_OPEN_QUOTE = regex.compile(rf"{_SP}*[“\"‘']?")
_SEP = regex.compile(rf"{_SP}*,{_SP}*|{_SP}+và{_SP}+|{_SP}*/{_SP}*")
# The first digit or punctuation after a phrase ("d" marks a digit).
# where the phrase after a noun ends: punctuation or a number ("4G", "COVID-19" are names, no numbers)
_PHRASE_END = regex.compile(r"[,;:.()\n]|(?P<d>(?<![\p{L}\p{M}\-])\d[\d.,]*(?![\d\p{L}\p{M}]))")
_DATE_WORD = regex.compile(r"(?<![\p{L}\p{M}])(?:ngày|tháng|năm)[ \t]*$")
_NEXT_ITEM = regex.compile(r"[ \t]+(?:và|hoặc|cùng)[ \t]+(?=\d)")
_LINK = regex.compile(r"[ \t]+|(?<![\p{L}\p{M}])(?:và|hoặc|cùng)(?![\p{L}\p{M}])")
_QUOTES = "“”\"‘’'"
# Groups of counted nouns whose counts are whole numbers.
_WHOLE = frozenset({"member", "person", "org", "org_place", "place"})
_WORD = regex.compile(r"\S+")
_DUAL_ROLE = regex.compile(r"[ \t]+(?:kiêm|đồng[ \t]+thời[ \t]+là)[ \t]+(?:phó[ \t]+)?trưởng(?=[ \t])")
# a determiner of a whole or a set before a noun of bodies: what follows counts ("toàn Đảng bộ 540 đồng chí")
_WHOLE_BEFORE = regex.compile(r"(?<![\p{L}\p{M}])(?:toàn|các|những|mỗi|cả)[ \t]+$")
# a numbered place's name closed by a mark after its number ("(thôn Cốc Lếu 3, xã …)")
_NAME_NUMBER_END = regex.compile(r"[ \t]*(?:[,;.)\n]|$)")
# a commune's or ward's name right before a number, which may close the name ("xã Quế Xuân 1 tổ chức …")
_PLACE_NAME_BEFORE = regex.compile(
    r"(?<![\p{L}\p{M}])(?:xã|phường|thị[ \t]+trấn)[ \t]+((?:[\p{L}\p{M}']+[ \t]+){1,4})$")
# more numbers after a number, sharing the word after the last one ("50, 45, 40 năm")
_NUMBER_LIST = regex.compile(rf"(?:{_SP}*(?:,|và|hoặc){_SP}*{NUMBER})+")
# the last word of the text, when it is letters only (a cut-off fragment is short: "h", "đả")
_LAST_WORD = regex.compile(r"(?<![\p{L}\p{M}])(?P<word>[\p{L}\p{M}]+)\s*$")
# a teaser cut: an ellipsis that ends the line or the text
_TEASER_CUT = regex.compile(r"[ \t]*(?:\.{3}|…)[ \t]*(?:\n|$)")


_DATED = frozenset({"date", "year"})   # exclusion kinds that make a number part of a date
# up to three lower-case words after a number (hyphenated loans "ki-ốt" are one word), for a counted noun the unit
# lexicon does not list
_OPEN_WORD = r"[\p{L}\p{M}]+(?:-[\p{L}\p{M}]+)*(?![\p{L}\p{M}\d])"
_OPEN_WORDS = regex.compile(
    rf"[ \t]+(?P<w1>{_OPEN_WORD})(?:[ \t]+(?P<w2>{_OPEN_WORD})(?:[ \t]+(?P<w3>{_OPEN_WORD}))?)?")
# a dot before fewer or more than three digits writes a version ("công nghiệp 4.0"), no thousands
_VERSION = regex.compile(r"\.(?!\d{3}(?!\d))")
# the word before a number, not the first of its sentence: capitalised, it names what the number ends
_NAME_BEFORE = regex.compile(r"[^\s.:;!?“\"(\-–•*+]\s*[ \t](?P<w>[\p{L}\p{M}]+)[ \t]*$")


class ClaimScanner:
    """Turn the number expressions of a folded text into :class:`Candidate` quantities."""

    def __init__(self, lex: ClaimLexicon) -> None:
        self.lex = lex

    def scan(self, text: str, folded: str, skip: Callable[[int, int], bool] | None = None) -> list[Candidate]:
        """All candidate quantities of ``text``, left to right.

        Args:
            text: the article text (for units and qualifiers as written, and symbol case).
            folded: ``fold(text)``, the same length.
            skip: true for a number's span that yields no claim (a blocked span), tested before reading it.

        Returns:
            The candidates that survive the exclusion rules.

        >>> from pathlib import Path
        >>> from ddnews.text.normalize import fold
        >>> sc = ClaimScanner(ClaimLexicon.load(Path("models/ddnews_vi/ddnews_claims")))
        >>> t = "Sau hơn 3 năm, kết nạp 1.346 đảng viên"
        >>> [(c.qty.value, c.unit) for c in sc.scan(t, fold(t))]
        [(1346.0, 'đảng viên')]
        """
        out: list[Candidate] = []
        lm = _LAST_WORD.search(text, max(0, len(text.rstrip()) - 8))
        fragment = lm.start() if lm and len(lm["word"]) <= 2 and lm["word"].islower() else -1
        chains = share_chains(folded)
        done = -1
        for m in NUMEXPR.finditer(folded):
            if m.start() < done or (skip is not None and skip(m.start(), m.end())):
                continue
            chain = next(((a, b) for a, b in chains if a <= m.start() < b), None)
            # "tương ứng 36,20% - 34,50% - 29,30%": shares of a structure, one per dash, no ranges
            found = [self._candidate(text, folded, n) for n in single_numbers(folded, *chain)] if chain \
                else [self._candidate(text, folded, m)]
            done = chain[1] if chain else done
            out.extend(c for c in found if c is not None and not self._cut_off(text, c, fragment))
        return out

    def _cut_off(self, text: str, cand: Candidate, fragment: int) -> bool:
        """True when the excerpt's end cuts off what the number counts: a fragment of a word (starting at
        ``fragment``, -1 for none) ends the text right after it ("đạt 100% h"), or a teaser's "…" follows a noun
        that starts a longer one ("cho 24 đồng…" of "đồng chí").  A whole noun at the end stands ("kết nạp 5 đảng
        viên")."""
        read_end = max(cand.unit_end, cand.number_end)
        if fragment >= read_end and not text[read_end:fragment].strip():
            return True
        return bool(cand.unit_end and _TEASER_CUT.match(text, cand.unit_end)
                    and cand.unit_key in self.lex.unit_prefixes)

    # ------------------------------------------------------------------ one number

    def _candidate(self, text: str, folded: str, m: regex.Match) -> Candidate | None:
        """Read one number expression's value, unit, comparator and qualifier; ``None`` for a non-claim."""
        lex = self.lex
        s, e = m.span()
        if self._rejected(text, folded, m):
            return None
        pos = e
        scale = None
        sm = lex.scale_at.match(folded, pos)
        if sm:
            scale, pos = sm["scale"], sm.end()
        qty = parse_quantity(folded[s:e], scale, lex.scales)
        if qty is None:
            return None
        cand = Candidate(s, e, s, e, qty, tail_end=pos)
        pos = self._counted(text, folded, m, pos, scale, cand)
        if qty.value == 1 and cand.group == "measure" \
                and PER_BEFORE.search(folded, max(0, s - WINDOWS.per_unit_lookback), s) \
                and RATE_VALUE_AFTER.match(folded, cand.unit_end):
            return None     # "thu nhập trên 1 ha canh tác đạt 197 triệu đồng": the unit a rate is per
        self._bounds(text, folded, pos, cand)
        cand.end = max(cand.tail_end, cand.unit_end, e)
        return cand

    def _rejected(self, text: str, folded: str, m: regex.Match) -> bool:
        """True when the number expression is no claim: excluded by the words before it, a document symbol,
        a phone number or long code, a term or period ("2020-2025"), a duration, an age or a chrome counter."""
        s, e = m.span()
        if self._excluded_before(text, folded, s, m) or _SYMBOL.match(text, e):
            return True
        a = m["a"]
        # phone numbers and long codes: a leading zero and many digits
        if a.startswith("0") and digit_count(a) >= 8:
            return True
        if looks_like_year(a) and (m["b"] or m["c"]) and looks_like_year(m["b"] or m["c"] or ""):
            return True  # a term or period "2020-2025"
        if self._named(text, folded, m):
            return True
        # "Huy hiệu 50, 45, 40 năm tuổi Đảng": a list of numbers shares the word after its last one
        lm = _NUMBER_LIST.match(folded, e)
        xm = self.lex.exclude_after.match(folded, lm.end() if lm else e)
        return bool(xm and self.lex.exclude_after_kind.get(" ".join(xm["cue"].split())) != "guard")

    def _named(self, text: str, folded: str, m: regex.Match) -> bool:
        """True when the number is part of a body's name: a short plain number after a capitalised noun of bodies
        ("Chi bộ 3 tổ chức sinh hoạt", "Đội 6"); a lower-case label before its count ("…; chi bộ cơ sở 318"), a
        whole ("toàn Đảng bộ 54.217 đồng chí") or a written-out count stays a count."""
        s = m.start()
        if len(m.group()) > 3 or not m.group().isdigit():
            return False
        um = self.lex.body_before.search(folded, max(0, s - 30), s)
        # (a noun that is also a verb names no body: "Tổ chức 37 lớp …" opens a sentence with its verb)
        if um and text[um.start("unit")].isupper() and not _WHOLE_BEFORE.search(folded, 0, um.start()) \
                and " ".join(um["unit"].split()) not in self.lex.verb_bodies:
            return True
        pm = _PLACE_NAME_BEFORE.search(folded, max(0, s - 40), s)   # "xã Quế Xuân 1": a unit the gazetteer knows
        if pm and text[pm.start(1)].isupper() and gazetteer().is_place(" ".join([*pm[1].split(), m.group()])):
            return True
        vm = self.lex.named_number.search(folded, max(0, s - 40), s)  # "(thôn Cốc Lếu 3, xã …)": villages are no
        # units of the gazetteer, so the mark after the number decides
        return bool(vm and text[vm.start(1)].isupper() and _NAME_NUMBER_END.match(folded, m.end()))

    def _counted(self, text: str, folded: str, m: regex.Match, pos: int, scale: str | None, cand: Candidate) -> int:
        """Read what the number at ``m`` counts, from ``pos`` (after its scale word): a percentage (with a rate
        "7%/năm" as qualifier) or a counted noun (money for a bare "triệu"/"tỷ" used as money, a rate
        "đồng/người/năm" as qualifier).  Returns where the reading ends."""
        lex = self.lex
        s, e = m.span()
        pm = _PERCENT.match(folded, pos)
        if pm:
            cand.percent, cand.unit, cand.unit_key, cand.group = True, "%", "%", "percent"
            cand.unit_end = pos = pm.end()
            rm = _RATE.match(folded, pos)
            if rm:  # "7%/năm": the rate is a qualifier
                cand.qualifier = " ".join(text[pos:rm.end()].split())
                pos = rm.end()
            return pos
        self._unit(text, folded, pos, cand)
        if cand.unit is None and scale and " ".join(scale.split()).split()[-1] in lex.money_scales \
                and lex.money_follow.match(folded, pos):  # "350 triệu để làm đường", not "1,5 triệu thùng"
            cand.unit, cand.unit_key, cand.group, cand.unit_end = "đồng", "đồng", "money", pos
        if cand.unit is not None:
            pos = cand.unit_end
            if scale is None and cand.group in _WHOLE and m["a"] == folded[s:e]:
                whole = comma_thousands(m["a"])  # "1,286 người": a head count is never fractional
                if whole is not None:
                    cand.qty = Quantity(whole)
            rm = _RATE.match(folded, pos) if cand.group in ("money", "measure") else None
            if rm:  # "đồng/người/năm", "kg/ha/vụ"
                cand.qualifier = "".join(text[pos:rm.end()].split())
                pos = rm.end()
        return pos

    def _bounds(self, text: str, folded: str, pos: int, cand: Candidate) -> None:
        """Read the comparator (after the unit, else before the number) and the qualifier after ``pos``; "từ 80%
        chi bộ trở lên" closes its bound after the counted noun."""
        lex = self.lex
        s = cand.number_start
        cm = lex.comparator_after.match(folded, pos)
        if cm:
            cand.comparator = lex.comparator_of.get(" ".join(cm["cue"].split()))
            pos = cm.end()
        cand.ev_start = s
        if cand.comparator is None:
            cand.comparator, cand.ev_start = self._comparator_before(folded, s)
        cand.tail_end = pos
        if cand.qualifier is None and cand.unit is not None:
            cand.qualifier, cand.tail_end = self.qualifier(text, folded, pos)
            if cand.place_end > cand.tail_end:   # a list of place words after "đảng bộ": "xã, phường"
                more, end = self.qualifier(text, folded, cand.place_end)
                cand.qualifier = " ".join(text[pos:cand.place_end].split()) + (f" {more}" if more else "")
                cand.tail_end = max(cand.place_end, end)
            if cand.comparator is None and cand.qualifier:
                # "từ 80% chi bộ trở lên": the bound closes after the counted noun; "30 đảng viên chính thức trở
                # lên": after a status word (not after a rating: "hoàn thành tốt nhiệm vụ trở lên" is a grade)
                lm = lex.label_at.match(folded, pos)
                if FROM_BEFORE.search(folded, max(0, s - 6), s):
                    tm = AT_LEAST.search(folded, pos, cand.tail_end)
                elif lm and folded[lm.end():lm.end() + 1] == " ":
                    tm = AT_LEAST.match(folded, lm.end() + 1)
                else:   # "15 đảng viên mới trở lên": a status word or two, not a grade ("khá trở lên")
                    tm = lex.status_bound.match(folded, pos, cand.tail_end)
                    tm = AT_LEAST.search(folded, tm.start("bound"), cand.tail_end) if tm else None
                if tm:
                    cand.comparator = lex.comparator_of.get("trở lên", ">=")
                    cand.qualifier = " ".join(text[pos:tm.start()].split()) or None

    def _excluded_before(self, text: str, folded: str, s: int, m: regex.Match) -> bool:
        """True when the words right before the number make it an ordinal, a document, a date or chrome."""
        w0 = max(0, s - WINDOWS.exclusion_lookback)
        xm = self.lex.exclude_before.search(folded[w0:s])
        if not xm:
            return False
        cue = " ".join(xm["cue"].split())
        kind = self.lex.exclude_before_kind.get(cue, "")
        if kind == "guard":
            return False
        if kind == "address" and xm["colon"]:
            return False  # "Trưởng ấp, khóm: 1,4 lần …": a label, no address
        if kind == "document" and text[w0 + xm.start()].islower() and (
                self.lex.unit_at.match(folded, m.end()) or self.lex.scale_at.match(folded, m.end())):
            return False  # "kết luận 14 tổ chức đảng", "ngân sách trung ương 80 tỷ đồng": the number counts a noun
        if kind == "document" and text[w0 + xm.start()].islower() and cue in self.lex.column_of \
                and folded[max(0, w0 + xm.start() - 4):w0 + xm.start()].rstrip(" \t").endswith((":", ",")):
            return False  # "Kết nạp đảng viên: kế hoạch 50, thực hiện 56": a quota's column, no document
        if kind == "document" and ("," in m["a"] or _PERCENT.match(folded, m.end())):
            return False  # "vượt mục tiêu Nghị quyết 0,36%": documents are numbered with whole numbers
        if kind == "chrome_colon" and not xm["colon"]:
            # "riêng trong tháng 7/2022 giải ngân …": no counter; the words after the cue's first may still exclude
            inner = self.lex.exclude_before.search(folded, w0 + xm.start() + len(cue.split()[0]) + 1, s)
            return inner is not None and self.lex.exclude_before_kind.get(" ".join(inner["cue"].split())) in _DATED
        if kind == "chrome_colon":
            return True
        if kind == "year":
            return looks_like_year(m["a"])  # "năm 2020" is a year, "mỗi năm 2.000 đảng viên" a count
        return True

    def _comparator_before(self, folded: str, s: int) -> tuple[str | None, int]:
        """The comparator written right before the number ("hơn", "gần") and where it starts."""
        w0 = max(0, s - WINDOWS.comparator_lookback)
        cm = self.lex.comparator_before.search(folded[w0:s])
        comp = self.lex.comparator_of.get(" ".join(cm["cue"].split())) if cm else None
        if comp is None or comp == "none":  # "nộp cấp trên 19.320.000 đồng": a look-alike, no bound
            return None, s
        return comp, w0 + cm.start("cue")

    def read_unit(self, text: str, folded: str, pos: int, cand: Candidate) -> None:
        """Read the counted noun at ``pos`` into ``cand`` (``unit``, ``unit_key``, ``group``, ``unit_end``)."""
        self._unit(text, folded, pos, cand)

    def _unit(self, text: str, folded: str, pos: int, cand: Candidate) -> None:
        """Read the counted noun after the number, with coordinated nouns ("thôn, bản") and place lists."""
        lex = self.lex
        um = lex.unit_at.match(folded, pos)
        if not um:
            qm = _OPEN_QUOTE.match(folded, pos)
            um = lex.unit_at.match(folded, qm.end()) if qm and qm.end() > pos else None
            if not um:
                lm = lex.label_at.match(folded, pos)
                if lm:
                    cand.label = " ".join(text[lm.start("label"):lm.end("label")].split())
                    cand.unit_end = lm.end()
                else:
                    self._open_unit(text, folded, pos, cand)
                return
        lm = lex.label_at.match(folded, pos)
        if lm and lm.end() >= um.end():  # "884 đoàn viên" may be a category of a breakdown
            cand.label = " ".join(text[lm.start("label"):lm.end("label")].split())
        start, end, key, group = self._classified(folded, um)
        if group == "org_place":
            end = self._places_of_unit(folded, end, cand)
        if key not in self.lex.counters:   # "43 đồng chí, đảng viên trong các tôn giáo 63 …": a counter ends its item
            end = self._coordinated(text, folded, end, FAMILIES.get(group, "thing"))
        end = self._unit_tail(text, folded, end, group)
        cand.unit_start = start
        cand.unit = " ".join(text[start:end].split())
        cand.unit_key = " ".join(folded[start:end].split())
        cand.group = group
        cand.unit_end = end

    def _open_unit(self, text: str, folded: str, pos: int, cand: Candidate) -> None:
        """Read a counted noun the unit lexicon does not list: Vietnamese writes what a number counts right after it
        ("45.000 thuê bao", "5 thẩm phán"), so one to three lower-case words there are the unit (group ``thing``),
        cut as the dictionary and the vocabulary's compounds say (:meth:`_open_extent`).

        No unit is read for a year, a date or a version ("4.0"), on a line written without tone marks, inside a
        quoted slogan ("7 không, 2 sạch"), after a capitalised word that names something ("thôn Ta Lơ 2 nhận …"),
        before one ("428 đường Hoa Sữa"), for a word the excerpt cuts off or a line wraps, or for a word of
        ``open_units.tsv`` (function words, verbs, calendar, rank and address words, pronouns)."""
        lex = self.lex
        number = folded[cand.number_start:cand.number_end]
        if "/" in number or ":" in number or looks_like_year(number) or _VERSION.search(number):
            return
        wm = _OPEN_WORDS.match(folded, pos)
        if wm is None or not text[wm.start("w1")].islower() or self._open_unit_blocked(text, cand.number_start, wm):
            return
        w1, w2 = wm["w1"], wm["w2"]
        if w1 in lex.open_stops or len(w1) < 2 or (w2 and f"{w1} {w2}" in lex.open_stops):
            return
        end = wm.end(self._open_extent(text, wm))
        cand.unit_start = wm.start("w1")
        cand.unit = " ".join(text[cand.unit_start:end].split())
        cand.unit_key = " ".join(folded[cand.unit_start:end].split())
        cand.group = "thing"
        cand.unit_end = end

    def _open_extent(self, text: str, wm: regex.Match) -> str:
        """Which of the words after a number (groups ``w1``–``w3`` of ``wm``, folded) an unlisted counted noun ends
        at, cut as the dictionary and the claims vocabulary say: a compound of three or two words is one noun ("1.200
        sổ tiết kiệm", "45.000 thuê bao"); a word before a compound counts alone ("4 vùng nông nghiệp"), as do a
        container ("640 thùng mì tôm") and a hyphenated loan ("26 ki-ốt"); else two words ("12 trạm bơm")."""
        lex = self.lex
        w1, w2, w3 = wm["w1"], wm["w2"], wm["w3"]
        if not w2 or "-" in w1 or w2 in lex.open_stops or not text[wm.start("w2")].islower() \
                or w1 in lex.open_containers:
            return "w1"
        if w3 and w3 not in lex.open_stops and text[wm.start("w3")].islower() and is_folded_word(f"{w1} {w2} {w3}"):
            return "w3"
        if f"{w1} {w2}" in lex.word_pairs or is_folded_word(f"{w1} {w2}"):
            return "w2"
        if w3 and (f"{w2} {w3}" in lex.word_pairs or is_folded_word(f"{w2} {w3}")):
            return "w1"
        return "w2"

    @staticmethod
    def _open_unit_blocked(text: str, number_start: int, wm: regex.Match) -> bool:
        """True when the words after the number at ``number_start`` cannot be read as its counted noun (see
        :meth:`_open_unit`)."""
        line_start = text.rfind("\n", 0, number_start) + 1
        line_end = text.find("\n", number_start)
        line_end = len(text) if line_end < 0 else line_end
        if text[line_start:line_end].isascii():
            return True  # "xa ket nap 45 dang vien": a line without tone marks
        before = text[line_start:number_start]
        if before.count("“") > before.count("”") or before.count('"') % 2:
            return True  # "gia đình 7 không, 2 sạch"
        pm = _NAME_BEFORE.search(before)
        if pm and pm["w"][0].isupper():
            return True  # "Chi đoàn thôn Ta Lơ 2 nhận …": the number ends a name
        if wm["w2"]:
            return text[wm.start("w2")].isupper()  # "12 homestay Bản Mây": the words after it name something
        after = text[wm.end("w1"):wm.end("w1") + 2]
        return not after.strip(" \t") or after[:1] == "\n" and after[1:2].islower()

    def _classified(self, folded: str, um: regex.Match) -> tuple[int, int, str, str]:
        """(start, end, folded key, group) of the counted noun matched by ``um``, read with its classifier: a
        classifier and the noun after it are one unit ("1.500 lượt đảng viên", "6 nhóm nhiệm vụ"; a count of
        turns of members is no count of members), and a word for people before a noun of people gives way to
        that noun ("26 em học sinh" counts học sinh)."""
        lex = self.lex
        start, end = um.span("unit")
        key = " ".join(um["unit"].split())
        group = lex.unit_group.get(key, "thing")
        if key not in lex.classifiers and key not in lex.person_classifiers:
            return start, end, key, group
        inner = lex.unit_at.match(folded, end)
        if inner is None:
            return start, end, key, group
        inner_key = " ".join(inner["unit"].split())
        inner_group = lex.unit_group.get(inner_key, "thing")
        if key in lex.person_classifiers:
            if inner_group in ("person", "member"):
                return inner.start("unit"), inner.end("unit"), inner_key, inner_group
            return start, end, key, group
        outer_group = {"member": "person", "org_place": "org"}.get(inner_group, inner_group)
        return start, inner.end("unit"), f"{key} {inner_key}", outer_group

    def _places_of_unit(self, folded: str, end: int, cand: Candidate) -> int:
        """After a unit of places ("chi bộ", "đảng bộ"): the place words after it say where the units are and go to
        the qualifier (ANNOTATION.md, Decisions: "chi bộ thôn, làng" → "chi bộ" + "thôn, làng"; "đảng bộ xã, phường"
        → "đảng bộ"); where they end is noted in ``cand.place_end``.  Returns ``end``."""
        lex = self.lex
        pm = lex.unit_at.match(folded, end)
        if pm and lex.unit_group.get(" ".join(pm["unit"].split())) == "place":
            p_end, words = pm.end(), [" ".join(pm["unit"].split())]
            while True:
                sm = _SEP.match(folded, p_end)
                nm = lex.unit_at.match(folded, sm.end()) if sm else None
                if not nm or lex.unit_group.get(" ".join(nm["unit"].split())) != "place":
                    break
                p_end = nm.end()
                words.append(" ".join(nm["unit"].split()))
            cand.place_end = p_end  # "2 chi bộ ấp", "đảng bộ xã, phường": where the place words end
        return end

    def _coordinated(self, text: str, folded: str, end: int, family: str) -> int:
        """Where the counted noun ending at ``end`` ends with the nouns of its family coordinated to it ("thôn,
        bản"; "cấp ủy, tổ chức đảng và đảng viên"), stopping before a noun that labels the next count and before
        a capitalised noun, which names a body that starts the next clause ("Với 9.000 đảng viên, Đảng bộ …")."""
        lex = self.lex
        while True:
            sm = _SEP.match(folded, end)
            if sm and family == "measure" and "/" in sm.group():
                break  # "450 kg/ha/vụ": a measure per area is a rate, no list
            nm = lex.unit_at.match(folded, sm.end()) if sm else None
            if not sm or not nm or lex.family(nm["unit"]) != family or text[nm.start("unit")].isupper():
                break
            # "359 đồng chí, đảng viên dự bị 120 …": a noun whose own short label leads to the next count
            # is no list item
            tail = _PHRASE_END.search(folded, nm.end())
            gap = folded[nm.end():tail.start()] if tail and tail["d"] else ""
            if _LINK.sub("", gap) and len(gap.split()) <= 3 and not lex.change.search(gap) \
                    and not lex.qualifier_stop.match(gap.lstrip()) and not _DATE_WORD.search(gap):
                break  # ("Số xóm, tổ dân phố giảm 30": a change cue is no label; "ấp, khu vực với 20 chi bộ")
            lm = lex.label_at.match(folded, sm.end())
            if lm and tail and tail["d"] and not folded[lm.end():tail.start()].strip():
                break  # "98 đồng chí, người dân tộc thiểu số 187 đồng chí": a breakdown label before its count
            end = nm.end()
        return end

    def _unit_tail(self, text: str, folded: str, end: int, group: str) -> int:
        """Where the unit ends with what belongs to it after its noun: a second post of one person ("bí thư chi
        bộ kiêm trưởng ấp").  A name or an abbreviation after the noun only labels it and goes to the qualifier
        ("căn nhà Đại đoàn kết", "sản phẩm OCOP", "chỉ tiêu HĐND huyện giao": ANNOTATION, the unit is the counted
        noun and nothing after it)."""
        lex = self.lex
        if group == "person":
            km = _DUAL_ROLE.match(folded, end)  # "bí thư chi bộ kiêm trưởng ấp": one person holding both posts
            pm = lex.unit_at.match(folded, km.end()) if km else None
            if pm and lex.unit_group.get(" ".join(pm["unit"].split())) == "place":
                end = pm.end()
        return end

    def qualifier(self, text: str, folded: str, pos: int, max_words: int = 12) -> tuple[str | None, int]:
        """The restricting phrase after a unit ("chưa có đảng viên"), up to a stop word or punctuation.

        Returns:
            The qualifier as written (quotes dropped) or ``None``, and where it ends.
        """
        limit = min(len(folded), pos + WINDOWS.qualifier_lookahead)
        stop = self.lex.qualifier_stop.search(folded, pos, limit)
        cm = _NEXT_ITEM.search(folded, pos, limit)
        if cm and (stop is None or cm.start() < stop.start()):  # "… chưa có đảng viên và 48 thôn"
            stop = cm
        end = stop.start() if stop else min(len(folded), pos + WINDOWS.qualifier_lookahead)
        if stop is not None and folded[end:end + 1].isdigit():
            cm = self.lex.comparator_before.search(folded, pos, end)
            end = cm.start() if cm else end  # "… cho hơn 1.100 công nhân": the bound belongs to the next count
        words = list(_WORD.finditer(text, pos, end))[:max_words]
        phrase = " ".join(w.group().strip(_QUOTES) for w in words).strip()
        if not phrase:
            return None, pos
        return phrase, words[-1].end()
