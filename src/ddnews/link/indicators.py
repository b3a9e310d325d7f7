"""Canonical indicators: which series a claim belongs to ("members admitted", "poor-household rate" …).

The indicators and the rules that map a claim to one live in ``data/indicators/indicators.tsv`` (its
header says how a rule reads).  A rule matches a claim by its unit, qualifier and change, and by words of
its *context*: the claim's sentence, cut at ";" and ":", up to the end of the claim's clause (so "đạt 75%
so với dự toán" sees "tổng thu ngân sách … đạt 19,2 tỷ đồng" before it).  Among the rules that match,
the one whose first context group occurs nearest before the number wins, then the earlier row; a rule
without context words comes after every rule with them.  Users add rules of their own in a file of the
same columns (``IndicatorTable.load(extra=[path])``, ``ddnews panel --indicators FILE``); theirs are tried
first and win whenever one matches.

>>> table = IndicatorTable.load()
>>> text = "Năm 2023, toàn huyện kết nạp 52 đảng viên mới."
>>> claim = {"unit": "đảng viên", "qualifier": "mới", "change": "admit", "number_start": 29, "end": 44}
>>> table.match(claim, claim_contexts(text, fold(text), [claim])[0])
'members_admitted'
"""
from __future__ import annotations

import re
import unicodedata
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path
from typing import Any

from ..errors import DataFileError, Errors
from ..lexicon import _schemas, parse_tsv
from ..text.normalize import fold
from ..text.sentences import Segments, sentences
from .periods import number_position

__all__ = ["DATA_DIR", "Context", "Indicator", "IndicatorTable", "claim_contexts", "fold"]

DATA_DIR = Path(__file__).resolve().parents[1] / "data" / "indicators"
FILE_NAME = "indicators.tsv"
SCHEMA_KEY = f"indicators/{FILE_NAME}"
CHANGES = frozenset({"admit", "increase", "decrease", "eliminate", "establish", "none"})
UNIT_KINDS = frozenset({"count", "percent", "money", "area", "length", "mass"})
_CONTEXT_BEFORE = 220       # characters of the sentence before the number that the context may reach back
_WORD = re.compile(r"\w+")


@dataclass(frozen=True, slots=True)
class Indicator:
    """One canonical indicator."""

    id: str
    label_vi: str
    label_en: str
    unit_kind: str


@dataclass(frozen=True, slots=True)
class Context:
    """The folded context of one claim, where its number starts in it and where the claim ends."""

    text: str
    number: int
    claim_end: int



@dataclass(frozen=True, slots=True)
class Rule:
    """One row of an indicator file, compiled."""

    indicator: str
    units: tuple[str, ...] | None          # None: any unit
    qualifier: re.Pattern | None        # None: any qualifier
    bare: bool                              # "-" among the qualifier values: no qualifier matches
    changes: frozenset[str] | None          # None: any change
    context: tuple[re.Pattern, ...]      # every group must occur; empty: no context needed
    exclude: re.Pattern | None
    order: int
    user: bool
    keys: tuple[tuple[str, ...], ...] = ()  # per group, the first word of each alternative (a quick filter)

    def fits(self, unit: str, qualifier: str, change: str) -> bool:
        """True when the claim's folded unit, qualifier and change fit this rule."""
        if self.changes is not None and change not in self.changes:
            return False
        if self.units is not None and not any(unit == u or unit.startswith((u + " ", u + ",")) for u in self.units):
            return False
        if self.qualifier is None and not self.bare:
            return True
        if not qualifier:
            return self.bare
        return bool(self.qualifier and self.qualifier.search(qualifier))

    def score(self, ctx: Context) -> tuple[int, int] | None:
        """None when the context does not fit; else how well the first group's words sit, as (tier, nearness):
        inside the claim (after its number) best, then before the number, then after the claim, the nearer
        the better; (0, 0) for a rule without context words."""
        text = ctx.text
        for keys in self.keys:
            for k in keys:
                if k in text:
                    break
            else:
                return None
        if self.exclude is not None and self.exclude.search(text):
            return None
        if not self.context:
            return 0, 0
        for group in self.context[1:]:
            if not group.search(text):
                return None
        best: tuple[int, int] | None = None
        for m in self.context[0].finditer(ctx.text):
            s = m.start()
            if s < ctx.number:
                best = (2, m.end())          # the last one before the number is the nearest
            elif s < ctx.claim_end:
                return 3, -s                 # the first one inside the claim
            else:
                return best or (1, -s)       # the first one after the claim
        return best


def _alternatives(cell: str) -> list[str]:
    return [fold(a.strip()) for a in cell.split("|") if a.strip()]


def _words(alts: Iterable[str]) -> re.Pattern:
    body = "|".join(r"\s+".join(re.escape(w) for w in a.split()) for a in sorted(alts, key=len, reverse=True))
    return re.compile(rf"(?<!\w)(?:{body})(?!\w)")


def _first_word(phrase: str) -> str:
    words = _WORD.findall(phrase)
    return words[0] if words else phrase


def _rule(row: Mapping[str, str], order: int, user: bool) -> Rule:
    qual = row["qualifier"]
    quals = [] if qual == "*" else _alternatives(qual)
    bare = "-" in quals
    quals = [q for q in quals if q != "-"]
    change = row["change"]
    groups = [] if row["context"] in ("*", "") else [g for g in row["context"].split("&") if g.strip()]
    return Rule(
        indicator=row["id"],
        units=None if row["unit"] == "*" else tuple(_alternatives(row["unit"])),
        qualifier=_words(quals) if quals else None,
        bare=bare,
        changes=None if change == "*" else frozenset(c.strip() for c in change.split("|")),
        context=tuple(_words(_alternatives(g)) for g in groups),
        keys=tuple(tuple(sorted({_first_word(a) for a in _alternatives(g)})) for g in groups),
        exclude=_words(_alternatives(row["exclude"])) if row.get("exclude") else None,
        order=order, user=user)


def _problems(row: Mapping[str, str]) -> list[str]:
    """What is wrong with one rule ([] when nothing is)."""
    out = [f"'{c}' is empty (write * for any)" for c in ("unit", "qualifier", "change") if not row[c]]
    bad = [c.strip() for c in row["change"].split("|") if c.strip() not in CHANGES] if row["change"] != "*" else []
    if row["change"] and bad:
        out.append(f"change {' | '.join(bad)!r} is not one of {', '.join(sorted(CHANGES))} (or *; a|b for several)")
    if row["unit_kind"] not in UNIT_KINDS:
        out.append(f"unit_kind {row['unit_kind']!r} is not one of {', '.join(sorted(UNIT_KINDS))}")
    return out


def _check(path: str | Path, rows: Sequence[tuple[int, Mapping[str, str]]]) -> None:
    for line, row in rows:
        problems = _problems(row)
        if problems:
            raise DataFileError(Errors.E102.format(path=path, line=line,
                                                   reason=f"rule of '{row['id']}': {'; '.join(problems)}"), code="E102")


def user_hint(line: int = 1) -> str:
    """What a user is told to do about a bad indicator file of their own (after its file, line and reason)."""
    columns = ", ".join(_schemas()[SCHEMA_KEY]["columns"])
    return (f"Fix {'that line of ' if line > 0 else ''}your indicator file: UTF-8, tab-separated, a header line "
            f"with the columns {columns}, then one rule a line, as in the packaged "
            "ddnews/data/indicators/indicators.tsv (its opening comment says how a rule reads).")


def _line(err: DataFileError) -> int:
    """The line an E102 message names (``path:line: reason``), 0 when none."""
    m = re.search(r":(\d+): ", err.message)
    return int(m.group(1)) if m else 0


def _numbered_rows(path: Path, content: str) -> list[tuple[int, dict[str, str]]]:
    """The rows of an indicator file's text with their 1-based line numbers, checked."""
    rows = parse_tsv(content, path, schema=_schemas()[SCHEMA_KEY])
    lines = [i for i, raw in enumerate(content.splitlines(), 1) if raw.strip() and not raw.lstrip().startswith("#")]
    numbered = list(zip(lines[1:], rows, strict=True))   # the first such line is the header
    _check(path, numbered)
    return numbered


def _read(path: str | Path, *, user: bool = False) -> list[tuple[int, dict[str, str]]]:
    """The numbered rows of an indicator file.  A user's file may open with a byte-order mark and be in any
    Unicode normal form (it is normalised to NFC), and a problem with it ends with :func:`user_hint`."""
    p = Path(path)
    try:
        content = p.read_text(encoding="utf-8")
        if user:
            content = unicodedata.normalize("NFC", content.removeprefix("\ufeff"))
        return _numbered_rows(p, content)
    except UnicodeDecodeError as exc:
        reason = f"not UTF-8 text ({exc.reason} at byte {exc.start})"
        err = DataFileError(Errors.E102.format(path=p, line=0, reason=reason), code="E102")
    except OSError as exc:
        err = DataFileError(Errors.E102.format(path=p, line=0, reason=f"cannot read: {exc.strerror or exc}"),
                            code="E102")
    except DataFileError as exc:
        err = exc
    if user:
        err = DataFileError(f"{err.message.rstrip('.')}. {user_hint(_line(err))}", code=err.code)
    raise err from None


def read_rows(path: str | Path, *, user: bool = False) -> list[dict[str, str]]:
    """The rows of an indicator file, checked against the declared columns (``data/schemas.toml``) and the
    allowed changes and unit kinds; ``user=True`` for a file of the user's (see :func:`_read`)."""
    return [row for _, row in _read(path, user=user)]


def _check_labels(files: Sequence[tuple[Path, list[tuple[int, dict[str, str]]]]],
                  packaged: Sequence[Mapping[str, str]]) -> None:
    """Every indicator id of the user's files has labels on some row (its own first row, or a packaged id's)."""
    labelled = {r["id"] for r in packaged if r["label_vi"]}
    labelled |= {r["id"] for _, rows in files for _, r in rows if r["label_vi"]}
    for path, rows in files:
        for line, row in rows:
            if row["id"] not in labelled:
                reason = f"indicator '{row['id']}' has no label: give its label_vi and label_en on its first row"
                raise DataFileError(f"{Errors.E102.format(path=path, line=line, reason=reason)}. {user_hint()}",
                                    code="E102")


class IndicatorTable:
    """The indicators and their rules (packaged, plus any user files, whose rules are tried first)."""

    def __init__(self, rows: Sequence[Mapping[str, str]], user_rows: Sequence[Mapping[str, str]] = ()) -> None:
        self.indicators: dict[str, Indicator] = {}
        self.rules: list[Rule] = []
        self._fits: dict[tuple[str, str, str], tuple[Rule, ...]] = {}
        for user, group in ((True, user_rows), (False, rows)):
            for row in group:
                if row["id"] not in self.indicators and row["label_vi"]:
                    self.indicators[row["id"]] = Indicator(row["id"], row["label_vi"], row["label_en"],
                                                           row["unit_kind"])
                self.rules.append(_rule(row, len(self.rules), user))
        missing = sorted({r.indicator for r in self.rules} - set(self.indicators))
        if missing:
            raise DataFileError(Errors.E102.format(path="indicators", line=0,
                                                   reason=f"indicators without labels: {', '.join(missing)}"),
                                code="E102")

    @classmethod
    def from_dir(cls, path: str | Path, extra: Iterable[str | Path] = ()) -> IndicatorTable:
        """The table of the data folder ``path`` (``data/indicators`` or a model package's copy), with the rules of
        the user's ``extra`` files tried first (each file checked, a problem named by file and line)."""
        packaged = read_rows(Path(path) / FILE_NAME)
        files = [(Path(p), _read(p, user=True)) for p in extra]
        _check_labels(files, packaged)
        return cls(packaged, [row for _, rows in files for _, row in rows])

    @classmethod
    def load(cls, extra: Iterable[str | Path] = ()) -> IndicatorTable:
        """The packaged table, with the rules of ``extra`` files tried first."""
        extra = tuple(str(p) for p in extra)
        return _cached(extra) if not extra else cls.from_dir(DATA_DIR, extra)

    def candidates(self, unit: str | None, qualifier: str | None, change: str | None) -> tuple[Rule, ...]:
        """The rules whose unit, qualifier and change fit (remembered per distinct triple)."""
        key = (unit or "", qualifier or "", change or "none")
        rules = self._fits.get(key)
        if rules is None:
            u, q = fold(key[0]).strip(), fold(key[1]).strip()
            rules = tuple(r for r in self.rules if r.fits(u, q, key[2]))
            if len(self._fits) < 20_000:
                self._fits[key] = rules
        return rules

    def match(self, claim: Mapping[str, Any], ctx: Context) -> str | None:
        """The indicator id of a claim (its ``unit``, ``qualifier``, ``change``) in its context, or None."""
        best: tuple[bool, tuple[int, int], int] | None = None
        found = None
        for rule in self.candidates(claim.get("unit"), claim.get("qualifier"), claim.get("change")):
            s = rule.score(ctx)
            if s is None:
                continue
            key = (rule.user, s, -rule.order)
            if best is None or key > best:
                best, found = key, rule.indicator
        return found

    def frame_rows(self) -> list[dict[str, str]]:
        """One row per indicator (id, labels, unit kind), for the store and the documentation."""
        return [{"id": i.id, "label_vi": i.label_vi, "label_en": i.label_en, "unit_kind": i.unit_kind}
                for i in self.indicators.values()]


@lru_cache(maxsize=1)
def _cached(extra: tuple[str, ...]) -> IndicatorTable:
    return IndicatorTable.from_dir(DATA_DIR, extra)




def claim_contexts(text: str, folded: str, claims: Sequence[Mapping[str, Any]],
                   sents: Segments | None = None) -> list[Context]:
    """The folded context of each claim: its sentence from the last ";" before the number (at most
    ``_CONTEXT_BEFORE`` characters back) to the next ";" after the claim (or the sentence's end)."""
    sents = sents or sentences(text)
    out = []
    for c in claims:
        pos = number_position(c)
        end = c["end"] if isinstance(c.get("end"), int) and c["end"] > pos else pos
        lo = max(sents.start(pos), pos - _CONTEXT_BEFORE)
        lo = max(lo, folded.rfind(";", lo, pos) + 1)
        s_end = max(sents.end(pos), end)
        nxt = folded.find(";", end, s_end)
        hi = nxt if nxt >= 0 else s_end
        out.append(Context(folded[lo:hi], pos - lo, end - lo))
    return out
