"""Quantitative claims, as a family of small named passes over number candidates.

``scan`` finds numbers and their units, ``context`` gives sentences and clauses, ``items`` handles lists,
breakdowns and subjects, ``modality`` decides actual vs target, ``sections`` reads target sections of
plan texts, ``table`` reads flattened tables, and ``extractor`` runs the passes in order.
"""
from .extractor import ClaimExtractor

__all__ = ["ClaimExtractor"]
