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

from ..resources.admin_units import gazetteer, name_key
from .base import Context, Extractor
from .names import NAMES_DIR
from .names.places import PlaceGrammar
from .names.titles import grammar

_CHAIN = re.compile(r"\s*,\s*")


class LocationExtractor(Extractor):
    """Find administrative units (key ``locations``)."""

    key = "locations"

    def __init__(self, data_dir: Path | None = None, names_dir: Path = NAMES_DIR) -> None:
        self.titles = grammar(str(names_dir))
        self.places = PlaceGrammar(Path(names_dir), self.titles.surnames)
        gazetteer()   # build the unit index now, not inside the first article

    def find(self, ctx: Context) -> list[dict[str, Any]]:
        text, folded = ctx.text, ctx.folded
        occ: list[tuple[int, int, str, str, int]] = []     # start, end, level, word, name start
        for m in self.places.level_re.finditer(folded):
            if not self.places.level_at(text, folded, m.start()):
                continue
            word = m.group().rstrip(".")
            name = self.places.name_at(text, folded, m.end(), word, stop=self.titles.head_only)
            if name is None or name[0] == m.end() or ctx.is_blocked(m.start(), name[1]):
                continue
            if "|" in text[text.rfind("\n", 0, m.start()) + 1:text.find("\n", name[1]) % (len(text) + 1)]:
                continue          # a "Site A | Site B" link bar names sites, not places of the story
            if name[1] >= len(text.rstrip()) and not text[name[0]:name[1]].isdigit():
                continue          # cut off by the excerpt's end
            occ.append((m.start(), name[1], self.places.level_of[word], word, name[0]))
        groups: dict[tuple[str, str], dict[str, Any]] = {}
        for s, e, level, _word, ns in occ:
            key = (level, name_key(text[ns:e]))
            g = groups.setdefault(key, {"start": s, "end": e, "name_start": ns, "level": level, "mentions": []})
            g["mentions"].append([s, e])
            # the fullest form: the longest level word ("thành phố" over "TP")
            if (ns - s) > (g["name_start"] - g["start"]):
                g.update(start=s, end=e, name_start=ns)
        by_start = {s: (level, name_key(text[ns:e])) for s, e, level, word, ns in occ}
        out = []
        for key, g in groups.items():
            s, e = g["start"], g["end"]
            loc = {"start": s, "end": e, "text": text[s:e], "level": g["level"],
                   "name": text[g["name_start"]:e], "parent": None, "mentions": sorted(g["mentions"])}
            for _ms, me in loc["mentions"]:
                c = _CHAIN.match(text, me)
                nxt = by_start.get(c.end()) if c else None
                if nxt and nxt != key:
                    pg = groups[nxt]
                    loc["parent"] = text[pg["start"]:pg["end"]]
                    break
            out.append(loc)
        out.sort(key=lambda x: x["start"])
        return out
