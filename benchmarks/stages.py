"""Where the extraction time goes: per-stage timings, and a pyinstrument profile when it is installed.

    .venv/bin/python benchmarks/stages.py                 # the packaged pipeline (what ddnews.load() returns)
    .venv/bin/python benchmarks/stages.py --build         # every extractor whose data ships (work in progress)
    .venv/bin/python benchmarks/stages.py --copies 20 --profile-out benchmarks/results/profile.txt

The per-stage breakdown mirrors :func:`ddnews.api.make_doc` step by step (normalise, tokenise, each
component, record conversion) so the cost of each component is visible without editing the pipeline.
"""
from __future__ import annotations

import argparse
import json
import sys
import time
from collections import defaultdict
from pathlib import Path

HERE = Path(__file__).resolve().parent
ROOT = HERE.parent


def articles(copies: int) -> list:
    """The corpus articles, ``copies`` times over."""
    from ddnews.api import load_articles

    arts = [a for a in load_articles([ROOT / "corpus"]) if getattr(a, "text", None)]
    return arts * copies


def stage_times(nlp, arts: list) -> dict:
    """Seconds spent in each stage of ``make_doc`` + ``doc_to_record`` over ``arts``."""
    from ddnews.loading.files import header_date
    from ddnews.nlp import attrs
    from ddnews.records import doc_to_record
    from ddnews.text.normalize import normalize

    t: dict[str, float] = defaultdict(float)
    attrs.register()
    clock = time.perf_counter
    for art in arts:
        t0 = clock()
        normalize(art.text)                 # what the tokenizer does first (timed apart)
        t1 = clock()
        doc = nlp.make_doc(art.text)        # normalises again, then tokenises
        doc._.article = art
        doc._.header_published = doc._.published = header_date(art.published)
        t2 = clock()
        t["normalize"] += t1 - t0
        t["tokenize"] += t2 - t1
        for name, proc in nlp.pipeline:
            s = clock()
            doc = proc(doc)
            t[name] += clock() - s
        s = clock()
        doc_to_record(doc)
        t["doc_to_record"] += clock() - s
    total = sum(t.values())
    chars = sum(len(a.text) for a in arts)
    return {"total_s": total, "chars": chars, "chars_per_s": chars / total,
            "stages": {k: {"s": v, "share": v / total} for k, v in sorted(t.items(), key=lambda kv: -kv[1])}}


def pipeline(build: bool):
    if build:
        from ddnews.nlp.pipeline import build as _build

        return _build()
    from ddnews.nlp.pipeline import load

    return load()


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description="per-stage timings (+ pyinstrument profile) of the extraction")
    ap.add_argument("--copies", type=int, default=10, help="corpus copies to run over")
    ap.add_argument("--build", action="store_true", help="profile build() (all shipped extractors), not load()")
    ap.add_argument("--profile-out", type=Path, default=None, help="write pyinstrument's text report here")
    ap.add_argument("--json", action="store_true", help="print the stage timings as one JSON line")
    a = ap.parse_args(argv)
    nlp = pipeline(a.build)
    arts = articles(a.copies)
    stage_times(nlp, arts[: len(arts) // a.copies])  # warm-up (lazy data loading)
    res = stage_times(nlp, arts)
    res["pipeline"] = nlp.pipe_names
    if a.profile_out:
        try:
            from pyinstrument import Profiler
        except ImportError:
            print("pyinstrument is not installed: pip install pyinstrument", file=sys.stderr)
            return 2
        from ddnews.api import make_doc
        from ddnews.records import doc_to_record

        prof = Profiler(interval=0.0005)
        prof.start()
        for art in arts:
            doc_to_record(make_doc(nlp, art))
        prof.stop()
        a.profile_out.parent.mkdir(parents=True, exist_ok=True)
        a.profile_out.write_text(prof.output_text(unicode=True, color=False, show_all=False), encoding="utf-8")
    if a.json:
        print(json.dumps(res))
        return 0
    print(f"pipeline: {' → '.join(res['pipeline'])}")
    print(f"{res['chars']:,} chars in {res['total_s']:.2f} s = {res['chars_per_s']:,.0f} chars/s")
    for k, v in res["stages"].items():
        print(f"  {k:<22} {v['s']:7.2f} s  {v['share']:6.1%}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
