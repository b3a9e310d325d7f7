"""Quality gate: score the bundled corpus against its gold with the shared scorer; fail below pinned floors.

Floors live in tests/quality_floors.json with a digest of the corpus and gold they were measured on.
``python scripts/pin_floors.py`` may RAISE a floor to the current score; floors are never lowered
silently (lowering one means editing the file by hand, in review).
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


def corpus_digest() -> str:
    h = hashlib.sha256()
    for p in sorted((ROOT / "corpus").glob("*.txt")) + sorted((ROOT / "corpus" / "gold").glob("*.json")):
        h.update(p.name.encode() + p.read_bytes())
    return h.hexdigest()


def metric(scores: dict, name: str) -> float:
    node = scores
    for part in name.split("."):
        node = node[part]
    return float(node)


def score_corpus(records, tmp_path) -> dict:
    pred = tmp_path / "pred.jsonl"
    pred.write_text("".join(json.dumps(r, ensure_ascii=False) + "\n" for r in records), encoding="utf-8")
    out = subprocess.run([sys.executable, str(SCORER), "--gold", str(ROOT / "corpus" / "gold"), "--pred", str(pred), "--json"],
                         capture_output=True, text=True, check=True)
    return json.loads(out.stdout)


@pytest.mark.skipif(not SCORER.exists(), reason="../shared/tools/score.py (the official scorer) is not beside this checkout")
def test_scores_meet_pinned_floors(corpus_records, tmp_path, capsys):
    pinned = json.loads(FLOORS.read_text(encoding="utf-8"))
    assert pinned["corpus_digest"] == corpus_digest(), (
        "corpus/ or corpus/gold changed since the floors were pinned: re-measure and re-pin with scripts/pin_floors.py")
    scores = score_corpus(corpus_records, tmp_path)
    rows = [f"{name:32s} {metric(scores, name):6.3f}  floor {floor:.3f}" for name, floor in pinned["floors"].items()]
    with capsys.disabled():
        print("\nquality gate (corpus/ vs corpus/gold, shared score.py):\n  " + "\n  ".join(rows))
    below = {n: (metric(scores, n), f) for n, f in pinned["floors"].items() if metric(scores, n) < f - 1e-9}
    assert not below, f"below pinned floors: {below}"
