"""Tests for ddnews.text.sentences: where a page's headline ends (invented pages)."""

import pytest

from ddnews.text.sentences import headline_end


@pytest.mark.parametrize("text, headline", [
    ("Tiêu đề của bài viết\n\nThân bài.", "Tiêu đề của bài viết"),
    ("Trang chủ » Thời sự\n\nTiêu đề của bài viết\n\nThân bài.", "Tiêu đề của bài viết"),
    # a site's banner above the breadcrumb is no headline
    ("BÁO TỈNH ONLINE\nTrang chủ » Kinh tế » Tin tức\n\nNăm 2024, GRDP ước tăng 7,8%\n\n27/12/2024 08:20\n\nThân bài.",
     "Năm 2024, GRDP ước tăng 7,8%"),
    # a first line that ends a sentence is no headline
    ("Hội nghị diễn ra sáng nay.\nThân bài.", ""),
])
def test_headline_end(text, headline):
    end = headline_end(text)
    assert text[text.rfind("\n", 0, end) + 1:end].strip() == headline
