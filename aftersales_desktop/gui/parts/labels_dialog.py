"""Bin labels for the chosen part: how many, on the label printer's roll or on an A4 label sheet; print or PDF."""

from __future__ import annotations

from PySide6.QtWidgets import (
    QCheckBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QPushButton,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from aftersales_desktop.core.errors import UserError
from aftersales_desktop.export.paper import Paper
from aftersales_desktop.gui import messages, printing
from aftersales_desktop.gui.session import Session


class PartLabelsDialog(QDialog):
    def __init__(self, session: Session, *, part_ids: list[int], parent: QWidget | None = None) -> None:
        super().__init__(parent)
        from aftersales_desktop.core.models import Part

        self.session = session
        self.parts = list(Part.select().where(Part.id.in_(part_ids)).order_by(Part.code))
        self.setWindowTitle(self.tr("Part labels"))
        self.copies = QSpinBox(self)
        self.copies.setRange(1, 100)
        self.copies.setObjectName("copies")
        self.a4 = QCheckBox(self.tr("On an A4 label sheet (24 labels of 70 × 37 mm)"), self)
        self.a4.setObjectName("a4_sheet")
        what = QLabel(", ".join(f"{p.code} {p.name}" for p in self.parts), self)
        what.setWordWrap(True)
        form = QFormLayout()
        form.addRow(self.tr("Parts"), what)
        form.addRow(self.tr("Labels of each"), self.copies)
        form.addRow("", self.a4)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close, self)
        self.print_button = QPushButton(self.tr("&Print…"), self)
        self.pdf_button = QPushButton(self.tr("&Save as PDF…"), self)
        self.print_button.setObjectName("print_labels")
        self.pdf_button.setObjectName("save_labels_pdf")
        buttons.addButton(self.print_button, QDialogButtonBox.ButtonRole.ActionRole)
        buttons.addButton(self.pdf_button, QDialogButtonBox.ButtonRole.ActionRole)
        buttons.rejected.connect(self.reject)
        self.print_button.clicked.connect(lambda: self._out(lambda paper: printing.print_paper(self, paper)))
        self.pdf_button.clicked.connect(
            lambda: self._out(lambda paper: printing.save_pdf(self, paper, "part-labels.pdf") is not None))
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(buttons)

    def paper(self) -> Paper:
        from aftersales_desktop.export.papers.labels import part_labels

        return part_labels(self.parts, a4_sheet=self.a4.isChecked(), copies=self.copies.value())

    def _out(self, send) -> None:  # type: ignore[no-untyped-def]
        try:
            paper = self.paper()
        except UserError as error:
            messages.show_user_error(self, error)
            return
        if send(paper):
            self.accept()
