"""Organizations: named bodies of the political system, once each, in their fullest written form.

A body is parsed from a head of ``org_heads.tsv`` by its kind:

* organ ("Ban Thường vụ", "Ủy ban Kiểm tra") + the body it belongs to, or "Trung ương";
* committee ("Tỉnh ủy") + an optional place ("Tỉnh ủy Hòa Bình", "Thành ủy TP Mỹ Phước");
* unit ("Đảng bộ", "Chi bộ", "UBND", "Công an", "Hội Nông dân") + a level word and place
  ("huyện X", "tỉnh", "phường 2"), a bloc ("Khối các cơ quan tỉnh"), a nested body ("Đảng ủy UBND
  tỉnh") or a named unit ("Chi bộ Trung tâm Y tế huyện X");
* department ("Sở", "Bộ") + a capitalised field name; national ("Bộ Chính trị") as written.

Every body inside a longer one is a nested occurrence.  A body is listed when it stands alone
somewhere: not nested, not inside any title phrase (titles are computed here with the officials'
title grammar from the sibling ``ddnews_officials`` directory, so the extractor works without
``ctx.facts``), not in a byline ("Thu Hà (Huyện ủy X)") or a site banner, not generic ("Đảng ủy các xã",
"các Huyện ủy"), not in page chrome.  Forms of one body ("Tỉnh ủy" / "Tỉnh ủy X"; "Thành ủy X" /
"Thành ủy TP X") are merged to the longest.
"""
from __future__ import annotations

import re
from pathlib import Path
from typing import Any

import regex

from ..lexicon import load_tsv, load_words
from ..resources.admin_units import gazetteer
from ..settings import WINDOWS
from ..text.normalize import fold
from ..text.patterns import trie_alternation
from .base import Context, Extractor
from .names import NAMES_DIR
from .names.capitals import Tok, token_at
from .names.places import PlaceGrammar
from .names.titles import grammar

# A party bloc named after its members ("Khối các cơ quan và doanh nghiệp tỉnh").
_BLOC = re.compile(
    r"khối(?:\s+(?:các\s+)?(?:cơ\s+quan(?:\s+dân\s+chính\s+đảng)?|doanh\s+nghiệp)(?:\s+và\s+doanh\s+nghiệp)?"
    r"(?:\s+trung\s+ương)?)?(?!\w)")
_NON_WORD = re.compile(r"\W+")
# Words before a title that make it a group's ("các đại biểu …", "những đồng chí Ủy viên …", "92 đại biểu …",
# "cuộc bầu cử đại biểu Quốc hội"), and what joins the titles of such a group's list
_GROUP_BEFORE = re.compile(
    r"(?<!\w)(?:các|những|\d+|bầu[ \t]+cử|ứng[ \t]+cử)[ \t]+(?:(?:đồng[ \t]+chí|vị)[ \t]+)?$")
_LIST_JOIN = re.compile(r"[ \t]*(?:,|và)[ \t]*")
_COUNT_BEFORE = re.compile(r"(?<![\w.,/\-])\d{1,3}[ \t]+$")   # a count right before a body word ("3 Thành ủy")
_COMMITTEE_TP = re.compile(r"(ủy) (?:tp|thành phố) ")
# A byline naming the author's body: "Minh An (Huyện ủy X)" alone on a line.
_BYLINE = regex.compile(r"^[ \t]*\p{Lu}\p{Ll}*(?: \p{Lu}\p{Ll}*){0,3}[ \t]*\([^()\n]{3,80}\)[ \t.]*$", regex.M)
_LINE = re.compile(r"^.*$", re.M)
# "Trung ương", also abbreviated "T.Ư" ("Ban Tổ chức T.Ư", "Ban Chấp hành T.Ư Đảng")
_CENTRAL = re.compile(r"\s+(?:trung\s+ương|t\.\s?ư)(?:\s+đảng)?(?!\w)")
_COMMITTEE_LEVEL = {"tỉnh": "province", "huyện": "district", "thành": "city", "thị": "town", "quận": "district"}
# What a credit line may hold before the body it credits: a cue ("Tin, ảnh:", "Theo", "Nguồn:") and/or
# the author's name, in any case, then "(" or a dash ("Minh An - Ban Tổ chức Huyện ủy X").
_CREDIT_NAME = r"(?-i:\p{Lu}\p{L}*\.?(?: \p{Lu}\p{L}*){0,3})"
_SENTENCE_MARK = re.compile(r"[,;!?]|\.(?:\s|$)")   # a banner is a name, not a sentence
_STOP = frozenset("về được của tại trong với cho đã có là và thuộc trực từ đến theo nhằm để sẽ đang vừa "
                  "năm ngày tháng khóa nhiệm lần".split())
# Levels whose bare word still names one body ("Đảng bộ tỉnh", "Đảng ủy xã"); "Chi bộ xóm" is a kind.
# Unit heads that may be followed by a named unit, and mass organisations listed even without one.
_NAMED = tuple(fold(w) for w in ("Đảng", "Chi bộ", "Hội", "Đoàn", "Liên đoàn"))
_SOCIAL = tuple(fold(w) for w in ("Hội ", "Đoàn ", "Liên đoàn", "Tỉnh đoàn", "Huyện đoàn"))
_STATE_ORGANS = frozenset({"văn phòng"})   # organs that serve a national body ("Văn phòng Chính phủ")
_BARE_OK = frozenset({"province", "city", "district", "town", "township", "commune", "ward"})
# One body found while parsing: start, end, level, kind, nesting depth, place name.
_Occ = tuple[int, int, str | None, str, int, str | None]
# One occurrence as grouped: start, end, level, kind, written on its own, place name.
_Mention = tuple[int, int, str | None, str, bool, str | None]


def _title_cased(written: str, canonical: str) -> bool:
    """Whether ``written`` starts its words in the case of the lexicon's ``canonical`` form ("Ban Chấp hành",
    not "Ban chấp hành": a lower-case word is a common noun phrase, not the organ's name)."""
    words = written.split()
    return len(words) >= len(canonical.split()) and all(
        w[:1].isupper() == c[:1].isupper() for w, c in zip(words, canonical.split(), strict=False))


class OrganizationExtractor(Extractor):
    """Find named Party and State bodies (key ``organizations``)."""

    key = "organizations"

    def __init__(self, data_dir: Path, names_dir: Path = NAMES_DIR) -> None:
        d = Path(data_dir)
        rows = load_tsv(d / "org_heads.tsv")
        self.kind = {fold(r["head"]): r["kind"] for r in rows}
        self.head_re = re.compile(rf"(?<!\w){trie_alternation(self.kind)}(?!\w)")
        self.generic_after = re.compile(rf"\s+{trie_alternation(load_words(d / 'generic_blockers.tsv'))}(?!\w)")
        self.named_plural = re.compile(rf"\s+{trie_alternation(load_words(d / 'named_plurals.tsv'))}(?!\w)")
        self.organ_mod = re.compile(rf"\s+{trie_alternation(load_words(d / 'organ_modifiers.tsv'))}(?!\w)")
        self.bare_organs = {" ".join(fold(w).split()): w for w in load_words(d / "bare_organs.tsv")}
        prefixes = load_tsv(d / "generic_prefixes.tsv")
        self.prefix_kind = {fold(r["phrase"]): r["kind"] for r in prefixes}
        off = Path(names_dir)
        cue = rf"(?:{trie_alternation(load_words(off / 'byline_cues.tsv'))})[ \t]*:?[ \t]*"
        self.credit_cue = re.compile(rf"[ \t]*(?:{cue})?")
        self.credit_named = regex.compile(rf"[ \t]*(?:{cue})?{_CREDIT_NAME}[ \t]*(?:\(|[-–][ \t])[ \t]*", regex.I)
        ranks = [r["cue"] for r in load_tsv(off / "person_cues.tsv") if r["kind"] == "rank"]
        self.degree = re.compile(rf"(?:{trie_alternation(ranks)}\s*)?")
        self.site_re = re.compile(rf"(?<!\w){trie_alternation(load_words(d / 'site_markers.tsv'))}(?!\w)")
        self.generic_before = re.compile(rf"(?<!\w){trie_alternation(self.prefix_kind)}\s+$")
        self.titles = grammar(str(off))
        fields = [r["word"] for r in load_tsv(off / "title_words.tsv") if r["group"] == "field"]
        self.field_re = re.compile(rf"{trie_alternation(fields)}(?!\w)")
        self.places = PlaceGrammar(off, self.titles.surnames)
        gazetteer()   # build the unit index now, not inside the first article

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
            name = self.places.name_at(text, folded, lv.end(), word, stop=self.head_re)
            if name:
                return name[1], level, text[name[0]:name[1]]
            return (lv.end(), level, None) if level in _BARE_OK else None
        if committee and (t.is_name_word or t.is_cap and t.text.isupper() and len(t.text) > 1) and t.low not in _STOP:
            # a capitalised function word opens the next sentence ("… Ban Thường vụ huyện ủy Trong đó …")
            name = self.places.name_at(text, folded, pos, None, committee=True, stop=self.head_re)
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

    def _named_unit(self, text: str, folded: str, pos: int) -> int | None:
        """A named unit after "Đảng bộ"/"Chi bộ"/"Sở": capitalised words, few lower-case ones between."""
        t = token_at(text, folded, pos)
        if t is None or not t.is_cap or self.places.level_at(text, folded, t.start):
            return None
        end, p, lower = t.end, t.end, 0
        f = self.field_re.match(folded, t.start)
        if f and f.end() > t.end:      # "Bộ Nội vụ", "Sở Tài nguyên và môi trường": a field in lower case
            end = p = f.end()
        else:
            end = p = self._compound_end(text, folded, t)   # "Bộ Công an", "Đảng bộ Cơ quan …"
        while True:
            t = token_at(text, folded, p)
            if t is None:
                break
            c = self.head_re.match(folded, t.start) if t.is_cap else None
            if c and self.kind[" ".join(c.group().split())] == "committee":
                pl = self._place(text, folded, c.end(), committee=True)
                end = pl[0] if pl else c.end()     # "Chi bộ Văn phòng Huyện ủy": the committee closes it
                break
            lv = self.places.level_at(text, folded, t.start)
            pl = self._place(text, folded, t.start) if lv else None
            if pl:
                end = pl[0]
                break
            if lv and not text[t.start].islower():
                end = lv.end()
                break
            if lv:          # "Các khu công nghiệp tỉnh X": a level word with no name is a common noun
                if lower >= WINDOWS.unit_lower_words_max:
                    break
                lower += 1
                p = lv.end()
                continue
            if t.is_cap or t.is_group:
                end, lower = t.end, 0
                f = self.field_re.match(folded, t.start)
                if f and f.end() > t.end:
                    end = p = f.end()
                    continue
                if t.is_cap and self._compound_end(text, folded, t) > t.end:
                    end = p = self._compound_end(text, folded, t)
                    continue
            elif t.text in "-–":
                pass
            elif t.is_word and t.low not in _STOP and lower < WINDOWS.unit_lower_words_max:
                lower += 1
            else:
                break
            p = t.end
        return end

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
                and not self._named_generic(text, start, head_end, ga):
            return None
        if kind == "committee":
            pl = self._place(text, folded, head_end, committee=True)
            end = pl[0] if pl else head_end
            out.append((start, end, _COMMITTEE_LEVEL.get(head.split()[0]), "committee", depth, pl[2] if pl else None))
            return end
        if kind == "department":
            named = self._named_unit(text, folded, head_end)
            if named is None or not text[start].isupper():
                return None
            out.append((start, named, None, "department", depth, None))
            return named
        return self._unit(text, folded, start, head_end, head, out, depth)

    @staticmethod
    def _national(folded: str, start: int, head_end: int, head: str, out: list[_Occ], depth: int) -> int:
        """A national body ("Bộ Chính trị"): as written, "Ban Chấp hành" with its "Trung ương (Đảng)"."""
        c = _CENTRAL.match(folded, head_end) if head.startswith(("ban chấp hành", "ban bí thư")) else None
        end = c.end() if c else head_end
        out.append((start, end, None, "national", depth, None))
        return end

    def _organ(self, text: str, folded: str, start: int, head_end: int, head: str, out: list[_Occ],
               depth: int) -> int | None:
        """An organ ("Ban Thường vụ", "Văn phòng"): which body it belongs to ("… Tỉnh ủy X", "… Trung ương",
        "Văn phòng Quốc hội"); None when it names none (a bare organ, or an organ of an organ)."""
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
            return self._bare_organ(text, folded, start, head_end, head, out, depth)
        inner_head = " ".join(m.group().split())
        inner_kind = self.kind[inner_head]
        if inner_kind == "national" and t.is_cap and head in _STATE_ORGANS:
            national = self._national(folded, m.start(), m.end(), inner_head, [], depth + 1)
            out.append((start, national, None, "organ", depth, None))    # "Văn phòng Quốc hội"
            out.append((m.start(), national, None, "national", depth + 1, None))
            return national
        if inner_kind in ("organ", "national"):
            return None
        inner: list[_Occ] = []
        end = self.parse(text, folded, m.start(), m.end(), inner, depth + 1)
        if end is None:
            if inner_kind == "unit" and not self.generic_after.match(folded, m.end()):
                # "Ban Chấp hành đảng bộ khóa 10", "bầu Ban Chấp hành Đảng bộ": the organ of the article's Đảng bộ
                return self._bare_organ(text, folded, start, m.end(), head, out, depth)
            return None
        level = inner[0][2] if inner else None
        out.append((start, end, level, "organ", depth, inner[0][5] if inner else None))
        out.extend(inner)
        return end

    def _bare_organ(self, text: str, folded: str, start: int, end: int, head: str, out: list[_Occ],
                    depth: int) -> int | None:
        """An organ written without its committee that still names one body ("bầu Ban Thường vụ gồm 13 đồng
        chí", "các đồng chí trong Ban Thường vụ, Ban Chấp hành"): only the organs of ``bare_organs.tsv``,
        capitalised; a bare organ inside a title phrase is left out later like any body there."""
        if head not in self.bare_organs or not _title_cased(text[start:end], self.bare_organs[head]):
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
        pl = self._place(text, folded, head_end)
        if pl:
            out.append((start, pl[0], pl[1], "unit", depth, pl[2]))
            return pl[0]
        t = token_at(text, folded, head_end, cross_line=True)
        m = self.head_re.match(folded, t.start) if t is not None else None
        if t is not None and m and self.kind[" ".join(m.group().split())] in ("unit", "department", "committee") \
                and t.is_cap:
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
        if head.startswith(_SOCIAL):
            out.append((start, head_end, None, "unit", depth, None))
            return head_end
        return None

    # ------------------------------------------------------------------ main
    def find(self, ctx: Context) -> list[dict[str, Any]]:
        text, folded = ctx.text, ctx.folded
        title_spans = self._personal_titles(folded, self.titles.find(text, folded))
        skip = self._bylines_and_banners(text, folded)
        credits = self._credit_lines(text)
        occ: list[_Mention] = []
        pos = 0
        for m in self.head_re.finditer(folded):
            if m.start() < pos:
                continue
            found: list[_Occ] = []
            end = self.parse(text, folded, m.start(), m.end(), found)
            if end is None or end >= len(text.rstrip()):
                continue          # a body cut off by the excerpt's end is not complete
            pos = end
            for s, e, level, kind, depth, place in found:
                standalone = depth == 0 and self._stands_alone(ctx, s, e, title_spans, skip, credits)
                if standalone and self._generic(folded, s, kind, place):
                    standalone = False
                occ.append((s, e, level, kind, standalone, place))
        return self._group(text, folded, occ)

    @staticmethod
    def _personal_titles(folded: str, titles: list[Any]) -> list[tuple[int, int]]:
        """The spans of the title phrases that are one person's post.  A title written for a group ("các đại
        biểu HĐND tỉnh", "các đồng chí Ủy viên Ban Thường vụ, Ủy viên Ban Chấp hành …", and the titles listed
        after it) names no one's post, so the bodies inside it are written on their own."""
        out: list[tuple[int, int]] = []
        group_end = -1
        for t in titles:
            if _GROUP_BEFORE.search(folded, max(0, t.start - 20), t.start) or (
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
        return skip

    def _stands_alone(self, ctx: Context, s: int, e: int, title_spans: list[tuple[int, int]],
                      skip: list[tuple[int, int]], credits: set[int]) -> bool:
        """Whether a top-level body at [s, e) is written on its own: capitalised, not inside a title phrase,
        a blocked span, a byline or banner, a credit line or a "Site A | Site B" link bar."""
        text = ctx.text
        return (text[s].isupper()
                and not any(a <= s < b for a, b in title_spans)
                and not ctx.is_blocked(s, e)
                and not any(a <= s < b for a, b in skip)
                and not self._credit(text, ctx.folded, s, e, credits)
                and "|" not in text[text.rfind("\n", 0, s) + 1:text.find("\n", e) % (len(text) + 1)])

    def _generic(self, folded: str, s: int, kind: str, place: str | None) -> bool:
        """Whether the words before a body at ``s`` make it no body of the story: the name of a law ("Luật Tổ
        chức Chính phủ") or, for a committee without a place, a plural ("các Huyện ủy")."""
        g = self.generic_before.search(folded, max(0, s - WINDOWS.generic_prefix_lookback), s)
        if g and self.prefix_kind[" ".join(g.group().split())] == "document":
            return True
        if place is None and _COUNT_BEFORE.search(folded, max(0, s - 12), s):
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
    def _key(folded_text: str) -> str:
        """Grouping key: punctuation dropped, "Thành ủy TP X" = "Thành ủy X" (abbreviations written out)."""
        k = _NON_WORD.sub(" ", folded_text).strip()
        return _COMMITTEE_TP.sub(r"\1 ", k)

    def _group(self, text: str, folded: str, occ: list[_Mention]) -> list[dict[str, Any]]:
        """Merge forms of one body to the longest and keep the bodies that stand alone somewhere."""
        groups: dict[str, dict[str, Any]] = {}
        for s, e, level, kind, standalone, place in occ:
            k = self._key(fold(self.titles.expand(text[s:e])))   # "UBND tỉnh" = "Ủy ban nhân dân tỉnh"
            g = groups.setdefault(k, {"spans": [], "standalone": False, "level": level, "kind": kind, "len": 0,
                                      "place": place})
            g["spans"].append([s, e])
            g["standalone"] |= standalone
            if e - s > g["len"]:
                g.update(len=e - s, start=s, end=e)
        keys = sorted(groups, key=len)
        parent: dict[str, str] = {}
        for k in keys:
            longer = [o for o in keys if len(o) > len(k) and o.startswith(k + " ")]
            maximal = [o for o in longer if not any(x != o and x.startswith(o + " ") for x in longer)]
            if len(maximal) == 1:
                parent[k] = maximal[0]
            elif len(maximal) > 1:
                parent[k] = ""          # one of several bodies: it is listed through them
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
