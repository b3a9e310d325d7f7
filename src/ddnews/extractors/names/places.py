"""Place grammar: a level word ("huyện", "TP.", "phường") and the unit's name after it.

Shared by the locations extractor (every unit) and the organizations extractor ("Đảng bộ huyện
X").  The name is a run of capitalised syllables ("A - B" joined; "M'Drắk", "Ô Lâm"), or a number for
the levels that allow one ("phường 2", "tổ dân phố số 5"); a village's name may end in a number
("thôn Đắk Chum 1"), a commune's only when the gazetteer knows it so ("xã Đường 10"); the run is cut to the
longest unit name the gazetteer knows, and where it goes on into a person's name ("UBND tỉnh X Nguyễn Văn
An") the person is split off.  All-capital headings ("TỈNH X NĂM 2021") only yield names the gazetteer knows.
"""
from __future__ import annotations

import re
from pathlib import Path

from ...lexicon import load_tsv, load_words
from ...resources.admin_units import gazetteer
from ...settings import WINDOWS
from ...text.normalize import fold
from ...text.patterns import trie_alternation
from .capitals import NAME_RUN, NAME_WORD, Tok, known_place_prefix, split_person, token_at

_MAJOR = frozenset({"province", "city", "district", "town"})
_DECIMAL = re.compile(r"[.,]\d")
# A number may end a village's or commune's name ("thôn Đắk Chum 1", "xã Đường 10") when what follows
# closes the name: punctuation, a line end, "và", a parenthesis ("bản Nậm X 3 (xã Y)"); never a quantity ("1,5",
# "10%", "2/3", "2 năm").
_NUMBER_SUFFIX = re.compile(r" (\d{1,2})(?=\s*(?:$|[,;:.)\]\"”](?!\d)|\n|và\b|[-–] | \((?!\d)))", re.M)
# a letter, a letter and a digit or a Roman numeral closing a village's or a ward's name ("ấp Tân Hòa A", "ấp Tà
# Điếp C1", "phường Hải Châu I")
_LETTER_SUFFIX = re.compile(r" ([A-Z]\d?|I{1,3}|IV|VI{0,3})(?=[ \t]*(?:$|[,;:.)\]\"”(](?!\d)|\n|[-–] )"
                            r"|[ \t]+[a-zà-ỹđ])", re.M)
_LETTERED_LEVELS = frozenset({"village", "ward"})
_INITIAL_LEVELS = frozenset({"h", "q"})   # level words of one letter: only before a name the gazetteer knows
# a number after a name, which the gazetteer may know as part of it ("xã Quế Xuân 1 tổ chức …")
_KNOWN_NUMBER = re.compile(r" (\d{1,2})(?![\d.,]\d|\d|[./]\d)")
_NUMBERED_LEVELS = frozenset({"village", "commune", "ward", "township"})


def is_place(folded_name: str) -> bool:
    return gazetteer().is_place(folded_name)


class PlaceGrammar:
    """Level words and unit names of one ``ddnews_locations`` data directory."""

    def __init__(self, data_dir: Path, surnames: frozenset[str]) -> None:
        d = Path(data_dir)
        rows = load_tsv(d / "levels.tsv")
        self.level_of = {fold(r["word"]).rstrip("."): r["level"] for r in rows}
        self.numeric = {fold(r["word"]).rstrip("."): r["numeric"] == "yes" for r in rows}
        self.title_case = {fold(r["word"]).rstrip("."): r["title_case"] == "yes" for r in rows}
        # abbreviations with their full stop ("TP.", "TX.") first: the trie's word end would stop before the dot
        dotted = "|".join(sorted({re.escape(fold(r["word"])) for r in rows if r["word"].endswith(".")}, key=len,
                                 reverse=True)) or "(?!)"
        # a one-letter abbreviation is a level word only with its full stop ("H. Sóc Sơn", never a bare "H")
        words = [w for w in self.level_of if len(w) > 1]
        self.level_re = re.compile(rf"(?<!\w)(?:{dotted}|{trie_alternation(words)}(?!\w))")
        self.blockers = frozenset(fold(w) for w in load_words(d / "level_blockers.tsv"))
        self.directions = frozenset(fold(w) for w in load_words(d / "place_directions.tsv"))
        stops = load_tsv(d / "name_stopwords.tsv")
        self.stop_re = re.compile(rf"{trie_alternation([r['word'] for r in stops if r['kind'] != 'opener'])}(?!\w)")
        # words that, capitalised right after a level word, are no place name but a term ("HĐND tỉnh
        # Khóa X") or a body ("Tỉnh Đoàn", "Huyện Đoàn"): the level word then names no unit
        self.term_re = re.compile(rf"{trie_alternation([r['word'] for r in stops if r['kind'] == 'term'])}(?!\w)")
        # a preposition opening the next sentence after an abbreviated level word ("… TP. Tại điểm cầu …"): no name
        self.function_re = re.compile(
            rf"{trie_alternation([r['word'] for r in stops if r['kind'] == 'function'])}(?!\w)")
        self.opener_re = re.compile(
            rf"{trie_alternation([r['word'] for r in stops if r['kind'] in ('term', 'opener')])}(?!\w)")
        self.surnames = surnames

    def level_at(self, text: str, folded: str, pos: int) -> re.Match[str] | None:
        """The level word match at ``pos``, or None.

        A capitalised "Làng"/"Bản"/"Khu" mid-text is part of a name ("Làng Nủ"), not a level word,
        and a level word glued to the word before ("văn bản", "Quân khu") is none either.
        """
        m = self.level_re.match(folded, pos)
        if not m:
            return None
        word = m.group().rstrip(".")
        if text[pos].isupper() and not self.title_case[word]:
            return None
        prev = folded[max(0, pos - WINDOWS.level_blocker_lookback):pos].split()
        if prev and prev[-1] in self.blockers and folded[pos - 1:pos] == " ":
            return None
        if text[pos].isupper() and not text[pos:m.end()].isupper() and self._inside_name(text, folded, pos):
            return None       # "Chau Sóc Pha": a capitalised level word inside a person's run of name syllables
        if text[pos].isupper() and " " not in word:
            # "Buôn Đôn", "Sóc Trăng": a capitalised level word that opens a known unit name is part of it
            run = NAME_RUN.match(text, m.end() + 1) if folded[m.end():m.end() + 1] == " " else None
            if run and known_place_prefix([word] + fold(run.group()).split()[:4]) >= 2:
                return None
        return m

    def _inside_name(self, text: str, folded: str, pos: int) -> bool:
        """The word before ``pos`` is a capitalised name syllable of a run that opens with a family name
        ("Chau Sóc Pha", "Danh Sóc"), one space before: the level word goes on a person's name."""
        if pos < 2 or text[pos - 1] != " ":
            return False
        lo = max(0, pos - WINDOWS.name_before_level_lookback)
        words, raw = folded[lo:pos].split(), text[lo:pos].split()
        run = 0
        while run < min(len(raw), 3) and NAME_WORD.fullmatch(raw[-1 - run]) \
                and words[-1 - run] not in self.level_of:
            run += 1
        return run > 0 and words[-run] in self.surnames

    def level(self, match: re.Match[str]) -> str:
        return self.level_of[match.group().rstrip(".")]

    def name_at(self, text: str, folded: str, pos: int, level_word: str | None, *, committee: bool = False,
                stop: re.Pattern[str] | None = None) -> tuple[int, int] | None:
        """The unit name starting at ``pos`` as (start, end), or None.

        Args:
            level_word: the folded level word before (None after a committee such as "Tỉnh ủy").
            committee: the name follows a committee; it may be absent, and a person's name is no place.
            stop: optional compiled regex; a word it matches ends the name (body heads).
        """
        t = token_at(text, folded, pos)
        if t is None:
            return None
        if (t.low == "số" and self.numeric.get(level_word or "")) or t.text.isdigit():
            return self._number_name(text, folded, t, level_word)
        words = self._name_words(text, folded, t, stop)
        if not words:
            return None
        if level_word in _INITIAL_LEVELS and not known_place_prefix([w.low for w in words]):
            return None   # "H."/"Q." name a unit only when the gazetteer knows it ("Bài: H. Nguyễn" is a byline)
        return self._cut_name(text, folded, words, self.level_of.get(level_word or ""), committee)

    def _number_name(self, text: str, folded: str, t: Tok, level_word: str | None) -> tuple[int, int] | None:
        """A number as the name ("phường 2", "tổ dân phố số 5") at the token ``t`` ("số" or digits), for the
        levels that allow one; None otherwise or for a decimal ("2,5")."""
        if t.low == "số" and self.numeric.get(level_word or ""):
            n = token_at(text, folded, t.end)        # "tổ dân phố số 5"
            if n is not None and n.text.isdigit() and not _DECIMAL.match(text, n.end):
                return t.start, n.end
            return None
        if self.numeric.get(level_word or "") and not _DECIMAL.match(text, t.end):
            return t.start, t.end
        return None

    def _name_words(self, text: str, folded: str, t: Tok | None, stop: re.Pattern[str] | None) -> list[Tok]:
        """The run of capitalised syllables (or all-capital words) from ``t``: at most five, "A - B" joined,
        ending at a stop word or a body head; a final letter label ("khu A") dropped."""
        words: list[Tok] = []
        joined = False
        while t is not None and (t.is_name_word or (t.is_cap and t.text.isupper() and len(t.text) > 1)) \
                and len(words) < 5 and not (stop is not None and stop.match(folded, t.start)) \
                and not (t.text.isupper() and self.stop_re.match(folded, t.start)):
            if words and t.start - words[-1].end > 1 and not joined:
                break
            words.append(t)
            joined = False
            t = token_at(text, folded, t.end)
            if t is not None and t.text in "-–":
                n2 = token_at(text, folded, t.end)
                if n2 is not None and n2.is_cap:
                    t, joined = n2, True
        if words and t is not None and t.is_word and t.text.islower() and t.start - words[-1].end == 1 \
                and known_place_prefix([w.low for w in words] + [t.low]) == len(words) + 1:
            words.append(t)   # a known unit's syllable written in lower case ("tỉnh Cao bằng")
        while words and len(words[-1].text) == 1 and words[-1].text.isascii():
            words.pop()       # a letter label ("khu A") ends no name; a marked one may ("bản Pa Ủ", "xã Đăk Ơ")
        return words

    def _cut_name(self, text: str, folded: str, words: list[Tok], level: str | None,
                  committee: bool) -> tuple[int, int] | None:
        """Where the name in the run ``words`` ends: before a person's name, at the longest unit name the
        gazetteer knows, at four syllables; a number may close a village's or a known commune's name.
        None for a term or body ("tỉnh Khóa X", "Tỉnh Đoàn") or an all-capital heading naming no known unit."""
        low = [w.low for w in words]
        opener = self.term_re if level == "village" else self.opener_re
        if (opener.match(folded, words[0].start) or self.function_re.match(folded, words[0].start)) \
                and not known_place_prefix(low):
            return None       # "tỉnh Khóa X", "Tỉnh Đoàn": a term or a body, no unit ("xã Đoàn Kết" is one)
        # after "tỉnh"/"huyện" a run that is no known unit but a full person's name is the person
        # ("UBND tỉnh Trần Văn An": the place is left unwritten)
        major = level in _MAJOR
        # a commune's name left unwritten before a person's full name ("Chủ tịch UBND xã Lò Văn Pấu"): the run names
        # no known unit and is a name of three syllables or more
        unwritten = level in ("commune", "ward", "township") and len(low) >= 3 and not known_place_prefix(low)
        # … or a village's before a name whose second syllable is a middle name ("Trưởng bản Lang Văn Pẻng")
        middle = getattr(self.surnames, "middle", ())
        unwritten = unwritten or level == "village" and len(low) in (3, 4) and low[1] in middle
        i = split_person([w.text for w in words], low, self.surnames, place_first=True,
                         place_optional=committee or major or unwritten, major_only=committee or major,
                         bare_min=2 if committee else 3)
        if i is not None:
            words, low = words[:i], low[:i]
            if not words:
                return None
        if level in ("commune", "ward", "township") and (n := _KNOWN_NUMBER.match(text, words[-1].end)) \
                and is_place(" ".join(low + [n.group(1)])):
            return words[0].start, n.end(1)   # "xã Quế Xuân 1": the whole run and its number, though "Quế" is known
        # villages are not in the gazetteer: one named after a known unit goes on ("thôn La Khê Trẹm")
        k = known_place_prefix(low) if level != "village" or len(words) <= 1 else 0
        if k and k < len(words) <= 4 and low[-1] in self.directions:
            k = len(words)    # "xã Hải Lâm Tây", "xã Thanh Lĩnh Tây": a direction closes the run (a unit split off or
                              # merged, its name built on a known one)
        cut = k and k < len(words)
        if k:
            words = words[:k]
        elif all(w.text.isupper() for w in words):
            if not (len(words) == 1 and level in ("city", "province") and gazetteer().by_initials(words[0].text)):
                return None   # an all-capital heading: only a known unit name is a name, or a province's initials
        elif len(words) > 4:
            words = words[:4]
        end = words[-1].end
        if not cut and i is None and level in _NUMBERED_LEVELS:
            n = _NUMBER_SUFFIX.match(text, end)
            # a commune or ward only when so named ("xã Đường 10"); a list of counts ("xã A 12, xã B 15") is none
            if n and (level == "village" or is_place(" ".join(low[:len(words)] + [n.group(1)]))):
                end = n.end(1)
        lm = _LETTER_SUFFIX.match(text, end) if end == words[-1].end else None
        if lm and (level in _LETTERED_LEVELS or is_place(" ".join([w.low for w in words] + [fold(lm.group(1))]))):
            end = lm.end(1)     # "ấp Tân Hòa A", "phường Hải Châu I"; a commune or district the gazetteer knows so
                                # ("xã Vĩnh Hậu A", "huyện Châu Thành A")
        return words[0].start, end
