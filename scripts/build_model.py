#!/usr/bin/env python3
"""Write the packaged pipeline's config and meta (models/ddnews_vi) from the registered components.

The component data directories under models/ddnews_vi/ are the source of truth for vocabulary and
patterns; this script (re)writes config.cfg, meta.json and the vocab so that ``spacy.load`` rebuilds
exactly the pipeline ``ddnews.nlp.pipeline.build`` assembles.  tests/test_model_package.py checks that
the committed files match a fresh build.

Usage: python scripts/build_model.py [OUT_DIR]
"""
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT / "src"))

from ddnews.nlp.pipeline import build  # noqa: E402

# The default pipeline, in order.
COMPONENTS = [
    "ddnews_chrome", "ddnews_documents", "ddnews_published", "ddnews_dates",
    "ddnews_locations", "ddnews_organizations", "ddnews_officials", "ddnews_claims",
]


def main(out: Path) -> None:
    nlp = build(COMPONENTS)
    nlp.to_disk(out, exclude=["vocab"])  # no vocabulary state: the pipeline is rules + data files
    print(f"wrote {out}: {nlp.pipe_names}")


if __name__ == "__main__":
    main(Path(sys.argv[1]) if len(sys.argv) > 1 else ROOT / "models" / "ddnews_vi")
