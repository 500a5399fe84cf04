"""Register a call (叫修登记) in under a minute, keyboard only.

Type a phone number, a name or pinyin initials: matching customers appear as you type. Down/Enter picks one
and offers their products; Enter with no match (or Alt+N) opens fields for a new customer and product in the
same form. The proposed kind is shown; changing it enables the reason field. A repeat fault is warned about.
"""

from __future__ import annotations

import datetime as dt

from PySide6.QtCore import QEvent, QObject, Qt
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QVBoxLayout,
    QWidget,
)

from aftersales_desktop.core import clock
from aftersales_desktop.core.errors import UserError, ValidationError
from aftersales_desktop.core.i18n import T
from aftersales_desktop.core.models import ServiceCall
from aftersales_desktop.core.queries.calls import CustomerMatch, search_customers
from aftersales_desktop.core.services.calls import find_repeat_of, propose_kind, register_call
from aftersales_desktop.core.vocab import AREA, CALL_KIND, CHANNEL
from aftersales_desktop.gui.calls.common import DateTimeField, select_data, vocab_combo
from aftersales_desktop.gui.session import Session
from aftersales_desktop.gui.widgets.form_errors import FormErrors
from aftersales_desktop.gui.widgets.live_search import LiveSearch

NEW_PRODUCT = -1
_ENTER = (Qt.Key.Key_Return, Qt.Key.Key_Enter)


def _date_or_none(text: str, field: str) -> dt.date | None:
    text = (text or "").strip()
    if not text:
        return None
    try:
        return dt.date.fromisoformat(text.replace("/", "-"))
    except ValueError:
        raise ValidationError(T("日期“{v}”应写成 2026-03-11。", "Write the date '{v}' as 2026-03-11.", v=text), field) from None


class RegisterCallDialog(QDialog):
    """The registration form; `call` holds the new ServiceCall after a successful save."""

    def __init__(self, session: Session, *, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.session = session
        self.call: ServiceCall | None = None
        self.customer: CustomerMatch | None = None
        self.setWindowTitle(self.tr("Register a call"))
        self.setMinimumWidth(760)
        self._build()
        self._connect()
        self._set_new_customer(False)
        self._update_proposal()
        self.search.setFocus()

    # ---- building -------------------------------------------------------------------------------------

    def _build(self) -> None:
        self.search = QLineEdit(self)
        self.search.setPlaceholderText(self.tr("Phone, name or pinyin initials (e.g. wxm for 王小明)"))
        self.search.setClearButtonEnabled(True)
        self.matches = QListWidget(self)
        self.matches.setMaximumHeight(120)
        self.chosen = QLabel(self)
        self.chosen.setProperty("role", "hint")
        self.product = QComboBox(self)
        self.new_customer = QCheckBox(self.tr("&New customer"), self)

        self.new_box = QGroupBox(self.tr("New customer and product"), self)
        self.c_name, self.c_phone, self.c_address = QLineEdit(self), QLineEdit(self), QLineEdit(self)
        self.c_area = vocab_combo(self, AREA)
        self.p_name, self.p_model, self.p_serial = QLineEdit(self), QLineEdit(self), QLineEdit(self)
        self.p_bought, self.p_warranty = QLineEdit(self), QLineEdit(self)
        for edit in (self.p_bought, self.p_warranty):
            edit.setPlaceholderText("2026-03-11")
        self.p_name.setPlaceholderText(self.tr("e.g. air conditioner"))
        # customer beside product: the form stays low enough for a 1366×768 screen with everything open
        customer_form, product_form = QFormLayout(), QFormLayout()
        customer_form.addRow(self.tr("Name"), self.c_name)
        customer_form.addRow(self.tr("Phone"), self.c_phone)
        customer_form.addRow(self.tr("Address"), self.c_address)
        customer_form.addRow(self.tr("Area"), self.c_area)
        product_form.addRow(self.tr("Product"), self.p_name)
        product_form.addRow(self.tr("Model"), self.p_model)
        product_form.addRow(self.tr("Serial no."), self.p_serial)
        product_form.addRow(self.tr("Bought on"), self.p_bought)
        product_form.addRow(self.tr("Warranty until"), self.p_warranty)
        new_row = QHBoxLayout(self.new_box)
        new_row.addLayout(customer_form, 1)
        new_row.addSpacing(12)
        new_row.addLayout(product_form, 1)

        self.channel = vocab_combo(self, CHANNEL)
        self.problem = QLineEdit(self)
        self.problem.setPlaceholderText(self.tr("What is wrong, in the customer's words"))
        self.area = vocab_combo(self, AREA)
        self.received = DateTimeField(clock.now(), self)
        self.kind = vocab_combo(self, CALL_KIND)
        self.proposal = QLabel(self)
        self.proposal.setProperty("role", "hint")
        self.proposal.setWordWrap(True)
        self.reason = QLineEdit(self)
        self.reason.setPlaceholderText(self.tr("Why the kind differs from the proposal"))
        self.repeat = QLabel(self)
        self.repeat.setProperty("role", "error")
        self.repeat.setWordWrap(True)
        self.error = QLabel(self)
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Save | QDialogButtonBox.StandardButton.Cancel, self)
        self.save_button = self.buttons.button(QDialogButtonBox.StandardButton.Save)
        self.save_button.setText(self.tr("&Register"))
        self.save_button.setDefault(True)

        who = QFormLayout()
        who.addRow(self.tr("&Find customer"), self.search)
        who.addRow("", self.matches)
        who.addRow("", self.chosen)
        product_row = QHBoxLayout()
        product_row.addWidget(self.product, 1)
        product_row.addWidget(self.new_customer)
        who.addRow(self.tr("Pro&duct"), product_row)
        call = QFormLayout()
        call.addRow(self.tr("&Problem"), self.problem)
        call.addRow(self.tr("C&hannel"), self._pair(self.channel, self.tr("&Area"), self.area))
        call.addRow(self.tr("Recei&ved"), self._pair(self.received, self.tr("&Kind"), self.kind))
        call.addRow("", self.proposal)
        call.addRow(self.tr("Reas&on"), self.reason)
        layout = QVBoxLayout(self)
        layout.addWidget(self.error)
        layout.addLayout(who)
        layout.addWidget(self.new_box)
        layout.addLayout(call)
        layout.addWidget(self.repeat)
        layout.addWidget(self.buttons)
        self.errors = FormErrors(self.error, {
            "customer": self.search, "product": self.product, "name": self.c_name, "phone": self.c_phone,
            "phone2": self.c_phone, "area": self.area, "model": self.p_model, "purchase_date": self.p_bought,
            "warranty_end": self.p_warranty, "problem": self.problem, "channel": self.channel,
            "received_at": self.received, "kind": self.kind, "kind_reason": self.reason,
        })  # fmt: skip
        for name in ("search", "matches", "chosen", "product", "new_customer", "c_name", "c_phone", "c_address", "c_area",
                     "p_name", "p_model", "p_serial", "p_bought", "p_warranty", "channel", "problem", "area",
                     "received", "kind", "reason"):
            getattr(self, name).setObjectName(name)  # the journeys find the fields by these names
        order = [self.search, self.matches, self.product, self.new_customer, self.c_name, self.c_phone,
                 self.c_address, self.c_area, self.p_name, self.p_model, self.p_serial, self.p_bought,
                 self.p_warranty, self.problem, self.channel, self.area, self.received, self.kind, self.reason]  # fmt: skip
        for first, second in zip(order, order[1:], strict=False):
            QWidget.setTabOrder(first, second)

    def _pair(self, first: QWidget, label: str, second: QWidget) -> QHBoxLayout:
        """Two short fields on one line, the second with its own label (its access key still works)."""
        row = QHBoxLayout()
        row.addWidget(first, 1)
        caption = QLabel(label, self)
        caption.setBuddy(second)
        row.addSpacing(12)
        row.addWidget(caption)
        row.addWidget(second, 1)
        return row

    def _connect(self) -> None:
        self.live = LiveSearch(self.search, search_customers, self._show_matches, on_enter=False)
        self.search.installEventFilter(self)
        self.matches.installEventFilter(self)
        self.matches.itemActivated.connect(lambda item: self._pick(item.data(Qt.ItemDataRole.UserRole)))
        self.product.currentIndexChanged.connect(lambda _i: self._product_changed())
        self.new_customer.toggled.connect(self._set_new_customer)
        self.p_warranty.textChanged.connect(lambda _t: self._update_proposal())
        self.c_area.currentIndexChanged.connect(lambda _i: select_data(self.area, self.c_area.currentData()))
        self.kind.currentIndexChanged.connect(lambda _i: self._kind_changed())
        self.received.dateTimeChanged.connect(lambda _v: self._update_proposal())
        self.buttons.accepted.connect(self.save)
        self.buttons.rejected.connect(self.reject)

    # ---- finding the customer ------------------------------------------------------------------------

    def _show_matches(self, _text: str, found: list) -> None:
        self.matches.clear()
        for match in found:
            item = QListWidgetItem(match.label, self.matches)
            item.setData(Qt.ItemDataRole.UserRole, match)
        if self.matches.count():
            self.matches.setCurrentRow(0)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802 - Qt's name
        if event.type() != QEvent.Type.KeyPress or not isinstance(event, QKeyEvent):
            return super().eventFilter(watched, event)
        key = event.key()
        if watched is self.search and key == Qt.Key.Key_Down and self.matches.count():
            self.matches.setFocus()
            self.matches.setCurrentRow(0)
            return True
        if watched is self.search and key in _ENTER:
            if self.live.pending():  # Enter before the pause: the matches of what is typed now
                self.live.search_now()
            current = self.matches.currentItem()
            if current is not None:
                self._pick(current.data(Qt.ItemDataRole.UserRole))
            elif self.search.text().strip():
                self._start_new_customer(self.search.text().strip())
            return True
        if watched is self.matches and key in _ENTER and self.matches.currentItem() is not None:
            self._pick(self.matches.currentItem().data(Qt.ItemDataRole.UserRole))
            return True
        if watched is self.matches and key == Qt.Key.Key_Up and self.matches.currentRow() <= 0:
            self.search.setFocus()
            return True
        return super().eventFilter(watched, event)

    def _pick(self, match: CustomerMatch) -> None:
        """Take this customer: their products are offered, the area comes from their file."""
        self.customer = match
        self.new_customer.setChecked(False)
        self.chosen.setText(f"✔ {match.label}")
        self.product.blockSignals(True)
        self.product.clear()
        for product in match.products:
            self.product.addItem(product.label, product.id)
        self.product.addItem(self.tr("New product for this customer…"), NEW_PRODUCT)
        self.product.blockSignals(False)
        if match.area:
            select_data(self.area, match.area)
        self._product_changed()
        (self.problem if match.products else self.p_name).setFocus()

    def _start_new_customer(self, typed: str) -> None:
        """No match: a new customer, with what was typed already in the phone or name field."""
        self.new_customer.setChecked(True)
        digits = typed.replace(" ", "").replace("-", "")
        if digits.isdigit():
            self.c_phone.setText(typed)
        elif not typed.isascii():
            self.c_name.setText(typed)
        (self.c_name if not self.c_name.text() else self.c_phone).setFocus()

    def _set_new_customer(self, on: bool) -> None:
        if on:
            self.customer = None
            self.chosen.clear()
            self.product.clear()
        self.product.setEnabled(not on)
        self._show_new_fields(on, on)
        self._update_proposal()

    def _show_new_fields(self, customer: bool, product: bool) -> None:
        self.new_box.setVisible(customer or product)
        for widget in (self.c_name, self.c_phone, self.c_address, self.c_area):
            widget.setEnabled(customer)
        self.new_box.setTitle(self.tr("New customer and product") if customer else self.tr("New product"))

    def _product_changed(self) -> None:
        new_product = self.product.currentData() == NEW_PRODUCT
        self._show_new_fields(False, new_product)
        self._update_proposal()

    # ---- kind proposal and repeat fault --------------------------------------------------------------

    def _product_id(self) -> int | None:
        data = self.product.currentData()
        return data if isinstance(data, int) and data > 0 and not self.new_customer.isChecked() else None

    def _update_proposal(self) -> None:
        received = self.received.value()
        product_id = self._product_id()
        if product_id is not None:
            kind, _contract, why = propose_kind(product_id, received.date())
            repeat = find_repeat_of(product_id, received)
        elif self.new_customer.isChecked() or self.product.currentData() == NEW_PRODUCT:
            try:
                ends = _date_or_none(self.p_warranty.text(), "warranty_end")
            except ValidationError:
                ends = None
            inside = ends is not None and received.date() <= ends
            kind = "free" if inside else "paid"
            why = T("在免费保证期内。", "Inside the free warranty.") if inside else T("新产品,未在保修期内。", "New product, not under warranty.")
            repeat = None
        else:
            kind, _contract, why = propose_kind(None, received.date())
            repeat = None
        self.proposed = kind
        self.kind.blockSignals(True)
        select_data(self.kind, kind)
        self.kind.blockSignals(False)
        self.proposal.setText(self.tr("Proposed: %1 — %2").replace("%1", CALL_KIND.label(kind)).replace("%2", str(why)))
        self.repeat.setText(
            self.tr("Possible repeat fault (返修): call %1 on this product was closed on %2.")
            .replace("%1", repeat.number)
            .replace("%2", (repeat.closed_at or repeat.received_at).strftime("%Y-%m-%d"))
            if repeat is not None else ""
        )  # fmt: skip
        self.repeat.setVisible(repeat is not None)
        self._kind_changed()

    def _kind_changed(self) -> None:
        changed = self.kind.currentData() != self.proposed
        self.reason.setEnabled(changed)
        if not changed:
            self.reason.clear()

    # ---- saving ---------------------------------------------------------------------------------------

    def _values(self) -> dict:
        if self.customer is None and not self.new_customer.isChecked() and self.search.text().strip():
            raise ValidationError(
                T("请在列表中选定客户(回车),或勾选“新客户”。", "Pick the customer from the list (Enter), or tick New customer."),
                "customer",
            )  # typed but never picked: without this it would be saved as internal general work
        values: dict = {
            "received_at": self.received.value(),
            "channel": self.channel.currentData(),
            "problem": self.problem.text(),
            "area": self.area.currentData(),
            "kind": self.kind.currentData(),
            "kind_reason": self.reason.text(),
        }
        new_product = self.new_customer.isChecked() or self.product.currentData() == NEW_PRODUCT
        if self.new_customer.isChecked():
            values["new_customer"] = {
                "name": self.c_name.text(), "phone": self.c_phone.text(), "address": self.c_address.text(),
                "area": self.c_area.currentData(),
            }
        elif self.customer is not None:
            values["customer_id"] = self.customer.id
            values["product_id"] = self._product_id()
        if new_product:
            values["new_product"] = {
                "name": self.p_name.text(), "model": self.p_model.text(), "serial": self.p_serial.text(),
                "purchase_date": _date_or_none(self.p_bought.text(), "purchase_date"),
                "warranty_end": _date_or_none(self.p_warranty.text(), "warranty_end"),
            }
        if values["kind"] == "general" and self.customer is None and not self.new_customer.isChecked():
            values.pop("new_product", None)
        return values

    def save(self) -> None:
        """Register through the service; on a refusal the sentence shows at its field and nothing typed is lost."""
        self.errors.clear()
        try:
            self.call = register_call(self.session.actor, **self._values())
        except UserError as error:  # shown in the form, at its field, rather than in a box over it
            self.errors.show(error)
            return
        self.session.notify_changed("calls")
        self.accept()
