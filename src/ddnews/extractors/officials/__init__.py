"""Officials: named people of the story with every position phrase the article gives them.

A person is found from a cue and the capitalisation of the name, never from a list of people:

* a person cue then a name: "đồng chí / ông / bà / cụ / đảng viên Nguyễn Văn An";
* a title then a name: "Bí thư Huyện ủy Nguyễn Văn An" (the seam between the title's place and
  the name is found with the gazetteer and the family-name lexicon);
* a name then a title, in lists with no cue: "…: Nguyễn Văn An, Bí thư Tỉnh ủy; Trần Thị Bình, …".

* the signer of a resolution: a name alone on a line under its post in capitals ("T/M BAN THƯỜNG VỤ /
  PHÓ BÍ THƯ THƯỜNG TRỰC / Y … Mlô").

Titles attach as apposition after any full mention (", Phó Bí thư …, Chủ tịch …", " kiêm …", past an
age aside ", 94 tuổi," and an opener ", nay là …", or alone in a parenthesis "(Trưởng thôn X)"),
before the name, after appointment phrases ("được bầu giữ chức …", "được HĐND tỉnh bầu làm …"), and
from dismissals read forward ("miễn nhiệm chức vụ <title> đối với ông <name>").  Ranks and degrees ("Đại tá",
"TS.") are cues, not titles.  Minority names may open with "Y", "A", "H'…", "K'…" ("K'Điệp" is a
full name in one word).  Posts in career history
("từng là …") are not titles.  Later short mentions ("ông An") join the person.  Bylines and photo
credits carry no cue, so they are not found; mentions in blocked spans (page chrome) are skipped.
"""
from .extractor import OfficialExtractor

__all__ = ["OfficialExtractor"]
