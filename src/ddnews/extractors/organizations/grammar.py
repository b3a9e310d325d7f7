"""The body grammar of the organizations extractor: from a head of ``org_heads.tsv``, parse the body it names
by its kind (organ, committee, unit, department, national) with what names it (a level word and place, a bloc,
a nested body, a named unit) and list every body nested inside it (:class:`BodyGrammar`)."""
from __future__ import annotations

import re

from ...settings import WINDOWS
from ...text.normalize import fold
from ..names.capitals import Tok, token_at
from ..names.places import PlaceGrammar
from ..names.titles import TitleGrammar

# A party bloc named after its members ("Khối các cơ quan và doanh nghiệp tỉnh").
_BLOC = re.compile(
    r"khối(?:\s+(?:các\s+)?(?:cơ\s+quan(?:\s+dân\s+chính\s+đảng)?|doanh\s+nghiệp)(?:\s+và\s+doanh\s+nghiệp)?"
    r"(?:\s+trung\s+ương)?)?(?!\w)")
# "Trung ương", also abbreviated "T.Ư" ("Ban Tổ chức T.Ư", "Ban Chấp hành T.Ư Đảng")
_CENTRAL = re.compile(r"\s+(?:trung\s+ương|t\.\s?ư)(?:\s+đảng)?(?!\w)")
# a national body's council or committee named with the assembly it belongs to ("Hội đồng Dân tộc của Quốc hội")
_OF_ASSEMBLY = re.compile(r"\s+của\s+quốc\s+hội(?!\w)")
# an organ appointed for the time being, written after its body ("Ban Chấp hành Đảng bộ xã X lâm thời")
_INTERIM_AFTER = re.compile(r"[ \t]+lâm\s+thời(?!\w)")
_COMMITTEE_LEVEL = {"tỉnh": "province", "huyện": "district", "thành": "city", "thị": "town", "quận": "district"}
# Levels whose bare word still names one body ("Đảng bộ tỉnh", "Đảng ủy xã"); "Chi bộ xóm" is a kind.
# Unit heads that may be followed by a named unit, and mass organisations listed even without one.
_NAMED = tuple(fold(w) for w in ("Đảng", "Chi bộ", "Hội", "Đoàn", "Liên đoàn", "Công đoàn", "Chi đoàn", "Chi hội",
                                  "Đồn"))
_SOCIAL = tuple(fold(w) for w in ("Hội ", "Đoàn ", "Liên đoàn", "Tỉnh đoàn", "Huyện đoàn", "Công đoàn"))
_STATE_ORGANS = frozenset({"văn phòng"})   # offices that serve a body ("Văn phòng Chính phủ", "Văn phòng HĐND …")
# organs a national body may have: its office and its Party organs ("Ban cán sự đảng Chính phủ", "Đảng đoàn Quốc hội"),
# and a national mass organisation's executive ("Ban Chấp hành Tổng Liên đoàn Lao động Việt Nam")
_NATIONAL_ORGANS = _STATE_ORGANS | {"ban cán sự đảng", "đảng đoàn", "ban chấp hành", "ban thường vụ"}
_BARE_OK = frozenset({"province", "city", "district", "town", "township", "commune", "ward"})
# What joins the bodies of a list ("Tỉnh ủy, HĐND, UBND, UB MTTQ"); "HĐND và UBND huyện" shares one place
_PLURAL = frozenset({"các", "những"})
_PLURAL_BEFORE = re.compile(rf"(?<!\w)(?:{'|'.join(sorted(_PLURAL))})\s+$")   # a plural word right before a head
_LIST_NEXT = re.compile(r"[ \t]*[,;][ \t]*(?:và[ \t]+)?")
_SHARED_PLACE = re.compile(r"[ \t]+và[ \t]")
# Where a unit's name written in sentence case ends: a mark, the end of the text, "và"/"cùng" before a capitalised
# word, or "thuộc" ("Đảng bộ Cơ quan chính quyền.", "Chi bộ Khoa Ngoại tổng hợp và Chi bộ …")
_TAIL_CLOSES = re.compile(r"[ \t]*(?:[,;.:!?()\[\]\n\"“”]|$|(?:và|cùng)[ \t]+[A-ZÀ-ỸĐ]|thuộc(?!\w))")
# One body found while parsing: start, end, level, kind, nesting depth, place name.
_Occ = tuple[int, int, str | None, str, int, str | None]


def _title_cased(written: str, canonical: str) -> bool:
    """Whether ``written`` starts its words in the case of the lexicon's ``canonical`` form ("Ban Chấp hành",
    not "Ban chấp hành": a lower-case word is a common noun phrase, not the organ's name)."""
    words = written.split()
    return len(words) >= len(canonical.split()) and all(
        w[:1].isupper() == c[:1].isupper() for w, c in zip(words, canonical.split(), strict=False))


class BodyGrammar:
    """Parse one body from its head (:meth:`parse`); a mixin of
    :class:`~ddnews.extractors.organizations.OrganizationExtractor`, whose constructor builds the vocabulary
    declared here from the data files."""

    kind: dict[str, str]                 # folded head -> kind (organ, committee, unit, department, national)
    written_head: dict[str, str]         # folded head -> the head as the lexicon writes it ("Ban Xây dựng Đảng")
    head_re: re.Pattern[str]
    place_stop: re.Pattern[str]          # the heads a place name ends before (no one-word department)
    generic_after: re.Pattern[str]
    named_plural: re.Pattern[str]
    organ_mod: re.Pattern[str]
    unit_opener: re.Pattern[str]
    name_stops: frozenset[str]           # words that end a body's own name (``name_stops.tsv``)
    bare_organs: dict[str, tuple[str, str]]
    titles: TitleGrammar
    field_re: re.Pattern[str]
    places: PlaceGrammar
    body_before_list: re.Pattern[str]

    # ------------------------------------------------------------------ parsing
    def _place(self, text: str, folded: str, pos: int,
               committee: bool = False) -> tuple[int, str | None, str | None] | None:
        """A level word and name ("huyện X", "phường 2", "TP. X") or, after a committee, a bare name.

        Returns (end, level, place) or None.
        """
        t = token_at(text, folded, pos, cross_line=True)
        if t is None:
            return None
        lv = self.places.level_at(text, folded, t.start)
        if lv:
            word = lv.group().rstrip(".")
            level = self.places.level_of[word]
            name = self.places.name_at(text, folded, lv.end(), word, stop=self.place_stop)
            if name:
                return name[1], level, text[name[0]:name[1]]
            return (lv.end(), level, None) if level in _BARE_OK else None
        if committee and (t.is_name_word or t.is_cap and t.text.isupper() and len(t.text) > 1) \
                and t.low not in self.name_stops:
            # a capitalised function word opens the next sentence ("… Ban Thường vụ huyện ủy Trong đó …")
            name = self.places.name_at(text, folded, pos, None, committee=True, stop=self.place_stop)
            if name:
                return name[1], None, text[name[0]:name[1]]
        return None

    def _compound_end(self, text: str, folded: str, t: Tok) -> int:
        """Where the compound word opened by the capitalised word ``t`` ends ("Công an", "Quản lý"), else its end."""
        c = self.titles.compound_at(text, folded, t) if t.is_cap and t.is_word else None
        return c.end if c is not None else t.end

    @staticmethod
    def _named_generic(text: str, start: int, head_end: int, ga: re.Match[str]) -> bool:
        """"Đảng bộ Các cơ quan …", "Đảng ủy Các khu …": a capitalised "Các" opens the unit's own name."""
        word = text[ga.start():ga.end()].strip()
        return word[:1].isupper() and word[1:].islower() and not text[start:head_end].isupper()

    def _name_word_end(self, text: str, folded: str, t: Tok) -> int:
        """Where the first word of a unit's own name ends: a field written in lower case ("Bộ Nội vụ", "Sở Tài
        nguyên và môi trường"), an organ's whole head ("Chi bộ Ban Tuyên giáo và Dân vận …") or a compound word ("Bộ
        Công an", "Đảng bộ Cơ quan …")."""
        f = self.field_re.match(folded, t.start)
        if f and f.end() > t.end:
            return f.end()
        h = self.head_re.match(folded, t.start)
        if h and h.end() > t.end and self.kind[" ".join(h.group().split())] == "organ":
            return h.end()
        return self._compound_end(text, folded, t)

    def _joins_fields(self, text: str, folded: str, prev: Tok | None, joiner: Tok) -> bool:
        """"," or "và" between two field words of one department's name ("Văn hóa, Thể thao và Du lịch"), never
        before another body ("Sở Giáo dục và Đào tạo, Công an tỉnh") or a document ("Bộ Nội vụ và Nghị định …")."""
        nxt = token_at(text, folded, joiner.end)
        if prev is None or nxt is None or not nxt.is_cap:
            return False
        if prev.text.isupper() and nxt.text.isupper() and prev.end == joiner.start and nxt.start == joiner.end:
            return True     # one name in initials with a comma inside: "Sở VH,TT&DL"
        if " ".join(prev.low.split()) not in self.titles.fields:
            return False
        if self.titles.field_abbreviation(nxt.text):
            return True     # "Sở Nông nghiệp và PTNT tỉnh …"
        fw = self.field_re.match(folded, nxt.start)
        return fw is not None and not self.head_re.match(folded, nxt.start)

    @staticmethod
    def _name_run(text: str, folded: str, t: Tok) -> bool:
        """``t`` opens a run of two capitalised syllables or more, a proper name ("… y học cổ truyền" + a place), not a
        capitalised common noun after a verb ("tổ chức Đại hội", "trao Huy hiệu")."""
        nxt = token_at(text, folded, t.end)
        return nxt is not None and nxt.start - t.end == 1 and nxt.is_cap and nxt.is_word

    def _widened(self, text: str, folded: str, t: Tok) -> Tok:
        """The token ``t`` widened to the field word or the compound word it opens, if any."""
        f = self.field_re.match(folded, t.start)
        e = f.end() if f and f.end() > t.end else self._compound_end(text, folded, t) if t.is_cap else t.end
        return Tok(t.start, e, text[t.start:e], folded[t.start:e]) if e > t.end else t

    def _joined_field(self, text: str, folded: str, t: Tok, prev: Tok | None) -> Tok | None:
        """A field word of several syllables joined to the field before ("… Thương binh và Xã hội"), as a token."""
        if not t.is_cap or prev is None or folded[prev.end:t.start].strip() not in ("và", ",", "-", "–"):
            return None
        fw = self.field_re.match(folded, t.start)
        return Tok(t.start, fw.end(), text[t.start:fw.end()], folded[t.start:fw.end()]) \
            if fw and fw.end() > t.end else None

    def _field_run(self, text: str, folded: str, t: Tok, prev: Tok | None,
                   end: int) -> tuple[int, int, Tok | None] | None:
        """A department's name going on over a joiner between its fields, or over the joined field (the next
        position, the name's end and the last field), or None."""
        if t.low in ("và", ",") and self._joins_fields(text, folded, prev, t):
            return t.end, end, prev
        jf = self._joined_field(text, folded, t, prev)   # "… Thương binh và Xã hội": opens with a level word
        return (jf.end, jf.end, jf) if jf is not None else None

    def _after_opener(self, text: str, pos: int) -> int:
        """Past a lower-case word of ``unit_openers.tsv`` at ``pos`` ("ngành", "cơ sở"), else ``pos``."""
        op = self.unit_opener.match(text, pos)
        return op.end() if op is not None and text[op.end() - 1].islower() else pos

    def _opens_name(self, text: str, folded: str, pos: int) -> bool:
        """A lower-case word of ``unit_openers.tsv`` before a capitalised name ("Công đoàn cơ sở Trường …")."""
        after = self._after_opener(text, pos)
        t = token_at(text, folded, after) if after > pos else None
        return t is not None and t.is_cap and not self.places.level_at(text, folded, t.start)

    def _level_closes(self, text: str, folded: str, t: Tok, lv: re.Match[str]) -> int | None:
        """Where the level word ``lv`` at ``t`` closes a named unit: after its place ("… huyện X"), or after itself
        when capitalised; None when it does not (a lower-case level word with no name is a common noun)."""
        pl = self._place(text, folded, t.start)
        if pl:
            return pl[0]
        return lv.end() if not text[t.start].islower() else None

    def _unit_closes(self, text: str, folded: str, t: Tok, c: re.Match[str] | None,
                     lv: re.Match[str] | None) -> int | None:
        """Where a named unit closes at ``t``: after the committee ``c`` heads and its place ("Chi bộ Văn phòng
        Huyện ủy"), after the level word ``lv`` and its place ("… huyện X"); None when ``t`` closes nothing."""
        if c and self.kind[" ".join(c.group().split())] == "committee":
            pl = self._place(text, folded, c.end(), committee=True)
            return pl[0] if pl else c.end()
        return self._level_closes(text, folded, t, lv) if lv else None

    def _named_unit(self, text: str, folded: str, pos: int) -> int | None:
        """A named unit after "Đảng bộ"/"Chi bộ"/"Sở": capitalised words, few lower-case ones between; a word of
        ``unit_openers.tsv`` may open it in lower case ("Công đoàn ngành Giáo dục tỉnh …")."""
        t = token_at(text, folded, self._after_opener(text, pos))
        if t is None or not t.is_cap or self.places.level_at(text, folded, t.start):
            return None
        end = p = self._name_word_end(text, folded, t)
        prev: Tok | None = Tok(t.start, end, text[t.start:end], folded[t.start:end])
        lower = 0
        sentence_case = True    # the name has one capitalised word so far ("Phòng Quản lý …")
        while True:
            t = token_at(text, folded, p)
            if t is None:
                break
            fr = self._field_run(text, folded, t, prev, end) if not lower else None
            if fr is not None:   # "Sở Văn hóa, Thể thao và Du lịch", "Bộ Lao động - Thương binh và Xã hội"
                p, end, prev = fr
                continue
            c = self.head_re.match(folded, t.start) if t.is_cap else None
            if c and lower:
                break       # "Sở Nội vụ trình UBND …": a lower-case verb, then another body
            lv = self.places.level_at(text, folded, t.start)
            closed = self._unit_closes(text, folded, t, c, lv)
            if closed is not None:
                end = closed
                break
            if lv:          # "Các khu công nghiệp tỉnh X": a level word with no name is a common noun
                if lower >= WINDOWS.unit_lower_words_max:
                    break
                lower += 1
                p, sentence_case = lv.end(), False      # a level word with no name: no sentence-case tail
                continue
            if lower and t.is_cap and not self._name_run(text, folded, t):
                break       # "Đảng ủy Trường X tổ chức Đại hội": a verb and its object, no proper name
            if t.is_cap or t.is_group:
                prev = self._widened(text, folded, t)   # "Tài chính", "Quản lý": a field or compound word
                end, lower = prev.end, 0
                p, sentence_case = prev.end, False      # a name in title case ("Đoàn Thanh niên Cộng sản …"): no tail
                continue
            elif t.text in "-–":
                pass
            elif t.low == "số" and (n := token_at(text, folded, t.end)) is not None and n.text.isdigit() \
                    and n.start == t.end + 1:
                end, lower, p = n.end, 0, n.end     # "Trường Tiểu học số 1 Quế Xuân": the unit's number
                continue
            elif self._plural_places(text, folded, t):
                return None     # "Sở Y tế các tỉnh": the department of many places, no one body
            elif t.is_word and t.low not in self.name_stops and lower < WINDOWS.unit_lower_words_max:
                lower += 1
            else:
                break
            p = t.end
        return self._sentence_case_end(text, folded, end) if sentence_case else end

    def _sentence_case_end(self, text: str, folded: str, end: int) -> int:
        """A unit's name written in sentence case goes on over the lower-case field words after its one
        capitalised word ("Phòng Quản lý đô thị", "Đảng bộ Cơ quan chính quyền") when they run to where a name
        closes (a mark, "và" before a capitalised word, "thuộc"); else the name ends at ``end``."""
        p = end
        while (f := self.field_re.match(folded, p + 1)) is not None and text[p] == " " and text[p + 1].islower():
            p = f.end()
        return p if p > end and _TAIL_CLOSES.match(text, p) else end

    def parse(self, text: str, folded: str, start: int, head_end: int, out: list[_Occ],
              depth: int = 0) -> int | None:
        """Parse the body whose head spans [start, head_end); append occurrences (nested last).

        Returns the end of the body, or None when the mention is bare or generic.
        """
        head = " ".join(folded[start:head_end].split())
        kind = self.kind[head]
        if kind == "national":
            return self._national(folded, start, head_end, head, out, depth)
        if kind == "organ":
            return self._organ(text, folded, start, head_end, head, out, depth)
        npl = self.named_plural.match(folded, head_end) if kind == "unit" else None
        pl = self._place(text, folded, npl.end()) if npl else None
        if pl:          # "Đảng bộ các cơ quan Đảng tỉnh X": one body, though it opens with "các"
            out.append((start, pl[0], pl[1], "unit", depth, pl[2]))
            return pl[0]
        ga = self.generic_after.match(folded, head_end)
        if ga and not self._place(text, folded, head_end + 1 + len("cơ sở")) \
                and not self._named_generic(text, start, head_end, ga) and not self._opens_name(text, folded, head_end):
            return None
        # a committee head that ends in its level word ("Đoàn xã"): its place's name follows as after the level word
        if kind == "committee" and (word := self._last_level(head)):
            return self._level_committee(text, folded, start, head_end, word, out, depth)
        if kind == "committee":
            pl = self._place(text, folded, head_end, committee=True)
            g = token_at(text, folded, head_end) if pl is None else None
            if g is not None and g.is_group:   # "Ủy ban Kiểm tra Tỉnh ủy (UBKT) X": the abbreviation, the place
                pl = self._place(text, folded, g.end, committee=True)
            end = pl[0] if pl else head_end
            out.append((start, end, _COMMITTEE_LEVEL.get(head.split()[0]), "committee", depth, pl[2] if pl else None))
            return end
        if kind == "steering":
            return self._steering(text, folded, start, head_end, out, depth)
        if kind == "numbered":
            return self._numbered(text, folded, start, head_end, out, depth)
        if kind == "department":
            named = self._named_unit(text, folded, head_end)
            if named is None or not text[start].isupper():
                return None
            out.append((start, named, None, "department", depth, None))
            return named
        return self._unit(text, folded, start, head_end, head, out, depth)

    def _last_level(self, head: str) -> str | None:
        """The level word (``levels.tsv``) a folded head ends in ("đoàn xã" → "xã"), or None ("huyện đoàn")."""
        words = head.split()
        return next((w for w in (" ".join(words[-2:]), words[-1]) if len(words) > 1 and w in self.places.level_of),
                    None)

    def _level_committee(self, text: str, folded: str, start: int, head_end: int, word: str, out: list[_Occ],
                         depth: int) -> int | None:
        """A committee whose head ends in its level word ("Đoàn xã X", "Đoàn phường Y"): the place's name follows
        as after that level word; with no name ("Bí thư Đoàn xã") it is a kind of body, None."""
        name = self.places.name_at(text, folded, head_end, word, stop=self.place_stop)
        if not name:
            return None
        out.append((start, name[1], self.places.level_of[word], "committee", depth, text[name[0]:name[1]]))
        return name[1]

    def _numbered(self, text: str, folded: str, start: int, head_end: int, out: list[_Occ], depth: int) -> int | None:
        """An army unit named by its number, its arm or both ("Tiểu đoàn 15", "Tiểu đoàn Bộ binh 1", "Đại đội Trinh
        sát"); None when written in lower case or with no name ("các tiểu đoàn", "tiểu đoàn bộ binh")."""
        t = token_at(text, folded, head_end)
        if t is None or not text[start].isupper():
            return None
        end = t.end if t.text.isdigit() else self._named_unit(text, folded, head_end)
        if end is None:
            return None
        n = token_at(text, folded, end)
        if not t.text.isdigit() and n is not None and n.text.isdigit() and n.start == end + 1:
            end = n.end         # "Tiểu đoàn Bộ binh 1": the arm, then the number
        out.append((start, end, None, "unit", depth, None))
        return end

    def _plural_places(self, text: str, folded: str, t: Tok) -> bool:
        """``t`` is "các"/"những" before a level word ("Sở Y tế các tỉnh"): the places are many."""
        nxt = token_at(text, folded, t.end) if t.low in _PLURAL else None
        return nxt is not None and self.places.level_at(text, folded, nxt.start) is not None

    def _steering(self, text: str, folded: str, start: int, head_end: int, out: list[_Occ], depth: int) -> int | None:
        """A steering committee: its number or task in lower case ("35", "phòng, chống tham nhũng, tiêu cực"), then
        the committee or place it belongs to ("… Huyện ủy X", "… tỉnh X"), or a capitalised name ("Ban Chỉ đạo
        Tây Bắc"); None when nothing names it (the article's bare "Ban Chỉ đạo")."""
        p, words = head_end, 0
        t = token_at(text, folded, p)
        if t is not None and t.text.isdigit():
            p, words = t.end, 1
        while (t := token_at(text, folded, p)) is not None and words <= WINDOWS.steering_task_words_max:
            c = self.head_re.match(folded, t.start) if t.is_cap else None
            if c:
                inner: list[_Occ] = []
                end = self.parse(text, folded, c.start(), c.end(), inner, depth + 1)
                if end is None:
                    return None
                out.append((start, end, None, "committee", depth, None))
                out.extend(inner)
                return end
            pl = self._place(text, folded, t.start) if self.places.level_at(text, folded, t.start) else None
            if pl:
                out.append((start, pl[0], pl[1], "committee", depth, pl[2]))
                return pl[0]
            if t.is_cap and words == 0:
                named = self._named_unit(text, folded, p)
                if named is None:
                    return None
                out.append((start, named, None, "committee", depth, None))
                return named
            if t.low == "," and words and (n := token_at(text, folded, t.end)) is not None and n.text.islower():
                p = t.end
                continue
            if not (t.is_word and t.text.islower()) or t.low in self.name_stops:
                return None
            p, words = t.end, words + 1
        return None

    @staticmethod
    def _national(folded: str, start: int, head_end: int, head: str, out: list[_Occ], depth: int) -> int:
        """A national body ("Bộ Chính trị"): as written, "Ban Chấp hành" with its "Trung ương (Đảng)"."""
        c = _CENTRAL.match(folded, head_end) if head.startswith(("ban chấp hành", "ban bí thư")) else None
        end = c.end() if c else head_end
        q = _OF_ASSEMBLY.match(folded, end) if head != "quốc hội" else None
        end = q.end() if q else end
        out.append((start, end, None, "national", depth, None))
        return end

    def _organ(self, text: str, folded: str, start: int, head_end: int, head: str, out: list[_Occ],
               depth: int) -> int | None:
        """An organ ("Ban Thường vụ", "Văn phòng"): which body it belongs to ("… Tỉnh ủy X", "… Trung ương",
        "Văn phòng Quốc hội"); None when it names none (a bare organ, or an organ of an organ)."""
        if _PLURAL_BEFORE.search(folded, max(0, start - 8), start) \
                and not _title_cased(text[start:head_end], self.written_head.get(head, head)):
            return None   # "các ban xây dựng Đảng …": a kind of board, in the plural and in lower case
        p = head_end
        mod = self.organ_mod.match(folded, p)
        if mod and text[mod.start():mod.end()].islower():
            p = mod.end()        # "Ban Chấp hành lâm thời Đảng bộ …": the organ's standing
        t = token_at(text, folded, p)
        if t is not None and t.is_group:
            p = t.end
        c = _CENTRAL.match(folded, p)
        if c:
            out.append((start, c.end(), None, "national", depth, None))
            return c.end()
        t = token_at(text, folded, p, cross_line=True)
        m = self.head_re.match(folded, t.start) if t is not None else None
        if t is None or m is None:
            return self._bare_organ(text, folded, start, head_end, head, out, depth, alone=True)
        inner_head = " ".join(m.group().split())
        inner_kind = self.kind[inner_head]
        if inner_kind == "national" and t.is_cap and head in _NATIONAL_ORGANS:
            national = self._national(folded, m.start(), m.end(), inner_head, [], depth + 1)
            out.append((start, national, None, "organ", depth, None))    # "Văn phòng Quốc hội"
            out.append((m.start(), national, None, "national", depth + 1, None))
            return national
        if inner_kind in ("organ", "national"):
            return None
        if head in _STATE_ORGANS and inner_kind == "unit":
            m = self._shared_office(folded, m)
        inner: list[_Occ] = []
        end = self.parse(text, folded, m.start(), m.end(), inner, depth + 1)
        if end is None:
            if inner_kind == "unit" and not self.generic_after.match(folded, m.end()):
                # "Ban Chấp hành đảng bộ khóa 10", "bầu Ban Chấp hành Đảng bộ": the organ of the article's Đảng bộ
                return self._bare_organ(text, folded, start, m.end(), head, out, depth, alone=False)
            return None
        level = inner[0][2] if inner else None
        interim = _INTERIM_AFTER.match(folded, end)
        end = interim.end() if interim else end
        out.append((start, end, level, "organ", depth, inner[0][5] if inner else None))
        out.extend(inner)
        return end

    def _shared_office(self, folded: str, m: re.Match[str]) -> re.Match[str]:
        """The last unit of a list an office serves together ("Văn phòng HĐND và UBND xã …", "Văn phòng Đoàn ĐBQH,
        HĐND và UBND tỉnh …"): the office is one body, named by the list and the last unit's place; ``m`` when the
        unit it opens on is no list."""
        while (j := _LIST_NEXT.match(folded, m.end()) or _SHARED_PLACE.match(folded, m.end())) is not None:
            nxt = self.head_re.match(folded, j.end())
            if nxt is None or self.kind[" ".join(nxt.group().split())] != "unit" \
                    or self.bare_organs.get(" ".join(nxt.group().split()), ("", ""))[1] != "listed":
                break
            m = nxt
        return m

    def _bare_organ(self, text: str, folded: str, start: int, end: int, head: str, out: list[_Occ],
                    depth: int, *, alone: bool) -> int | None:
        """An organ written without its committee that still names one body ("bầu Ban Thường vụ gồm 13 đồng
        chí", "các đồng chí trong Ban Thường vụ, Ban Chấp hành"), or with a unit of the article's written bare
        ("Thường trực HĐND", "BTV Đảng ủy"): only the organs of ``bare_organs.tsv`` (those of kind ``with_unit``
        only with a unit), capitalised; a bare organ inside a title phrase is left out later like any body there."""
        word, kind = self.bare_organs.get(head, ("", ""))
        if not word or (alone and kind != "organ") or not _title_cased(text[start:end], word):
            return None
        nxt = token_at(text, folded, end)
        if nxt is not None and nxt.is_cap and nxt.is_word:
            return None     # a name goes on ("Ban Chấp hành Đảnh bộ tỉnh …", misspelt): not a bare organ
        out.append((start, end, None, "organ", depth, None))
        return end

    def _unit(self, text: str, folded: str, start: int, head_end: int, head: str, out: list[_Occ],
              depth: int) -> int | None:
        """A unit ("Đảng bộ", "Chi bộ", "UBND", "Hội Nông dân"): what names it, tried in order: a bloc, a level
        word and place, a nested body ("Đảng ủy UBND tỉnh"), a named unit; a mass organisation stands
        alone; else None (a bare or generic unit)."""
        b = _BLOC.match(folded, head_end + 1) if folded[head_end:head_end + 1] == " " else None
        if b:           # "Đảng ủy Khối các cơ quan tỉnh X": the bloc, then its place
            pl = self._place(text, folded, b.end())
            end = pl[0] if pl else b.end()
            out.append((start, end, "bloc", "unit", depth, pl[2] if pl else None))
            return end
        g = token_at(text, folded, head_end)
        if g is not None and g.is_group:   # "Hội đồng nhân dân (HĐND) tỉnh X": the abbreviation, then the place
            pl = self._place(text, folded, g.end)
            if pl:
                out.append((start, pl[0], pl[1], "unit", depth, pl[2]))
                return pl[0]
        opened = self._after_opener(text, head_end)     # "Công đoàn cơ sở phường X": the opener, then the place
        pl = self._place(text, folded, head_end) or (self._place(text, folded, opened) if opened > head_end else None)
        if pl:
            out.append((start, pl[0], pl[1], "unit", depth, pl[2]))
            return pl[0]
        t = token_at(text, folded, head_end, cross_line=True)
        m = self.head_re.match(folded, t.start) if t is not None else None
        inner_head = " ".join(m.group().split()) if m else ""
        if t is not None and m and (self.kind[inner_head] in ("unit", "department", "committee")
                                    or inner_head in _STATE_ORGANS) and t.is_cap:
            inner: list[_Occ] = []
            nested = self.parse(text, folded, m.start(), m.end(), inner, depth + 1)
            if nested is not None:
                out.append((start, nested, None, "unit", depth, None))
                out.extend(inner)
                return nested
        if head.startswith(_NAMED) and not head.startswith(fold("Công an")):
            named = self._named_unit(text, folded, head_end)
            if named:
                out.append((start, named, None, "unit", depth, None))
                return named
        if head.startswith(_SOCIAL) or depth == 0 and self._listed_bare(text, folded, start, head_end, head):
            out.append((start, head_end, None, "unit", depth, None))
            return head_end
        return None

    def _listed_bare(self, text: str, folded: str, start: int, head_end: int, head: str) -> bool:
        """A bare State or Front body (``bare_organs.tsv`` kind ``listed``) written in a list of bodies that holds a
        named one ("lãnh đạo Tỉnh ủy, HĐND, UBND, UB MTTQ", "HĐND, UBND, UBMTTQ xã"): one body of the article's;
        one before "và" shares the next one's place ("HĐND và UBND huyện"), and a list of kinds ("chỉ định cấp
        ủy, HĐND, UBND … các cấp") names none."""
        if self.bare_organs.get(head, ("", ""))[1] != "listed" or not text[start].isupper() \
                or _SHARED_PLACE.match(folded, head_end):
            return False
        return self._list_anchor(text, folded, head_end, forward=True) or \
            self._list_anchor(text, folded, start, forward=False)

    def _list_anchor(self, text: str, folded: str, pos: int, *, forward: bool, hops: int = 6) -> bool:
        """Whether the list going on from ``pos`` (forward or back) reaches a capitalised body that is not itself
        a bare listed one, over bare listed ones only."""
        if forward:
            j = _LIST_NEXT.match(folded, pos)
            m = self.head_re.match(folded, j.end()) if j else None
        else:
            m = self.body_before_list.search(folded, max(0, pos - WINDOWS.body_list_lookback), pos)
        if m is None or not text[m.start()].isupper():
            return False
        head_end = m.start() + len(m.group(1)) if not forward else m.end()
        bare = self.bare_organs.get(" ".join(folded[m.start():head_end].split()), ("", ""))[1] == "listed" \
            and _LIST_NEXT.match(folded, head_end) is not None
        if not bare:
            return True
        return hops > 0 and self._list_anchor(text, folded, head_end if forward else m.start(), forward=forward,
                                              hops=hops - 1)
