"""Search keys of the fact store: folded twins of texts for FTS, and the identity of a cited document.

Two foldings, both built on :func:`ddnews.text.normalize.strip_marks` (diacritics removed, đ→d):

- :func:`fold_for_search` — a short grouping/search key (lower case, single spaces), for units,
  qualifiers, names, labels and FTS queries;
- :func:`strip_marks_fast` — ``strip_marks`` for whole article texts (the ``*_folded`` FTS columns),
  cached per character.

Neither is :func:`ddnews.text.normalize.fold`, which keeps diacritics and the text's length (it is
for matching inside the pipeline, not for search keys).
"""
from __future__ import annotations

import hashlib
import json
import re
import unicodedata
from typing import Any

from ..text.normalize import strip_marks

# Symbols of central bodies: their documents are national, not scoped by the citing article's province.
# HDND alone is ambiguous (every province has one), so it is not in this set: treated as local.
_CENTRAL = frozenset({"TW", "BCT", "BBT", "QH", "UBTVQH", "CP", "TTG", "BCHTW", "BTC", "BNV", "BTCTW", "BKT",
                      "BTGTW", "BDVTW", "UBKTTW", "VPTW"})


class _StripTable(dict[int, str]):
    """``str.translate`` table that strips each character once (``strip_marks``), then caches it."""

    def __missing__(self, code: int) -> str:
        self[code] = stripped = strip_marks(chr(code))
        return stripped


_STRIP = _StripTable()


def strip_marks_fast(text: str) -> str:
    """``strip_marks`` for long texts (same result on NFC text, much faster).

    >>> strip_marks_fast("Tỉnh uỷ Đảng") == strip_marks("Tỉnh uỷ Đảng")
    True
    """
    return unicodedata.normalize("NFC", text).translate(_STRIP)


def fold_for_search(text: str | None) -> str | None:
    """Search/grouping key: diacritics removed, đ→d, lower case, single spaces (``None`` stays ``None``).

    >>> fold_for_search("Thôn,  Bản chưa có Đảng viên")
    'thon, ban chua co dang vien'
    """
    if text is None:
        return None
    return " ".join(strip_marks_fast(str(text)).lower().split())


def record_hash(rec: dict[str, Any], store_format: int = 2) -> str:
    """Hash of a whole record (text and facts) and of the store's format: equal hashes mean nothing to rewrite.

    ``store_format`` (:data:`ddnews.store.schema.STORE_FORMAT`) changes when the way records are stored
    does, so that a store of an earlier format has every article rewritten on the next run.
    """
    blob = json.dumps(rec, ensure_ascii=False, sort_keys=True, default=str) + f"\n{store_format}"
    return hashlib.sha1(blob.encode("utf-8")).hexdigest()


def document_key(doc: dict[str, Any], province: str | None = None) -> tuple[str, str, str | None, str]:
    """The id, display label, scope and unscoped key of a distinct document.

    Kind, number (leading zeros dropped) and symbol (folded, upper case) identify a document; a local
    body's document ("…/TU", "…/UBND") is further scoped by the citing article's province, so two
    provinces' "Nghị quyết số 09-NQ/TU" stay apart while every article of one province shares a row.
    A document without a symbol is keyed by its issuer instead. The unscoped key lets a citation from
    an article of unknown province join the one scoped document it can be (see ``Store``).

    >>> document_key({"kind": "Nghị quyết", "number": "09", "symbol": "NQ/TU"}, "X")[1:3]
    ('Nghị quyết số 09-NQ/TU', 'X')
    >>> document_key({"kind": "Nghị quyết", "number": "9", "symbol": "nq/tu"}, "X")[0] == \\
    ...     document_key({"kind": "Nghị quyết", "number": "09", "symbol": "NQ/TU"}, "X")[0]
    True
    """
    kind = doc.get("kind") or ""
    number = (doc.get("number") or "").strip()
    symbol = re.sub(r"\s+", "", doc.get("symbol") or "")
    sym_key = re.sub(r"[^A-Z0-9/]", "", strip_marks(symbol).upper())
    body = sym_key.rsplit("/", 1)[-1] if "/" in sym_key else ""
    scope = province if (body and body not in _CENTRAL) else None
    parts = [fold_for_search(kind) or "", number.lstrip("0") or number, sym_key]
    if not sym_key:
        parts.append(fold_for_search(doc.get("issuer")) or "")
    label = " ".join(p for p in (kind, f"số {number}" if number else "") if p)
    if symbol:
        label = f"{label}-{symbol}" if number else f"{label} {symbol}".strip()
    base = hashlib.sha1("|".join(parts).encode("utf-8")).hexdigest()[:16]
    key = hashlib.sha1("|".join([*parts, fold_for_search(scope) or ""]).encode("utf-8")).hexdigest()[:16]
    return key, label or (doc.get("evidence") or key), scope, base
