"""Blind probe sets: invented passages written by annotators who saw no code, each scored once before any rule
looked at it (first contact in docs/quality/first-contact-probes.txt), development data since.

Each probe set (tests/data/probes/<name>.jsonl, one passage a line with the gold of the fields it probes) is
extracted the way an article is and scored with the vendored scorer; the test fails when a probed figure drops
below its floor (today's figure minus 0.01, as in the quality gate).  The probes measure mechanisms of reporting
(tables, breakdowns, attendee lists, named departments, numbered villages …), not generalisation: that is the
sealed set's job (tests/test_quality_gate.py).
"""
from __future__ import annotations

import json
from pathlib import Path

import pytest

from ddnews.evaluation.score import score

PROBES = Path(__file__).resolve().parent / "data" / "probes"
# probe set -> the fields it annotates and the floors of its figures (scorer keys: "<field>.f1" or an accuracy)
FLOORS: dict[str, tuple[tuple[str, ...], dict[str, float]]] = {
    "claims": (("claims",), {"claims_exact.f1": 0.974}),
    "claims2": (("claims",), {"claims_exact.f1": 0.985}),
    "tables": (("claims",), {"claims.f1": 0.916, "claims_exact.f1": 0.812}),
    "articles": (("claims",), {"claims.f1": 0.973, "claims_exact.f1": 0.929}),
    "periods": (("claims",), {"claims_exact.f1": 0.954, "claims.period_accuracy": 0.94}),
    "officials": (("officials", "organizations", "locations"),
                  {"officials_exact.f1": 0.958, "organizations.f1": 0.96, "locations.f1": 0.976}),
    "officials2": (("officials", "organizations", "locations"),
                   {"officials_exact.f1": 0.974, "organizations.f1": 0.957, "locations.f1": 0.99}),
    "orgs": (("officials", "organizations", "locations"),
             {"officials_exact.f1": 0.99, "organizations.f1": 0.955, "locations.f1": 0.976}),
    "locations": (("officials", "organizations", "locations"),
                  {"officials_exact.f1": 0.978, "organizations.f1": 0.98, "locations.f1": 0.985}),
}


def _figure(scores: dict, key: str) -> float:
    head, _, tail = key.partition(".")
    return float(scores[head][tail])


def probe_scores(nlp, name: str) -> dict:
    """The scorer's figures for one probe set (a passage with a publication date gets its header line)."""
    from ddnews.api import iter_records

    fields, _ = FLOORS[name]
    items = [json.loads(line) for line in (PROBES / f"{name}.jsonl").read_text(encoding="utf-8").splitlines()]
    texts = [f"# published: {it['published']}\n\n{it['text']}" if it.get("published") else it["text"] for it in items]
    records = list(iter_records(texts, nlp=nlp))
    gold = {it["id"]: {f: it.get(f, []) for f in fields} for it in items}
    preds = {it["id"]: rec for it, rec in zip(items, records, strict=True)}
    return score(gold, preds)


@pytest.mark.parametrize("name", sorted(FLOORS))
def test_probe_figures_stay_above_their_floors(nlp, name):
    scores = probe_scores(nlp, name)
    low = {k: (_figure(scores, k), floor) for k, floor in FLOORS[name][1].items() if _figure(scores, k) < floor}
    assert not low, f"{name}: figures below their floors (figure, floor): {low}"
