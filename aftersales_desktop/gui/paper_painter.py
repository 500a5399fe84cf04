"""Paint an export.paper.Paper onto a QPrinter: the layout engine behind gui/printing.py.

A simple top-to-bottom flow inside the page's margins, mirroring export/pdf/render.py: the page furniture
(shop, title, number with its barcode, the 副本 stamp, terms, page number) on every page, then the blocks.
Long text wraps, tables split across pages with the header row repeated, nothing is clipped. Text is real
text in the shipped CJK font, so a printed PDF can be read back and Chinese prints without system fonts.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import dataclass
from functools import lru_cache

from PySide6.QtCore import QPointF, QRectF, Qt
from PySide6.QtGui import QBrush, QColor, QFont, QFontDatabase, QFontMetricsF, QPainter, QPen
from PySide6.QtPrintSupport import QPrinter

from aftersales_desktop.core.i18n import T
from aftersales_desktop.export import paper as p

INK, GREY, RULE, SHADE, STAMP = "#1f2933", "#616e7c", "#9aa5b1", "#eef2f6", "#c0392b"
STYLE_PT = {"normal": 9.5, "small": 7.5, "label": 8.0, "heading": 11.5, "big": 16.0, "huge": 40.0,
            "cell": 8.8, "head": 8.5}
# Line breaking: a token never splits. A token is a tick box like 【 】, one CJK character with the opening
# brackets before it and the closing punctuation after it (no line starts with 】 or ,), a run of spaces,
# or a run of other characters (a Latin word, a number).
_CJK = "\u2e80-\u9fff\uf900-\ufaff\uff00-\uffef\u3000-\u303f"
_OPEN = "（【「『《〈(\\[“‘"
_CLOSE = "，。、；：！？）】」』》〉)\\]”’…,.;:!?"
_TOKENS = re.compile(rf"【[^【】\n]{{0,4}}】|\s+|[{_OPEN}]*[{_CJK}][{_CLOSE}]*|[^\s{_CJK}]+[{_CLOSE}]*")
HEADER_MM = 25.0  # page furniture at the top: shop, title, number with its barcode, copy stamp


@dataclass
class Cell:
    """One cell of a row being painted: where it goes, its wrapped lines and how they look."""

    x: float
    width: float
    lines: list[str]
    font: QFont
    color: str
    align: str = "l"


Frame = Callable[[float, float], None]  # draws a row piece's rules and shading: (top, height)


@lru_cache(maxsize=1)
def cjk_family() -> str:
    """The family name of the shipped CJK font, registered with Qt once (needs a QGuiApplication)."""
    from aftersales_desktop.export.fonts import font_file

    try:
        path, _index = font_file()
    except FileNotFoundError:
        return QFont().family()
    font_id = QFontDatabase.addApplicationFont(str(path))
    families = QFontDatabase.applicationFontFamilies(font_id) if font_id >= 0 else []
    return families[0] if families else QFont().family()


class PaperPainter:
    """Flows a Paper's blocks down the pages of one QPrinter."""

    def __init__(self, printer: QPrinter, painter: QPainter, paper: p.Paper) -> None:
        self.printer, self.painter, self.paper = printer, painter, paper
        self.dpmm = printer.resolution() / 25.4
        rect = printer.pageLayout().paintRectPixels(printer.resolution())
        self.width, self.height = float(rect.width()), float(rect.height())
        self.scale = 0.92 if paper.page_size == "A5" else 1.0
        self.family = cjk_family()
        self.page = 1
        footer_lines = self.lines(paper.footer, self.font("small"), self.width - self.mm(20)) if paper.footer else []
        self.footer_lines = footer_lines
        footer_h = len(footer_lines) * self.line_height(self.font("small")) + self.mm(6)
        self.top = self.mm(HEADER_MM)
        self.bottom = self.height - footer_h
        self.y = self.top

    # ---- units, fonts, text
    def mm(self, value: float) -> float:
        return value * self.dpmm

    def font(self, style: str, bold: bool = False) -> QFont:
        font = QFont(self.family)
        font.setPointSizeF(STYLE_PT[style] * self.scale)
        font.setBold(bold)
        return font

    def line_height(self, font: QFont) -> float:
        return QFontMetricsF(font, self.printer).height() * 1.15

    def lines(self, text: str, font: QFont, width: float) -> list[str]:
        """`text` broken into lines no wider than `width`: at spaces, between CJK characters, else anywhere."""
        # greedy, measured with QFontMetricsF: the same break rules as the PDF renderer (CJK wraps anywhere)
        metrics = QFontMetricsF(font, self.printer)
        out: list[str] = []
        for raw in (text or "").split("\n"):
            raw = re.sub(r"\s+", " ", raw)  # as in the PDF renderer: any run of spaces (also the ideographic U+3000) prints as one
            line = ""
            for token in _TOKENS.findall(raw):
                if metrics.horizontalAdvance(line + token) <= width or not line.strip():
                    line += token
                else:
                    out.append(line.rstrip())
                    line = token.lstrip()
                while metrics.horizontalAdvance(line) > width and len(line) > 1:  # a word wider than the line
                    low, high = 1, len(line) - 1  # the longest head that fits, found by halving (a 2,000-letter
                    while low < high:  # word would take minutes measured letter by letter)
                        middle = (low + high + 1) // 2
                        if metrics.horizontalAdvance(line[:middle]) <= width:
                            low = middle
                        else:
                            high = middle - 1
                    out.append(line[:low])
                    line = line[low:]
            out.append(line.rstrip())
        return out

    def draw_lines(self, lines: list[str], font: QFont, color: str, rect: QRectF, align: str = "l") -> None:
        painter = self.painter
        painter.setFont(font)
        painter.setPen(QColor(color))
        flags = {"l": Qt.AlignmentFlag.AlignLeft, "c": Qt.AlignmentFlag.AlignHCenter, "r": Qt.AlignmentFlag.AlignRight}[align]
        step = self.line_height(font)
        for i, line in enumerate(lines):
            painter.drawText(QRectF(rect.x(), rect.y() + i * step, rect.width(), step), flags | Qt.AlignmentFlag.AlignVCenter, line)

    # ---- pages
    def room(self) -> float:
        return self.bottom - self.y

    def ensure(self, height: float) -> None:
        """Start a new page unless `height` fits below the cursor (a block taller than a page starts at the top)."""
        if height > self.room() and self.y > self.top:
            self.new_page()

    def new_page(self) -> None:
        self.printer.newPage()
        self.page += 1
        self.y = self.top
        self.furniture()

    def furniture(self) -> None:
        """Shop, title, number with barcode, the copy stamp, the terms and the page number."""
        paper, painter, w, mm = self.paper, self.painter, self.width, self.mm
        if paper.shop:
            self.draw_lines([paper.shop.name], self.font("heading"), INK, QRectF(0, 0, w * 0.6, mm(6)))
            address = f"{paper.shop.address}    ☎ {paper.shop.phone}".strip()
            self.draw_lines([address], self.font("small"), GREY, QRectF(0, mm(6), w * 0.6, mm(4)))
        title_font = QFont(self.family)
        title_font.setPointSizeF(17 * self.scale)
        self.draw_lines([paper.title], title_font, INK, QRectF(0, mm(11.5), w, mm(7.5)), "c")
        if paper.subtitle:
            self.draw_lines([paper.subtitle], self.font("label"), GREY, QRectF(0, mm(18.5), w, mm(4)), "c")
        if paper.number:
            self.code128(paper.number, QRectF(w - mm(70), mm(1), mm(70), mm(8)), align_right=True)
            self.draw_lines([f"No. {paper.number}"], self.font("normal"), INK, QRectF(w - mm(70), mm(9.5), mm(70), mm(5)), "r")
        if paper.copy:
            painter.setPen(QPen(QColor(STAMP), mm(0.4)))
            painter.setBrush(Qt.BrushStyle.NoBrush)
            stamp = QRectF(0, mm(13), mm(20), mm(9))
            painter.drawRoundedRect(stamp, mm(2), mm(2))
            stamp_font = QFont(self.family)
            stamp_font.setPointSizeF(12)
            painter.setFont(stamp_font)
            painter.drawText(stamp, Qt.AlignmentFlag.AlignCenter, str(T("副本", "COPY")))
        painter.setPen(QPen(QColor(RULE), mm(0.2)))
        painter.drawLine(QPointF(0, mm(23)), QPointF(w, mm(23)))
        small = self.font("small")
        step = self.line_height(small)
        foot_top = self.height - len(self.footer_lines) * step - mm(4)
        self.draw_lines(self.footer_lines, small, GREY, QRectF(0, foot_top, w - mm(20), step * len(self.footer_lines)))
        self.draw_lines([str(self.page)], small, GREY, QRectF(w - mm(20), self.height - mm(4), mm(20), mm(4)), "r")

    # ---- barcodes
    def code128(self, value: str, rect: QRectF, align_right: bool = False) -> None:
        """Bars from reportlab's code128 pattern (upper case = bar, lower case = space, letter = width)."""
        from reportlab.graphics.barcode import code128

        bar = code128.Code128(value, humanReadable=False)
        bar.validate()
        bar.encode()
        pattern = bar.decompose()
        modules = sum(ord(ch.lower()) - ord("a") + 1 for ch in pattern) + 20  # quiet zones of 10 modules
        module = min(self.mm(0.33), rect.width() / modules)
        x = rect.right() - (modules - 20) * module if align_right else rect.x() + 10 * module
        self.painter.setPen(Qt.PenStyle.NoPen)
        self.painter.setBrush(QBrush(QColor("black")))
        for ch in pattern:
            width = (ord(ch.lower()) - ord("a") + 1) * module
            if ch.isupper():
                self.painter.drawRect(QRectF(x, rect.y(), width, rect.height()))
            x += width

    def qr(self, value: str, size: float) -> None:
        from reportlab.graphics.barcode.qr import QrCodeWidget

        code = QrCodeWidget(value).qr
        code.make()
        count = code.getModuleCount()
        box = size / count
        self.painter.setPen(Qt.PenStyle.NoPen)
        self.painter.setBrush(QBrush(QColor("black")))
        for r, row in enumerate(code.modules):
            for c, dark in enumerate(row):
                if dark:
                    self.painter.drawRect(QRectF(c * box, self.y + r * box, box * 1.02, box * 1.02))

    # ---- blocks
    def run(self) -> None:
        self.furniture()
        for block in self.paper.blocks:
            self.block(block)

    def block(self, block: p.Block) -> None:
        mm = self.mm
        if isinstance(block, p.Text):
            font = self.font(block.style)
            color = GREY if block.style == "small" else INK
            step = self.line_height(font)
            for line in self.lines(block.text, font, self.width):
                self.ensure(step)
                self.draw_lines([line], font, color, QRectF(0, self.y, self.width, step), block.align)
                self.y += step
            self.y += mm(1.5)
        elif isinstance(block, p.Spacer):
            self.y = min(self.y + mm(block.mm), self.bottom)
        elif isinstance(block, p.PageBreak):
            if self.y > self.top:
                self.new_page()
        elif isinstance(block, p.CutLine):
            self.ensure(mm(8))
            self.cut_line(block.label)
            self.y += mm(8)
        elif isinstance(block, p.Barcode):
            height = mm(block.height_mm)
            self.ensure(height)
            if block.kind == "qr":
                self.qr(block.value, height)
            else:
                self.code128(block.value, QRectF(0, self.y, self.width, height))
            self.y += height + mm(2)
        elif isinstance(block, p.Fields):
            self.fields(block)
            self.y += mm(2.5)
        elif isinstance(block, p.Table):
            self.table(block)
            self.y += mm(2.5)
        elif isinstance(block, p.Signatures):
            self.signatures(block)
            self.y += mm(2)
        else:
            raise TypeError(f"unknown paper block {block!r}")

    def cut_line(self, label: str) -> None:
        painter, mid = self.painter, self.y + self.mm(4)
        pen = QPen(QColor(RULE), self.mm(0.25))
        pen.setStyle(Qt.PenStyle.DashLine)
        painter.setPen(pen)
        painter.drawLine(QPointF(0, mid), QPointF(self.width, mid))
        if label:
            font = self.font("small")
            text_w = QFontMetricsF(font, self.printer).horizontalAdvance(label) + self.mm(2)
            box = QRectF((self.width - text_w) / 2, mid - self.mm(2), text_w, self.mm(4))
            painter.fillRect(box, QColor("white"))
            self.draw_lines([label], font, GREY, box, "c")

    def flow_row(self, cells: list[Cell], pad: float, frame: Frame, on_new_page: Callable[[], None] | None = None,
                 min_height: float = 0.0) -> None:
        """Draw one row of wrapped cells side by side. A row taller than the room left continues on the next
        page (and the next …): long text flows on, it is never clipped at the foot of the page."""
        remaining = [list(cell.lines) for cell in cells]
        steps = [self.line_height(cell.font) for cell in cells]
        whole = max(max(len(r) * step for r, step in zip(remaining, steps, strict=True)) + 2 * pad, min_height)
        if whole > self.room() and self.y > self.top and whole <= self.bottom - self.top:
            self.break_page(on_new_page)  # it fits on a fresh page: keep it in one piece
        while True:
            room = self.room() - 2 * pad
            take = [min(len(r), int(room // step)) for r, step in zip(remaining, steps, strict=True)]
            if not any(take) and any(remaining):  # not even one line fits below the cursor
                if self.y > self.top:
                    self.break_page(on_new_page)
                    continue
                take = [min(1, len(r)) for r in remaining]  # a line taller than a page: draw it anyway
            done = all(len(r) == n for r, n in zip(remaining, take, strict=True))
            height = max(n * step for n, step in zip(take, steps, strict=True)) + 2 * pad
            if done:
                height = max(height, min(min_height, self.room()))
            frame(self.y, height)  # shading and rules first, the text on top
            for cell, lines, n in zip(cells, remaining, take, strict=True):
                self.draw_lines(lines[:n], cell.font, cell.color, QRectF(cell.x, self.y + pad, cell.width, height),
                                cell.align)
                del lines[:n]
            self.y += height
            if done:
                return
            self.break_page(on_new_page)

    def break_page(self, on_new_page: Callable[[], None] | None) -> None:
        self.new_page()
        if on_new_page is not None:
            on_new_page()

    def fields(self, block: p.Fields) -> None:
        cols = max(1, block.columns)
        label_w = self.mm(19) * self.scale
        value_w = self.width / cols - label_w
        label_font, value_font = self.font("label"), self.font("normal")
        pad = self.mm(0.8)
        for start in range(0, len(block.items), cols):
            row = block.items[start: start + cols]
            cells: list[Cell] = []
            for i, (label, value) in enumerate(row):
                x = i * (label_w + value_w)
                cells.append(Cell(x, label_w - pad, self.lines(label, label_font, label_w - pad), label_font, GREY))
                cells.append(Cell(x + label_w, value_w - pad, self.lines(value, value_font, value_w - pad), value_font, INK))

            def underline(top: float, height: float, count: int = len(row)) -> None:
                self.painter.setPen(QPen(QColor(RULE), self.mm(0.1)))
                for i in range(count):
                    x = i * (label_w + value_w)
                    self.painter.drawLine(QPointF(x + label_w, top + height), QPointF(x + label_w + value_w - pad, top + height))

            self.flow_row(cells, pad, underline)

    def table(self, block: p.Table) -> None:
        n = len(block.headers)
        align = block.align or ["l"] * n
        widths = [f * self.width for f in (block.widths or [1 / n] * n)]
        pad = self.mm(0.9)
        cell_font, head_font, total_font = self.font("cell"), self.font("head"), self.font("heading", bold=True)

        def cells(values: list[str], font: QFont, color: str) -> list[Cell]:
            out, x = [], 0.0
            for i in range(n):
                text = str(values[i]) if i < len(values) else ""
                out.append(Cell(x + pad, widths[i] - 2 * pad, self.lines(text, font, widths[i] - 2 * pad), font, color,
                                align[i] if i < len(align) else "l"))
                x += widths[i]
            return out

        def grid(shaded: bool = False, total: bool = False) -> Frame:
            def draw(top: float, height: float) -> None:
                x = 0.0
                for w in widths:
                    cell = QRectF(x, top, w, height)
                    if shaded:
                        self.painter.fillRect(cell, QColor(SHADE))
                    self.painter.setPen(QPen(QColor(RULE), self.mm(0.14)))
                    self.painter.setBrush(Qt.BrushStyle.NoBrush)
                    self.painter.drawRect(cell)
                    x += w
                if total:
                    self.painter.setPen(QPen(QColor(INK), self.mm(0.35)))
                    self.painter.drawLine(QPointF(0, top), QPointF(x, top))
            return draw

        def header() -> None:
            self.flow_row(cells(block.headers, head_font, GREY), pad, grid(shaded=True))

        # the header row and the first row stay together; the header repeats on every new page
        first = cells(block.rows[0], cell_font, INK) if block.rows else []
        first_h = max((len(c.lines) * self.line_height(cell_font) for c in first), default=0.0) + 2 * pad
        head_h = max(len(c.lines) * self.line_height(head_font) for c in cells(block.headers, head_font, GREY)) + 2 * pad
        self.ensure(min(head_h + first_h, head_h + 4 * self.line_height(cell_font) + 2 * pad))
        header()
        for values in block.rows:
            self.flow_row(cells(values, cell_font, INK), pad, grid(), header)
        for _ in range(max(0, block.min_rows - len(block.rows))):
            self.flow_row(cells([], cell_font, INK), pad, grid(), header, min_height=self.mm(7))
        if block.total:
            self.flow_row(cells(block.total, total_font, INK), pad, grid(total=True), header)

    def signatures(self, block: p.Signatures) -> None:
        n = max(1, len(block.labels))
        box_w = self.width / n
        height = self.mm(20 + (6 if block.with_date else 0))
        self.ensure(height)
        label_font, small = self.font("label"), self.font("small")
        for i, label in enumerate(block.labels):
            box = QRectF(i * box_w, self.y, box_w, height)
            self.painter.setPen(QPen(QColor(RULE), self.mm(0.2)))
            self.painter.setBrush(Qt.BrushStyle.NoBrush)
            self.painter.drawRect(box)
            inner = box.adjusted(self.mm(1), self.mm(1), -self.mm(1), 0)
            self.draw_lines(self.lines(label, label_font, inner.width())[:2], label_font, GREY, inner)
            if block.with_date:
                date_box = QRectF(inner.x(), box.bottom() - self.mm(6), inner.width(), self.mm(5))
                self.draw_lines([block.date_line(i)], small, INK if block.date(i) else GREY, date_box)
        self.y += height
