"""Reports → Service standards: per technician and per clerk for a month — arrivals on time against the
working-hour deadline, first answers within the answer hours, repair promises kept, repeat faults."""

from __future__ import annotations

from PySide6.QtCore import QDate, Qt
from PySide6.QtWidgets import (
    QDateEdit,
    QHBoxLayout,
    QLabel,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from aftersales_desktop.core import clock
from aftersales_desktop.core.queries.month_common import Month
from aftersales_desktop.core.queries.standards import PersonStandards, standards, total
from aftersales_desktop.core.vocab import ROLE
from aftersales_desktop.gui.session import Session


def rate_text(rate: float | None) -> str:
    return "" if rate is None else f"{rate:.0%}"


class StandardsTab(QWidget):
    """One row per person with a figure in the month, and the shop's total."""

    def __init__(self, session: Session, *, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.session = session
        self.month = QDateEdit(self)
        self.month.setObjectName("standards_month")
        self.month.setDisplayFormat("yyyy-MM")
        today = clock.today()
        self.month.setDate(QDate(today.year, today.month, 1))
        self.month.dateChanged.connect(lambda _d: self.refresh())
        self.table = QTableWidget(self)
        self.table.setObjectName("standards_table")
        headers = [self.tr("Person"), self.tr("Role"), self.tr("Arrivals"), self.tr("On time"), self.tr("Late"),
                   self.tr("On time %"), self.tr("First answers"), self.tr("Answered late"), self.tr("In time %"),
                   self.tr("Repairs returned"), self.tr("Promise kept"), self.tr("Repeat faults")]
        self.table.setColumnCount(len(headers))
        self.table.setHorizontalHeaderLabels(headers)
        self.table.verticalHeader().setVisible(False)
        self.table.setEditTriggers(QTableWidget.EditTrigger.NoEditTriggers)
        hint = QLabel(self.tr("Calls received in the month: the first arrival against the 6 h city / 7 h suburb "
                              "working-hour deadline, the first answer against the answer hours; repair cards returned "
                              "in the month against their promised date; repeat faults counted for whoever served the "
                              "earlier call."), self)
        hint.setWordWrap(True)
        hint.setProperty("role", "hint")
        top = QHBoxLayout()
        top.addWidget(QLabel(self.tr("Month"), self))
        top.addWidget(self.month)
        top.addStretch(1)
        layout = QVBoxLayout(self)
        layout.addLayout(top)
        layout.addWidget(hint)
        layout.addWidget(self.table, 1)
        self.refresh()

    def selected_month(self) -> Month:
        date = self.month.date()
        return Month(date.year(), date.month())

    def refresh(self) -> None:
        rows = standards(self.selected_month())
        everyone = [*rows, total(rows)]
        self.table.setRowCount(len(everyone))
        for r, row in enumerate(everyone):
            self._fill(r, row, is_total=r == len(rows))
        self.table.resizeColumnsToContents()

    def _fill(self, r: int, row: PersonStandards, is_total: bool) -> None:
        name = self.tr("All") if is_total else (row.name or self.tr("(nobody)"))
        values = [name, "" if is_total else ROLE.label(row.role), str(row.arrivals), str(row.on_time), str(row.late),
                  rate_text(row.on_time_rate), str(row.answers), str(row.answers_late), rate_text(row.answer_rate),
                  str(row.repairs), str(row.promises_kept), str(row.repeats)]
        for c, value in enumerate(values):
            item = QTableWidgetItem(value)
            if c >= 2:
                item.setTextAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
            if is_total:
                font = item.font()
                font.setBold(True)
                item.setFont(font)
            self.table.setItem(r, c, item)
