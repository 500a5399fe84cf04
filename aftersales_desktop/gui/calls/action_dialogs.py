"""The small forms of a call's life: dispatch (派工), the visit on site, the customer's signature."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from PySide6.QtGui import QShowEvent
from PySide6.QtWidgets import (
    QCheckBox,
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

from aftersales_desktop.core import clock, settings
from aftersales_desktop.core.concurrency import version_of
from aftersales_desktop.core.errors import UserError
from aftersales_desktop.core.models import ServiceCall
from aftersales_desktop.core.money import format_yuan, parse_yuan
from aftersales_desktop.core.permissions import Action
from aftersales_desktop.core.queries.bills import line_text
from aftersales_desktop.core.queries.call_detail import CallDetail
from aftersales_desktop.core.queries.workload import technician_workloads
from aftersales_desktop.core.services.authority import ApprovalNeeded
from aftersales_desktop.core.services.bills import discount_amount, labour_at_rate
from aftersales_desktop.core.services.call_visits import record_signature, record_visit
from aftersales_desktop.core.services.calls import deadline_for, dispatch_call
from aftersales_desktop.core.vocab import AREA, CALL_KIND, VISIT_RESULT
from aftersales_desktop.gui.billing.approval import approve_and_retry
from aftersales_desktop.gui.calls.common import DateField, DateTimeField, select_data, vocab_combo
from aftersales_desktop.gui.session import Session
from aftersales_desktop.gui.widgets.focus import focus_first_field, start_here
from aftersales_desktop.gui.widgets.form_errors import FormErrors


class _CallForm(QDialog):
    """A form about one call: a heading, a form layout, an error line, Save/Cancel; Enter saves."""

    def __init__(self, session: Session, call: CallDetail, title: str, *, parent: QWidget | None) -> None:
        super().__init__(parent)
        self.session, self.detail = session, call
        self.setWindowTitle(f"{title} — {call.number}")
        self.setMinimumWidth(480)
        heading = QLabel(f"<b>{call.number}</b>  {call.customer}  {call.product} {call.model}<br>{call.problem}", self)
        heading.setWordWrap(True)
        self.error = QLabel(self)
        self.form = QFormLayout()
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Save | QDialogButtonBox.StandardButton.Cancel, self)
        self.buttons.button(QDialogButtonBox.StandardButton.Save).setDefault(True)
        self.buttons.accepted.connect(self.save)
        self.buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(heading)
        layout.addWidget(self.error)
        layout.addLayout(self.form)
        layout.addWidget(self.buttons)

    def showEvent(self, event: QShowEvent) -> None:  # noqa: N802 - Qt's name
        focus_first_field(self, self.form)
        super().showEvent(event)

    def run(self, fields: dict[str, QWidget], fn: Callable[..., Any], *args: Any, **kwargs: Any) -> None:
        """Call the service; a refusal shows at its field and keeps what was typed."""
        errors = FormErrors(self.error, fields)
        try:
            fn(self.session.actor, *args, **kwargs)
        except UserError as error:
            if not self.session.offered_reload(self, error):
                errors.show(error)
            return
        self.session.notify_changed("calls")
        self.accept()

    def save(self) -> None:
        raise NotImplementedError

    def name_fields(self, *names: str) -> None:
        """Object names for the fields (the journeys find them by these, whatever the language)."""
        for name in names:
            getattr(self, name).setObjectName(name)


class DispatchDialog(_CallForm):
    """The supervisor picks an active technician, each shown with their open calls by area; the deadline shows
    before saving."""

    def __init__(self, session: Session, call: CallDetail, *, parent: QWidget | None = None) -> None:
        super().__init__(session, call, self.tr("Dispatch"), parent=parent)
        self.technician = QComboBox(self)
        for load in technician_workloads():  # each name with the calls already waiting for them, by area
            self.technician.addItem(load.label, load.technician_id)
        self.area = vocab_combo(self, AREA, self.tr("(choose)"))
        select_data(self.area, call.area)
        self.deadline = QLabel(self)
        self.note = QLineEdit(self)
        self.form.addRow(self.tr("&Technician"), self.technician)
        self.form.addRow(self.tr("&Area"), self.area)
        self.form.addRow(self.tr("Arrive by"), self.deadline)
        self.form.addRow(self.tr("&Note"), self.note)
        self.area.currentIndexChanged.connect(lambda _i: self._show_deadline())
        self.reload_record()
        self.name_fields("technician", "area", "deadline", "note")
        self.technician.setFocus()

    def reload_record(self) -> None:
        """Show the call's technician and area as stored now and keep its dispatch version: a re-dispatch someone
        saves meanwhile is not overwritten unseen (core/concurrency.py)."""
        self.seen_version = version_of("service_call", self.detail.id, Action.CALL_DISPATCH.value)
        call = ServiceCall.get_by_id(self.detail.id)
        if call.technician_id is not None:
            select_data(self.technician, call.technician_id)
        select_data(self.area, call.area)
        self._show_deadline()

    def _show_deadline(self) -> None:
        area = self.area.currentData()
        if area is None:
            self.deadline.setText(self.tr("Choose the area: the deadline depends on it."))
            return
        due = deadline_for(self.detail.received_at, area)
        hours = settings.get("deadline_city_hours" if area == "city" else "deadline_suburb_hours")
        rule = self.tr("%1 working hours after the call (%2)").replace("%1", str(hours)).replace("%2", AREA.label(area))
        self.deadline.setText(f"<b>{due:%Y-%m-%d %H:%M}</b>  {rule}")

    def save(self) -> None:
        self.run({"technician": self.technician, "area": self.area}, dispatch_call, self.detail.id,
                 self.technician.currentData(), area=self.area.currentData(), note=self.note.text(),
                 seen_version=self.seen_version)  # fmt: skip


class VisitDialog(_CallForm):
    """What the technician reports: times, work done, result; for paid service labour (typed or by the time on
    site) and travel onto the call's bill, beside the parts the store issued to it, a discount, and whether the
    customer paid on site."""

    def __init__(self, session: Session, call: CallDetail, *, parent: QWidget | None = None) -> None:
        super().__init__(session, call, self.tr("Record visit"), parent=parent)
        now = clock.now()
        self.arrived = DateTimeField(now, self)
        self.finished = DateTimeField(now, self)
        self.work = QLineEdit(self)
        self.result = vocab_combo(self, VISIT_RESULT)
        self.labour, self.travel = QLineEdit(self), QLineEdit(self)
        self.labour.setObjectName("labour")
        self.travel.setObjectName("travel")
        rate = format_yuan(settings.get("labour_rate_fen_per_hour"))
        self.from_time = QCheckBox(self.tr("Labour by the time on site (¥%1 an hour)").replace("%1", rate), self)
        self.from_time.setObjectName("labour_from_time")
        self.parts = QLabel(self)
        self.parts.setObjectName("parts_on_bill")
        self.parts.setWordWrap(True)
        self.discount = QSpinBox(self)
        self.discount.setObjectName("discount_percent")
        self.discount.setRange(0, 100)
        self.discount.setSuffix(" %")
        self.discount.setSpecialValueText(self.tr("none"))
        self.discount_reason = QLineEdit(self)
        self.discount_reason.setObjectName("discount_reason")
        self.discount_reason.setMaxLength(200)
        self.discount_reason.setPlaceholderText(self.tr("Reason for the discount"))
        self.collected = QCheckBox(self.tr("Collected on site"), self)
        self.total = QLabel(self)
        self.total.setObjectName("visit_total")
        self.form.addRow(self.tr("A&rrived"), self.arrived)
        self.form.addRow(self.tr("&Finished"), self.finished)
        self.form.addRow(self.tr("&Work done"), self.work)
        self.form.addRow(self.tr("Res&ult"), self.result)
        paid = call.kind == "paid"
        self.open_parts = [line for line in call.bill.lines if line.kind == "part" and not line.settled]
        self.earlier_open = sum(line.amount_fen for line in call.bill.lines if not line.settled)
        for label, edit in ((self.tr("&Labour (yuan)"), self.labour), (self.tr("Tra&vel (yuan)"), self.travel)):
            edit.setPlaceholderText("0.00")
            edit.setEnabled(paid)
            edit.textChanged.connect(lambda _t: self._show_total())
            self.form.addRow(label, edit)
        self.from_time.setEnabled(paid)
        self.from_time.toggled.connect(lambda on: (self.labour.setEnabled(paid and not on), self._show_total()))
        self.form.addRow("", self.from_time)
        self.form.addRow(self.tr("Parts issued"), self.parts)
        discounts = paid and session.can(Action.DISCOUNT_GIVE)
        self.discount.valueChanged.connect(lambda _v: self._show_total())
        self.finished.dateTimeChanged.connect(lambda _v: self._show_total())
        self.arrived.dateTimeChanged.connect(lambda _v: self._show_total())
        self.form.addRow(self.tr("&Discount"), self.discount)
        self.form.addRow("", self.discount_reason)
        self.form.setRowVisible(self.discount, discounts)
        self.form.setRowVisible(self.discount_reason, discounts)
        self.collected.setEnabled(paid)
        self.form.addRow("", self.collected)
        self.form.addRow(self.tr("Total"), self.total)
        self._show_parts()
        self._show_total()
        self.name_fields("arrived", "finished", "work", "result", "collected")
        start_here(self.work)  # the times come filled in (now): what was done is the first thing to type

    def _show_parts(self) -> None:
        if not self.open_parts:
            self.parts.setText(self.tr("none — parts come onto the bill when the store issues them to this call"))
            return
        lines = [f"{line_text(line)} × {line.qty}  {format_yuan(line.amount_fen, True)}" for line in self.open_parts]
        self.parts.setText("<br>".join(lines))

    def _fen(self, edit: QLineEdit, field: str) -> int:
        return parse_yuan(edit.text(), field) if edit.text().strip() and edit.isEnabled() else 0

    def _minutes(self) -> int:
        seconds = (self.finished.value() - self.arrived.value()).total_seconds()
        return max(1, round(seconds / 60))

    def _show_total(self) -> None:
        if self.detail.kind != "paid":
            self.total.setText(self.tr("%1: no charge").replace("%1", CALL_KIND.label(self.detail.kind)))
            return
        try:
            labour = labour_at_rate(self._minutes()) if self.from_time.isChecked() else self._fen(self.labour, "")
            base = self.earlier_open + labour + self._fen(self.travel, "")
        except UserError:
            self.total.setText("")
            return
        total = base + discount_amount(base, self.discount.value())
        self.total.setText(f"<b>{format_yuan(total, True)}</b>")

    def save(self) -> None:
        fields = {"arrived_at": self.arrived, "finished_at": self.finished, "work_done": self.work,
                  "result": self.result, "labour": self.labour, "travel": self.travel,
                  "percent": self.discount, "reason": self.discount_reason}  # fmt: skip
        errors = FormErrors(self.error, fields)
        try:
            fees = {
                "labour_fen": self._fen(self.labour, "labour"),
                "travel_fen": self._fen(self.travel, "travel"),
                "labour_from_time": self.from_time.isChecked(),
            }
        except UserError as error:
            errors.show(error)
            return
        if self.discount.value():
            fees.update(discount_percent=self.discount.value(), discount_reason=self.discount_reason.text())
        kwargs = dict(arrived_at=self.arrived.value(), finished_at=self.finished.value(), work_done=self.work.text(),
                      result=self.result.currentData(), collected_on_site=self.collected.isChecked(), **fees)
        try:
            record_visit(self.session.actor, self.detail.id, **kwargs)
        except ApprovalNeeded as needed:
            ok, _ = approve_and_retry(self, needed, lambda approval: record_visit(
                self.session.actor, self.detail.id, approval=approval, **kwargs))
            if not ok:
                errors.show(needed)
                return
        except UserError as error:
            errors.show(error)
            return
        self.session.notify_changed("calls")
        self.accept()


class SignatureDialog(_CallForm):
    """The voucher came back signed by the customer on this date."""

    def __init__(self, session: Session, call: CallDetail, *, parent: QWidget | None = None) -> None:
        super().__init__(session, call, self.tr("Customer signed"), parent=parent)
        self.signed_on = DateField(clock.today(), self)
        self.form.addRow(self.tr("&Signed on"), self.signed_on)
        self.name_fields("signed_on")
        self.signed_on.setFocus()

    def save(self) -> None:
        self.run({"signed_on": self.signed_on}, record_signature, self.detail.id, self.signed_on.value())
