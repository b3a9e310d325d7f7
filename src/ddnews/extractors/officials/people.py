"""Who the people of an article are: the passes of :class:`~ddnews.extractors.officials.OfficialExtractor` that
find full names (a cue then a name, plural lists, a title ending in a name, cue-less lists, names repeated
without cue) and join short mentions ("ông An") to them."""
from __future__ import annotations

import re

import regex

from ...resources.admin_units import gazetteer
from ...settings import WINDOWS
from ...text.normalize import fold
from ..names.capitals import name_run_at
from ..names.titles import Title
from .article import _Article
from .grammar import OfficialGrammar

_LIST_SEP = re.compile(r"\s*(?:[,;]|\bvà\b)\s*(?:[-–+*•][ \t]*)?|\n[ \t]*[-–+*•][ \t]*")
# The items of a list of people without cue are separated by ";", "," or "và".
_LIST_ITEM_SEP = re.compile(r"\s*(?:[;,]|\bvà\b)\s*")
# a colon (after "gồm", "là": "bầu bổ sung 02 Ủy viên UBND tỉnh, gồm: …"), maybe a bulleted list's first line
_LIST_COLON = re.compile(r"(?:[ \t]*,?[ \t]*(?:gồm|là))?[ \t]*:[ \t]*(?:\r?\n[ \t]*[-–+*•][ \t]*)?")
# the bulleted lines that go on from a list's line ("các đồng chí:\n- A, Bí thư …;\n- B, …")
_BULLET_LINES = re.compile(r"[^\n]*(?:\n[ \t]*[-–+*•][^\n]*)+")
# A cue-less name right before ", <title>" in a list ("…: Nguyễn Văn An, Bí thư …; Trần Thị Bình, …").
_LIST_NAME = regex.compile(r"(?:^|[:;,\n]|\bcó|\bgồm)\s*(\p{Lu}\p{Ll}*(?: \p{Lu}\p{Ll}*){1,3})\s*,\s*$")
_COMMA_ONLY = re.compile(r"\s*,\s*")
_AND_ONLY = re.compile(r"[ \t]+và[ \t]+")
_COMMA_OR_AND = re.compile(r"[ \t]*,[ \t]*|[ \t]+và[ \t]+")
_POST_JOIN = re.compile(r"[ \t]*(?:,|kiêm|, đồng thời là)[ \t]*")   # between two posts of one person
_MARKS = re.compile(r"[,;:.!?()\n]")
# a count or a plural word right before a post: the post is held by several people ("Hai Phó Chủ tịch là …")
_COUNT_WORD = r"(?<!\w)(?:hai|ba|bốn|năm|sáu|các|những|\d{1,2})\s+"
_COUNTED = re.compile(_COUNT_WORD + "$")
_COUNT_LOOKBACK = 12
# the same, maybe with the plural cue after it ("các đồng chí Phó Giám đốc Công an tỉnh: …")
_COUNTED_CUED = re.compile(_COUNT_WORD + r"(?:đồng\s+chí\s+)?$")
# what opens the next item of a list of people after a plural post and a colon (a person cue may follow)
_PLURAL_ITEM_SEP = re.compile(r"(?:;|\n[ \t]*[-–+*•]?)[ \t]*")
_CHAIN_SEP = re.compile(r"[ \t]*[,–—-][ \t]*$")   # what joins a name to its titles, and titles to each other
_DASH_AFTER = re.compile(r"[ \t]*(?:[-–—,]|\()[ \t]*")   # a name's dash, comma or parenthesis before its post
_OWN_PAREN = re.compile(r"[ \t]*\([^()\n]{1,120}\)")
_LIST_CLOSE = re.compile(r"[ \t]*(?:[.!?;]|\n|$)")   # where a list of names closes its sentence, line or item


class PeoplePasses(OfficialGrammar):
    """Passes 1-3 and 6 of :meth:`OfficialExtractor.find <ddnews.extractors.officials.OfficialExtractor.find>`."""

    def _cued_names(self, art: _Article) -> None:
        """Pass 1, cue + name ("đồng chí Nguyễn Văn An"): which runs after a person cue are people; a one-word
        or two-word run not seen yet is also kept as a possible short mention ("ông An")."""
        text, folded = art.text, art.folded
        cues = sorted([*self.cue_re.finditer(folded), *self.count_cue_re.finditer(folded)], key=lambda c: c.start())
        for m in cues:
            kind = self.cue_kind.get(" ".join(m.group().split()), "plural")   # "2 ông:" counts a list
            cue_text = text[m.start():m.end()]
            if kind == "single" and cue_text.isalpha() and cue_text[0].isupper() and m.start() > 0:
                before = text[:m.start()].rstrip(" \t")
                if before and before[-1] not in ".!?:;\n\"“(-–,":
                    continue          # "Bà Rịa": a capitalised cue mid-sentence is part of a name
            at = m.end()
            shared = None
            if kind == "plural":
                at, shared = self._shared_post(text, folded, at)   # "các đồng chí Phó Bí thư: A, …; B, …"
            words = name_run_at(text, at, limit=6)
            if not words or words[0][0] - at > 2:
                continue
            full = len(words) > 1 or self._prefixed(folded, words[0])
            if not full or (len(words) == 2 and fold(text[words[0][0]:words[-1][1]]) not in art.people):
                art.short.append((m.start(), words))
                if not full:
                    continue
            if not self._valid_name(text, folded, words):
                continue
            if kind in ("role", "member") and fold(text[words[0][0]:words[0][1]]) not in self.g.surnames:
                continue          # "sinh viên Khoa Kinh tế", "đảng viên Đảng Cộng sản": a name opens with a family name
            if kind in ("rank", "single") and self._remembered(folded, m.start()):
                continue          # "dâng hương tưởng niệm Đại tướng …": a historical figure, no one in the story
            key = art.add(words, [shared] if shared else ())
            if key and kind == "single":
                self._and_name(art, words[-1][1])   # "đồng chí A và B được bầu …": B named without a cue
            if key and kind in ("plural", "role"):
                # "các đồng chí A, B và C"; a role names a list too ("học sinh giỏi như em A, B")
                self._plural_list(art, m.start(), words, key, shared, grouped=kind == "plural")

    def _and_name(self, art: _Article, end: int, titles: list[Title] | None = None) -> None:
        """A full name joined by "và" to a cued one, with no cue of its own ("đồng chí A và Trương Văn B"): a person
        too (it opens with a family name and names no place)."""
        text, folded = art.text, art.folded
        j = _AND_ONLY.match(text, end)
        if j is None:
            return
        w2 = name_run_at(text, j.end(), limit=5)
        if w2 and w2[0][0] == j.end() and len(w2) >= 2 and self._valid_name(text, folded, w2) \
                and fold(text[w2[0][0]:w2[0][1]]) in self.g.surnames \
                and not gazetteer().is_place(fold(text[w2[0][0]:w2[-1][1]])):
            art.add(w2, titles or ())

    def _remembered(self, folded: str, cue: int) -> bool:
        """A remembrance or relic word right before a person cue, at most two words and no clause mark between
        ("Khu di tích lưu niệm đồng chí …", "tưởng niệm Đại tướng …"): the person is a historical figure."""
        last = None
        for lm in self.legacy_re.finditer(folded, max(0, cue - WINDOWS.legacy_cue_lookback), cue):
            last = lm
        if last is None:
            return False
        gap = folded[last.end():cue]
        return len(gap.split()) <= 2 and not _MARKS.search(gap)

    def _shared_post(self, text: str, folded: str, at: int) -> tuple[int, Title | None]:
        """After a plural cue: the list's start past a colon, and a post named before the list that every
        listed person holds ("các đồng chí Phó Bí thư Thành ủy: A, Chủ tịch …; B, …")."""
        t = self.g.match_at(text, folded, at, split_names=False)
        m = _LIST_COLON.match(text, t.end) if t is not None else _LIST_COLON.match(text, at)
        if m is None:
            return at, None
        return m.end(), t

    def _plural_list(self, art: _Article, cue: int, words: list[tuple[int, int]], key: str,
                     shared: Title | None = None, *, grouped: bool = True) -> None:
        """After a plural cue ("các đồng chí A, B và C"): which names that follow in the sentence are listed
        people (each opens with a family name and is no place); they form the sentence's group, sharing its later
        titles (``grouped`` is False after a role cue: its list is a group only when it names several)."""
        text, folded = art.text, art.folded
        grp = [key]
        pos, stop = words[-1][1], art.sentence_end(cue)
        bullets = _BULLET_LINES.match(text, text.rfind("\n", 0, pos) + 1 if "\n" in text[cue:pos] else cue)
        if bullets and bullets.end() > stop:
            stop = bullets.end()      # a bulleted list goes on over its lines
        for sm in _LIST_SEP.finditer(text, pos, stop):
            w2 = name_run_at(text, sm.end(), limit=5)
            if w2 and w2[0][0] == sm.end() and self._valid_name(text, folded, w2) \
                    and (fold(text[w2[0][0]:w2[0][1]]) in self.g.surnames or self._post_after(text, folded, w2)) \
                    and not gazetteer().is_place(fold(text[w2[0][0]:w2[-1][1]])):
                k2 = art.add(w2, [shared] if shared else ())
                if k2:
                    grp.append(k2)
        if grouped or len(grp) > 1:
            art.groups[art.sent(cue)] = grp

    def _post_after(self, text: str, folded: str, words: list[tuple[int, int]]) -> bool:
        """A dash, a comma or a parenthesis, then a post, right after a listed run ("…; Pờ Thị Xè - Phó Chủ tịch UBND
        huyện", "… và Quảng Đại Phước (Trưởng Ban …)"): the run is the post holder's name, whatever its family name
        (minority names the surname list does not hold)."""
        d = _DASH_AFTER.match(text, words[-1][1])
        return d is not None and self.g.match_at(text, folded, d.end(), split_names=False) is not None

    def _titled_names(self, art: _Article, titles: list[Title]) -> None:
        """Pass 2, title + name ("Bí thư Huyện ủy Nguyễn Văn An"): which titles end in a person's name, and
        which earlier titles joined to it by commas are the same person's ("nguyên A, nguyên B Tên")."""
        folded = art.folded
        for t in titles:
            if t.name is None or art.in_career(t.start):
                continue
            if t.end == t.head_end and self.legacy_re.search(
                    folded, max(0, t.start - WINDOWS.legacy_cue_lookback), t.start):
                continue          # "tư tưởng Chủ tịch …": a historical figure
            if self._place_elsewhere(folded, t, titles):
                continue          # "… làm Trưởng thôn Đồng Bãi" where "thôn Đồng Bãi" is written as a place
            # earlier titles joined by commas belong to the same person ("nguyên A, nguyên B Tên")
            chain = self._chained_before(art, titles, t, _COMMA_ONLY)
            art.add(t.name_words, chain)
            if _COUNTED.search(folded, max(0, t.start - _COUNT_LOOKBACK), t.start):
                self._and_name(art, t.name[1], chain)   # "các Phó Chủ tịch UBND tỉnh A và B": B holds it too

    def _place_elsewhere(self, folded: str, t: Title, titles: list[Title]) -> bool:
        """The title ends in a level word ("Trưởng thôn") and the run after it is written as that level's place
        somewhere outside every title ("sáp nhập … thành thôn Đồng Bãi"): the run names the place, no person."""
        level = self.level_before_name(folded, t)
        if level is None or t.name is None:
            return False
        place = folded[t.end - len(level):t.name[1]]
        return any(not any(o.start <= p < o.end for o in titles) for p in _occurrences(folded, place)
                   if p != t.end - len(level))

    def _listed_names(self, art: _Article, titles: list[Title]) -> None:
        """Pass 3, name + title in lists without cue ("…: Nguyễn Văn An, Bí thư …"): which capitalised runs
        right before ", <title>" are people (the run opens with a family name that is no person cue)."""
        text, folded = art.text, art.folded
        for t in titles:
            back = text[max(0, t.start - WINDOWS.list_name_lookback):t.start]
            m = _LIST_NAME.search(back) if back.rstrip().endswith(",") else None   # the comma: a cheap test first
            if not m:
                continue
            s0 = t.start - len(back) + m.start(1)
            words = name_run_at(text, s0, limit=4)
            first = fold(text[words[0][0]:words[0][1]]) if words else ""
            if self._valid_name(text, folded, words) and first in self.g.surnames and first not in self.cue_kind:
                art.add(words)

    def _plural_post_names(self, art: _Article, titles: list[Title]) -> None:
        """Pass 3a, a post written in the plural before a colon and a list of bare names ("các Phó Chủ tịch UBND
        tỉnh: A, B"; "các đồng chí Phó Giám đốc Công an tỉnh: Đại tá A, Thượng tá B"): each name is a person who
        holds the post; the list's context makes a name of any family name a person's."""
        folded = art.folded
        for t in titles:
            if art.in_career(t.start) \
                    or not _COUNTED_CUED.search(folded, max(0, t.start - 2 * _COUNT_LOOKBACK), t.start):
                continue
            if t.name is not None:
                # "các Phó Chủ nhiệm UBKT Tỉnh ủy Lê Thị A, Trần Văn B": the list goes on after the first name
                sep = _COMMA_OR_AND.match(art.text, t.name[1])
                if sep is not None and sep.end() > t.name[1]:
                    for words in self._bare_names(art, sep.end()):
                        art.add(words, [t])
                continue
            m = _LIST_COLON.match(folded, t.end)
            if m is None or m.end() == t.end:
                continue
            for words in self._bare_names(art, m.end()):
                art.add(words, [t])

    def _bare_names(self, art: _Article, pos: int) -> list[list[tuple[int, int]]]:
        """The names of a list from ``pos`` made of names only (each maybe after a person cue or a rank), joined by
        ",", ";" or "và" and closing its sentence or line; none when an item holds anything else."""
        text, folded = art.text, art.folded
        out = []
        while True:
            cue = self.cue_re.match(folded, pos)
            at = cue.end() if cue else pos
            while text[at:at + 1] in (" ", "\t"):
                at += 1
            words = name_run_at(text, at, limit=5)
            if not words or words[0][0] != at or not self._valid_name(text, folded, words) \
                    or folded[words[0][0]:words[0][1]] in self.cue_kind \
                    or gazetteer().is_place(fold(text[words[0][0]:words[-1][1]])):
                return []
            out.append(words)
            end = words[-1][1]
            paren = _OWN_PAREN.match(text, end)      # "A (Chủ tịch UBND tỉnh), B (…)": the name's own posts
            end = paren.end() if paren else end
            if _LIST_CLOSE.match(text, end):
                return out
            sep = _LIST_ITEM_SEP.match(text, end)
            if sep is None or sep.end() == end:
                return []
            pos = sep.end()

    def _titles_before_cue(self, art: _Article, titles: list[Title]) -> None:
        """Pass 3b ("Bí thư Tỉnh ủy, đồng chí Nguyễn Văn An"): which titles with no name of their own belong to
        the person cued right after their comma (only a person found already), unless they close the titles of
        a person named before them ("ông A – Bí thư Tỉnh ủy, Chủ tịch HĐND tỉnh, ông B – …")."""
        text, folded = art.text, art.folded
        by_end = {t.end: t for t in titles}
        name_ends = {e for p in art.people.values() for _s, e in p["mentions"]}
        appointed = {m.end() + k for m in art.appoint_cues for k in (0, 1, 2)}   # a post right after the phrase
        for t in titles:
            if t.name is not None or art.in_career(t.start) or _in_apposition(text, t, by_end, name_ends):
                continue
            if t.start in appointed:
                continue          # "A được bầu làm Bí thư …, đồng chí B …": the post is A's, not B's
            if self.acted_for(folded, t):
                continue          # "Thừa ủy quyền của Chủ tịch nước, đồng chí A …": the post acted for is not A's
            chain = self.place_chain.match(text, t.end)   # ", xã Phong Thạnh, huyện Cầu Kè, ông …": where the post is
            m = self.title_cue_re.match(folded, chain.end() if chain else t.end)
            if m:
                words = name_run_at(text, m.end(), limit=4)
                key = fold(text[words[0][0]:words[-1][1]]) if words else ""
                if key in art.people:
                    art.people[key]["titles"].extend(self._chained_before(art, titles, t, _POST_JOIN))
                continue
            listed = self._plural_post_list(art, t)
            m = self.title_is_re.match(folded, t.end)
            if listed and (m is None or ":" not in m.group()):
                continue
            if m and not self.nominated_re.search(folded, max(art.sentences.start(t.start), t.start - 12), t.start):
                counted = _COUNTED.search(folded, max(0, t.start - _COUNT_LOOKBACK), t.start)
                plural = counted is not None or "các" in m.group().split()   # "… là các đồng chí A và B"
                if not plural and "gồm" in m.group().split():
                    continue      # "các Phó Bí thư gồm đồng chí A (…), đồng chí B (…)": a plural post's holders only
                for key in self._holders(art, m.end(), plural=plural):
                    art.people[key]["titles"].append(t)

    def _plural_post_list(self, art: _Article, t: Title) -> bool:
        """"các Phó Bí thư Đảng ủy phường: A, Chủ tịch UBND phường; B, …": a post written in the plural before a colon
        goes to each person who opens an item of the list after it (to the sentence's end); whether it did."""
        folded = art.folded
        if not _COUNTED.search(folded, max(0, t.start - _COUNT_LOOKBACK), t.start):
            return False
        m = _LIST_COLON.match(folded, t.end)
        if m is None or m.end() == t.end:
            return False
        if len(self._bare_names(art, m.end())) > 1:
            return True       # "các Phó Bí thư: A (…), B (…); đồng chí C, …": a list of names the ";" closes (pass 3a)
        stop = art.sentence_end(m.end())
        opens = [m.end(), *(sep.end() for sep in _PLURAL_ITEM_SEP.finditer(folded, m.end(), stop))]
        starts = {c.end() if (c := self.single_cue_re.match(folded, o)) else o for o in opens}
        keys = [k for k, p in art.people.items() if any(s in starts for s, _ in p["mentions"])]
        for key in keys:
            art.people[key]["titles"].append(t)
        return bool(keys)

    def _chained_before(self, art: _Article, titles: list[Title], t: Title, join: re.Pattern[str]) -> list[Title]:
        """``t`` and the posts with no name of their own joined to it before by ``join`` ("nguyên A, nguyên B Tên",
        "Bí thư Chi bộ kiêm Trưởng làng …"), in text order; never a career's post, nor the post acted for ("Thay mặt
        Thủ tướng, Phó Thủ tướng A")."""
        chain = [t]
        k = titles.index(t)
        while k > 0 and titles[k - 1].name is None and not art.in_career(titles[k - 1].start) \
                and not self.acted_for(art.folded, titles[k - 1]) \
                and join.fullmatch(art.folded, titles[k - 1].end, chain[0].start):
            chain.insert(0, titles[k - 1])
            k -= 1
        return chain

    def _holders(self, art: _Article, pos: int, plural: bool) -> list[str]:
        """The people named from ``pos`` on as the holders of a post written before them: the first one, and for a
        counted post ("Hai Phó Chủ tịch là …") each one joined to it by "và" or a comma, after its own titles."""
        text, folded = art.text, art.folded
        out: list[str] = []
        while True:
            words = name_run_at(text, pos, limit=4)
            key = fold(text[words[0][0]:words[-1][1]]) if words and words[0][0] == pos else ""
            if key not in art.people:
                return out
            out.append(key)
            if not plural:
                return out
            end = self._apposition(text, folded, words[-1][1])[1]
            j = self.holder_join_re.match(folded, end)
            if j is None or j.end() == end:
                return out
            pos = j.end()

    def _colon_lists(self, art: _Article) -> None:
        """Pass 3d, names listed after a colon without cue ("… được kết nạp, gồm: Lê Văn An, lớp 12A1; Trần Thị
        Bình, lớp 12A5"): which runs after the list's separators are people — those opening with a family name
        that are no place, when the list holds at least two of them."""
        text, folded = art.text, art.folded
        for m in self.list_open_re.finditer(folded):
            stop = art.sentence_end(m.end())
            found: list[list[tuple[int, int]]] = []
            for sep in [m, *_LIST_ITEM_SEP.finditer(text, m.end(), stop)]:
                words = name_run_at(text, sep.end(), limit=4)
                if words and words[0][0] == sep.end() and self._listed_person(text, folded, words):
                    found.append(words)
            if len(found) >= 2:
                for words in found:
                    art.add(words)

    def _listed_person(self, text: str, folded: str, words: list[tuple[int, int]]) -> bool:
        """A run listed without cue is a person's name: 2-4 syllables, a family name first, no place name."""
        first = folded[words[0][0]:words[0][1]]
        return (2 <= len(words) <= 4 and self._valid_name(text, folded, words) and first in self.g.surnames
                and first not in self.cue_kind and not gazetteer().is_place(fold(text[words[0][0]:words[-1][1]])))

    @staticmethod
    def _repeated_names(art: _Article) -> None:
        """Pass 3c: every other place the text writes a known person's full name is a mention of that person
        (a caption "Lê Văn An – Bí thư …" without cue), so its apposition is read too."""
        for key, p in art.people.items():
            if " " not in key:
                continue
            for m in re.finditer(rf"(?<!\w){re.escape(p['name'])}(?!\w)", art.text):
                span = [m.start(), m.end()]
                if span not in p["mentions"] and not art.excluded(*span):
                    p["mentions"].append(span)

    @staticmethod
    def _given_names(art: _Article) -> None:
        """Pass 6a: a two-syllable "name" that is the given name of a person named in full earlier ("bà Kim Thị Sô Phi
        … bà Sô Phi – Phó Bí thư …") is that person's short mention: its mentions and titles join the full name."""
        people = art.people
        for k in [k for k in people if len(k.split()) == 2]:
            p = people[k]
            full = [o for o, q in people.items() if o != k and o.endswith(" " + k) and q["start"] < p["start"]]
            if len(full) != 1:
                continue
            q = people[full[0]]
            q["mentions"] += [m for m in p["mentions"] if m not in q["mentions"]]
            q["titles"] += p["titles"]
            del people[k]

    @staticmethod
    def _short_mentions(art: _Article) -> None:
        """Pass 6: which person a short mention ("ông An") is: the nearest earlier one with that given name."""
        text, people = art.text, art.people
        for pos, words in art.short:
            tail = fold(text[words[0][0]:words[-1][1]])
            best: str | None = None
            for k, p in people.items():
                if k.endswith(" " + tail) and p["start"] < pos and (best is None or p["start"] > people[best]["start"]):
                    best = k
            if best and not art.excluded(words[0][0], words[-1][1]):
                span = [words[0][0], words[-1][1]]
                if span not in people[best]["mentions"]:
                    people[best]["mentions"].append(span)


def _in_apposition(text: str, t: Title, by_end: dict[int, Title], name_ends: set[int]) -> bool:
    """Whether the title ``t`` is the last of a chain of titles written after a known person's name (each joined
    to the one before by a comma or a dash)."""
    pos = t.start
    for _ in range(WINDOWS.apposition_chain_max):
        sep = _CHAIN_SEP.search(text, max(0, pos - WINDOWS.chain_separator_lookback), pos)
        if sep is None:
            return False
        if sep.start() in name_ends:
            return True
        prev = by_end.get(sep.start())
        if prev is None:
            return False
        pos = prev.start
    return False


def _occurrences(folded: str, phrase: str) -> list[int]:
    """Where ``phrase`` starts in ``folded`` as whole words."""
    return [m.start() for m in re.finditer(rf"(?<!\w){re.escape(phrase)}(?!\w)", folded)]
