"""A table's plain-string cells are written in one text object, grouped by font and colour, each word exactly
where reportlab's own Table puts it: every alignment, vertical alignment, padding, a line break, two fonts and
colours alternating cell by cell (as a fields table does), an empty cell, a Paragraph among the strings."""

from __future__ import annotations

import io
import re
import subprocess
from pathlib import Path

from pypdf import PdfReader
from reportlab.lib import colors
from reportlab.lib.pagesizes import A4
from reportlab.platypus import Paragraph, SimpleDocTemplate, TableStyle
from reportlab.platypus import Table as PlainTable

from aftersales_desktop.export.fonts import FONT_NAME, register_pdf_font
from aftersales_desktop.export.pdf import render
from aftersales_desktop.export.pdf.table_text import Table as TextTable

ROWS = [
    ["技术员", "件数", "有费服务", "合同服务"],
    ["赵志强", "150", "153:20", ""],
    ["孙浩", "100", "两行\n文字", "0:00"],
    ["Zhou Ming", "9", "1:05", "12:30"],
]


def _style(valign: str) -> TableStyle:
    return TableStyle([
        ("GRID", (0, 0), (-1, -1), 0.4, render.RULE),
        ("BACKGROUND", (0, 0), (-1, 0), render.SHADE),
        ("VALIGN", (0, 0), (-1, -1), valign),
        ("TOPPADDING", (0, 0), (-1, -1), 2.5),
        ("LEFTPADDING", (1, 0), (1, -1), 9),
        ("FONT", (0, 0), (-1, 0), FONT_NAME, 8.5, 11),
        ("FONT", (0, 1), (0, -1), FONT_NAME, 8, 10.4),
        ("FONT", (1, 1), (-1, -1), FONT_NAME, 9.5, 12.35),
        ("TEXTCOLOR", (0, 0), (-1, -1), render.INK),
        ("TEXTCOLOR", (0, 1), (0, -1), render.GREY),
        ("TEXTCOLOR", (2, 1), (2, -1), colors.HexColor("#c0392b")),
        ("ALIGN", (1, 0), (1, -1), "CENTRE"),
        ("ALIGN", (2, 0), (-1, -1), "RIGHT"),
    ])


def _pdf(kind: type[PlainTable], path: Path) -> Path:
    register_pdf_font()
    note = Paragraph("一个段落 & more", render._styles(1.0)["cell"])
    story = []
    for valign in ("MIDDLE", "TOP", "BOTTOM"):
        table = kind([*ROWS, [note, "", "末行", "1"]], colWidths=[120, 80, 90, 90], rowHeights=None)
        table.setStyle(_style(valign))
        story.append(table)
    out = io.BytesIO()
    SimpleDocTemplate(out, pagesize=A4, invariant=1).build(story)
    path.write_bytes(out.getvalue())
    return path


def test_the_strings_stand_where_reportlabs_table_puts_them(tmp_path):
    ours, theirs = _pdf(TextTable, tmp_path / "ours.pdf"), _pdf(PlainTable, tmp_path / "theirs.pdf")
    words = [subprocess.run(["pdftotext", "-bbox", str(f), "-"], check=True, capture_output=True, text=True).stdout
             for f in (ours, theirs)]  # fmt: skip
    assert words[0] == words[1]
    assert words[0].count(">赵志强<") == 3 and words[0].count(">文字<") == 3 and words[0].count(">more<") == 3
    pixels = []
    for f in (ours, theirs):
        subprocess.run(["pdftoppm", "-r", "110", "-gray", str(f), str(tmp_path / f.stem)], check=True)
        pixels.append((tmp_path / f"{f.stem}-1.pgm").read_bytes())
    assert pixels[0] == pixels[1]
    # one text object a table for its strings (and the Paragraph's own), where reportlab opens one a string
    texts = [len(re.findall(rb"\bBT\b", PdfReader(f).pages[0].get_contents().get_data())) for f in (ours, theirs)]
    assert texts[0] < texts[1] / 4, texts
