"""The small forms of a card's steps: a quote, the customer's acceptance, the return of the item."""

from __future__ import annotations

from PySide6.QtGui import QShowEvent
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QVBoxLayout,
    QWidget,
)

from aftersales_desktop.core import clock
from aftersales_desktop.core.concurrency import version_of
from aftersales_desktop.core.errors import UserError
from aftersales_desktop.core.models import RepairCard
from aftersales_desktop.core.money import format_yuan
from aftersales_desktop.core.permissions import Action, who_may
from aftersales_desktop.core.queries.bills import bill_for
from aftersales_desktop.core.services import repair_return, repairs
from aftersales_desktop.core.vocab import ACCEPT_HOW
from aftersales_desktop.gui.billing.summary import bill_summary, bill_warnings
from aftersales_desktop.gui.repairs.common import DateTimeField, fen_of
from aftersales_desktop.gui.session import Session
from aftersales_desktop.gui.widgets.focus import focus_first_field
from aftersales_desktop.gui.widgets.form_errors import FormErrors


class _StepDialog(QDialog):
    """A form with an error line and Save/Cancel; subclasses fill `form` and implement `run()`."""

    def __init__(self, session: Session, card: RepairCard, title: str, *, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.session, self.card = session, card
        self.setWindowTitle(f"{title} — {card.number}")
        self.form = QFormLayout()
        self.error = QLabel(self)
        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Save | QDialogButtonBox.StandardButton.Cancel, self
        )
        self.buttons.accepted.connect(self.save)
        self.buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addLayout(self.form)
        layout.addWidget(self.error)
        layout.addWidget(self.buttons)
        self.setMinimumWidth(460)

    def showEvent(self, event: QShowEvent) -> None:  # noqa: N802 - Qt's name
        focus_first_field(self, self.form)
        super().showEvent(event)

    def bind_errors(self, fields: dict[str, QWidget]) -> None:
        self.errors = FormErrors(self.error, fields)
        for name, widget in fields.items():
            if not widget.objectName():
                widget.setObjectName(name)

    def save(self) -> None:
        self.errors.clear()
        try:
            self.run()
        except UserError as error:  # shown at its field; the form keeps what was typed
            if not self.session.offered_reload(self, error):
                self.errors.show(error)
            return
        self.session.notify_changed("repairs")
        self.accept()

    def run(self) -> object:
        raise NotImplementedError


class QuoteDialog(_StepDialog):
    """A quote (报价): labour, parts and travel; every change is a new version the customer accepts again."""

    def __init__(self, session: Session, card: RepairCard, *, parent: QWidget | None = None) -> None:
        super().__init__(session, card, self.tr("Quote"), parent=parent)
        last = repairs.latest_quote(card)
        self.labour, self.parts, self.travel = QLineEdit(self), QLineEdit(self), QLineEdit(self)
        self.reload_record()
        self.note = QLineEdit(self)
        self.note.setPlaceholderText(self.tr("What the quote covers, or why it changed"))
        for label, widget in ((self.tr("Labour (yuan)"), self.labour), (self.tr("Parts (yuan)"), self.parts),
                              (self.tr("Travel (yuan)"), self.travel), (self.tr("Note"), self.note)):  # fmt: skip
            self.form.addRow(label, widget)
        if last is not None:
            self.form.addRow(QLabel(self.tr("The customer must accept the changed quote again."), self))
        self.bind_errors({"labour_fen": self.labour, "parts_fen": self.parts, "travel_fen": self.travel,
                          "labour": self.labour, "parts": self.parts, "travel": self.travel})

    def reload_record(self) -> None:
        """Show the card's latest quote and keep the version it was read at: a quote someone else saves
        meanwhile is not replaced unseen (core/concurrency.py)."""
        self.seen_version = version_of("repair_card", self.card.id, Action.QUOTE_EDIT.value)
        last = repairs.latest_quote(RepairCard.get_by_id(self.card.id))
        for field, fen in ((self.labour, last.labour_fen if last else None), (self.parts, last.parts_fen if last else None),
                           (self.travel, last.travel_fen if last else None)):  # fmt: skip
            field.setText(format_yuan(fen) if fen is not None else "")

    def run(self) -> object:
        return repairs.save_quote(
            self.session.actor, self.card.id, labour_fen=fen_of(self.labour.text(), "labour_fen"),
            parts_fen=fen_of(self.parts.text(), "parts_fen"), travel_fen=fen_of(self.travel.text(), "travel_fen"),
            note=self.note.text(), seen_version=self.seen_version,
        )


class AcceptDialog(_StepDialog):
    """The customer's acceptance of the latest quote: who, when, how."""

    def __init__(self, session: Session, card: RepairCard, *, parent: QWidget | None = None) -> None:
        super().__init__(session, card, self.tr("Quote accepted"), parent=parent)
        quote = repairs.latest_quote(card)
        total = (quote.labour_fen + quote.parts_fen + quote.travel_fen) if quote else 0
        self.form.addRow(self.tr("Quote"), QLabel(f"v{quote.version if quote else '-'}  {format_yuan(total, True)}", self))
        self.who = QLineEdit(card.receipt.customer.name, self)
        self.how = QComboBox(self)
        for code, label in ACCEPT_HOW.choices():
            self.how.addItem(label, code)
        self.when = DateTimeField(clock.now(), self)
        self.form.addRow(self.tr("Accepted by"), self.who)
        self.form.addRow(self.tr("How"), self.how)
        self.form.addRow(self.tr("When"), self.when)
        self.bind_errors({"accepted_by_name": self.who, "how": self.how, "accepted_at": self.when})

    def run(self) -> object:
        return repairs.accept_quote(
            self.session.actor, self.card.id, accepted_by_name=self.who.text(), how=self.how.currentData(),
            accepted_at=self.when.value(),
        )


class ReturnDialog(_StepDialog):
    """The item goes back: who collected it, the customer's signature, or a lost receipt with ID details."""

    def __init__(self, session: Session, card: RepairCard, *, unrepaired: bool = False, parent: QWidget | None = None) -> None:
        title = self.tr("Return unrepaired") if unrepaired else self.tr("Return to customer")
        super().__init__(session, card, title, parent=parent)
        self.unrepaired = unrepaired
        self.collected_by = QLineEdit(card.receipt.customer.name, self)
        self.signed = QCheckBox(self.tr("The customer signed the voucher"), self)
        self.reason = QLineEdit(self)
        self.without_receipt = QCheckBox(self.tr("The customer lost the receipt (%1)").replace(
            "%1", str(who_may(Action.RETURN_WITHOUT_RECEIPT))), self)
        self.id_details = QLineEdit(self)
        self.id_details.setPlaceholderText(self.tr("ID card type and number of the person collecting"))
        self.id_details.setEnabled(False)
        self.form.addRow(self.tr("Collected by"), self.collected_by)
        self.form.addRow("", self.signed)
        if unrepaired:
            self.form.addRow(self.tr("Reason"), self.reason)
        else:
            self.reason.hide()  # not in the form: keep it from floating over the first row
            due = bill_for(card.call, card)
            text = self.tr("¥%1  (labour %2 + parts %3 + travel %4, other and discount %5) — goes onto the invoice "
                           "list today")
            for n, fen in enumerate((due.to_customer_fen, due.labour_fen, due.parts_fen, due.travel_fen,
                                     due.other_fen + due.discount_fen), start=1):
                text = text.replace(f"%{n}", format_yuan(fen))
            self.amount_due = QLabel(text if due.chargeable else bill_summary(due), self)
            self.amount_due.setWordWrap(True)
            self.form.addRow(self.tr("Amount due"), self.amount_due)
            warnings = bill_warnings(due) if due.above_quote or due.margin_needs_approval else []
            if warnings:
                stop = QLabel("<br>".join(warnings), self)
                stop.setWordWrap(True)
                stop.setStyleSheet("color: #b3261e;")
                self.form.addRow("", stop)
        self.form.addRow("", self.without_receipt)
        self.form.addRow(self.tr("ID details"), self.id_details)
        if not session.can(Action.RETURN_WITHOUT_RECEIPT):  # a lost receipt is the supervisor's to handle
            self.form.setRowVisible(self.without_receipt, False)
            self.form.setRowVisible(self.id_details, False)
        self.without_receipt.toggled.connect(self.id_details.setEnabled)
        self.bind_errors({"collected_by": self.collected_by, "signed": self.signed, "reason": self.reason,
                          "id_details": self.id_details})

    def run(self) -> object:
        common = dict(
            collected_by=self.collected_by.text(), customer_signed=self.signed.isChecked(),
            without_receipt=self.without_receipt.isChecked(), id_details=self.id_details.text(),
        )
        if self.unrepaired:
            return repair_return.return_unrepaired(self.session.actor, self.card.id, reason=self.reason.text(), **common)
        return repair_return.return_item(self.session.actor, self.card.id, **common)
