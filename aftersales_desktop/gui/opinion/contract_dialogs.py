"""Dialogs for maintenance contracts: a new contract, a renewal, a renewal follow-up."""

from __future__ import annotations

import datetime as dt

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QComboBox, QLineEdit, QListWidget, QListWidgetItem, QSpinBox, QWidget

from aftersales_desktop.core import clock
from aftersales_desktop.core.errors import UserError
from aftersales_desktop.core.i18n import T
from aftersales_desktop.core.models import Contract, Product
from aftersales_desktop.core.money import format_yuan, parse_yuan
from aftersales_desktop.core.services import contracts as svc
from aftersales_desktop.gui.conduct.entry_dialog import DateTimeField, qt_datetime
from aftersales_desktop.gui.conduct.pickers import StaffCombo
from aftersales_desktop.gui.opinion.complaint_dialogs import FormDialog
from aftersales_desktop.gui.opinion.pickers import CustomerPicker, date_edit, pydate
from aftersales_desktop.gui.session import Session


def year_after(start: dt.date) -> dt.date:
    try:
        return start.replace(year=start.year + 1) - dt.timedelta(days=1)
    except ValueError:  # 29 February
        return start + dt.timedelta(days=364)


class ContractDialog(FormDialog):
    """Customer, the products covered (ticked), the period, the fee, what is covered, visits included."""

    def __init__(self, session: Session, *, parent: QWidget | None = None, customer_id: int | None = None) -> None:
        super().__init__(session, "", parent=parent)
        self.setWindowTitle(self.tr("New maintenance contract"))
        self.customer = CustomerPicker(self)
        self.products = QListWidget(self)
        self.products.setFixedHeight(90)
        self.customer.matches.currentIndexChanged.connect(lambda _i: self._load_products())
        today = clock.today()
        self.start = date_edit(self, today)
        self.end = date_edit(self, year_after(today))
        self.start.dateChanged.connect(lambda d: self.end.setDate(d.addYears(1).addDays(-1)))
        self.fee = QLineEdit(self)
        self.fee.setPlaceholderText("360.00")
        self.coverage = QLineEdit(self)
        self.visits = QSpinBox(self)
        self.visits.setRange(0, 99)
        self.visits.setValue(2)
        self.form.addRow(self.tr("&Customer"), self.customer)
        self.form.addRow(self.tr("&Products"), self.products)
        self.form.addRow(self.tr("&Start"), self.start)
        self.form.addRow(self.tr("&End"), self.end)
        self.form.addRow(self.tr("&Fee (yuan)"), self.fee)
        self.form.addRow(self.tr("What is co&vered"), self.coverage)
        self.form.addRow(self.tr("V&isits included"), self.visits)
        self.errors.fields.update({"products": self.products, "start": self.start, "end": self.end,
                                   "fee": self.fee, "visits_included": self.visits})  # fmt: skip
        if customer_id:
            self.customer.set_customer(customer_id)
            self._load_products()

    def _load_products(self) -> None:
        self.products.clear()
        customer_id = self.customer.current_id()
        if not customer_id:
            return
        for product in Product.select().where(Product.customer == customer_id).order_by(Product.id):
            warranty = str(T("保修至 {d}", "warranty until {d}", d=product.warranty_end)) if product.warranty_end else ""
            item = QListWidgetItem(f"{product.name} {product.model} {product.serial}  {warranty}".strip(), self.products)
            item.setData(Qt.ItemDataRole.UserRole, product.id)
            item.setCheckState(Qt.CheckState.Checked)

    def product_ids(self) -> list[int]:
        return [
            self.products.item(i).data(Qt.ItemDataRole.UserRole)
            for i in range(self.products.count())
            if self.products.item(i).checkState() == Qt.CheckState.Checked
        ]

    def save(self) -> None:
        try:
            fee = parse_yuan(self.fee.text() or "0", "fee")
        except UserError as error:
            self.errors.show(error)
            return
        customer_id = self.customer.current_id()
        if not customer_id:
            self.errors.show(str(T("请选择客户。", "Choose the customer.")), "products")
            return
        self.save_with(
            svc.create_contract, customer_id, self.product_ids(), pydate(self.start.date()), pydate(self.end.date()),
            fee_fen=fee, coverage=self.coverage.text(), visits_included=self.visits.value(),
        )  # fmt: skip


class RenewDialog(FormDialog):
    """A new contract on the same products, from the day after the old one ends."""

    def __init__(self, session: Session, contract: Contract, *, parent: QWidget | None = None) -> None:
        super().__init__(session, str(T("续约 {n}", "Renew {n}", n=contract.number)), parent=parent)
        self.contract = contract
        start = contract.end + dt.timedelta(days=1)
        self.start = date_edit(self, start)
        self.end = date_edit(self, year_after(start))
        self.fee = QLineEdit(format_yuan(contract.fee_fen).replace(",", ""), self)
        self.form.addRow(self.tr("&Start"), self.start)
        self.form.addRow(self.tr("&End"), self.end)
        self.form.addRow(self.tr("&Fee (yuan)"), self.fee)
        self.errors.fields.update({"start": self.start, "end": self.end, "fee": self.fee, "products": self.end})
        self.name_fields("start", "end", "fee")

    def save(self) -> None:
        try:
            fee = parse_yuan(self.fee.text() or "0", "fee")
        except UserError as error:
            self.errors.show(error)
            return
        self.save_with(
            svc.renew_contract, self.contract.id, end=pydate(self.end.date()), start=pydate(self.start.date()), fee_fen=fee
        )


class FollowUpDialog(FormDialog):
    """Who went to win the renewal, when, and what came of it."""

    def __init__(self, session: Session, contract: Contract, *, parent: QWidget | None = None) -> None:
        super().__init__(session, str(T("续约跟进 {n}", "Renewal follow-up {n}", n=contract.number)), parent=parent)
        self.contract = contract
        self.staff = StaffCombo(self)
        self.staff.select_id(session.actor.id if session.actor else None)
        self.when = DateTimeField(self)
        self.when.setDisplayFormat("yyyy-MM-dd HH:mm")
        self.when.setCalendarPopup(True)
        self.when.setDateTime(qt_datetime(clock.now()))
        self.result = QLineEdit(self)
        self.outcome = QComboBox(self)
        for code, label in (("pending", T("待定", "Pending")), ("renewed", T("同意续约", "Will renew")),
                            ("declined", T("不续约", "Declined"))):  # fmt: skip
            self.outcome.addItem(str(label), code)
        self.form.addRow(self.tr("&Who"), self.staff)
        self.form.addRow(self.tr("Whe&n"), self.when)
        self.form.addRow(self.tr("&Result"), self.result)
        self.form.addRow(self.tr("&Outcome"), self.outcome)
        self.errors.fields.update({"staff": self.staff, "at": self.when, "result": self.result})

    def save(self) -> None:
        when = self.when.dateTime().toPython()
        self.save_with(
            svc.record_follow_up, self.contract.id, self.staff.current_id() or 0, when.replace(second=0, microsecond=0),
            self.result.text(), self.outcome.currentData(),
        )  # fmt: skip
