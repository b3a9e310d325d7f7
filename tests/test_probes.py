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
# the fields a probe set annotates: its claims, its people and bodies, or all of them
CLAIMS = ("claims",)
PEOPLE = ("officials", "organizations", "locations")
ALL = ("claims", *PEOPLE)
# probe set -> the fields it annotates and the floors of its figures (scorer keys: "<field>.f1" or an accuracy)
FLOORS: dict[str, tuple[tuple[str, ...], dict[str, float]]] = {
    "claims": (CLAIMS, {"claims_exact.f1": 0.974}),
    "claims2": (CLAIMS, {"claims_exact.f1": 0.985}),
    "tables": (CLAIMS, {"claims.f1": 0.952, "claims_exact.f1": 0.904}),
    "articles": (CLAIMS, {"claims.f1": 0.976, "claims_exact.f1": 0.934}),
    "periods": (CLAIMS, {"claims_exact.f1": 0.958, "claims.period_accuracy": 0.944}),
    "reports2": (CLAIMS, {"claims.f1": 0.981, "claims_exact.f1": 0.944, "claims.period_accuracy": 0.903}),
    "claims3": (CLAIMS, {"claims.f1": 0.982, "claims_exact.f1": 0.954, "claims.period_accuracy": 0.914}),
    "claims4": (CLAIMS, {"claims.f1": 0.984, "claims_exact.f1": 0.962, "claims.period_accuracy": 0.907}),
    "officials": (PEOPLE, {"officials_exact.f1": 0.99, "organizations.f1": 0.99, "locations.f1": 0.99}),
    "officials2": (PEOPLE, {"officials_exact.f1": 0.978, "organizations.f1": 0.985, "locations.f1": 0.99}),
    "orgs": (PEOPLE, {"officials_exact.f1": 0.99, "organizations.f1": 0.971, "locations.f1": 0.99}),
    "locations": (PEOPLE, {"officials_exact.f1": 0.978, "organizations.f1": 0.99, "locations.f1": 0.985}),
    "people2": (PEOPLE, {"officials_exact.f1": 0.969, "organizations.f1": 0.976, "locations.f1": 0.968}),
    "people3": (PEOPLE, {"officials_exact.f1": 0.94, "organizations.f1": 0.968, "locations.f1": 0.987}),
    "people4": (PEOPLE, {"officials_exact.f1": 0.944, "organizations.f1": 0.981, "locations.f1": 0.969}),
    "genres": (ALL, {"claims_exact.f1": 0.96, "claims.period_accuracy": 0.924, "officials_exact.f1": 0.982,
                     "organizations.f1": 0.99, "locations.f1": 0.939}),
    "articles2": (ALL, {"claims_exact.f1": 0.91, "claims.period_accuracy": 0.892, "officials_exact.f1": 0.961,
                        "organizations.f1": 0.928, "locations.f1": 0.972}),
    "claims5": (CLAIMS, {"claims.f1": 0.96, "claims_exact.f1": 0.915, "claims.period_accuracy": 0.855}),
    "orgs2": (PEOPLE, {"officials_exact.f1": 0.95, "organizations.f1": 0.929, "locations.f1": 0.961}),
    "people5": (PEOPLE, {"officials_exact.f1": 0.938, "organizations.f1": 0.977, "locations.f1": 0.975}),
    "articles3": (ALL, {"claims_exact.f1": 0.91, "claims.period_accuracy": 0.885, "officials_exact.f1": 0.942,
                        "organizations.f1": 0.96, "locations.f1": 0.969}),
    "people6": (PEOPLE, {"officials_exact.f1": 0.79, "organizations.f1": 0.959, "locations.f1": 0.973}),
    "claims6": (CLAIMS, {"claims.f1": 0.967, "claims_exact.f1": 0.924, "claims.period_accuracy": 0.839}),
    "merged": (ALL, {"claims_exact.f1": 0.894, "claims.period_accuracy": 0.843, "officials_exact.f1": 0.938,
                     "organizations.f1": 0.939, "locations.f1": 0.979}),
    "plans2": (ALL, {"claims_exact.f1": 0.902, "claims.period_accuracy": 0.766, "officials_exact.f1": 0.937,
                     "organizations.f1": 0.927, "locations.f1": 0.961}),
    "news2": (ALL, {"claims_exact.f1": 0.926, "claims.period_accuracy": 0.77, "officials_exact.f1": 0.902,
                    "organizations.f1": 0.885, "locations.f1": 0.92}),
    "econ": (ALL, {"claims_exact.f1": 0.952, "claims.period_accuracy": 0.833, "officials_exact.f1": 0.99,
                   "organizations.f1": 0.942, "locations.f1": 0.99}),
    "orgs3": (PEOPLE, {"officials_exact.f1": 0.932, "organizations.f1": 0.928, "locations.f1": 0.976}),
    "people7": (PEOPLE, {"officials_exact.f1": 0.928, "organizations.f1": 0.958, "locations.f1": 0.99}),
    "inspect2": (ALL, {"claims_exact.f1": 0.922, "claims.period_accuracy": 0.852, "officials_exact.f1": 0.902,
                       "organizations.f1": 0.963, "locations.f1": 0.98}),
    "congress2": (ALL, {"claims_exact.f1": 0.935, "claims.period_accuracy": 0.936, "officials_exact.f1": 0.99,
                        "organizations.f1": 0.895, "locations.f1": 0.99}),
    "reports3": (ALL, {"claims_exact.f1": 0.95, "claims.period_accuracy": 0.914, "officials_exact.f1": 0.99,
                       "organizations.f1": 0.953, "locations.f1": 0.99}),
    "people8": (PEOPLE, {"officials_exact.f1": 0.914, "organizations.f1": 0.947, "locations.f1": 0.99}),
    "orgs4": (PEOPLE, {"officials_exact.f1": 0.97, "organizations.f1": 0.921, "locations.f1": 0.958}),
    "news3": (ALL, {"claims_exact.f1": 0.882, "claims.period_accuracy": 0.795, "officials_exact.f1": 0.899,
                    "organizations.f1": 0.926, "locations.f1": 0.99}),
    "orgs5": (PEOPLE, {"officials_exact.f1": 0.893, "organizations.f1": 0.949, "locations.f1": 0.953}),
    "people9": (PEOPLE, {"officials_exact.f1": 0.949, "organizations.f1": 0.937, "locations.f1": 0.983}),
    "mass2": (ALL, {"claims_exact.f1": 0.894, "claims.period_accuracy": 0.841, "officials_exact.f1": 0.968,
                    "organizations.f1": 0.951, "locations.f1": 0.981}),
    "docs2": (ALL, {"claims_exact.f1": 0.893, "claims.period_accuracy": 0.907, "officials_exact.f1": 0.919,
                    "organizations.f1": 0.972, "locations.f1": 0.964}),
    "noisy": (ALL, {"claims_exact.f1": 0.952, "claims.period_accuracy": 0.831, "officials_exact.f1": 0.971,
                    "organizations.f1": 0.944, "locations.f1": 0.937}),
    "brief": (ALL, {"claims_exact.f1": 0.926, "claims.period_accuracy": 0.814, "officials_exact.f1": 0.95,
                    "organizations.f1": 0.954, "locations.f1": 0.99}),
    "reports4": (ALL, {"claims_exact.f1": 0.908, "claims.period_accuracy": 0.791, "officials_exact.f1": 0.99,
                       "organizations.f1": 0.99, "locations.f1": 0.99}),
    "news4": (ALL, {"claims_exact.f1": 0.91, "claims.period_accuracy": 0.802, "officials_exact.f1": 0.946,
                    "organizations.f1": 0.924, "locations.f1": 0.981}),
    "people10": (PEOPLE, {"officials_exact.f1": 0.952, "organizations.f1": 0.978, "locations.f1": 0.981}),
    "period2": (ALL, {"claims_exact.f1": 0.943, "claims.period_accuracy": 0.897, "officials_exact.f1": 0.947,
                      "organizations.f1": 0.927, "locations.f1": 0.99}),
    "variants1": (ALL, {"claims_exact.f1": 0.887, "claims.period_accuracy": 0.599,
                        "officials_exact.f1": 0.964, "organizations.f1": 0.969, "locations.f1": 0.86}),
    "variants2": (ALL, {"claims_exact.f1": 0.953, "claims.period_accuracy": 0.899,
                        "officials_exact.f1": 0.862, "organizations.f1": 0.862, "locations.f1": 0.974}),
    "variants3": (ALL, {"claims_exact.f1": 0.922, "claims.period_accuracy": 0.931,
                        "officials_exact.f1": 0.823, "organizations.f1": 0.93, "locations.f1": 0.976}),
    "variants4": (ALL, {"claims_exact.f1": 0.89, "claims.period_accuracy": 0.814,
                        "officials_exact.f1": 0.879, "organizations.f1": 0.99, "locations.f1": 0.99}),
    "variants5": (ALL, {"claims_exact.f1": 0.862, "claims.period_accuracy": 0.813,
                        "officials_exact.f1": 0.931, "organizations.f1": 0.916, "locations.f1": 0.971}),
    "variants6": (ALL, {"claims_exact.f1": 0.933, "claims.period_accuracy": 0.85,
                        "officials_exact.f1": 0.863, "organizations.f1": 0.892, "locations.f1": 0.99}),
    "variants7": (ALL, {"claims_exact.f1": 0.938, "claims.period_accuracy": 0.743,
                        "officials_exact.f1": 0.99, "organizations.f1": 0.962, "locations.f1": 0.99}),
    "variants8": (ALL, {"claims_exact.f1": 0.903, "claims.period_accuracy": 0.842,
                        "officials_exact.f1": 0.89, "organizations.f1": 0.94, "locations.f1": 0.99}),
    "variants9": (ALL, {"claims_exact.f1": 0.865, "claims.period_accuracy": 0.623,
                        "officials_exact.f1": 0.934, "organizations.f1": 0.966, "locations.f1": 0.99}),
    "variants10": (ALL, {"claims_exact.f1": 0.919, "claims.period_accuracy": 0.909,
                         "officials_exact.f1": 0.976, "organizations.f1": 0.885, "locations.f1": 0.99}),
    "variants11": (ALL, {"claims_exact.f1": 0.832, "claims.period_accuracy": 0.785,
                         "officials_exact.f1": 0.887, "organizations.f1": 0.933, "locations.f1": 0.99}),
    "variants12": (ALL, {"claims_exact.f1": 0.822, "claims.period_accuracy": 0.81,
                         "officials_exact.f1": 0.865, "organizations.f1": 0.977, "locations.f1": 0.99}),
    "variants13": (ALL, {"claims_exact.f1": 0.873, "claims.period_accuracy": 0.794,
                         "officials_exact.f1": 0.755, "organizations.f1": 0.942, "locations.f1": 0.971}),
    "variants14": (ALL, {"claims_exact.f1": 0.816, "claims.period_accuracy": 0.88,
                         "officials_exact.f1": 0.819, "organizations.f1": 0.941, "locations.f1": 0.978}),
    "variants15": (ALL, {"claims_exact.f1": 0.822, "claims.period_accuracy": 0.679,
                         "officials_exact.f1": 0.907, "organizations.f1": 0.891, "locations.f1": 0.95}),
    "variants16": (ALL, {"claims_exact.f1": 0.754, "claims.period_accuracy": 0.731,
                         "officials_exact.f1": 0.99, "organizations.f1": 0.99, "locations.f1": 0.99}),
    "variants17": (ALL, {"claims_exact.f1": 0.896, "claims.period_accuracy": 0.872,
                         "officials_exact.f1": 0.974, "organizations.f1": 0.974, "locations.f1": 0.975}),
    "variants18": (ALL, {"claims_exact.f1": 0.937, "claims.period_accuracy": 0.848,
                         "officials_exact.f1": 0.97, "organizations.f1": 0.907, "locations.f1": 0.99}),
    "variants19": (ALL, {"claims_exact.f1": 0.96, "claims.period_accuracy": 0.822,
                         "officials_exact.f1": 0.954, "organizations.f1": 0.916, "locations.f1": 0.97}),
    "variants20": (ALL, {"claims_exact.f1": 0.932, "claims.period_accuracy": 0.873,
                         "officials_exact.f1": 0.99, "organizations.f1": 0.99, "locations.f1": 0.979}),
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
