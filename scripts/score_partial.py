#!/usr/bin/env python3
"""Developer harness: run ONE extractor class over the shared gold corpus and score its field.

Usage (from the repo root, with the venv):
    .venv/bin/python scripts/score_partial.py MODULE:CLASS FIELD DATA_DIR [--verbose]
e.g.
    .venv/bin/python scripts/score_partial.py ddnews.extract.claims:ClaimExtractor claims models/ddnews_vi/ddnews_claims --verbose

FIELD is the output key the extractor's dicts go under (claims, officials, organizations, locations...).
Only that field's lines of score.py are meaningful here. Texts are loaded like ddnews does: header
lines ("# url: ...") removed, NFC-normalised; ctx.published is the header date when present.
"""
import importlib
import json
import re
import shutil
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT / "src"))
SHARED = ROOT.parent / "shared"

from ddnews.extractors.base import Context  # noqa: E402
from ddnews.text.normalize import fold, normalize  # noqa: E402

HEADER = re.compile(r"^# (\w+):\s?(.*)$")


def split_header(raw):
    lines = raw.split("\n")
    meta, i = {}, 0
    while i < len(lines) and HEADER.match(lines[i]):
        k, v = HEADER.match(lines[i]).groups()
        meta[k] = v.strip()
        i += 1
    if meta and i < len(lines) and not lines[i].strip():
        i += 1
    return meta, "\n".join(lines[i:])


def main():
    target, field, data_dir = sys.argv[1:4]
    verbose = "--verbose" in sys.argv
    mod, cls = target.split(":")
    extractor = getattr(importlib.import_module(mod), cls)(Path(data_dir))
    files = sorted((SHARED / "seeds").glob("*.txt")) + sorted((SHARED / "dev-corpus").glob("*.txt"))
    tmp = Path(tempfile.mkdtemp())
    gold = tmp / "gold"
    gold.mkdir()
    for g in (SHARED / "gold").glob("*/*.json"):
        shutil.copy(g, gold)
    t0, chars = time.perf_counter(), 0
    with open(tmp / "pred.jsonl", "w", encoding="utf-8") as out:
        for f in files:
            meta, body = split_header(f.read_text(encoding="utf-8"))
            nt = normalize(body)
            pub = meta.get("published")
            pub = pub if pub and re.match(r"\d{4}-\d\d-\d\d$", pub) else None
            ctx = Context(text=nt.text, folded=fold(nt.text), published=pub, header_published=pub)
            facts = extractor(ctx)
            chars += len(body)
            for fact in facts:
                a, b = nt.to_original(fact["start"], fact["end"])
                fact["evidence"] = body[a:b]
            out.write(json.dumps({"id": f.stem, field: facts}, ensure_ascii=False, default=str) + "\n")
    dt = time.perf_counter() - t0
    print(f"{len(files)} articles, {chars} chars in {dt*1000:.1f} ms ({chars/dt:,.0f} chars/s)")
    args = [sys.executable, str(SHARED / "tools" / "score.py"), "--gold", str(gold), "--pred", str(tmp / "pred.jsonl")]
    if verbose:
        args.append("--verbose")
    res = subprocess.run(args, capture_output=True, text=True)
    # verbose lines look like "[id] claim missed: ..." / "[id] officials missed=..."; grep them as needed
    print(res.stdout)


if __name__ == "__main__":
    main()
