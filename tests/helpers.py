"""Helpers shared by test modules (importable: tests/ is on pytest's pythonpath)."""
from __future__ import annotations


def run_extractor(extractor, text, **ctx_kwargs):
    """Run one extractor on ``text`` (already NFC) and return its facts."""
    from ddnews.extractors.base import Context
    from ddnews.text.normalize import fold

    ctx = Context(text=text, folded=fold(text), **ctx_kwargs)
    return extractor(ctx), ctx
