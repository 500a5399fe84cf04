"""The Calls page: the call register (叫修登记簿) as a lazy list with filters, the selected call in full, and
everything done to a call — register, dispatch, visit, signature, close, reopen, void, and its voucher."""

from __future__ import annotations

import datetime as dt

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, Qt
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QAbstractItemView,
    QCheckBox,
    QComboBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QSplitter,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from aftersales_desktop.core import clock
from aftersales_desktop.core.models import Customer, Product, Staff, Voucher
from aftersales_desktop.core.permissions import Action
from aftersales_desktop.core.phones import format_phone
from aftersales_desktop.core.queries.call_detail import CallDetail, call_detail
from aftersales_desktop.core.queries.calls import CallFilter, CallRow, list_calls
from aftersales_desktop.core.vocab import AREA, CALL_KIND, CALL_STATUS
from aftersales_desktop.gui import messages
from aftersales_desktop.gui.calls.common import hours_text, select_data, vocab_combo, voucher
from aftersales_desktop.gui.calls.detail_panel import CallDetailPanel
from aftersales_desktop.gui.session import Session
from aftersales_desktop.gui.widgets.flow_layout import FlowLayout
from aftersales_desktop.gui.widgets.live_search import LiveSearch
from aftersales_desktop.gui.widgets.paged_table import Column, PagedTableModel
from aftersales_desktop.gui.widgets.table_state import remember_columns

RIGHT = Qt.AlignmentFlag.AlignRight
COLUMNS = [
    Column(QT_TRANSLATE_NOOP("Columns", "Call no."), lambda r: ("★ " if r.priority else "") + r.number),
    Column(QT_TRANSLATE_NOOP("Columns", "Call received"), lambda r: r.received_at),
    Column(QT_TRANSLATE_NOOP("Columns", "Status"), lambda r: CALL_STATUS.label(r.status)),
    Column(QT_TRANSLATE_NOOP("Columns", "Time left"), lambda r: time_left_text(r), RIGHT),
    Column(QT_TRANSLATE_NOOP("Columns", "Customer"), lambda r: (r.customer or "—") + (" ↺" if r.repeat else "")),
    Column(QT_TRANSLATE_NOOP("Columns", "Phone"), lambda r: format_phone(r.phone)),
    Column(QT_TRANSLATE_NOOP("Columns", "Product"), lambda r: r.product),
    Column(QT_TRANSLATE_NOOP("Columns", "Kind"), lambda r: CALL_KIND.label(r.kind)),
    Column(QT_TRANSLATE_NOOP("Columns", "Technician"), lambda r: r.technician),
    Column(QT_TRANSLATE_NOOP("Columns", "Area"), lambda r: AREA.label(r.area)),
    Column(QT_TRANSLATE_NOOP("Columns", "Deadline"), lambda r: r.deadline_at),
]
WIDTHS = [122, 118, 70, 96, 70, 100, 165, 72, 60, 44, 118]
THIS_MONTH = -1  # a period choice: from the first of the month
PERIODS = [
    (QT_TRANSLATE_NOOP("CallsPage", "Any time"), None),
    (QT_TRANSLATE_NOOP("CallsPage", "Today"), 0),
    (QT_TRANSLATE_NOOP("CallsPage", "This month"), THIS_MONTH),
    (QT_TRANSLATE_NOOP("CallsPage", "Last 7 days"), 6),
    (QT_TRANSLATE_NOOP("CallsPage", "Last 30 days"), 29),
    (QT_TRANSLATE_NOOP("CallsPage", "Last 3 months"), 91),
    (QT_TRANSLATE_NOOP("CallsPage", "Last 12 months"), 365),
]


def time_left_text(row: CallRow) -> str:
    """Working hours to the deadline while nobody has arrived; once someone has, whether it was in time."""
    if row.arrival_late is not None and row.hours_left is None:
        return _tr("⚠ arrived late") if row.arrival_late else _tr("on time")
    return hours_text(row.hours_left)


def _tr(text: str) -> str:
    return QCoreApplication.translate("CallsPage", text)


_MARKS = (QT_TRANSLATE_NOOP("CallsPage", "⚠ arrived late"), QT_TRANSLATE_NOOP("CallsPage", "on time"))


def row_style(row: CallRow) -> str | None:
    if row.overdue:
        return "overdue"
    if row.priority:
        return "priority"
    return "muted" if row.status in ("closed", "void") else None


class CallsPage(QWidget):
    """The call register with its filters; actions on the selected call; the voucher one click away."""

    def __init__(self, session: Session, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.session = session
        self._shown = 0  # details shown so far: a refresh whose new selection showed one does not read it again
        self._build_actions()
        self._build_filters()
        self.model = PagedTableModel(COLUMNS, row_style=row_style, parent=self)
        # the list and the detail are made inside the splitter: moving a built widget into another parent
        # restyles every widget inside it again
        splitter = QSplitter(self)
        self.view = QTableView(splitter)
        self.view.setObjectName("call_list")
        self.view.setModel(self.model)
        self.view.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.view.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.view.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.view.verticalHeader().hide()
        self.view.setAlternatingRowColors(True)
        self.view.setWordWrap(False)
        self.view.horizontalHeader().setStretchLastSection(True)
        for column, width in enumerate(WIDTHS):
            self.view.setColumnWidth(column, width)
        remember_columns(self.view, "calls/register")
        self.detail = CallDetailPanel(splitter)
        splitter.addWidget(self.view)
        splitter.addWidget(self.detail)
        splitter.setStretchFactor(0, 3)
        splitter.setStretchFactor(1, 1)
        splitter.setSizes([1000, 300])
        self.count_label = QLabel(self)
        layout = QVBoxLayout(self)
        layout.addLayout(self.actions)
        layout.addLayout(self.filters)
        layout.addWidget(splitter, 1)
        layout.addWidget(self.count_label)
        self.view.selectionModel().currentRowChanged.connect(lambda *_: self._show_current())
        self.view.activated.connect(lambda _i: self.dispatch() if self._can_dispatch() else None)
        session.data_changed.connect(self._changed)
        self.live = LiveSearch.on_pause(self.search, self.refresh)
        self.refresh()

    # ---- building -------------------------------------------------------------------------------------

    def _button(self, name: str, text: str, slot, shortcut: str | None = None, tip: str = "") -> QPushButton:  # type: ignore[no-untyped-def]
        button = QPushButton(text, self)
        button.setObjectName(name)
        button.clicked.connect(lambda: slot())
        if shortcut:
            QShortcut(QKeySequence(shortcut), self, slot)
            button.setToolTip(f"{tip or text.replace('&', '')} ({shortcut})")
        self.actions.addWidget(button)
        return button

    def _build_actions(self) -> None:
        self.actions = FlowLayout()  # wraps when narrow: eleven buttons are wider than the screen in English
        s = self.session
        self.register_button = self._button("register_call", self.tr("&Register call…"), self.register_call, "Ctrl+N")
        self.register_button.setDefault(False)
        self.register_button.setProperty("role", "primary")
        self.answer_button = self._button("answered", self.tr("&Answered"), self.record_answer,
                                          tip=self.tr("The customer has been given a first answer"))  # fmt: skip
        self.dispatch_button = self._button("dispatch", self.tr("&Dispatch…"), self.dispatch, "Ctrl+D")
        self.visit_button = self._button("visit", self.tr("&Visit…"), self.record_visit, "Ctrl+Shift+V")
        self.bill_button = self._button("open_bill", self.tr("&Bill…"), self.open_bill)
        self.sign_button = self._button("signed", self.tr("Si&gned…"), self.record_signature)
        self.close_button = self._button("close_call", self.tr("&Close"), self.close_call)
        self.reopen_button = self._button("reopen", self.tr("R&eopen…"), self.reopen_call)
        self.void_button = self._button("void", self.tr("Vo&id…"), self.void_call)
        self.history_button = self._button("history", self.tr("Histor&y…"), self.show_history,
                                           tip=self.tr("Everything on file for this customer"))
        self.actions.add_gap(16)
        self.print_button = self._button("print_voucher", self.tr("&Print voucher"), lambda: self.print_voucher("print"), "Ctrl+P")
        self.preview_button = self._button("preview", self.tr("Previe&w"), lambda: self.print_voucher("preview"), "Ctrl+Shift+P")
        self.pdf_button = self._button("save_pdf", self.tr("&Save as PDF…"), lambda: self.print_voucher("pdf"), "Ctrl+Shift+S")
        allowed = {
            self.register_button: Action.CALL_REGISTER, self.answer_button: Action.CALL_REGISTER,
            self.dispatch_button: Action.CALL_DISPATCH, self.visit_button: Action.VISIT_RECORD,
            self.bill_button: Action.BILL_EDIT,
            self.sign_button: Action.VISIT_RECORD, self.close_button: Action.CALL_CLOSE,
            self.reopen_button: Action.CALL_REOPEN, self.void_button: Action.CALL_VOID,
            self.print_button: Action.VOUCHER_PRINT, self.preview_button: Action.VOUCHER_PRINT,
            self.pdf_button: Action.VOUCHER_PRINT,
        }  # fmt: skip
        for button, action in allowed.items():
            button.setVisible(s.can(action))

    def _build_filters(self) -> None:
        self.filters = QHBoxLayout()
        self.search = QLineEdit(self)
        self.search.setObjectName("call_search")
        self.search.setPlaceholderText(self.tr("Search: call no., customer, initials, phone, model, serial, problem"))
        self.search.setClearButtonEnabled(True)
        self.status = QComboBox(self)
        self.status.addItem(self.tr("All calls"), None)
        self.status.addItem(self.tr("Open calls"), "open")
        for code, label in CALL_STATUS.choices():
            self.status.addItem(label, code)
        self.kind = vocab_combo(self, CALL_KIND, self.tr("All kinds"))
        self.technician = QComboBox(self)
        self.technician.addItem(self.tr("All technicians"), None)
        left = self.tr("left the shop")
        for staff in Staff.select().where(Staff.role == "technician").order_by(~Staff.active, Staff.name):
            self.technician.addItem(staff.name if staff.active else f"{staff.name} ({left})", staff.id)
        self.period = QComboBox(self)
        for text, days in PERIODS:
            self.period.addItem(self.tr(text), days)
        self.overdue = QCheckBox(self.tr("&Overdue"), self)
        self.not_dispatched = QCheckBox(self.tr("&Not dispatched"), self)
        self.late = QCheckBox(self.tr("Arrived &late"), self)
        self.late.setObjectName("calls_arrived_late")
        self.due_today = False
        self.day: tuple[str, dt.datetime, dt.datetime] | None = None  # a Today chart's bar, until a filter changes
        self.day_note = QLabel(self)
        self.day_note.setObjectName("day_note")
        self.day_note.setProperty("role", "hint")
        self.day_note.hide()
        self.filters.addWidget(self.day_note)
        for widget in (self.search, self.status, self.kind, self.technician, self.period, self.overdue,
                       self.not_dispatched, self.late):  # fmt: skip
            self.filters.addWidget(widget, 3 if widget is self.search else 0)
        for combo in (self.status, self.kind, self.technician, self.period):
            combo.currentIndexChanged.connect(lambda _i: self._filters_changed())
        for box in (self.overdue, self.not_dispatched, self.late):
            box.toggled.connect(lambda _on: self._filters_changed())

    # ---- the list -------------------------------------------------------------------------------------

    def _filters_changed(self) -> None:
        self.due_today = False
        self._set_day(None)
        self.refresh()

    def current_filter(self) -> CallFilter:
        days, today = self.period.currentData(), clock.today()
        since = today.replace(day=1) if days == THIS_MONTH else (today - dt.timedelta(days=days) if days is not None else None)
        return CallFilter(
            status=self.status.currentData(), kind=self.kind.currentData(), technician_id=self.technician.currentData(),
            date_from=since, overdue=self.overdue.isChecked(), not_dispatched=self.not_dispatched.isChecked(),
            due_today=self.due_today, late=self.late.isChecked(), text=self.search.text(), day=self.day,
        )  # fmt: skip

    def refresh(self, keep: int | None = None) -> None:
        """Re-run the list with the filters; keeps the selected call selected when it is still listed."""
        keep = keep if keep is not None else self.current_call_id()
        self.model.set_query(list_calls(self.current_filter()))
        self.count_label.setText(self.tr("%1 call(s)").replace("%1", self.model.count_text()))
        shown = self._shown
        if not (keep is not None and self.select_call(keep)) and self.model.rowCount():
            self.view.setCurrentIndex(self.model.index(0, 0))  # the detail and the actions are ready at once
        if self._shown == shown:  # the selection did not move (nothing listed): the detail is read here
            self._show_current()

    def _changed(self, area: str) -> None:
        if area in ("", "calls", "repairs"):
            self.refresh()

    def current_call_id(self) -> int | None:
        row = self.model.row_at(self.view.currentIndex())
        return row.id if row is not None else None

    def select_call(self, call_id: int) -> bool:
        """Select the call when it is among the fetched rows (priority and recent calls are on top)."""
        row = self.model.row_of_id(call_id)  # by id: no row is read to find it
        if row < 0:
            return False
        self.view.setCurrentIndex(self.model.index(row, 0))
        self.view.scrollTo(self.model.index(row, 0))
        return True

    def _detail(self) -> CallDetail | None:
        call_id = self.current_call_id()
        return call_detail(call_id) if call_id is not None else None

    def _show_current(self) -> None:
        self._shown += 1
        detail = self._detail()
        self.detail.show_call(detail)
        status = detail.status if detail else None
        enable = {
            self.answer_button: detail is not None and detail.first_answer_at is None and status != "void",
            self.dispatch_button: status in ("registered", "dispatched", "visited"),
            self.visit_button: status in ("dispatched", "visited"),
            self.bill_button: detail is not None and status != "void",
            self.sign_button: status in ("dispatched", "visited", "in_shop", "done") and not (detail and detail.signed),
            self.close_button: status == "done",
            self.reopen_button: status == "closed",
            self.void_button: status not in (None, "void"),
            self.print_button: detail is not None and status != "void",
            self.preview_button: detail is not None,
            self.pdf_button: detail is not None and status != "void",
            self.history_button: detail is not None and bool(detail.customer),
        }
        for button, on in enable.items():
            button.setEnabled(bool(on))

    def _can_dispatch(self) -> bool:
        return self.dispatch_button.isVisible() and self.dispatch_button.isEnabled()

    # ---- actions --------------------------------------------------------------------------------------

    def register_call(self) -> int | None:
        """Open the registration form; the new call is selected afterwards. Returns its id."""
        if not self.session.can(Action.CALL_REGISTER):
            return None
        from aftersales_desktop.gui.calls.register_dialog import RegisterCallDialog  # with the first call

        dialog = RegisterCallDialog(self.session, parent=self)
        if not dialog.exec() or dialog.call is None:
            return None
        self.refresh(keep=dialog.call.id)
        self.view.setFocus()
        return dialog.call.id

    def _with_detail(self, dialog_name: str) -> None:
        detail = self._detail()
        if detail is not None:
            from aftersales_desktop.gui.calls import action_dialogs  # loaded with the first one opened

            getattr(action_dialogs, dialog_name)(self.session, detail, parent=self).exec()

    def dispatch(self) -> None:
        if self.session.can(Action.CALL_DISPATCH):
            self._with_detail("DispatchDialog")

    def record_visit(self) -> None:
        if self.session.can(Action.VISIT_RECORD):
            self._with_detail("VisitDialog")

    def open_bill(self) -> None:
        """The call's bill: its lines, discounts, and putting what is open onto the invoice list."""
        call_id = self.current_call_id()
        if call_id is not None and self.session.can(Action.BILL_EDIT):
            from aftersales_desktop.gui.billing.bill_panel import BillDialog  # with the first bill opened

            BillDialog(self.session, call_id, parent=self).exec()
            self._show_current()

    def record_signature(self) -> None:
        if self.session.can(Action.VISIT_RECORD):
            self._with_detail("SignatureDialog")

    def _run(self, fn, *args) -> bool:  # type: ignore[no-untyped-def]
        ok, _ = self.session.call(self, fn, self.session.actor, *args)
        if ok:
            self.session.notify_changed("calls")
        return ok

    # the services below load with the first use, not with the page (with their own imports, a tenth of opening it)
    def record_answer(self) -> None:
        from aftersales_desktop.core.services.calls import record_first_answer

        call_id = self.current_call_id()
        if call_id is not None:
            self._run(record_first_answer, call_id)

    def close_call(self) -> None:
        detail = self._detail()
        if detail is None:
            return
        text = self.tr("Close call %1 and file its voucher?").replace("%1", detail.number)
        if messages.confirm(self, text, default_yes=True):  # the work is done: Enter closes it
            from aftersales_desktop.core.services.call_visits import close_call

            self._run(close_call, detail.id)

    def _with_reason(self, fn, title: str) -> None:  # type: ignore[no-untyped-def]
        detail = self._detail()
        if detail is None:
            return
        reason = messages.ask_reason(self, f"{title} {detail.number}", self.tr("Reason (kept in the record):"))
        if reason:
            self._run(fn, detail.id, reason)

    def reopen_call(self) -> None:
        from aftersales_desktop.core.services.call_visits import reopen_call

        self._with_reason(reopen_call, self.tr("Reopen"))

    def void_call(self) -> None:
        from aftersales_desktop.core.services.call_visits import void_call

        self._with_reason(void_call, self.tr("Void"))

    def show_history(self) -> None:
        """The customer's file: calls, repairs, contracts, complaints, survey answers."""
        from aftersales_desktop.gui.history_dialog import show_history

        call_id = self.current_call_id()
        if call_id is not None:
            show_history(self.session, self, "call", call_id)

    def print_voucher(self, mode: str) -> object | None:
        """Print (Qt's dialog), preview, or save as PDF the selected call's voucher."""
        call_id = self.current_call_id()
        if call_id is None:
            return None
        return voucher(self.session, self, call_id, mode)  # type: ignore[arg-type]

    # ---- what the main window calls -------------------------------------------------------------------

    def apply_filter(self, key: str) -> None:
        """Today page numbers: 'open', 'not_dispatched', 'due_today', 'overdue', 'late_month' (arrived late this month)."""
        for widget in (self.status, self.kind, self.technician, self.period, self.overdue, self.not_dispatched,
                       self.late):
            widget.blockSignals(True)
        self.search.blockSignals(True)
        self.search.clear()
        self.kind.setCurrentIndex(0)
        self.technician.setCurrentIndex(0)
        self.period.setCurrentIndex(self.period.findData(THIS_MONTH) if key == "late_month" else 0)
        select_data(self.status, "open" if key in ("open", "due_today", "overdue") else None)
        self.late.setChecked(key == "late_month")
        self.overdue.setChecked(key == "overdue")
        self.not_dispatched.setChecked(key == "not_dispatched")
        for widget in (self.status, self.kind, self.technician, self.period, self.overdue, self.not_dispatched,
                       self.late, self.search):  # fmt: skip
            widget.blockSignals(False)
        self.due_today = key == "due_today"
        self._set_day(key)
        self.refresh()

    def _set_day(self, key: str | None) -> None:
        """'received:2026-03-10', 'closed:…' or 'late:…' (a Today chart's bar) shows that day's calls."""
        from aftersales_desktop.core.queries.today_charts import window_of

        what, _sep, day = (key or "").partition(":")
        words = {"received": self.tr("received on %1"), "closed": self.tr("closed on %1"),
                 "late": self.tr("received on %1, reached late")}
        try:
            window = window_of(dt.date.fromisoformat(day), clock.today()) if what in words else None
        except ValueError:
            window = None
        self.day = (what, window.start, window.end) if window is not None else None
        self.day_note.setText(words[what].replace("%1", day) if window is not None else "")
        self.day_note.setVisible(window is not None)

    def open_record(self, kind: str, record_id: int) -> None:
        """A search hit: a call (or its voucher) is selected; a customer or product fills the search box."""
        if kind == "voucher":
            found = Voucher.get_or_none(Voucher.id == record_id)
            kind, record_id = "call", (found.call_id if found else 0)
        if kind == "call":
            self.apply_filter("")
            if not self.select_call(record_id):
                detail = call_detail(record_id)
                self.search.setText(detail.number)
                self.refresh(keep=record_id)
        elif kind in ("customer", "product"):
            customer = Customer.get_or_none(Customer.id == record_id) if kind == "customer" else None
            product = Product.get_or_none(Product.id == record_id) if kind == "product" else None
            text = format_phone(customer.phone) if customer else (product.serial or product.model if product else "")
            self.apply_filter("")
            self.search.setText(text)
            self.refresh()
