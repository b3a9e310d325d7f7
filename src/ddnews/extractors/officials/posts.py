"""Which posts the people of an article hold: the passes of :class:`~ddnews.extractors.officials.OfficialExtractor`
that read titles in apposition, posts read forward from a dismissal or an appointment to the people named after
them, appointment phrases after their subjects, and the signers of a resolution under their post in capitals."""
from __future__ import annotations

import re
from collections import Counter

import regex

from ...resources.admin_units import gazetteer
from ...text.normalize import fold
from ..names.capitals import NAME_SYLLABLE, name_run_at
from ..names.titles import Title
from .article import _Article
from .grammar import OfficialGrammar

# A signature block closing a resolution or plan: the signer's post in capitals on its own line
# ("T/M BAN THƯỜNG VỤ" / "KT. CHỦ TỊCH" before it), then the signer's name alone on a line.
_SIG_NAME = regex.compile(rf"^[ \t]*({NAME_SYLLABLE}(?: {NAME_SYLLABLE}){{1,4}})[ \t]*$", regex.M)
_SIG_SKIP = regex.compile(r"^[ \t]*(?:\(?\s*(?:đã\s+ký|ký\s+tên)[^\n]{0,20}\)?)?[ \t]*$", regex.I)
_SIG_PREFIX = re.compile(r"(?:t/m|tm|kt|q|tl|t/l|tuq)\.?\s+")

# Between a dismissed post and its holder: an optional term range, then "đối với" (+ a person cue).
_TERM_TAIL = re.compile(r",?\s*\(?\s*nhiệm kỳ\s+\d{4}\s*[-–]\s*\d{4}\s*\)?")
# Between an appointment cue and the post: "(bổ sung) chức vụ / chức danh" ("được bầu bổ sung chức danh …")
_POST_GAP = re.compile(r"(?:\s+bổ\s+sung)?(?:\s+chức(?:\s+(?:vụ|danh))?)?(?=\s)")
# "… đối với ông A, Giám đốc …, và đồng chí B": the next holder of the same post
# a comma before the next name of a listed group ("các đồng chí A, B, Phó Bí thư Tỉnh ủy")
_COMMA_NEXT = re.compile(r"[ \t]*,[ \t]*")
# the rest of a listed holder's item (a reason after the posts), then the next item
_NEXT_ITEM = re.compile(r"[^;.\n]*;\s*(?:và\s+)?")
_NEXT_HOLDER = re.compile(r"\s*(?:;\s*(?:và\s+)?|,?\s*và\s+)")   # ", và" / "; (và)": the list goes on
# what joins two subjects of one appointment: "và" or ",", then the second one's person cue
_JOINED_SUBJECT = re.compile(r"\s*(?:,\s*)?(?:và\s+)?(?:(?:ông|bà|đồng\s+chí|đ/c)\s+)?")
# "chức vụ / chức danh <title> … đối với ông X": the post named before its holder
_POST_WORD = re.compile(r"chức(?<!\wchức)\s+(?:vụ|danh)\s+")   # the test after the word: "chức" is then searched for
_TO_PERSON = re.compile(r",?\s*(?<!\w)(?:đối\s+)?với\s+")
# a comma before a further post of the same holder ("chức vụ A, B đối với ông X")
_COMMA_POST = re.compile(r"[ \t]*,[ \t]*")
# the holders of a post listed after it ("những người trúng cử đại biểu Quốc hội khóa XV tại đơn vị … gồm:\n- Ông A,
# …"): after the post, an optional place and "gồm"/"là" and a colon (the plural subject before the cue:
# ``plural_subject_re``)
_LISTED_AFTER = re.compile(r"(?:\s+(?:tại|ở)\s+[^:;.\n]{1,80}?)?\s*,?\s*(?:gồm|là)?\s*:[ \t]*")
_LIST_BLOCK = re.compile(r"[^\n]*(?:\n[ \t]*(?:[-–+*•]|\d{1,2}[.)])[^\n]*)+|[^\n.]*")


# a nominee named right after the nomination ("giới thiệu đồng chí A", "dự kiến bố trí bà B"): the name's distance
_NOMINEE_GAP = 24
_CLAUSE_MARK = re.compile(r"[,;:.]")


class PostPasses(OfficialGrammar):
    """Passes 4-5b of :meth:`OfficialExtractor.find <ddnews.extractors.officials.OfficialExtractor.find>`."""

    def _appositions(self, art: _Article) -> None:
        """Pass 4: the titles in apposition after every full mention of a person (", Phó Bí thư …"); in a listed
        group ("các đồng chí A và B, Phó Bí thư Tỉnh ủy", "các đồng chí A, B, Phó Bí thư …"), a name joined by "và"
        or a comma to the next one with no title of its own shares the next one's."""
        after: dict[int, list[Title]] = {}       # a mention's start -> its titles in apposition
        for p in art.people.values():
            for s, e in list(p["mentions"]):
                if art.in_career(e):
                    continue
                got = [t for t in self._apposition(art.text, art.folded, e, named=art.named_titles)[0]
                       if not art.in_career(t.start)]
                p["titles"].extend(got)
                after[s] = got
        grouped = {k for grp in art.groups.values() for k in grp}
        # from the list's end, so a post shared by several ("các đồng chí A, B, C, Phó Bí thư …") reaches them all
        listed = sorted(((ms, me, g) for g in grouped for ms, me in art.people[g]["mentions"]), reverse=True)
        for s, e, k in listed:
            p = art.people[k]
            j = self.and_next_re.match(art.folded, e) or _COMMA_NEXT.match(art.folded, e)
            nxt = j.end() if j else -1
            if not after.get(s, True) and after.get(nxt) and not p["titles"]:
                p["titles"].extend(after[nxt])
                after[s] = after[nxt]

    def _forward_dismissals(self, art: _Article) -> set[int]:
        """Pass 5a, posts read forward ("miễn nhiệm chức vụ <title> (nhiệm kỳ …) đối với ông <name>", "chuẩn y
        giữ chức <title> đối với A, … và đồng chí B, …"): which posts go to the people named after them.
        Returns the starts of the titles given so."""
        text, folded = art.text, art.folded
        forward: set[int] = set()
        cues = [*art.dismiss_cues, *art.appoint_cues, *_POST_WORD.finditer(folded)]
        for m in cues:
            gap = _POST_GAP.match(folded, m.end())
            t = self.g.match_at(text, folded, gap.end() if gap else m.end(), split_names=False)
            if t is None or art.in_career(m.start()) or t.start in forward:
                continue
            posts = [t]
            while (sep := _COMMA_POST.match(folded, posts[-1].end)) is not None:
                more = self.g.match_at(text, folded, sep.end(), split_names=False)
                if more is None:
                    break
                posts.append(more)       # "bãi nhiệm chức vụ Chủ tịch UBND tỉnh, đại biểu HĐND tỉnh đối với ông A"
            r = _TERM_TAIL.match(folded, posts[-1].end)
            c = _TO_PERSON.match(folded, r.end() if r else posts[-1].end)
            holders = self._named_holders(art, c.end()) if c else self._listed_holders(art, m.start(), posts[-1].end)
            for key in holders:
                art.people[key]["titles"] += posts
                forward.update(p.start for p in posts)
        return forward

    def _listed_holders(self, art: _Article, cue: int, end: int) -> list[str]:
        """The people listed after a post that a plural subject was elected or appointed to ("những người trúng cử
        đại biểu Quốc hội khóa XV tại đơn vị bầu cử tỉnh … gồm:\n- Ông A, …;\n- Bà B, …"): each holds it."""
        folded = art.folded
        if not self.plural_subject_re.search(folded, max(0, cue - 40), cue):
            return []
        lm = _LISTED_AFTER.match(folded, end)
        if lm is None:
            return []
        block = _LIST_BLOCK.match(folded, lm.end())
        stop = block.end() if block else lm.end()
        return [k for k, p in art.people.items() if any(lm.end() <= s < stop for s, _ in p["mentions"])]

    def _named_holders(self, art: _Article, pos: int) -> list[str]:
        """The known people cued at ``pos`` and after it in one list ("ông A, Giám đốc …, và đồng chí B, …"),
        each mention past its own apposition."""
        text, folded = art.text, art.folded
        keys: list[str] = []
        listed = False      # a list a count of persons opens ("đối với 2 ông: A, …, do …; và B, …")
        while True:
            cue = self.cue_re.match(folded, pos) or self.count_cue_re.match(folded, pos)
            listed = listed or cue is not None and folded[cue.end() - 1] == ":"
            # the next holder cued or not ("đối với các ông A và B")
            words = name_run_at(text, cue.end() if cue else pos, limit=5) if cue or keys else None
            key = fold(text[words[0][0]:words[-1][1]]) if words else ""
            if not words or key not in art.people or \
                    not any(pm[0] == words[0][0] for pm in art.people[key]["mentions"]):
                return keys
            keys.append(key)
            end = self._apposition(text, folded, words[-1][1])[1]
            nxt = _NEXT_HOLDER.match(folded, end) or (_NEXT_ITEM.match(folded, end) if listed else None)
            if nxt is None:
                return keys
            pos = nxt.end()

    def _appointments(self, art: _Article, forward: set[int]) -> None:
        """Pass 5, appointment phrases (and dismissals without "đối với"): which person before the phrase in
        its sentence takes the post (the nearest one, or every person of the sentence's plural list when the
        sentence holds no other such phrase)."""
        text, folded, people = art.text, art.folded, art.people
        phrases = [*art.appoint_cues, *art.dismiss_cues]
        per_sentence = Counter(art.sent(m.start()) for m in phrases)
        for m in phrases:
            if " ".join(m.group().split()) in self.forward_only:
                continue          # "các đại biểu bầu bổ sung …": the electors are no holders
            gap = _POST_GAP.match(folded, m.end())
            t = self.g.match_at(text, folded, gap.end() if gap else m.end(), split_names=False)
            if t is None or t.start in forward or art.in_career(m.start()):
                continue
            si = art.sent(m.start())
            before = [(pm[0], k) for k, p in people.items() for pm in p["mentions"]
                      if art.sent(pm[0]) == si and pm[0] < m.start()]
            if any(0 <= s - n.end() <= _NOMINEE_GAP and not _CLAUSE_MARK.search(folded, n.end(), s)
                   for n in self.nominated_re.finditer(folded, art.sentences.start(m.start()), m.start())
                   for s, _k in before):
                continue          # "giới thiệu ông A … để HĐND bầu giữ chức …": a nomination, no post held
            if self._nominated_before(folded, m.start()):
                continue          # "…, chỉ định giữ chức X và giới thiệu để HĐND xã bầu giữ chức Y": Y is proposed
            if not before:
                continue
            # a list's items each with their own phrase ("các đồng chí: A - …, giữ chức X; B - …, giữ chức Y"):
            # each post is its item's
            held_when = " ".join(m.group().split()) in self.held_when
            group = art.groups.get(si) if per_sentence[si] == 1 and not held_when else None
            if group and max(before)[1] not in group:
                group = None      # "A được bầu giữ chức X; các Phó Bí thư là các đồng chí B và C": the list comes after
            targets = group or self._coordinated_subjects(art, sorted(before))
            held = self.concurrent_titles(text, folded, t)   # "… làm Bí thư Chi bộ, đồng thời là Trưởng thôn"
            for k in targets:
                people[k]["titles"].extend(held)

    def _nominated_before(self, folded: str, pos: int) -> bool:
        """A nominating word a few words before the appointment phrase at ``pos``, in its clause ("và giới thiệu để
        HĐND xã bầu giữ chức …")."""
        found = list(self.nominated_re.finditer(folded, max(0, pos - _NOMINEE_GAP), pos))
        return bool(found) and not _CLAUSE_MARK.search(folded, found[-1].end(), pos)

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
