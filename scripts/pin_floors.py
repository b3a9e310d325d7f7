#!/usr/bin/env python3
"""Pin the quality floors in tests/quality_floors.json: today's figure minus 0.01, rounded down to 3 decimals.

Usage: python scripts/pin_floors.py [--sets NAME,...] [--dry-run] [SET:METRIC=FLOOR ...]

Every gated set of tests/test_quality_gate.py (never the sealed one) is extracted and scored with the vendored
scorer; each metric's floor becomes ``floor(figure - EPSILON)`` to 3 decimals, so a real regression fails and
noise does not.  A floor is never set above today's figure, an explicit ``SET:METRIC=FLOOR`` included (it is
capped at the figure).  Every floor that moves is printed, a LOWERED one loudly: a lowered floor is a
regression accepted in review, never a side effect.  The digest of each pinned set's texts and gold is
re-recorded: run this only after reading the scores (``--dry-run`` first).
"""
import argparse
import json
import sys
import tempfile
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT / "tests"))
sys.path.insert(0, str(ROOT / "src"))

from test_quality_gate import FLOORS, METRICS, SETS, digest, extract_set, floor_for, metric, score_set  # noqa: E402


def main(argv=None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("overrides", nargs="*", metavar="SET:METRIC=FLOOR")
    ap.add_argument("--sets", help="comma-separated set names (default: every gated set)")
    ap.add_argument("--dry-run", action="store_true", help="print the figures and floors, write nothing")
    a = ap.parse_args(argv)
    names = a.sets.split(",") if a.sets else list(SETS)
    unknown = [n for n in names if n not in SETS]
    if unknown:
        ap.error(f"not a gated set: {unknown} (gated: {list(SETS)})")
    overrides = {}
    for item in a.overrides:
        where, value = item.split("=")
        name, m = where.split(":")
        overrides[(name, m)] = float(value)

    pinned = json.loads(FLOORS.read_text(encoding="utf-8")) if FLOORS.exists() else {"sets": {}}
    import ddnews

    nlp = ddnews.load()
    for name in names:
        entry = pinned["sets"].setdefault(name, {"floors": {}})
        old = dict(entry["floors"])
        if old and entry.get("digest") != digest(name):
            print(f"{name}: texts or gold changed since the last pin")
        with tempfile.TemporaryDirectory() as tmp:
            scores = score_set(name, extract_set(name, nlp), Path(tmp))
        floors = {}
        for m in list(METRICS) + [m for m in old if m not in METRICS]:
            now = metric(scores, m)
            if now is None:
                print(f"{name}:{m}: undefined on this set (no floor)")
                continue
            want = min(overrides.get((name, m), floor_for(now)), now)
            prev = old.get(m)
            if prev is not None and want < prev:
                print(f"{name}:{m}: floor LOWERED {prev:.3f} -> {want:.3f} (figure {now:.3f}: check why in review)")
            elif prev != want:
                print(f"{name}:{m}: floor {prev} -> {want:.3f} (figure {now:.3f})")
            floors[m] = want
        print(f"{name}: " + ", ".join(f"{m}={metric(scores, m)}" for m in METRICS))
        entry["floors"] = floors
        entry["digest"] = digest(name)
    if a.dry_run:
        print("dry run: nothing written")
        return 0
    FLOORS.write_text(json.dumps(pinned, indent=1) + "\n", encoding="utf-8")
    print(f"wrote {FLOORS.relative_to(ROOT)}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
