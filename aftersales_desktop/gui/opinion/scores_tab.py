"""Each technician's monthly score from the answered survey cards, per item and overall, with the month's coverage."""

from __future__ import annotations

from PySide6.QtCore import Qt
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
from aftersales_desktop.core.queries.opinion import month_bounds, survey_coverage, technician_scores
from aftersales_desktop.core.queries.standards import standards
from aftersales_desktop.core.vocab import SURVEY_ITEM
from aftersales_desktop.gui.opinion.pickers import qdate


def rate_text(rate: float | None) -> str:
    return "" if rate is None else f"{rate:.0%}"


class ScoresTab(QWidget):
    """A small table (one row per technician), so a plain QTableWidget is enough."""

    def __init__(self, session, parent: QWidget | None = None) -> None:  # type: ignore[no-untyped-def]
        super().__init__(parent)
        self.session = session
        self.month = QDateEdit(self)
        self.month.setDisplayFormat("yyyy-MM")
        self.month.setDate(qdate(clock.today()))
        self.month.dateChanged.connect(lambda _d: self.refresh())
        self.coverage = QLabel(self)
        self.table = QTableWidget(self)
        headers = [self.tr("Technician"), self.tr("Cards answered")]
        headers += [SURVEY_ITEM.label(code) for code in SURVEY_ITEM.codes] + [self.tr("Overall")]
        headers += [self.tr("Arrivals"), self.tr("On time"), self.tr("Promises kept")]
        self.table.setColumnCount(len(headers))
        self.table.setHorizontalHeaderLabels(headers)
        self.table.verticalHeader().setVisible(False)
        self.table.setEditTriggers(QTableWidget.EditTrigger.NoEditTriggers)
        hint = QLabel(self.tr("Averages of the answered cards for calls closed in the month; 4 = very satisfied. "
                              "Arrivals on time and promises kept are the month's service standards."), self)
        hint.setProperty("role", "hint")
        top = QHBoxLayout()
        top.addWidget(QLabel(self.tr("Month"), self))
        top.addWidget(self.month)
        top.addWidget(self.coverage, 1)
        layout = QVBoxLayout(self)
        layout.addLayout(top)
        layout.addWidget(hint)
        layout.addWidget(self.table, 1)
        self.refresh()

    def refresh(self) -> None:
        date = self.month.date()
        year, month = date.year(), date.month()
        scores = {score.technician_id: score for score in technician_scores(year, month)}
        measured = {p.staff_id: p for p in standards(Month(year, month)) if p.arrivals or p.repairs}
        people = sorted(set(scores) | {k for k, p in measured.items() if p.role in ("technician", "supervisor")},
                        key=lambda k: (scores[k].name if k in scores else measured[k].name))
        self.table.setRowCount(len(people))
        for row, staff_id in enumerate(people):
            score, measure = scores.get(staff_id), measured.get(staff_id)
            values = [score.name if score else measure.name if measure else "", str(score.cards) if score else "0"]
            values += [f"{v:.2f}" for v in (score.attitude, score.skill, score.arrival, score.promise, score.overall)] \
                if score else [""] * 5
            values += [str(measure.arrivals), rate_text(measure.on_time_rate), rate_text(measure.promise_rate)] \
                if measure else ["", "", ""]
            for column, value in enumerate(values):
                item = QTableWidgetItem(value)
                if column:
                    item.setTextAlignment(int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter))
                self.table.setItem(row, column, item)
        self.table.resizeColumnsToContents()
        first, last = month_bounds(year, month)
        cov = survey_coverage(first, last)
        text = self.tr("Cards due this month %1 · answered %2 · outstanding %3")
        for n, value in enumerate((cov.due, cov.answered, cov.outstanding), start=1):
            text = text.replace(f"%{n}", str(value))
        self.coverage.setText(text)
