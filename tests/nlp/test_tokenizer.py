"""The tokenizer's contract: lossless, spaCy's words-and-spaces rules, numbers kept whole."""
from __future__ import annotations

import pytest
import spacy.vocab
from hypothesis import given, settings
from hypothesis import strategies as st

from ddnews.nlp.tokenizer import FastTokenizer


@pytest.fixture(scope="module")
def tok():
    return FastTokenizer(spacy.vocab.Vocab())


@pytest.mark.parametrize(("text", "tokens"), [
    ("kết nạp 2.415 đảng viên", ["kết|", "nạp|", "2.415|", "đảng|", "viên"]),
    ("đạt 93,65%.", ["đạt|", "93,65", "%", "."]),
    ("số 04-NQ/TU", ["số|", "04", "-", "NQ/TU"]),
    ("Tỉnh  ủy\n\nxã", ["Tỉnh|", " ", "ủy", "\n\n", "xã"]),
    ("  đầu", ["  ", "đầu"]),
    ("a - b", ["a|", "-|", "b"]),
    ("cuối \n", ["cuối|", "\n"]),
    ("Ho\u0301a", ["Ho\u0301a"]),            # an uncomposed tone mark stays inside its word
])
def test_tokens_pinned(tok, text, tokens):
    doc = tok.tokens(text)
    assert [t.text + ("|" if t.whitespace_ else "") for t in doc] == tokens


@settings(max_examples=300, deadline=None)
@given(st.text(alphabet=st.sampled_from(list("aăâđêôơư áàảãạếệ0123456789.,/%-()\n\t\u00a0\u0301"))
               | st.characters(blacklist_categories=("Cs",)), max_size=80))
def test_tokens_are_lossless(tok, text):
    doc = tok.tokens(text)
    assert doc.text == text
    assert all(t.text for t in doc)
    # spaCy's rule: a token carries at most one trailing space, and whitespace tokens carry none
    assert not any(t.is_space and t.whitespace_ for t in doc)

