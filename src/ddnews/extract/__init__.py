"""Transitional: modules being moved to :mod:`ddnews.extractors` (import from there)."""
