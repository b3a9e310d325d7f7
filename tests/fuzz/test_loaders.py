"""The loaders on arbitrary bytes and text: never an exception, only Articles and error rows that say why, text
that round-trips when no repair was made, normalisation offsets inside the text as loaded."""
from __future__ import annotations

import io
import tempfile
from pathlib import Path

import pytest
from hypothesis import strategies as st

from ddnews.loading.decode import Decoded, DecodeError, decode_bytes, repair_mojibake, sniff_bytes, sniff_text
from ddnews.loading.files import load_articles, split_header
from ddnews.text.normalize import fold, normalize
from ddnews.types import Article, ErrorRecord
from fuzz.harness import LONG, fuzz, short
from fuzz.strategies import arbitrary_text, texts

SUFFIXES = [".txt", ".jsonl", ".json", ".csv", ".tsv", ".html", ".pdf", ".docx", ".doc", ".md", ""]
PREFIXES = [b"", b"%PDF-1.4\n", b"PK\x03\x04", b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1", b"\xef\xbb\xbf", b"\xff\xfe",
            b"<!DOCTYPE html><html><body><p>", b'{"text": "', b"text;id\n", b"# title: x\n\n"]


def file_bytes() -> st.SearchStrategy[bytes]:
    """Bytes a file might hold: random, or random after a magic number or a format's opening."""
    encoded = st.tuples(texts(20), st.sampled_from(["utf-8", "utf-16", "utf-16-le", "cp1258", "latin-1"])).map(
        lambda t: t[0].encode(t[1], errors="ignore"))
    return st.tuples(st.sampled_from(PREFIXES), st.one_of(st.binary(max_size=300), encoded)).map(b"".join)


def check_decode(data: bytes) -> None:
    try:
        d = decode_bytes(data)
    except DecodeError as exc:
        assert exc.reason
        return
    assert isinstance(d, Decoded) and isinstance(d.text, str) and d.encoding
    assert decode_bytes(data) == d
    sniff_text(d.text)
    sniff_bytes(data[:16])


def _binary_looking(data: bytes) -> bool:
    return data.count(0) > max(2, len(data) // 100) or sum(b < 32 for b in data) > 0.05 * len(data)


def check_round_trip(case: tuple[str, str]) -> None:
    text, encoding = case
    if "\x00" in text and encoding == "utf-8":
        return                  # "a\x00b\x00" is also UTF-16 for "ab": no text file holds NUL characters
    data = text.encode(encoding)
    try:
        d = decode_bytes(data)
    except DecodeError as exc:  # a "text" of control characters is binary content
        assert exc.binary and _binary_looking(data), exc.reason
        return
    if text.startswith("\x00") and encoding == "utf-16":
        return                  # FF FE 00 00 opens UTF-32 too: a UTF-16 text opening with NUL is read as such
    if not d.repaired:
        assert d.text == text.lstrip("\ufeff") or d.text == text
    assert d.encoding.replace("-sig", "").startswith(encoding.split("-")[0])


def check_text(text: str) -> None:
    fixed = repair_mojibake(text)
    assert isinstance(fixed, str)
    meta, body = split_header(text)
    assert text.endswith(body) and all(isinstance(v, str) for v in meta.values())
    nt = normalize(text)
    assert len(fold(nt.text)) == len(nt.text)
    for i in range(len(nt.text)):
        s, e = nt.to_original(i, i + 1)
        assert 0 <= s < e <= len(text)
    for i, j in ((0, len(nt.text)), (len(nt.text) // 3, len(nt.text) // 2)):
        s, e = nt.to_original(i, j)
        assert 0 <= s <= e <= len(text)


_DIR = Path(tempfile.mkdtemp(prefix="ddnews-fuzz-"))


def check_file(case: tuple[str, bytes]) -> None:
    suffix, data = case
    path = _DIR / f"f{suffix}"
    path.write_bytes(data)
    got = list(load_articles([path]))
    assert got, "no record and no error row"
    for x in got:
        assert isinstance(x, (Article, ErrorRecord))
        if isinstance(x, ErrorRecord):
            assert x.code != "E022", x.message          # the loaders' catch-all: an unexpected exception
            assert x.message
        else:
            assert x.text.strip() and "encoding" in x.meta and "repaired" in x.meta


def check_stdin(data: bytes) -> None:
    class Stream:
        buffer = io.BytesIO(data)

    for x in load_articles(["-"], stdin=Stream()):
        assert isinstance(x, (Article, ErrorRecord)) and getattr(x, "code", None) != "E022"


CASES = {
    "decode": (check_decode, file_bytes, 300),
    "round_trip": (check_round_trip, lambda: st.tuples(texts(20), st.sampled_from(["utf-8", "utf-16", "utf-32"])),
                   200),
    "text": (check_text, lambda: st.one_of(texts(), arbitrary_text()), 300),
    "file": (check_file, lambda: st.tuples(st.sampled_from(SUFFIXES), file_bytes()), 200),
    "stdin": (check_stdin, file_bytes, 150),
}


@pytest.mark.parametrize("name", CASES)
def test_loader(name):
    check, strategy, n = CASES[name]
    fuzz(check, strategy(), short(n))


@pytest.mark.fuzz_long
@pytest.mark.parametrize("name", CASES)
def test_loader_long(name):
    check, strategy, _ = CASES[name]
    fuzz(check, strategy(), LONG, f"loader:{name}")
