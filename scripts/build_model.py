#!/usr/bin/env python3
"""Build the model package models/ddnews_vi from the library's data (``src/ddnews/data``).

The source of truth for vocabulary and patterns is ``src/ddnews/data/<component>/``; this script
assembles the pipeline (:func:`ddnews.nlp.pipeline.build`) and writes it out with ``nlp.to_disk``:
config.cfg, meta.json, one data folder per component, plus spaCy's package ``__init__.py``.  The
components are found through the ``spacy_factories`` entry points, so ``spacy.load("models/ddnews_vi")``
works in a fresh process.  tests/nlp/test_model_package.py rebuilds it in memory and compares.

Usage: python scripts/build_model.py [OUT_DIR]
"""
from __future__ import annotations

import shutil
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT / "src"))

from ddnews.nlp.pipeline import build  # noqa: E402

INIT_PY = '''"""ddnews_vi: the packaged ddnews extraction pipeline (written by scripts/build_model.py; do not edit).

Load it with ``spacy.load("ddnews_vi")`` or ``spacy.load(path)``: the components come from the ddnews
library through its ``spacy_factories`` entry points; their data files are the folders beside this file.
"""
from spacy.util import load_model_from_init_py


def load(**overrides):
    """Load this pipeline (spaCy's package template)."""
    return load_model_from_init_py(__file__, **overrides)
'''


def write_model(out: Path) -> list[str]:
    """Write the model package to ``out`` (replacing it); return the pipe names."""
    nlp = build()
    if out.exists():
        shutil.rmtree(out)
    nlp.to_disk(out, exclude=["vocab"])  # no vocabulary state: the pipeline is rules + data files
    (out / "__init__.py").write_text(INIT_PY, encoding="utf-8")
    return nlp.pipe_names


def main(out: Path) -> None:
    print(f"wrote {out}: {write_model(out)}")


if __name__ == "__main__":
    main(Path(sys.argv[1]) if len(sys.argv) > 1 else ROOT / "models" / "ddnews_vi")
