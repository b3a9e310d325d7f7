"""Locations: administrative units written with their level word, once each.

Every level word of ``levels.tsv`` followed by a name ("huyện X", "TP. X", "phường 2", "Khóm 16")
anywhere in the text — inside body names and titles too — is a unit mention (see
:class:`~ddnews.extractors.places.PlaceGrammar`).  Mentions of one unit ("TP X" / "thành phố X") are
merged to the fullest written form; a chain "bản A, xã B, huyện C" gives each unit its ``parent``
(the next unit's text) and lists each unit on its own.  Linking them to codes and coordinates is a
later stage (``ddnews_link``, :mod:`ddnews.link.gazetteer`).
"""
from __future__ import annotations

import re
from pathlib import Path
from typing import Any

from ..lexicon import load_tsv, load_words
from ..resources.admin_units import gazetteer
from ..settings import WINDOWS
from ..text.normalize import fold
from ..text.patterns import trie_alternation
from ..text.sentences import link_bar
from .base import Context, Extractor
from .names import NAMES_DIR
from .names.places import PlaceGrammar
from .names.titles import grammar

_LIST_COLON = re.compile(r"[ \t]*:[ \t]*")
_CHAIN = re.compile(r"\s*,\s*")
_LIST_SEP = re.compile(r"[ \t]*(?:,|\bvà\b)[ \t]*")



class LocationExtractor(Extractor):
    """Find administrative units (key ``locations``)."""

    key = "locations"

    def __init__(self, data_dir: Path | None = None, names_dir: Path = NAMES_DIR) -> None:
        self.titles = grammar(str(names_dir))
        self.places = PlaceGrammar(Path(names_dir), self.titles.surnames)
        rows = load_tsv(Path(names_dir) / "plural_words.tsv")
        plurals = trie_alternation([r["word"] for r in rows if r["kind"] != "examples"])
        self.plural_before = re.compile(rf"(?<!\w)(?:{plurals}|\d+)\s+$")
        # "các thôn vùng cao của xã như A, B": a few words describing the units, then the word opening their names
        examples = trie_alternation([r["word"] for r in rows if r["kind"] == "examples"])
        self.examples_open = re.compile(
            rf"(?:[ \t]+[^\W\d]+){{0,{WINDOWS.list_description_words}}}?[ \t]+(?:{examples})[ \t]+")
        self.unlisted = frozenset(fold(w) for w in load_words(Path(names_dir) / "unlisted_levels.tsv"))
        gazetteer()   # build the unit index now, not inside the first article

    def find(self, ctx: Context) -> list[dict[str, Any]]:
        text, folded = ctx.text, ctx.folded
        occ: list[tuple[int, int, str, str, int]] = []     # start, end, level, word, name start
        display: dict[tuple[int, int], str] = {}           # places listed under one level word: "xã B"
        for m in self.places.level_re.finditer(folded):
            if not self.places.level_at(text, folded, m.start()):
                continue
            word = m.group().rstrip(".")
            if word in self.unlisted:
                continue          # "xóm X": a place the guideline does not list
            name = self.places.name_at(text, folded, m.end(), word, stop=self.titles.head_only)
            colon = (_LIST_COLON.match(text, m.end()) or self.examples_open.match(folded, m.end())) \
                if name is None else None
            if colon and self.plural_before.search(folded, max(0, m.start() - 12), m.start()):
                # "3 xã: A, B, C", "các thôn vùng cao như A, B": the list after a colon or an opening word, each name
                # under the level word
                name = self.places.name_at(text, folded, colon.end(), word, stop=self.titles.head_only)
                if name is not None and name[0] == colon.end() and text[name[0]].isupper():
                    display[(m.start(), name[1])] = f"{text[m.start():m.end()]} {text[name[0]:name[1]]}"
                else:
                    name = None
            glued = name is not None and name[0] == m.end() and not m.group().endswith(".")   # "TP.Tam Kỳ" is one
            if name is None or glued or ctx.is_blocked(m.start(), name[1]):
                continue
            if link_bar(text[text.rfind("\n", 0, m.start()) + 1:text.find("\n", name[1]) % (len(text) + 1)]):
                continue          # a "Site A | Site B" link bar names sites, not places of the story
            if name[1] >= len(text.rstrip()) and not text[name[0]:name[1]].isdigit():
                continue          # cut off by the excerpt's end
            level = self.places.level_of[word]
            occ.append((m.start(), name[1], level, word, name[0]))
            for ns, ne in self._listed(ctx, m.start(), name[1], word):
                occ.append((ns, ne, level, word, ns))
                display[(ns, ne)] = f"{text[m.start():m.end()]} {text[ns:ne]}"
        groups: dict[tuple[str, str], dict[str, Any]] = {}
        by_start: dict[int, tuple[str, str]] = {}
        g_units = gazetteer()
        for s, e, level, _word, ns in occ:
            key = by_start[s] = (level, g_units.unit_key(text[ns:e]))     # a city by its initials: written out
            # the fullest form: the name written out, not by its initials; the longest level word ("thành phố"
            # over "TP"); then as the body writes it, not in a headline's capitals ("HUYỆN X") nor opening a
            # sentence ("Xã Y")
            rank = (g_units.by_initials(text[ns:e]) is None, ns - s, not text[s:e].isupper(), text[s].islower())
            g = groups.setdefault(key, {"start": s, "end": e, "name_start": ns, "level": level, "mentions": [],
                                        "rank": rank})
            g["mentions"].append([s, e])
            if rank > g["rank"]:
                g.update(start=s, end=e, name_start=ns, rank=rank)
        out = []
        for key, g in groups.items():
            s, e = g["start"], g["end"]
            loc = {"start": s, "end": e, "text": display.get((s, e), text[s:e]), "level": g["level"],
                   "name": text[g["name_start"]:e], "parent": None, "mentions": sorted(g["mentions"])}
            for _ms, me in loc["mentions"]:
                c = _CHAIN.match(text, me)
                nxt = by_start.get(c.end()) if c else None
                if nxt and nxt[0] != key[0]:     # a unit of another level ("xã A, huyện B"), not a list
                    pg = groups[nxt]
                    loc["parent"] = text[pg["start"]:pg["end"]]
                    break
            out.append(loc)
        out.sort(key=lambda x: x["start"])
        return out

    def _listed(self, ctx: Context, start: int, end: int, word: str) -> list[tuple[int, int]]:
        """Places listed under one level word ("các tỉnh A, B và C", "3 xã A, B, C"): the names after the
        first, each after "," or "và", when a plural or a count stands before the level word."""
        text, folded = ctx.text, ctx.folded
        out: list[tuple[int, int]] = []
        if not self.plural_before.search(folded, max(0, start - 12), start):
            return out          # "xã A, B": B is rather A's district, written without its level word
        pos = end
        while True:
            sep = _LIST_SEP.match(text, pos)
            if sep is None or self.places.level_at(text, folded, sep.end()):
                return out
            name = self.places.name_at(text, folded, sep.end(), word, stop=self.titles.head_only)
            if name is None or name[0] != sep.end() or not text[name[0]].isupper() or ctx.is_blocked(*name):
                return out
            out.append(name)
            pos = name[1]
