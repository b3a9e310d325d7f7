"""What the officials' passes read with: the cue patterns compiled once from the data files (person cues,
appointment, dismissal and career cues, bylines, title continuations, apposition openers), the check that a
capitalised run is a person's name, and the titles written after a name (apposition)."""
from __future__ import annotations

import re
from pathlib import Path

import regex

from ...lexicon import load_tsv, load_words
from ...resources.admin_units import gazetteer
from ...settings import WINDOWS
from ...text.normalize import fold
from ...text.patterns import trie_alternation
from ..names import NAMES_DIR
from ..names.capitals import NAME_WORD, longest_name
from ..names.titles import Title, grammar

_PAREN = re.compile(r"\s*\([^()\n]{1,160}\)")
# after a parenthesis' posts, a clause on the person's present state ("…, hiện bị tạm giam để điều tra)")
_PAREN_STATE = re.compile(r"[ \t]*[,;][ \t]*(?:hiện|đang|đã)[ \t][^()]*\)$")
_PAREN_OPEN = re.compile(r"[ \t]*\([ \t]*")
_CLAUSE_END = re.compile(r"[ \t]*(?:[.;\n]|$)")     # what closes a clause right after a post
_COMMA = re.compile(r"\s*,\s*|\s*[-–—]\s*")     # ", title" and the caption style " - title" / "Tên-Title"
# "…, làm Chủ tịch HĐND tỉnh" after a person an appointment verb took as its object
_TO_POST = re.compile(r",?\s+làm\s+")
# A description in apposition runs to a "," or ";" (never past a sentence end) within this many characters.
_DESCRIPTION_SEP = re.compile(r"[,;]\s*|(?=[.!?]\s)")
_DESCRIPTION_MAX = 200
# What may not come right before a cue (``not_after`` of trie_alternation): a cue starts a word; a person cue
# does not follow a slash either.
_WORD = r"\w"
_WORD_OR_SLASH = r"[\w/]"
# Asides between a name and its titles: an age or a birth year (", 94 tuổi,", ", sinh năm 1950,").
_ASIDE = re.compile(r"\s*,?\s*(?:\d{1,3}\s+tuổi|sinh\s+năm\s+\d{4}|sn\s*\d{4})(?=\s*,)")
# … and the same note opening a parenthesis before the posts ("bị cáo A (SN 1968, nguyên Chủ tịch UBND xã …)")
_PAREN_ASIDE = re.compile(r"\s*(?:\d{1,3}\s+tuổi|sinh\s+năm\s+\d{4}|sn:?\s*\d{4})\s*[,;]\s*")


class OfficialGrammar:
    """The vocabulary of :class:`~ddnews.extractors.officials.OfficialExtractor` and the readings its passes share."""

    def __init__(self, data_dir: Path, names_dir: Path = NAMES_DIR) -> None:
        d, names = Path(data_dir), Path(names_dir)
        self.g = grammar(str(names))
        cues = load_tsv(names / "person_cues.tsv")
        self.cue_kind = {fold(r["cue"]): r["kind"] for r in cues}
        singles = [c for c, k in self.cue_kind.items() if k == "single"]
        ranks = [c for c, k in self.cue_kind.items() if k == "rank"]
        plurals = [c for c, k in self.cue_kind.items() if k == "plural"]
        # a rank written in apposition between a name and its posts (", Thiếu tướng, Phó Tư lệnh …"): no post, skipped
        self.rank_aside = re.compile(rf"\s*,\s*{trie_alternation(ranks)}(?=\s*,)")
        # a person cue opening an item of a list of people ("…: đồng chí A, …; bà B, …")
        self.single_cue_re = re.compile(rf"{trie_alternation(singles)}[ \t]+")
        # the plural subject of an election or appointment whose holders are listed after the post ("những người
        # trúng cử …", "các đồng chí được bầu …")
        self.plural_subject_re = re.compile(
            rf"(?<!\w)(?:những\s+người|các\s+ứng\s+cử\s+viên|các\s+ông\s*,\s*bà|{trie_alternation(plurals)})"
            rf"\s+(?:đã\s+|được\s+)?$")
        # a title, then its holder cued after a comma or in parentheses ("Bí thư Tỉnh ủy, đồng chí A", "Trưởng Ban Tổ
        # chức Huyện ủy (ông A)"), or by a rank ("Trưởng Công an huyện (Thượng tá A)", "Trưởng Công an phường, Trung
        # tá B, cho biết")
        self.title_cue_re = re.compile(rf"\s*[,(\-–—:]\s*{trie_alternation(singles + ranks)}\s+")
        # the places above a village a post is held in, written after it before its holder: ", xã A, huyện B",
        # ", xã A (huyện B)"
        units = [r["word"] for r in load_tsv(names / "levels.tsv") if r["level"] != "village"]
        self.place_chain = regex.compile(
            rf"(?:[ \t]*[,(][ \t]*(?i:{trie_alternation(units)})"
            rf"[ \t]+\p{{Lu}}[\p{{Ll}}'’]*(?:[ \t]+\p{{Lu}}[\p{{Ll}}'’]*){{0,3}}(?:[ \t]*\))?)+")
        # a cued name and the comma of its apposition, right before a title ("ông Giáp Văn Sửu, nguyên …")
        self.cued_name_before = regex.compile(
            rf"(?<![\p{{L}}\p{{M}}])(?i:{trie_alternation(singles)})[ \t]+\p{{Lu}}\p{{Ll}}*"
            rf"(?:[ \t]+\p{{Lu}}\p{{Ll}}*){{1,3}}[ \t]*,[ \t]*$")
        # a post named before its holders with a copula: "Hai Phó Chủ tịch UBND huyện được bầu là ông A và bà B",
        # "Tổ trưởng là đồng chí C"
        self.title_is_re = re.compile(
            rf"\s*,?\s+(?:(?:vừa\s+|đã\s+)?được\s+(?:bầu|bầu giữ chức|bổ nhiệm|phân công|chỉ định)\s+)?"
            rf"(?:là|gồm)\s*:?\s+"
            rf"(?:(?:các\s+)?{trie_alternation(singles)}\s+)?")
        self.holder_join_re = re.compile(rf"\s*(?:[,;]\s*)?(?:và\s+)?(?:{trie_alternation(singles)}\s+)?")
        # a name joined to the next one by "và": "A và B", "A và đồng chí B"
        self.and_next_re = re.compile(rf"\s+và\s+(?:{trie_alternation(singles)}\s+)?")
        counted = [c.split(" ", 1)[1] for c in plurals if c.startswith("các ")]     # "đồng chí", "ông", "bà"
        self.cue_re = re.compile(rf"{trie_alternation(self.cue_kind, not_after=_WORD_OR_SLASH)}(?!\w)")
        # a count of persons before a colon that opens their list ("đối với 2 ông: A, …; và B, …"): a plural cue
        # (a pattern of its own: joined to the trie it would slow the scan for every cue)
        self.count_cue_re = re.compile(rf"(?<![\w.,])\d{{1,2}}[ \t]+{trie_alternation(counted)}[ \t]*:")
        appoint = load_tsv(d / "appointment_cues.tsv")
        direct = [r["cue"] for r in appoint if r["kind"] not in ("dismissed", "nominated")]
        self.nominated_re = re.compile(
            rf"{trie_alternation([r['cue'] for r in appoint if r['kind'] == 'nominated'], not_after=_WORD)}(?!\w)")
        self.appoint_re = re.compile(rf"{trie_alternation(direct, not_after=_WORD)}(?!\w)")
        self.forward_only = frozenset(fold(r["cue"]) for r in appoint if r["kind"] == "elected_forward")
        # the post held when something reported happened: its nearest subject's alone, never a listed group's
        self.held_when = frozenset(fold(r["cue"]) for r in appoint if r["kind"] == "held_when")
        self.dismiss_re = re.compile(
            rf"{trie_alternation([r['cue'] for r in appoint if r['kind'] == 'dismissed'], not_after=_WORD)}(?!\w)")
        self.career_re = re.compile(rf"{trie_alternation(load_words(d / 'career_cues.tsv'), not_after=_WORD)}(?!\w)")
        self.legacy_re = re.compile(rf"{trie_alternation(load_words(d / 'legacy_context.tsv'), not_after=_WORD)}(?!\w)")
        self.byline_re = re.compile(rf"^\W*{trie_alternation(load_words(names / 'byline_cues.tsv'))}\s*[:,-]", re.M)
        self.cont_re = re.compile(rf",\s*{trie_alternation(load_words(d / 'title_continuations.tsv'))}\s+")
        self.join_re = re.compile(rf"\s+{trie_alternation(load_words(d / 'joiners.tsv'))}\s+")
        openers = load_tsv(d / "apposition_openers.tsv")
        self.opener_re = re.compile(
            rf"{trie_alternation([r['phrase'] for r in openers if r['kind'] == 'current'])}\s+")
        self.copula_re = re.compile(
            rf"\s+{trie_alternation([r['phrase'] for r in openers if r['kind'] == 'copula'])}\s+")
        self.list_open_re = re.compile(
            rf"{trie_alternation([r['phrase'] for r in openers if r['kind'] == 'list_open'], not_after=_WORD)}\s*:\s*")
        self.proxy_re = re.compile(
            rf"(?<!\w){trie_alternation([r['phrase'] for r in openers if r['kind'] == 'proxy'])}[ \t]+$")
        self.description_re = re.compile(
            rf"{trie_alternation([r['phrase'] for r in openers if r['kind'] == 'description'])}(?!\w)")
        gazetteer()   # build the unit index now, not inside the first article

    # ------------------------------------------------------------------ helpers
    def _valid_name(self, text: str, folded: str, words: list[tuple[int, int]]) -> bool:
        low = [folded[s:e] for s, e in words]
        if not 2 <= len(words) <= longest_name(low, 0, self.g.surnames.middle) \
                and not (len(words) == 1 and self._prefixed(folded, words[0])):
            return False
        if self.g.head_only.match(folded, words[0][0]):
            return False
        return all(NAME_WORD.fullmatch(text, s, e) for s, e in words)

    def level_before_name(self, folded: str, t: Title) -> str | None:
        """The level word a title ends in right before the name run it took ("Trưởng thôn" + "Đồng Bãi"), or None."""
        if t.name is None:
            return None
        level = folded[t.start:t.end].rsplit(" ", 1)[-1]
        return level if level in self.g.level_words else None

    def acted_for(self, folded: str, t: Title) -> bool:
        """The post ``t`` follows "thay mặt"/"thừa ủy quyền" (its "quyền" no modifier then): the one acted for."""
        mod = self.g.mod_re.match(folded, t.start)
        head = mod.end() if mod else t.start
        return self.proxy_re.search(folded, max(0, head - WINDOWS.proxy_lookback), head) is not None

    def _prefixed(self, folded: str, word: tuple[int, int]) -> bool:
        """A one-word name with an apostrophe family prefix ("K'Điệp"): a full name, not a short mention."""
        w = folded[word[0]:word[1]]
        return len(w) > 2 and w[1] in "'’" and w in self.g.surnames

    def _apposition(self, text: str, folded: str, pos: int, *,
                    named: frozenset[int] = frozenset()) -> tuple[list[Title], int]:
        """Titles written after a name: ", title, title" / " kiêm title", past descriptions that are no title
        (", đảng viên Chi bộ …;", ", quê …,"), and the post the person serves in after "làm" (", làm Chủ
        tịch …", "ông A - Phó Chủ nhiệm … làm trưởng đoàn"); returns them and the end.  A title that ends in another
        person's name (a start in ``named``: "A, nguyên Chủ tịch Quốc hội B") is B's and ends the apposition."""
        out, pos = self._paren_titles(text, folded, pos)
        m = _ASIDE.match(folded, pos) or self.rank_aside.match(folded, pos)
        if m:
            pos = m.end()
        t0 = self.copula_title(text, folded, pos, named) if not out else None
        if t0 is not None:   # "Ông A là đại biểu HĐND tỉnh khóa X"
            out.append(t0)
            pos = t0.end
        while True:
            sep = _COMMA.match(text, pos) or (self.join_re.match(folded, pos) if out else None) \
                or (self._present_in_paren(folded, pos) if out else None)
            if not sep:
                break
            at = sep.end()
            copula = False
            if sep.group().strip() == ",":
                o = self.opener_re.match(folded, at) or self.copula_re.match(folded, at - 1)
                if o:                                    # ", nay là Phó Chủ tịch …", "SN 1973, là thành ủy viên"
                    at, copula = o.end(), o.re is self.copula_re
            t = self.g.match_at(text, folded, at, split_names=False)
            if t is not None and t.start in named:
                break
            if t is None and not copula:
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
        m = _TO_POST.match(folded, pos)
        t = self.g.match_at(text, folded, m.end(), split_names=False) if m else None
        if t is not None:
            out.append(t)
            pos = t.end
        return out, pos

    def concurrent_titles(self, text: str, folded: str, t: Title) -> list[Title]:
        """``t`` and the posts held with it that follow it: ", đồng thời là Trưởng thôn", " kiêm Chủ tịch …"."""
        out = [t]
        while True:
            end = out[-1].end
            pm = _PAREN.match(text, end)   # "Trưởng Công an xã X (huyện Y) kiêm …": an aside on the place
            end = pm.end() if pm else end
            sep = _COMMA.match(text, end)
            o = self.opener_re.match(folded, sep.end()) if sep and sep.group().strip() == "," else None
            at = o.end() if o else None
            if at is None:
                j = self.join_re.match(folded, end)
                at = j.end() if j else None
            nxt = self.g.match_at(text, folded, at, split_names=False) if at is not None else None
            if nxt is None and sep and sep.group().strip() == ",":
                nxt = self._closing_title(text, folded, sep.end())
            if nxt is None:
                return out
            out.append(nxt)

    def _closing_title(self, text: str, folded: str, pos: int) -> Title | None:
        """A post after a comma that closes the clause, with no name of its own ("… giữ chức Phó Bí thư Thường trực
        Đảng ủy, Chủ tịch HĐND xã."): held with the post before it."""
        t = self.g.match_at(text, folded, pos, split_names=True)
        if t is None or t.name is not None:
            return None
        return t if _CLAUSE_END.match(text, t.end) else None

    def copula_title(self, text: str, folded: str, pos: int, named: frozenset[int]) -> Title | None:
        """The post stated by a copula right after a name at ``pos`` ("… là đại biểu HĐND tỉnh"), unless that
        title ends in another person's name (a start in ``named``)."""
        cm = self.copula_re.match(folded, pos)
        t = self.g.match_at(text, folded, cm.end(), split_names=False) if cm else None
        return t if t is not None and t.start not in named else None

    def _present_in_paren(self, folded: str, pos: int) -> re.Match[str] | None:
        """"… nguyên Chủ tịch UBND xã X (nay là Phó Trưởng phòng …)": a parenthesis opening on the present post,
        matched up to the post."""
        m = _PAREN_OPEN.match(folded, pos)
        return self.opener_re.match(folded, m.end()) if m else None

    def _paren_titles(self, text: str, folded: str, pos: int) -> tuple[list[Title], int]:
        """"Ông X (Trưởng thôn Y)": the titles of a parenthesis right after a name that holds only titles, and where
        the parenthesis ends (``pos`` and no titles when there is none)."""
        out: list[Title] = []
        m = _PAREN.match(text, pos)
        if not m:
            return out, pos
        inner = m.start() + m.group().index("(") + 1
        aside = _PAREN_ASIDE.match(folded, inner)
        inner = aside.end() if aside else inner
        while inner < m.end() - 1:
            t = self.g.match_at(text, folded, inner, split_names=False)
            if t is None:
                break
            out.append(t)
            sep = _COMMA.match(text, t.end)
            inner = sep.end() if sep else t.end
        rest = text[out[-1].end:m.end()] if out else ")"
        if rest.strip() != ")" and not _PAREN_STATE.match(rest):
            out = []      # a parenthesis that holds more than posts (but: "(nguyên Phó Chủ tịch …, hiện bị tạm giam)")
        return out, m.end()

    def _after_description(self, folded: str, at: int) -> int | None:
        """Where the titles go on after a description in apposition ("đảng viên Chi bộ thôn X thuộc Đảng bộ
        xã Y, TP Z; nguyên Bí thư …"): after the first "," or ";" that a title follows, in the sentence."""
        if not self.description_re.match(folded, at):
            return None
        stop = min(len(folded), at + _DESCRIPTION_MAX)
        for m in _DESCRIPTION_SEP.finditer(folded, at, stop):
            if m.group() == "":
                return None   # the sentence ends: what follows is another sentence's
            if self.g.head_re.match(folded, m.end()):
                return m.end()
        return None
