"""``ddnews serve facts.db``: Datasette over a fact store with ddnews metadata, pages and plugins.

The shipped metadata (``data/datasette/metadata.yaml``) names the database "facts"; it is renamed to
the served file's stem. Facets are declared per table and never suggested automatically, so table
pages stay fast on large stores.
"""
from __future__ import annotations

import asyncio
import copy
from collections.abc import Callable
from pathlib import Path
from typing import Any

from ..errors import Errors, OutputError
from ..store.schema import DATASETTE_DIR, load_metadata

SETTINGS = {"suggest_facets": False, "facet_time_limit_ms": 400, "sql_time_limit_ms": 3000,
            "default_page_size": 50, "max_returned_rows": 2000}


def fold_glossary(table: dict[str, Any]) -> dict[str, Any]:
    """A table's column descriptions moved into a folded "Columns" list under its description.

    Datasette shows ``columns`` descriptions as a long list above every table; folded into
    ``description_html`` (a closed ``<details>``) the rows are on the first screen.

    >>> html = fold_glossary({"description": "Facts & more", "columns": {"id": "Row id."}})["description_html"]
    >>> html.startswith('Facts &amp; more <details class="ddnews-glossary"><summary>Columns (1)</summary>')
    True
    """
    from markupsafe import escape

    out = dict(table)
    cols = out.pop("columns", None)
    if not cols:
        return out
    items = "".join(f"<dt>{escape(c)}</dt><dd>{escape(d)}</dd>" for c, d in cols.items())
    desc = out.pop("description_html", None) or str(escape(out.pop("description", "") or ""))
    out["description_html"] = (f'{desc} <details class="ddnews-glossary"><summary>Columns ({len(cols)})</summary>'
                               f"<dl>{items}</dl></details>")
    return out


def metadata_for(path: str | Path) -> dict[str, Any]:
    """The shipped metadata with its database key renamed to ``path``'s stem and glossaries folded."""
    meta = copy.deepcopy(load_metadata())
    dbs = meta.get("databases", {})
    if "facts" in dbs:
        dbs[Path(path).stem] = dbs.pop("facts")
    for db in dbs.values():
        db["tables"] = {name: fold_glossary(t) for name, t in (db.get("tables") or {}).items()}
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
    _upgrade(path)
    register_plugin()
    return Datasette([str(path)], metadata=metadata_for(path), template_dir=str(DATASETTE_DIR / "templates"),
                     settings={**SETTINGS, **settings})


def _upgrade(path: str | Path) -> None:
    """Add the columns a store of an earlier format lacks (read-only or busy files are left as they are)."""
    from ..store import Store

    try:
        Store(path, timeout=1).close()
    except Exception:  # noqa: BLE001 - serving never fails for this; pages fall back to titles and ids
        pass


def serve(path: str | Path, host: str = "127.0.0.1", port: int = 8001,
          ready: Callable[[str], None] | None = None) -> None:
    """Serve ``path`` with Datasette until interrupted.

    The port is bound first (``0``: any free port), so a port in use fails at once with E303;
    ``ready(url)`` is called once the server has started, with the address it really listens on.
    """
    import socket

    import uvicorn

    ds = make_datasette(path)
    try:
        asyncio.run(ds.invoke_startup())
    except Exception as exc:  # any start-up failure: one E303 message naming the file
        raise OutputError(Errors.E303.format(path=path, reason=f"Datasette could not start: {exc}"),
                          code="E303") from exc
    try:
        sock = socket.create_server((host, port))
    except OSError as exc:
        raise OutputError(f"Could not listen on {host}:{port} ({exc.strerror or exc}). Choose another --port "
                          "(--port 0 picks a free one).", code="E303") from None
    url = f"http://{host}:{sock.getsockname()[1]}/"

    class _Server(uvicorn.Server):
        async def startup(self, sockets: list[socket.socket] | None = None) -> None:
            await super().startup(sockets=sockets)
            if ready is not None and not self.should_exit:
                ready(url)

    server = _Server(uvicorn.Config(ds.app(), log_level="warning", lifespan="off"))
    try:
        server.run(sockets=[sock])
    finally:
        sock.close()
