"""Mark page chrome (view counters, site clocks, navigation, file names) so no fact comes from it.

Patterns live in ``ddnews_chrome/patterns.jsonl`` and run line by line; a match becomes a chrome span
that later extractors skip (it is added to ``ctx.blocked``).
"""
from __future__ import annotations

from pathlib import Path

import regex

from ..lexicon import parse_jsonl_patterns
from .base import Context

_LINE = regex.compile(r"[^\n]+")


class ChromeExtractor:
    """Find chrome spans; output dicts carry ``start``, ``end`` and the ``pattern_id`` that fired."""

    key = "chrome"

    def __init__(self, data_dir: Path):
        path = Path(data_dir) / "patterns.jsonl"
        self.patterns = parse_jsonl_patterns(path.read_text(encoding="utf-8"), path)
        for pat in self.patterns:  # "^"/"$" anchor each line: patterns run line by line
            pat["compiled"] = regex.compile(pat["pattern"], regex.V1 | regex.MULTILINE)

    def __call__(self, ctx: Context) -> list[dict]:
        out = []
        for line in _LINE.finditer(ctx.text):
            s, e = line.span()
            for pat in self.patterns:
                hay = ctx.text if pat.get("on") == "text" else ctx.folded
                for m in pat["compiled"].finditer(hay, s, e):
                    if m.end() > m.start():
                        out.append({"start": m.start(), "end": m.end(), "pattern_id": pat["id"]})
        ctx.blocked.extend((c["start"], c["end"]) for c in out)
        return out
