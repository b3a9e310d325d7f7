"""ddnews.render shows the text exactly as loaded: no spaces added, none lost, paragraph breaks kept."""
from __future__ import annotations

import re
import unicodedata

import ddnews
from ddnews.rendering import manual_parse, visible_text

TEXT = ("Ngày 2/4/2020, Ban Thường vụ Tỉnh ủy ban hành Chỉ thị số 31 - CT/TU về phòng dịch .\n\n"
        "Đồng chí Hà Văn Mẫu, Bí thư Huyện ủy, cho biết toàn huyện kết nạp 1.200 đảng viên mới.\n")


def test_the_visible_text_is_the_loaded_text():
    html = ddnews.render(TEXT)
    assert visible_text(html) == TEXT
    shown = visible_text(html)
    assert "31 - CT/TU" in shown and "dịch .\n\nĐồng chí" in shown and "white-space: pre-wrap" in html
    labels = re.findall(r"z-index: 10;[^>]*>([A-Z_]+)</span>", html)
    assert {"DATE", "DOCUMENT", "CLAIM"} <= set(labels)


def test_offsets_are_mapped_back_to_odd_input(nlp):
    from ddnews.api import make_doc
    from ddnews.types import Article

    raw = unicodedata.normalize("NFD", "Thực hiện Nghị quyết số 04 - NQ/TU,\u00a0ngày 23/5/2016 "
                                       "của Tỉnh uỷ\u200b.\n\nHết.")
    doc = make_doc(nlp, Article(id="x", text=raw))
    html = ddnews.render(doc)
    assert visible_text(html) == raw
    marked = re.findall(r'height: \d+px;">([^<]*)<span style="background', html)
    assert any("NQ/TU" in unicodedata.normalize("NFC", m) for m in marked)


def test_manual_parse_covers_the_text_once():
    parsed = manual_parse("ab cd ef", [(3, 5, "X"), (0, 8, "Y")])
    assert "".join(t[:-1] for t in parsed["tokens"]) == "ab cd ef"
    assert {s["label"] for s in parsed["spans"]} == {"X", "Y"}
