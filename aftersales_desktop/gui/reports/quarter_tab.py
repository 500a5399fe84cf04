"""Reports → Quarterly faults (季度维护总结): pick the quarter, see its faults by model, print the paper for the
review or save the workbook with every fault and the parts used.

The quarter is added up on a worker thread (gui/background.py), as the month's charts are: the tab is there at
once and fills in; Print waits for the figures it prints."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QComboBox,
    QFileDialog,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QSpinBox,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from aftersales_desktop.core import clock
from aftersales_desktop.core.money import format_yuan
from aftersales_desktop.core.queries.quarter_faults import Quarter, QuarterFaults, quarter_faults
from aftersales_desktop.gui.background import BackgroundRead
from aftersales_desktop.gui.session import Session

SHOWN = 200  # rows on screen; the workbook has them all


class QuarterTab(QWidget):
    def __init__(self, session: Session, *, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.session = session
        current = Quarter.of(clock.today()).previous()  # the review is of the quarter just ended
        self.year = QSpinBox(self)
        self.year.setObjectName("quarter_year")
        self.year.setRange(2000, 2100)
        self.year.setValue(current.year)
        self.number = QComboBox(self)
        self.number.setObjectName("quarter_number")
        for n in range(1, 5):
            self.number.addItem(f"Q{n}", n)
        self.number.setCurrentIndex(current.number - 1)
        self.print_button = QPushButton(self.tr("&Print…"), self)
        self.print_button.setObjectName("quarter_print")
        self.export_button = QPushButton(self.tr("Save &workbook…"), self)
        self.export_button.setObjectName("quarter_export")
        self.summary = QLabel(self)
        self.summary.setWordWrap(True)
        self.table = QTableWidget(self)
        self.table.setObjectName("quarter_table")
        headers = [self.tr("Product"), self.tr("Model"), self.tr("Fault"), self.tr("Calls"), self.tr("Repairs"),
                   self.tr("Repeats"), self.tr("Parts"), self.tr("Parts cost")]
        self.table.setColumnCount(len(headers))
        self.table.setHorizontalHeaderLabels(headers)
        self.table.verticalHeader().setVisible(False)
        self.table.setEditTriggers(QTableWidget.EditTrigger.NoEditTriggers)
        top = QHBoxLayout()
        top.addWidget(QLabel(self.tr("Quarter"), self))
        top.addWidget(self.year)
        top.addWidget(self.number)
        top.addStretch(1)
        top.addWidget(self.print_button)
        top.addWidget(self.export_button)
        hint = QLabel(self.tr("Calls received in the quarter by product model and fault, the most frequent first, with "
                              "the repairs they needed, the repeat faults and the parts used. Faults that come too "
                              "often go to the departments concerned (季度维护总结)."), self)
        hint.setWordWrap(True)
        hint.setProperty("role", "hint")
        layout = QVBoxLayout(self)
        layout.addLayout(top)
        layout.addWidget(hint)
        layout.addWidget(self.summary)
        layout.addWidget(self.table, 1)
        self.year.valueChanged.connect(lambda _v: self.refresh())
        self.number.currentIndexChanged.connect(lambda _i: self.refresh())
        self.print_button.clicked.connect(self.print_paper)
        self.export_button.clicked.connect(self.choose_and_export)
        self.report: QuarterFaults | None = None  # the quarter shown (None while it is being added up)
        self.reader = BackgroundRead(parent=self)
        self.refresh()

    def quarter(self) -> Quarter:
        return Quarter(self.year.value(), int(self.number.currentData()))

    def refresh(self) -> None:
        """Add up the chosen quarter on a worker thread; the table fills in when it is done."""
        quarter = self.quarter()
        self.report = None
        self.print_button.setEnabled(False)  # it prints the figures shown: none until they are
        self.summary.setText(self.tr("Adding up %1…").replace("%1", quarter.label))
        self.reader.run(lambda: quarter_faults(quarter), self._show, self._failed)

    def _failed(self, sentence: str) -> None:
        self.summary.setText(self.tr("The quarter could not be added up: %1").replace("%1", sentence))

    def _show(self, report: QuarterFaults) -> None:
        self.report = report
        self.print_button.setEnabled(True)
        total = report.total()
        self.summary.setText(self.tr("%1 calls · %2 repairs · %3 repeat faults · %4 parts used (cost ¥%5)")
                             .replace("%1", str(total.calls)).replace("%2", str(total.repairs))
                             .replace("%3", str(total.repeats)).replace("%4", str(total.parts_qty))
                             .replace("%5", format_yuan(total.parts_cost_fen)))
        rows = report.rows[:SHOWN]
        self.table.setRowCount(len(rows))
        for r, row in enumerate(rows):
            values = [row.product, row.model, row.fault, str(row.calls), str(row.repairs), str(row.repeats or ""),
                      str(row.parts_qty or ""), format_yuan(row.parts_cost_fen) if row.parts_cost_fen else ""]
            for c, value in enumerate(values):
                item = QTableWidgetItem(value)
                if c >= 3:
                    item.setTextAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
                self.table.setItem(r, c, item)
        self.table.resizeColumnsToContents()

    def print_paper(self) -> None:
        # the paper, the printer and the workbook (openpyxl) load when asked for, not as the tab opens
        from aftersales_desktop.export.papers.quarter_faults import quarter_faults_paper
        from aftersales_desktop.gui import printing

        if self.report is not None:
            printing.print_paper(self, quarter_faults_paper(self.report))

    def choose_and_export(self) -> None:
        from aftersales_desktop.export.excel.quarter_workbook import default_file_name

        path, _ = QFileDialog.getSaveFileName(self, self.tr("Save the quarterly fault analysis"),
                                              str(Path.home() / default_file_name(self.quarter())),
                                              self.tr("Excel workbook (*.xlsx)"))
        if path:
            self.export_to(Path(path))

    def export_to(self, target: Path) -> bool:
        from aftersales_desktop.export.excel.quarter_workbook import export_quarter

        ok, written = self.session.call(self, export_quarter, self.quarter(), target)
        if ok:
            self.summary.setText(self.summary.text() + " · " + self.tr("written: %1").replace("%1", str(written)))
        return bool(ok)
