"""ddnews_vi: the packaged ddnews extraction pipeline (written by scripts/build_model.py; do not edit).

Load it with ``spacy.load("ddnews_vi")`` or ``spacy.load(path)``: the components come from the ddnews
library through its ``spacy_factories`` entry points; their data files are the folders beside this file.
"""
from spacy.util import load_model_from_init_py


def load(**overrides):
    """Load this pipeline (spaCy's package template)."""
    return load_model_from_init_py(__file__, **overrides)
