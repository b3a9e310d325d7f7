#!/usr/bin/env python3
"""Print today's scores on every gold set as the Markdown table in README.md's Quality section.

Usage: python scripts/quality_table.py
"""
import sys
import tempfile
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT / "tests"))
sys.path.insert(0, str(ROOT / "src"))

from test_quality_gate import SETS, extract_set, metric, score_set  # noqa: E402

ROWS = [("documents", "documents.f1"), ("**documents_exact**", "documents_exact.f1"), ("dates", "dates.f1"),
        ("published accuracy", "published_accuracy"), ("claims", "claims.f1"),
        ("**claims_exact**", "claims_exact.f1"), ("claims change accuracy", "claims.change_accuracy"),
        ("claims modality accuracy", "claims.modality_accuracy"), ("officials", "officials.f1"),
        ("**officials_exact**", "officials_exact.f1"), ("officials title recall", "officials.title_recall"),
        ("organizations", "organizations.f1"), ("locations", "locations.f1")]


def main() -> None:
    scores = {}
    for name in SETS:
        with tempfile.TemporaryDirectory() as tmp:
            scores[name] = score_set(name, extract_set(name), Path(tmp))
    print("| field (F1 unless noted) | " + " | ".join(SETS) + " |")
    print("|---|" + "---|" * len(SETS))
    for label, m in ROWS:
        bold = label.startswith("**")
        cells = [f"{metric(scores[n], m):.3f}" for n in SETS]
        print(f"| {label} | " + " | ".join(f"**{c}**" if bold else c for c in cells) + " |")


if __name__ == "__main__":
    main()
