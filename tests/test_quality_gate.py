"""Quality gate: score gold sets with the shared scorer; fail below the floors pinned for each set.

Sets: ``corpus`` (corpus/ vs corpus/gold: the shared seeds + dev texts), ``extra`` (tests/data/extra:
invented articles from other provinces and sites, annotated by hand per ANNOTATION.md and used as
development data), ``dev2`` (tests/data/dev2: invented articles annotated independently of the
code; measured as a held-out set first, then used as development data) and ``dev3`` (tests/data/dev3: 16
more from other sources) and ``dev4`` (tests/data/dev4: 16 more), each measured as a held-out set before
any rule saw it (README.md records those measurements) and used as development data after.  Floors live in tests/quality_floors.json with a digest of the texts and gold
they were measured on.  ``python scripts/pin_floors.py`` may RAISE a floor to the current score rounded
down to 2 decimals; floors are never lowered silently (lowering one means editing the file, in review).
"""
import hashlib
import json
import subprocess
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[1]
FLOORS = Path(__file__).with_name("quality_floors.json")
SCORER = ROOT.parent / "shared" / "tools" / "score.py"
# name -> (texts folder, gold folder)
SETS = {
    "corpus": (ROOT / "corpus", ROOT / "corpus" / "gold"),
    "extra": (ROOT / "tests" / "data" / "extra", ROOT / "tests" / "data" / "extra"),
    "dev2": (ROOT / "tests" / "data" / "dev2", ROOT / "tests" / "data" / "dev2"),
    "dev3": (ROOT / "tests" / "data" / "dev3", ROOT / "tests" / "data" / "dev3"),
    "dev4": (ROOT / "tests" / "data" / "dev4", ROOT / "tests" / "data" / "dev4"),
}


def digest(name: str) -> str:
    texts, gold = SETS[name]
    h = hashlib.sha256()
    for p in sorted(texts.glob("*.txt")) + sorted(gold.glob("*.json")):
        h.update(p.name.encode() + p.read_bytes())
    return h.hexdigest()


def metric(scores: dict, name: str) -> float:
    node = scores
    for part in name.split("."):
        node = node[part]
    return float(node)


def score_set(name: str, records, tmp_path: Path) -> dict:
    pred = tmp_path / f"{name}.jsonl"
    pred.write_text("".join(json.dumps(r, ensure_ascii=False) + "\n" for r in records), encoding="utf-8")
    out = subprocess.run([sys.executable, str(SCORER), "--gold", str(SETS[name][1]), "--pred", str(pred), "--json"],
                         capture_output=True, text=True, check=True)
    return json.loads(out.stdout)


def extract_set(name: str, nlp=None) -> list[dict]:
    from ddnews.api import iter_records

    return list(iter_records(sorted(SETS[name][0].glob("*.txt")), nlp=nlp))


@pytest.mark.skipif(not SCORER.exists(), reason="../shared/tools/score.py (the official scorer) is not beside this checkout")
@pytest.mark.parametrize("name", list(SETS))
def test_scores_meet_pinned_floors(name, nlp, tmp_path, capsys):
    pinned = json.loads(FLOORS.read_text(encoding="utf-8"))["sets"][name]
    assert pinned["digest"] == digest(name), (
        f"the {name} texts or gold changed since the floors were pinned: re-measure and re-pin with scripts/pin_floors.py")
    scores = score_set(name, extract_set(name, nlp), tmp_path)
    rows = [f"{m:32s} {metric(scores, m):6.3f}  floor {f:.2f}" for m, f in pinned["floors"].items()]
    with capsys.disabled():
        print(f"\nquality gate [{name}] (shared score.py):\n  " + "\n  ".join(rows))
    below = {m: (metric(scores, m), f) for m, f in pinned["floors"].items() if metric(scores, m) < f - 1e-9}
    assert not below, f"{name}: below pinned floors: {below}"
