"""Linking: tie extracted mentions to reference records (administrative unit codes)."""
