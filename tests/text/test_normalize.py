"""Normalisation keeps an exact way back to the text as loaded (property tests)."""
import unicodedata

from hypothesis import given, settings
from hypothesis import strategies as st

from ddnews.text.normalize import TONE_PLACEMENT, fold, normalize, strip_marks

WORDS = ["Tỉnh ủy", "Tỉnh uỷ", "hòa", "hoà", "Đảng viên", "quý", "thuỷ", "Nghị quyết", "04-NQ/TU", "1.873", "93,65%"]
SPACES = [" ", "  ", "\u00a0", "\t", "\n", "\r\n", "\u200b", "\u2009", "\ufeff", " \n "]


@st.composite
def messy_texts(draw):
    parts = draw(st.lists(st.tuples(st.sampled_from(WORDS), st.sampled_from(SPACES)), min_size=1, max_size=12))
    text = "".join(w + s for w, s in parts)
    form = draw(st.sampled_from(["NFC", "NFD", "mixed"]))
    if form == "NFD":
        text = unicodedata.normalize("NFD", text)
    elif form == "mixed":
        text = "".join(unicodedata.normalize("NFD", c) if i % 2 else c for i, c in enumerate(text))
    return text


@settings(max_examples=300, deadline=None)
@given(messy_texts())
def test_normalize_round_trip_every_word(raw):
    nt = normalize(raw)
    assert unicodedata.is_normalized("NFC", nt.text)
    for word in WORDS:
        target = unicodedata.normalize("NFC", word)
        start = nt.text.find(target)
        while start >= 0:
            s, e = nt.to_original(start, start + len(target))
            # the original slice is the same word, only perhaps in another normal form
            assert unicodedata.normalize("NFC", raw[s:e]) == target
            start = nt.text.find(target, start + 1)


@settings(max_examples=300, deadline=None)
@given(st.text(alphabet=st.characters(codec="utf-8", exclude_categories=("Cs",)), max_size=60))
def test_normalize_maps_every_character_inside_the_original(raw):
    nt = normalize(raw)
    for i in range(len(nt.text)):
        s, e = nt.to_original(i, i + 1)
        assert 0 <= s < e <= len(raw)
    if nt.text:
        assert nt.to_original(0, len(nt.text))[1] <= len(raw)


@settings(max_examples=200, deadline=None)
@given(st.text(max_size=80))
def test_fold_keeps_length(text):
    assert len(fold(text)) == len(text)


# fmt: off
def test_fold_matches_both_tone_placements():
    for old, new in TONE_PLACEMENT.items():
        assert fold(old) == fold(new) == new
    assert fold("Tỉnh Uỷ Điện Biên") == fold("tỉnh ủy điện biên")


def test_normalize_cleans_odd_whitespace_without_shifting():
    nt = normalize("Tỉnh\u00a0ủy\u200b ban\tchấp")
    assert nt.text == "Tỉnh ủy ban chấp"
    s, e = nt.to_original(8, 11)
    assert nt.original[s:e] == "ban"


def test_strip_marks_folds_d_bar():
    assert strip_marks("Đảng viên Tỉnh uỷ") == "Dang vien Tinh uy"
# fmt: on


def test_normalize_composes_across_a_dropped_character():
    nt = normalize("Đa\u200b\u0309ng")
    assert nt.text == "Đảng"
    assert nt.to_original(0, 4) == (0, 6)
