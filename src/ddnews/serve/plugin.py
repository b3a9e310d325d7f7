"""The Datasette plugin of ``ddnews serve``: SQL functions, the article, search and plot pages, links.

Pages (all under ``/-/ddnews/``): ``article/<id>`` shows an article's text with every fact
highlighted, ``search?q=`` searches articles and fact evidence without diacritics, ``plot?unit=``
draws a claim series over time, ``indicators`` and ``indicator/<id>`` show the panel (a chart per
province, a map of the latest values), ``person`` and ``person/<id>`` the people across articles.
Every evidence cell of a fact table links to its highlighted span.
"""
from __future__ import annotations

from typing import Any
from urllib.parse import quote, urlencode

from datasette import Response, hookimpl
from markupsafe import Markup, escape

from ..store import query as S
from ..store.keys import fold_for_search
from . import panel_pages as P
from .highlight import CSS, legend, render_facts, snippet
from .plot import CSS as PLOT_CSS
from .plot import svg_series

# Table (or view) → the fact kind whose anchor its rows link to.
ANCHOR_KIND = {"claims": "claims", "claims_in_context": "claims", "dates": "dates", "officials": "officials",
               "organizations": "organizations", "locations": "locations", "located_facts": "locations",
               "named_documents": "named_documents", "document_mentions": "documents"}


def article_url(article_id: Any, kind: str | None = None, ref: Any = None) -> str:
    """The article page, optionally scrolled to one fact."""
    if isinstance(article_id, dict):  # a foreign key Datasette expanded to {"value", "label"}
        article_id = article_id.get("value")
    url = f"/-/ddnews/article/{quote(str(article_id), safe='')}"
    return url + (f"#{kind}-{ref}" if kind and ref is not None else "")


@hookimpl
def prepare_connection(conn):
    """SQL functions for canned queries: ``ddnews_fold(text)`` and ``ddnews_fts_query(text)``."""
    conn.create_function("ddnews_fold", 1, fold_for_search, deterministic=True)
    conn.create_function("ddnews_fts_query", 1, lambda s: S.fts_query(s or "") or '""', deterministic=True)


@hookimpl
def render_cell(row, value, column, table, database, datasette):
    """Link each fact's evidence to its highlighted span on the article page."""
    if value is not None and column == "indicator" and table in ("panel", "claims", "indicators"):
        return Markup(f'<a href="{escape(P.indicator_url(value))}">{escape(value)}</a>')
    if value is not None and table == "indicators" and column == "id":
        return Markup(f'<a href="{escape(P.indicator_url(value))}">{escape(value)}</a>')
    if value is not None and (column == "person_id" or (table == "people" and column in ("id", "name"))):
        pid = row["id"] if table == "people" else value
        pid = pid.get("value") if isinstance(pid, dict) else pid  # a foreign key Datasette expanded
        shown = value.get("label") or value.get("value") if isinstance(value, dict) else value
        return Markup(f'<a href="{escape(P.person_url(pid))}">{escape(shown)}</a>')
    if column != "evidence" or value is None:
        return None
    keys = set(row.keys())
    if "article_id" not in keys:
        return None
    if table == "facts" and {"kind", "ref_id"} <= keys:
        url = article_url(row["article_id"], row["kind"], row["ref_id"])
    elif "claim_id" in keys:
        url = article_url(row["article_id"], "claims", row["claim_id"])
    elif table in ANCHOR_KIND and "id" in keys:
        url = article_url(row["article_id"], ANCHOR_KIND[table], row["id"])
    else:
        url = article_url(row["article_id"])
    return Markup(f'<a class="ddnews-evidence" href="{escape(url)}">{escape(value)}</a>')


@hookimpl
def register_routes():
    """The ddnews pages."""
    return [(r"^/-/ddnews/article/(?P<article_id>[^/]+)$", article_page),
            (r"^/-/ddnews/search$", search_page),
            (r"^/-/ddnews/plot$", plot_page),
            (r"^/-/ddnews/indicators$", indicators_page),
            (r"^/-/ddnews/indicator/(?P<indicator>[^/]+)$", indicator_page),
            (r"^/-/ddnews/person$", people_page),
            (r"^/-/ddnews/person/(?P<person_id>[^/]+)$", person_page)]


def _db(datasette, request):
    name = request.args.get("db")
    return datasette.get_database(name) if name else datasette.get_database()


async def _page(datasette, request, title: str, body: str, status: int = 200) -> Response:
    html = await datasette.render_template("ddnews_page.html", {"page_title": title, "body": Markup(body),
                                                                 "ddnews_css": Markup(CSS + PLOT_CSS)},
                                           request=request)
    return Response.html(html, status=status)


async def article_page(request, datasette):
    """An article with every fact highlighted and a table of its facts."""
    aid = request.url_vars["article_id"]
    db = _db(datasette, request)
    rows = (await db.execute("select * from articles where id = ?", [aid])).rows
    if not rows:
        return await _page(datasette, request, "Not found",
                           f"<h1>No article {escape(aid)}</h1><p>Check the id in the articles table.</p>", 404)
    art = dict(rows[0])
    facts = [dict(r) for r in (await db.execute(
        "select ref_id as id, kind, start, [end], label, evidence from facts where article_id = ? "
        "order by start, [end] desc", [aid])).rows]
    name = art.get("label") or art.get("title") or aid
    head = (f'<h1 class="ddnews-title">{escape(name)}</h1>'
            f'<p>{escape(art.get("published") or "date unknown")}'
            f'{" · " + str(escape(art["province"])) if art.get("province") else ""} · '
            + (f'<a href="{escape(art["url"])}">source</a> · ' if art.get("url") else "")
            + f'<a href="/{escape(db.name)}/articles/{quote(aid, safe="")}">row</a> · {len(facts)} facts</p>')
    listing = "".join(
        f'<tr><td>{escape(f["kind"])}</td><td>{escape(f.get("label") or "")}</td>'
        f'<td><a href="#{escape(f["kind"])}-{escape(f["id"])}">{escape(f.get("evidence") or "")}</a></td>'
        f'<td>{f["start"]}–{f["end"]}</td></tr>' for f in facts)
    body = (head + str(legend()) + str(render_facts(art.get("text") or "", facts))
            + '<h2>Facts</h2><table class="rows-and-columns"><thead><tr><th>kind</th><th>fact</th>'
            f'<th>evidence</th><th>span</th></tr></thead><tbody>{listing}</tbody></table>')
    return await _page(datasette, request, name, body)


async def search_page(request, datasette):
    """Articles and fact evidence matching a query, diacritics ignored."""
    q = request.args.get("q", "").strip()
    db = _db(datasette, request)
    form = (f'<form action="/-/ddnews/search" method="get"><input type="search" name="q" value="{escape(q)}" '
            'placeholder="e.g. dang vien" size="40" autofocus> <input type="submit" value="Search"></form>')
    if not q:
        return await _page(datasette, request, "Search", f"<h1>Search</h1>{form}")
    arts = await db.execute_fn(lambda conn: S.search(conn, q, 50))
    facts = await db.execute_fn(lambda conn: S.search_facts(conn, q, 100))
    items = "".join(
        f'<li class="ddnews-result"><a class="ddnews-result-link" href="{article_url(a["id"])}">'
        f'{escape(a.get("label") or a["title"] or a["id"])}</a> <small>{escape(a["published"] or "")}</small>'
        f'<br><span class="ddnews-snippet">{snippet(a["text"] or "", q)}</span></li>' for a in arts)
    hits = "".join(
        f'<tr><td>{escape(f["kind"])}</td><td><a class="ddnews-evidence" '
        f'href="{article_url(f["article_id"], f["kind"], f["ref_id"])}">{snippet(f["evidence"] or "", q)}</a></td>'
        f'<td>{escape(f.get("article_label") or f["title"] or f["article_id"])}</td></tr>' for f in facts)
    body = (f'<h1>Search</h1>{form}<h2>{len(arts)} articles</h2><ol class="ddnews-results">{items}</ol>'
            f'<h2>{len(facts)} facts</h2><table class="rows-and-columns"><tbody>{hits}</tbody></table>')
    return await _page(datasette, request, f"Search: {q}", body)


ANY = "*"  # the plot form's "every qualifier"


async def plot_page(request, datasette):
    """Claims of a chosen unit (and qualifier, place) over time.

    ``qualifier`` absent or ``*``: every qualifier (one line each); ``qualifier=`` (empty): the claims
    without a qualifier; otherwise that qualifier (diacritics ignored).
    """
    db = _db(datasette, request)
    unit = request.args.get("unit", "").strip()
    raw_q = request.args.get("qualifier")
    qualifier = None if raw_q is None or raw_q == ANY else raw_q
    place = request.args.get("place", "").strip()
    top = await db.execute_fn(lambda conn: S.top_series(conn, 40))
    options = "".join(
        f'<li><a href="/-/ddnews/plot?{urlencode({"unit": t["unit"] or "", "qualifier": t["qualifier"] or ""})}">'
        f'{escape(t["unit"])} · {escape(t["qualifier"]) if t["qualifier"] else "<i>no qualifier</i>"}</a>'
        f' ({t["n"]} claim{"" if t["n"] == 1 else "s"})</li>' for t in top)
    quals: list[dict] = []
    if unit:
        quals = await db.execute_fn(lambda conn: S.qualifiers(conn, unit))
    choices = [(ANY, "every qualifier (one line each)"), ("", "no qualifier")] + [
        (q["qualifier"], f'{q["qualifier"]} ({q["n"]})') for q in quals if q["qualifier"]]
    selected = ANY if qualifier is None else qualifier
    if not any(v == selected for v, _ in choices):
        choices.append((selected, selected))
    select = "".join(f'<option value="{escape(v)}"{" selected" if v == selected else ""}>{escape(label)}</option>'
                     for v, label in choices)
    form = (f'<form action="/-/ddnews/plot" method="get">unit <input name="unit" value="{escape(unit)}" '
            f'placeholder="e.g. đảng viên"> qualifier <select name="qualifier">{select}</select> '
            f'place <input name="place" value="{escape(place)}" placeholder="any"> '
            '<input type="submit" value="Plot"></form>')
    chart = ""
    if unit:
        rows = await db.execute_fn(lambda conn: S.claim_series(conn, unit, qualifier, place or None))
        chart = f"<h2>{escape(S.series_title(unit, qualifier, place or None))}</h2>" + svg_series(rows, unit)
    body = (f"<h1>Claims over time</h1>{form}{chart}<h2>Most frequent series</h2>"
            f'<ul class="ddnews-series">{options}</ul>')
    return await _page(datasette, request, "Claims over time", body)


async def indicators_page(request, datasette):
    """Every indicator of the panel, with counts."""
    db = _db(datasette, request)
    body = await db.execute_fn(P.indicators_body)
    return await _page(datasette, request, "Indicators", body)


async def indicator_page(request, datasette):
    """One indicator: a line chart per province, a map of the latest values, every value with its articles."""
    ind = request.url_vars["indicator"]
    db = _db(datasette, request)
    found = await db.execute_fn(lambda conn: P.indicator_body(conn, ind))
    return await _found_or_404(datasette, request, found, f"No indicator {escape(ind)} in this store",
                               "/-/ddnews/indicators", "The indicators")


async def people_page(request, datasette):
    """The people named in most articles."""
    db = _db(datasette, request)
    return await _page(datasette, request, "People", await db.execute_fn(P.people_body))


async def person_page(request, datasette):
    """A person's positions and sanctions in time order, their mentions and namesakes."""
    pid = request.url_vars["person_id"]
    db = _db(datasette, request)
    found = await db.execute_fn(lambda conn: P.person_body(conn, pid))
    return await _found_or_404(datasette, request, found, f"No person {escape(pid)}", "/-/ddnews/person", "People")


async def _found_or_404(datasette, request, found, missing: str, back: str, back_label: str):
    """The page of ``found`` (title, body), or a 404 page saying what is missing, linking back to its list."""
    if found is None:
        return await _page(datasette, request, "Not found",
                           f'<h1>{missing}</h1><p><a href="{back}">{back_label}</a></p>', 404)
    return await _page(datasette, request, *found)
