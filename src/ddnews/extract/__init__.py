"""Extractors: each turns a :class:`~ddnews.extract.base.Context` into fact dicts with offsets."""
