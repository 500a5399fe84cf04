"""Special tools and the loan register (专用工具借出登记): lend, return, lost; overdue loans in red."""

from __future__ import annotations

import datetime as dt

from PySide6.QtCore import QT_TRANSLATE_NOOP, QDateTime, Qt
from PySide6.QtWidgets import (
    QAbstractItemView,
    QCheckBox,
    QComboBox,
    QDateTimeEdit,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QSplitter,
    QTableView,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from aftersales_desktop.core import clock
from aftersales_desktop.core.models import Staff
from aftersales_desktop.core.money import format_yuan
from aftersales_desktop.core.permissions import Action
from aftersales_desktop.core.queries.parts import LoanRow, tool_loans, tools
from aftersales_desktop.core.services.tools import create_tool, lend_tool, report_lost, return_tool
from aftersales_desktop.core.vocab import TOOL_STATUS
from aftersales_desktop.gui import messages
from aftersales_desktop.gui.parts.common import fen_of, fit_columns, money_box
from aftersales_desktop.gui.parts.stock_dialogs import _Form
from aftersales_desktop.gui.session import Session
from aftersales_desktop.gui.widgets.paged_table import Column, PagedTableModel

LOAN_COLUMNS = [
    Column(QT_TRANSLATE_NOOP("Columns", "Tool"), lambda r: f"{r.tool_code} {r.tool_name}"),
    Column(QT_TRANSLATE_NOOP("Columns", "Borrower"), lambda r: r.borrower),
    Column(QT_TRANSLATE_NOOP("Columns", "Lent"), lambda r: r.lent_at),
    Column(QT_TRANSLATE_NOOP("Columns", "Due back"), lambda r: r.due_at),
    Column(QT_TRANSLATE_NOOP("Columns", "Returned"), lambda r: r.returned_at),
    Column(QT_TRANSLATE_NOOP("Columns", "Lost / compensation"), lambda r: (
        ("赔偿 " + format_yuan(r.compensation_fen)) if r.compensation == "pay" else "同型号赔换") if r.lost else ""),
]
TOOL_HEADERS = (
    QT_TRANSLATE_NOOP("ToolsTab", "No."),
    QT_TRANSLATE_NOOP("ToolsTab", "Tool"),
    QT_TRANSLATE_NOOP("ToolsTab", "Model"),
    QT_TRANSLATE_NOOP("ToolsTab", "Tool price"),
    QT_TRANSLATE_NOOP("ToolsTab", "Status"),
)


def _loan_style(row: LoanRow) -> str | None:
    if row.overdue:
        return "overdue"
    return "muted" if row.returned_at or row.lost else None


class ToolDialog(_Form):
    def __init__(self, session: Session, *, parent: QWidget | None = None) -> None:
        super().__init__(session, self.tr("New special tool"), parent=parent)
        self.code, self.name, self.model, self.location = QLineEdit(), QLineEdit(), QLineEdit(), QLineEdit()
        self.price = money_box()
        for label, widget in ((self.tr("Tool number"), self.code), (self.tr("Name"), self.name),
                              (self.tr("Model"), self.model), (self.tr("Price"), self.price),
                              (self.tr("Kept at"), self.location)):
            self.form.addRow(label, widget)
        self.bind({"code": self.code, "name": self.name, "price_fen": self.price})

    def save(self) -> None:
        self.run(create_tool, self.session.actor, self.code.text(), self.name.text(), self.model.text(),
                 fen_of(self.price), self.location.text())


class LendDialog(_Form):
    def __init__(self, session: Session, tool_id: int, tool_name: str, *, parent: QWidget | None = None) -> None:
        super().__init__(session, self.tr("Lend %1").replace("%1", tool_name), parent=parent)
        self.tool_id = tool_id
        self.borrower = QComboBox()
        for person in Staff.select().where(Staff.active).order_by(Staff.role, Staff.name):
            self.borrower.addItem(person.name, person.id)
        now = clock.now()
        due = now.replace(hour=17, minute=30) if now.hour < 17 else now + dt.timedelta(hours=2)
        self.due = QDateTimeEdit(QDateTime(due))
        self.due.setDisplayFormat("yyyy-MM-dd HH:mm")
        self.due.setCalendarPopup(True)
        self.note = QLineEdit()
        self.form.addRow(self.tr("Borrower"), self.borrower)
        self.form.addRow(self.tr("Due back"), self.due)
        self.form.addRow(self.tr("For (job or note)"), self.note)
        self.bind({"borrower": self.borrower, "due_at": self.due})

    def save(self) -> None:
        due = self.due.dateTime().toPython().replace(second=0, microsecond=0)
        self.run(lend_tool, self.session.actor, self.tool_id, self.borrower.currentData(), due, self.note.text())


class ToolsTab(QWidget):
    def __init__(self, session: Session, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.session = session
        self.tool_rows: list = []
        self.tools = QTableWidget(0, len(TOOL_HEADERS), self)
        self.tools.setHorizontalHeaderLabels([self.tr(h) for h in TOOL_HEADERS])
        self.tools.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.tools.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.tools.verticalHeader().hide()
        self.open_only = QCheckBox(self.tr("Open loans only"), self)
        self.overdue_only = QCheckBox(self.tr("Overdue only"), self)
        self.overdue_count = QLabel(self)
        for box in (self.open_only, self.overdue_only):
            box.toggled.connect(lambda _c: self.refresh())
        self.loans = PagedTableModel(LOAN_COLUMNS, row_style=_loan_style, parent=self)
        self.loan_view = QTableView(self)
        self.loan_view.setModel(self.loans)
        self.loan_view.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.loan_view.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.loan_view.verticalHeader().hide()
        buttons = QHBoxLayout()
        for text, action, slot in (
            (self.tr("New &tool…"), Action.TOOL_EDIT, self.new_tool),
            (self.tr("&Lend…"), Action.TOOL_LEND, self.lend),
            (self.tr("&Returned"), Action.TOOL_LEND, self.returned),
            (self.tr("Lost: &pays the price"), Action.TOOL_LEND, lambda: self.lost("pay")),
            (self.tr("Lost: replaces with the &same model"), Action.TOOL_LEND, lambda: self.lost("replace")),
        ):
            button = QPushButton(text, self)
            button.clicked.connect(slot)
            button.setVisible(session.can(action))
            buttons.addWidget(button)
        buttons.addStretch(1)
        filters = QHBoxLayout()
        filters.addWidget(QLabel(self.tr("Loan register"), self))
        filters.addWidget(self.open_only)
        filters.addWidget(self.overdue_only)
        filters.addStretch(1)
        filters.addWidget(self.overdue_count)
        lower = QWidget(self)
        lower_layout = QVBoxLayout(lower)
        lower_layout.setContentsMargins(0, 0, 0, 0)
        lower_layout.addLayout(filters)
        lower_layout.addWidget(self.loan_view)
        splitter = QSplitter(Qt.Orientation.Vertical, self)
        splitter.addWidget(self.tools)
        splitter.addWidget(lower)
        layout = QVBoxLayout(self)
        layout.addWidget(splitter, 1)
        layout.addLayout(buttons)
        self.refresh()
        fit_columns(self.loan_view)
        self.tools.horizontalHeader().setStretchLastSection(True)

    def refresh(self) -> None:
        self.tool_rows = tools()
        self.tools.setRowCount(len(self.tool_rows))
        for r, tool in enumerate(self.tool_rows):
            for c, value in enumerate((tool.code, tool.name, tool.model, format_yuan(tool.price_fen),
                                       TOOL_STATUS.label(tool.status))):
                self.tools.setItem(r, c, QTableWidgetItem(value))
        self.tools.resizeColumnsToContents()
        self.loans.set_query(tool_loans(open_only=self.open_only.isChecked(), overdue_only=self.overdue_only.isChecked()))
        overdue = tool_loans(overdue_only=True).count()
        self.overdue_count.setText(self.tr("Overdue: %1").replace("%1", str(overdue)))

    def apply_filter(self, key: str) -> None:
        self.overdue_only.setChecked(key == "overdue_tools")

    def _done(self) -> None:
        self.session.notify_changed("parts")
        self.refresh()

    def new_tool(self) -> None:
        if ToolDialog(self.session, parent=self).exec():
            self._done()

    def lend(self) -> None:
        row = self.tools.currentRow()
        if not 0 <= row < len(self.tool_rows):
            messages.info(self, self.tr("Choose the tool in the list above first."))
            return
        tool = self.tool_rows[row]
        if LendDialog(self.session, tool.id, f"{tool.code} {tool.name}", parent=self).exec():
            self._done()

    def _loan(self) -> LoanRow | None:
        index = self.loan_view.currentIndex()
        return self.loans.row_at(index) if index.isValid() else None

    def returned(self) -> None:
        loan = self._loan()
        if loan is not None and self.session.call(self, return_tool, self.session.actor, loan.id)[0]:
            self._done()

    def lost(self, how: str) -> None:
        loan = self._loan()
        if loan is None:
            return
        question = (self.tr("Record %1 as lost by %2, who pays its price?") if how == "pay"
                    else self.tr("Record %1 as lost by %2, who replaces it with the same model?"))
        text = question.replace("%1", loan.tool_name).replace("%2", loan.borrower)
        if messages.confirm(self, text) and self.session.call(self, report_lost, self.session.actor, loan.id, how)[0]:
            self._done()
