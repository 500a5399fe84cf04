"""One repair card (修护卡): what came in, diagnosis, quote and acceptance, time log, parts issued, inspection,
and the buttons for the next step — each shown only when the card's state and the person's role allow it."""

from __future__ import annotations

import datetime as dt
import functools

from PySide6.QtCore import Qt
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDialog,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QPushButton,
    QSpinBox,
    QTableWidget,
    QTableWidgetItem,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from aftersales_desktop.core import clock
from aftersales_desktop.core.concurrency import version_of
from aftersales_desktop.core.errors import ChangedMeanwhile
from aftersales_desktop.core.money import format_yuan
from aftersales_desktop.core.permissions import Action, who_may
from aftersales_desktop.core.phones import format_phone
from aftersales_desktop.core.queries.repairs import CardDetail, card_detail
from aftersales_desktop.core.services import repair_return, repairs, worklog
from aftersales_desktop.core.vocab import ACCEPT_HOW, CALL_KIND, REPAIR_STATUS
from aftersales_desktop.gui import messages
from aftersales_desktop.gui.billing.bill_panel import BillPanel
from aftersales_desktop.gui.repairs.common import (
    DateField,
    DateTimeField,
    print_card_paper,
    print_repair_tag,
    qdatetime,
)
from aftersales_desktop.gui.repairs.goods_in_dialog import technicians
from aftersales_desktop.gui.repairs.intake_panel import IntakePanel
from aftersales_desktop.gui.repairs.step_dialogs import AcceptDialog, QuoteDialog, ReturnDialog
from aftersales_desktop.gui.session import Session

WORKING = ("received", "approved", "in_repair")


def _table(parent: QWidget, headers: list[str], rows: list[list[str]], right: set[int] = frozenset()) -> QTableWidget:
    table = QTableWidget(len(rows), len(headers), parent)
    table.setHorizontalHeaderLabels(headers)
    table.verticalHeader().hide()
    table.setEditTriggers(QTableWidget.EditTrigger.NoEditTriggers)
    table.setSelectionBehavior(QTableWidget.SelectionBehavior.SelectRows)
    table.horizontalHeader().setStretchLastSection(True)
    for r, row in enumerate(rows):
        for c, text in enumerate(row):
            item = QTableWidgetItem(text)
            if c in right:
                item.setTextAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
            table.setItem(r, c, item)
    table.resizeColumnsToContents()
    return table


class CardDialog(QDialog):
    """The card screen; every button runs one service and the screen re-reads the card."""

    def __init__(self, session: Session, card_id: int, *, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.session = session
        self.card_id = card_id
        self.resize(900, 680)  # fits a 1366×768 screen with the taskbar and title bar
        self.title = QLabel(self)
        self.title.setStyleSheet("font-size: 18pt; font-weight: 600;")
        self.facts = QLabel(self)
        self.facts.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.facts.setWordWrap(True)
        # diagnosis, technician, promise
        self.diagnosis = QPlainTextEdit(self)
        self.diagnosis.setTabChangesFocus(True)
        self.diagnosis.setFixedHeight(64)
        self.technician = QComboBox(self)
        self.technician.addItem(self.tr("(not yet)"), None)
        for tech in technicians():
            self.technician.addItem(tech.name, tech.id)
        self.promised = DateField(clock.today(), self)
        self.accident = QCheckBox(self.tr("Accident repair"), self)
        self.accident.setObjectName("accident")
        self.accident.setToolTip(self.tr("An accident repair's margin is checked before it goes back (minimum in the "
                                         "settings)."))
        self.save_button = QPushButton(self.tr("&Save card"), self)
        edit = QGroupBox(self.tr("Repair"), self)
        edit_form = QFormLayout(edit)
        edit_form.addRow(self.tr("Diagnosis"), self.diagnosis)
        row = QHBoxLayout()
        row.addWidget(QLabel(self.tr("Technician"), self))
        row.addWidget(self.technician, 1)
        row.addWidget(QLabel(self.tr("Promised date"), self))
        row.addWidget(self.promised)
        row.addWidget(self.accident)
        row.addWidget(self.save_button)
        edit_form.addRow(row)
        # tabs
        self.tabs = QTabWidget(self)
        self.quote_tab, self.time_tab = QWidget(self), QWidget(self)
        self.parts_tab, self.inspect_tab = QWidget(self), QWidget(self)
        self.tabs.addTab(self.quote_tab, self.tr("Quote"))
        self.tabs.addTab(self.time_tab, self.tr("Time log"))
        self.tabs.addTab(self.parts_tab, self.tr("Parts issued"))
        self.bill_panel = BillPanel(session, repair_card_id=card_id, parent=self)
        self.tabs.addTab(self.bill_panel, self.tr("Bill"))
        self.tabs.addTab(self.inspect_tab, self.tr("Inspection"))
        self.intake = IntakePanel(session, receipt_id=card_detail(card_id).receipt.id, parent=self)
        self.tabs.addTab(self.intake, self.tr("Photos and condition"))
        for tab in (self.quote_tab, self.time_tab, self.parts_tab, self.inspect_tab):
            QVBoxLayout(tab)
        self._build_buttons()
        layout = QVBoxLayout(self)
        layout.addWidget(self.title)
        layout.addWidget(self.facts)
        layout.addWidget(edit)
        layout.addWidget(self.tabs, 1)
        layout.addLayout(self.steps)
        self.reload()
        self.tabs.setCurrentWidget(self._tab_of_next_step(self.detail.card.status))
        self._default_manual_time()

    def _default_manual_time(self) -> None:
        """By hand: the last half hour, but never before the item came in nor running into the future."""
        now = clock.now().replace(second=0, microsecond=0)
        received = self.detail.receipt.received_at.replace(second=0, microsecond=0)
        start = max(received, now - dt.timedelta(minutes=30))
        self.manual_start.setDateTime(qdatetime(start))
        self.manual_minutes.setValue(max(1, int((now - start).total_seconds() // 60)))

    def _tab_of_next_step(self, status: str) -> QWidget:
        """The card opens where its next step is done: quote, then the time log, then the inspection."""
        if status in ("approved", "in_repair", "waiting_parts"):
            return self.time_tab
        if status in ("repaired", "inspected"):
            return self.inspect_tab
        return self.quote_tab

    # ---- building -------------------------------------------------------------------------------------

    def _build_buttons(self) -> None:
        self.new_quote = QPushButton(self.tr("New &quote…"), self)
        self.accept_quote = QPushButton(self.tr("Customer &accepted…"), self)
        self.start_timer = QPushButton(self.tr("▶ S&tart timer"), self)
        self.stop_timer = QPushButton(self.tr("■ St&op timer"), self)
        self.manual_start = DateTimeField(clock.now() - dt.timedelta(hours=1), self)
        self.manual_minutes = QSpinBox(self)
        self.manual_minutes.setRange(-10000, 10000)  # the service refuses what is not a positive duration
        self.manual_minutes.setValue(30)
        self.manual_minutes.setSuffix(self.tr(" min"))
        self.manual_note = QLineEdit(self)
        self.manual_note.setPlaceholderText(self.tr("What was done"))
        self.add_minutes = QPushButton(self.tr("Add &minutes"), self)
        self.time_error = QLabel(self)
        self.time_error.setProperty("role", "error")
        self.pass_button = QPushButton(self.tr("Inspected — &pass"), self)
        self.fail_button = QPushButton(self.tr("Inspection &failed…"), self)
        self.start_repair = QPushButton(self.tr("Start &repair"), self)
        self.wait_parts = QPushButton(self.tr("&Waiting for parts"), self)
        self.resume = QPushButton(self.tr("Res&ume repair"), self)
        self.repaired = QPushButton(self.tr("Mark repaire&d"), self)
        self.give_back = QPushButton(self.tr("Return to &customer…"), self)
        self.unrepaired = QPushButton(self.tr("Return u&nrepaired…"), self)
        self.history = QPushButton(self.tr("Customer &history…"), self)
        self.cancel_card = QPushButton(self.tr("Cancel card…"), self)
        self.print_receipt = QPushButton(self.tr("Print receipt…"), self)
        self.print_card = QPushButton(self.tr("Print card…"), self)
        self.print_tag = QPushButton(self.tr("Print &tag…"), self)
        self.print_tag.setToolTip(self.tr("The small tag for the label printer (size in the settings)"))
        for name in ("diagnosis", "save_button", "new_quote", "accept_quote", "start_timer", "stop_timer",
                     "manual_start", "manual_minutes", "manual_note", "add_minutes", "pass_button", "fail_button", "start_repair", "wait_parts", "resume",
                     "repaired", "give_back", "unrepaired", "cancel_card", "print_receipt", "print_card", "history",
                     "print_tag"):
            getattr(self, name).setObjectName(name)  # findable by the journeys, whatever the language
        self.steps = QHBoxLayout()  # hidden buttons take no room: the row shows only what may be done now
        for button in (self.start_repair, self.wait_parts, self.resume, self.repaired, self.give_back,
                       self.unrepaired, self.cancel_card):
            self.steps.addWidget(button)
        self.steps.addStretch(1)
        self.steps.addWidget(self.history)
        self.steps.addWidget(self.print_receipt)
        self.steps.addWidget(self.print_card)
        self.steps.addWidget(self.print_tag)
        self.save_button.clicked.connect(self.save_card)
        self.new_quote.clicked.connect(lambda: self._dialog(QuoteDialog))
        self.accept_quote.clicked.connect(lambda: self._dialog(AcceptDialog))
        self.start_timer.clicked.connect(lambda: self._run(worklog.start_timer, self.card_id))
        self.stop_timer.clicked.connect(self._stop_timer)
        self.add_minutes.clicked.connect(self.add_manual_minutes)
        self.pass_button.clicked.connect(lambda: self._run(repair_return.inspect, self.card_id, passed=True))
        self.fail_button.clicked.connect(self.fail_inspection)
        self.start_repair.clicked.connect(lambda: self._run(repairs.start_repair, self.card_id))
        self.wait_parts.clicked.connect(lambda: self._run(repairs.wait_for_parts, self.card_id))
        self.resume.clicked.connect(lambda: self._run(repairs.resume_repair, self.card_id))
        self.repaired.clicked.connect(lambda: self._run(repairs.mark_repaired, self.card_id))
        self.give_back.clicked.connect(lambda: self._dialog(ReturnDialog))
        self.unrepaired.clicked.connect(lambda: self._dialog(functools.partial(ReturnDialog, unrepaired=True)))
        self.cancel_card.clicked.connect(self.cancel)
        self.history.clicked.connect(self._show_history)
        self.print_receipt.clicked.connect(lambda: print_card_paper(self.session, self, self.card_id, "receipt"))
        self.print_card.clicked.connect(lambda: print_card_paper(self.session, self, self.card_id, "card"))
        self.print_tag.clicked.connect(lambda: print_repair_tag(self, self.card_id))
        self._tables: dict[QWidget, QTableWidget] = {}
        self.quote_note, self.time_note, self.parts_note = QLabel(self), QLabel(self), QLabel(self)
        self.inspect_note = QLabel(self.tr("Inspected by %1, never by whoever did the repair.").replace(
            "%1", str(who_may(Action.REPAIR_INSPECT))), self)
        timer = QHBoxLayout()
        for widget in (self.start_timer, self.stop_timer):
            timer.addWidget(widget)
        timer.addSpacing(24)
        self.manual_label = QLabel(self.tr("By hand: from"), self)
        timer.addWidget(self.manual_label)
        for widget, stretch in ((self.manual_start, 0), (self.manual_minutes, 0), (self.manual_note, 1),
                                (self.add_minutes, 0)):  # fmt: skip
            timer.addWidget(widget, stretch)
        for tab, note, rows in (
            (self.quote_tab, self.quote_note, [self.new_quote, self.accept_quote]),
            (self.time_tab, self.time_note, timer),
            (self.parts_tab, self.parts_note, []),
            (self.inspect_tab, self.inspect_note, [self.pass_button, self.fail_button]),
        ):
            layout = tab.layout()
            layout.addWidget(note)
            if isinstance(rows, QHBoxLayout):
                layout.addLayout(rows)
                layout.addWidget(self.time_error)
            elif rows:
                line = QHBoxLayout()
                for widget in rows:
                    line.addWidget(widget)
                line.addStretch(1)
                layout.addLayout(line)
        QShortcut(QKeySequence("Ctrl+S"), self, self.save_card)
        QShortcut(QKeySequence("F5"), self, self.reload)

    # ---- showing --------------------------------------------------------------------------------------

    def reload(self) -> None:
        """Re-read the card and show it; buttons follow its state and the person's role."""
        detail = card_detail(self.card_id)
        self.detail = detail
        # the card as this form shows it: a save after someone else's edit is refused (core/concurrency.py)
        self.seen_version = version_of("repair_card", self.card_id, Action.REPAIR_EDIT.value)
        card, receipt = detail.card, detail.receipt
        words = {
            "card": self.tr("Repair card"), "late": self.tr("past the promised date"), "receipt": self.tr("Receipt"),
            "received": self.tr("Received"), "promised": self.tr("Promised"), "fault": self.tr("Stated fault"),
            "accessories": self.tr("Accessories"), "condition": self.tr("Condition"),
        }
        self.setWindowTitle(f"{words['card']} {card.number}")
        late = card.status in ("received", "quoted", "approved", "in_repair", "waiting_parts", "repaired") and (
            card.promised_on < clock.today()
        )
        colour = "#b3261e" if late else "#1f2933"
        self.title.setText(
            f"<span style='color:{colour}'>{card.number}</span> · {REPAIR_STATUS.label(card.status)}"
            + (f" · <span style='color:#b3261e'>{words['late']}</span>" if late else "")
        )
        customer, product = receipt.customer, receipt.product
        self.facts.setText(
            f"<b>{customer.name}</b> {format_phone(customer.phone)} · {product.name} {product.model} #{product.serial or '—'}"
            f" · {CALL_KIND.label(card.call.kind)}<br>"
            f"{words['receipt']} {receipt.number} · {words['received']} {receipt.received_at:%Y-%m-%d %H:%M}"
            f" · {words['promised']} {card.promised_on.isoformat()}<br>"
            f"{words['fault']}: {receipt.stated_fault} · {words['accessories']}: {receipt.accessories or '—'}"
            f" · {words['condition']}: {receipt.condition or '—'}"
        )
        # time by hand starts once the item is in; a start in the future is refused by the service in words
        self.manual_start.setMinimumDateTime(qdatetime(receipt.received_at.replace(second=0, microsecond=0)))
        self.diagnosis.setPlainText(card.diagnosis)
        self.technician.setCurrentIndex(max(0, self.technician.findData(card.technician_id)))
        self.promised.setDate(DateField(card.promised_on).date())
        self.accident.setChecked(bool(card.accident))
        self.bill_panel.reload()
        self._fill_quote(detail)
        self._fill_time(detail)
        self._fill_parts(detail)
        self._fill_inspections(detail)
        self._enable(detail)

    def _put_table(self, tab: QWidget, table: QTableWidget) -> None:
        """Swap the tab's table for a freshly filled one (the rest of the tab stays)."""
        old = self._tables.get(tab)
        if old is None:
            tab.layout().insertWidget(1, table)
        else:
            tab.layout().replaceWidget(old, table)
            old.deleteLater()
        self._tables[tab] = table

    def _fill_quote(self, d: CardDetail) -> None:
        rows = [
            [f"v{q.version}", format_yuan(q.labour_fen), format_yuan(q.parts_fen), format_yuan(q.travel_fen),
             format_yuan(q.labour_fen + q.parts_fen + q.travel_fen), q.note,
             f"{q.accepted_by_name} · {ACCEPT_HOW.label(q.accepted_how)} · {q.accepted_at:%Y-%m-%d %H:%M}"
             if q.accepted_at else self.tr("not accepted yet")]
            for q in d.quotes
        ]  # fmt: skip
        table = _table(self, [self.tr("Version"), self.tr("Labour"), self.tr("Parts"), self.tr("Travel"),
                              self.tr("Total"), self.tr("Note"), self.tr("Accepted")], rows, {1, 2, 3, 4})
        self.quote_note.setText(
            self.tr("Paid and out-of-warranty work: quote first; no work before the customer accepts.")
            if d.card.needs_quote else self.tr("No quote needed: warranty or contract work.")
        )
        self._put_table(self.quote_tab, table)

    def _fill_time(self, d: CardDetail) -> None:
        rows = [
            [e.technician.name, f"{e.started_at:%Y-%m-%d %H:%M}", f"{e.ended_at:%H:%M}" if e.ended_at else "…",
             str(e.minutes) if e.ended_at else self.tr("running"), CALL_KIND.label(e.kind), e.note]
            for e in d.time_entries
        ]  # fmt: skip
        table = _table(self, [self.tr("Technician"), self.tr("Start"), self.tr("End"), self.tr("Minutes"),
                              self.tr("Kind"), self.tr("Note")], rows, {3})
        self.time_note.setText(self.tr("Total: %1 minutes").replace("%1", str(d.minutes)))
        self._put_table(self.time_tab, table)

    def _fill_parts(self, d: CardDetail) -> None:
        rows = [
            [i.part.code, i.part.name, str(i.qty), str(i.returned_qty), self.tr("yes") if i.used else "",
             format_yuan(i.unit_cost_fen), format_yuan(i.unit_price_fen),
             format_yuan((i.qty - i.returned_qty) * i.unit_price_fen), f"{i.issued_at:%Y-%m-%d}"]
            for i in d.part_issues
        ]  # fmt: skip
        table = _table(self, [self.tr("Code"), self.tr("Part"), self.tr("Qty"), self.tr("Returned"), self.tr("Used"),
                              self.tr("Cost"), self.tr("Price"), self.tr("Amount"), self.tr("Issued")],
                       rows, {2, 3, 5, 6, 7})  # fmt: skip
        at_price = sum((i.qty - i.returned_qty) * i.unit_price_fen for i in d.part_issues)
        if d.card.call.kind == "paid":
            text = self.tr("Parts are issued by the store against this card and go onto its bill at price: ¥%1")
        else:
            text = self.tr("Parts are issued by the store against this card; warranty or contract work: not charged "
                           "(at price ¥%1).")
        self.parts_note.setText(text.replace("%1", format_yuan(at_price)))
        self._put_table(self.parts_tab, table)

    def _fill_inspections(self, d: CardDetail) -> None:
        rows = [[f"{i.at:%Y-%m-%d %H:%M}", i.inspector.name, self.tr("passed") if i.passed else self.tr("failed"),
                 i.note] for i in d.inspections]  # fmt: skip
        table = _table(self, [self.tr("When"), self.tr("Inspector"), self.tr("Result"), self.tr("Note")], rows)
        self._put_table(self.inspect_tab, table)

    def _enable(self, d: CardDetail) -> None:
        s, can, status = self.session, self.session.can, d.card.status
        running = any(e.ended_at is None for e in d.time_entries)
        workable = repairs.may_work(d.card)  # paid work waits for the accepted quote
        mine = s.actor is not None and any(e.ended_at is None and e.technician_id == s.actor.id for e in d.time_entries)
        shown = {
            self.save_button: can(Action.REPAIR_EDIT) and status in repairs.OPEN_STATES,
            self.new_quote: can(Action.QUOTE_EDIT) and status in repairs.BEFORE_REPAIRED and not running,
            self.accept_quote: can(Action.QUOTE_ACCEPT) and status == "quoted",
            self.start_timer: can(Action.TIME_RECORD) and status in WORKING and workable and not mine,
            self.stop_timer: can(Action.TIME_RECORD) and running,
            self.add_minutes: can(Action.TIME_RECORD) and status in worklog.MANUAL_STATES and workable,
            self.pass_button: can(Action.REPAIR_INSPECT) and status == "repaired",
            self.fail_button: can(Action.REPAIR_INSPECT) and status == "repaired",
            self.start_repair: can(Action.REPAIR_EDIT) and status in ("received", "approved") and workable,
            self.wait_parts: can(Action.REPAIR_EDIT) and status == "in_repair",
            self.resume: can(Action.REPAIR_EDIT) and status == "waiting_parts",
            self.repaired: can(Action.REPAIR_EDIT) and status == "in_repair",
            self.give_back: can(Action.GOODS_RETURN) and status == "inspected",
            self.unrepaired: can(Action.GOODS_RETURN) and status in repairs.BEFORE_REPAIRED,
            self.cancel_card: can(Action.REPAIR_EDIT) and status in ("received", "quoted"),
            self.print_receipt: can(Action.GOODS_RECEIVE),
            self.print_card: can(Action.GOODS_RECEIVE),
            self.print_tag: can(Action.GOODS_RECEIVE),
        }
        for widget, visible in shown.items():
            widget.setVisible(visible)
        for widget in (self.manual_label, self.manual_start, self.manual_minutes, self.manual_note):
            widget.setVisible(shown[self.add_minutes])
        self.diagnosis.setReadOnly(not shown[self.save_button])
        self.accident.setEnabled(shown[self.save_button])

    # ---- steps ----------------------------------------------------------------------------------------

    def _run(self, fn, *args, **kwargs) -> bool:  # type: ignore[no-untyped-def]
        ok, _result = self.session.call(self, fn, self.session.actor, *args, **kwargs)
        if ok:
            self.session.notify_changed("repairs")
        self.reload()
        return ok

    def _dialog(self, factory) -> None:  # type: ignore[no-untyped-def]
        dialog = factory(self.session, self.detail.card, parent=self)
        dialog.exec()
        self.reload()

    def _show_history(self) -> None:
        from aftersales_desktop.gui.history_dialog import show_history

        show_history(self.session, self, "repair_card", self.card_id)

    def reload_record(self) -> None:
        self.reload()

    def save_card(self) -> None:
        ok, _card = self.session.call(
            self, repairs.update_card, self.session.actor, self.card_id, diagnosis=self.diagnosis.toPlainText(),
            technician_id=self.technician.currentData(), promised_on=self.promised.value(),
            accident=self.accident.isChecked(), seen_version=self.seen_version)
        if ok:
            self.session.notify_changed("repairs")
        if ok or not isinstance(self.session.last_error, ChangedMeanwhile):
            self.reload()  # refused because of someone else's save: what was typed stays until Reload

    def _stop_timer(self) -> None:
        actor = self.session.actor
        running = [e for e in self.detail.time_entries if e.ended_at is None]
        entry = next((e for e in running if actor and e.technician_id == actor.id), running[0] if running else None)
        if entry is None:
            return
        if entry.started_at.date() == clock.today():
            self._run(worklog.stop_timer, entry.id)
            return
        # left running from an earlier day: ask when the work really ended on that day
        answer = messages.ask_reason(
            self, self.tr("Stop timer"),
            self.tr("The timer has run since %1. When did the work end that day? (HH:MM)")
            .replace("%1", f"{entry.started_at:%Y-%m-%d %H:%M}"),
        )
        if not answer:
            return
        try:
            ended = dt.datetime.combine(entry.started_at.date(), dt.time.fromisoformat(answer.strip().zfill(5)))
        except ValueError:
            messages.warn(self, self.tr("Write the time as HH:MM, e.g. 17:30."))
            return
        self._run(worklog.stop_timer, entry.id, ended_at=ended)

    def add_manual_minutes(self) -> None:
        self.time_error.clear()
        ok, _entry = self.session.call(
            self, worklog.add_card_minutes, self.session.actor, self.card_id, started_at=self.manual_start.value(),
            minutes=self.manual_minutes.value(), note=self.manual_note.text(),
        )
        if ok:
            self.manual_note.clear()
            self.session.notify_changed("repairs")
            self.reload()
            self._default_manual_time()
        elif self.session.last_error is not None:
            self.time_error.setText(self.session.last_error.message)  # the typed values stay for correcting

    def fail_inspection(self) -> None:
        note = messages.ask_reason(self, self.tr("Inspection failed"), self.tr("What is still wrong?"))
        if note:
            self._run(repair_return.inspect, self.card_id, passed=False, note=note)

    def cancel(self) -> None:
        reason = messages.ask_reason(self, self.tr("Cancel card"), self.tr("Why is this card cancelled?"))
        if reason:
            self._run(repair_return.cancel_card, self.card_id, reason)

