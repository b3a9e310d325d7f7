"""The organizations extractor: parses every body of an article with the body grammar (:mod:`.grammar`), keeps
those written on their own somewhere (not inside a person's title phrase, a byline, a site banner, a credit
line or page chrome, not generic) and merges the forms of one body to the longest."""
from __future__ import annotations

import re
from collections.abc import Iterator
from functools import lru_cache
from pathlib import Path
from typing import Any

import regex

from ...lexicon import load_tsv, load_words
from ...resources.admin_units import gazetteer
from ...resources.words import is_folded_word
from ...settings import WINDOWS
from ...text.normalize import fold
from ...text.patterns import trie_alternation
from ...text.sentences import link_bar
from ..base import Context, Extractor
from ..names import NAMES_DIR
from ..names.places import PlaceGrammar
from ..names.titles import grammar
from .grammar import BodyGrammar, _Occ

_NON_WORD = re.compile(r"\W+")
_PAREN_GROUP = re.compile(r"\([^()]*\)")
# Words before a title that make it a group's ("các đại biểu …", "những đồng chí Ủy viên …", "92 đại biểu …",
# "cuộc bầu cử đại biểu Quốc hội"), and what joins the titles of such a group's list
_GROUP_BEFORE = re.compile(
    r"(?<!\w)(?:các|những|\d+|bầu[ \t]+cử|ứng[ \t]+cử)[ \t]+(?:(?:đồng[ \t]+chí|vị)[ \t]+)?$")
_LIST_JOIN = re.compile(r"[ \t]*(?:,|và)[ \t]*")
_COUNT_BEFORE = re.compile(r"(?<![\w.,/\-])\d{1,3}[ \t]+$")   # a count right before a body word ("3 Thành ủy")
_COMMITTEE_TP = re.compile(r"(ủy) (?:tp|thành phố) ")
# a committee's board written without "Ban" ("Thường vụ Tỉnh ủy đã họp")
_BOARD_SHORT = re.compile(r"^(thường vụ|chấp hành)(?= )")
# the Front's name written with its country ("Ủy ban MTTQ Việt Nam tỉnh" is the "Ủy ban MTTQ tỉnh")
_FRONT_COUNTRY = re.compile(r"(mttq|mặt trận tổ quốc) việt nam(?= |$)")
# a name written as the initials of its words, joined by "&", "-" or "," ("Sở GD&ĐT", "Sở LĐ-TB&XH", "Sở VH,TT&DL")
_INITIALS = re.compile(r"(?<!\w)[A-ZĐ]{1,4}(?:[&\-,][A-ZĐ]{1,5})+(?!\w)")
# A byline naming the author's body: "Minh An (Huyện ủy X)" alone on a line.
_BYLINE = regex.compile(r"^[ \t]*\p{Lu}\p{Ll}*(?: \p{Lu}\p{Ll}*){0,3}[ \t]*\([^()\n]{3,80}\)[ \t.]*$", regex.M)
_LINE = re.compile(r"^.*$", re.M)
# a capitalised syllable right before (one space): what follows continues its name
_NAME_BEFORE = regex.compile(r"(?<![\p{L}\p{M}])\p{Lu}\p{Ll}+ $")
_SENTENCE_START = re.compile(r"(?:^|[.!?:;]\s+|\n[ \t\-–+*•]*)$")   # what opens a sentence or a line
# What a credit line may hold before the body it credits: a cue ("Tin, ảnh:", "Theo", "Nguồn:") and/or
# the author's name, in any case, then "(" or a dash ("Minh An - Ban Tổ chức Huyện ủy X").
_CREDIT_NAME = r"(?-i:\p{Lu}\p{L}*\.?(?: \p{Lu}\p{L}*){0,3})"
# a breadcrumb line right after a line ("\nTrang chủ » Tin tức", "\nXây dựng Đảng > Tin tức")
_BREADCRUMB = re.compile(r"\n[ \t]*(?:[Tt]rang chủ\b|[^\n]{1,60}[ \t](?:»|>)[ \t])")
_SENTENCE_MARK = re.compile(r"[,;!?]|\.(?:\s|$)")   # a banner is a name, not a sentence
# One occurrence as grouped: start, end, level, kind, written on its own, place name.
_Mention = tuple[int, int, str | None, str, bool, str | None]


class OrganizationExtractor(BodyGrammar, Extractor):
    """Find named Party and State bodies (key ``organizations``)."""

    key = "organizations"

    def __init__(self, data_dir: Path, names_dir: Path = NAMES_DIR) -> None:
        d = Path(data_dir)
        rows = load_tsv(d / "org_heads.tsv")
        self.kind = {fold(r["head"]): r["kind"] for r in rows}
        self.written_head = {fold(r["head"]): r["head"] for r in rows}   # the head as the lexicon writes it
        self.head_re = re.compile(trie_alternation(self.kind, not_after=r"\w") + r"(?!\w)")
        # a one-word department head may be a syllable of a place's name ("… Phòng"): no stop inside a name
        stops = [h for h, k in self.kind.items() if not (k == "department" and len(h.split()) == 1)]
        self.place_stop = re.compile(trie_alternation(stops, not_after=r"\w") + r"(?!\w)")
        # a body and up to four words of its name, then a list's comma, right before a position
        self.body_before_list = re.compile(
            rf"(?<!\w)({trie_alternation(self.kind)})(?:[ \t]+[^\s,;.()]+){{0,4}}[ \t]*[,;][ \t]*$")
        self.generic_after = re.compile(rf"\s+{trie_alternation(load_words(d / 'generic_blockers.tsv'))}(?!\w)")
        self.named_plural = re.compile(rf"\s+{trie_alternation(load_words(d / 'named_plurals.tsv'))}(?!\w)")
        self.organ_mod = re.compile(rf"\s+{trie_alternation(load_words(d / 'organ_modifiers.tsv'))}(?!\w)")
        self.name_stops = frozenset(fold(w) for w in load_words(d / "name_stops.tsv"))
        self.unit_opener = re.compile(rf"[ \t]+{trie_alternation(load_words(d / 'unit_openers.tsv'))}(?!\w)")
        self.bare_organs = {" ".join(fold(r["word"]).split()): (r["word"], r["kind"])
                            for r in load_tsv(d / "bare_organs.tsv")}
        prefixes = load_tsv(d / "generic_prefixes.tsv")
        self.prefix_kind = {fold(r["phrase"]): r["kind"] for r in prefixes}
        off = Path(names_dir)
        credit_words = trie_alternation(load_words(off / "byline_cues.tsv"))
        cue = rf"(?:{credit_words})[ \t]*:?[ \t]*"
        self.credit_cue = re.compile(rf"[ \t]*(?:{cue})?")
        # a credit cue and its colon right before a body, anywhere ("… Ảnh: Phòng Báo chí tỉnh."): the credit's source
        self.credit_before = re.compile(rf"(?<!\w)(?:{credit_words})[ \t]*:[ \t]*$")
        self.credit_named = regex.compile(rf"[ \t]*(?:{cue})?{_CREDIT_NAME}[ \t]*(?:\(|[-–][ \t])[ \t]*", regex.I)
        ranks = [r["cue"] for r in load_tsv(off / "person_cues.tsv") if r["kind"] == "rank"]
        self.degree = re.compile(rf"(?:{trie_alternation(ranks)}\s*)?")
        markers = load_tsv(d / "site_markers.tsv")
        self.site_re = re.compile(
            trie_alternation([r["phrase"] for r in markers if r["kind"] == "site"], not_after=r"\w") + r"(?!\w)")
        # a section after the site's name on its banner line ("… - Tin tức - Sự kiện")
        self.section_re = re.compile(
            rf"[ \t]+[-–|»][ \t]+{trie_alternation([r['phrase'] for r in markers if r['kind'] == 'section'])}(?!\w)")
        self.generic_before = re.compile(rf"(?<!\w){trie_alternation(self.prefix_kind)}\s+$")
        # the earlier items of a list of bare kinds of body ("Chi bộ, Đảng bộ, Huyện ủy, "), one or two heads each
        kind = rf"(?<!\w){trie_alternation(self.kind)}(?:\s+{trie_alternation(self.kind)})?"
        self.listed_kinds = re.compile(rf"(?:{kind}\s*(?:,|(?<!\w)và(?!\w))\s*)+$")
        self.titles = grammar(str(off))
        fields = [r["word"] for r in load_tsv(off / "title_words.tsv") if r["group"] == "field"]
        self.field_re = re.compile(rf"{trie_alternation(fields)}(?!\w)")
        self.places = PlaceGrammar(off, self.titles.surnames)
        gazetteer()   # build the unit index now, not inside the first article

    # ------------------------------------------------------------------ main
    def find(self, ctx: Context) -> list[dict[str, Any]]:
        text, folded = ctx.text, ctx.folded
        title_spans = self._personal_titles(folded, self.titles.find(text, folded))
        skip = self._bylines_and_banners(text, folded)
        credits = self._credit_lines(text)
        occ: list[_Mention] = []
        pos = 0
        for m in self._heads(text, folded):
            if m.start() < pos:
                continue
            if self.kind[" ".join(m.group().split())] == "department" and self._in_name(text, m.start()):
                continue          # "Thành ủy X Phòng": a department word in a capitalised name is the name's
            if folded[max(0, m.start() - 3):m.start()].rstrip(" \t").endswith(":") and self.credit_before.search(
                    folded, max(0, m.start() - WINDOWS.credit_max), m.start()):
                continue          # "Ảnh: Phòng Báo chí …": who took the photo, no body of the story
            found: list[_Occ] = []
            end = self.parse(text, folded, m.start(), m.end(), found)
            if end is None or end >= len(text.rstrip()):
                continue          # a body cut off by the excerpt's end is not complete
            pos = end
            for s, e, level, kind, depth, place in found:
                standalone = depth == 0 and self._stands_alone(ctx, s, e, title_spans, skip, credits,
                                                                      place if kind == "unit" else None)
                if standalone and self._generic(folded, s, kind, place):
                    standalone = False
                occ.append((s, e, level, kind, standalone, place))
        return self._group(text, folded, occ)

    @staticmethod
    def _in_name(text: str, pos: int) -> bool:
        """A capitalised syllable right before ``pos`` continues a name ("xã Tân Phòng"), unless it opens its
        sentence ("Theo Cục Thống kê tỉnh …": sentence case)."""
        nb = _NAME_BEFORE.search(text, max(0, pos - 12), pos)
        return nb is not None and not _SENTENCE_START.search(text, max(0, nb.start() - 3), nb.start())

    def _heads(self, text: str, folded: str) -> Iterator[re.Match[str]]:
        """The body heads of the text, left to right; a head written in lower case that names no body ("giao ban
        Thường trực HĐND": "ban Thường trực" is no "Ban Thường trực") gives way to a head inside it."""
        p = 0
        while (m := self.head_re.search(folded, p)) is not None:
            if text[m.start()].islower() and " " in m.group() and self._glued(folded, m):
                inner = self.head_re.search(folded, m.start() + m.group().index(" ") + 1, m.end())
                if inner is not None and text[inner.start()].isupper():
                    p = inner.start()
                    continue
            yield m
            p = m.end()

    @staticmethod
    def _glued(folded: str, m: re.Match[str]) -> bool:
        """The head's first word is the end of a compound word with the word before ("giao ban", "quản lý")."""
        before = folded[max(0, m.start() - 12):m.start()].split()
        return bool(before) and is_folded_word(f"{before[-1]} {m.group().split()[0]}")

    @staticmethod
    def _personal_titles(folded: str, titles: list[Any]) -> list[tuple[int, int]]:
        """The spans of the title phrases that are one person's post.  A title written for a group ("các đại
        biểu HĐND tỉnh", "các đồng chí Ủy viên Ban Thường vụ, Ủy viên Ban Chấp hành …", and the titles listed
        after it) names no one's post, so the bodies inside it are written on their own."""
        out: list[tuple[int, int]] = []
        group_end = -1
        for t in titles:
            if _GROUP_BEFORE.search(folded, max(0, t.start - WINDOWS.group_title_lookback), t.start) or (
                    group_end >= 0 and _LIST_JOIN.fullmatch(folded, group_end, t.start)):
                group_end = t.end
                continue
            group_end = -1
            out.append((t.start, t.end))
        return out

    def _bylines_and_banners(self, text: str, folded: str) -> list[tuple[int, int]]:
        """Lines whose bodies name the author's or the site's body, not one in the story: bylines
        ("Minh An (Huyện ủy X)") and short site banners."""
        skip = [m.span() for m in _BYLINE.finditer(text)]
        for m in self.site_re.finditer(folded):
            a, b = text.rfind("\n", 0, m.start()) + 1, text.find("\n", m.end()) % (len(text) + 1)
            if b - a <= WINDOWS.banner_max and not _SENTENCE_MARK.search(text, a, b):
                skip.append((a, b))
        # a banner line naming a section after the site ("Huyện ủy X - Xây dựng Đảng"), or standing above a
        # breadcrumb ("ĐẢNG BỘ HUYỆN X\nTrang chủ » Tin tức » …")
        ends = [m.start() for m in _BREADCRUMB.finditer(text)]          # a line's end a breadcrumb follows
        ends += [text.find("\n", m.end()) % (len(text) + 1) for m in self.section_re.finditer(folded)]
        for b in sorted(set(ends)):
            a = text.rfind("\n", 0, b) + 1
            if 0 < b - a <= WINDOWS.banner_max and not _SENTENCE_MARK.search(text, a, b):
                skip.append((a, b))
        return skip

    def _stands_alone(self, ctx: Context, s: int, e: int, title_spans: list[tuple[int, int]],
                      skip: list[tuple[int, int]], credits: set[int], place: str | None = None) -> bool:
        """Whether a top-level body at [s, e) is written on its own: capitalised (or, a unit, written in lower case
        but named by its place: "chi bộ thôn Đồng Vân", "đảng bộ xã Nhật Quang"), not inside a title phrase,
        a blocked span, a byline or banner, a credit line or a "Site A | Site B" link bar."""
        text = ctx.text
        return ((text[s].isupper() or bool(place and place[:1].isupper()))
                and not any(a <= s < b for a, b in title_spans)
                and not ctx.is_blocked(s, e)
                and not any(a <= s < b for a, b in skip)
                and not self._credit(text, ctx.folded, s, e, credits)
                and not link_bar(text[text.rfind("\n", 0, s) + 1:text.find("\n", e) % (len(text) + 1)]))

    def _generic(self, folded: str, s: int, kind: str, place: str | None) -> bool:
        """Whether the words before a body at ``s`` make it no body of the story: the name of a law ("Luật Tổ
        chức Chính phủ") or, for a committee without a place, a plural ("các Huyện ủy"), also one opening a list of
        kinds the committee or its board is a later item of ("một số Chi bộ, Đảng bộ, Huyện ủy, Thành ủy")."""
        g = self.generic_before.search(folded, max(0, s - WINDOWS.generic_prefix_lookback), s)
        if g and self.prefix_kind[" ".join(g.group().split())] == "document":
            return True
        if g is None and place is None:
            # a later item of a list of kinds that opens with a plural ("ở một số Chi bộ, Đảng bộ, Huyện ủy, …")
            lm = self.listed_kinds.search(folded, max(0, s - WINDOWS.generic_list_lookback), s)
            if lm is not None:
                g = self.generic_before.search(folded, max(0, lm.start() - WINDOWS.generic_prefix_lookback),
                                               lm.start())
                if g is not None and self.prefix_kind[" ".join(g.group().split())] == "plural" \
                        and kind in ("committee", "organ"):
                    return True
        if place is None and _COUNT_BEFORE.search(folded, max(0, s - WINDOWS.counted_kind_lookback), s):
            return True     # "3 Thành ủy, 2 Thị ủy": a kind counted, no one body
        return bool(g and kind == "committee" and place is None)

    def _credit(self, text: str, folded: str, s: int, e: int, tail: set[int]) -> bool:
        """The body at [s, e) ends a credit line: it names the author's or the source's body."""
        a = text.rfind("\n", 0, s) + 1
        b = text.find("\n", e) % (len(text) + 1)
        if text[e:b].strip(" \t.)"):
            return False
        before = text[a:s]
        if before.strip() and self.credit_named.fullmatch(before):
            return True       # "Minh An - Ban Tổ chức Huyện ủy X", "Tin, ảnh: Minh An (Ban …)"
        if a in tail and self.credit_cue.fullmatch(folded, a, s):
            return True       # "Văn phòng Đảng ủy xã", "Theo Ban Tuyên giáo Tỉnh ủy X" closing the story
        if before.strip():
            return False
        # the author's body under the author's name in capitals ("NGUYỄN VĂN AN" / "Ban Dân vận Tỉnh ủy X")
        prev = text[:a].rstrip().rsplit("\n", 1)[-1].strip()
        p = self.degree.match(fold(prev))   # an optional rank: always matches
        at = p.end() if p else 0
        words = prev[at:].split()
        return (prev[at:].isupper() and 2 <= len(words) <= 5 and fold(words[0]) in self.titles.surnames
                and not self.titles.head_only.match(fold(prev), at))

    @staticmethod
    def _credit_lines(text: str) -> set[int]:
        """Lines after the story's last paragraph that may credit a source ("Văn phòng Đảng ủy xã").

        Short, not all in capitals (a signature block's "TỈNH ỦY X" is the issuer), no sentence; a
        body that fills such a line names where the story comes from, not a body in it.
        Returns the start of each such line.
        """
        out = set()
        for m in reversed(list(_LINE.finditer(text))):
            stripped = m.group().strip()
            if len(stripped) > WINDOWS.paragraph_min or _SENTENCE_MARK.search(stripped) and len(stripped.split()) >= 8:
                break
            if stripped and len(stripped) <= WINDOWS.credit_max and not stripped.isupper() \
                    and not _SENTENCE_MARK.search(stripped):
                out.add(m.start())
        return out

    @staticmethod
    @lru_cache(maxsize=16_384)
    def _key(folded_text: str) -> str:
        """Grouping key: punctuation and parenthesised abbreviations dropped ("Ủy ban Kiểm tra (UBKT) Tỉnh ủy" =
        "UBKT Tỉnh ủy"), "Thành ủy TP X" = "Thành ủy X" (abbreviations written out), "Thường vụ Tỉnh ủy" = "Ban
        Thường vụ Tỉnh ủy", "Ủy ban MTTQ Việt Nam tỉnh" = "Ủy ban MTTQ tỉnh" (the Front's name with or without its
        country).  Remembered per text (the same forms recur in every article)."""
        k = _NON_WORD.sub(" ", _PAREN_GROUP.sub(" ", folded_text)).strip()
        return _FRONT_COUNTRY.sub(r"\1", _BOARD_SHORT.sub(r"ban \1", _COMMITTEE_TP.sub(r"\1 ", k)))

    def _written_out(self, text: str, groups: dict[str, dict[str, Any]], parent: dict[str, str]) -> dict[str, str]:
        """The body each name written in initials is a form of: the one other body whose words after the same
        head have those initials ("Sở GD&ĐT" of "Sở Giáo dục và Đào tạo tỉnh Bắc Kạn", "Sở VH-TT&DL" of "Sở Văn
        hóa, Thể thao và Du lịch"; "và" has none) and whose rest is the short form's rest, or more of its place."""
        out: dict[str, str] = {}
        for k, g in groups.items():
            body = text[g["start"]:g["end"]]
            m = _INITIALS.search(body)
            if k in parent or m is None:
                continue
            head = self._key(fold(body[:m.start()]))
            rest = self._key(fold(body[m.end():]))
            letters = "".join(ch for ch in fold(m.group()) if ch.isalpha())
            found = [o for o in groups if o != k and o.startswith(head + " ")
                     and _rest_after(o[len(head) + 1:].split(), letters, rest)]
            if len(found) == 1:
                out[k] = found[0]
        return out

    def _group(self, text: str, folded: str, occ: list[_Mention]) -> list[dict[str, Any]]:
        """Merge forms of one body to the longest and keep the bodies that stand alone somewhere."""
        groups: dict[str, dict[str, Any]] = {}
        for s, e, level, kind, standalone, place in occ:
            k = self._key(fold(self.titles.expand(text[s:e])))   # "UBND tỉnh" = "Ủy ban nhân dân tỉnh"
            g = groups.setdefault(k, {"spans": [], "standalone": False, "level": level, "kind": kind,
                                      "rank": (0, False), "place": place})
            g["spans"].append([s, e])
            g["standalone"] |= standalone
            rank = (e - s, not text[s:e].isupper())   # the longest form; as the body writes it, not in capitals
            if rank > g["rank"]:
                g.update(rank=rank, start=s, end=e)
        keys = sorted(groups, key=len)
        parent: dict[str, str] = {}
        for k in keys:
            longer = [o for o in keys if len(o) > len(k) and o.startswith(k + " ")]
            maximal = [o for o in longer if not any(x != o and x.startswith(o + " ") for x in longer)]
            if len(maximal) == 1:
                parent[k] = maximal[0]
            elif len(maximal) > 1:
                parent[k] = ""          # one of several bodies: it is listed through them
        parent.update(self._written_out(text, groups, parent))   # "Sở GD&ĐT" is a form of "Sở Giáo dục và Đào tạo …"
        for k, p in parent.items():
            if p:
                groups[p]["standalone"] |= groups[k]["standalone"]
                groups[p]["spans"] += groups[k]["spans"]
        out = []
        for k, g in groups.items():
            if k in parent or not g["standalone"]:
                continue
            s, e = g["start"], g["end"]
            body = text[s:e]
            place = " ".join(g["place"].split()) if g["place"] else None
            out.append({"start": s, "end": e, "text": body, "level": g["level"], "kind": g["kind"],
                        "place": place, "mentions": sorted(g["spans"])})
        return sorted(out, key=lambda o: o["start"])


def _rest_after(words: list[str], letters: str, rest: str) -> bool:
    """Whether ``words`` open with words whose initials are ``letters`` ("và" has none) and go on with ``rest``,
    or with more of the place it starts ("tỉnh Nam Định" after "tỉnh"), or with anything when ``rest`` is empty."""
    got, i = "", 0
    while i < len(words) and len(got) < len(letters):
        if words[i] != "và":
            got += words[i][0]
        i += 1
    if got != letters or (i < len(words) and words[i] == "và"):
        return False
    tail = " ".join(words[i:])
    return not rest or tail == rest or tail.startswith(rest + " ")
