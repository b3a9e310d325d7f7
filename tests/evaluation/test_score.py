"""The vendored scorer (ddnews.evaluation.score): known figures on an invented pair, and identical to ../shared."""
from __future__ import annotations

import difflib
import json
import subprocess
import sys
from pathlib import Path

import pytest

from ddnews.evaluation import score as scorer

ROOT = Path(__file__).resolve().parents[2]
VENDORED = ROOT / "src" / "ddnews" / "evaluation" / "score.py"
SHARED_SCORER = ROOT.parent / "shared" / "tools" / "score.py"
# the only lines the vendored copy adds to the shared scorer (in its module docstring)
VENDOR_NOTE = ("\nVendored verbatim from the project's shared scorer (../shared/tools/score.py); keep it identical in logic\n"  # noqa: E501
               "(tests/evaluation/test_score.py compares the two whenever ../shared is beside the checkout).\n")

# An invented article: gold and one prediction, with the figures worked out by hand.
GOLD = {
    "id": "a1",
    "published": "2021-03-04",
    "documents": [{"kind": "Nghị quyết", "number": "05", "symbol": "NQ/TU", "date": "2020-01-02"},
                  {"kind": "Kế hoạch", "number": "12", "symbol": "KH/HU", "date": None}],
    "officials": [{"name": "Nguyễn Văn An", "titles": ["Bí thư"]}],
    "dates": ["2020-01-02", "2021-03-04"],
    "claims": [{"value": 10, "unit": "đảng viên", "change": "admit", "modality": "actual"},
               {"value": 5, "unit": "chi bộ", "change": None}],
    "organizations": ["Huyện ủy Xuân Hòa"],
    "locations": ["xã Yên Lạc"],
}
PRED = {
    "id": "not-a1",  # paired through the basename of "source"
    "source": "/somewhere/a1.txt",
    "published": "2021-03-04",
    # "NQ" is an alias of "Nghị quyết", "5" == "05", case is folded: a match, date right too
    "documents": [{"kind": "NQ", "number": "5", "symbol": "nq/tu", "date": "2020-01-02"},
                  {"kind": "Quyết định", "number": "1", "symbol": "QĐ/UBND", "date": None}],
    # same person, title longer than gold's: matched, title recalled, not exact
    "officials": [{"name": "Nguyễn Văn An", "titles": ["Bí thư Huyện ủy"]}],
    "dates": [{"value": "2020-01-02"}],
    # 10 "đảng viên mới" matches 10 "đảng viên" (same unit group); 7 and 3 are extras
    "claims": [{"value": 10, "unit": "đảng viên mới", "change": "admit"},
               {"value": 7, "unit": "chi bộ"}, {"value": 3, "unit": "tổ"}],
    "organizations": [{"text": "huyện uỷ Xuân Hoà"}],  # case and old-style tones folded
    "locations": [],
}


def _figures(res):
    return {
        "documents": (res["documents"]["precision"], res["documents"]["recall"], res["documents"]["f1"]),
        "documents_exact": res["documents_exact"]["f1"],
        "officials": res["officials"]["f1"], "officials_exact": res["officials_exact"]["f1"],
        "title_recall": res["officials"]["title_recall"],
        "dates": (res["dates"]["precision"], res["dates"]["recall"], res["dates"]["f1"]),
        "claims": (res["claims"]["precision"], res["claims"]["recall"], res["claims"]["f1"]),
        "claims_exact": res["claims_exact"]["f1"], "change": res["claims"]["change_accuracy"],
        "organizations": res["organizations"]["f1"], "locations": res["locations"]["f1"],
        "published": res["published_accuracy"],
    }


EXPECTED = {
    "documents": (0.5, 0.5, 0.5), "documents_exact": 0.5,
    "officials": 1.0, "officials_exact": 0.0, "title_recall": 1.0,
    "dates": (1.0, 0.5, 0.667),
    "claims": (0.333, 0.5, 0.4), "claims_exact": 0.4, "change": 1.0,
    "organizations": 1.0, "locations": 0.0,
    "published": 1.0,
}


@pytest.fixture
def pair(tmp_path):
    gold = tmp_path / "gold"
    gold.mkdir()
    (gold / "a1.json").write_text(json.dumps(GOLD, ensure_ascii=False), encoding="utf-8")
    pred = tmp_path / "pred.jsonl"
    pred.write_text(json.dumps(PRED, ensure_ascii=False) + "\n", encoding="utf-8")
    return gold, pred


def test_invented_pair_gives_the_figures_worked_out_by_hand(pair):
    gold_dir, pred = pair
    gold = scorer.load_gold(gold_dir)
    res = scorer.score(gold, scorer.load_pred(pred, set(gold)))
    assert res["articles"] == 1 and res["articles_without_prediction"] == []
    assert _figures(res) == EXPECTED


def test_missing_prediction_counts_as_empty(pair):
    gold_dir, _ = pair
    res = scorer.score(scorer.load_gold(gold_dir), {})
    assert res["articles_without_prediction"] == ["a1"]
    assert res["claims"]["recall"] == 0.0 and res["documents"]["f1"] == 0.0 and res["published_accuracy"] == 0.0


def test_runs_as_a_module_with_json_output(pair):
    gold_dir, pred = pair
    out = subprocess.run([sys.executable, "-m", "ddnews.evaluation.score", "--gold", str(gold_dir), "--pred", str(pred),
                          "--json"], capture_output=True, text=True, check=True)
    assert _figures(json.loads(out.stdout)) == EXPECTED


def test_vendored_copy_is_the_shared_scorer():
    """Identical to ../shared/tools/score.py except the vendoring note (skipped only when ../shared is absent)."""
    vendored = VENDORED.read_text(encoding="utf-8")
    assert vendored.count(VENDOR_NOTE) == 1, "the vendoring note in the module docstring was changed"
    if not SHARED_SCORER.exists():
        pytest.skip(f"{SHARED_SCORER} is not beside this checkout")
    shared = SHARED_SCORER.read_text(encoding="utf-8")
    stripped = vendored.replace(VENDOR_NOTE, "", 1)
    diff = "".join(difflib.unified_diff(shared.splitlines(True), stripped.splitlines(True), "shared", "vendored"))
    assert stripped == shared, f"src/ddnews/evaluation/score.py drifted from the shared scorer: re-copy it\n{diff}"
