"""``ddnews serve``: a fact store in Datasette, with ddnews pages and plugins.

:mod:`.app` builds and runs the Datasette instance; :mod:`.plugin` adds the SQL functions, the
article/search/plot pages and the evidence links; :mod:`.highlight` and :mod:`.plot` render HTML
and SVG for those pages. Datasette itself is imported only when a server is made.
"""
from __future__ import annotations

from .app import SETTINGS, make_datasette, metadata_for, register_plugin, serve

__all__ = ["SETTINGS", "make_datasette", "metadata_for", "register_plugin", "serve"]
