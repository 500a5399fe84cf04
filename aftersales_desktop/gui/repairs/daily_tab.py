"""Daily reports: a technician's day (技术员工作日报表) or, for the supervisor, everyone's (服务主任日报表);
technicians record their general (internal) work here too."""

from __future__ import annotations

import datetime as dt

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QComboBox,
    QGroupBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QPushButton,
    QSpinBox,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from aftersales_desktop.core import clock
from aftersales_desktop.core.models import Staff
from aftersales_desktop.core.permissions import Action
from aftersales_desktop.core.queries.daily_reports import KINDS, supervisor_day, technician_day
from aftersales_desktop.core.services import worklog
from aftersales_desktop.core.vocab import CALL_KIND
from aftersales_desktop.export.papers.daily_report import SOURCE, hours, supervisor_report, technician_report
from aftersales_desktop.gui.repairs.common import DateField, DateTimeField
from aftersales_desktop.gui.session import Session

RIGHT = Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter


class DailyReportsTab(QWidget):
    """Pick a day and a technician; a supervisor also sees everyone's summary."""

    def __init__(self, session: Session, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.session = session
        self.day = DateField(clock.today(), self)
        self.person = QComboBox(self)
        sees_all = session.can(Action.DAILY_REPORT_ALL)
        if sees_all:
            self.person.addItem(self.tr("All technicians (supervisor's report)"), None)
            for staff in Staff.select().where(Staff.role.in_(("technician", "supervisor"))).order_by(Staff.name):
                self.person.addItem(staff.name + ("" if staff.active else self.tr(" (left)")), staff.id)
        elif session.actor is not None:
            self.person.addItem(session.actor.name, session.actor.id)
        self.print_button = QPushButton(self.tr("&Print…"), self)
        self.pdf_button = QPushButton(self.tr("Save as P&DF…"), self)
        self.heading = QLabel(self)
        self.heading.setStyleSheet("font-size: 13pt; font-weight: 600;")
        self.table = QTableWidget(self)
        self.table.verticalHeader().hide()
        self.table.setEditTriggers(QTableWidget.EditTrigger.NoEditTriggers)
        self.table.horizontalHeader().setStretchLastSection(True)
        self.totals = QLabel(self)
        top = QHBoxLayout()
        top.addWidget(QLabel(self.tr("Day"), self))
        top.addWidget(self.day)
        top.addWidget(QLabel(self.tr("Technician"), self))
        top.addWidget(self.person, 1)
        top.addWidget(self.print_button)
        top.addWidget(self.pdf_button)
        # general work
        self.general = QGroupBox(self.tr("Record general work (inspections, parts, tools, training)"), self)
        self.general_start = DateTimeField(clock.now() - dt.timedelta(hours=1), self)
        self.general_minutes = QSpinBox(self)
        self.general_minutes.setRange(-10000, 10000)  # the service refuses what is not a positive duration
        self.general_minutes.setValue(30)
        self.general_minutes.setSuffix(self.tr(" min"))
        self.general_note = QLineEdit(self)
        self.general_note.setPlaceholderText(self.tr("What was done"))
        self.general_add = QPushButton(self.tr("&Add"), self)
        self.general_error = QLabel(self)
        self.general_error.setProperty("role", "error")
        row = QHBoxLayout()
        for widget, stretch in ((QLabel(self.tr("From"), self), 0), (self.general_start, 0),
                                (self.general_minutes, 0), (self.general_note, 1), (self.general_add, 0)):  # fmt: skip
            row.addWidget(widget, stretch)
        box = QVBoxLayout(self.general)
        box.addLayout(row)
        box.addWidget(self.general_error)
        self.general.setVisible(session.can(Action.GENERAL_WORK_RECORD))
        layout = QVBoxLayout(self)
        layout.addLayout(top)
        layout.addWidget(self.heading)
        layout.addWidget(self.table, 1)
        layout.addWidget(self.totals)
        layout.addWidget(self.general)
        self.day.dateChanged.connect(lambda _d: self.refresh())
        self.person.currentIndexChanged.connect(lambda _i: self.refresh())
        self.print_button.clicked.connect(self.print_paper)
        self.pdf_button.clicked.connect(self.save_pdf)
        self.general_add.clicked.connect(self.add_general)
        self.general_note.returnPressed.connect(self.add_general)

    def paper(self):  # type: ignore[no-untyped-def]
        """The paper of what is shown: one technician's report, or the supervisor's."""
        tech_id = self.person.currentData()
        if tech_id is None:
            return supervisor_report(supervisor_day(self.day.value()))
        return technician_report(technician_day(tech_id, self.day.value()))

    def print_paper(self) -> bool:
        # Qt's print support and the paper painter load with the first paper printed, not with the tab (~14 ms)
        from aftersales_desktop.gui import printing

        return printing.print_paper(self, self.paper())

    def save_pdf(self) -> None:
        from aftersales_desktop.gui import printing

        name = self.person.currentText() if self.person.currentData() else self.tr("supervisor")
        stem = self.tr("daily-report")
        printing.save_pdf(self, self.paper(), f"{stem}-{self.day.value().isoformat()}-{name}.pdf")

    def _fill(self, headers: list[str], rows: list[list[str]], right: set[int], total_row: bool = False) -> None:
        self.table.clear()
        self.table.setColumnCount(len(headers))
        self.table.setRowCount(len(rows))
        self.table.setHorizontalHeaderLabels(headers)
        for r, row in enumerate(rows):
            for c, text in enumerate(row):
                item = QTableWidgetItem(text)
                if c in right:
                    item.setTextAlignment(RIGHT)
                if total_row and r == len(rows) - 1:
                    font = item.font()
                    font.setBold(True)
                    item.setFont(font)
                self.table.setItem(r, c, item)
        header = self.table.horizontalHeader()
        header.setStretchLastSection(not total_row)
        mode = QHeaderView.ResizeMode.Stretch if total_row else QHeaderView.ResizeMode.ResizeToContents
        header.setSectionResizeMode(mode)
        if not total_row:  # the job's description takes the room
            header.setSectionResizeMode(len(headers) - 2, QHeaderView.ResizeMode.Stretch)

    def refresh(self) -> None:
        """Show the chosen day's report."""
        day, tech_id = self.day.value(), self.person.currentData()
        kinds = [CALL_KIND.label(k) for k in KINDS]
        if tech_id is None:
            if self.person.count() == 0:
                return
            report = supervisor_day(day)
            self.heading.setText(self.tr("Supervisor daily report") + f" · {day.isoformat()}")
            rows = [[line.technician, str(line.jobs)] + [hours(line.minutes_by_kind.get(k, 0)) for k in KINDS]
                    + [hours(line.total_minutes)] for line in report.lines]  # fmt: skip
            totals = report.totals_by_kind
            rows.append([self.tr("Total"), str(report.jobs)] + [hours(totals[k]) for k in KINDS]
                        + [hours(report.total_minutes)])  # fmt: skip
            self._fill([self.tr("Technician"), self.tr("Jobs")] + kinds + [self.tr("Total (h:mm)")], rows,
                       set(range(1, len(KINDS) + 3)), total_row=True)
            self.totals.setText(self.tr("%1 minutes in all").replace("%1", str(report.total_minutes)))
            return
        day_report = technician_day(tech_id, day)
        self.heading.setText(self.tr("Technician daily work report") + f" · {day_report.technician} · {day.isoformat()}")
        rows = [[f"{j.start:%H:%M}–{j.end:%H:%M}", str(SOURCE[j.source]), CALL_KIND.label(j.kind), j.reference, j.what,
                 str(j.minutes)] for j in day_report.jobs]  # fmt: skip
        self._fill([self.tr("Time"), self.tr("Job"), self.tr("Kind"), self.tr("Ref."), self.tr("What"),
                    self.tr("Minutes")], rows, {5})  # fmt: skip
        by_kind = day_report.minutes_by_kind
        self.totals.setText(" · ".join(f"{CALL_KIND.label(k)} {hours(by_kind[k])}" for k in KINDS)
                            + "  ·  " + self.tr("Total %1 minutes").replace("%1", str(day_report.total_minutes)))

    def add_general(self) -> None:
        self.general_error.clear()
        tech_id = self.person.currentData()
        ok, _entry = self.session.call(
            self, worklog.record_general_work, self.session.actor, started_at=self.general_start.value(),
            minutes=self.general_minutes.value(), note=self.general_note.text(), technician_id=tech_id,
        )
        if ok:
            self.general_note.clear()
            self.session.notify_changed("repairs")
            self.refresh()
        elif self.session.last_error is not None:
            self.general_error.setText(self.session.last_error.message)
