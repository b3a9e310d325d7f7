"""Numbered Party/State documents: kind, number, symbol, own date, issuer, subject; one entry per document.

A citation is a kind word ("Nghị quyết", "Chỉ thị" …, from ``kinds.tsv``) followed by a number and an
optional symbol ("số 09 - NQ/TU" → number "09", symbol "NQ/TU"), a symbol citation without kind word
("Số: 15/2020/NQ-HĐND", kind read from the symbol via ``symbol_kinds.tsv``), or an abbreviated kind
("NQ 19").  Its own date follows it ("…, ngày 15/8/2021") or precedes it in the sentence that issues
it ("Ngày 2-4-2020, … đã ban hành Chỉ thị số 31-CT/TU").  Short later references ("Nghị quyết
09", "Nghị quyết này") become mentions of the full citation: one document, many mentions.
"""
from __future__ import annotations

import re
from collections.abc import Sequence
from pathlib import Path
from typing import Any

import regex

from ..lexicon import load_tsv, load_words, parse_jsonl_patterns
from ..settings import WINDOWS
from ..text.dates import DATE_RE, parts, to_iso
from ..text.normalize import fold
from ..text.patterns import alternation, trie_alternation
from .base import Context, Extractor, Found

_PART = r"[^\W\d_][^\W_]{0,11}"
_SYM = rf"(?P<sym>(?:\d{{4}}\s*/\s*)?{_PART}(?:\s*[-–/]\s*{_PART})*)"
_NUM = r"(?P<num>\d{1,5})"
# What may stand between a citation and its own date: punctuation and "(được) ban hành".
_TO_DATE = regex.compile(r"[\s,(:]*(?:(?:được\s+)?ban hành\s+)?(?:vào\s+)?")
_NGAY = regex.compile(r"ngày\s*")
# between an issuer and the own date: no comma (", ngày 12/3, Huyện ủy tổ chức …" opens an event)
_NGAY_AFTER_ISSUER = regex.compile(r"\s*(?:ban hành\s+)?(?:vào\s+)?ngày\s*")
# an issuer that runs on into another citation ("của Hội nghị Trung ương 7 và Kết luận số 114-KL/TW ngày …")
_ANOTHER_CITATION = regex.compile(r"/|(?<!\w)(?:số|và)(?!\w)")
_ISSUER = regex.compile(
    r"[\s,)]*của\s+(?P<iss>[^,;.()“”\"\n]{2,90}?)"
    r"(?=\s+(?:về|v/v|ngày|nhằm|đối với|trong|tại|thực hiện|quy định|hướng dẫn|ban hành|đã|yêu cầu)\b"
    r"|\s*[,;.()“”\"\n]|$)"
)
_SUBJECT = regex.compile(
    r"[\s,)]*(?:về\s+(?:việc\s+)?)?[“\"](?P<subj>[^”\"\n]{3,300})[”\"]|[\s,)]*về\s+(?:việc\s+)?(?P<subj2>[^;.()\n“”\"]{3,200})"
)
# The verb of an issuing clause right before the citation ("… đã ban hành", "… ký các", "… ký ban hành").
_ISSUED_BEFORE = regex.compile(r"[^.;\n]{0,180}?\b(?:ban hành|ký(?:\s+ban\s+hành)?)(?:\s+các)?\s+$")
# The place-and-date line of a document header: "<Tỉnh>, ngày 14 tháng 7 năm 2022".
_PLACE_DATE = regex.compile(r"(?m)^[^\S\n]*[^\W\d][^,\n]{0,40},[^\S\n]*$")
_DATED = regex.compile(r"\s*,?\s*ngày\s*\d{1,2}\s*[-/.]\s*\d{1,2}")
_DECIMAL_AFTER = regex.compile(r"[.,]\d|\s*%")
# One more number and symbol in a list of citations of one kind ("…/QĐ-TTg và 625/QĐ-TTg").
_NEXT_CITATION = re.compile(rf"\s*(?:,|và)\s*(?:số\s*)?{_NUM}\s*(?P<sep>[-–/])\s*{_SYM}(?![\w])")
_TIME_AFTER = regex.compile(r"\s*(?:năm|tháng|ngày|tuổi|giờ|phút|%|lần)\b")


class DocumentExtractor(Extractor):
    """Find numbered documents and named ones; the contract is :class:`~ddnews.extractors.base.Extractor`.

    >>> from ddnews.extractors.base import Context
    >>> from ddnews.text.normalize import fold
    >>> ex = DocumentExtractor(DEFAULT_DIR)
    >>> t = "thực hiện Nghị quyết số 09 - NQ/TU, ngày 15/8/2021 của Ban Chấp hành Đảng bộ tỉnh"
    >>> d = ex(Context(t, fold(t)))[0]
    >>> d["kind"], d["number"], d["symbol"], d["date"], d["issuer"]
    ('Nghị quyết', '09', 'NQ/TU', '2021-08-15', 'Ban Chấp hành Đảng bộ tỉnh')
    """

    key = "documents"

    def __init__(self, data_dir: Path):
        data_dir = Path(data_dir)
        self.kind_of = {fold(r["word"]): r["kind"] for r in load_tsv(data_dir / "kinds.tsv")}
        self.abbr_kind: dict[tuple[str, str], str] = {}
        for r in load_tsv(data_dir / "symbol_kinds.tsv", key=("abbr", "separator")):
            self.abbr_kind[(fold(r["abbr"]), r["separator"])] = r["kind"]
        kinds = alternation(self.kind_of)
        mods = alternation(load_words(data_dir / "modifiers.tsv"))
        refs = alternation(load_words(data_dir / "references.tsv"))
        abbrs = trie_alternation({a for a, _ in self.abbr_kind}, not_after=r"[\w/-]")
        # The citation patterns are stdlib ``re`` (2-3x faster here) and are tried only where a kind word
        # stands (one scan finds them all; the scans' word-start test comes after the first letter, see
        # trie_alternation).
        self.kind_scan = re.compile(trie_alternation(self.kind_of, not_after=r"\w") + r"(?!\w)")
        self.cite_re = re.compile(
            rf"(?<![\w])(?P<kind>{kinds})(?:\s+{mods})?\s+(?:(?P<so>số)\s*:?\s*)?{_NUM}"
            rf"(?:\s*(?P<sep>[-–/])\s*{_SYM})?(?![\w])"
        )
        # "Luật Chứng khoán số 54/2019/QH14": a named document with its number (symbol required)
        self.named_cite_re = re.compile(
            rf"(?<![\w])(?P<kind>{kinds})\s+(?P<name>[^\d\n,.;:()“”\"]{{2,80}}?)\s+số\s*:?\s*{_NUM}"
            rf"\s*(?P<sep>[-–/])\s*{_SYM}(?![\w])"
        )
        self.bare_symbol_re = re.compile(rf"(?P<so>số)(?<!\wsố)\s*:?\s*{_NUM}\s*(?P<sep>[-–/])\s*{_SYM}(?![\w])")
        self.abbr_re = re.compile(rf"(?P<abbr>{abbrs})\s+(?:số\s*)?{_NUM}(?![\w/.,-])")
        self.ref_re = re.compile(rf"(?<![\w])(?P<kind>{kinds})\s+(?:{refs})(?![\w])")
        self.named = parse_jsonl_patterns((data_dir / "named_patterns.jsonl").read_text(encoding="utf-8"),
                                          data_dir / "named_patterns.jsonl")

    # ------------------------------------------------------------------ citations
    def _symbol(self, text: str, m: regex.Match) -> str | None:
        """The symbol as printed, spaces removed; None when it does not look like a symbol."""
        if not m.group("sym"):
            return None
        raw = text[m.start("sym"):m.end("sym")]
        sym = regex.sub(r"\s+", "", raw).replace("–", "-")
        alpha_parts = [p for p in regex.split(r"[-/]", sym) if p and not p.isdigit()]
        # A symbol is written in capitals ("NQ/TU", "QĐi/TU", "QĐ-TTg"); "09 - một" is not one.
        if not alpha_parts or any(not p[0].isupper() for p in alpha_parts):
            return None
        if sum(c.isupper() for c in sym) < 2:
            return None
        return sym

    def kind_from_symbol(self, symbol: str) -> str | None:
        """Kind named by the first kind abbreviation inside a symbol ("2020/NQ-HĐND" → Nghị quyết)."""
        pieces = regex.split(r"([-/])", symbol)
        for i in range(0, len(pieces), 2):
            abbr = fold(pieces[i])
            sep = pieces[i + 1] if i + 1 < len(pieces) else ""
            kind = self.abbr_kind.get((abbr, sep)) or self.abbr_kind.get((abbr, ""))
            if kind:
                return kind
        return None

    def _own_date(self, ctx: Context, start: int, end: int, header: bool = False,
                  cited: Sequence[tuple[int, int]] = ()) -> tuple[str | None, int, str | None]:
        """The document's own date written right after the citation (or in the issuing clause before it).

        ``header`` citations ("Số: 15/2020/NQ-HĐND" opening a document) take the date of the header's
        place-and-date line that follows them.
        """
        f = ctx.folded
        if header:
            for m in DATE_RE.finditer(f, end, min(len(f), end + WINDOWS.document_date_lookahead)):
                line_start = f.rfind("\n", 0, m.start()) + 1
                iso = to_iso(parts(m))
                if iso and m.group("verbal") and _PLACE_DATE.match(f, line_start, m.start()):
                    return iso, end, "header"
        p = _TO_DATE.match(f, end).end()
        for q in (p, _NGAY.match(f, p).end() if _NGAY.match(f, p) else None):
            if q is None:
                continue
            m = DATE_RE.match(f, q)
            if m:
                iso = to_iso(parts(m))
                if iso:
                    return iso, m.end(), "after"
        # "Ngày 2-4-2020, Ban Thường vụ … đã ban hành Chỉ thị số 31-CT/TU"
        lo = max(0, start - WINDOWS.issuing_clause_lookback)
        for m in reversed(list(DATE_RE.finditer(f, lo, start))):
            iso = to_iso(parts(m))
            if any(a <= m.start() < b for a, b in cited):
                continue  # the own date of an earlier citation ("Hướng dẫn số 12 ngày 6/7/2018 …, … ban hành")
            if iso and _ISSUED_BEFORE.fullmatch(f, m.end(), start):
                return iso, end, "issued"
        return None, end, None

    def _details(self, ctx: Context, pos: int) -> tuple[str | None, str | None]:
        """Issuer ("của Ban Chấp hành Đảng bộ tỉnh") and subject (quoted or "về …") after a citation."""
        issuer = subject = None
        m = _ISSUER.match(ctx.folded, pos)
        if m:
            issuer = ctx.text[m.start("iss"):m.end("iss")].strip()
            pos = m.end()
        m = _SUBJECT.match(ctx.folded, pos)
        if m:
            g = "subj" if m.group("subj") else "subj2"
            subject = ctx.text[m.start(g):m.end(g)].strip()
        return issuer, subject

    def _listed_citations(self, ctx: Context, end: int, kind: str, found: list[dict]) -> list[tuple[int, int]]:
        """Documents of the same kind listed after a citation ("Quyết định số 624/QĐ-TTg và 625/QĐ-TTg"):
        each number with its own symbol after "," or "và" is one more citation.  Returns their spans."""
        spans: list[tuple[int, int]] = []
        head = found[-1]
        while True:
            m = _NEXT_CITATION.match(ctx.folded, end)
            symbol = self._symbol(ctx.text, m) if m else None
            if m is None or symbol is None:
                return spans
            found.append(self._cite(ctx, m.start("num"), m.end("sym"), kind, m.group("num"), symbol,
                                    cited=_spans(found)))
            if found[-1]["date"] is None and head["date_source"] == "issued":
                found[-1]["date"], found[-1]["date_source"] = head["date"], head["date_source"]
            spans.append((m.start("num"), m.end("sym")))
            end = m.end("sym")

    def _numbered(self, ctx: Context, m: re.Match[str], found: list[dict]) -> list[tuple[int, int]]:
        """A kind word with its number (and symbol): the citation and those listed after it, appended to
        ``found``; returns their spans (none when the number is a duration or a quantity)."""
        text, f = ctx.text, ctx.folded
        kind = self.kind_of[" ".join(m.group("kind").split())]
        symbol = self._symbol(text, m)
        end = m.end("sym") if symbol else m.end("num")
        if symbol is None:
            # A bare number needs "số" or a capitalised kind word, and must not be a duration/quantity.
            if not m.group("so") and not text[m.start()].isupper():
                return []
            if _TIME_AFTER.match(f, end) and not _DATED.match(f, end):
                return []          # "35 ngày" is a duration; "số 35 ngày 30/5/2019" a document and its date
            if _DECIMAL_AFTER.match(f, end):
                return []          # "Nghị quyết 0,36%": a quantity, no document number
        found.append(self._cite(ctx, m.start(), end, kind, m.group("num"), symbol or "", cited=_spans(found)))
        return [(m.start(), end), *(self._listed_citations(ctx, end, kind, found) if symbol else [])]

    def _citations(self, ctx: Context) -> tuple[list[dict], list[int]]:
        """Every citation (not yet merged) and the positions of every kind word."""
        text, f = ctx.text, ctx.folded
        found: list[dict] = []
        taken: list[tuple[int, int]] = []

        def free(s: int, e: int) -> bool:
            return not any(a < e and s < b for a, b in taken)

        kind_at = [k.start() for k in self.kind_scan.finditer(f)]
        for m in filter(None, (self.cite_re.match(f, k) for k in kind_at)):
            taken += self._numbered(ctx, m, found)
        for m in filter(None, (self.named_cite_re.match(f, k) for k in kind_at)):
            symbol = self._symbol(text, m)
            if not symbol or not free(m.start(), m.end()):
                continue
            kind = self.kind_of[" ".join(m.group("kind").split())]
            cite = self._cite(ctx, m.start(), m.end("sym"), kind, m.group("num"), symbol, cited=_spans(found))
            cite["title"] = text[m.start():m.end("name")]
            found.append(cite)
            taken.append((m.start(), m.end()))
        for m in self.bare_symbol_re.finditer(f):
            symbol = self._symbol(text, m)
            if not symbol or not free(m.start(), m.end()):
                continue
            symbol_kind = self.kind_from_symbol(symbol)
            if symbol_kind:
                header = f.rfind("\n", 0, m.start()) + 1 == m.start()
                found.append(self._cite(ctx, m.start(), m.end("sym"), symbol_kind, m.group("num"), symbol, header,
                                        _spans(found)))
                taken.append((m.start(), m.end()))
        for m in self.abbr_re.finditer(f):
            abbr = text[m.start("abbr"):m.end("abbr")]
            if not free(m.start(), m.end()) or not abbr[0].isupper() or sum(c.isupper() for c in abbr) < 2:
                continue
            abbr_kind = self.abbr_kind.get((fold(abbr), "")) or self.abbr_kind.get((fold(abbr), "/"))
            if abbr_kind:
                found.append(self._cite(ctx, m.start(), m.end(), abbr_kind, m.group("num"), "", cited=_spans(found)))
                taken.append((m.start(), m.end()))
        return found, kind_at

    def _cite(self, ctx: Context, start: int, end: int, kind: str, number: str, symbol: str, header: bool = False,
              cited: Sequence[tuple[int, int]] = ()) -> dict[str, Any]:
        """One citation at [start, end) with its own date, issuer and subject."""
        date, date_end, source = self._own_date(ctx, start, end, header, cited)
        if date is None and (im := _ISSUER.match(ctx.folded, end)) is not None \
                and not _ANOTHER_CITATION.search(im.group("iss")):
            # "Nghị quyết 35-NQ/TU của Tỉnh ủy ngày 25/10/2021": the own date after the issuer
            m = _NGAY_AFTER_ISSUER.match(ctx.folded, im.end())
            d = DATE_RE.match(ctx.folded, m.end()) if m else None
            iso = to_iso(parts(d)) if d else None
            if d is not None and iso:
                date, source = iso, "after"
        issuer, subject = self._details(ctx, date_end)
        return {"kind": kind, "number": number, "symbol": symbol, "date": date, "date_source": source,
                "issuer": issuer, "subject": subject, "start": start, "end": max(end, date_end)}

    # ------------------------------------------------------------------ linking
    @staticmethod
    def _link(cites: list[dict], refs: list[tuple[int, int, str]]) -> list[dict]:
        """Merge citations of the same document; attach short references as mentions."""
        cites.sort(key=lambda c: c["start"])
        docs: list[dict] = []
        by_key: dict[tuple[str, str, str], dict] = {}
        for c in (c for c in cites if c["symbol"]):
            key = (c["kind"], c["number"].lstrip("0"), c["symbol"].upper())
            doc = by_key.get(key)
            if doc is None:
                doc = dict(c, mentions=[])
                by_key[key] = doc
                docs.append(doc)
            doc["mentions"].append([c["start"], c["end"]])
            _fill(doc, c)
        for c in (c for c in cites if not c["symbol"]):
            same = [d for d in docs if d["kind"] == c["kind"] and d["number"].lstrip("0") == c["number"].lstrip("0")]
            before = [d for d in same if d["start"] < c["start"]]
            doc = (before[-1] if before else same[0]) if same else None
            if doc is None:
                doc = dict(c, mentions=[])
                docs.append(doc)
            doc["mentions"].append([c["start"], c["end"]])
            _fill(doc, c)
        for s, e, kind in refs:  # "Nghị quyết này" → the latest document of that kind cited before
            before = [d for d in docs if d["kind"] == kind and min(m[0] for m in d["mentions"]) < s]
            if before:
                max(before, key=lambda d: max(m[0] for m in d["mentions"] if m[0] < s))["mentions"].append([s, e])
        for d in docs:
            d["mentions"].sort()
            d["start"], d["end"] = min(d["mentions"], key=lambda m: (m[0] != d["start"], m[0]))
        docs.sort(key=lambda d: d["start"])
        return docs

    def _named(self, ctx: Context, cited: list[tuple[int, int]]) -> list[dict]:
        out, seen = [], set()
        for pat in self.named:
            hay = ctx.text if pat.get("on") == "text" else ctx.folded
            for m in pat["compiled"].finditer(hay):
                s, e = m.span()
                if any(a < e and s < b for a, b in cited):
                    continue
                while e > s and ctx.text[e - 1].isspace():
                    e -= 1
                name = " ".join(ctx.text[s:e].split())  # a header may wrap a title over lines
                key = fold(name)
                if key not in seen:
                    seen.add(key)
                    out.append({"text": name, "start": s, "end": e, "pattern_id": pat["id"]})
        return sorted(out, key=lambda d: d["start"])

    def extract(self, ctx: Context) -> Found:
        cites, kind_at = self._citations(ctx)
        refs = [(m.start(), m.end(), self.kind_of[" ".join(m.group("kind").split())])
                for m in filter(None, (self.ref_re.match(ctx.folded, k) for k in kind_at))]
        docs = self._link(cites, refs)
        spans = [(c["start"], c["end"]) for c in cites]
        return Found({self.key: docs, "named_documents": self._named(ctx, spans)},
                     blocked=[(s, e, "citation") for s, e in spans])


def _spans(cites: list[dict]) -> list[tuple[int, int]]:
    return [(c["start"], c["end"]) for c in cites]


def _fill(doc: dict, cite: dict) -> None:
    """Complete a document's details from another citation of it (first stated value wins)."""
    if not doc["date"] and cite["date"]:
        doc["date"], doc["date_source"] = cite["date"], cite["date_source"]
    for k in ("issuer", "subject"):
        doc[k] = doc[k] or cite[k]


DEFAULT_DIR = Path(__file__).resolve().parents[3] / "models" / "ddnews_vi" / "ddnews_documents"
