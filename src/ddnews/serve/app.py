"""``ddnews serve facts.db``: Datasette over a fact store with ddnews metadata, pages and plugins.

The shipped metadata (``data/datasette/metadata.yaml``) names the database "facts"; it is renamed to
the served file's stem. Facets are declared per table and never suggested automatically, so table
pages stay fast on large stores.
"""
from __future__ import annotations

import asyncio
import copy
from pathlib import Path
from typing import Any

from ..errors import Errors, OutputError
from ..store.schema import DATASETTE_DIR, load_metadata

SETTINGS = {"suggest_facets": False, "facet_time_limit_ms": 400, "sql_time_limit_ms": 3000,
            "default_page_size": 50, "max_returned_rows": 2000}


def metadata_for(path: str | Path) -> dict[str, Any]:
    """The shipped metadata with its database key renamed to ``path``'s stem."""
    meta = copy.deepcopy(load_metadata())
    dbs = meta.get("databases", {})
    if "facts" in dbs:
        dbs[Path(path).stem] = dbs.pop("facts")
    return meta


def register_plugin() -> None:
    """Register the ddnews Datasette plugin once per process."""
    from datasette.plugins import pm

    from . import plugin

    if pm.get_plugin("ddnews") is None:
        pm.register(plugin, name="ddnews")


def make_datasette(path: str | Path, **settings: Any):
    """A Datasette instance serving ``path`` (used by ``ddnews serve`` and by tests' client).

    Raises:
        OutputError: the file does not exist or is not a ddnews store.
    """
    from datasette.app import Datasette

    from ..store.query import connect

    connect(path).close()  # clear message for a missing file or a non-store
    register_plugin()
    return Datasette([str(path)], metadata=metadata_for(path), template_dir=str(DATASETTE_DIR / "templates"),
                     settings={**SETTINGS, **settings})


def serve(path: str | Path, host: str = "127.0.0.1", port: int = 8001) -> None:
    """Serve ``path`` with Datasette until interrupted."""
    import uvicorn

    ds = make_datasette(path)
    try:
        asyncio.run(ds.invoke_startup())
    except Exception as exc:  # any start-up failure: one E303 message naming the file
        raise OutputError(Errors.E303.format(path=path, reason=f"Datasette could not start: {exc}"),
                          code="E303") from exc
    uvicorn.run(ds.app(), host=host, port=port, log_level="warning")
