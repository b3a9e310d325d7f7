#!/usr/bin/env python3
"""Raise the quality floors in tests/quality_floors.json to today's scores (never lowers one).

Usage: python scripts/pin_floors.py [--add METRIC=FLOOR ...]
A new metric can be added with --add (e.g. --add claims_exact.f1=0.80); an existing floor only moves up.
The corpus digest is re-recorded: run this only after checking the scores by hand.
"""
import json
import math
import sys
import tempfile
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT / "tests"))
sys.path.insert(0, str(ROOT / "src"))

from test_quality_gate import FLOORS, corpus_digest, metric, score_corpus  # noqa: E402

from ddnews.api import iter_records  # noqa: E402


def main(argv):
    pinned = json.loads(FLOORS.read_text(encoding="utf-8")) if FLOORS.exists() else {"floors": {}}
    for item in argv:
        if item.startswith("--add"):
            continue
        name, value = item.split("=")
        pinned["floors"].setdefault(name, float(value))
    records = list(iter_records([ROOT / "corpus"]))
    with tempfile.TemporaryDirectory() as tmp:
        scores = score_corpus(records, Path(tmp))
    for name, floor in pinned["floors"].items():
        # a floor sits at the score rounded DOWN to 2 decimals: a real regression fails, noise does not
        now = math.floor(metric(scores, name) * 100 + 1e-9) / 100
        if now > floor:
            print(f"{name}: {floor} -> {now}")
            pinned["floors"][name] = now
        elif now < floor:
            print(f"{name}: {now} is BELOW the floor {floor} (left as is)")
    pinned["corpus_digest"] = corpus_digest()
    FLOORS.write_text(json.dumps(pinned, indent=1) + "\n", encoding="utf-8")


if __name__ == "__main__":
    main(sys.argv[1:])
