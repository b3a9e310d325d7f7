"""Builders of the loader tests' input files, made from invented resolution texts: PDFs (fpdf2 with a font
that has Vietnamese glyphs) and Word files (python-docx).  Import them as ``from loading.builders import …``."""
from __future__ import annotations

import unicodedata
from pathlib import Path

#: Where a font with Vietnamese glyphs is found: Debian's fonts-dejavu-core (scripts/ci_system_deps.sh
#: installs it when missing), else the copy some Python packages ship.
FONT_CANDIDATES = ["/usr/share/fonts/truetype/dejavu/DejaVuSans.ttf", "/usr/share/fonts/dejavu/DejaVuSans.ttf"]

# An invented provincial resolution: header table, number, place-and-date line, title, body over two pages.
HEADER_LEFT = ["TỈNH ỦY LAM SƠN", "*", "Số 12-NQ/TU"]
HEADER_RIGHT = ["ĐẢNG CỘNG SẢN VIỆT NAM", "", "Lam Sơn, ngày 5 tháng 3 năm 2021"]
TITLE = "NGHỊ QUYẾT"
SUBJECT = "về phát triển đảng viên giai đoạn 2021 - 2025"
BODY = [  # lines short enough not to wrap in the PDF
    "Ban Chấp hành Đảng bộ tỉnh thống nhất mục tiêu:",
    "Đến năm 2025, toàn tỉnh kết nạp 2.400 đảng viên mới.",
    "Phấn đấu 95% tổ chức cơ sở đảng hoàn thành tốt nhiệm vụ hằng năm.",
]
PAGE_TWO = "Ban Tổ chức Tỉnh ủy chủ trì, hướng dẫn và theo dõi việc thực hiện Nghị quyết này."


def vietnamese_font() -> str | None:
    """A TrueType font with Vietnamese glyphs, or None."""
    for path in FONT_CANDIDATES:
        if Path(path).is_file():
            return path
    try:
        import matplotlib

        path = str(Path(matplotlib.get_data_path()) / "fonts" / "ttf" / "DejaVuSans.ttf")
        return path if Path(path).is_file() else None
    except ImportError:
        return None


def make_pdf(path: Path, font: str, *, encrypt: str | None = None, scanned: bool = False) -> Path:
    """The invented resolution as a PDF: header in two columns, a larger bold title, two pages."""
    from fpdf import FPDF

    pdf = FPDF()
    pdf.add_font("Viet", "", font)
    pdf.add_page()
    if scanned:  # a page of pictures only: no text layer
        for i in range(8):
            pdf.rect(20, 20 + 12 * i, 150, 8, style="F")
    else:
        pdf.set_font("Viet", "", 11)
        for left, right in zip(HEADER_LEFT, HEADER_RIGHT, strict=True):
            pdf.cell(80, 6, left)
            pdf.cell(0, 6, right, new_x="LMARGIN", new_y="NEXT")
        pdf.ln(4)
        pdf.set_font("Viet", "", 16)
        pdf.cell(0, 10, TITLE, align="C", new_x="LMARGIN", new_y="NEXT")
        pdf.set_font("Viet", "", 11)
        pdf.cell(0, 6, SUBJECT, align="C", new_x="LMARGIN", new_y="NEXT")
        for para in BODY:
            pdf.multi_cell(0, 6, para, new_x="LMARGIN", new_y="NEXT")
        pdf.add_page()
        pdf.multi_cell(0, 6, PAGE_TWO)
    if encrypt is not None:
        from fpdf.enums import EncryptionMethod

        pdf.set_encryption(owner_password="chu-so-huu", user_password=encrypt, encryption_method=EncryptionMethod.RC4)
    pdf.output(str(path))
    return path


def make_docx(path: Path) -> Path:
    """The invented resolution as a Word file: a borderless header table, a Title, body paragraphs, a page break."""
    import docx
    from docx.enum.text import WD_BREAK

    d = docx.Document()
    table = d.add_table(rows=1, cols=2)
    for cell, lines in zip(table.rows[0].cells, (HEADER_LEFT, HEADER_RIGHT), strict=True):
        cell.text = lines[0]
        for line in lines[1:]:
            cell.add_paragraph(line)
    d.add_paragraph(TITLE, style="Title")
    d.add_paragraph(SUBJECT)
    for para in BODY:
        d.add_paragraph(para)
    d.paragraphs[-1].add_run().add_break(WD_BREAK.PAGE)
    d.add_paragraph(PAGE_TWO)
    d.save(str(path))
    return path


def nfc(text: str) -> str:
    return unicodedata.normalize("NFC", text)


_TONES = "\u0300\u0301\u0303\u0309\u0323"


def to_cp1258(text: str) -> bytes:
    """Vietnamese text in windows-1258, as Vietnamese Windows saves it: base letters precomposed, tones combining."""
    out = bytearray()
    for ch in unicodedata.normalize("NFC", text):
        try:
            out += ch.encode("cp1258")
            continue
        except UnicodeEncodeError:
            pass
        parts = unicodedata.normalize("NFD", ch)
        base = unicodedata.normalize("NFC", "".join(c for c in parts if c not in _TONES))
        out += base.encode("cp1258") + "".join(c for c in parts if c in _TONES).encode("cp1258")
    return bytes(out)
