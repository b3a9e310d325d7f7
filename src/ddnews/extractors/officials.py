"""Officials: named people of the story with every position phrase the article gives them.

A person is found from a cue and the capitalisation of the name, never from a list of people:

* a person cue then a name: "đồng chí / ông / bà / cụ / đảng viên Nguyễn Văn An";
* a title then a name: "Bí thư Huyện ủy Nguyễn Văn An" (the seam between the title's place and
  the name is found with the gazetteer and the family-name lexicon);
* a name then a title, in lists with no cue: "…: Nguyễn Văn An, Bí thư Tỉnh ủy; Trần Thị Bình, …".

* the signer of a resolution: a name alone on a line under its post in capitals ("T/M BAN THƯỜNG VỤ /
  PHÓ BÍ THƯ THƯỜNG TRỰC / Y … Mlô").

Titles attach as apposition after any full mention (", Phó Bí thư …, Chủ tịch …", " kiêm …", past an
age aside ", 94 tuổi," and an opener ", nay là …", or alone in a parenthesis "(Trưởng thôn X)"),
before the name, after appointment phrases ("được bầu giữ chức …", "được HĐND tỉnh bầu làm …"), and
from dismissals read forward ("miễn nhiệm chức vụ <title> đối với ông <name>").  Ranks and degrees ("Đại tá",
"TS.") are cues, not titles.  Minority names may open with "Y", "A", "H'…", "K'…" ("K'Điệp" is a
full name in one word).  Posts in career history
("từng là …") are not titles.  Later short mentions ("ông An") join the person.  Bylines and photo
credits carry no cue, so they are not found; mentions in blocked spans (page chrome) are skipped.
"""
from __future__ import annotations

import re
from collections.abc import Iterable
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import regex

from ..lexicon import load_tsv, load_words
from ..resources.admin_units import gazetteer
from ..settings import WINDOWS
from ..text.normalize import fold
from ..text.patterns import trie_alternation
from ..text.sentences import Segments, capital_sentences
from .base import Context, Extractor
from .names import NAMES_DIR
from .names.capitals import NAME_SYLLABLE, NAME_WORD, name_run_at
from .names.titles import Title, grammar

_PAREN = re.compile(r"\s*\([^()\n]{1,160}\)")
_COMMA = re.compile(r"\s*,\s*|\s*[-–]\s*")      # ", title" and the caption style " - title" / "Tên-Title"
_LIST_SEP = re.compile(r"\s*(?:[,;]|\bvà\b)\s*")
# The items of a list of people without cue are separated by ";", "," or "và".
_LIST_ITEM_SEP = re.compile(r"\s*(?:[;,]|\bvà\b)\s*")
_LIST_COLON = re.compile(r"[ \t]*:[ \t]*")
# A cue-less name right before ", <title>" in a list ("…: Nguyễn Văn An, Bí thư …; Trần Thị Bình, …").
_LIST_NAME = regex.compile(r"(?:^|[:;,\n]|\bcó|\bgồm)\s*(\p{Lu}\p{Ll}*(?: \p{Lu}\p{Ll}*){1,3})\s*,\s*$")
_COMMA_ONLY = re.compile(r"\s*,\s*")
# "…, làm Chủ tịch HĐND tỉnh" after a person an appointment verb took as its object
_TO_POST = re.compile(r",?\s+làm\s+")
# A description in apposition runs to a "," or ";" (never past a sentence end) within this many characters.
_DESCRIPTION_SEP = re.compile(r"[,;]\s*|(?=[.!?]\s)")
_DESCRIPTION_MAX = 200
# A signature block closing a resolution or plan: the signer's post in capitals on its own line
# ("T/M BAN THƯỜNG VỤ" / "KT. CHỦ TỊCH" before it), then the signer's name alone on a line.
_SIG_NAME = regex.compile(rf"^[ \t]*({NAME_SYLLABLE}(?: {NAME_SYLLABLE}){{1,4}})[ \t]*$", regex.M)
_SIG_SKIP = regex.compile(r"^[ \t]*(?:\(?\s*(?:đã\s+ký|ký\s+tên)[^\n]{0,20}\)?)?[ \t]*$", regex.I)
_SIG_PREFIX = re.compile(r"(?:t/m|tm|kt|q|tl|t/l|tuq)\.?\s+")
# Asides between a name and its titles: an age or a birth year (", 94 tuổi,", ", sinh năm 1950,").
_ASIDE = re.compile(r"\s*,\s*(?:\d{1,3}\s+tuổi|sinh\s+năm\s+\d{4}|sn\s*\d{4})(?=\s*,)")

# Between a dismissed post and its holder: an optional term range, then "đối với" (+ a person cue).
_TERM_TAIL = re.compile(r",?\s*\(?\s*nhiệm kỳ\s+\d{4}\s*[-–]\s*\d{4}\s*\)?")
# Between an appointment cue and the post: "(bổ sung) chức vụ / chức danh" ("được bầu bổ sung chức danh …")
_POST_GAP = re.compile(r"(?:\s+bổ\s+sung)?(?:\s+chức(?:\s+(?:vụ|danh))?)?(?=\s)")
# "… đối với ông A, Giám đốc …, và đồng chí B": the next holder of the same post
_NEXT_HOLDER = re.compile(r"\s*,?\s*và\s+")
# what joins two subjects of one appointment: "và" or ",", then the second one's person cue
_JOINED_SUBJECT = re.compile(r"\s*(?:,\s*)?(?:và\s+)?(?:(?:ông|bà|đồng\s+chí|đ/c)\s+)?")
# "chức vụ / chức danh <title> … đối với ông X": the post named before its holder
_POST_WORD = re.compile(r"(?<!\w)chức\s+(?:vụ|danh)\s+")
_TO_PERSON = re.compile(r",?\s*(?<!\w)(?:đối\s+)?với\s+")


def _shorter_form(short: str, long: str) -> bool:
    """``short`` is the same post as ``long`` written shorter: ``long`` with its end cut ("chủ tịch ubnd tỉnh" /
    "chủ tịch ubnd tỉnh y"), or with its committee left out ("bí thư phường x" / "bí thư đảng ủy phường x");
    never a post with another rank ("phó bí thư tỉnh ủy" / "phó bí thư thường trực tỉnh ủy")."""
    if long.startswith(short + " "):
        return True
    sw, lw = short.split(), long.split()
    for i in range(1, len(sw)):
        for j in range(i + 1, len(lw)):
            if lw[:i] == sw[:i] and lw[j:] == sw[i:] and lw[j - 1] == "ủy":
                return True
    return False


@dataclass
class _Article:
    """One article as the passes of :meth:`OfficialExtractor.find` read it, and the people found so far."""

    ctx: Context
    text: str
    folded: str
    sentences: Segments
    bylines: list[tuple[int, int]] = field(default_factory=list)
    career: list[tuple[int, int]] = field(default_factory=list)   # "từng là …" to its sentence end
    people: dict[str, dict[str, Any]] = field(default_factory=dict)
    groups: dict[int, list[str]] = field(default_factory=dict)    # sentence index -> persons of a plural list
    short: list[tuple[int, list[tuple[int, int]]]] = field(default_factory=list)  # (cue start, name words)
    named_titles: frozenset[int] = frozenset()   # starts of the title phrases that end in a person's name

    def sent(self, pos: int) -> int:
        """Index of the sentence holding ``pos``."""
        return self.sentences.index(pos)

    def sentence_end(self, pos: int) -> int:
        """End of the sentence holding ``pos``."""
        return self.sentences.end(pos)

    def excluded(self, s: int, e: int) -> bool:
        """True when no person may be read at ``[s, e)``: a blocked span or a byline."""
        return self.ctx.is_blocked(s, e) or any(a <= s < b for a, b in self.bylines)

    def in_career(self, pos: int) -> bool:
        """True when ``pos`` lies in a career-history span (posts held before are no titles)."""
        return any(a <= pos < b for a, b in self.career)

    def add(self, words: list[tuple[int, int]], titles: Iterable[Title] = ()) -> str | None:
        """Record a full mention of a person (name syllables ``words``) with its titles; returns the person's
        key, or None when the mention is excluded."""
        s, e = words[0][0], words[-1][1]
        if self.excluded(s, e):
            return None
        name = self.text[s:e]
        key = fold(name)
        p = self.people.setdefault(key, {"name": name, "start": s, "end": e, "mentions": [], "titles": []})
        if [s, e] not in p["mentions"]:
            p["mentions"].append([s, e])
        if s < p["start"]:
            p.update(name=name, start=s, end=e)
        for t in titles:
            if not self.in_career(t.start):
                p["titles"].append(t)
        return key


class OfficialExtractor(Extractor):
    """Find named officials and their titles (key ``officials``)."""

    key = "officials"

    def __init__(self, data_dir: Path, names_dir: Path = NAMES_DIR) -> None:
        d, names = Path(data_dir), Path(names_dir)
        self.g = grammar(str(names))
        cues = load_tsv(names / "person_cues.tsv")
        self.cue_kind = {fold(r["cue"]): r["kind"] for r in cues}
        singles = [c for c, k in self.cue_kind.items() if k == "single"]
        self.title_cue_re = re.compile(rf"\s*,\s*{trie_alternation(singles)}\s+")
        self.cue_re = re.compile(rf"(?<![\w/]){trie_alternation(self.cue_kind)}(?!\w)")
        appoint = load_tsv(d / "appointment_cues.tsv")
        direct = [r["cue"] for r in appoint if r["kind"] not in ("dismissed", "object")]
        self.appoint_re = re.compile(rf"(?<!\w){trie_alternation(direct)}(?!\w)")
        self.object_re = re.compile(
            rf"(?<!\w){trie_alternation([r['cue'] for r in appoint if r['kind'] == 'object'])}(?!\w)")
        self.dismiss_re = re.compile(
            rf"(?<!\w){trie_alternation([r['cue'] for r in appoint if r['kind'] == 'dismissed'])}(?!\w)")
        self.career_re = re.compile(rf"(?<!\w){trie_alternation(load_words(d / 'career_cues.tsv'))}(?!\w)")
        self.legacy_re = re.compile(rf"(?<!\w){trie_alternation(load_words(d / 'legacy_context.tsv'))}(?!\w)")
        self.byline_re = re.compile(rf"^\W*{trie_alternation(load_words(names / 'byline_cues.tsv'))}\s*[:,-]", re.M)
        self.cont_re = re.compile(rf",\s*{trie_alternation(load_words(d / 'title_continuations.tsv'))}\s+")
        self.join_re = re.compile(rf"\s+{trie_alternation(load_words(d / 'joiners.tsv'))}\s+")
        openers = load_tsv(d / "apposition_openers.tsv")
        self.opener_re = re.compile(
            rf"{trie_alternation([r['phrase'] for r in openers if r['kind'] == 'current'])}\s+")
        self.list_open_re = re.compile(
            rf"(?<!\w){trie_alternation([r['phrase'] for r in openers if r['kind'] == 'list_open'])}\s*:\s*")
        self.description_re = re.compile(
            rf"{trie_alternation([r['phrase'] for r in openers if r['kind'] == 'description'])}(?!\w)")
        gazetteer()   # build the unit index now, not inside the first article

    # ------------------------------------------------------------------ helpers
    def _valid_name(self, text: str, folded: str, words: list[tuple[int, int]]) -> bool:
        if not 2 <= len(words) <= 4 and not (len(words) == 1 and self._prefixed(folded, words[0])):
            return False
        if self.g.head_only.match(folded, words[0][0]):
            return False
        return all(NAME_WORD.fullmatch(text, s, e) for s, e in words)

    def _prefixed(self, folded: str, word: tuple[int, int]) -> bool:
        """A one-word name with an apostrophe family prefix ("K'Điệp"): a full name, not a short mention."""
        w = folded[word[0]:word[1]]
        return len(w) > 2 and w[1] in "'’" and w in self.g.surnames

    def _apposition(self, text: str, folded: str, pos: int, *, appointed: bool = False,
                    named: frozenset[int] = frozenset()) -> tuple[list[Title], int]:
        """Titles written after a name: ", title, title" / " kiêm title", past descriptions that are no title
        (", đảng viên Chi bộ …;", ", quê …,"), and, when the sentence appoints the person (``appointed``),
        the post after "làm" (", làm Chủ tịch …"); returns them and the end.  A title that ends in another
        person's name (a start in ``named``: "A, nguyên Chủ tịch Quốc hội B") is B's and ends the apposition."""
        out: list[Title] = []
        m = _PAREN.match(text, pos)
        if m:
            # "Ông X (Trưởng thôn Y)": a parenthesis holding only titles gives them
            inner = m.start() + m.group().index("(") + 1
            while inner < m.end() - 1:
                t = self.g.match_at(text, folded, inner, split_names=False)
                if t is None:
                    break
                out.append(t)
                sep = _COMMA.match(text, t.end)
                inner = sep.end() if sep else t.end
            if out and text[out[-1].end:m.end()].strip() != ")":
                out = []
            pos = m.end()
        m = _ASIDE.match(folded, pos)
        if m:
            pos = m.end()
        while True:
            sep = _COMMA.match(text, pos) or (self.join_re.match(folded, pos) if out else None)
            if not sep:
                break
            at = sep.end()
            if sep.group().strip() == ",":
                o = self.opener_re.match(folded, at)     # ", nay là Phó Chủ tịch …"
                if o:
                    at = o.end()
            t = self.g.match_at(text, folded, at, split_names=False)
            if t is not None and t.start in named:
                break
            if t is None:
                nxt = self._after_description(folded, at)
                t = self.g.match_at(text, folded, nxt, split_names=False) if nxt is not None else None
            if t is None or t.end == t.head_end and folded[t.start:t.end] in ("ủy viên",):
                break
            c = self.cont_re.match(folded, t.end)
            if c:
                t2 = self.g.parse(text, folded, t.start, c.end(), split_names=False)
                t = Title(t.start, t2.end, t.head_end)
            out.append(t)
            pos = t.end
        m = _TO_POST.match(folded, pos) if appointed else None
        t = self.g.match_at(text, folded, m.end(), split_names=False) if m else None
        if t is not None:
            out.append(t)
            pos = t.end
        return out, pos

    def _after_description(self, folded: str, at: int) -> int | None:
        """Where the titles go on after a description in apposition ("đảng viên Chi bộ thôn X thuộc Đảng bộ
        xã Y, TP Z; nguyên Bí thư …"): after the first "," or ";" that a title follows, in the sentence."""
        if not self.description_re.match(folded, at):
            return None
        stop = min(len(folded), at + _DESCRIPTION_MAX)
        for m in _DESCRIPTION_SEP.finditer(folded, at, stop):
            if self.g.head_re.match(folded, m.end()):
                return m.end()
        return None

    # ------------------------------------------------------------------ main
    def find(self, ctx: Context) -> list[dict[str, Any]]:
        art = self._article(ctx)
        titles = self.g.find(art.text, art.folded)
        art.named_titles = frozenset(t.start for t in titles if t.name is not None)
        self._cued_names(art)
        self._titled_names(art, titles)
        self._listed_names(art, titles)
        self._titles_before_cue(art, titles)
        self._colon_lists(art)
        self._repeated_names(art)
        self._appositions(art)
        forward = self._forward_dismissals(art)
        self._appointments(art, forward)
        self._signers(art)
        self._short_mentions(art)
        return [self._finish(art.text, p) for p in sorted(art.people.values(), key=lambda p: p["start"])]

    def _article(self, ctx: Context) -> _Article:
        """The article's sentence ends, bylines (no person is read there) and career-history spans (no title
        is read there), with no person found yet."""
        text, folded = ctx.text, ctx.folded
        art = _Article(ctx, text, folded, capital_sentences(text))
        art.bylines = [(m.start(), text.find("\n", m.start()) % (len(text) + 1))
                       for m in self.byline_re.finditer(folded)]
        art.career = [(m.start(), art.sentence_end(m.start())) for m in self.career_re.finditer(folded)]
        return art

    def _cued_names(self, art: _Article) -> None:
        """Pass 1, cue + name ("đồng chí Nguyễn Văn An"): which runs after a person cue are people; a one-word
        or two-word run not seen yet is also kept as a possible short mention ("ông An")."""
        text, folded = art.text, art.folded
        for m in self.cue_re.finditer(folded):
            kind = self.cue_kind[" ".join(m.group().split())]
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
            key = art.add(words, [shared] if shared else ())
            if key and kind == "plural":
                self._plural_list(art, m.start(), words, key, shared)

    def _shared_post(self, text: str, folded: str, at: int) -> tuple[int, Title | None]:
        """After a plural cue: the list's start past a colon, and a post named before the list that every
        listed person holds ("các đồng chí Phó Bí thư Thành ủy: A, Chủ tịch …; B, …")."""
        t = self.g.match_at(text, folded, at, split_names=False)
        m = _LIST_COLON.match(text, t.end) if t is not None else _LIST_COLON.match(text, at)
        if m is None:
            return at, None
        return m.end(), t

    def _plural_list(self, art: _Article, cue: int, words: list[tuple[int, int]], key: str,
                     shared: Title | None = None) -> None:
        """After a plural cue ("các đồng chí A, B và C"): which names that follow in the sentence are listed
        people (each opens with a family name); they form the sentence's group, sharing its later titles."""
        text, folded = art.text, art.folded
        grp = [key]
        pos, stop = words[-1][1], art.sentence_end(cue)
        for sm in _LIST_SEP.finditer(text, pos, stop):
            w2 = name_run_at(text, sm.end(), limit=5)
            if w2 and w2[0][0] == sm.end() and self._valid_name(text, folded, w2) \
                    and fold(text[w2[0][0]:w2[0][1]]) in self.g.surnames:
                k2 = art.add(w2, [shared] if shared else ())
                if k2:
                    grp.append(k2)
        art.groups[art.sent(cue)] = grp

    def _titled_names(self, art: _Article, titles: list[Title]) -> None:
        """Pass 2, title + name ("Bí thư Huyện ủy Nguyễn Văn An"): which titles end in a person's name, and
        which earlier titles joined to it by commas are the same person's ("nguyên A, nguyên B Tên")."""
        text, folded = art.text, art.folded
        for t in titles:
            if t.name is None or art.in_career(t.start):
                continue
            if t.end == t.head_end and self.legacy_re.search(
                    folded, max(0, t.start - WINDOWS.legacy_cue_lookback), t.start):
                continue          # "tư tưởng Chủ tịch …": a historical figure
            chain = [t]
            # earlier titles joined by commas belong to the same person ("nguyên A, nguyên B Tên")
            k = titles.index(t)
            while k > 0 and titles[k - 1].name is None \
                    and _COMMA_ONLY.fullmatch(text[titles[k - 1].end:chain[0].start]):
                chain.insert(0, titles[k - 1])
                k -= 1
            art.add(t.name_words, chain)

    def _listed_names(self, art: _Article, titles: list[Title]) -> None:
        """Pass 3, name + title in lists without cue ("…: Nguyễn Văn An, Bí thư …"): which capitalised runs
        right before ", <title>" are people (the run opens with a family name that is no person cue)."""
        text, folded = art.text, art.folded
        for t in titles:
            back = text[max(0, t.start - WINDOWS.list_name_lookback):t.start]
            m = _LIST_NAME.search(back)
            if not m:
                continue
            s0 = t.start - len(back) + m.start(1)
            words = name_run_at(text, s0, limit=4)
            first = fold(text[words[0][0]:words[0][1]]) if words else ""
            if self._valid_name(text, folded, words) and first in self.g.surnames and first not in self.cue_kind:
                art.add(words)

    def _titles_before_cue(self, art: _Article, titles: list[Title]) -> None:
        """Pass 3b ("Bí thư Tỉnh ủy, đồng chí Nguyễn Văn An"): which titles with no name of their own belong to
        the person cued right after their comma (only a person found already)."""
        text, folded = art.text, art.folded
        for t in titles:
            if t.name is not None or art.in_career(t.start):
                continue
            m = self.title_cue_re.match(folded, t.end)
            if m:
                words = name_run_at(text, m.end(), limit=4)
                key = fold(text[words[0][0]:words[-1][1]]) if words else ""
                if key in art.people:
                    art.people[key]["titles"].append(t)

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

    def _appositions(self, art: _Article) -> None:
        """Pass 4: the titles in apposition after every full mention of a person (", Phó Bí thư …")."""
        for p in art.people.values():
            for s, e in list(p["mentions"]):
                if art.in_career(e):
                    continue
                appointed = bool(self.object_re.search(art.folded, art.sentences.start(s), s))
                for t in self._apposition(art.text, art.folded, e, appointed=appointed, named=art.named_titles)[0]:
                    if not art.in_career(t.start):
                        p["titles"].append(t)

    def _forward_dismissals(self, art: _Article) -> set[int]:
        """Pass 5a, posts read forward ("miễn nhiệm chức vụ <title> (nhiệm kỳ …) đối với ông <name>", "chuẩn y
        giữ chức <title> đối với A, … và đồng chí B, …"): which posts go to the people named after them.
        Returns the starts of the titles given so."""
        text, folded = art.text, art.folded
        forward: set[int] = set()
        cues = [*self.dismiss_re.finditer(folded), *self.appoint_re.finditer(folded), *_POST_WORD.finditer(folded)]
        for m in cues:
            t = self.g.match_at(text, folded, m.end(), split_names=False)
            if t is None or art.in_career(m.start()) or t.start in forward:
                continue
            r = _TERM_TAIL.match(folded, t.end)
            c = _TO_PERSON.match(folded, r.end() if r else t.end)
            for key in self._named_holders(art, c.end()) if c else []:
                art.people[key]["titles"].append(t)
                forward.add(t.start)
        return forward

    def _named_holders(self, art: _Article, pos: int) -> list[str]:
        """The known people cued at ``pos`` and after it in one list ("ông A, Giám đốc …, và đồng chí B, …"),
        each mention past its own apposition."""
        text, folded = art.text, art.folded
        keys: list[str] = []
        while True:
            cue = self.cue_re.match(folded, pos)
            words = name_run_at(text, cue.end(), limit=5) if cue else None
            key = fold(text[words[0][0]:words[-1][1]]) if words else ""
            if not words or key not in art.people or \
                    not any(pm[0] == words[0][0] for pm in art.people[key]["mentions"]):
                return keys
            keys.append(key)
            end = self._apposition(text, folded, words[-1][1])[1]
            nxt = _NEXT_HOLDER.match(folded, end)
            if nxt is None:
                return keys
            pos = nxt.end()

    def _appointments(self, art: _Article, forward: set[int]) -> None:
        """Pass 5, appointment phrases (and dismissals without "đối với"): which person before the phrase in
        its sentence takes the post (the nearest one, or every person of the sentence's plural list)."""
        text, folded, people = art.text, art.folded, art.people
        for m in [*self.appoint_re.finditer(folded), *self.dismiss_re.finditer(folded)]:
            gap = _POST_GAP.match(folded, m.end())
            t = self.g.match_at(text, folded, gap.end() if gap else m.end(), split_names=False)
            if t is None or t.start in forward or art.in_career(m.start()):
                continue
            si = art.sent(m.start())
            before = [(pm[0], k) for k, p in people.items() for pm in p["mentions"]
                      if art.sent(pm[0]) == si and pm[0] < m.start()]
            if not before:
                continue
            targets = art.groups.get(si) or self._coordinated_subjects(art, sorted(before))
            for k in targets:
                people[k]["titles"].append(t)

    def _coordinated_subjects(self, art: _Article, before: list[tuple[int, str]]) -> list[str]:
        """The subject of an appointment: the nearest person before it, with the people joined to it by "và"
        or "," ("ông A (Chánh Văn phòng …) và ông B (Giám đốc …) được bầu bổ sung chức danh Ủy viên …")."""
        text, folded = art.text, art.folded
        keys = [before[-1][1]]
        start = before[-1][0]
        for s, k in reversed(before[:-1]):
            if k in keys:
                continue
            words = name_run_at(text, s, limit=5)
            end = self._apposition(text, folded, words[-1][1])[1] if words else s
            if not _JOINED_SUBJECT.fullmatch(folded, end, start):
                break
            keys.append(k)
            start = s
        return keys

    def _signers(self, art: _Article) -> None:
        """Pass 5b: which names alone on a line under a post in capitals sign a resolution or plan."""
        text, folded = art.text, art.folded
        for m in _SIG_NAME.finditer(text):
            t = self._signature_title(text, folded, m.start())
            if t is None:
                continue
            words = name_run_at(text, m.start(1), limit=5)
            first = folded[words[0][0]:words[0][1]] if words else ""
            if len(words) >= 2 and not self.g.head_only.match(folded, words[0][0]) \
                    and first not in self.g.level_words and not gazetteer().is_place(fold(m.group(1))):
                art.add(words, [t])

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

    def _signature_title(self, text: str, folded: str, pos: int) -> Title | None:
        """The post in capitals on the line above a signer's name at ``pos`` ("PHÓ CHỦ TỊCH"), or None."""
        end = pos - 1
        while end > 0:
            start = text.rfind("\n", 0, end) + 1
            line = text[start:end]
            if not _SIG_SKIP.fullmatch(line):
                break
            end = start - 1
        else:
            return None
        line = text[start:end].strip()
        if not line or line.upper() != line or not any(c.isalpha() for c in line):
            return None
        at = start + (len(text[start:end]) - len(text[start:end].lstrip()))
        p = _SIG_PREFIX.match(folded, at)
        t = self.g.match_at(text, folded, p.end() if p else at, split_names=False)
        if t is None or text[t.end:end].strip():
            return None
        return t

    def _finish(self, text: str, p: dict[str, Any]) -> dict[str, Any]:
        """Merge a person's titles: one per post, in its longest written form, in text order."""
        seen: dict[str, Title] = {}
        for t in sorted(p["titles"], key=lambda t: t.start):
            raw = text[t.start:t.end].strip(" ,;")
            if raw:
                # one post written short and long ("UVBTV Tỉnh ủy" / "Ủy viên Ban Thường vụ Tỉnh ủy"):
                # the longer written form
                k = fold(self.g.expand(raw))
                if k not in seen or len(raw) > len(text[seen[k].start:seen[k].end].strip(" ,;")):
                    seen[k] = t
        keys = list(seen)
        keep = [k for k in keys if not any(o != k and _shorter_form(k, o) for o in keys)]
        kept = sorted((seen[k] for k in keep), key=lambda t: t.start)
        titles = [text[t.start:t.end].strip(" ,;") for t in kept]
        return {
            "name": p["name"], "start": p["start"], "end": p["end"],
            "titles": titles, "title_spans": [[t.start, t.end] for t in kept],
            "titles_expanded": [self.g.expand(t) for t in titles],
            "mentions": sorted(p["mentions"]),
        }
