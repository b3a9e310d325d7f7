"""Title phrases: find every position phrase ("Phó Bí thư Thường trực Tỉnh ủy") and where it ends.

A title opens with a head word from ``title_heads.tsv`` (optionally after a modifier such as
"nguyên") and goes on over capitalised words, abbreviations, "(UBKT)"-style groups, the
lower-case body words of ``title_words.tsv`` and a "khóa XV" term; it stops at punctuation, at any
other lower-case word, or where a person's name begins ("Bí thư Tỉnh ủy Nguyễn Văn An": the name is
split off with :func:`~ddnews.extractors.capitals.split_person`).

Used by the officials extractor (titles of persons) and the organizations extractor (bodies
inside any title phrase are not listed on their own).
"""
from __future__ import annotations

import re
import threading
from dataclasses import dataclass, field
from functools import lru_cache
from pathlib import Path
from typing import Literal

import regex

from ...lexicon import load_tsv, load_words
from ...resources.admin_units import gazetteer
from ...resources.words import is_folded_word
from ...settings import WINDOWS
from ...text.normalize import fold
from ...text.patterns import trie_alternation
from .capitals import Surnames, Tok, split_person, token_at

_ROMAN = re.compile(r"[IVXLC]+|\d+")
_ABBR = regex.compile(r"(?<![\w.])(?:T\.Ư|TP\.|[\p{Lu}Đ]{2,5})(?![\w])")
_MEMO_SIZE = 16_384   # titles whose expansion is remembered
_TRAIL_DROP = {"và", "các", "của", "cơ"}
_UNNUMBERED = frozenset({"tỉnh", "huyện", "xã"})   # levels whose units are not numbered
_OF_PARLIAMENT = re.compile(r"của\s+quốc\s+hội(?!\w)")   # "Ủy ban Văn hóa, Giáo dục của Quốc hội"
_QUANTITY = re.compile(r"[.,/%]\d|\s*%|/")   # "1,5", "10%", "2/3": a number, not part of a name
_COMMITTEE_END = re.compile(r"(?:tỉnh|huyện|thành|thị|quận|đảng|chi) ủy$|ủy$")
_AND_ZONES = re.compile(r"\s+các\s+(?P<zone>khu\s+(?:công\s+nghiệp|kinh\s+tế|chế\s+xuất))(?!\w)")
_PLACE_COMMITTEE = re.compile(r"(?<!\w)(?:tỉnh|huyện|thành|thị|quận) ủy$")


@dataclass(slots=True)
class Title:
    """One title phrase as found in the text."""

    start: int
    end: int                      # end of the phrase (before any person's name)
    head_end: int
    name: tuple[int, int] | None = None        # a person's name written right after it
    name_words: list[tuple[int, int]] = field(default_factory=list)


def _in_charge(text: str, folded: str, t: Tok) -> Tok | None:
    """"phụ trách" at ``t`` before a capitalised word (the body a deputy is in charge of), as one token."""
    nxt = token_at(text, folded, t.end)
    if nxt is None or nxt.low != "trách" or nxt.start != t.end + 1:
        return None
    body = token_at(text, folded, nxt.end)
    if body is None or not body.is_cap or body.start != nxt.end + 1:
        return None
    return Tok(t.start, nxt.end, text[t.start:nxt.end], folded[t.start:nxt.end])


class TitleGrammar:
    """Compiled title vocabulary of one data directory (``ddnews_officials``)."""

    def __init__(self, data_dir: Path) -> None:
        d = Path(data_dir)
        head_rows = load_tsv(d / "title_heads.tsv")
        heads = [r["head"] for r in head_rows if r["kind"] != "seat"]
        # an elected seat ("đại biểu HĐND tỉnh") is no head right after "đoàn" (the delegation's name)
        seats = [r["head"] for r in head_rows if r["kind"] == "seat"]
        any_head = rf"(?:{trie_alternation(heads)}|(?<!đoàn ){trie_alternation(seats)})"
        mods = load_words(d / "title_modifiers.tsv")
        # lower-case continuation words and phrases, matched as a whole ("dự khuyết", never "dự")
        words = load_tsv(d / "title_words.tsv")
        capital_only = ("firm", "unit", "numbered")   # "Ban Chỉ đạo", never "Chủ tịch UBND xã chỉ đạo …" (a verb)
        self.vocab_re = re.compile(
            rf"{trie_alternation([r['word'] for r in words if r['group'] not in capital_only])}(?!\w)")
        # enterprise and named-unit words continue a title only capitalised ("Công ty Cổ phần …", "Phòng …")
        self.level_phrases = frozenset(fold(r["word"]) for r in words if r["group"] == "level")
        self.firm_re = re.compile(
            rf"{trie_alternation([r['word'] for r in words if r['group'] in capital_only])}(?!\w)")
        # a named unit written in lower case before its abbreviated kind ("Hiệu trưởng trường THPT …")
        self.unit_re = re.compile(rf"{trie_alternation([r['word'] for r in words if r['group'] == 'unit'])}(?!\w)")
        # words after which a body's own name follows, its words capitalised compounds ("Sở Tài nguyên …")
        self.fields = frozenset(fold(r["word"]) for r in words if r["group"] == "field")
        # body words after which the body's own name may go on in lower case ("Văn phòng đăng ký đất đai …")
        self.body_units = frozenset(fold(r["word"]) for r in words if r["group"] == "office")
        self.numbered = tuple(fold(r["word"]) for r in words if r["group"] == "numbered")
        # after a post's place, these words open the clause's verb phrase, not more of the post ("… UBND xã tổ chức
        # kiểm tra", "… Huyện ủy kiểm tra"): the fields and the body words, but those of ``post_closers.tsv``
        self.after_place_stops = frozenset(fold(r["word"]) for r in words if r["group"] in ("field", "body")) \
            - {fold(w) for w in load_words(d / "post_closers.tsv")}
        # the words a lower-case tail may follow: an office's or a numbered body's ("Ban Chỉ đạo phòng, chống …")
        self.tail_bodies = tuple(sorted({*self.body_units, *self.numbered}, key=len, reverse=True))
        self.named_after = frozenset(fold(r["word"]) for r in words
                                     if r["group"] in ("body", "office", "field", *capital_only))
        self.surnames = Surnames(fold(w) for w in load_words(d / "surnames.tsv"))
        self.surnames.middle = frozenset(fold(w) for w in load_words(d / "middle_names.tsv"))
        self.abbr = {r["abbr"]: r["expansion"] for r in load_tsv(d / "abbreviations.tsv")}
        self.commune_levels = frozenset({"xã", "phường", "trấn"})
        self.village_levels = frozenset({"thôn", "bản", "ấp", "khóm", "xóm", "làng", "buôn", "khu", "phố"})
        self.major_levels = frozenset({"tỉnh", "huyện", "quận", "tp", "tp.", "phố"})
        self.level_words = frozenset({"tỉnh", "huyện", "quận", "xã", "phường", "trấn", "phố", "thôn",
                                      "bản", "ấp", "khóm", "xóm", "làng", "buôn", "tp", "khu"})
        # A head at a word start, not glued to a longer word; the modifier stays in the phrase.
        self.head_re = re.compile(rf"(?<![\w.])(?:{trie_alternation(mods)}[ \t]+)?(?<!\w){any_head}(?!\w)")
        self._local = threading.local()   # the last article's titles, per thread (components are shared)
        self.mod_re = re.compile(rf"{trie_alternation(mods)}\s+")
        self.head_only = re.compile(rf"(?<!\w){any_head}(?!\w)")
        self._expanded = lru_cache(maxsize=_MEMO_SIZE)(self._expand)

    def find(self, text: str, folded: str) -> list[Title]:
        """Every title phrase of the text, in order, parsed in pre-name mode.

        The last result is kept per thread: the officials and organizations extractors both ask for the
        titles of the same article, and the second asks for free (threads never see each other's).
        """
        last = getattr(self._local, "last", None)
        if last is not None and last[0] is text:
            return last[1]
        out: list[Title] = []
        for m in self.head_re.finditer(folded):
            if out and m.start() < out[-1].end:
                continue
            out.append(self.parse(text, folded, m.start(), m.end(), split_names=True))
        self._local.last = (text, out)
        return out

    def match_at(self, text: str, folded: str, pos: int, *, split_names: bool = False) -> Title | None:
        """The title starting exactly at ``pos`` (after spaces), or None."""
        while pos < len(text) and text[pos] in " \t":
            pos += 1
        m = self.head_re.match(folded, pos)
        if not m:
            return None
        return self.parse(text, folded, m.start(), m.end(), split_names=split_names)

    def parse(self, text: str, folded: str, start: int, head_end: int, *, split_names: bool) -> Title:
        """Extend a title from its head over its complement; optionally split off a person's name."""
        toks: list[Tok] = []
        pos = head_end
        while True:
            t = token_at(text, folded, pos)
            if t is None:
                break
            if t.is_word and self.head_only.match(folded, t.start):
                break         # a new post begins ("Chủ tịch và Bí thư …": two titles)
            t, vocab = self._widen(text, folded, t, toks[-1].low if toks else folded[start:head_end], not toks)
            if t.is_cap and " " in t.low and _PLACE_COMMITTEE.search(
                    " ".join(x.low for x in toks[-2:]) if toks else folded[start:head_end]):
                break         # a place's committee goes on only with the place's name: "… Tỉnh ủy Báo cáo kết quả"
            if vocab and not t.is_cap and toks and self._after_place(toks[-1]) and t.low in self.after_place_stops:
                break         # "Chủ tịch UBND xã tổ chức kiểm tra …": after its place a field word is a verb
            if t.is_word and (t.is_cap or vocab):
                step = self._word_step(text, folded, toks, t)
                if step == "stop":
                    break
                if step == "term":
                    pos = toks[-1].end
                    continue
            elif not self._other_step(text, folded, start, head_end, toks, t):
                break
            pos = toks[-1].end
            if split_names and toks[-1].is_name_word:
                title = self._title_before_name(text, folded, toks, start, head_end, pos)
                if title is not None:
                    return title
        return self._closed_title(text, folded, toks, start, head_end, split_names)

    def _after_place(self, prev: Tok) -> bool:
        """``prev`` closes a post's body with its place: a level word in lower case ("UBND xã") or a committee
        ("Huyện ủy")."""
        return (not prev.is_cap and prev.low in self.level_words) or bool(_PLACE_COMMITTEE.search(prev.low))

    def _widen(self, text: str, folded: str, t: Tok, prev: str, first: bool = False) -> tuple[Tok, bool]:
        """The token widened to the body word or phrase of ``title_words.tsv`` starting there ("dự khuyết",
        an enterprise word only capitalised) or, inside a body's own name, to the compound word it opens
        ("Ban Quản lý", "Sở Tài nguyên"); and whether such a phrase matched."""
        vm = self.vocab_re.match(folded, t.start) if t.is_word else None
        if t.is_word and t.is_cap:
            fm = self.firm_re.match(folded, t.start)
            if fm and (vm is None or fm.end() > vm.end()):
                vm = fm
        if vm and vm.end() > t.end:
            t = Tok(t.start, vm.end(), text[t.start:vm.end()], folded[t.start:vm.end()])
        if t.is_word and t.is_cap and (first or self._in_body_name(prev)):
            # right after the post's head too: "Giám đốc Chi nhánh …", "Chánh thanh tra Nhà nước huyện"
            c = self.compound_at(text, folded, t)
            if c is not None and c.end > t.end:
                return c, True
        return t, bool(vm)

    def _joins_fields(self, text: str, folded: str, prev: Tok, joiner: Tok) -> bool:
        """"," or "và" between two capitalised field words of one body's name ("Văn hóa, Thể thao và Du lịch"),
        never before a new post ("…, Chủ tịch") or a person's name."""
        compound = " " in prev.low and is_folded_word(" ".join(prev.low.split()))
        if not (prev.is_cap and (prev.low in self.fields or compound)) or _COMMITTEE_END.search(prev.low):
            return False    # a committee ("Huyện ủy") closes its body: "…, Thường vụ phụ trách …" is a new post
        nxt = token_at(text, folded, joiner.end)
        if nxt is None or not nxt.is_word or not nxt.is_cap or self.head_only.match(folded, nxt.start):
            return False
        if self.field_abbreviation(nxt.text):
            return True     # "Sở Nông nghiệp và PTNT"
        vm = self.vocab_re.match(folded, nxt.start)
        if vm and fold(text[nxt.start:vm.end()]) in self.fields:
            return True
        return self.compound_at(text, folded, nxt) is not None

    @staticmethod
    def _joined_phrase(text: str, folded: str, toks: list[Tok], t: Tok) -> Tok | None:
        """A phrase that ``t`` opens and the body's name goes on over, as one token: "và các Khu công nghiệp tỉnh"
        after a zone ("Trưởng Ban Quản lý Khu kinh tế X và các Khu công nghiệp tỉnh": one board of several
        zones), "của Quốc hội" after a committee ("Ủy viên Hội đồng Dân tộc của Quốc hội")."""
        end = None
        if t.low == "của":
            pm = _OF_PARLIAMENT.match(folded, t.start)
            end = pm.end() if pm else None
        elif t.low == "và" and toks[-1].is_cap:
            z = _AND_ZONES.match(folded, t.end)
            end = z.end() if z and text[z.start("zone")].isupper() else None
        return Tok(t.start, end, text[t.start:end], folded[t.start:end]) if end else None

    def field_abbreviation(self, word: str) -> bool:
        """``word`` abbreviates a field of a department's name ("PTNT": Phát triển nông thôn)."""
        return word.isupper() and " ".join(fold(self.abbr.get(word, "")).split()) in self.fields

    def _in_body_name(self, prev: str) -> bool:
        """The word before is one after which a body's own name goes on ("Sở", "Ban", a field word, or a
        capitalised compound of that name)."""
        last = prev.rsplit(" ", 1)[-1]
        compound = " " in prev and is_folded_word(" ".join(prev.split()))
        return prev in self.named_after or last in self.named_after or compound or prev in ("-", "–")

    @staticmethod
    def compound_at(text: str, folded: str, t: Tok) -> Tok | None:
        """The capitalised word ``t`` widened over the lower-case syllables that complete a compound word
        with it ("Quản" → "Quản lý", "Thương" → "Thương binh"), longest first; None when none does."""
        nxt = token_at(text, folded, t.end)
        if nxt is None or not nxt.is_word or nxt.is_cap or nxt.start - t.end != 1:
            return None
        nxt2 = token_at(text, folded, nxt.end)
        if nxt2 is not None and nxt2.is_word and not nxt2.is_cap and nxt2.start - nxt.end == 1 \
                and is_folded_word(f"{t.low} {nxt.low} {nxt2.low}"):
            return Tok(t.start, nxt2.end, text[t.start:nxt2.end], folded[t.start:nxt2.end])
        if is_folded_word(f"{t.low} {nxt.low}"):
            return Tok(t.start, nxt.end, text[t.start:nxt.end], folded[t.start:nxt.end])
        return None

    @staticmethod
    def _word_step(text: str, folded: str, toks: list[Tok], t: Tok) -> Literal["stop", "term", "more"]:
        """A capitalised or body word ``t``: whether the title goes on over it (appended to ``toks``), takes a
        term with it ("khóa XV": "term", no name may follow) or stops at a "khóa" that is no term."""
        if t.low in ("khóa", "khoá"):
            nxt = token_at(text, folded, t.end)
            if nxt is None or not _ROMAN.fullmatch(nxt.text):
                return "stop"
            toks += [t, nxt]
            return "term"
        if t.is_cap and t.text.isupper() and folded[t.end:t.end + 1] == "." and t.low == "tp":
            t = Tok(t.start, t.end + 1, t.text + ".", t.low + ".")
        toks.append(t)
        return "more"

    def _other_step(self, text: str, folded: str, start: int, head_end: int, toks: list[Tok], t: Tok) -> bool:
        """Any other token ``t``: whether the title goes on over it (appended to ``toks``, with the number
        after "số"): an "(ABBR)" group, "số 3" after a level word, "và" between two abbreviations, a number
        closing a level word or a place name, a dash joining two capitalised words."""
        if t.is_group:
            toks.append(t)
        elif t.low == "và" and toks and toks[-1].text in self.abbr and toks[-1].text.isupper():
            nxt = token_at(text, folded, t.end)      # "Chánh Văn phòng Đoàn ĐBQH và HĐND tỉnh"
            if nxt is None or nxt.text not in self.abbr or not nxt.text.isupper():
                return False
            toks.append(t)
        elif (pt := self._joined_phrase(text, folded, toks, t) if toks
                else _in_charge(text, folded, t) if folded.startswith("phó", start) else None) is not None:
            toks.append(pt)              # "… Thương binh và Xã hội"; "Phó Trưởng phòng phụ trách Phòng Nội vụ"
        elif t.low in ("và", ",") and toks and self._joins_fields(text, folded, toks[-1], t):
            toks.append(t)               # "Sở Lao động, Thương binh và Xã hội"
        elif t.text.isdigit() and ((toks[-1].low if toks else folded[start:head_end]).rsplit(" ", 1)[-1]
                                   in self.level_words
                                   or toks and self._numbered_name(text, folded, toks, folded[start:head_end])) \
                and not _QUANTITY.match(text, t.end) and not self._unnumbered(toks, folded, start, head_end):
            toks.append(t)               # "Bí thư Chi bộ khu phố 4", "Trưởng thôn 2" (not "… tỉnh 2 nhiệm kỳ")
        elif t.text.isdigit() and folded[start:toks[-1].end if toks else head_end].endswith(self.numbered) \
                and not _QUANTITY.match(text, t.end) and not self._counts_next(text, folded, t):
            toks.append(t)               # "Phó Trưởng Ban Chỉ đạo 35 huyện" (not "… Ban Chỉ đạo 2 năm liền")
        elif t.low in ("số", "của") and self._numbered_group(text, folded, start, head_end, toks, t):
            pass                         # "Tổ trưởng tổ dân phố số 3", "… Tổ công tác số 3 của Bộ Chính trị"
        elif t.is_word and (um := self.unit_re.match(folded, t.start)) \
                and self._abbreviation_at(text, folded, um.end()):
            toks.append(Tok(t.start, um.end(), text[t.start:um.end()], folded[t.start:um.end()]))
        elif t.is_word and (prev := toks[-1] if toks else self._head_word(text, folded, start, head_end)) \
                and (tail := self._lower_tail(text, folded, prev, t)):
            toks += tail                 # "Giám đốc Văn phòng đăng ký đất đai huyện …", "Trưởng Ban Chỉ đạo phòng, …"
        elif t.text in "&-–," and toks and toks[-1].text.isupper() and toks[-1].end == t.start \
                and (nxt := token_at(text, folded, t.end)) is not None and nxt.start == t.end and nxt.text.isupper():
            toks += [t, nxt]             # one abbreviation written with "&", "-" or ",": "GD&ĐT", "VH,TT&DL"
        elif t.text in "-–" and toks and toks[-1].is_cap:
            nxt = token_at(text, folded, t.end)
            if nxt is None or not nxt.is_name_word or self.head_only.match(folded, nxt.start):
                return False             # "… Trung ương Đảng – Chủ nhiệm …": a dash before a new post
            toks.append(t)
        else:
            return False
        return True

    def _numbered_group(self, text: str, folded: str, start: int, head_end: int, toks: list[Tok], t: Tok) -> bool:
        """"số N" after a level word ("tổ dân phố số 3") or a numbered group's name ("Tổ công tác số 3", "Ban Chỉ đạo
        số 2"), and "của" before the body that group belongs to ("… số 3 của Bộ Chính trị"): appended to ``toks``
        when they are."""
        n = token_at(text, folded, t.end)
        if n is None:
            return False
        if t.low == "số":
            level = self._ends_in_level(toks[-1].low if toks else folded[start:head_end])
            named = bool(toks) and folded[start:toks[-1].end].endswith(self.numbered) and n.start == t.end + 1
            if (level or named) and n.text.isdigit() and not _QUANTITY.match(text, n.end):
                toks += [t, n]
                return True
            return False
        if t.low == "của" and len(toks) > 1 and toks[-1].text.isdigit() and toks[-2].low == "số" and n.is_cap:
            toks.append(t)
            return True
        return False

    def _counts_next(self, text: str, folded: str, t: Tok) -> bool:
        """The number ``t`` counts the lower-case word after it ("2 năm"), a level word aside ("35 huyện")."""
        nxt = token_at(text, folded, t.end)
        return nxt is not None and nxt.start == t.end + 1 and nxt.is_word and nxt.text.islower() \
            and nxt.low not in self.level_words

    @staticmethod
    def _unnumbered(toks: list[Tok], folded: str, start: int, head_end: int) -> bool:
        """The title so far ends in a level whose units are never numbered ("tỉnh", "huyện", "xã" written in lower
        case): a number after it counts something ("Chủ tịch UBND tỉnh 2 nhiệm kỳ"); "Phường 4", "khu phố 4" are
        names."""
        last = toks[-1] if toks else None
        word = last.low if last else folded[start:head_end].rsplit(" ", 1)[-1]
        return word in _UNNUMBERED and (last is None or not last.is_cap)

    @staticmethod
    def _abbreviation_at(text: str, folded: str, pos: int) -> bool:
        """An upper-case abbreviation of two letters or more is the next word ("THPT", "THCS")."""
        nxt = token_at(text, folded, pos)
        return nxt is not None and nxt.start - pos == 1 and nxt.is_word and len(nxt.text) > 1 and nxt.text.isupper()

    def _head_word(self, text: str, folded: str, start: int, head_end: int) -> Tok | None:
        """The office or numbered body word a title's head ends in, as one word ("Trưởng Ban Chỉ đạo" → "Chỉ
        đạo"), or None (most heads: no lower-case tail to read)."""
        head = folded[start:head_end]
        word = next((w for w in self.tail_bodies if head.endswith(w) and (len(head) == len(w)
                                                                           or head[-len(w) - 1] == " ")), None)
        if word is None:
            return None
        s = head_end - len(word)
        return Tok(s, head_end, text[s:head_end], folded[s:head_end])

    def _lower_tail(self, text: str, folded: str, prev: Tok, t: Tok) -> list[Tok]:
        """A body's own name going on in lower case after its capitalised body word ("Văn phòng đăng ký đất đai
        huyện X", "Trung tâm dịch vụ nông nghiệp huyện"): compound words only, up to the level word of the
        body's place, which closes it; else nothing (a verb after the title: "… làm việc tại …")."""
        if not prev.is_cap or prev.low not in self.body_units and prev.low not in self.numbered:
            return []   # an office, or a body a number or a task names ("Ban Chỉ đạo phòng, chống … tỉnh")
        run: list[Tok] = []
        cur: Tok | None = t
        while cur is not None and cur.is_word and not cur.is_cap and len(run) < WINDOWS.title_lower_tail_words:
            if cur.low in self.level_words:
                return run if run and self._compounds(run) else []
            run.append(cur)
            cur = token_at(text, folded, cur.end)
            if cur is not None and cur.text == "," and run:   # "phòng, chống …": a task's words joined by a comma
                nxt = token_at(text, folded, cur.end)
                cur = nxt if nxt is not None and nxt.is_word and not nxt.is_cap else None
        return []

    @staticmethod
    def _compounds(run: list[Tok]) -> bool:
        """The lower-case syllables read as two-syllable compound words ("đăng ký", "đất đai")."""
        words = [x.low for x in run]
        pairs = [f"{words[i]} {words[i + 1]}" for i in range(0, len(words) - 1, 2)]
        return len(words) % 2 == 0 and all(is_folded_word(p) for p in pairs)

    def _title_before_name(self, text: str, folded: str, toks: list[Tok], start: int, head_end: int,
                           pos: int) -> Title | None:
        """While parsing: the title that ends where a person's name begins in its trailing run of name
        syllables, the name taking the whole run of syllables from there (at most four), or None."""
        cut = self._name_cut(text, folded, toks, start, head_end)
        if cut is None:
            return None
        i, run = cut
        name_toks = run[i:]
        # the run may go on past this word: take the whole run of name syllables
        more = pos
        while len(name_toks) < 4:
            n2 = token_at(text, folded, more)
            if n2 is None or not n2.is_name_word or n2.start - more > 1:
                break
            name_toks.append(n2)
            more = n2.end
        keep = toks[: len(toks) - len(run) + i]
        end = keep[-1].end if keep else head_end
        return Title(start, end, head_end, (name_toks[0].start, name_toks[-1].end),
                     [(x.start, x.end) for x in name_toks])

    def _closed_title(self, text: str, folded: str, toks: list[Tok], start: int, head_end: int,
                      split_names: bool) -> Title:
        """The parsed title once no token continues it: trailing function words dropped and, when names are
        split, a final run that is entirely a person's name ("Bí thư Nguyễn Văn An") split off."""
        while toks and toks[-1].low in _TRAIL_DROP:
            toks.pop()
        end = toks[-1].end if toks else head_end
        if split_names and toks:
            # the phrase may end in a run that is entirely a name ("Bí thư Nguyễn Văn An")
            cut = self._name_cut(text, folded, toks, start, head_end, final=True)
            if cut is not None:
                i, run = cut
                keep = toks[: len(toks) - len(run) + i]
                end = keep[-1].end if keep else head_end
                return Title(start, end, head_end, (run[i].start, run[-1].end), [(x.start, x.end) for x in run[i:]])
        return Title(start, end, head_end)

    def _ends_in_level(self, phrase: str) -> bool:
        """The phrase so far ends in a level word that a number may name ("tổ dân phố", "khu dân cư")."""
        words = phrase.split()
        return any(" ".join(words[-k:]) in self.level_phrases for k in (1, 2, 3))

    def _numbered_name(self, text: str, folded: str, toks: list[Tok], head: str) -> bool:
        """The phrase ends in a level word and a place name, which a number may close ("thôn Đắk Chum 1")."""
        i = len(toks) - 1
        while i >= 0 and toks[i].is_name_word:
            i -= 1
        if i == len(toks) - 1:
            return False
        level = toks[i].low if i >= 0 else head.rsplit(" ", 1)[-1]
        if level in self.commune_levels:      # a numbered commune only when so named ("xã Đường 10")
            nxt = token_at(text, folded, toks[-1].end)
            return nxt is not None and gazetteer().is_place(" ".join([t.low for t in toks[i + 1:]] + [nxt.low]))
        return level in self.village_levels

    def _name_cut(self, text: str, folded: str, toks: list[Tok], start: int, head_end: int,
                  final: bool = False) -> tuple[int, list[Tok]] | None:
        """If the trailing run of name syllables of ``toks`` holds a person's name, where it starts."""
        run: list[Tok] = []
        for t in reversed(toks):
            if t.is_name_word and (not run or run[0].start - t.end == 1):
                run.insert(0, t)
            else:
                break
        if not run:
            return None
        # the run must be complete: the next token is not another name syllable
        if not final:
            nxt = token_at(text, folded, run[-1].end)
            if nxt is not None and nxt.is_name_word and nxt.start - run[-1].end == 1 and len(run) < 6:
                return None
        before = toks[: len(toks) - len(run)]
        prev = before[-1].low if before else folded[start:head_end]
        prev2 = " ".join(x.low for x in before[-2:]) if before else prev
        committee = bool(_COMMITTEE_END.search(prev2)) or prev in ("tp", "tp.")
        level = prev in self.level_words
        # a unit's kind abbreviated ("trường THPT", "Trường THCS"): its own name comes first, often a person's name
        # ("Trường THPT Nguyễn Du"), so a name needs a first word of the run that is the unit's
        named_unit = len(before) > 1 and before[-1].text.isupper() and len(before[-1].text) > 1 \
            and self.unit_re.fullmatch(before[-2].low) is not None
        i = split_person([x.text for x in run], [x.low for x in run], self.surnames,
                         place_first=committee or level or named_unit, place_optional=committee or level,
                         bare_min=3 if level and prev not in self.major_levels | self.commune_levels else 2,
                         major_only=committee or prev in self.major_levels)
        if i is None:
            return None
        return i, run

    def expand(self, title: str) -> str:
        """The title with its abbreviations written out (TUV → Tỉnh ủy viên); each title is expanded once per
        process (the same few recur in every article)."""
        return self._expanded(title)

    def _expand(self, title: str) -> str:
        def rep(m: regex.Match) -> str:
            return self.abbr.get(m.group(), m.group())
        return _ABBR.sub(rep, title)

    def strip_modifier(self, folded_title: str) -> str:
        """The folded title without its leading modifier (to compare posts)."""
        return self.mod_re.sub("", folded_title, count=1)


@lru_cache(maxsize=8)
def grammar(data_dir: str) -> TitleGrammar:
    """One :class:`TitleGrammar` per data directory per process."""
    return TitleGrammar(Path(data_dir))
