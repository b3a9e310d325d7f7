"""Named list items: bare counts after the names of the units they belong to, sharing a counted item's unit.

Reports break a quota or a result down by unit as a list of names and bare numbers (ANNOTATION.md: one claim
per quantity; a list shares a unit written once):

* "Đảng bộ A chỉ tiêu phát triển 150 đảng viên mới; B 110; C 90" — each "name N" after a counted item counts
  the same thing, with the same change and the same modality;
* "5 chức sắc được kết nạp …, như A kết nạp được 2, B là 1" — an item with its own change verb counts what the
  last count with that change counted;
* "C và D mỗi đơn vị kết nạp được 1" — "mỗi" after several names gives one claim per name;
* "xã A kết nạp 5; xã B kết nạp 3 đảng viên" — a bare count after a change verb shares the unit the sentence
  writes once, with its last item; "kết nạp được 9/7, đạt 128%" counts the members the paragraph speaks of.

The name is the item's qualifier.  A bare number after a capitalised word is often part of a name ("Đội 6",
"Công nghiệp 4.0"), so an item without a verb of its own is taken only in a run of two or more such items.

>>> from ddnews.extractors.base import Context
>>> from ddnews.extractors.claims import ClaimExtractor
>>> from ddnews.nlp.components import DATA_DIR
>>> from ddnews.text.normalize import fold
>>> ex = ClaimExtractor(DATA_DIR / "claims")
>>> t = "Chỉ tiêu kết nạp: Đảng bộ xã A 20 đảng viên; Tân Lạc 15; Hòa Phong 12."
>>> [(c["value"], c["unit"], c["change"]) for c in ex(Context(t, fold(t)))]
[(20.0, 'đảng viên', 'admit'), (15.0, 'đảng viên', 'admit'), (12.0, 'đảng viên', 'admit')]
"""
from __future__ import annotations

from dataclasses import replace

import regex

from .context import ClaimDoc
from .lexicon import ClaimLexicon
from .scan import Candidate

# what closes a list item after its number
_ITEM_CLOSE = regex.compile(r"[ \t]*(?:[;,.)\n]|(?:và|hoặc)(?![\p{L}\p{M}])|$)")
# what separates list items before a name
_ITEM_SEP = regex.compile(r"[;,:\n]")
# words that open a list item before its name ("như A kết nạp được 2", "gồm A 3")
_OPENER = regex.compile(r"(?<![\p{L}\p{M}])(?:như|gồm|gồm có|cụ thể|trong đó)(?![\p{L}\p{M}])[ \t:,]*")
_NAME = regex.compile(r"\p{Lu}[\p{L}\p{M}.]*(?:[ \t]+[\p{L}\p{M}.]+){0,4}")
_COPULA = regex.compile(r"[ \t]+(?:là|có|được|đạt)[ \t]*$")
_EACH = regex.compile(r"(?<![\p{L}\p{M}])mỗi(?![\p{L}\p{M}])")
# between the numbers of a run that share one counted noun: "6, 8 và 11 đảng viên"
_RUN_JOIN = regex.compile(r"[ \t]*,?[ \t]*(?:(?:và|hoặc)(?![\p{L}\p{M}])[ \t]*)?")
_NAME_JOIN = regex.compile(r"[ \t]*(?:,|(?<![\p{L}\p{M}])và(?![\p{L}\p{M}]))[ \t]*")
_MEMBER_LOOKBACK = 400  # the paragraph an admission's members were named in
_MAX_WORDS = 12  # "C và D mỗi đơn vị kết nạp được 1"


class NamedLists:
    """The named-list rule above, built once with the claim lexicon."""

    def __init__(self, lex: ClaimLexicon) -> None:
        self.lex = lex

    def apply(self, doc: ClaimDoc, cands: list[Candidate]) -> None:
        """Give the bare counts of named list items their unit, change and qualifier; add one claim per name
        of an item stated for each of several names ("C và D mỗi đơn vị kết nạp được 1")."""
        last: Candidate | None = None   # the last item taken: the next item continues its run
        pending: list[tuple[Candidate, Candidate, str | None, int, int]] = []
        extra: list[tuple[int, Candidate]] = []
        for i, c in enumerate(cands):
            item = self._item(doc, cands, i)
            if item is None:
                pending = []
                continue
            ante, change, name_start, name_end = item
            if change is None and ante is not last:
                if not pending or pending[-1][1] is not ante:
                    pending = [(c, ante, change, name_start, name_end)]
                    continue  # a single "name N" after a count may be a name with a number ("Đội 6")
                for p in pending:
                    self._take(doc, *p)
            pending = []
            self._take(doc, c, ante, change, name_start, name_end)
            last = c
            extra.extend((i, copy) for copy in self._each_name(doc, c, name_start, name_end))
        for i, copy in reversed(extra):
            cands.insert(i + 1, copy)

    def _item(self, doc: ClaimDoc, cands: list[Candidate], i: int) -> tuple[Candidate, str | None, int, int] | None:
        """(antecedent, own change, name start, name end) when ``cands[i]`` is a named list item."""
        f, text, c = doc.folded, doc.text, cands[i]
        if c.unit is not None or c.label is not None or c.consumed or c.percent or c.qty.value_max \
                or c.qty.denominator or c.from_value is not None or not _ITEM_CLOSE.match(f, c.number_end):
            return None
        sent = doc.sentence(c.number_start)
        prev = next((t for t in reversed(cands[:i]) if not t.consumed and t.unit is not None), None)
        if prev is None or doc.sentence(prev.number_start) != sent:
            return None
        start = max(prev.place_end, prev.unit_end, prev.number_end, sent)
        for m in _ITEM_SEP.finditer(f, start, c.number_start):
            start = m.end()
        for m in _OPENER.finditer(f, start, c.number_start):  # "… 4 đảng bộ huyện như A kết nạp được 2"
            start = m.end()
        start += len(f[start:c.number_start]) - len(f[start:c.number_start].lstrip(" \t-–+*•"))
        nm = _NAME.match(text, start, c.number_start)
        words = f[start:c.number_start].split()
        if not nm or not words or len(words) > _MAX_WORDS or any(ch.isdigit() for ch in f[start:c.number_start]):
            return None
        found = self.lex.last_change(f, start, c.number_start)
        change = found[0] if found and found[0] != "none" else None
        name_end = found[2].start() if found and change else c.number_start
        each = _EACH.search(f, start, name_end)
        name_end = each.start() if each else name_end
        cm = _COPULA.search(f, start, name_end)
        name_end = cm.start() if cm else name_end
        ante = prev if change is None else self._with_change(doc, cands, i, change)
        if ante is None or ante.percent:
            return None
        return ante, change, start, name_end

    @staticmethod
    def number_runs(doc: ClaimDoc, cands: list[Candidate]) -> None:
        """A run of bare numbers joined by commas and "và" shares the counted noun written after its last one
        ("lần lượt kết nạp 6, 8 và 11 đảng viên"); the change then runs down the list from its first item."""
        f = doc.folded
        run: list[Candidate] = []
        for c in cands:
            joined = bool(run) and _RUN_JOIN.fullmatch(f, run[-1].number_end, c.number_start) is not None
            if not joined:
                run = []
            if c.unit is None and c.label is None and not c.percent and not c.consumed and c.from_value is None:
                run.append(c)
                continue
            if run and joined and c.unit is not None and not c.percent and c.group not in ("money", "measure"):
                for t in run:
                    t.unit, t.unit_key, t.group = c.unit, c.unit_key, c.group
                    t.unit_start = t.unit_end = 0
            run = []

    def shared_bounds(self, doc: ClaimDoc, cands: list[Candidate]) -> None:
        """"ít nhất 25 tổ chức đảng và 60 đảng viên": a lower bound written before the first of counts joined by
        "và" or commas bounds each of them (an upper or approximate bound is left to its own count)."""
        f = doc.folded
        bound = False
        for prev, c in zip(cands, cands[1:], strict=False):
            bound = bound or (prev.comparator == ">=" and prev.ev_start < prev.number_start
                              and self.lex.comparator_before.search(f, prev.ev_start, prev.number_start) is not None)
            if bound and c.comparator is None and c.unit is not None and c.percent == prev.percent \
                    and _RUN_JOIN.fullmatch(f, max(prev.end, prev.number_end), c.number_start):
                c.comparator = ">="
            else:
                bound = False

    def gapped_items(self, doc: ClaimDoc, cands: list[Candidate]) -> None:
        """A list item that names its unit and counts its noun without a verb ("Đảng bộ thị xã A kết nạp 23 đảng
        viên; Đảng bộ huyện B 18 đảng viên"): the verb of the item before is left out, its change goes on."""
        f, text = doc.folded, doc.text
        for i in range(1, len(cands)):
            c, prev = cands[i], cands[i - 1]
            if c.change is not None or c.unit is None or c.consumed or c.percent or prev.consumed \
                    or prev.change is None or prev.unit_key != c.unit_key or prev.from_value is not None:
                continue
            if doc.sentence(prev.number_start) != doc.sentence(c.number_start):
                continue
            sep = f.rfind(";", prev.number_end, c.number_start)
            start = sep + 1 + len(f[sep + 1:c.number_start]) - len(f[sep + 1:c.number_start].lstrip(" \t"))
            nm = _NAME.fullmatch(text, start, c.number_start - 1) if sep >= 0 else None
            last = text[start:c.number_start].split()[-1:] if nm else []
            if not last or not last[0][:1].isupper() or self.lex.last_change(f, start, c.number_start) is not None \
                    or any(ch.isdigit() for ch in f[start:c.number_start]):
                continue
            c.change = prev.change

    def bare_changes(self, doc: ClaimDoc, cands: list[Candidate]) -> None:
        """A bare count right after an admission, establishment or removal: "xã A kết nạp 5; xã B kết nạp 3 đảng
        viên" shares the unit written once with the last item of its sentence; "Đảng bộ xã kết nạp được 9/7, đạt
        128%" counts the members the paragraph spoke of (the last noun of members written before it)."""
        f = doc.folded
        for i, c in enumerate(cands):
            if c.unit is not None or c.label is not None or c.consumed or c.percent \
                    or c.change not in ("admit", "establish", "eliminate"):
                continue
            if not (_ITEM_CLOSE.match(f, c.number_end) or self.lex.achieved.match(f, c.number_end + 1)):
                continue
            sent = doc.sentence(c.number_start)
            later = next((t for t in cands[i + 1:] if not t.consumed and t.unit is not None and t.change == c.change
                          and not t.percent and doc.sentence(t.number_start) == sent), None)
            if later is not None:
                c.unit, c.unit_key, c.group = later.unit, later.unit_key, later.group
            elif c.change == "admit":
                self._member_before(doc, c)
            c.unit_start = c.unit_end = 0

    def _member_before(self, doc: ClaimDoc, c: Candidate) -> None:
        """Give ``c`` the last noun of members written before it in its paragraph, if any."""
        f = doc.folded
        para = max(f.rfind("\n\n", 0, c.number_start), c.number_start - _MEMBER_LOOKBACK, 0)
        members = [m for m in self.lex.unit_find.finditer(f, para, c.number_start)
                   if self.lex.unit_group.get(" ".join(m["unit"].split())) == "member"]
        if members:
            m = members[-1]
            c.unit = " ".join(doc.text[m.start("unit"):m.end("unit")].split())
            c.unit_key, c.group = " ".join(m["unit"].split()), "member"

    @staticmethod
    def _with_change(doc: ClaimDoc, cands: list[Candidate], i: int, change: str) -> Candidate | None:
        """The last count before ``cands[i]`` in its sentence or the one before with ``change``."""
        sent = doc.sentence(cands[i].number_start)
        home = doc.sentence(sent - 1) if sent > 0 else sent
        for t in reversed(cands[:i]):
            if doc.sentence(t.number_start) < home:
                return None
            if not t.consumed and t.unit is not None and t.change == change and not t.percent:
                return t
        return None

    @staticmethod
    def _take(doc: ClaimDoc, c: Candidate, ante: Candidate, change: str | None, name_start: int,
              name_end: int) -> None:
        c.unit, c.unit_key, c.group = ante.unit, ante.unit_key, ante.group
        c.unit_start = c.unit_end = 0
        c.change = change or ante.change
        c.qualifier = " ".join(doc.text[name_start:name_end].split()).strip(" ,") or None
        c.ev_start = min(c.ev_start, name_start)

    @staticmethod
    def _each_name(doc: ClaimDoc, c: Candidate, name_start: int, name_end: int) -> list[Candidate]:
        """Copies of ``c`` for the second and later names of "C và D mỗi đơn vị kết nạp được 1"."""
        f = doc.folded
        if not _EACH.search(f, name_end, c.number_start):
            return []
        cuts = [name_start] + [m.end() for m in _NAME_JOIN.finditer(f, name_start, name_end)]
        ends = [m.start() for m in _NAME_JOIN.finditer(f, name_start, name_end)] + [name_end]
        names = [(a, b) for a, b in zip(cuts, ends, strict=True) if f[a:b].strip()]
        if len(names) < 2:
            return []
        c.qualifier = " ".join(doc.text[names[0][0]:names[0][1]].split())
        return [replace(c, qualifier=" ".join(doc.text[a:b].split()), ev_start=a) for a, b in names[1:]]
