"""Paint a paper of labels (export.paper.LabelSheet) onto a QPrinter: the pieces export/label_layout.py placed,
the same ones the PDF renderer draws, in the shipped CJK font."""

from __future__ import annotations

from PySide6.QtCore import QMarginsF, QPointF, QRectF, QSizeF, Qt
from PySide6.QtGui import QColor, QFont, QFontMetricsF, QPageLayout, QPageSize, QPainter
from PySide6.QtPrintSupport import QPrinter

from aftersales_desktop.export import label_layout as lay
from aftersales_desktop.export import paper as p
from aftersales_desktop.gui.paper_painter import cjk_family


def setup_label_printer(printer: QPrinter, paper: p.Paper) -> None:
    """The page is the label (a label printer) or an A4 sheet, with no margins: the layout keeps its own."""
    assert paper.labels is not None
    width, height = lay.page_size(paper.labels)
    size = QPageSize(QSizeF(width, height), QPageSize.Unit.Millimeter, paper.title,
                     QPageSize.SizeMatchPolicy.ExactMatch)
    # a custom QPageSize keeps the width and height given, so "portrait" is the label as it is (60 wide, 40 high)
    layout = QPageLayout(size, QPageLayout.Orientation.Portrait, QMarginsF(0, 0, 0, 0), QPageLayout.Unit.Millimeter)
    layout.setMode(QPageLayout.Mode.FullPageMode)  # a label printer's driver may report unprintable edges
    printer.setFullPage(True)
    printer.setPageLayout(layout)
    printer.setDocName(paper.title)


def paint_labels(printer: QPrinter, painter: QPainter, paper: p.Paper) -> None:
    """Draw every label; a new page per label on a roll, per 24 labels on A4."""
    assert paper.labels is not None
    dpmm = printer.resolution() / 25.4
    family = cjk_family()
    placed = lay.place(paper.labels)
    for page in range(lay.page_count(paper.labels)):
        if page:
            printer.newPage()
        for label in (item for item in placed if item.page == page):
            painter.setPen(Qt.PenStyle.NoPen)
            painter.setBrush(QColor("black"))
            for bar in label.bars:
                painter.drawRect(QRectF(bar.x * dpmm, bar.y * dpmm, bar.width * dpmm, bar.height * dpmm))
            painter.setPen(QColor("black"))
            for text in label.texts:
                font = QFont(family)
                font.setPointSizeF(text.size_pt)
                painter.setFont(font)
                advance = QFontMetricsF(font, printer).horizontalAdvance(text.text)
                left = (text.x + text.width / 2) * dpmm - advance / 2
                painter.drawText(QPointF(left, text.baseline * dpmm), text.text)
