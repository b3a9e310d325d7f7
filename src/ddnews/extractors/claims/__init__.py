"""Quantitative claims, as a family of small named passes over number candidates.

``lexicon`` (built by ``lexicon_files`` and ``lexicon_patterns`` from ``data/claims/``) holds the vocabulary;
``scan`` finds numbers and their units, ``context`` gives sentences and clauses, ``subjects`` reads counted
nouns written before the number, ``pairs`` from→to pairs, ``changes`` the change cue of each number and lists
that share one, ``items`` lists, passives and quotas, ``breakdowns`` the items of a total, ``lists`` lists of
named units with bare numbers, ``modality`` decides actual vs target from cue words (and aim paragraphs),
``aims`` from the shape of a phrase, ``sections`` reads target sections of plan texts, ``table`` flattened
tables, ``emit`` merges restatements into one claim each, and ``extractor`` runs the passes in order.

How the fields are decided (ANNOTATION.md, Decisions; every word list is data in ``data/claims/``):

* **unit** — the counted noun phrase after the number: the longest counted noun of ``units.tsv`` (compounds
  that make a term of their own: "tổ chức công đoàn", "đoàn viên công đoàn", "đơn vị sự nghiệp"), a classifier
  with its noun ("lượt khách", "nhóm nhiệm vụ"), nouns of one family coordinated into one unit ("tỉnh ủy, thành
  ủy", "trưởng thôn, tổ trưởng tổ dân phố"), administrative levels after a body ("đảng bộ xã, phường"); status
  words, settlements after a body ("chi bộ thôn, làng"), levels ("lãnh đạo cấp phòng") and abbreviations
  ("sản phẩm OCOP") go to the qualifier.  A generic counting noun ("người", "đồng chí", "em") counts the noun
  the clause is about; a bare number after its label counts the label's noun ("Tổng số đảng viên: 1.385",
  "…; chi bộ cơ sở 143"), after a unit's defined abbreviation that noun ("hội viên (HV) … 185 HV").
* **change** — from explicit words only (``change_cues.tsv``): in the number's clause (or, for a number right
  after a label's colon, in the label), a passive after the counted noun and its description ("… được kết nạp
  vào Đảng", "được Đảng ủy đồng ý kết nạp"), paraphrases ("đứng vào hàng ngũ của Đảng"), the quota a count is
  ("chỉ tiêu kết nạp …: A 12 đảng viên"), a restatement in another measure ("tương đương"), a breakdown's total;
  look-alikes (training, proposals: "bồi dưỡng kết nạp", "xem xét kết nạp") and resulting totals ("nâng tổng
  số … lên") give none.
* **modality** — a target section, else the last cue of the sentence (``modality_cues.tsv``: aims, plans,
  estimates of results "ước đạt" as actual, results measured against an aim "đạt 96% so kế hoạch"), else the
  shape of the phrase: an aim's value in a parenthesis or quotation, a duty of each ("mỗi đảng viên phụ trách 3
  hộ"), a breakdown of an aimed total are targets; recipients of an assignment, counts of aims ("17 chỉ tiêu")
  and things whose own predicate says "đã" are actual.
* **restatements** — one claim per quantity: a headline or lead figure restated in the body keeps the body's
  (more precise) statement; a count restated without its change or as "em"/"người" is dropped.
"""
from .extractor import ClaimExtractor

__all__ = ["ClaimExtractor"]
