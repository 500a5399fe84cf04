"""Print an export.paper.Paper through Qt: the print dialog, a preview, and "Save as PDF".

The same Paper the PDF renderer draws (export/pdf/render.py) is painted here with QPainter onto a QPrinter,
as real text in the shipped CJK font — so a PC without Chinese fonts prints Chinese, and printing to a PDF
file gives text that can be searched and read back. Layout is a simple top-to-bottom flow inside the page's
margins: long text wraps, tables split across pages (the header row repeats), nothing is clipped.
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QMarginsF
from PySide6.QtGui import QGuiApplication, QPageLayout, QPageSize, QPainter, QShowEvent
from PySide6.QtPrintSupport import QPrintDialog, QPrinter, QPrintPreviewDialog
from PySide6.QtWidgets import QDialog, QFileDialog, QWidget

from aftersales_desktop.core.errors import UserError
from aftersales_desktop.core.i18n import T
from aftersales_desktop.export import paper as p
from aftersales_desktop.gui.paper_painter import PaperPainter


def setup_printer(printer: QPrinter, paper: p.Paper) -> None:
    """Page size, orientation and margins the paper was designed for (the same as the PDF renderer's)."""
    if paper.labels is not None:
        from aftersales_desktop.gui.label_painter import setup_label_printer

        setup_label_printer(printer, paper)
        return
    size = QPageSize.PageSizeId.A5 if paper.page_size == "A5" else QPageSize.PageSizeId.A4
    margin = 10.0 if paper.page_size == "A5" else 14.0
    orientation = QPageLayout.Orientation.Landscape if paper.landscape else QPageLayout.Orientation.Portrait
    printer.setPageLayout(
        QPageLayout(QPageSize(size), orientation, QMarginsF(margin, margin, margin, margin), QPageLayout.Unit.Millimeter)
    )
    printer.setDocName(f"{paper.title} {paper.number}".strip())


def paint_paper(printer: QPrinter, paper: p.Paper) -> None:
    """Paint the paper onto `printer` (already set up: page size and margins are taken from it)."""
    painter = QPainter()
    if not painter.begin(printer):
        raise OSError(f"cannot start printing to {printer.printerName() or printer.outputFileName()}")
    try:
        if paper.labels is not None:
            from aftersales_desktop.gui.label_painter import paint_labels

            paint_labels(printer, painter, paper)
        else:
            PaperPainter(printer, painter, paper).run()
    finally:
        painter.end()


def print_paper(parent: QWidget | None, paper: p.Paper, printer: QPrinter | None = None) -> bool:
    """Qt's print dialog, then print; returns whether it was printed (False when cancelled)."""
    printer = printer or QPrinter(QPrinter.PrinterMode.HighResolution)
    setup_printer(printer, paper)
    dialog = QPrintDialog(printer, parent)
    dialog.setWindowTitle(f"{T('打印', 'Print')} — {paper.title}")
    if dialog.exec() != QDialog.DialogCode.Accepted:
        return False
    paint_paper(printer, paper)
    return True


class FittingPreviewDialog(QPrintPreviewDialog):
    """Qt's print preview, kept inside the screen: it sizes itself to the page when first shown."""

    def showEvent(self, event: QShowEvent) -> None:  # noqa: N802 - Qt's name
        super().showEvent(event)
        screen = self.screen() or QGuiApplication.primaryScreen()
        if screen is not None:  # the title bar and frame need about 40 px besides
            room = screen.availableGeometry()
            self.resize(min(self.width(), 900, room.width() - 40), min(self.height(), 1000, room.height() - 40))


def preview_dialog(parent: QWidget | None, paper: p.Paper) -> QPrintPreviewDialog:
    """Qt's print preview of the paper, as large as the screen leaves room for (a 1366×768 counter PC too)."""
    printer = QPrinter(QPrinter.PrinterMode.HighResolution)
    setup_printer(printer, paper)
    dialog = FittingPreviewDialog(printer, parent)
    dialog.printer_kept = printer  # the dialog only points at the printer: it must live as long as the dialog
    dialog.setWindowTitle(f"{paper.title} {paper.number}".strip())
    dialog.paintRequested.connect(lambda target: paint_paper(target, paper))
    dialog.resize(900, 1000)  # as large as the screen allows (see FittingPreviewDialog)
    return dialog


def preview_paper(parent: QWidget | None, paper: p.Paper) -> None:
    """Show the paper in Qt's print preview (which can print it too)."""
    preview_dialog(parent, paper).exec()


def save_pdf(parent: QWidget | None, paper: p.Paper, suggested_name: str) -> Path | None:
    """Ask where to save, then write the canonical reportlab PDF; None when cancelled or it failed (told)."""
    from aftersales_desktop.export.pdf.render import render_pdf
    from aftersales_desktop.gui import messages

    start = str(Path.home() / suggested_name) if not Path(suggested_name).is_absolute() else suggested_name
    chosen, _filter = QFileDialog.getSaveFileName(parent, str(T("另存为 PDF", "Save as PDF")), start, "PDF (*.pdf)")
    if not chosen:
        return None
    target = Path(chosen)
    if target.suffix.lower() != ".pdf":
        target = target.with_name(target.name + ".pdf")
    try:
        return render_pdf(paper, target)
    except UserError as exc:
        messages.show_user_error(parent, exc)
        return None


def print_to_pdf_file(paper: p.Paper, path: Path) -> Path:
    """Print through a QPrinter into a PDF file: the testable stand-in for the shop's printer."""
    printer = QPrinter(QPrinter.PrinterMode.HighResolution)
    printer.setOutputFormat(QPrinter.OutputFormat.PdfFormat)
    printer.setOutputFileName(str(path))
    setup_printer(printer, paper)
    paint_paper(printer, paper)
    return Path(path)
