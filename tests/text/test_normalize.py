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
    nt = normalize("Tỉnh\u00a0ủy\u200b ban\u2009chấp")
    assert nt.text == "Tỉnh ủy ban chấp"
    s, e = nt.to_original(8, 11)
    assert nt.original[s:e] == "ban"


def test_normalize_keeps_tabs_that_separate_table_cells():
    assert normalize("Xã A\t12\t15").text == "Xã A\t12\t15"


def test_strip_marks_folds_d_bar():
    assert strip_marks("Đảng viên Tỉnh uỷ") == "Dang vien Tinh uy"
# fmt: on


def test_normalize_composes_across_a_dropped_character():
    nt = normalize("Đa\u200b\u0309ng")
    assert nt.text == "Đảng"
    assert nt.to_original(0, 4) == (0, 6)


# --- control characters and terminal escapes: dropped, with the way back kept ---------------------------

ANSI = ["\x1b[1;31m", "\x1b[0m", "\x1b[38;5;208m", "\x1b]0;tiêu đề\x07", "\x1b(B", "\x9b32m", "\x1b[2K"]
CONTROLS = ["\x00", "\x07", "\x08", "\x1b", "\x7f", "\x81", "\x9f", "\u200e", "\u202e", "\u2066"]
BREAKS = ["\f", "\v", "\x1c", "\x85"]


@st.composite
def terminal_texts(draw):
    """Words with colour codes, stray control characters and page breaks between and inside them."""
    out = []
    for _ in range(draw(st.integers(1, 10))):
        word = draw(st.sampled_from(WORDS))
        if draw(st.booleans()):  # a code inside a word ("Tỉnh \x1b[1mủy")
            cut = draw(st.integers(0, len(word)))
            word = word[:cut] + draw(st.sampled_from(ANSI + CONTROLS)) + word[cut:]
        out.append(draw(st.sampled_from(ANSI + CONTROLS + BREAKS + SPACES)) + word)
    text = "".join(out)
    return unicodedata.normalize("NFD", text) if draw(st.booleans()) else text


@settings(max_examples=300, deadline=None)
@given(terminal_texts())
def test_controls_and_escapes_are_dropped_and_offsets_index_the_text_as_loaded(raw):
    nt = normalize(raw)
    assert not any(c in nt.text for c in "\x1b\x9b\x00\x07\x08\x7f\x81\x9f\u200e\u202e\u2066\f\v\x1c\x85")
    assert unicodedata.is_normalized("NFC", nt.text)
    for i in range(len(nt.text)):
        s, e = nt.to_original(i, i + 1)
        assert 0 <= s < e <= len(raw)
    for word in WORDS:  # a word found maps back to a slice that is the word (and whatever codes were inside it)
        target = unicodedata.normalize("NFC", word)
        start = nt.text.find(target)
        while start >= 0:
            end = start + len(target)
            if end == len(nt.text) or not unicodedata.category(nt.text[end]).startswith("M"):  # whole graphemes
                s, e = nt.to_original(start, end)
                assert normalize(raw[s:e]).text == target   # the slice is the word, with its codes inside
            start = nt.text.find(target, start + 1)


def test_colour_codes_inside_a_word_map_back_around_them():
    raw = "Ban \x1b[1mThường vụ\x1b[0m Tỉnh\x00 ủy\fhọp"
    nt = normalize(raw)
    assert nt.text == "Ban Thường vụ Tỉnh ủy\nhọp"
    s, e = nt.to_original(4, 13)
    assert raw[s:e] == "Thường vụ"
    s, e = nt.to_original(14, 21)
    assert raw[s:e] == "Tỉnh\x00 ủy"   # the span keeps what it covers in the text as loaded


def test_page_breaks_become_line_breaks_in_place():
    nt = normalize("trang một\ftrang hai\vba")
    assert nt.text == "trang một\ntrang hai\nba" and nt.identity
