"""The month for payroll: per person entries, fines, rest docked, rewards and net; printable."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QAbstractItemView,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from aftersales_desktop.core import clock
from aftersales_desktop.core.errors import UserError
from aftersales_desktop.core.money import format_yuan
from aftersales_desktop.core.queries.conduct import MonthSummary, entries, month_summary
from aftersales_desktop.core.vocab import ROLE
from aftersales_desktop.export.papers.conduct_month import conduct_month, rest
from aftersales_desktop.gui import messages
from aftersales_desktop.gui.session import Session


class SummaryTab(QWidget):
    """One month's summary table with a total row that adds up, and Print / Save PDF."""

    def __init__(self, session: Session, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.session = session
        self.summary: MonthSummary | None = None
        self.month = QLineEdit(f"{clock.today():%Y-%m}", self)
        self.month.setInputMask("0000-00;_")
        self.month.setMinimumWidth(self.month.fontMetrics().horizontalAdvance("0000-00") + 24)
        self.show_button = QPushButton(self.tr("&Show"), self)
        self.print_button = QPushButton(self.tr("&Print…"), self)
        self.pdf_button = QPushButton(self.tr("Save P&DF…"), self)
        bar = QHBoxLayout()
        bar.addWidget(QLabel(self.tr("Month"), self))
        for widget in (self.month, self.show_button, self.print_button, self.pdf_button):
            bar.addWidget(widget)
        bar.addStretch(1)
        self.table = QTableWidget(0, 9, self)
        self.table.setHorizontalHeaderLabels([
            self.tr("Name"), self.tr("Role"), self.tr("Entries"), self.tr("Fines"), self.tr("Fines total"),
            self.tr("Rest docked (days)"), self.tr("Rewards"), self.tr("Rewards total"), self.tr("Net"),
        ])  # fmt: skip
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.verticalHeader().hide()
        self.table.setMinimumWidth(760)
        note = QLabel(self.tr("Net = rewards − fines; void entries are not counted."), self)
        note.setProperty("role", "hint")
        layout = QVBoxLayout(self)
        layout.addLayout(bar)
        layout.addWidget(self.table, 1)
        layout.addWidget(note)
        self.month.returnPressed.connect(self.refresh)
        self.show_button.clicked.connect(self.refresh)
        self.print_button.clicked.connect(self.print_month)
        self.pdf_button.clicked.connect(self.save_month)
        self.refresh()

    def refresh(self) -> None:
        try:
            self.summary = month_summary(self.session.actor, self.month.text().strip())
        except UserError as error:
            messages.show_user_error(self, error)
            return
        s = self.summary
        rows = [[p.name, ROLE.label(p.role), p.entries, p.fines, format_yuan(p.fines_fen), rest(p.rest_half_days),
                 p.rewards, format_yuan(p.rewards_fen), format_yuan(p.net_fen)] for p in s.people]  # fmt: skip
        rows.append([self.tr("Total"), "", s.entries, sum(p.fines for p in s.people), format_yuan(s.fines_fen),
                     rest(s.rest_half_days), sum(p.rewards for p in s.people), format_yuan(s.rewards_fen),
                     format_yuan(s.net_fen)])  # fmt: skip
        self.table.setRowCount(len(rows))
        for r, values in enumerate(rows):
            for c, value in enumerate(values):
                item = QTableWidgetItem(str(value))
                if c >= 2:
                    item.setTextAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
                if r == len(rows) - 1:
                    font = item.font()
                    font.setBold(True)
                    item.setFont(font)
                self.table.setItem(r, c, item)
        self.table.resizeColumnsToContents()

    def paper(self):  # type: ignore[no-untyped-def]
        """The printable summary with the month's entries listed (oldest first)."""
        if self.summary is None:
            return None
        query = entries(self.session.actor, month=self.summary.month, include_void=False)
        details = list(reversed(query.fetch(0, query.count())))
        return conduct_month(self.summary, details)

    def print_month(self) -> None:
        from aftersales_desktop.gui.printing import print_paper

        paper = self.paper()
        if paper is not None:
            print_paper(self, paper)

    def save_month(self) -> None:
        from aftersales_desktop.gui.printing import save_pdf

        paper = self.paper()
        if paper is not None and self.summary is not None:
            save_pdf(self, paper, f"奖罚汇总-{self.summary.month}.pdf")
