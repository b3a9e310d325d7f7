"""Organizations: named bodies of the political system, once each, in their fullest written form.

A body is parsed from a head of ``org_heads.tsv`` by its kind:

* organ ("Ban Thường vụ", "Ủy ban Kiểm tra") + the body it belongs to, or "Trung ương";
* committee ("Tỉnh ủy") + an optional place ("Tỉnh ủy Hòa Bình", "Thành ủy TP Mỹ Phước");
* unit ("Đảng bộ", "Chi bộ", "UBND", "Công an", "Hội Nông dân") + a level word and place
  ("huyện X", "tỉnh", "phường 2"), a bloc ("Khối các cơ quan tỉnh"), a nested body ("Đảng ủy UBND
  tỉnh") or a named unit ("Chi bộ Trung tâm Y tế huyện X");
* department ("Sở", "Bộ") + a capitalised field name; national ("Bộ Chính trị") as written.

Every body inside a longer one is a nested occurrence.  A body is listed when it stands alone
somewhere: not nested, not inside any title phrase (titles are computed here with the officials'
title grammar from the sibling ``ddnews_officials`` directory, so the extractor works without
``ctx.facts``), not in a byline ("Thu Hà (Huyện ủy X)") or a site banner, not generic ("Đảng ủy các xã",
"các Huyện ủy"), not in page chrome.  Forms of one body ("Tỉnh ủy" / "Tỉnh ủy X"; "Thành ủy X" /
"Thành ủy TP X") are merged to the longest.
"""
from .extractor import OrganizationExtractor

__all__ = ["OrganizationExtractor"]
