"""Render an export.paper.Paper to a PDF with reportlab, the CJK font embedded (subset)."""

from __future__ import annotations

import copy
import io
import re
from collections import Counter
from functools import lru_cache
from pathlib import Path

from reportlab.lib import colors
from reportlab.lib.enums import TA_CENTER, TA_LEFT, TA_RIGHT
from reportlab.lib.pagesizes import A4, A5, landscape
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import mm
from reportlab.pdfbase.pdfmetrics import stringWidth
from reportlab.pdfgen.canvas import Canvas
from reportlab.platypus import (
    BaseDocTemplate,
    Flowable,
    KeepTogether,
    Paragraph,
    SimpleDocTemplate,
    TableStyle,
)
from reportlab.platypus import PageBreak as RLPageBreak
from reportlab.platypus import Spacer as RLSpacer
from reportlab.platypus.tables import CellStyle

from aftersales_desktop.core.i18n import T
from aftersales_desktop.export import paper as p
from aftersales_desktop.export.atomic import atomic_write
from aftersales_desktop.export.fonts import FONT_NAME, register_pdf_font
from aftersales_desktop.export.pdf.code128 import Code128
from aftersales_desktop.export.pdf.placed import Placed
from aftersales_desktop.export.pdf.table_text import Table as TextTable

INK = colors.HexColor("#1f2933")
GREY = colors.HexColor("#616e7c")
RULE = colors.HexColor("#9aa5b1")
SHADE = colors.HexColor("#eef2f6")
_ALIGN = {"l": TA_LEFT, "c": TA_CENTER, "r": TA_RIGHT}
COPY_MARK = T("副本", "COPY")
FURNITURE = "Furniture"  # the form of the page furniture (see _Renderer.decorate)


def _styles(scale: float) -> dict[str, ParagraphStyle]:
    def style(name: str, size: float, color: colors.Color = INK, leading: float = 1.3) -> ParagraphStyle:
        return ParagraphStyle(
            name, fontName=FONT_NAME, fontSize=size * scale, leading=size * scale * leading,
            textColor=color, wordWrap="CJK",
        )

    return {
        "normal": style("normal", 9.5),
        "small": style("small", 7.5, GREY),
        "label": style("label", 8, GREY),
        "heading": style("heading", 11.5),
        "big": style("big", 16),
        "huge": style("huge", 40, leading=1.1),
        "cell": style("cell", 8.8),
        "head": style("head", 8.5, GREY),
    }


def _para(text: str, style: ParagraphStyle, align: str = "l") -> Paragraph:
    safe = (text or "").replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;").replace("\n", "<br/>")
    if align != "l":
        style = ParagraphStyle(style.name + align, parent=style, alignment=_ALIGN[align])
    return Paragraph(safe, style)


_DEFAULT_CELL = CellStyle("default")  # what a cell no style command names is drawn with
CELL_PADDING = 12  # reportlab's Table pads a cell by 6 points left and right unless told otherwise
_TABLE_ALIGN = {"l": "LEFT", "c": "CENTRE", "r": "RIGHT"}


def _cell(text: str, style: ParagraphStyle, align: str, column_width: float) -> str | Paragraph:
    """A table cell: its text as a plain string when it fits the column on one line, else a Paragraph (which
    wraps it). The Table draws a string cell itself, in the font, size, colour and alignment its style commands
    give the row and column (`_text_styles`), at the baseline a one-line Paragraph has: a Paragraph parses
    markup and breaks lines, and any flowable costs a saved state, a move and its own font and colour per cell
    — for the 1,400 cells of a count sheet, most of the paper's own time."""
    if "\n" not in text and _width(text, style.fontName, style.fontSize) <= column_width - CELL_PADDING - 0.5:
        return text
    return _para(text, style, align)


@lru_cache(maxsize=4096)
def _width(text: str, font: str, size: float) -> float:
    """A text's width, measured once: a table repeats its units, bins and quantities row after row."""
    return stringWidth(text, font, size)


def _field(text: str, style: ParagraphStyle, column_width: float) -> str | Paragraph:
    """A field's label or value: a plain string when a Paragraph would show it as is on one line (no markup
    to escape, no run of spaces it would fold, fits the column), else that Paragraph. Empty stays a Paragraph:
    it takes no height, where a string takes a line."""
    if text and " ".join(text.split()) == text and not set("&<>") & set(text):
        return _cell(text, style, "l", column_width)
    return _para(text, style)


def _column_text_styles(column: int, style: ParagraphStyle) -> list[tuple]:
    """Table style commands that draw the string cells of one column as `style` would."""
    first, last = (column, 0), (column, -1)
    return [("FONT", first, last, style.fontName, style.fontSize, style.leading),
            ("TEXTCOLOR", first, last, style.textColor)]


def _text_styles(rows: tuple[int, int], style: ParagraphStyle) -> list[tuple]:
    """Table style commands that draw the string cells of `rows` (first, last) as `style` would."""
    first, last = (0, rows[0]), (-1, rows[1])
    return [("FONT", first, last, style.fontName, style.fontSize, style.leading),
            ("TEXTCOLOR", first, last, style.textColor)]


class _CutLine(Flowable):
    def __init__(self, width: float, label: str, style: ParagraphStyle) -> None:
        super().__init__()
        self.width, self.label, self.style = width, label, style
        self.height = 8 * mm

    def draw(self) -> None:
        c = self.canv
        c.setStrokeColor(RULE)
        c.setDash(3, 3)
        c.line(0, self.height / 2, self.width, self.height / 2)
        if self.label:
            c.setFont(FONT_NAME, 7.5)
            c.setFillColor(colors.white)
            text_w = c.stringWidth(self.label, FONT_NAME, 7.5) + 6
            c.rect((self.width - text_w) / 2, self.height / 2 - 5, text_w, 10, stroke=0, fill=1)
            c.setFillColor(GREY)
            c.drawCentredString(self.width / 2, self.height / 2 - 2.5, self.label)


def _barcode(value: str, kind: str, height: float, width: float) -> Flowable:
    if kind == "qr":  # reportlab's barcode package only for a QR code (it loads every symbology it has)
        from reportlab.graphics.barcode import qr
        from reportlab.graphics.shapes import Drawing

        widget = qr.QrCodeWidget(value)
        x1, y1, x2, y2 = widget.getBounds()
        size = height
        drawing = Drawing(size, size, transform=[size / (x2 - x1), 0, 0, size / (y2 - y1), 0, 0])
        drawing.add(widget)
        return drawing
    return Code128(value, height=height, bar_width=0.33 * mm)


class _Renderer:
    def __init__(self, paper: p.Paper) -> None:
        self.paper = paper
        size = A5 if paper.page_size == "A5" else A4
        self.pagesize = landscape(size) if paper.landscape else size
        self.scale = 0.92 if paper.page_size == "A5" else 1.0
        self.margin = (10 if paper.page_size == "A5" else 14) * mm
        self.width = self.pagesize[0] - 2 * self.margin
        self.st = _styles(self.scale)
        self.header_h = 24 * mm if self.paper.shop or self.paper.number else 14 * mm
        self.footer_h = 12 * mm if self.paper.footer else 8 * mm
        self.frame_h = self.pagesize[1] - 2 * self.margin - self.header_h - self.footer_h

    def build(self, out: io.BufferedIOBase | str) -> None:
        register_pdf_font()
        doc = SimpleDocTemplate(
            out, pagesize=self.pagesize, leftMargin=self.margin, rightMargin=self.margin,
            topMargin=self.margin + self.header_h, bottomMargin=self.margin + self.footer_h,
            title=f"{self.paper.title} {self.paper.number}".strip(),
            author=self.paper.shop.name if self.paper.shop else "", creator="Aftersales Desktop",
        )
        doc.build(self.story(), onFirstPage=self.decorate, onLaterPages=self.decorate)

    # ---- page furniture: shop, title, number + barcode, copy stamp, terms, page number
    def decorate(self, canvas: Canvas, doc: BaseDocTemplate) -> None:
        """The page furniture. It is the same on every page but for the page number: from the second page on it
        is drawn once as a form and placed by reference (a day's survey cards at 50x are 400 pages)."""
        canvas.saveState()
        if doc.page == 1:
            self.furniture(canvas)
        else:
            if not canvas.hasForm(FURNITURE):
                canvas.beginForm(FURNITURE)
                self.furniture(canvas)
                canvas.endForm()
            canvas.doForm(FURNITURE)
        canvas.setFillColor(GREY)
        canvas.setFont(FONT_NAME, 7 * self.scale)
        canvas.drawRightString(self.pagesize[0] - self.margin, self.margin, f"{doc.page}")
        canvas.restoreState()

    def furniture(self, canvas: Canvas) -> None:
        """Shop, title, number and barcode, copy stamp, rule and terms."""
        paper, w, h, m = self.paper, self.pagesize[0], self.pagesize[1], self.margin
        top = h - m
        if paper.shop:
            canvas.setFillColor(INK)
            canvas.setFont(FONT_NAME, 11 * self.scale)
            canvas.drawString(m, top - 4 * mm, paper.shop.name)
            canvas.setFillColor(GREY)
            canvas.setFont(FONT_NAME, 7.5 * self.scale)
            canvas.drawString(m, top - 8.5 * mm, f"{paper.shop.address}    ☎ {paper.shop.phone}".strip())
        canvas.setFillColor(INK)
        canvas.setFont(FONT_NAME, 17 * self.scale)
        canvas.drawCentredString(w / 2, top - 17 * mm, paper.title)
        if paper.subtitle:
            canvas.setFont(FONT_NAME, 8 * self.scale)
            canvas.setFillColor(GREY)
            canvas.drawCentredString(w / 2, top - 21.5 * mm, paper.subtitle)
        if paper.number:
            bar = Code128(paper.number, height=8 * mm, bar_width=0.3 * mm)
            bar.drawOn(canvas, w - m - bar.width, top - 10 * mm)
            canvas.setFillColor(INK)
            canvas.setFont(FONT_NAME, 9.5 * self.scale)
            canvas.drawRightString(w - m, top - 14 * mm, f"No. {paper.number}")
        if paper.copy:
            canvas.setStrokeColor(colors.HexColor("#c0392b"))
            canvas.setFillColor(colors.HexColor("#c0392b"))
            canvas.setLineWidth(1.2)
            canvas.roundRect(m, top - 22 * mm, 20 * mm, 9 * mm, 2 * mm, stroke=1, fill=0)
            canvas.setFont(FONT_NAME, 12)
            canvas.drawCentredString(m + 10 * mm, top - 19.5 * mm, str(COPY_MARK))
        canvas.setStrokeColor(RULE)
        canvas.setLineWidth(0.6)
        canvas.line(m, top - 23 * mm, w - m, top - 23 * mm)
        if paper.footer:
            canvas.setFillColor(GREY)
            text = canvas.beginText(m, m + 6 * mm)
            text.setFont(FONT_NAME, 7 * self.scale)
            for line in _wrap(paper.footer, canvas, 7 * self.scale, self.width - 20 * mm)[:3]:
                text.textLine(line)
            canvas.drawText(text)

    def story(self) -> list[Flowable]:
        # a text, fields or table the paper shows more than once is built once and drawn once (see placed.py)
        keys = [repr(b) if isinstance(b, (p.Text, p.Fields, p.Table)) else "" for b in self.paper.blocks]
        repeated = {key for key, count in Counter(keys).items() if key and count > 1}
        shared: dict[str, list[tuple[Flowable, dict[float, tuple[float, float]]]]] = {}
        out: list[Flowable] = []
        for block, key in zip(self.paper.blocks, keys, strict=True):
            if key not in repeated:
                out.extend(self.block(block))
                continue
            if key not in shared:
                shared[key] = [(f, {}) for f in self.block(block)]
            name = f"Block{list(shared).index(key)}"
            out.extend(copy.copy(f) if isinstance(f, RLSpacer) else Placed(f, f"{name}n{i}", sizes)
                       for i, (f, sizes) in enumerate(shared[key]))  # fmt: skip
        return out

    def block(self, block: p.Block) -> list[Flowable]:
        st = self.st
        if isinstance(block, p.Text):
            return [_para(block.text, st[block.style], block.align), RLSpacer(1, 1.5 * mm)]
        if isinstance(block, p.Spacer):
            return [RLSpacer(1, block.mm * mm)]
        if isinstance(block, p.PageBreak):
            return [RLPageBreak()]
        if isinstance(block, p.CutLine):
            return [_CutLine(self.width, block.label, st["small"])]
        if isinstance(block, p.Barcode):
            return [_barcode(block.value, block.kind, block.height_mm * mm, self.width), RLSpacer(1, 2 * mm)]
        if isinstance(block, p.Fields):
            return [self.fields(block), RLSpacer(1, 2.5 * mm)]
        if isinstance(block, p.Table):
            return [self.table(block), RLSpacer(1, 2.5 * mm)]
        if isinstance(block, p.Signatures):
            return [KeepTogether([self.signatures(block)]), RLSpacer(1, 2 * mm)]
        raise TypeError(f"unknown paper block {block!r}")

    def fields(self, block: p.Fields) -> TextTable:
        cols = max(1, block.columns)
        label_w = 19 * mm * self.scale
        value_w = self.width / cols - label_w
        label_style, value_style = self.st["label"], self.st["normal"]
        cells: list[list[Paragraph | str]] = []
        row: list[Paragraph | str] = []
        for label, value in block.items:
            # as a table's cells: a label or value that fits on one line is a plain string the Table draws
            # (a survey card's eight fields were sixteen Paragraphs, most of the cards' own drawing)
            row += [_field(label, label_style, label_w), _field(value, value_style, value_w)]
            if len(row) == 2 * cols:
                cells.append(row)
                row = []
        padded = range(len(row), 2 * cols) if row else range(0)  # the empty cells that end a short last row
        if row:
            cells.append(row + [""] * (2 * cols - len(row)))
        # splitInRow: a value longer than a page (a long problem text) flows on to the next page
        table = TextTable(cells, colWidths=[label_w, value_w] * cols, splitInRow=1)
        table.setStyle(
            TableStyle([
                ("VALIGN", (0, 0), (-1, -1), "TOP"),
                ("TOPPADDING", (0, 0), (-1, -1), 2.2),
                ("BOTTOMPADDING", (0, 0), (-1, -1), 2.2),
                ("LEFTPADDING", (0, 0), (-1, -1), 2),
                ("LINEBELOW", (1, 0), (1, -1), 0.3, RULE),
                *[("LINEBELOW", (2 * c + 1, 0), (2 * c + 1, -1), 0.3, RULE) for c in range(cols)],
                *[command for c in range(cols) for command in _column_text_styles(2 * c, label_style)],
                *[command for c in range(cols) for command in _column_text_styles(2 * c + 1, value_style)],
                # the cells that end a short last row keep the Table's own font: its line sets the row's height
                *[("FONT", (c, -1), (c, -1), _DEFAULT_CELL.fontname, _DEFAULT_CELL.fontsize, _DEFAULT_CELL.leading)
                  for c in padded],
            ])
        )
        return table

    def table(self, block: p.Table) -> TextTable:
        n = len(block.headers)
        align = block.align or ["l"] * n
        widths = [f * self.width for f in (block.widths or [1 / n] * n)]
        head, body = self.st["head"], self.st["cell"]
        data: list[list[str | Paragraph]] = [[_cell(h, head, align[i], widths[i]) for i, h in enumerate(block.headers)]]
        data += [[_cell(str(v), body, align[i], widths[i]) for i, v in enumerate(r)] for r in block.rows]
        data += [["" for _ in range(n)] for _ in range(max(0, block.min_rows - len(block.rows)))]
        style = [
            ("GRID", (0, 0), (-1, -1), 0.4, RULE),
            ("BACKGROUND", (0, 0), (-1, 0), SHADE),
            ("VALIGN", (0, 0), (-1, -1), "MIDDLE"),
            ("TOPPADDING", (0, 0), (-1, -1), 2.5),
            ("BOTTOMPADDING", (0, 0), (-1, -1), 2.5),
            *_text_styles((0, 0), head),
            *_text_styles((1, -1), body),
            *[("ALIGN", (i, 0), (i, -1), _TABLE_ALIGN[a]) for i, a in enumerate(align)],
        ]
        for r, row in enumerate(data[1 : 1 + len(block.rows)], start=1):
            # A row taller than half a page may be split across pages (splitInRow below); reportlab splits
            # a vertically centred row wrongly, so such a row is set from the top. Only a Paragraph (a cell
            # that did not fit on one line) can be that tall.
            tall = [cell.wrap(w - 5, 1e9)[1] for cell, w in zip(row, widths, strict=False) if isinstance(cell, Paragraph)]
            if tall and max(tall) > self.frame_h / 2:
                style.append(("VALIGN", (0, r), (-1, r), "TOP"))
        if block.total:
            data.append([_para(v, self.st["heading"], align[i]) for i, v in enumerate(block.total)])
            style.append(("LINEABOVE", (0, -1), (-1, -1), 1.0, INK))
        # with min_rows, every row is at least 7 mm (room to write by hand) and grows with its text
        heights = [0.0] + [7 * mm] * (len(data) - 1) if block.min_rows else None
        table = TextTable(data, colWidths=widths, repeatRows=1, minRowHeights=heights, splitInRow=1)
        table.setStyle(TableStyle(style))
        return table

    def signatures(self, block: p.Signatures) -> TextTable:
        n = len(block.labels)
        box_w = self.width / n
        cells = [[_para(label, self.st["label"]) for label in block.labels]]
        cells.append(["" for _ in block.labels])
        if block.with_date:
            cells.append([_para(block.date_line(i), self.st["small"]) for i in range(n)])
        table = TextTable(cells, colWidths=[box_w] * n, rowHeights=[6 * mm, 14 * mm] + ([6 * mm] if block.with_date else []))
        table.setStyle(
            TableStyle([
                ("BOX", (0, 0), (-1, -1), 0.6, RULE),
                ("INNERGRID", (0, 0), (-1, -1), 0, colors.white),
                *[("BOX", (c, 0), (c, -1), 0.6, RULE) for c in range(n)],
                ("VALIGN", (0, 0), (-1, -1), "TOP"),
            ])
        )
        return table


# A line may break after any CJK character, but English words stay whole (broken only when one is longer than
# the line): a run of letters, digits and punctuation is one token, each space and each CJK character another.
# Compiled (by re's cache) when a footer is first wrapped: a paper without one never pays for these ranges.
_TOKEN = r"[\u2e80-\u9fff\uac00-\ud7af\uf900-\ufaff\uff00-\uffef]|\s|[^\s\u2e80-\u9fff\uac00-\ud7af\uf900-\ufaff\uff00-\uffef]+"


def _wrap(text: str, canvas: Canvas, size: float, width: float) -> list[str]:
    def fits(candidate: str) -> bool:
        return canvas.stringWidth(candidate, FONT_NAME, size) <= width

    lines: list[str] = []
    for raw in text.splitlines() or [""]:
        line = ""
        for token in re.findall(_TOKEN, raw):
            if fits(line + token):
                line += token
                continue
            if token.isspace():  # a space at the end of a full line is dropped
                lines.append(line.rstrip())
                line = ""
                continue
            if line.strip():
                lines.append(line.rstrip())
            line = ""
            for ch in token:  # a word longer than the line: by characters
                if line and not fits(line + ch):
                    lines.append(line)
                    line = ""
                line += ch
        lines.append(line.rstrip())
    return lines


def render_pdf_bytes(paper: p.Paper) -> bytes:
    """The paper as PDF bytes."""
    if paper.labels is not None:  # small labels: placed pieces, not the page flow
        from aftersales_desktop.export.pdf.labels import label_pdf_bytes

        return label_pdf_bytes(paper)
    buffer = io.BytesIO()
    _Renderer(paper).build(buffer)
    return buffer.getvalue()


def render_pdf(paper: p.Paper, target: Path) -> Path:
    """Write the paper as a PDF to `target` (atomically); returns the path."""
    data = render_pdf_bytes(paper)
    return atomic_write(Path(target), lambda temp: temp.write_bytes(data))
