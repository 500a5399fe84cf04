"""Claim orders (索赔订货): the list, a new claim with the deposit, sign-offs, tracking, receipts."""

from __future__ import annotations

from PySide6.QtCore import QT_TRANSLATE_NOOP, Qt
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from aftersales_desktop.core.money import format_yuan
from aftersales_desktop.core.permissions import Action
from aftersales_desktop.core.phones import format_phone
from aftersales_desktop.core.queries.calls import search_customers
from aftersales_desktop.core.queries.parts import ClaimRow, claims
from aftersales_desktop.core.services import claims as service
from aftersales_desktop.core.vocab import CLAIM_STATUS
from aftersales_desktop.gui import messages
from aftersales_desktop.gui.parts.common import fen_of, fit_columns, money_box
from aftersales_desktop.gui.parts.stock_dialogs import _Form
from aftersales_desktop.gui.session import Session
from aftersales_desktop.gui.widgets.flow_layout import FlowLayout
from aftersales_desktop.gui.widgets.paged_table import Column, PagedTableModel
from aftersales_desktop.gui.widgets.table_state import remember_columns

RIGHT = Qt.AlignmentFlag.AlignRight
COLUMNS = [
    Column(QT_TRANSLATE_NOOP("Columns", "No."), lambda r: r.number),
    Column(QT_TRANSLATE_NOOP("Columns", "Opened"), lambda r: r.created_at),
    Column(QT_TRANSLATE_NOOP("Columns", "Customer"), lambda r: r.customer),
    Column(QT_TRANSLATE_NOOP("Columns", "Phone"), lambda r: format_phone(r.phone)),
    Column(QT_TRANSLATE_NOOP("Columns", "Part ordered"), lambda r: r.part_description),
    Column(QT_TRANSLATE_NOOP("Columns", "Amount"), lambda r: format_yuan(r.amount_fen), RIGHT),
    Column(QT_TRANSLATE_NOOP("Columns", "Deposit"), lambda r: format_yuan(r.deposit_fen), RIGHT),
    Column(QT_TRANSLATE_NOOP("Columns", "Status"), lambda r: CLAIM_STATUS.label(r.status)),
    Column(QT_TRANSLATE_NOOP("Columns", "Signed"), lambda r: ("主任" if r.supervisor_signed else "")
           + (" 经理" if r.manager_signed else "")),
    Column(QT_TRANSLATE_NOOP("Columns", "Days waiting"), lambda r: r.days_waiting if r.days_waiting is not None else "",
           RIGHT),
]


def _style(row: ClaimRow) -> str | None:
    if row.status in ("refunded", "cancelled"):
        return "muted"
    if row.days_waiting is not None and row.days_waiting >= 7:
        return "overdue"
    return "warning" if row.status == "draft" else None


class ClaimDialog(_Form):
    """A new claim order: the customer (by phone or name), the part, the amount and the deposit taken."""

    def __init__(self, session: Session, *, parent: QWidget | None = None) -> None:
        super().__init__(session, self.tr("New claim order"), parent=parent)
        self.customer_search = QLineEdit()
        self.customer_search.setPlaceholderText(self.tr("Name, phone or pinyin initials"))
        self.customer = QComboBox()
        self.customer_search.textChanged.connect(lambda _text: self._find_customer())  # the list follows the typing
        self.part = QLineEdit()
        self.amount, self.deposit = money_box(), money_box()
        self.form.addRow(self.tr("Find customer"), self.customer_search)
        self.form.addRow(self.tr("Customer"), self.customer)
        self.form.addRow(self.tr("Part ordered"), self.part)
        self.form.addRow(self.tr("Amount"), self.amount)
        self.form.addRow(self.tr("Deposit taken"), self.deposit)
        self.bind({"part_description": self.part, "amount_fen": self.amount, "deposit_fen": self.deposit})
        self.ok_button.setDefault(False)
        self.ok_button.setAutoDefault(False)

    def _find_customer(self) -> None:
        """The matching customers; with several, none is taken until the clerk picks one (never the first)."""
        text = self.customer_search.text().strip()
        self.customer.clear()
        matches = search_customers(text, limit=30) if text else []
        if len(matches) > 1:
            self.customer.addItem(self.tr("— %1 customers match: choose one —").replace("%1", str(len(matches))), None)
        for customer in matches:
            self.customer.addItem(f"{customer.name}  {format_phone(customer.phone)}", customer.id)

    def save(self) -> None:
        customer_id = self.customer.currentData()
        if customer_id is None:
            self.errors.show(self.tr("Find and choose the customer first."))
            return
        self.run(service.create_claim, self.session.actor, customer_id, self.part.text(), fen_of(self.amount),
                 fen_of(self.deposit))


class ClaimsTab(QWidget):
    def __init__(self, session: Session, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.session = session
        self.filter = QComboBox(self)
        self.filter.addItem(self.tr("All claim orders"), "")
        self.filter.addItem(self.tr("Arrived, customer not come yet"), "arrived")
        for code, label in CLAIM_STATUS.choices():
            if code != "arrived":
                self.filter.addItem(label, code)
        self.filter.currentIndexChanged.connect(lambda _i: self.refresh())
        self.model = PagedTableModel(COLUMNS, row_style=_style, parent=self)
        self.table = QTableView(self)
        self.table.setModel(self.model)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.verticalHeader().hide()
        self.count = QLabel(self)
        buttons = FlowLayout()  # wraps when narrow: ten buttons are wider than the screen in English
        actions = (
            (self.tr("&New claim…"), Action.CLAIM_CREATE, self.new_claim),
            (self.tr("Supervisor &signs"), Action.CLAIM_SIGN_SUPERVISOR, lambda: self._step(service.sign_supervisor)),
            (self.tr("&Manager signs"), Action.CLAIM_SIGN_MANAGER, lambda: self._step(service.sign_manager)),
            (self.tr("&Ordered"), Action.CLAIM_TRACK, lambda: self._step(service.mark_ordered)),
            (self.tr("&Arrived"), Action.CLAIM_TRACK, lambda: self._step(service.mark_arrived)),
            (self.tr("Fi&tted"), Action.CLAIM_TRACK, lambda: self._step(service.mark_fitted)),
            (self.tr("&Refund deposit"), Action.DEPOSIT_REFUND, self.refund),
            (self.tr("&Cancel…"), Action.CLAIM_TRACK, self.cancel),
            (self.tr("Print deposit receipt"), Action.DEPOSIT_TAKE, lambda: self.print_receipt(False)),
            (self.tr("Print refund receipt"), Action.DEPOSIT_REFUND, lambda: self.print_receipt(True)),
        )
        top = QHBoxLayout()
        top.addWidget(self.filter)
        top.addStretch(1)
        for text, action, slot in actions:
            button = QPushButton(text, self)
            button.clicked.connect(slot)
            button.setVisible(session.can(action))
            buttons.addWidget(button)
        top.addWidget(self.count)
        layout = QVBoxLayout(self)
        layout.addLayout(top)
        layout.addWidget(self.table, 1)
        layout.addLayout(buttons)
        self.refresh()
        fit_columns(self.table)
        remember_columns(self.table, "parts/claims", fitted=True)

    def refresh(self) -> None:
        status = self.filter.currentData() or None
        self.model.set_query(claims(status=status))
        self.count.setText(self.tr("Claim orders: %1").replace("%1", self.model.count_text()))

    def select_claim(self, claim_id: int) -> bool:
        """Show every claim order and select this one (a scanned deposit receipt, a search hit)."""
        self.filter.setCurrentIndex(0)
        self.refresh()
        row = 0
        while True:
            while row < self.model.rowCount():
                if self.model.row_at(row).id == claim_id:
                    self.table.selectRow(row)
                    self.table.scrollTo(self.model.index(row, 0))
                    return True
                row += 1
            if not self.model.canFetchMore():
                return False
            self.model.fetchMore()

    def current(self) -> ClaimRow | None:
        index = self.table.currentIndex()
        return self.model.row_at(index) if index.isValid() else None

    def _done(self) -> None:
        self.session.notify_changed("parts")
        self.refresh()

    def _step(self, fn) -> None:  # type: ignore[no-untyped-def]
        row = self.current()
        if row is not None and self.session.call(self, fn, self.session.actor, row.id)[0]:
            self._done()

    def new_claim(self) -> None:
        dialog = ClaimDialog(self.session, parent=self)
        if dialog.exec():
            self._done()
            if messages.confirm(self, self.tr("Print the deposit receipt now?"), default_yes=True):
                self._print(dialog.result_value.number, refund=False)

    def refund(self) -> None:
        row = self.current()
        if row is None:
            return
        ok, _ = self.session.call(self, service.refund_deposit, self.session.actor, row.id)
        if ok:
            self._done()
            self._print(row.number, refund=True)

    def cancel(self) -> None:
        row = self.current()
        if row is None:
            return
        reason = messages.ask_reason(self, self.tr("Cancel claim order"), self.tr("Why is it cancelled?"))
        if reason and self.session.call(self, service.cancel_claim, self.session.actor, row.id, reason)[0]:
            self._done()

    def print_receipt(self, refund: bool) -> None:
        row = self.current()
        if row is not None:
            self._print(row.number, refund, copy=True)

    def _print(self, number: str, refund: bool, copy: bool = False) -> None:
        from aftersales_desktop.export.papers.deposit_receipt import (
            deposit_receipt,
            find_deposit,
            refund_receipt,
        )
        from aftersales_desktop.gui.printing import print_paper

        ok, deposit = self.session.call(self, find_deposit, number)
        if not ok:
            return
        build = refund_receipt if refund else deposit_receipt
        ok, paper = self.session.call(self, build, deposit, copy)
        if ok:
            print_paper(self, paper)
