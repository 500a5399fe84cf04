"""The small forms on a bill: a typed line, a discount, a margin approval, the customer's word on a new amount."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from PySide6.QtGui import QShowEvent
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from aftersales_desktop.core import settings
from aftersales_desktop.core.errors import UserError
from aftersales_desktop.core.money import format_yuan, parse_yuan
from aftersales_desktop.core.queries.bills import Bill
from aftersales_desktop.core.services import repairs
from aftersales_desktop.core.services.authority import ApprovalNeeded, approve_margin, give_discount
from aftersales_desktop.core.services.bills import add_bill_line
from aftersales_desktop.core.vocab import ACCEPT_HOW, BILL_LINE
from aftersales_desktop.gui.billing.approval import approve_and_retry
from aftersales_desktop.gui.session import Session
from aftersales_desktop.gui.widgets.focus import focus_first_field, start_here
from aftersales_desktop.gui.widgets.form_errors import FormErrors


class _BillForm(QDialog):
    """A form about one bill: fields, an error line, Save/Cancel; a refusal beyond authority asks a supervisor."""

    def __init__(self, session: Session, bill: Bill, title: str, *, parent: QWidget | None) -> None:
        super().__init__(parent)
        self.session, self.bill = session, bill
        self.setWindowTitle(f"{title} — {bill.number}")
        self.setMinimumWidth(440)
        self.form = QFormLayout()
        self.error = QLabel(self)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Save | QDialogButtonBox.StandardButton.Cancel, self)
        buttons.button(QDialogButtonBox.StandardButton.Save).setDefault(True)
        buttons.accepted.connect(self.save)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addLayout(self.form)
        layout.addWidget(self.error)
        layout.addWidget(buttons)
        self.errors = FormErrors(self.error, {})

    def showEvent(self, event: QShowEvent) -> None:  # noqa: N802 - Qt's name
        focus_first_field(self, self.form)  # not the Save button: typed digits must land in the first field
        super().showEvent(event)

    def target(self) -> dict[str, int]:
        if self.bill.repair_card_id is not None:
            return {"repair_card_id": self.bill.repair_card_id}
        return {"call_id": self.bill.call_id}

    def attempt(self, fn: Callable[..., Any], *args: Any, **kwargs: Any) -> bool:
        """Run the use case; beyond authority a supervisor signs in and it runs again with their approval."""
        self.errors.clear()
        try:
            fn(*args, **kwargs)
        except ApprovalNeeded as needed:
            ok, _ = approve_and_retry(self, needed, lambda approval: fn(*args, approval=approval, **kwargs))
            if not ok:
                self.errors.show(needed)
                return False
        except UserError as error:
            self.errors.show(error)
            return False
        self.accept()
        return True

    def save(self) -> None:
        raise NotImplementedError


class AddLineDialog(_BillForm):
    """Labour, travel or another charge typed at the counter."""

    def __init__(self, session: Session, bill: Bill, *, parent: QWidget | None = None) -> None:
        super().__init__(session, bill, self.tr("Add to the bill"), parent=parent)
        self.kind = QComboBox(self)
        for code in ("labour", "travel", "other"):
            self.kind.addItem(BILL_LINE.label(code), code)
        self.description = QLineEdit(self)
        self.description.setMaxLength(120)
        self.description.setPlaceholderText(self.tr("What it is for (needed for 'other')"))
        self.qty = QSpinBox(self)
        self.qty.setRange(1, 1000)
        self.amount = QLineEdit(self)
        self.amount.setPlaceholderText("0.00")
        self.form.addRow(self.tr("Kind"), self.kind)
        self.form.addRow(self.tr("Description"), self.description)
        self.form.addRow(self.tr("Quantity"), self.qty)
        self.form.addRow(self.tr("Unit price (yuan)"), self.amount)
        self.errors = FormErrors(self.error, {"kind": self.kind, "description": self.description, "qty": self.qty,
                                              "unit_fen": self.amount})

    def save(self) -> None:
        try:
            unit = parse_yuan(self.amount.text(), "unit_fen")
        except UserError as error:
            self.errors.show(error)
            return
        self.attempt(add_bill_line, self.session.actor, kind=self.kind.currentData(),
                     description=self.description.text(), qty=self.qty.value(), unit_fen=unit, **self.target())


class DiscountDialog(_BillForm):
    """A discount with its reason; within authority at once, beyond it a supervisor signs in."""

    def __init__(self, session: Session, bill: Bill, *, parent: QWidget | None = None) -> None:
        super().__init__(session, bill, self.tr("Discount"), parent=parent)
        self.percent = QSpinBox(self)
        self.percent.setObjectName("discount_percent")
        self.percent.setRange(1, 100)
        self.percent.setSuffix(" %")
        self.percent.setValue(settings.get("discount_max_percent"))
        self.reason = QLineEdit(self)
        self.reason.setObjectName("discount_reason")
        self.reason.setMaxLength(200)
        rule = QLabel(self.tr("The counter may give up to %1% on %2 bills a week; beyond that a supervisor approves "
                              "on the spot.").replace("%1", str(settings.get("discount_max_percent")))
                      .replace("%2", str(settings.get("discount_max_per_week"))), self)
        rule.setWordWrap(True)
        rule.setProperty("role", "hint")
        self.form.addRow(self.tr("Open on the bill"), QLabel(f"{format_yuan(bill.open_fen, True)}", self))
        self.form.addRow(self.tr("Discount"), self.percent)
        self.form.addRow(self.tr("Reason"), self.reason)
        self.form.addRow(rule)
        self.errors = FormErrors(self.error, {"percent": self.percent, "reason": self.reason})
        start_here(self.reason)  # the percent comes filled in with the counter's limit

    def save(self) -> None:
        self.attempt(give_discount, self.session.actor, percent=self.percent.value(), reason=self.reason.text(),
                     **self.target())


class MarginDialog(_BillForm):
    """An accident repair below the minimum margin: the reason, and a supervisor's approval."""

    def __init__(self, session: Session, bill: Bill, *, parent: QWidget | None = None) -> None:
        super().__init__(session, bill, self.tr("Approve a low margin"), parent=parent)
        facts = self.tr("Price ¥%1 · cost ¥%2 (parts ¥%3 + labour ¥%4) · margin %5% (minimum %6%)")
        for n, value in enumerate((format_yuan(bill.to_customer_fen), format_yuan(bill.cost_fen),
                                   format_yuan(bill.parts_cost_fen), format_yuan(bill.labour_cost_fen),
                                   str(bill.margin_percent), str(bill.margin_min)), start=1):
            facts = facts.replace(f"%{n}", value)
        label = QLabel(facts, self)
        label.setWordWrap(True)
        self.reason = QLineEdit(self)
        self.reason.setObjectName("margin_reason")
        self.reason.setMaxLength(200)
        self.form.addRow(label)
        self.form.addRow(self.tr("Reason"), self.reason)
        self.errors = FormErrors(self.error, {"reason": self.reason})

    def save(self) -> None:
        card_id = self.bill.repair_card_id
        if card_id is not None:
            self.attempt(approve_margin, self.session.actor, card_id, self.reason.text())


class AcceptAmountDialog(_BillForm):
    """The customer agrees to a bill that grew above the accepted quote (the quote rule)."""

    def __init__(self, session: Session, bill: Bill, customer: str, *, parent: QWidget | None = None) -> None:
        super().__init__(session, bill, self.tr("Customer accepted the new amount"), parent=parent)
        self.form.addRow(self.tr("Accepted quote"), QLabel(f"{format_yuan(bill.quote_fen or 0, True)}", self))
        self.form.addRow(self.tr("Bill now"), QLabel(f"<b>{format_yuan(bill.total_fen, True)}</b>", self))
        self.who = QLineEdit(customer, self)
        self.how = QComboBox(self)
        for code, label in ACCEPT_HOW.choices():
            self.how.addItem(label, code)
        self.form.addRow(self.tr("Accepted by"), self.who)
        self.form.addRow(self.tr("How"), self.how)
        self.errors = FormErrors(self.error, {"accepted_by_name": self.who, "how": self.how})

    def save(self) -> None:
        card_id = self.bill.repair_card_id
        if card_id is not None:
            self.attempt(repairs.accept_bill, self.session.actor, card_id, accepted_by_name=self.who.text(),
                         how=self.how.currentData())
