"""Extractors: each turns a :class:`~ddnews.extractors.base.Context` into fact dicts with offsets."""
