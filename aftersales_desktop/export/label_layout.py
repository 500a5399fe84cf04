"""Where everything on a sheet of small labels goes, in millimetres from the page's top left.

Both renderers (export/pdf/labels.py with reportlab, gui/label_painter.py with QPainter) draw exactly these
positioned pieces, so a tag printed through Qt's dialog and the PDF look the same. Text is measured with
reportlab's metrics of the shipped CJK font (the font both renderers draw with): a line too wide for the label
first gets a smaller size, then is cut with an ellipsis, so nothing ever runs off a label.
"""

from __future__ import annotations

from dataclasses import dataclass

from aftersales_desktop.export.paper import Label, LabelSheet

PT_MM = 25.4 / 72  # one typographic point in millimetres
# The common 24-up A4 label sheet (3 × 8 labels of 70 × 37 mm, no gaps): what a shop buys for bin labels.
A4_W, A4_H = 210.0, 297.0
A4_COLUMNS, A4_ROWS = 3, 8
A4_CELL_W, A4_CELL_H = 70.0, 37.0
A4_TOP = (A4_H - A4_ROWS * A4_CELL_H) / 2
QUIET_MODULES = 10  # the blank a scanner needs on each side of a code128 barcode
MAX_MODULE_MM = 0.5
MIN_TEXT_PT = 5.0


@dataclass(frozen=True)
class TextPiece:
    x: float  # left edge, mm
    baseline: float  # mm from the page top
    width: float  # the room it was fitted into, mm (centred in it)
    size_pt: float
    text: str


@dataclass(frozen=True)
class BarPiece:
    x: float
    y: float  # top, mm
    width: float
    height: float


@dataclass(frozen=True)
class PlacedLabel:
    page: int  # 0-based
    texts: list[TextPiece]
    bars: list[BarPiece]


def page_size(sheet: LabelSheet) -> tuple[float, float]:
    """The page in mm: an A4 sheet, or one label (a label printer's page is the label)."""
    return (A4_W, A4_H) if sheet.a4_sheet else (sheet.width_mm, sheet.height_mm)


def label_size(sheet: LabelSheet) -> tuple[float, float]:
    return (A4_CELL_W, A4_CELL_H) if sheet.a4_sheet else (sheet.width_mm, sheet.height_mm)


def page_count(sheet: LabelSheet) -> int:
    per_page = A4_COLUMNS * A4_ROWS if sheet.a4_sheet else 1
    return max(1, -(-len(sheet.labels) // per_page))


def place(sheet: LabelSheet) -> list[PlacedLabel]:
    """Every label of the sheet with its texts and bars at their places on their pages."""
    width, height = label_size(sheet)
    out = []
    for index, label in enumerate(sheet.labels):
        if sheet.a4_sheet:
            page, slot = divmod(index, A4_COLUMNS * A4_ROWS)
            row, column = divmod(slot, A4_COLUMNS)
            x0, y0 = column * A4_CELL_W, A4_TOP + row * A4_CELL_H
        else:
            page, x0, y0 = index, 0.0, 0.0
        texts, bars = _one(label, x0, y0, width, height)
        out.append(PlacedLabel(page, texts, bars))
    return out


def _one(label: Label, x0: float, y0: float, width: float, height: float) -> tuple[list[TextPiece], list[BarPiece]]:
    pad = max(1.5, min(width, height) * 0.06)
    inner_w, inner_h = width - 2 * pad, height - 2 * pad
    lines = [line for line in label.lines if line][:3]
    heading_h = inner_h * 0.22
    bars_h = inner_h * (0.34 if lines else 0.6)
    line_h = (inner_h - heading_h - bars_h) / max(1, len(lines))
    y = y0 + pad
    texts = [_fit(label.heading, x0 + pad, y, inner_w, heading_h, max_pt=16)]
    y += heading_h
    bars = code128_bars(label.barcode, x0 + pad, y + inner_h * 0.02, inner_w, bars_h - inner_h * 0.04)
    y += bars_h
    for line in lines:
        texts.append(_fit(line, x0 + pad, y, inner_w, line_h, max_pt=10))
        y += line_h
    return texts, bars


def _fit(text: str, x: float, top: float, width: float, height: float, max_pt: float) -> TextPiece:
    """The text at the largest size (up to max_pt) that fits the line's height and width, else cut short."""
    size = min(max_pt, height * 0.8 / PT_MM)
    while size > MIN_TEXT_PT and text_width(text, size) > width:
        size -= 0.5
    size = max(size, MIN_TEXT_PT)
    if text_width(text, size) > width:
        while text and text_width(text + "…", size) > width:
            text = text[:-1]
        text += "…"
    baseline = top + (height + size * PT_MM * 0.7) / 2  # the cap height centred in the line
    return TextPiece(x, baseline, width, size, text)


def text_width(text: str, size_pt: float) -> float:
    """The width of `text` in mm in the shipped CJK font."""
    from reportlab.pdfbase.pdfmetrics import stringWidth

    from aftersales_desktop.export.fonts import FONT_NAME, register_pdf_font

    register_pdf_font()
    return float(stringWidth(text, FONT_NAME, size_pt)) * PT_MM


def code128_pattern(value: str) -> list[tuple[bool, int]]:
    """The value's code128 symbol as (bar?, width in modules) runs, from reportlab's encoder (the same bars the
    papers' number barcodes have)."""
    from reportlab.graphics.barcode import code128

    symbol = code128.Code128(value, humanReadable=False)
    symbol.validate()
    symbol.encode()
    # decompose(): upper case = bar, lower case = space, the letter = width in modules (a = 1)
    return [(ch.isupper(), ord(ch.lower()) - ord("a") + 1) for ch in symbol.decompose()]


def code128_bars(value: str, x: float, y: float, width: float, height: float) -> list[BarPiece]:
    """The bars of `value` centred in the box, with the quiet zones inside it."""
    pattern = code128_pattern(value)
    modules = sum(n for _bar, n in pattern)
    module = min(MAX_MODULE_MM, width / (modules + 2 * QUIET_MODULES))
    left = x + (width - modules * module) / 2
    bars = []
    for is_bar, n in pattern:
        if is_bar:
            bars.append(BarPiece(left, y, n * module, height))
        left += n * module
    return bars
