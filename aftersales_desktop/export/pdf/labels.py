"""Draw a paper of labels (export.paper.LabelSheet) into a PDF: the pieces export/label_layout.py placed."""

from __future__ import annotations

import io

from reportlab.lib import colors
from reportlab.lib.units import mm
from reportlab.pdfgen.canvas import Canvas

from aftersales_desktop.export import label_layout as lay
from aftersales_desktop.export import paper as p
from aftersales_desktop.export.fonts import FONT_NAME, register_pdf_font


def label_pdf_bytes(paper: p.Paper) -> bytes:
    """The labels as PDF bytes, one page per label (a roll) or per A4 sheet."""
    sheet = paper.labels
    if sheet is None:
        raise ValueError("a label paper needs its LabelSheet")
    register_pdf_font()
    page_w, page_h = lay.page_size(sheet)
    buffer = io.BytesIO()
    canvas = Canvas(buffer, pagesize=(page_w * mm, page_h * mm))
    canvas.setTitle(paper.title)
    canvas.setCreator("Aftersales Desktop")
    placed = lay.place(sheet)
    for page in range(lay.page_count(sheet)):
        if page:
            canvas.showPage()
        for label in (item for item in placed if item.page == page):
            canvas.setFillColor(colors.black)
            for bar in label.bars:
                canvas.rect(bar.x * mm, (page_h - bar.y - bar.height) * mm, bar.width * mm, bar.height * mm,
                            stroke=0, fill=1)
            for text in label.texts:
                canvas.setFont(FONT_NAME, text.size_pt)
                canvas.drawCentredString((text.x + text.width / 2) * mm, (page_h - text.baseline) * mm, text.text)
    canvas.showPage()
    canvas.save()
    return buffer.getvalue()
