#!/usr/bin/env python3
"""Raise the quality floors in tests/quality_floors.json to today's scores (never lowers one).

Usage: python scripts/pin_floors.py [SET:METRIC=FLOOR ...]
New metrics can be added (e.g. ``corpus:claims_exact.f1=0.80``); an existing floor only moves up, to the
score rounded DOWN to 2 decimals (a real regression fails, noise does not). The digest of each set is
re-recorded: run this only after checking the scores by hand.
"""
import json
import math
import sys
import tempfile
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT / "tests"))
sys.path.insert(0, str(ROOT / "src"))

from test_quality_gate import FLOORS, SETS, digest, extract_set, metric, score_set  # noqa: E402

METRICS = ["documents.f1", "documents_exact.f1", "dates.f1", "published_accuracy", "claims.f1", "claims_exact.f1",
           "claims.change_accuracy", "claims.modality_accuracy", "officials.f1", "officials_exact.f1",
           "officials.title_recall", "organizations.f1", "locations.f1"]


def main(argv):
    pinned = json.loads(FLOORS.read_text(encoding="utf-8")) if FLOORS.exists() else {"sets": {}}
    for item in argv:
        where, value = item.split("=")
        name, m = where.split(":")
        pinned["sets"].setdefault(name, {"floors": {}})["floors"].setdefault(m, float(value))
    for name in SETS:
        entry = pinned["sets"].setdefault(name, {"floors": {}})
        with tempfile.TemporaryDirectory() as tmp:
            scores = score_set(name, extract_set(name), Path(tmp))
        for m in METRICS:
            entry["floors"].setdefault(m, 0.0)
        for m, floor in entry["floors"].items():
            now = math.floor(metric(scores, m) * 100 + 1e-9) / 100
            if now > floor:
                print(f"{name}:{m}: {floor} -> {now}")
                entry["floors"][m] = now
            elif now < floor:
                print(f"{name}:{m}: {now} is BELOW the floor {floor} (left as is)")
        entry["digest"] = digest(name)
    FLOORS.write_text(json.dumps(pinned, indent=1) + "\n", encoding="utf-8")


if __name__ == "__main__":
    main(sys.argv[1:])
