"""The officials extractor: runs the passes of :mod:`.people` and :mod:`.posts` over one article in order and
merges each person's titles (one per post, in its longest written form)."""
from __future__ import annotations

import re
from typing import Any

from ...settings import WINDOWS
from ...text.normalize import fold
from ...text.sentences import capital_sentences
from ..base import Context, Extractor
from ..names.titles import Title
from .article import _Article
from .people import PeoplePasses
from .posts import PostPasses

# a capitalised word right after a post: the post goes on there (a place's name), so it is another, longer post
_CAPITAL_NEXT = re.compile(r"[ \t]+[^\W\d_a-zà-ỹđ]")
# a present post stated after a career history: "…; hiện là …", ", nay là …"
_NOW = re.compile(r"[;,]\s*(?:và\s+)?(?:hiện\s+nay|hiện\s+đang|hiện|nay)\s+(?:là|giữ\s+chức(?:\s+vụ)?)\s+")


def _shorter_form(short: str, long: str, levels: frozenset[str]) -> bool:
    """``short`` is the same post as ``long`` written shorter: ``long`` with its end cut ("chủ tịch ubnd tỉnh" /
    "chủ tịch ubnd tỉnh y"), or with its committee left out ("bí thư phường x" / "bí thư đảng ủy phường x");
    never a post with another rank ("phó bí thư tỉnh ủy" / "phó bí thư thường trực tỉnh ủy")."""
    if long.startswith(short + " "):
        return True
    sw, lw = short.split(), long.split()
    for i in range(1, len(sw)):
        for j in range(i + 1, len(lw)):
            if lw[:i] == sw[:i] and lw[j:] == sw[i:] and (lw[j - 1] == "ủy" or _names_place(sw[i - 1], j - i, levels)):
                return True
    return False


def _names_place(word: str, inserted: int, levels: frozenset[str]) -> bool:
    """A place name of a few words left out after a committee or a level word (one of ``levels``): "bí thư huyện ủy
    khóa xi" / "bí thư huyện ủy tam nông khóa xi"."""
    return inserted <= 4 and (word.endswith("ủy") or word in levels)


class OfficialExtractor(PeoplePasses, PostPasses, Extractor):
    """Find named officials and their titles (key ``officials``)."""

    key = "officials"

    # ------------------------------------------------------------------ main
    def find(self, ctx: Context) -> list[dict[str, Any]]:
        art = self._article(ctx)
        titles = [self._place_in_apposition(art.text, art.folded, t) for t in self.g.find(art.text, art.folded)]
        art.named_titles = frozenset(t.start for t in titles if t.name is not None)
        self._cued_names(art)
        self._titled_names(art, titles)
        self._listed_names(art, titles)
        self._plural_post_names(art, titles)
        self._titles_before_cue(art, titles)
        self._colon_lists(art)
        self._repeated_names(art)
        self._appositions(art)
        self._current_posts(art)
        forward = self._forward_dismissals(art)
        self._appointments(art, forward)
        self._signers(art)
        self._given_names(art)
        before = {k: len(p["mentions"]) for k, p in art.people.items()}
        self._short_mentions(art)
        self._short_copulas(art, before)
        return [self._finish(art.text, art.folded, p) for p in sorted(art.people.values(), key=lambda p: p["start"])]

    def _place_in_apposition(self, text: str, folded: str, t: Title) -> Title:
        """A title in apposition after a cued name (", nguyên Bí thư Chi bộ thôn Đồng Mận Trên đã …", ", Phó Chủ tịch
        HĐND huyện Lộc Hà;") that ends in a level word: the run after it is the place's name, not a second person,
        unless a middle name marks a person ("… Trưởng thôn Lò Văn Sẻ")."""
        if t.name is None or self.level_before_name(folded, t) is None \
                or not self.cued_name_before.search(text, max(0, t.start - WINDOWS.cued_name_lookback), t.start):
            return t
        run = folded[t.name[0]:t.name[1]].split()
        if len(run) < 2 or run[1] in self.g.surnames.middle:
            return t
        return Title(t.start, t.name[1], t.head_end)

    def _short_copulas(self, art: _Article, before: dict[str, int]) -> None:
        """Pass 6b: posts stated with a copula after a short mention ("Ông Cường là đại biểu HĐND TP khóa 15, nhiệm kỳ
        2016 - 2021; đại biểu HĐND quận …")."""
        for k, p in art.people.items():
            for _s, e in p["mentions"][before.get(k, 0):]:
                if art.in_career(e):
                    continue
                if self.copula_re.match(art.folded, e):   # the copula's posts, a list maybe
                    p["titles"] += self._apposition(art.text, art.folded, e, named=art.named_titles)[0]

    def _article(self, ctx: Context) -> _Article:
        """The article's sentence ends, bylines (no person is read there), career-history spans (no title
        is read there) and appointment and dismissal cues, with no person found yet."""
        text, folded = ctx.text, ctx.folded
        art = _Article(ctx, text, folded, capital_sentences(text))
        art.bylines = [(m.start(), text.find("\n", m.start()) % (len(text) + 1))
                       for m in self.byline_re.finditer(folded)]
        art.career = [(m.start(), self._career_end(art, m.end())) for m in self.career_re.finditer(folded)]
        art.appoint_cues = list(self.appoint_re.finditer(folded))   # read by two passes: found once
        art.dismiss_cues = list(self.dismiss_re.finditer(folded))
        return art

    @staticmethod
    def _career_end(art: _Article, pos: int) -> int:
        """Where a career history opened before ``pos`` ends: at a present post stated after it in its sentence
        ("từng là …; hiện là …"), else at the sentence's end."""
        end = art.sentence_end(pos)
        m = _NOW.search(art.folded, pos, end)
        return m.start() if m else end

    def _current_posts(self, art: _Article) -> None:
        """Pass 4b: the present posts stated after a career history ("Ông A, sinh năm …, từng là …; hiện là Ủy
        viên Ban Thường vụ Tỉnh ủy, Trưởng Ban …"): the person named last before the history holds them."""
        text, folded = art.text, art.folded
        for start, end in art.career:
            m = _NOW.match(folded, end)
            t = self.g.match_at(text, folded, m.end(), split_names=False) if m else None
            if t is None:
                continue
            si = art.sent(start)
            before = [(s, k) for k, p in art.people.items() for s, _e in p["mentions"]
                      if art.sent(s) == si and s < start]
            if before:
                art.people[max(before)[1]]["titles"].extend(
                    [t, *self._apposition(text, folded, t.end, named=art.named_titles)[0]])

    def _written_out(self, text: str, folded: str, t: Title) -> Title:
        """The post ``t`` where the article writes it out in full, if it does, else ``t``."""
        raw = text[t.start:t.end].strip(" ,;")
        full = fold(self.g.expand(raw))
        if full == fold(raw):
            return t
        at = folded.find(full)
        while at >= 0:
            end = at + len(full)
            whole = (at == 0 or not folded[at - 1].isalnum()) and (end == len(folded) or not folded[end].isalnum())
            if whole and text[at].isupper() and not _CAPITAL_NEXT.match(text, end):
                return Title(at, end, at + (t.head_end - t.start))
            at = folded.find(full, at + 1)
        return t

    def _finish(self, text: str, folded: str, p: dict[str, Any]) -> dict[str, Any]:
        """Merge a person's titles: one per post, in its longest written form, in text order; a post written with an
        abbreviation that the article also writes out in full ("Ủy viên UBND tỉnh" / "bầu bổ sung Ủy viên Ủy ban nhân
        dân tỉnh") is given in the full form, where the article writes it."""
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
        keep = [k for k in keys if not any(o != k and _shorter_form(k, o, self.g.level_words) for o in keys)]
        kept = sorted((self._written_out(text, folded, seen[k]) for k in keep), key=lambda t: t.start)
        titles = [text[t.start:t.end].strip(" ,;") for t in kept]
        return {
            "name": p["name"], "start": p["start"], "end": p["end"],
            "titles": titles, "title_spans": [[t.start, t.end] for t in kept],
            "titles_expanded": [self.g.expand(t) for t in titles],
            "mentions": sorted(p["mentions"]),
        }
