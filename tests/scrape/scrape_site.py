"""A small invented news site (and a second host) for the scraper's tests.

Every text here was written for these tests. Host A is a provincial paper: robots.txt with a disallowed
path and a fractional Crawl-delay, a sitemap index with two child sitemaps (one gzipped, both with
lastmod), an RSS and an Atom feed, articles in five site templates with different date lines, a
redirect, a 404, a 503-then-200, a slow page, a page in windows-1258 (declared in its meta), one in
windows-1258 mislabelled as UTF-8, a PDF and a category page without article text. Host B is another
site whose articles A's feeds point to.
"""
from __future__ import annotations

import gzip
import json
import unicodedata
from dataclasses import dataclass, field
from html import escape

from scrape_server import Route, Site

TONES = "\u0300\u0301\u0303\u0309\u0323"


def to_cp1258(text: str) -> bytes:
    """Vietnamese text in windows-1258: vowels with their shape marks precomposed, tone marks combining."""
    out = []
    for ch in unicodedata.normalize("NFC", text):
        try:
            out.append(ch.encode("cp1258"))
            continue
        except UnicodeEncodeError:
            pass
        decomposed = unicodedata.normalize("NFD", ch)
        tones = "".join(c for c in decomposed if c in TONES)
        base = unicodedata.normalize("NFC", "".join(c for c in decomposed if c not in TONES))
        out.append((base + tones).encode("cp1258"))
    return b"".join(out)


@dataclass
class Article:
    slug: str
    title: str
    iso: str                       # the publication day the page shows
    dateline: str | None           # the date line as the page writes it (None: metadata only)
    lead: str
    paragraphs: list[str]
    template: str
    author: str = "Minh Anh"
    meta_date: str | None = None   # article:published_time
    jsonld_date: str | None = None
    extra: dict[str, str] = field(default_factory=dict)

    @property
    def first_words(self) -> str:
        return self.paragraphs[0][:60]


ARTICLES = [
    Article("hoi-nghi-tinh-uy", "Hội nghị Tỉnh ủy Sơn Hà lần thứ mười bảy bàn giải pháp phát triển kinh tế",
            "2024-03-13", "16:32 - Thứ Tư, 13/03/2024",
            "Hội nghị đánh giá kết quả hai tháng đầu năm và thống nhất các giải pháp trọng tâm của quý II.",
            ["Sáng 13/3, Ban Chấp hành Đảng bộ tỉnh Sơn Hà khóa XX tổ chức Hội nghị lần thứ mười bảy để đánh giá "
             "tình hình thực hiện nhiệm vụ chính trị hai tháng đầu năm và bàn các giải pháp trọng tâm trong quý II.",
             "Báo cáo tại hội nghị cho biết tổng thu ngân sách trên địa bàn đạt 1.250 tỷ đồng, bằng 21% dự toán năm; "
             "toàn tỉnh có thêm 146 doanh nghiệp thành lập mới, tăng 12 doanh nghiệp so với cùng kỳ.",
             "Phát biểu kết luận, đồng chí Bí thư Tỉnh ủy yêu cầu các cấp ủy tập trung tháo gỡ vướng mắc về mặt bằng "
             "cho các dự án giao thông, đẩy nhanh tiến độ giải ngân vốn đầu tư công và chăm lo đời sống nhân dân.",
             "Hội nghị cũng cho ý kiến vào dự thảo đề án nâng cao chất lượng sinh hoạt chi bộ ở các thôn, bản và tổ "
             "dân phố giai đoạn 2024 - 2026."], "t1", author="Quang Huy"),
    Article("ket-nap-dang-vien", "Huyện Đông Lâm kết nạp 215 đảng viên mới trong quý I", "2024-03-12",
            "Cập nhật lúc 08:30 ngày 12/3/2024",
            "Các tổ chức cơ sở đảng của huyện đã hoàn thành gần một nửa chỉ tiêu phát triển đảng viên của cả năm.",
            ["Ban Thường vụ Huyện ủy Đông Lâm cho biết, trong quý I năm 2024 các tổ chức cơ sở đảng trên địa bàn "
             "huyện đã kết nạp 215 đảng viên mới, đạt 43% chỉ tiêu cả năm.",
             "Trong số đảng viên mới có 96 đoàn viên thanh niên, 41 người là đồng bào dân tộc thiểu số và 12 người là "
             "chủ doanh nghiệp tư nhân. Hiện toàn huyện còn 9 thôn chưa có chi bộ độc lập.",
             "Huyện ủy giao các đảng ủy xã rà soát nguồn quần chúng ưu tú, mở lớp bồi dưỡng nhận thức về Đảng ngay "
             "tại thôn và phân công đảng viên giúp đỡ từng quần chúng phấn đấu vào Đảng."], "t2"),
    Article("bao-tri", "Xã Tân Phú hoàn thành tiêu chí nông thôn mới nâng cao", "2024-03-11",
            "Thứ Hai, 11/03/2024 - 22:38",
            "Thu nhập bình quân đầu người của xã đã đạt 58 triệu đồng mỗi năm.",
            ["Sau ba năm triển khai, xã Tân Phú đã hoàn thành 19 tiêu chí xã nông thôn mới nâng cao, thu nhập bình "
             "quân đầu người đạt 58 triệu đồng mỗi năm.",
             "Xã đã cứng hóa 27 km đường giao thông nông thôn, xây mới hai điểm trường mầm non và đưa tỷ lệ hộ dùng "
             "nước sạch lên 98%. Nhân dân tự nguyện hiến hơn 6.000 mét vuông đất để mở rộng đường.",
             "Chủ tịch Ủy ban nhân dân xã cho biết thời gian tới địa phương tập trung phát triển sản phẩm OCOP từ cây "
             "bưởi và chăn nuôi theo hướng an toàn sinh học."], "t3"),
    Article("dai-hoi-chi-bo-2019", "Đại hội Chi bộ thôn Bản Mòng nhiệm kỳ 2020 - 2022", "2019-11-20",
            "16:32 - Thứ Tư, 20/11/2019",
            "Bản Mòng là chi bộ đầu tiên của xã Na Hang tổ chức đại hội nhiệm kỳ mới.",
            ["Chi bộ thôn Bản Mòng vừa tổ chức đại hội điểm nhiệm kỳ 2020 - 2022 với sự tham dự của 23 đảng viên, "
             "là chi bộ đầu tiên của xã Na Hang tổ chức đại hội.",
             "Nhiệm kỳ qua, chi bộ đã lãnh đạo nhân dân trồng mới 40 héc-ta rừng, giảm tỷ lệ hộ nghèo từ 31% xuống "
             "còn 18% và kết nạp được 4 đảng viên mới là đoàn viên thanh niên.",
             "Đại hội đã bầu đồng chí Lò Văn Thắm giữ chức Bí thư Chi bộ và thông qua nghị quyết với chỉ tiêu mỗi năm "
             "kết nạp ít nhất một đảng viên mới."], "t1"),
    Article("van-hoa-1258", "Gìn giữ bản sắc văn hóa các dân tộc ở vùng cao", "2019-11-21",
            "09:05 - Thứ Năm, 21/11/2019",
            "Nhiều lễ hội truyền thống được phục dựng, dân ca được dạy trong trường học.",
            ["Nhiều năm qua, Đảng bộ huyện Mường Lay đã chú trọng bảo tồn các lễ hội truyền thống, tiếng nói và chữ "
             "viết của đồng bào các dân tộc thiểu số.",
             "Huyện hiện có 37 đội văn nghệ quần chúng, 12 câu lạc bộ dân ca và nhiều nghệ nhân được phong tặng danh "
             "hiệu. Các trường học đưa dạy hát then, múa xòe vào giờ hoạt động ngoài giờ lên lớp.",
             "Đồng bào phấn khởi vì những giá trị văn hóa ông cha để lại được giữ gìn, góp phần phát triển du lịch "
             "cộng đồng và nâng cao thu nhập."], "t1", extra={"charset": "meta"}),
    Article("sai-nhan", "Phụ nữ vùng biên phát triển kinh tế hộ gia đình", "2024-04-05",
            "Thứ Sáu, 05/04/2024 - 07:15",
            "Hơn 300 hội viên phụ nữ được vay vốn ưu đãi để làm kinh tế.",
            ["Hội Liên hiệp Phụ nữ huyện biên giới Thanh Thủy đã hỗ trợ hơn 300 hội viên vay vốn ưu đãi để chăn nuôi "
             "bò, trồng chè và mở các cửa hàng tạp hóa nhỏ.",
             "Nhiều chị em từng thuộc hộ nghèo nay đã có thu nhập ổn định từ 5 đến 7 triệu đồng mỗi tháng. Hội cũng "
             "thành lập 14 tổ hợp tác để giúp nhau tiêu thụ sản phẩm.",
             "Chủ tịch Hội cho biết năm nay phấn đấu giúp thêm 60 hộ do phụ nữ làm chủ thoát nghèo bền vững."], "t3",
            extra={"charset": "mislabelled"}),
    Article("moi-chuyen", "Thành phố Hòa Bình ra mắt mô hình dân vận khéo trong cải cách hành chính", "2024-03-02",
            "Cập nhật lúc 15:40 ngày 2/3/2024",
            "Bộ phận một cửa thân thiện giúp người dân giải quyết thủ tục nhanh hơn.",
            ["Ủy ban nhân dân thành phố vừa ra mắt mô hình một cửa thân thiện tại 15 phường, xã, giúp người dân giải "
             "quyết thủ tục hành chính nhanh hơn và ít phải đi lại.",
             "Cán bộ bộ phận một cửa được tập huấn kỹ năng giao tiếp, hướng dẫn người cao tuổi nộp hồ sơ trực tuyến. "
             "Sau một tháng, tỷ lệ hồ sơ giải quyết đúng hạn đạt 99,2%.",
             "Lãnh đạo thành phố đề nghị các phường tiếp tục lắng nghe ý kiến của nhân dân để điều chỉnh cách làm cho "
             "phù hợp."], "t2"),
    Article("nong-thon-moi", "Sơ kết ba năm thực hiện Nghị quyết về phát triển nông nghiệp hàng hóa", "2023-05-04",
            None, "Huyện đã hình thành 26 vùng sản xuất tập trung.",
            ["Ngày 15/8/2021, Ban Chấp hành Đảng bộ huyện ban hành Nghị quyết số 07-NQ/HU về phát triển nông nghiệp "
             "hàng hóa giai đoạn 2021 - 2025, lúc 14:00 cùng ngày nghị quyết được phổ biến tới các chi bộ.",
             "Sau ba năm, toàn huyện đã hình thành 26 vùng sản xuất tập trung với tổng diện tích 1.800 héc-ta, giá "
             "trị sản xuất trên một héc-ta đất canh tác đạt 95 triệu đồng.",
             "Hội nghị sơ kết chỉ ra một số hạn chế như liên kết tiêu thụ còn lỏng lẻo, nhiều hợp tác xã chưa có "
             "thương hiệu. Huyện đặt mục tiêu đến năm 2025 có thêm 10 sản phẩm đạt chuẩn OCOP."], "t4",
            meta_date="2023-05-04T10:00:00+07:00"),
    Article("dan-van-kheo", "Lực lượng vũ trang huyện giúp dân xây nhà đại đoàn kết", "2018-10-08",
            "Thứ Hai, 08/10/2018 - 22:38",
            "Hơn 500 ngày công đã được huy động giúp các gia đình chính sách.",
            ["Hưởng ứng phong trào thi đua dân vận khéo, Ban Chỉ huy Quân sự huyện đã huy động hơn 500 ngày công "
             "giúp các gia đình chính sách xây dựng và sửa chữa nhà ở.",
             "Từ đầu năm đến nay, cán bộ, chiến sĩ đã giúp hoàn thành 18 căn nhà đại đoàn kết, san lấp mặt bằng và "
             "vận chuyển vật liệu đến những thôn xa nhất của huyện.",
             "Các gia đình được hỗ trợ đều bày tỏ sự cảm ơn tới lực lượng vũ trang và chính quyền địa phương."], "t3"),
    Article("hoc-tap-lam-theo", "Lan tỏa các điển hình học tập và làm theo tư tưởng, đạo đức, phong cách Hồ Chí Minh",
            "2022-09-05", None, "Mười hai mô hình hay được giới thiệu tại tọa đàm.",
            ["Sáng 3/9/2022, Ban Tuyên giáo Thành ủy tổ chức tọa đàm giới thiệu các tập thể, cá nhân điển hình trong "
             "học tập và làm theo tư tưởng, đạo đức, phong cách Hồ Chí Minh.",
             "Tại tọa đàm, đại diện 12 mô hình đã chia sẻ cách làm hay như tổ tự quản đường hoa, quỹ khuyến học của "
             "dòng họ và nhóm thanh niên tình nguyện hỗ trợ người già neo đơn.",
             "Ban Tuyên giáo đề nghị các chi bộ đưa việc nhân rộng điển hình vào nội dung sinh hoạt định kỳ hằng "
             "tháng."], "t5", jsonld_date="2022-09-05T08:00:00+07:00", extra={"host": "b"}),
    Article("chuyen-doi-so", "Chuyển đổi số trong công tác kiểm tra, giám sát của Đảng", "2024-05-14",
            "Thứ Ba, 14/05/2024 - 10:20", "Phần mềm mới rút ngắn thời gian tổng hợp báo cáo.",
            ["Ủy ban Kiểm tra Thành ủy đã đưa vào sử dụng phần mềm quản lý hồ sơ kiểm tra, giám sát, giúp theo dõi "
             "tiến độ từng cuộc kiểm tra và cảnh báo sớm các nội dung chậm trễ.",
             "Đến nay đã có 48 tổ chức cơ sở đảng cập nhật dữ liệu lên hệ thống, rút ngắn khoảng 30% thời gian tổng "
             "hợp báo cáo so với cách làm thủ công trước đây.",
             "Thời gian tới, Ủy ban Kiểm tra sẽ kết nối phần mềm với cơ sở dữ liệu đảng viên để phục vụ việc kê khai "
             "tài sản, thu nhập."], "t5", jsonld_date="2024-05-15T01:00:00+07:00", extra={"host": "b"}),
    Article("cham", "Trang này trả lời rất chậm", "2024-03-10", "10:00 - Chủ Nhật, 10/03/2024",
            "Trang dùng để thử thời gian chờ.",
            ["Đây là một bài viết được máy chủ trả lời rất chậm, dùng để kiểm tra việc dừng chờ và ghi lỗi đúng "
             "cách khi trang không trả lời kịp thời.",
             "Nội dung bài viết không quan trọng; điều quan trọng là trình thu thập không bị treo và vẫn tiếp tục "
             "với các trang khác của cùng trang tin."], "t1"),
]
BY_SLUG = {a.slug: a for a in ARTICLES}

RELATED = ["Hội nghị giao ban công tác tuyên giáo quý I năm 2024",
           "Bồi dưỡng lý luận chính trị cho quần chúng ưu tú năm 2024",
           "Nâng cao chất lượng sinh hoạt chi bộ ở khu dân cư"]
MENU = ["Thời sự trong tỉnh", "Xây dựng Đảng và hệ thống chính trị", "Kinh tế địa phương hôm nay",
        "Văn hóa xã hội vùng cao"]


def _paragraphs(a: Article) -> str:
    return "".join(f"<p>{escape(p)}</p>" for p in a.paragraphs)


def _links(items: list[str], prefix: str = "/tin/lien-quan-") -> str:
    return "".join(f'<li><a href="{prefix}{i}.html">{escape(t)}</a> <span>10:15 - 14/03/2024</span></li>'
                   for i, t in enumerate(items))


def _head(a: Article, charset: str | None = "utf-8") -> str:
    meta = f'<meta charset="{charset}">' if charset else ""
    out = (f"<head>{meta}<title>{escape(a.title)} - Báo Sơn Hà điện tử</title>"
           f'<meta property="og:title" content="{escape(a.title)}">'
           f'<meta property="og:description" content="{escape(a.lead)}">'
           f'<meta property="og:site_name" content="Báo Sơn Hà điện tử">')
    if a.meta_date:
        out += f'<meta property="article:published_time" content="{a.meta_date}">'
    if a.jsonld_date:
        ld = {"@context": "https://schema.org", "@type": "NewsArticle", "headline": a.title,
              "datePublished": a.jsonld_date, "author": {"@type": "Person", "name": a.author}}
        out += f'<script type="application/ld+json">{json.dumps(ld, ensure_ascii=False)}</script>'
    return out + "</head>"


def render(a: Article, charset: str | None = "utf-8") -> str:
    """The page of an article in its template (t1 … t5)."""
    menu = "".join(f'<li><a href="/chuyen-muc/{i}">{escape(m)}</a></li>' for i, m in enumerate(MENU))
    body = ""
    if a.template == "t1":  # provincial paper: site clock on top, date line under the title, related list
        body = (f'<div class="top">Hôm nay, Thứ Bảy, 16/03/2024</div><nav><ul>{menu}</ul></nav>'
                f'<article><h1 class="title">{escape(a.title)}</h1><div class="date">{a.dateline}</div>'
                f'<p class="sapo"><strong>{escape(a.lead)}</strong></p><div class="content">{_paragraphs(a)}'
                f'<p class="author"><strong>{escape(a.author)}</strong></p></div></article>'
                f'<div class="related"><h3>Tin liên quan</h3><ul>{_links(RELATED)}</ul></div>')
    elif a.template == "t2":  # Party committee portal: update stamp above the title, "Xem thêm" links
        body = (f'<div id="header"><span>Cổng thông tin điện tử Đảng bộ huyện</span></div>'
                f'<div class="menu"><ul>{menu}</ul></div><div class="main"><span class="time">{a.dateline}</span>'
                f'<div class="title-news"><h1>{escape(a.title)}</h1></div><div class="sapo">{escape(a.lead)}</div>'
                f'<div id="noidung">{_paragraphs(a)}</div><div class="xemthem"><b>Xem thêm:</b><ul>'
                f'{_links(RELATED[1:])}</ul></div></div>')
    elif a.template == "t3":  # regional paper: author and date line after the title, lead as h2
        body = (f'<header><div class="logo">BÁO ĐIỆN TỬ TÂY NAM</div><ul class="menu">{menu}</ul></header>'
                f'<main><h1>{escape(a.title)}</h1><div class="meta"><span class="author">{escape(a.author)}</span> '
                f'<span class="time">{a.dateline}</span></div><h2 class="sapo">{escape(a.lead)}</h2>'
                f'<div class="detail">{_paragraphs(a)}</div><section class="other"><h4>Tin cùng chuyên mục</h4>'
                f'<ul>{_links(RELATED)}</ul></section></main>')
    elif a.template in ("t4", "t5"):  # no date line (t4: meta tag; t5: JSON-LD, and a date line for one page)
        line = f'<p class="pubdate">{a.dateline}</p>' if a.dateline else ""
        body = (f'<nav><ul>{menu}</ul></nav><div class="article"><h1>{escape(a.title)}</h1>{line}'
                f'<p class="lead">{escape(a.lead)}</p><div class="body">{_paragraphs(a)}</div>'
                f'<p class="by">{escape(a.author)}</p></div><aside><h3>Đọc thêm</h3><ul>{_links(RELATED)}</ul></aside>')
    footer = "<footer><p>Giấy phép số 12/GP-BTTTT cấp ngày 5/6/2018. Ghi rõ nguồn khi phát hành lại.</p></footer>"
    return f'<!DOCTYPE html><html lang="vi">{_head(a, charset)}<body>{body}{footer}</body></html>'


CATEGORY = ("<!DOCTYPE html><html lang='vi'><head><meta charset='utf-8'><title>Thời sự</title></head><body>"
            "<nav><ul>" + "".join(f"<li><a href='/chuyen-muc/{i}'>{escape(m)}</a></li>" for i, m in enumerate(MENU))
            + "</ul></nav><ul>" + _links(RELATED) + "</ul></body></html>")


def _rss(a_base: str, b_base: str, items: list[tuple[str, str, str]]) -> str:
    entries = "".join(f"<item><title>{escape(t)}</title><link>{escape(u)}</link><pubDate>{d}</pubDate></item>"
                      for u, t, d in items)
    return (f'<?xml version="1.0" encoding="UTF-8"?><rss version="2.0"><channel><title>Thời sự - Báo Sơn Hà</title>'
            f"<link>{a_base}/</link><description>Tin thời sự</description>{entries}</channel></rss>")


def _atom(a_base: str, items: list[tuple[str, str, str]]) -> str:
    entries = "".join(f'<entry><title>{escape(t)}</title><link rel="alternate" href="{escape(u)}"/><id>{escape(u)}</id>'
                      f"<updated>{d}</updated></entry>" for u, t, d in items)
    return (f'<?xml version="1.0" encoding="utf-8"?><feed xmlns="http://www.w3.org/2005/Atom"><title>Báo Sơn Hà'
            f"</title><id>{a_base}/atom.xml</id><updated>2024-04-05T07:15:00+07:00</updated>{entries}</feed>")


def _urlset(urls: list[tuple[str, str]]) -> str:
    items = "".join(f"<url><loc>{escape(u)}</loc><lastmod>{d}</lastmod></url>" for u, d in urls)
    return f'<?xml version="1.0" encoding="UTF-8"?><urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9">{items}</urlset>'


#: Paths of host A that are article pages (requests the second run must not repeat).
A_ARTICLE_PATHS = ["/tin/hoi-nghi-tinh-uy.html", "/tin/ket-nap-dang-vien.html", "/tin/bao-tri.html",
                   "/tin/dai-hoi-chi-bo-2019.html", "/tin/van-hoa-1258.html", "/tin/sai-nhan.html",
                   "/tin/moi-chuyen.html", "/tin/nong-thon-moi.html", "/tin/dan-van-kheo.html"]
B_ARTICLE_PATHS = ["/bai/hoc-tap-lam-theo.html", "/bai/chuyen-doi-so.html"]
#: Addresses that give no article, and the error code each must get.
BAD = {"/tin/khong-con.html": "E601", "/files/bao-cao.pdf": "E605", "/private/noi-bo.html": "E602",
       "/chuyen-muc/thoi-su": "E606", "/tin/cham.html": "E603"}


def build(a: Site, b: Site, *, crawl_delay: str | None = "0.25", slow: float = 1.5) -> None:
    """Lay out both hosts' routes (A needs B's address for its feeds)."""
    A, B = a.base, b.base
    robots = "User-agent: *\n" + (f"Crawl-delay: {crawl_delay}\n" if crawl_delay else "") + \
        f"Disallow: /private/\n\nSitemap: {A}/sitemap_index.xml\n"
    cache = {"Cache-Control": "max-age=3600"}
    a.routes["/robots.txt"] = Route.page(robots, "text/plain; charset=utf-8", headers=cache)
    b.routes["/robots.txt"] = Route.page("User-agent: *\nAllow: /\n", "text/plain", headers=cache)
    a.routes["/"] = Route.page(
        '<!DOCTYPE html><html lang="vi"><head><meta charset="utf-8"><title>Báo Sơn Hà điện tử</title>'
        '<link rel="alternate" type="application/rss+xml" title="Thời sự" href="/rss/thoi-su.rss">'
        '<link rel="alternate" type="application/atom+xml" title="Tin mới" href="/atom.xml"></head><body>'
        f"<nav><ul>{''.join(f'<li><a href=/chuyen-muc/{i}>{m}</a></li>' for i, m in enumerate(MENU))}</ul></nav>"
        "<p>Trang chủ</p></body></html>", etag='"home-1"')

    news = [(f"{A}/tin/hoi-nghi-tinh-uy.html", "2024-03-13"), (f"{A}/tin/ket-nap-dang-vien.html", "2024-03-12"),
            (f"{A}/tin/bao-tri.html", "2024-03-11"), (f"{A}/tin/khong-con.html", "2024-03-09"),
            (f"{A}/files/bao-cao.pdf", "2024-03-08"), (f"{A}/private/noi-bo.html", "2024-03-07"),
            (f"{A}/chuyen-muc/thoi-su", "2024-03-14"), (f"{A}/tin/moi-chuyen.html", "2024-03-02")]
    old = [(f"{A}/tin/dai-hoi-chi-bo-2019.html", "2019-11-20T16:32:00+07:00"),
           (f"{A}/tin/van-hoa-1258.html", "2019-11-21")]
    a.routes["/sitemap_index.xml"] = Route.page(
        '<?xml version="1.0" encoding="UTF-8"?><sitemapindex xmlns="http://www.sitemaps.org/schemas/sitemap/0.9">'
        f"<sitemap><loc>{A}/sitemap-news.xml</loc><lastmod>2024-03-14</lastmod></sitemap>"
        f"<sitemap><loc>{A}/sitemap-2019.xml.gz</loc><lastmod>2019-11-21</lastmod></sitemap></sitemapindex>",
        "application/xml", etag='"index-1"')
    a.routes["/sitemap-news.xml"] = Route.page(_urlset(news), "application/xml", etag='"news-1"')
    a.routes["/sitemap-2019.xml.gz"] = Route.page(gzip.compress(_urlset(old).encode()), "application/x-gzip",
                                                  etag='"old-1"')
    a.routes["/rss/thoi-su.rss"] = Route.page(_rss(A, B, [
        (f"{A}/tin/hoi-nghi-tinh-uy.html", BY_SLUG["hoi-nghi-tinh-uy"].title, "Wed, 13 Mar 2024 16:32:00 +0700"),
        (f"{A}/tin/cu-chuyen.html", "Tin đã chuyển địa chỉ", "Sat, 02 Mar 2024 15:40:00 +0700"),
        (f"{A}/tin/cham.html", BY_SLUG["cham"].title, "Sun, 10 Mar 2024 10:00:00 +0700"),
        (f"{A}/tin/nong-thon-moi.html", BY_SLUG["nong-thon-moi"].title, "Thu, 04 May 2023 10:00:00 +0700"),
        (f"{B}/bai/hoc-tap-lam-theo.html", BY_SLUG["hoc-tap-lam-theo"].title, "Mon, 05 Sep 2022 08:00:00 +0700"),
    ]), "application/rss+xml; charset=utf-8", headers={"Last-Modified": "Fri, 05 Apr 2024 00:00:00 GMT"},
        etag='"rss-1"')
    a.routes["/atom.xml"] = Route.page(_atom(A, [
        (f"{A}/tin/ket-nap-dang-vien.html", BY_SLUG["ket-nap-dang-vien"].title, "2024-03-12T08:30:00+07:00"),
        (f"{A}/tin/dan-van-kheo.html", BY_SLUG["dan-van-kheo"].title, "2024-03-01T09:00:00+07:00"),
        (f"{A}/tin/sai-nhan.html", BY_SLUG["sai-nhan"].title, "2024-04-05T07:15:00+07:00"),
        (f"{B}/bai/chuyen-doi-so.html", BY_SLUG["chuyen-doi-so"].title, "2024-05-14T10:20:00+07:00"),
    ]), "application/atom+xml", etag='"atom-1"')

    for art in ARTICLES:
        host, prefix = (b, "/bai/") if art.extra.get("host") == "b" else (a, "/tin/")
        if art.extra.get("charset") == "meta":
            route = Route.page(to_cp1258(render(art, "windows-1258")), "text/html")
        elif art.extra.get("charset") == "mislabelled":
            route = Route.page(to_cp1258(render(art, None)), "text/html; charset=utf-8")
        else:
            route = Route.page(render(art))
        host.routes[f"{prefix}{art.slug}.html"] = route
    a.routes["/tin/bao-tri.html"].answers.insert(0, (503, {"Retry-After": "1", "Content-Type": "text/plain"},
                                                     "Bảo trì".encode()))
    a.routes["/tin/cham.html"].delay = slow
    a.routes["/tin/cu-chuyen.html"] = Route([(301, {"Location": "/tin/moi-chuyen.html"}, b"")])
    a.routes["/files/bao-cao.pdf"] = Route.page(b"%PDF-1.4\n% bao cao\n", "application/pdf")
    a.routes["/private/noi-bo.html"] = Route.page("<html><body><p>Nội bộ</p></body></html>")
    a.routes["/chuyen-muc/thoi-su"] = Route.page(CATEGORY)
