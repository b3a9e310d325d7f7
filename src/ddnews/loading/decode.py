"""Bytes → text: which encoding, whether mojibake was repaired, and what kind of content it is.

:func:`decode_bytes` decides the encoding in this order: the user's ``encoding`` (``--encoding``) when
given; a byte-order mark (UTF-8, UTF-16, UTF-32); strict UTF-8; UTF-16 without a BOM (told by its NUL
bytes); then the charset-normalizer detector for legacy encodings, whose candidates (and windows-1258,
windows-1252) are ranked by how the decoded text reads (:func:`read_as`): Vietnamese syllables first, then
one coherent script, so a short windows-1258 file is not read as Polish windows-1250 or as Big5, and a
Spanish latin-1 file not as windows-1250.  TCVN3 (ABC) and VNI are font
encodings no maintained library maps: such files decode as windows-1252 gibberish, and are not detected.

:func:`repair_mojibake` then undoes UTF-8 read as windows-1252/latin-1 ("Äáº£ng viÃªn" → "Đảng viên")
with ftfy, restricted to its encoding fixes and run only on the lines that show the pattern (so a clean
50 MB article costs one regex scan).  The repaired text is the text *as loaded*: every offset indexes it.

:func:`sniff_bytes` and :func:`sniff_text` tell content from extension: PDF, Word (.docx and old .doc),
other binary files, HTML and JSON, whatever the file is called.
"""
from __future__ import annotations

import codecs
import json
import unicodedata
from dataclasses import dataclass
from functools import lru_cache

import regex

#: Bytes read to sniff content and to rank encodings.
SNIFF_BYTES = 65536

_BOMS = (  # longest first: the UTF-32 LE mark starts with the UTF-16 LE one
    (codecs.BOM_UTF32_LE, "utf-32"), (codecs.BOM_UTF32_BE, "utf-32"),
    (codecs.BOM_UTF8, "utf-8-sig"), (codecs.BOM_UTF16_LE, "utf-16"), (codecs.BOM_UTF16_BE, "utf-16"),
)
#: Legacy encodings always ranked with the detector's candidates (Vietnamese Windows, Western Windows).
LEGACY = ("cp1252", "cp1258")
#: A reading is taken for Vietnamese when this share of its non-ASCII words are Vietnamese syllables.
VIETNAMESE_ENOUGH = 0.8

_VOWELS = "aăâeêioôơuưy"
_TONES = ("", "\u0300", "\u0301", "\u0309", "\u0303", "\u0323")
#: Every Vietnamese letter outside ASCII, both cases (NFC).
VIETNAMESE_LETTERS = frozenset(
    {unicodedata.normalize("NFC", v + t) for v in _VOWELS + _VOWELS.upper() for t in _TONES} | set("đĐ")
) - set("aeiouyAEIOUY")

# A UTF-8 lead byte (Â–ô) followed by a continuation byte (0x80–0xBF) as windows-1252/latin-1 show them:
# the mark of UTF-8 read in the wrong encoding.  Only the lines holding one are given to ftfy.
_CP1252_HIGH = "€‚ƒ„…†‡ˆ‰Š‹ŒŽ‘’“”•–—˜™š›œžŸ"
_MOJIBAKE = regex.compile("[\u00c2-\u00f4][\u0080-\u00bf" + _CP1252_HIGH + "]")
_WORD = regex.compile(r"\p{L}+")
_LOST_D = regex.compile(r"Ä(?=[a-zà-ỹ\u0300-\u0323])")  # "Ä" whose undefined 0x90 byte was lost: "Đ"

_HTML = regex.compile(r"<!doctype\s+html|<html[\s>]|<head[\s>]|<body[\s>]|<meta\s[^>]*charset", regex.IGNORECASE)
_TAG = regex.compile(r"</?(?:p|div|span|a|br|table|tr|td|li|ul|h[1-6]|script|style|title|article|section)\b[^>]*>",
                     regex.IGNORECASE)
_MAGIC = (  # content → kind, whatever the file is called
    (b"%PDF-", "pdf"), (b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1", "ole"), (b"PK\x03\x04", "zip"),
    (b"\x89PNG\r\n\x1a\n", "image"), (b"\xff\xd8\xff", "image"), (b"GIF87a", "image"), (b"GIF89a", "image"),
    (b"RIFF", "binary"), (b"\x1f\x8b", "gzip"), (b"BZh", "binary"), (b"7z\xbc\xaf\x27\x1c", "binary"),
    (b"Rar!", "binary"), (b"\x7fELF", "binary"), (b"PAR1", "parquet"), (b"{\\rtf", "rtf"),
)


@dataclass(frozen=True, slots=True)
class Decoded:
    """Text decoded from bytes: ``encoding`` used (a Python codec name) and whether mojibake was repaired."""

    text: str
    encoding: str
    repaired: bool = False


class DecodeError(ValueError):
    """The bytes are not text in the given (or any detected) encoding; ``reason`` says why."""

    def __init__(self, reason: str, *, binary: bool = False):
        super().__init__(reason)
        self.reason = reason
        self.binary = binary


@lru_cache(maxsize=64)
def codec_name(encoding: str) -> str:
    """The canonical name of a codec ("UTF8" → "utf-8", "windows-1258" → "cp1258"); LookupError if unknown.

    >>> codec_name("UTF8"), codec_name("windows-1258"), codec_name("latin1")
    ('utf-8', 'cp1258', 'iso8859-1')
    """
    return codecs.lookup(encoding).name


def sniff_bytes(head: bytes) -> str | None:
    """The kind a file's first bytes announce: "pdf", "ole" (old Word .doc), "zip", "image", "rtf", …

    >>> sniff_bytes(b"%PDF-1.7 ..."), sniff_bytes(b"plain text")
    ('pdf', None)
    """
    for magic, kind in _MAGIC:
        if head.startswith(magic):
            return kind
    return None


def sniff_text(text: str) -> str | None:
    """"html" for a page, "json" for a JSON document, else None (plain text).

    >>> sniff_text("<!DOCTYPE html><html><body>…"), sniff_text('{"text": "x"}'), sniff_text("Ngày 5/3")
    ('html', 'json', None)
    """
    head = text[:4096].lstrip("\ufeff \t\r\n")
    if not head:
        return None
    if head[0] == "<" and (_HTML.search(head) or len(_TAG.findall(head)) >= 3):
        return "html"
    if _HTML.match(head):
        return "html"
    if head[0] in "{[":
        first = text.lstrip("\ufeff \t\r\n").split("\n", 1)[0]
        for candidate in (first, text):
            try:
                value = json.loads(candidate)
            except ValueError:
                continue
            if isinstance(value, (dict, list)):
                return "json"
    return None


def _looks_utf16(data: bytes) -> str | None:
    """"utf-16-le"/"utf-16-be" for BOM-less UTF-16 (many NUL bytes on one side), else None."""
    sample = data[:SNIFF_BYTES]
    if len(sample) < 4 or len(sample) % 2:
        return None
    even, odd = sample[0::2].count(0), sample[1::2].count(0)
    half = len(sample) // 2
    enough = max(2.0, 0.4 * half)  # ASCII letters, digits and spaces: most of a Vietnamese UTF-16 text
    if odd >= enough and even < 0.02 * half:
        return "utf-16-le"
    if even >= enough and odd < 0.02 * half:
        return "utf-16-be"
    return None


def _bad(c: str) -> bool:
    """A character no real text holds: controls, unassigned or private code points, a lone combining mark."""
    return c == "\ufffd" or (c not in "\r\n\t\f" and unicodedata.category(c) in ("Cc", "Cf", "Co", "Cn", "Cs", "Mn"))


def _block(c: str) -> str:
    """The script block a non-ASCII character belongs to, for telling one coherent reading from gibberish."""
    if not c.isalpha():
        return "symbol"
    o = ord(c)
    if o <= 0xFF:
        return "latin-1"
    if o <= 0x24F or 0x1E00 <= o <= 0x1EFF:
        return "latin-extended"
    return unicodedata.name(c, "other").split(" ")[0]  # CYRILLIC, GREEK, ARABIC, CJK, HANGUL …


def _is_syllable(word: str) -> bool:
    """A plausible Vietnamese written syllable: Vietnamese letters only, at most one tone mark."""
    if len(word) > 7 or any(c not in VIETNAMESE_LETTERS and not ("a" <= c.lower() <= "z") for c in word):
        return False
    return sum(1 for c in unicodedata.normalize("NFD", word) if c in _TONES[1:]) <= 1


@dataclass(frozen=True, slots=True)
class Reading:
    """How one decoding of the sample looks: Vietnamese syllables, one coherent script, impossible characters.

    ``vietnamese``: share of the words with a non-ASCII letter that are Vietnamese syllables; ``coherence``: share
    of the non-ASCII characters in the most common script block; ``mixed``: words mixing Latin letters with
    another script ("Seﮦor"); ``bad``: impossible characters.
    """

    encoding: str
    vietnamese: float
    coherence: float
    mixed: int
    bad: int


def read_as(sample: str, encoding: str) -> Reading:
    """Score one decoding of a sample.

    >>> read_as("Số Đảng viên", "cp1258").vietnamese, read_as("Sôð", "cp1252").vietnamese
    (1.0, 0.0)
    """
    text = unicodedata.normalize("NFC", sample)
    words = [w for w in _WORD.findall(text) if not w.isascii()]
    vietnamese = sum(map(_is_syllable, words)) / len(words) if words else 0.0
    mixed = sum(1 for w in words if any(c.isascii() for c in w)
                and any(not c.isascii() and not _block(c).startswith("latin") for c in w))
    blocks: dict[str, int] = {}
    bad = 0
    for c in text:
        if ord(c) > 127 and c not in "\u00a0\u2013\u2014\u2018\u2019\u201c\u201d\u2026":
            if _bad(c):
                bad += 1
            b = _block(c)
            blocks[b] = blocks.get(b, 0) + 1
    coherence = max(blocks.values()) / sum(blocks.values()) if blocks else 1.0
    return Reading(encoding, vietnamese, coherence, mixed, bad)


def _candidates(data: bytes) -> list[str]:
    """Encodings to try for bytes that are not UTF-8, best first by the detector, plus the legacy ones."""
    from charset_normalizer import from_bytes

    found = []
    try:
        found = [m.encoding for m in from_bytes(data[: 4 * SNIFF_BYTES])]
    except Exception:  # noqa: BLE001 - a detector failure leaves the fixed candidates
        found = []
    names: list[str] = []
    for enc in [*found[:6], *LEGACY]:  # the detector's order first: it breaks ties
        try:
            name = codec_name(enc)
        except LookupError:
            continue
        if name not in names:
            names.append(name)
    return names


def _sample(data: bytes, encoding: str) -> str | None:
    """The first SNIFF_BYTES decoded (a character cut at the end is left out), or None when they do not decode."""
    try:
        return codecs.getincrementaldecoder(encoding)("strict").decode(data[:SNIFF_BYTES], final=False)
    except (UnicodeDecodeError, LookupError):
        return None


def _detect(data: bytes) -> str:
    """The legacy encoding of non-UTF-8 bytes.

    A reading made of Vietnamese syllables wins (the detector alone reads a short windows-1258 file as
    windows-1250 or Big5); otherwise the reading whose non-ASCII characters keep to one script (Spanish as
    windows-1252, not 1250; Russian as windows-1251), the detector's order breaking ties.  Readings with
    impossible characters (controls, lone combining marks) come last.
    """
    readings = [read_as(sample, enc) for enc in _candidates(data) if (sample := _sample(data, enc)) is not None]
    if not readings:
        raise DecodeError("not text in UTF-8 or any encoding the detector knows")
    clean = [r for r in readings if r.bad == 0] or readings
    # max keeps the first of equals (the detector's order); windows-1258 before 1252 for Vietnamese
    viet = max(clean, key=lambda r: (r.vietnamese, r.coherence, r.encoding == "cp1258"))
    if viet.vietnamese >= VIETNAMESE_ENOUGH:
        return viet.encoding
    return max(clean, key=lambda r: (-r.mixed, round(r.coherence, 2))).encoding


def _is_binary(data: bytes) -> bool:
    sample = data[:SNIFF_BYTES]
    if not sample:
        return False
    if sample.count(b"\x00") > max(2, len(sample) // 100):  # a stray NUL in a text is no reason to refuse it
        return True
    controls = sum(1 for b in sample if b < 32 and b not in (9, 10, 12, 13, 27))
    return controls > 0.05 * len(sample)


def decode_bytes(data: bytes, encoding: str | None = None, *, repair: bool = True) -> Decoded:
    """Decode file bytes: the given encoding, else BOM, UTF-8, BOM-less UTF-16, then the detector; repair mojibake.

    Raises:
        DecodeError: the bytes do not decode in the given encoding, or are binary, or no encoding fits.

    >>> d = decode_bytes("Đảng viên".encode("utf-16-le"))
    >>> d.text, d.encoding
    ('Đảng viên', 'utf-16-le')
    >>> decode_bytes("Äáº£ng viÃªn".encode("utf-8"))
    Decoded(text='Đảng viên', encoding='utf-8', repaired=True)
    """
    if encoding:
        try:
            name = codec_name(encoding)
        except LookupError:
            raise DecodeError(f"unknown encoding {encoding!r}") from None
        for bom, bom_codec in _BOMS:  # a BOM of the named family is not text
            if data.startswith(bom) and name.replace("-sig", "").startswith(bom_codec.replace("-sig", "")):
                data = data[len(bom):]
                break
        try:
            text = data.decode(name)
        except UnicodeDecodeError as exc:
            raise DecodeError(f"byte {exc.start} is not valid {name} ({exc.reason})") from None
        return _repaired(text, name, repair)
    failed = None
    for bom, name in _BOMS:  # FF FE 00 00 opens UTF-32 and UTF-16 (then a NUL) alike: the first that decodes
        if data.startswith(bom):
            try:
                return _repaired(data.decode(name), name, repair)
            except UnicodeDecodeError as exc:
                failed = failed or DecodeError(f"byte {exc.start} is not valid {name} after its byte-order mark")
    if failed is not None:
        raise failed
    utf16 = _looks_utf16(data)
    if utf16:
        try:
            return _repaired(data.decode(utf16), utf16, repair)
        except UnicodeDecodeError:
            pass
    if _is_binary(data):
        raise DecodeError("binary content, not text", binary=True)
    try:
        return _repaired(data.decode("utf-8"), "utf-8", repair)
    except UnicodeDecodeError:
        pass
    name = _detect(data)
    try:
        return _repaired(data.decode(name), name, repair)
    except UnicodeDecodeError as exc:
        raise DecodeError(f"byte {exc.start} does not decode as {name}, the detected encoding") from None


def _repaired(text: str, encoding: str, repair: bool) -> Decoded:
    if not repair:
        return Decoded(text, encoding)
    fixed = repair_mojibake(text)
    return Decoded(fixed, encoding, fixed != text)


@lru_cache(maxsize=1)
def _ftfy_config():
    from ftfy import TextFixerConfig

    # only the encoding repairs: quotes, widths, ligatures, line breaks and escapes stay as written
    return TextFixerConfig(unescape_html=False, remove_terminal_escapes=False, fix_encoding=True,
                           restore_byte_a0=True, replace_lossy_sequences=True, decode_inconsistent_utf8=True,
                           fix_c1_controls=False, fix_latin_ligatures=False, fix_character_width=False,
                           uncurl_quotes=False, fix_line_breaks=False, fix_surrogates=False,
                           remove_control_chars=False, normalization=None, explain=False)


def repair_mojibake(text: str) -> str:
    """Undo UTF-8 read as windows-1252/latin-1, line by line, only where the pattern shows (ftfy).

    >>> repair_mojibake("Káº¿t náº¡p Ä\\x90áº£ng viÃªn"), repair_mojibake("Đảng viên")
    ('Kết nạp Đảng viên', 'Đảng viên')
    """
    if _MOJIBAKE.search(text) is None:
        return text
    import ftfy

    config = _ftfy_config()
    pieces: list[str] = []
    pos = 0
    for m in _MOJIBAKE.finditer(text):
        if m.start() < pos:
            continue
        start = text.rfind("\n", 0, m.start()) + 1
        end = text.find("\n", m.end())
        end = len(text) if end < 0 else end
        line = text[start:end]
        fixed = ftfy.fix_text(line, config)
        if fixed != line:
            fixed = _LOST_D.sub("Đ", fixed)
        pieces.append(text[pos:start])
        pieces.append(fixed)
        pos = end
    pieces.append(text[pos:])
    return "".join(pieces)
