"""Every encoding a real file comes in is read, and the article says which one and whether it was repaired."""
import unicodedata

import pytest

from ddnews.loading.decode import DecodeError, decode_bytes, repair_mojibake, sniff_text
from ddnews.loading.files import load_articles
from ddnews.types import Article, ErrorRecord
from loading.builders import nfc, to_cp1258

# Invented texts.
LONG = ("Ngày 5/3/2021, Ban Thường vụ Huyện ủy Đồng Lạc ban hành Kế hoạch số 14-KH/HU về công tác phát triển "
        "đảng viên. Toàn huyện kết nạp 318 đảng viên mới, đạt 104,5% so với chỉ tiêu.")
SHORT = ["Đảng viên", "Số 12-NQ/TU", "Huyện ủy tổ chức hội nghị.", "Kết quả: 100% [đạt] chỉ tiêu?",
         "ĐẢNG CỘNG SẢN VIỆT NAM", "Xã Phú Thịnh"]


# fmt: off
@pytest.mark.parametrize("text", [LONG, *SHORT])
@pytest.mark.parametrize("encode, expected", [
    (lambda t: t.encode("utf-8"), "utf-8"),
    (lambda t: b"\xef\xbb\xbf" + t.encode("utf-8"), "utf-8-sig"),
    (lambda t: t.encode("utf-16"), "utf-16"),                 # with a BOM
    (lambda t: t.encode("utf-16-le"), "utf-16-le"),           # without: told by its NUL bytes
    (lambda t: t.encode("utf-16-be"), "utf-16-be"),
    (lambda t: t.encode("utf-32"), "utf-32"),
    (to_cp1258, "cp1258"),                                    # Vietnamese Windows: tones as combining marks
    (lambda t: unicodedata.normalize("NFD", t).encode("utf-8"), "utf-8"),
])
def test_vietnamese_in_every_encoding(text, encode, expected):
    d = decode_bytes(encode(text))
    assert nfc(d.text) == text
    assert d.encoding == expected and d.repaired is False
# fmt: on


@pytest.mark.parametrize("text", ["Café au lait, résumé naïve façade à la carte.",
                                  "El señor García llegó a la reunión del comité el miércoles por la tarde."])
def test_latin1_file(text):
    d = decode_bytes(text.encode("latin-1"))
    assert d.text == text and d.encoding in ("cp1252", "iso8859-1")


def test_other_scripts_keep_the_detector_choice():
    text = "Hôm nay: Привет, заседание комитета прошло успешно, решение принято единогласно."
    d = decode_bytes(text.split(": ")[1].encode("cp1251"))
    assert d.text == text.split(": ")[1] and d.encoding == "cp1251"


# fmt: off
@pytest.mark.parametrize("broken, fixed", [
    ("Äáº£ng viÃªn", "Đảng viên"),                                           # the lost 0x90 byte too
    ("Ä\x90áº£ng viÃªn má»›i", "Đảng viên mới"),
    ("Káº¿t náº¡p 12 Ä‘áº£ng viÃªn", "Kết nạp 12 đảng viên"),
    ("Tá»‰nh á»§y ban hÃ\xa0nh Nghá»‹ quyáº¿t", "Tỉnh ủy ban hành Nghị quyết"),  # restored 0xA0
])
def test_mojibake_is_repaired(broken, fixed):
    assert repair_mojibake(broken) == fixed
    d = decode_bytes(broken.encode("utf-8"))
    assert d.text == fixed and d.repaired and d.encoding == "utf-8"
# fmt: on


def test_repair_touches_only_the_broken_lines():
    text = "Dòng đúng: Tỉnh ủy «Hòa Bình» 30° C.\nKáº¿t náº¡p 12 Ä‘áº£ng viÃªn\nDòng cuối."
    assert repair_mojibake(text) == "Dòng đúng: Tỉnh ủy «Hòa Bình» 30° C.\nKết nạp 12 đảng viên\nDòng cuối."
    for clean in (LONG, "Giá 30°, «ngoặc», ±5%, ½ ngày, Thanh Hoá\u00a0, Ô Môn, Ý Yên, Ân Thi"):
        assert repair_mojibake(clean) == clean


def test_given_encoding_is_used_and_checked():
    assert nfc(decode_bytes(to_cp1258(LONG), "windows-1258").text) == LONG
    assert decode_bytes(LONG.encode("utf-16"), "utf-16").text == LONG
    with pytest.raises(DecodeError, match="not valid utf-8"):
        decode_bytes(to_cp1258(LONG), "utf-8")
    with pytest.raises(DecodeError, match="unknown encoding"):
        decode_bytes(b"x", "no-such-codec")


def test_binary_is_not_text():
    for data in (bytes(range(256)) * 4, b"\x00\x01\x02\x03 header\x00\x00", b"\x7fELF\x02\x01\x01" + bytes(64)):
        with pytest.raises(DecodeError) as exc:
            decode_bytes(data)
        assert exc.value.binary


def test_sniff_text():
    assert sniff_text("\n  <!DOCTYPE html>\n<html lang='vi'><head><title>x</title></head>") == "html"
    assert sniff_text("<div class='a'><p>Tỉnh ủy</p><p>họp</p></div>") == "html"
    assert sniff_text("<b>Tỉnh ủy</b> họp về công tác cán bộ") is None    # a tag in a text is not a page
    assert sniff_text('{"id": "a", "text": "x"}\n{"id": "b", "text": "y"}') == "json"
    assert sniff_text('[{"text": "x"}]') == "json"
    assert sniff_text("{Tỉnh ủy} họp") is None


@pytest.mark.parametrize("name, data, encoding, repaired", [
    ("a.txt", LONG.encode("utf-16"), "utf-16", False),
    ("b.txt", to_cp1258(LONG), "cp1258", False),
    ("c.txt", "Káº¿t náº¡p 12 Ä‘áº£ng viÃªn".encode(), "utf-8", True),
    ("d.txt", LONG.encode("utf-16-le"), "utf-16-le", False),
])
def test_files_record_their_encoding(tmp_path, name, data, encoding, repaired):
    (tmp_path / name).write_bytes(data)
    (a,) = load_articles([tmp_path / name])
    assert isinstance(a, Article), a
    assert (a.encoding, a.repaired) == (encoding, repaired)
    assert a.meta["encoding"] == encoding and a.meta["repaired"] is repaired


def test_encoding_option_applies_to_every_file(tmp_path):
    (tmp_path / "a.txt").write_bytes(to_cp1258(LONG))
    (a,) = load_articles([tmp_path / "a.txt"], encoding="windows-1258")
    assert nfc(a.text) == LONG and a.encoding == "cp1258"
    (err,) = load_articles([tmp_path / "a.txt"], encoding="utf-8")
    assert isinstance(err, ErrorRecord) and err.code == "E004" and "--encoding" in err.message
    with pytest.raises(ValueError, match="unknown encoding"):
        list(load_articles([tmp_path / "a.txt"], encoding="klingon"))


def test_jsonl_and_csv_in_legacy_encodings(tmp_path):
    row = '{"id": "j1", "text": "' + LONG + '"}\n'
    (tmp_path / "a.jsonl").write_bytes(row.encode("utf-16"))
    (tmp_path / "b.jsonl").write_bytes(to_cp1258(row))
    (tmp_path / "c.csv").write_bytes(to_cp1258("id;text\nc1;" + LONG + "\n"))
    arts = list(load_articles([tmp_path / "a.jsonl", tmp_path / "b.jsonl", tmp_path / "c.csv"]))
    assert all(isinstance(a, Article) for a in arts), arts
    assert [nfc(a.text) for a in arts] == [LONG] * 3
    assert [a.encoding for a in arts] == ["utf-16", "cp1258", "cp1258"]


def test_stdin_bytes_in_utf16_and_html():
    import io

    class Stream:
        def __init__(self, data):
            self.buffer = io.BytesIO(data)

    (a,) = load_articles(["-"], stdin=Stream(LONG.encode("utf-16")))
    assert a.text == LONG and a.encoding == "utf-16"
    page = f"<!DOCTYPE html><html><head><title>Tin</title></head><body><article><p>{LONG}</p></article></body></html>"
    (a,) = load_articles(["-"], stdin=Stream(page.encode()))
    assert isinstance(a, Article) and "<p>" not in a.text and "318 đảng viên" in a.text
