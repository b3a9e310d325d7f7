"""Transitional re-export: the extractor contract lives in :mod:`ddnews.extractors.base`."""
from ddnews.extractors.base import Context, Extractor  # noqa: F401
