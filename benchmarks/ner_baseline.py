#!/usr/bin/env python3
"""Baseline: underthesea's NER alone as an officials extractor, scored like ddnews on the same gold.

Every PER entity underthesea finds (line by line, as a user would call it) becomes an official with no
titles; the shared scorer then compares names with the gold, exactly as it scores `ddnews extract`.
Usage: python benchmarks/ner_baseline.py [--gold DIR]   (default: corpus/gold)
"""
import argparse
import json
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
SCORER = ROOT.parent / "shared" / "tools" / "score.py"


def persons(text: str, ner) -> list[str]:
    names, current = [], []
    for line in text.split("\n"):
        if not line.strip():
            continue
        for word, _pos, _chunk, tag in ner(line):
            if tag == "B-PER":
                if current:
                    names.append(" ".join(current))
                current = [word]
            elif tag == "I-PER" and current:
                current.append(word)
            else:
                if current:
                    names.append(" ".join(current))
                current = []
        if current:
            names.append(" ".join(current))
            current = []
    return list(dict.fromkeys(names))


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("--gold", default=str(ROOT / "corpus" / "gold"))
    args = ap.parse_args()
    sys.path.insert(0, str(ROOT / "src"))
    from underthesea import ner

    from ddnews.loading.files import load_articles

    arts = [a for a in load_articles([ROOT / "corpus"]) if hasattr(a, "text")]
    t0, chars = time.perf_counter(), 0
    with tempfile.TemporaryDirectory() as tmp:
        pred = Path(tmp) / "ner.jsonl"
        with open(pred, "w", encoding="utf-8") as f:
            for a in arts:
                chars += len(a.text)
                rec = {"id": a.id, "officials": [{"name": n, "titles": []} for n in persons(a.text, ner)]}
                f.write(json.dumps(rec, ensure_ascii=False) + "\n")
        dt = time.perf_counter() - t0
        out = subprocess.run([sys.executable, str(SCORER), "--gold", args.gold, "--pred", str(pred)],
                             capture_output=True, text=True, check=True).stdout
    print(f"underthesea.ner alone: {len(arts)} articles, {chars:,} chars in {dt:.1f} s ({chars / dt:,.0f} chars/s)")
    print("\n".join(line for line in out.splitlines() if line.startswith("officials")))


if __name__ == "__main__":
    main()
