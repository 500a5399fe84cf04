"""Goods in (收件): from a call taken back to the shop, or over the counter (which registers the call too)."""

from __future__ import annotations

import datetime as dt

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QButtonGroup,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QPlainTextEdit,
    QRadioButton,
    QStackedWidget,
    QVBoxLayout,
    QWidget,
)

from aftersales_desktop.core import clock
from aftersales_desktop.core.models import RepairCard, Staff
from aftersales_desktop.core.permissions import Action
from aftersales_desktop.core.queries.calls import search_customers
from aftersales_desktop.core.queries.repairs import calls_to_receive
from aftersales_desktop.core.services import repairs as repair_service
from aftersales_desktop.core.vocab import CALL_KIND
from aftersales_desktop.gui.repairs.common import DateField, run_in_form
from aftersales_desktop.gui.repairs.intake_panel import IntakePanel
from aftersales_desktop.gui.session import Session
from aftersales_desktop.gui.widgets.form_errors import FormErrors, align_form_labels
from aftersales_desktop.gui.widgets.live_search import LiveSearch
from aftersales_desktop.gui.widgets.scanner import ScanIntoField

ROLE_ID = Qt.ItemDataRole.UserRole  # the call id on each line of the list


def technicians() -> list[Staff]:
    return list(Staff.select().where(Staff.active & Staff.role.in_(("technician", "supervisor"))).order_by(Staff.name))


class GoodsInDialog(QDialog):
    """Record what came in; `card` holds the new repair card after accept()."""

    def __init__(self, session: Session, *, parent: QWidget | None = None, call_id: int | None = None) -> None:
        super().__init__(parent)
        self.session = session
        self.card: RepairCard | None = None
        self.setWindowTitle(self.tr("Goods in"))
        self.from_call = QRadioButton(self.tr("From a call taken back to the shop"), self)
        self.counter = QRadioButton(self.tr("Over the counter"), self)
        group = QButtonGroup(self)
        group.addButton(self.from_call)
        group.addButton(self.counter)
        self.stack = QStackedWidget(self)
        # --- from a call
        self.calls = QListWidget(self)
        for call in calls_to_receive():
            who = call.customer.name if call.customer_id else ""
            item = f"{call.product.name} {call.product.model}" if call.product_id else ""
            row = QListWidgetItem(f"{call.number}  {who}  {item}  — {call.problem}")
            row.setData(ROLE_ID, call.id)
            self.calls.addItem(row)
        # --- over the counter
        counter_page = QWidget(self)
        self.customer_search = QLineEdit(counter_page)
        self.customer_search.setPlaceholderText(self.tr("Name, phone or pinyin initials"))
        self.customer = QComboBox(counter_page)
        self.product = QComboBox(counter_page)
        self.kind = QComboBox(counter_page)
        self.kind.addItem(self.tr("As proposed (warranty / contract / paid)"), None)
        for code, label in CALL_KIND.choices():
            if code != "general":
                self.kind.addItem(label, code)
        self.kind_reason = QLineEdit(counter_page)
        self.kind_reason.setPlaceholderText(self.tr("Why the kind differs from the proposal"))
        counter_form = QFormLayout(counter_page)
        counter_form.setContentsMargins(0, 0, 0, 0)  # its fields line up with the form below
        counter_form.addRow(self.tr("Find customer"), self.customer_search)
        counter_form.addRow(self.tr("Customer"), self.customer)
        counter_form.addRow(self.tr("Product"), self.product)
        counter_form.addRow(self.tr("Kind of service"), self.kind)
        counter_form.addRow(self.tr("Reason"), self.kind_reason)
        self.stack.addWidget(self.calls)
        self.stack.addWidget(counter_page)
        # --- what came in
        self.serial = QLineEdit(self)
        self.serial.setPlaceholderText(self.tr("As on the product's label"))
        self.accessories = QLineEdit(self)
        self.condition = QLineEdit(self)
        self.fault = QPlainTextEdit(self)
        self.fault.setTabChangesFocus(True)
        self.fault.setFixedHeight(60)
        self.promised = DateField(clock.today() + dt.timedelta(days=3), self)
        self.technician = QComboBox(self)
        self.technician.addItem(self.tr("(not yet)"), None)
        for tech in technicians():
            self.technician.addItem(tech.name, tech.id)
        form = QFormLayout()
        form.addRow(self.tr("Serial no."), self.serial)
        form.addRow(self.tr("Accessories"), self.accessories)
        form.addRow(self.tr("Visible condition"), self.condition)
        form.addRow(self.tr("Customer's stated fault"), self.fault)
        form.addRow(self.tr("Promised date"), self.promised)
        form.addRow(self.tr("Technician"), self.technician)
        align_form_labels(counter_form, form)
        for name in ("from_call", "counter", "calls", "customer_search", "customer", "product", "kind", "kind_reason",
                     "serial", "accessories", "condition", "fault", "promised", "technician"):
            getattr(self, name).setObjectName(name)
        self.error = QLabel(self)
        self.errors = FormErrors(self.error, {
            "promised_on": self.promised, "stated_fault": self.fault, "product": self.product,
            "customer": self.customer, "kind_reason": self.kind_reason, "technician": self.technician,
        })
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Save | QDialogButtonBox.StandardButton.Cancel, self)
        buttons.accepted.connect(self.save)
        buttons.rejected.connect(self.reject)
        modes = QHBoxLayout()
        modes.addWidget(self.from_call)
        modes.addWidget(self.counter)
        modes.addStretch(1)
        layout = QVBoxLayout(self)
        layout.addLayout(modes)
        layout.addWidget(self.stack, 1)
        self.intake = IntakePanel(session, parent=self)  # the condition checklist and photos of the item
        what_came_in = QHBoxLayout()  # the item's form and, beside it, its checklist and photos: fits 1366×768
        what_came_in.setSpacing(20)
        form_column = QVBoxLayout()
        form_column.addLayout(form)
        form_column.addStretch(1)  # the rows stay together when the photos beside them are taller
        what_came_in.addLayout(form_column, 1)
        what_came_in.addWidget(self.intake, 1)
        layout.addLayout(what_came_in)
        layout.addWidget(self.error)
        layout.addWidget(buttons)
        self.from_call.toggled.connect(self._mode_changed)
        self.calls.currentRowChanged.connect(self._call_picked)
        self.live = LiveSearch(self.customer_search, search_customers, self._show_matches)
        self.customer.currentIndexChanged.connect(self._customer_picked)
        may_register = session.can(Action.CALL_REGISTER)  # a counter intake registers the call too
        self.counter.setVisible(may_register)
        (self.from_call if self.calls.count() or call_id or not may_register else self.counter).setChecked(True)
        self.stack.setCurrentIndex(0 if self.from_call.isChecked() else 1)
        if call_id is not None:
            for row in range(self.calls.count()):
                if self.calls.item(row).data(ROLE_ID) == call_id:
                    self.calls.setCurrentRow(row)
        elif self.calls.count():
            self.calls.setCurrentRow(0)
        # a scanned serial label, wherever the cursor is, fills the serial (its Enter never saves the form)
        self.scanner = ScanIntoField(self, self.serial, filled=lambda _code: self.accessories.setFocus())
        self.resize(1040, 640)
        self._mode_changed(self.from_call.isChecked())

    def _mode_changed(self, from_call: bool) -> None:
        """Show the calls waiting, or the customer search; the keyboard starts in it."""
        self.stack.setCurrentIndex(0 if from_call else 1)
        (self.calls if from_call else self.customer_search).setFocus()

    def _call_picked(self, row: int) -> None:
        item = self.calls.item(row)
        if item is None:
            return
        from aftersales_desktop.core.services.calls import get_call

        call = get_call(item.data(ROLE_ID))
        self.fault.setPlainText(call.problem)
        self.serial.setText(call.product.serial if call.product_id else "")
        index = self.technician.findData(call.technician_id)
        self.technician.setCurrentIndex(max(0, index))

    def _show_matches(self, _text: str, found: list) -> None:
        """The matching customers; with several, none is taken until the clerk picks one (never the first)."""
        self.customer.blockSignals(True)
        self.customer.clear()
        self._matches = {match.id: match for match in found}
        if len(self._matches) > 1:
            self.customer.addItem(self.tr("— %1 customers match: choose one —").replace("%1", str(len(self._matches))),
                                  None)
        for match in self._matches.values():
            self.customer.addItem(match.label, match.id)
        self.customer.blockSignals(False)
        self._customer_picked(self.customer.currentIndex())

    def _customer_picked(self, _index: int) -> None:
        self.product.clear()
        match = getattr(self, "_matches", {}).get(self.customer.currentData())
        for product in match.products if match else ():
            self.product.addItem(product.label, product.id)

    def save(self) -> None:
        """Run the service; on a refusal show the sentence at its field and keep everything typed."""
        if self.live.pending():  # saved before the typing paused: the customer of what is typed now
            self.live.search_now()
        values = dict(
            promised_on=self.promised.value(), stated_fault=self.fault.toPlainText(),
            accessories=self.accessories.text(), condition=self.condition.text(), serial=self.serial.text(),
            technician_id=self.technician.currentData(), checklist=self.intake.checklist.value(),
        )
        if self.from_call.isChecked():
            item = self.calls.currentItem()
            if item is None:
                self.errors.show(self.tr("Choose the call whose item came in."))
                return
            ok, card = run_in_form(self.errors, repair_service.receive_goods, self.session.actor, item.data(ROLE_ID),
                                   **values)
        else:
            if self.customer.currentData() is None or self.product.currentData() is None:
                self.errors.show(self.tr("Find the customer and choose the product."), "customer")
                return
            ok, card = run_in_form(
                self.errors, repair_service.receive_over_counter, self.session.actor, self.customer.currentData(),
                self.product.currentData(), kind=self.kind.currentData(), kind_reason=self.kind_reason.text(), **values,
            )
        if not ok:
            return
        self.card = card
        self.intake.save_to(card.receipt_id)
        self.session.notify_changed("repairs")
        self.accept()
