"""Maintenance contracts: the list (expiring soon highlighted), add, renew, follow up, expiry notice, void."""

from __future__ import annotations

from PySide6.QtCore import QT_TRANSLATE_NOOP, Qt
from PySide6.QtWidgets import QCheckBox, QHBoxLayout, QLineEdit, QPushButton, QVBoxLayout, QWidget

from aftersales_desktop.core.i18n import T
from aftersales_desktop.core.models import Contract, ContractFollowUp
from aftersales_desktop.core.money import format_yuan
from aftersales_desktop.core.permissions import Action
from aftersales_desktop.core.phones import format_phone
from aftersales_desktop.core.queries.opinion import ContractRow, contracts, expiring_contracts
from aftersales_desktop.core.services import contracts as svc
from aftersales_desktop.core.vocab import CONTRACT_STATUS
from aftersales_desktop.export.papers.expiry_notice import expiry_notice_paper
from aftersales_desktop.gui import messages
from aftersales_desktop.gui.opinion.contract_dialogs import ContractDialog, FollowUpDialog, RenewDialog
from aftersales_desktop.gui.opinion.pickers import table_view
from aftersales_desktop.gui.session import Session
from aftersales_desktop.gui.widgets.live_search import LiveSearch
from aftersales_desktop.gui.widgets.paged_table import Column, PagedTableModel, keep_current

RIGHT = Qt.AlignmentFlag.AlignRight


def _days_left(row: ContractRow) -> str:
    if row.status != "active":
        return ""
    return str(T("已过期 {n} 天", "{n} days over", n=-row.days_left)) if row.days_left < 0 else str(row.days_left)


COLUMNS = [
    Column(QT_TRANSLATE_NOOP("Columns", "Contract no."), lambda r: r.number),
    Column(QT_TRANSLATE_NOOP("Columns", "Customer"), lambda r: r.customer),
    Column(QT_TRANSLATE_NOOP("Columns", "Phone"), lambda r: format_phone(r.phone)),
    Column(QT_TRANSLATE_NOOP("Columns", "Products"), lambda r: r.products),
    Column(QT_TRANSLATE_NOOP("Columns", "Start"), lambda r: r.start),
    Column(QT_TRANSLATE_NOOP("Columns", "End"), lambda r: r.end),
    Column(QT_TRANSLATE_NOOP("Columns", "Days left"), _days_left, RIGHT),
    Column(QT_TRANSLATE_NOOP("Columns", "Notice due"), lambda r: r.notice_due_on if r.status == "active" else ""),
    Column(QT_TRANSLATE_NOOP("Columns", "Notice sent"), lambda r: r.notice_sent_on or ""),
    Column(QT_TRANSLATE_NOOP("Columns", "Fee"), lambda r: format_yuan(r.fee_fen), RIGHT),
    Column(QT_TRANSLATE_NOOP("Columns", "Visits included"), lambda r: r.visits_included, RIGHT),
    Column(QT_TRANSLATE_NOOP("Columns", "Status"), lambda r: CONTRACT_STATUS.label(r.status)),
    Column(QT_TRANSLATE_NOOP("Columns", "Renewed from"), lambda r: r.renewed_from),
    Column(QT_TRANSLATE_NOOP("Columns", "Last follow-up"), lambda r: r.last_follow_up),
]


def _style(row: ContractRow) -> str | None:
    if row.expiring:
        return "warning"
    return None if row.status == "active" else "muted"


class ContractsTab(QWidget):
    def __init__(self, session: Session, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.session = session
        self.search = QLineEdit(self)
        self.search.setPlaceholderText(self.tr("Contract no., customer, phone"))
        self.search.setClearButtonEnabled(True)
        self.live = LiveSearch.on_pause(self.search, self.refresh)
        self.expiring = QCheckBox(self.tr("E&xpiry notice due"), self)
        self.expiring.setToolTip(self.tr("Active contracts ending within a calendar month: their expiry notice is due"))
        self.expiring.setObjectName("contracts_expiring")
        self.active_only = QCheckBox(self.tr("Active only"), self)
        for box in (self.expiring, self.active_only):
            box.toggled.connect(lambda _on: self.refresh())
        self.model = PagedTableModel(COLUMNS, row_style=_style, parent=self)
        self.view = table_view(self)
        self.view.setObjectName("contract_list")
        self.view.setModel(self.model)
        top = QHBoxLayout()
        top.addWidget(self.search, 1)
        top.addWidget(self.expiring)
        top.addWidget(self.active_only)
        buttons = QHBoxLayout()
        buttons.addStretch(1)
        for key, text, slot, action in (
            ("new", self.tr("&New contract…"), self.add, Action.CONTRACT_EDIT),
            ("renew", self.tr("&Renew…"), self.renew, Action.CONTRACT_EDIT),
            ("follow_up", self.tr("Follo&w-up…"), self.follow_up, Action.CONTRACT_FOLLOW_UP),
            ("notice", self.tr("Print expiry no&tice"), self.print_notice, Action.CONTRACT_FOLLOW_UP),
            ("void", self.tr("&Void…"), self.void, Action.CONTRACT_EDIT),
        ):
            button = QPushButton(text, self)
            button.setObjectName(f"contract_{key}")
            button.clicked.connect(slot)
            button.setVisible(session.can(action))
            buttons.addWidget(button)
        layout = QVBoxLayout(self)
        layout.addLayout(top)
        layout.addLayout(buttons)
        layout.addWidget(self.view, 1)
        self.refresh()

    def refresh(self) -> None:
        self.search.setEnabled(not self.expiring.isChecked())
        if self.expiring.isChecked():
            query = expiring_contracts()
        else:
            query = contracts(self.search.text(), active_only=self.active_only.isChecked())
        keep_current(self.view, lambda: self.model.set_query(query))
        self.view.resizeColumnsToContents()

    def current(self) -> Contract | None:
        row = self.model.row_at(self.view.currentIndex())
        if row is None:
            messages.info(self, self.tr("Choose a contract in the list first."))
            return None
        return Contract.get_by_id(row.id)

    def add(self) -> None:
        ContractDialog(self.session, parent=self).exec()

    def renew(self) -> None:
        if (contract := self.current()) is not None:
            RenewDialog(self.session, contract, parent=self).exec()

    def follow_up(self) -> None:
        if (contract := self.current()) is not None:
            FollowUpDialog(self.session, contract, parent=self).exec()

    def print_notice(self) -> None:
        """Print the expiry notice (a copy after the first time) and note it as a follow-up."""
        from aftersales_desktop.gui.printing import print_paper

        contract = self.current()
        if contract is None:
            return
        printed = ContractFollowUp.select().where(
            (ContractFollowUp.contract == contract.id) & ContractFollowUp.notice_printed
        ).exists()
        if not print_paper(self, expiry_notice_paper(contract, copy=printed)):
            return
        if self.session.call(self, svc.record_notice_printed, self.session.actor, contract.id)[0]:
            self.session.notify_changed("opinion")

    def void(self) -> None:
        contract = self.current()
        if contract is None:
            return
        reason = messages.ask_reason(self, self.tr("Void contract"), self.tr("Why is this contract voided?"))
        if reason and self.session.call(self, svc.void_contract, self.session.actor, contract.id, reason)[0]:
            self.session.notify_changed("opinion")

    def select(self, contract_id: int) -> None:
        number = Contract.get_by_id(contract_id).number
        self.expiring.setChecked(False)
        self.search.setText(number)
        self.refresh()
        if self.model.rowCount():
            self.view.selectRow(0)
