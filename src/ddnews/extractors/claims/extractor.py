"""Extract quantitative claims: counts, percentages, ratios, money and ranges, with change and modality.

The scanner (:mod:`.scan`) finds each number with its unit, comparator and qualifier; :mod:`.subjects`,
:mod:`.items`, :mod:`.pairs`, :mod:`.changes`, :mod:`.breakdowns`, :mod:`.lists`, :mod:`.modality`,
:mod:`.aims` and :mod:`.columns` read what the words around it say, and :mod:`.emit` lists each quantity once.
This module runs the passes in order, following ANNOTATION.md ("Claims in detail" and the "Decisions"):

* a from→to pair ("giảm từ 95 bản xuống còn 71 bản") is one claim with ``from_value``;
* the change comes from explicit cue words in the number's clause ("tăng", "giảm", "kết nạp", "xóa",
  "thành lập"), and list items and breakdown items share the change of the item they continue;
* a breakdown item that names only a category ("trong đó 564 nữ") counts the total's unit;
* modality is "target" when an aim cue (mục tiêu, chỉ tiêu, phấn đấu, dự kiến, sẽ …) comes before the
  number in its sentence, unless a result cue comes later; without a cue, the section decides
  (:mod:`ddnews.extractors.claim_sections`: "II. MỤC TIÊU", "QUYẾT NGHỊ: … Điều 1." in a rule or plan);
* a bound describing existing units ("các xã có tỷ lệ hộ nghèo trên 30%", "chi bộ có dưới 10 đảng viên") is
  an actual level without change, even in a plan;
* one quantity restated in another sentence is listed once: a headline or lead figure keeps the body's more
  precise statement, a restatement without the change or with "em"/"người" for the people counted is dropped;
* "từ N" in an aim is a lower bound; inside a rate's name "trên N" is no bound ("Tỷ lệ … trên 74 huyện là …");
* a flattened table ("Chỉ tiêu | Kế hoạch | Thực hiện") gives one claim per cell
  (:mod:`ddnews.extractors.claim_table`); page chrome (related-news lists too) gives none.

>>> from pathlib import Path
>>> from ddnews.extractors.base import Context
>>> from ddnews.text.normalize import fold
>>> ex = ClaimExtractor(Path("models/ddnews_vi/ddnews_claims"))
>>> t = "Toàn tỉnh đã giảm 193 thôn bản, 33 trường học chưa có chi bộ."
>>> [(c["value"], c["unit"], c["change"]) for c in ex(Context(t, fold(t)))]
[(193.0, 'thôn bản', 'decrease'), (33.0, 'trường học', 'decrease')]
"""
from __future__ import annotations

from bisect import bisect_right
from pathlib import Path
from typing import Any

from ..base import Context, Extractor
from .aims import AimShapes
from .breakdowns import Breakdowns
from .changes import ClaimChanges
from .columns import QuotaColumns
from .context import ClaimDoc
from .emit import ClaimEmitter
from .items import ClaimItems
from .lexicon import ClaimLexicon
from .lists import NamedLists
from .modality import ClaimModality
from .pairs import FromToPairs
from .scan import ClaimScanner
from .sections import ClaimSections
from .subjects import ClaimSubjects
from .table import ClaimTables


class ClaimExtractor(Extractor):
    """Quantitative claims of an article (``ctx.facts["claims"]``), one dict per claim.

    Args:
        data_dir: the ``ddnews_claims`` data folder (lexicons, validated and compiled once).
    """

    key = "claims"

    def __init__(self, data_dir: Path) -> None:
        self.lex = ClaimLexicon.load(Path(data_dir))
        self.scanner = ClaimScanner(self.lex)
        self.modality = ClaimModality(self.lex, ClaimSections.load(Path(data_dir)))
        self.items = ClaimItems(self.lex)
        self.lists = NamedLists(self.lex)
        self.aims = AimShapes(self.lex)
        self.columns = QuotaColumns(self.lex)
        self.subjects = ClaimSubjects(self.lex)
        self.tables = ClaimTables.load(self.lex, Path(data_dir))
        self.changes = ClaimChanges(self.lex)
        self.pairs = FromToPairs(self.lex, self.scanner, self.changes)
        self.breakdowns = Breakdowns(self.lex, self.changes)
        self.emitter = ClaimEmitter(self.lex)

    def find(self, ctx: Context) -> list[dict[str, Any]]:
        """Extract the claims of one article.

        Args:
            ctx: the article (``text``, ``folded``; ``blocked`` spans yield no claims).

        Returns:
            Claim dicts with ``start``/``end`` (evidence span), ``number_start``/``number_end``,
            ``value``, ``value_max``, ``denominator``, ``from_value``, ``unit``, ``qualifier``,
            ``change``, ``modality``, ``comparator`` and ``subject``.
        """
        text, folded = ctx.text, ctx.folded
        # page chrome (related-news lists included) is blanked in ctx.folded and listed in ctx.blocked
        cands = self.scanner.scan(text, folded, ctx.is_blocked if ctx.blocked else None)
        if not cands:
            return []
        doc = ClaimDoc.build(text, folded)
        # context cues are only read in sentences that hold a number, up to their last number
        doc.set_windows([c.number_start for c in cands])
        self.lists.number_runs(doc, cands)
        self.lists.shared_bounds(doc, cands)
        self.subjects.aliases(doc, cands)
        self.subjects.counters(doc, cands)
        self.subjects.labelled_counts(doc, cands)
        self.items.parts_of_totals(doc, cands)
        self.pairs.apply(doc, cands)
        self.changes.apply(doc, cands)
        self.items.named_items(doc, cands)
        self.items.passives(doc, cands)
        self.items.changed_wholes(doc, cands)
        self.items.paren_changes(doc, cands)
        self.items.averages(doc, cands)
        self.items.equivalents(doc, cands)
        self.items.quota_changes(doc, cands)
        self.breakdowns.apply(doc, cands)
        self.items.elliptic_items(doc, cands, self.scanner)
        self.items.sibling_lines(doc, cands)
        self.lists.apply(doc, cands)
        self.lists.bare_changes(doc, cands)
        self.lists.gapped_items(doc, cands)
        self.pairs.bare_increments(doc, cands)
        self.modality.assign(doc, cands, ctx.published)
        self.modality.thresholds(doc, cands)
        self.modality.scopes(doc, cands)
        self.aims.apply(doc, cands)
        self.columns.apply(doc, cands)
        self.pairs.from_bounds(doc, cands)
        self.pairs.rate_prepositions(doc, cands)
        self.tables.apply(doc, cands)
        out = self.emitter.emit(doc, cands)
        if ctx.facts:
            self._subjects(doc, ctx, out)
            out = self.items.subject_copies(doc, ctx.facts, out)
        return out

    # ------------------------------------------------------------------ subject

    def _subjects(self, doc: ClaimDoc, ctx: Context, claims: list[dict[str, Any]]) -> None:
        """Best effort: the named body or place a claim is about ("Đảng bộ huyện X (kết nạp 143 …)").

        The subject is the organization or location found by the earlier extractors that ends last
        before the number within the same clause (clauses end at ";", ":" and sentence ends).
        """
        bodies = sorted((f["end"], -f["start"], f["start"]) for key in ("organizations", "locations")
                         for f in ctx.facts.get(key, []) if isinstance(f, dict) and "start" in f and "end" in f)
        if not bodies:
            return
        ends = [b[0] for b in bodies]
        for claim in claims:
            n = claim["number_start"]
            k = bisect_right(ends, n) - 1
            if k >= 0 and bodies[k][2] >= doc.major(n):
                claim["subject"] = " ".join(doc.text[bodies[k][2]:bodies[k][0]].split())
