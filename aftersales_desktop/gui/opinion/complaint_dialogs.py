"""Dialogs for complaints: register one, record the visit, record the reply, make a conduct entry."""

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
    QPlainTextEdit,
    QVBoxLayout,
    QWidget,
)

from aftersales_desktop.core.concurrency import version_of
from aftersales_desktop.core.errors import NotFound, UserError
from aftersales_desktop.core.i18n import T
from aftersales_desktop.core.models import Complaint, ServiceCall
from aftersales_desktop.core.money import parse_yuan
from aftersales_desktop.core.services import complaints as svc
from aftersales_desktop.core.vocab import COMPLAINT_KIND, REPLY_HOW, SEVERITY
from aftersales_desktop.gui.conduct.pickers import RuleCombo, StaffCombo
from aftersales_desktop.gui.opinion.pickers import CustomerPicker
from aftersales_desktop.gui.session import Session
from aftersales_desktop.gui.widgets.focus import focus_first_field
from aftersales_desktop.gui.widgets.form_errors import FormErrors


def _combo(parent: QWidget, choices: list[tuple[str, str]], current: str) -> QComboBox:
    combo = QComboBox(parent)
    for code, label in choices:
        combo.addItem(label, code)
    combo.setCurrentIndex(combo.findData(current))
    return combo


class FormDialog(QDialog):
    """A form with an error line and Save/Cancel; `save_with` runs the service and keeps the result."""

    def __init__(self, session: Session, title: str, *, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.session = session
        self.result_record: Any = None
        self.setWindowTitle(title)
        self.form = QFormLayout()
        self.error = QLabel(self)
        self.errors = FormErrors(self.error, {})
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Save | QDialogButtonBox.StandardButton.Cancel, self)
        buttons.accepted.connect(self.save)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addLayout(self.form)
        layout.addWidget(self.error)
        layout.addWidget(buttons)
        self.setMinimumWidth(520)

    def showEvent(self, event: QShowEvent) -> None:  # noqa: N802 - Qt's name
        focus_first_field(self, self.form)
        super().showEvent(event)

    def save(self) -> None:
        raise NotImplementedError

    def name_fields(self, *names: str) -> None:
        """Object names for the fields (the journeys find them by these, whatever the language)."""
        for name in names:
            getattr(self, name).setObjectName(name)

    def save_with(self, fn: Callable[..., Any], *args: Any, **kwargs: Any) -> None:
        """Run the use case; its sentence shows over the form (what was typed stays), else close."""
        self.errors.clear()
        try:
            self.result_record = fn(self.session.actor, *args, **kwargs)
        except UserError as error:
            if not self.session.offered_reload(self, error):
                self.errors.show(error)
            return
        self.session.notify_changed("opinion")
        self.accept()


class RegisterComplaintDialog(FormDialog):
    """Customer (or a call number, which brings its customer), kind, severity and what happened."""

    def __init__(self, session: Session, *, parent: QWidget | None = None) -> None:
        super().__init__(session, "", parent=parent)
        self.setWindowTitle(self.tr("Register a complaint or suggestion"))
        self.customer = CustomerPicker(self)
        self.call = QLineEdit(self)
        self.call.setPlaceholderText(self.tr("Optional, e.g. JX2026-00012"))
        self.kind = _combo(self, COMPLAINT_KIND.choices(), "complaint")
        self.severity = _combo(self, SEVERITY.choices(), "ordinary")
        self.description = QLineEdit(self)
        self.form.addRow(self.tr("&Customer"), self.customer)
        self.form.addRow(self.tr("C&all no."), self.call)
        self.form.addRow(self.tr("&Kind"), self.kind)
        self.form.addRow(self.tr("&Severity"), self.severity)
        self.form.addRow(self.tr("What &happened"), self.description)
        self.errors.fields.update(
            {"customer": self.customer, "call": self.call, "description": self.description, "severity": self.severity}
        )
        self.name_fields("customer", "call", "kind", "severity", "description")

    def save(self) -> None:
        if self.customer.searching():  # a complaint may have no customer, but not because none was picked
            self.errors.show(self.tr("Choose the customer from the list, or clear the search."), "customer")
            return
        call_id = None
        number = self.call.text().strip().upper()
        if number:
            call = ServiceCall.get_or_none(ServiceCall.number == number)
            if call is None:
                self.errors.show(NotFound(T("找不到叫修单 {n}。", "No call {n}.", n=number), "call"))
                return
            call_id = call.id
        self.save_with(
            svc.register_complaint, self.description.text(), severity=self.severity.currentData(),
            kind=self.kind.currentData(), customer_id=self.customer.current_id(), call_id=call_id,
        )  # fmt: skip


class VisitDialog(FormDialog):
    """Who visited (the supervisor or someone sent) and what the visit found."""

    def __init__(self, session: Session, complaint: Complaint, *, parent: QWidget | None = None) -> None:
        super().__init__(session, str(T("回访 {n}", "Visit for {n}", n=complaint.number)), parent=parent)
        self.complaint = complaint
        self.visitor = StaffCombo(self)
        self.visitor.select_id(session.actor.id if session.actor else None)
        self.note = QLineEdit(self)
        self.form.addRow(self.tr("&Visited by"), self.visitor)
        self.form.addRow(self.tr("What the visit &found"), self.note)
        self.errors.fields.update({"visitor": self.visitor, "note": self.note})
        self.name_fields("visitor", "note")

    def save(self) -> None:
        self.save_with(svc.record_visit, self.complaint.id, self.visitor.current_id() or 0, self.note.text())


class ReplyDialog(FormDialog):
    """The outcome told to the customer; serious complaints only in writing."""

    def __init__(self, session: Session, complaint: Complaint, *, parent: QWidget | None = None) -> None:
        super().__init__(session, str(T("答复客户 {n}", "Reply for {n}", n=complaint.number)), parent=parent)
        self.complaint = complaint
        serious = complaint.severity == "serious"
        self.how = _combo(self, REPLY_HOW.choices(), "letter" if serious else "phone")
        self.outcome = QPlainTextEdit(self)
        self.outcome.setTabChangesFocus(True)
        self.outcome.setFixedHeight(90)
        self.form.addRow(self.tr("&How"), self.how)
        self.form.addRow(self.tr("&Outcome"), self.outcome)
        if serious:
            self.form.addRow("", QLabel(self.tr("A serious complaint is answered in writing."), self))
        self.errors.fields.update({"reply_how": self.how, "outcome": self.outcome})
        self.name_fields("how", "outcome")
        # the complaint as this form found it: a reply someone records meanwhile is not overwritten unseen
        self.seen_version = version_of("complaint", complaint.id)

    def reload_record(self) -> None:
        """Show the reply as stored now (someone else recorded one meanwhile)."""
        self.seen_version = version_of("complaint", self.complaint.id)
        stored = svc.get_complaint(self.complaint.id)
        if stored.reply_how:
            self.how.setCurrentIndex(max(0, self.how.findData(stored.reply_how)))
        self.outcome.setPlainText(stored.outcome or "")

    def save(self) -> None:
        self.save_with(svc.record_reply, self.complaint.id, self.how.currentData(), self.outcome.toPlainText(),
                       seen_version=self.seen_version)


class ConductEntryDialog(FormDialog):
    """A conduct entry for the person the complaint was about, in one step."""

    def __init__(self, session: Session, complaint: Complaint, *, parent: QWidget | None = None) -> None:
        super().__init__(session, str(T("投诉 {n} 记奖罚", "Conduct entry for {n}", n=complaint.number)), parent=parent)
        self.complaint = complaint
        self.staff = StaffCombo(self)
        if complaint.call_id and complaint.call.technician_id:
            self.staff.select_id(complaint.call.technician_id)
        self.rule = RuleCombo(self)
        self.amount = QLineEdit(self)
        self.description = QLineEdit(str(T("客户投诉 {n}:{d}", "Customer complaint {n}: {d}",
                                           n=complaint.number, d=complaint.description)), self)  # fmt: skip
        self.form.addRow(self.tr("&Staff member"), self.staff)
        self.form.addRow(self.tr("&Rule"), self.rule)
        self.form.addRow(self.tr("&Amount (yuan)"), self.amount)
        self.form.addRow(self.tr("What &happened"), self.description)
        self.errors.fields.update({"staff": self.staff, "rule": self.rule, "amount": self.amount})
        self.name_fields("staff", "rule", "amount", "description")

    def save(self) -> None:
        try:
            amount = parse_yuan(self.amount.text() or "0", "amount")
        except UserError as error:
            self.errors.show(error)
            return
        self.save_with(
            svc.to_conduct_entry, self.complaint.id, self.staff.current_id() or 0, self.rule.current_id() or 0,
            amount, self.description.text(),
        )  # fmt: skip
