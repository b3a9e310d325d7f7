"""The article's publication date, from its header, its date line near the top, or its own header.

Order (ANNOTATION.md, Decisions): the ``# published:`` header when it is a date; else the date line
attached to the article near the top of the body ("08:15 - Thứ Hai, 03/06/2024", "10:02' 5/9/2018",
an index marker " date 2026-01-13", an update stamp only when it is the only one); else, for the text
of a resolution itself, the date of its own header or issuing clause.  Never the URL, never a site
clock ("Hôm nay, ngày …").  Other date lines at the top are page chrome and are blocked.
"""
from __future__ import annotations

from pathlib import Path

import regex

from ..lexicon import load_tsv
from ..settings import WINDOWS
from ..text.dates import DATE_RE, parts, to_iso
from ..text.normalize import fold
from ..text.patterns import alternation
from .base import BlockReason, Context, Extractor, Found

_LINE = regex.compile(r"[^\n]+")
# An index marker opening a line (" date 2026-01-13"): the article's date, however long the line goes on.
_INDEX_MARKER = regex.compile(r"[ \t]*date[ \t]+(?P<iso>\d{4}-\d{2}-\d{2})(?![\d-])")
_TIME = regex.compile(r"(?<!\d)\d{1,2}\s*[:h]\s*\d{2}(?!\d)")


class PublishedExtractor(Extractor):
    """Decide the publication date; its fact (at most one) is the date line or document it came from."""

    key = "published"

    def __init__(self, data_dir: Path):
        rows = load_tsv(Path(data_dir) / "cues.tsv")
        by_role: dict[str, list[str]] = {}
        for r in rows:
            by_role.setdefault(r["role"], []).append(r["word"])
        self.stamp_re = regex.compile(rf"(?<!\w){alternation(by_role['weekday'] + by_role['stamp'])}(?!\w)")
        self.update_re = regex.compile(rf"(?<!\w){alternation(by_role['update'])}(?!\w)")

    def _date_lines(self, ctx: Context) -> list[dict]:
        """Short lines near the top made of a full date plus time/weekday/stamp words."""
        out = []
        for i, line in enumerate(_LINE.finditer(ctx.folded)):
            s, e = line.span()
            if i >= WINDOWS.date_line_top_lines or s > WINDOWS.date_line_top:
                break
            marker = _INDEX_MARKER.match(ctx.folded, s)
            if marker and to_iso(parts(DATE_RE.match(ctx.folded, marker.start("iso")))):
                e = marker.end()          # " date 2025-11-19 Ngày 19/11, …": the marker, whatever follows
            elif e - s > WINDOWS.date_line_max:
                continue
            for m in DATE_RE.finditer(ctx.folded, s, e):
                iso = to_iso(parts(m))
                if not iso or ctx.is_blocked(*m.span()):
                    continue
                rest = (ctx.folded[s:m.start()] + " " + ctx.folded[m.end():e]).strip(" ,.-|()[]")
                stamped = _TIME.search(rest) or self.stamp_re.search(rest) or self.update_re.search(rest)
                if stamped or not rest:
                    out.append({"start": m.start(), "end": m.end(), "value": iso, "line": (s, e),
                                "update": bool(self.update_re.search(rest))})
                    break
        return out

    def extract(self, ctx: Context) -> Found:
        lines = self._date_lines(ctx)
        chosen = None
        if ctx.header_published:
            chosen = next((d for d in lines if d["value"] == ctx.header_published), None)
        elif lines:
            plain = [d for d in lines if not d["update"]]
            chosen = (plain or lines)[-1]
        # every other date line at the top is a site clock or crawl stamp: chrome
        clocks: list[tuple[int, int, BlockReason]] = [(*d["line"], "chrome") for d in lines if d is not chosen]
        published = ctx.header_published or ctx.published
        facts: list[dict] = []
        if chosen:
            published = published or chosen["value"]
            if chosen["value"] == published:
                facts = [{"value": chosen["value"], "start": chosen["start"], "end": chosen["end"],
                          "source": "date-line", "rule": "date-line"}]
        elif not published:  # else from the header only: metadata, no evidence in the text
            own = self._own_document_date(ctx)
            if own:
                published, facts = own["value"], [own]
        return Found({self.key: facts}, blocked=clocks, published=published)

    @staticmethod
    def _own_document_date(ctx: Context) -> dict | None:
        """For a resolution's own text: the date of the document its header issues, or that its lead issues
        when the text opens with the document's kind ("Nghị quyết của Ban Chấp hành …" / "Ngày …, … đã ban
        hành Nghị quyết số …"); a news story citing an issued document is not that document."""
        first = ctx.folded.lstrip()[:60]
        for d in ctx.facts.get("documents", []):
            own_text = d.get("date_source") == "issued" and first.startswith(fold(d.get("kind") or "-"))
            if d.get("date") and (d.get("date_source") == "header" or own_text):
                s, e = d["mentions"][0]
                if s <= WINDOWS.document_lead:
                    return {"value": d["date"], "start": s, "end": e, "source": "document", "rule": "own-document"}
        return None
