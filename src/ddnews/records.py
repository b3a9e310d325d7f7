"""One converter: a processed Doc → the article record (ANNOTATION.md fields + offsets into the text as loaded).

The record is made from the Doc alone: the facts of each kind are the typed facts of the Spans in
``doc.spans[kind]``; the publication date and the province are Doc attributes.  Every offset the
extractors produced indexes the normalised text; here it is mapped back with the article's
:class:`~ddnews.text.normalize.NormalText`, and each fact gets ``evidence`` = ``text[start:end]`` of the
text as loaded.
"""
from __future__ import annotations

from typing import Any

from spacy.tokens import Doc

from .facts import RECORD_KINDS
from .nlp.attrs import facts_of
from .text.normalize import NormalText

# Record fields per fact kind, in output order (kept for callers that import it from here).
FACT_KEYS = RECORD_KINDS


def _map_span(nt: NormalText, s: int, e: int) -> list[int]:
    return list(nt.to_original(s, e))


# How each key of a fact is mapped, decided once per distinct key tuple: "spans" (a list of offset pairs),
# "pair" (a ``<x>_start`` whose ``<x>_end`` follows), "skip" (that ``_end``), "copy" (anything else).
_PLANS: dict[tuple[str, ...], tuple[tuple[str, str], ...]] = {}


def _plan(keys: tuple[str, ...]) -> tuple[tuple[str, str], ...]:
    plan = _PLANS.get(keys)
    if plan is None:
        present = set(keys)
        steps = []
        for k in keys:
            if k == "mentions" or k.endswith("_spans"):
                steps.append((k, "spans"))
            elif k.endswith("_start") and k[:-6] + "_end" in present:
                steps.append((k, "pair"))
            elif k.endswith("_end") and k[:-4] + "_start" in present:
                steps.append((k, "skip"))
            else:
                steps.append((k, "copy"))
        plan = tuple(steps)
        if len(_PLANS) < 1000:
            _PLANS[keys] = plan
    return plan


def map_fact(fact: dict[str, Any], nt: NormalText) -> dict[str, Any]:
    """Copy ``fact`` with every offset mapped to the text as loaded and ``evidence`` added."""
    out: dict[str, Any] = {}
    original = nt.original
    for k, how in _plan(tuple(fact)):
        v = fact[k]
        if how == "copy":
            out[k] = v
        elif how == "pair":
            end_key = k[:-6] + "_end"
            e = fact[end_key]
            if isinstance(v, int) and isinstance(e, int):
                out[k], out[end_key] = nt.to_original(v, e)
            else:
                out[k], out[end_key] = v, e
        elif how == "spans":
            out[k] = [_map_span(nt, s, e) for s, e in v] if v else []
        elif not isinstance(fact[k[:-4] + "_start"], int):  # "skip": an ``_end`` whose ``_start`` is not set
            out[k] = v
    s, e = fact.get("start"), fact.get("end")
    if isinstance(s, int) and isinstance(e, int):
        s, e = nt.to_original(s, e)
        out["start"], out["end"] = s, e
        out["evidence"] = original[s:e]
    if "mentions" in out:
        out["mention_evidence"] = [original[s:e] for s, e in out["mentions"]]
    return out


def doc_to_record(doc: Doc, *, include_text: bool = True) -> dict[str, Any]:
    """The article record of a processed Doc (what ``ddnews extract --format jsonl`` prints)."""
    art = doc._.article
    nt: NormalText = doc._.normal or NormalText(doc.text, doc.text)
    rec: dict[str, Any] = {
        "id": art.id if art else None,
        "source": art.source if art else None,
        "url": art.url if art else None,
        "title": art.title if art else None,
        "published": doc._.published,
        "published_from": None,
        "content_hash": art.content_hash if art else None,
        "n_chars": len(nt.original),
        "encoding": art.encoding if art else None,
        "repaired": art.repaired if art else False,
    }
    pub = [map_fact(f.to_dict(), nt) for f in facts_of(doc, "published")]
    if pub:
        rec["published_from"] = pub[0].get("source")
        rec["published_evidence"] = {k: pub[0][k] for k in ("start", "end", "evidence")}
    elif rec["published"] and doc._.header_published == rec["published"]:
        rec["published_from"] = ((art.meta if art else None) or {}).get("published_from") or "header"
    for kind in RECORD_KINDS:
        rec[kind] = [map_fact(f.to_dict(), nt) for f in facts_of(doc, kind)]
    rec["province"] = doc._.province
    if include_text:
        rec["text"] = nt.original
    return rec
