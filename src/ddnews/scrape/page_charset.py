"""The charset of an article page: its bytes → text (NFC) and the charset they were read with.

The HTTP header's charset, then the page's ``<meta charset>``, then detection (charset-normalizer, with a
Vietnamese tie-break between windows-1258 and windows-1252). A declared charset that does not decode the
bytes is not believed (mislabelled pages), and a Latin-1/windows-1252 header on bytes that are valid UTF-8
is taken for the server default it usually is. windows-1258 writes tone marks as combining characters:
the text is put in NFC. Used by :mod:`.page` (which re-exports :func:`decode_html` and :func:`is_html`).
"""
from __future__ import annotations

import unicodedata

import regex

_CHARSET = regex.compile(rb"""<meta[^>]{0,200}?charset\s*=\s*["']?\s*([\w.:-]{2,40})""", regex.I)
_HEADER_CHARSET = regex.compile(r"""charset\s*=\s*["']?([\w.:-]+)""", regex.I)
_WESTERN_DEFAULTS = frozenset({"iso8859-1", "latin-1", "ascii", "cp1252"})
_VIETNAMESE = regex.compile(r"[ăâđêôơưĂÂĐÊÔƠƯ\u0300\u0301\u0303\u0309\u0323\u1ea0-\u1ef9]")


# -- charset ----------------------------------------------------------------------------------------------
def _codec(name: str | bytes | None) -> str | None:
    import codecs

    if not name:
        return None
    label = name.decode("ascii", "ignore") if isinstance(name, bytes) else name
    try:
        return codecs.lookup(label.strip().lower()).name
    except LookupError:
        return None


def _strict(body: bytes, codec: str) -> str | None:
    try:
        return body.decode(codec)
    except (UnicodeDecodeError, LookupError):
        return None


def _vietnamese_share(text: str) -> float:
    letters = sum(1 for c in text if c.isalpha())
    return len(_VIETNAMESE.findall(text)) / letters if letters else 0.0


def decode_html(body: bytes, content_type: str = "") -> tuple[str, str]:
    """The page as text (NFC) and the charset it was read with.

    >>> cp1258 = "<p>Đa\u0309ng bô\u0323 ti\u0309nh</p>".encode("cp1258")  # tone marks combine in windows-1258
    >>> decode_html(cp1258, "text/html; charset=windows-1258")
    ('<p>Đảng bộ tỉnh</p>', 'cp1258')
    >>> decode_html("<p>Đảng bộ</p>".encode("utf-8"), "text/html; charset=ISO-8859-1")[1]
    'utf-8'
    """
    if body.startswith(b"\xef\xbb\xbf"):
        return unicodedata.normalize("NFC", body[3:].decode("utf-8", errors="replace")), "utf-8"
    if body.startswith((b"\xff\xfe", b"\xfe\xff")):
        return unicodedata.normalize("NFC", body.decode("utf-16", errors="replace")), "utf-16"
    header = _HEADER_CHARSET.search(content_type or "")
    meta = _CHARSET.search(body[:16384])
    for declared in (_codec(header.group(1) if header else None), _codec(meta.group(1) if meta else None)):
        if declared is None:
            continue
        if declared in _WESTERN_DEFAULTS and not body.isascii():
            utf8 = _strict(body, "utf-8")
            if utf8 is not None:
                return unicodedata.normalize("NFC", utf8), "utf-8"
        text = _strict(body, declared)
        if text is not None:
            return unicodedata.normalize("NFC", text), declared
    text = _strict(body, "utf-8")
    if text is not None:
        return unicodedata.normalize("NFC", text), "utf-8"
    return _detect(body)


def _detect(body: bytes) -> tuple[str, str]:
    """Undeclared or mislabelled bytes: the likeliest of charset-normalizer's guess and the two Vietnamese
    single-byte code pages, by the share of Vietnamese letters each gives."""
    from charset_normalizer import from_bytes

    guesses: list[str] = ["cp1258", "cp1252"]
    best = from_bytes(body).best()
    if best is not None and _codec(best.encoding):
        guesses.insert(0, _codec(best.encoding) or "utf-8")
    decoded = [(codec, body.decode(codec, errors="replace")) for codec in dict.fromkeys(guesses)]
    codec, text = max(decoded, key=lambda ct: (_vietnamese_share(unicodedata.normalize("NFC", ct[1])),
                                               -ct[1].count("\ufffd")))
    return unicodedata.normalize("NFC", text), codec


def is_html(body: bytes) -> bool:
    """Bytes that look like an HTML document (for answers without a Content-Type)."""
    head = body[:2048].lstrip().lower()
    return head.startswith((b"<!doctype html", b"<html", b"<?xml")) or b"<html" in head or b"<body" in head
