"""The word-list alternations find the same words as the flat, longest-first list (property tests)."""
import regex
from hypothesis import given, settings
from hypothesis import strategies as st

from ddnews.text.patterns import alternation, suffix_trie_alternation, trie_alternation

# words and texts of a few short syllables, so that one word often begins or ends another and branches differ in depth
SYLLABLES = ["a", "b", "đ", "ab", "ba", "bb", "bbb"]
phrases = st.lists(st.sampled_from(SYLLABLES), min_size=1, max_size=3).map(" ".join)
words = st.lists(phrases, min_size=1, max_size=10)
texts = st.lists(st.sampled_from(SYLLABLES + ["x"]), max_size=5).map(" ".join)


def _found(pattern: regex.Pattern, text: str):
    m = pattern.search(text)
    return m and (m.span(), m.span("w"))


@settings(max_examples=400, deadline=None)
@given(words, st.lists(texts, min_size=1, max_size=10))
def test_the_trie_of_endings_read_from_the_end_finds_what_the_flat_list_finds(ws, samples):
    """Anchored at the end and read backwards (regex.REVERSE), with a boundary before the word: the same match."""
    flat = regex.compile(rf"(?<!\w)(?P<w>{alternation(ws)})x?$", flags=regex.REVERSE)
    trie = regex.compile(rf"(?<!\w)(?P<w>{suffix_trie_alternation(ws)})x?$", flags=regex.REVERSE)
    for text in samples:
        assert _found(trie, text) == _found(flat, text)


@settings(max_examples=400, deadline=None)
@given(words, st.lists(texts, min_size=1, max_size=10))
def test_the_trie_of_beginnings_read_forward_finds_what_the_flat_list_finds(ws, samples):
    flat = regex.compile(rf"(?P<w>{alternation(ws)})(?!\w)")
    trie = regex.compile(rf"(?P<w>{trie_alternation(ws)})(?!\w)")
    for text in samples:
        assert _found(trie, text) == _found(flat, text)


def test_the_longest_ending_wins():
    pattern = regex.compile(rf"(?P<w>{suffix_trie_alternation(['viên', 'đảng viên', 'đoàn viên'])})$",
                            flags=regex.REVERSE)
    assert pattern.search("có 12 Đảng viên".lower()).group("w") == "đảng viên"
    assert pattern.search("có 12 hội viên").group("w") == "viên"


def test_a_word_that_ends_a_longer_one_does_not_win_over_it():
    """A trie of beginnings read from the end would try "b" (in the deeper branch of "bbbbbb") before "a b"."""
    words = ["a b", "b", "bbbbbb"]
    pattern = regex.compile(rf"(?<!\w)(?P<w>{suffix_trie_alternation(words)})$", flags=regex.REVERSE)
    assert pattern.search("a b").group("w") == "a b"
    assert pattern.search("ab b").group("w") == "b"
