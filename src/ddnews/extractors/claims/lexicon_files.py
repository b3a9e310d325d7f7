"""Read and validate the claim extractor's data files (``models/.../ddnews_claims/*.tsv``): every file by its
name, each checked against the values its columns allow (the first bad entry fails, naming file and line)."""
from __future__ import annotations

from pathlib import Path

from ...errors import DataFileError, Errors
from ...lexicon import check_allowed, line_of, load_tsv

CHANGES = {"increase", "decrease", "admit", "eliminate", "establish", "none"}
CHANGE_APPLIES = {"any", "count", "member", "percent"}
MODALITIES = {"target", "actual"}
SCOPES = {"sentence", "clause", "prefix", "between"}
CONDITIONS = {"", "future_year", "past_year", "ignore", "verb", "weak"}
COMPARATORS = {">", ">=", "<", "<=", "~", "none"}
POSITIONS = {"before", "after"}
GROUPS = {"member", "person", "org", "org_place", "place", "thing", "measure", "money"}
EXCLUDE_BEFORE = {"ordinal", "document", "year", "date", "address", "chrome", "chrome_colon", "guard"}
EXCLUDE_AFTER = {"time", "chrome", "guard", "fixed"}
OPEN_KINDS = {"function", "verb", "time", "rank", "pronoun", "container"}
ROLES = {"breakdown", "coordination", "from", "to", "qualifier_stop", "function", "threshold_class", "threshold_have",
         "threshold_then", "counter", "average", "passive", "lead_in", "achieved", "achieved_after", "locative",
         "classifier", "person_classifier", "aim_noun", "equivalent", "of_total", "total_reset", "aim_source",
         "assign_to", "duty_each", "duty_not", "object_marker", "label_lead", "label_link", "admin_level", "aim_opener",
         "reported", "column_aim", "column_result", "indicator_noun", "grade", "verb_body", "allot"}

_Rows = tuple[dict[str, str], ...]   # the rows of one data file


def _read(d: Path) -> dict[str, _Rows]:
    """Every claims data file of ``d`` by its name without ``.tsv``, validated file by file in a fixed order
    (the first bad entry fails, naming file and line)."""
    units = load_tsv(d / "units.tsv")
    check_allowed(d / "units.tsv", units, {"group": GROUPS})
    labels = load_tsv(d / "breakdown_labels.tsv")
    scales = load_tsv(d / "scales.tsv")
    check_allowed(d / "scales.tsv", scales, {"money": {"yes", "no"}})
    for row in scales:
        try:
            float(row["factor"])
        except ValueError:
            reason = f"factor '{row['factor']}' of '{row['word']}' is not a number"
            line = line_of(d / "scales.tsv", row["word"])
            raise DataFileError(Errors.E102.format(path=d / "scales.tsv", line=line, reason=reason),
                                code="E102") from None
    change = load_tsv(d / "change_cues.tsv")
    check_allowed(d / "change_cues.tsv", change, {"change": CHANGES})
    check_allowed(d / "change_cues.tsv", change, {"applies": CHANGE_APPLIES})
    blockers = load_tsv(d / "change_blockers.tsv")
    modality = load_tsv(d / "modality_cues.tsv")
    check_allowed(d / "modality_cues.tsv", modality, {"modality": MODALITIES})
    check_allowed(d / "modality_cues.tsv", modality, {"scope": SCOPES})
    check_allowed(d / "modality_cues.tsv", modality, {"condition": CONDITIONS})
    comps = load_tsv(d / "comparators.tsv")
    check_allowed(d / "comparators.tsv", comps, {"comparator": COMPARATORS})
    check_allowed(d / "comparators.tsv", comps, {"position": POSITIONS})
    ex_before = load_tsv(d / "exclusions_before.tsv")
    check_allowed(d / "exclusions_before.tsv", ex_before, {"kind": EXCLUDE_BEFORE})
    ex_after = load_tsv(d / "exclusions_after.tsv")
    check_allowed(d / "exclusions_after.tsv", ex_after, {"kind": EXCLUDE_AFTER})
    structure = load_tsv(d / "structure_cues.tsv")
    check_allowed(d / "structure_cues.tsv", structure, {"role": ROLES})
    open_units = load_tsv(d / "open_units.tsv")
    check_allowed(d / "open_units.tsv", open_units, {"kind": OPEN_KINDS})
    return {"units": units, "open_units": open_units, "breakdown_labels": labels, "scales": scales,
            "change_cues": change, "change_blockers": blockers, "modality_cues": modality, "comparators": comps,
            "exclusions_before": ex_before, "exclusions_after": ex_after, "structure_cues": structure}
