"""The log itself: entries (lazy list) filtered by person, month and rule, with record, void, print, acknowledge."""

from __future__ import annotations

from PySide6.QtCore import QT_TRANSLATE_NOOP, QModelIndex, Qt
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QAbstractItemView,
    QCheckBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from aftersales_desktop.core import clock
from aftersales_desktop.core.errors import UserError
from aftersales_desktop.core.i18n import T
from aftersales_desktop.core.money import format_yuan
from aftersales_desktop.core.permissions import Action
from aftersales_desktop.core.queries.conduct import EntryRow, entries, entry, sees_all
from aftersales_desktop.core.services.conduct import acknowledge_entry as acknowledge
from aftersales_desktop.core.services.conduct import mark_notice_printed, rest_words, void_entry
from aftersales_desktop.core.vocab import ENTRY_KIND
from aftersales_desktop.export.papers.penalty_notice import penalty_notice
from aftersales_desktop.gui import messages
from aftersales_desktop.gui.conduct.entry_dialog import RecordEntryDialog
from aftersales_desktop.gui.conduct.pickers import RuleCombo, StaffCombo
from aftersales_desktop.gui.session import Session
from aftersales_desktop.gui.widgets.paged_table import Column, PagedTableModel, keep_current
from aftersales_desktop.gui.widgets.table_state import remember_columns

RIGHT = Qt.AlignmentFlag.AlignRight


def _penalty(row: EntryRow) -> str:
    parts = []
    if row.rest_half_days:
        parts.append(str(rest_words(row.rest_half_days)))
    if row.self_criticism:
        parts.append(str(T("书面检讨", "self-criticism")))
    if row.dismissal:
        parts.append(str(T("开除", "dismissal")))
    return ",".join(parts)


COLUMNS = [
    Column(QT_TRANSLATE_NOOP("Columns", "No."), lambda r: r.number),
    Column(QT_TRANSLATE_NOOP("Columns", "When"), lambda r: r.occurred_at),
    Column(QT_TRANSLATE_NOOP("Columns", "Staff member"), lambda r: r.staff_name),
    Column(QT_TRANSLATE_NOOP("Columns", "Kind"), lambda r: ENTRY_KIND.label(r.kind)),
    Column(QT_TRANSLATE_NOOP("Columns", "Rule"), lambda r: f"{r.rule_code} {r.rule_title}",
           tooltip=lambda r: r.rule_title),
    Column(QT_TRANSLATE_NOOP("Columns", "Time in period"), lambda r: r.ladder_step or "", RIGHT),
    Column(QT_TRANSLATE_NOOP("Columns", "Amount"), lambda r: format_yuan(r.amount_fen), RIGHT),
    Column(QT_TRANSLATE_NOOP("Columns", "Rest / other"), _penalty),
    Column(QT_TRANSLATE_NOOP("Columns", "What happened"), lambda r: r.description, tooltip=lambda r: r.description),
    Column(QT_TRANSLATE_NOOP("Columns", "Signed"), lambda r: r.acknowledged_at),
    Column(QT_TRANSLATE_NOOP("Columns", "Recorded by"), lambda r: r.recorded_by),
    Column(QT_TRANSLATE_NOOP("Columns", "Void reason"), lambda r: r.void_reason, tooltip=lambda r: r.void_reason),
]  # fmt: skip


WIDTHS = [110, 125, 70, 50, 260, 70, 80, 90, 240, 125, 70]


def _style(row: EntryRow) -> str | None:
    if row.void:
        return "muted"
    return "priority" if row.dismissal else None


class EntriesTab(QWidget):
    """Entries list: people without conduct.view_all see their own only (the query enforces it)."""

    def __init__(self, session: Session, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.session = session
        self.person = StaffCombo(self, include_left=True)
        self.person.lineEdit().setPlaceholderText(self.tr("Everyone"))
        self.month = QLineEdit(self)
        self.month.setPlaceholderText("YYYY-MM")
        self.month.setInputMask("0000-00;_")
        self.month.setText(f"{clock.today():%Y-%m}")
        self.month.setMinimumWidth(self.month.fontMetrics().horizontalAdvance("0000-00") + 24)
        self.rule = RuleCombo(self, include_retired=True)
        self.rule.lineEdit().setPlaceholderText(self.tr("Any rule"))
        self.show_void = QCheckBox(self.tr("Show void"), self)
        self.show_void.setChecked(True)
        self.count_label = QLabel(self)
        filters = QHBoxLayout()
        for label, widget in ((self.tr("Person"), self.person), (self.tr("Month"), self.month),
                              (self.tr("Rule"), self.rule)):  # fmt: skip
            filters.addWidget(QLabel(label, self))
            filters.addWidget(widget, {self.person: 1, self.month: 0, self.rule: 2}[widget])
        filters.addWidget(self.show_void)
        filters.addWidget(self.count_label)
        self.record_button = QPushButton(self.tr("&Record entry…"), self)
        self.void_button = QPushButton(self.tr("&Void…"), self)
        self.print_button = QPushButton(self.tr("&Print notice…"), self)
        self.ack_button = QPushButton(self.tr("Ac&knowledged"), self)
        for widget, name in ((self.record_button, "conduct_record"), (self.void_button, "conduct_void"),
                             (self.print_button, "conduct_print"), (self.ack_button, "conduct_ack")):
            widget.setObjectName(name)
        actions = QHBoxLayout()
        for button in (self.record_button, self.void_button, self.print_button, self.ack_button):
            actions.addWidget(button)
        actions.addStretch(1)
        self.model = PagedTableModel(COLUMNS, row_style=_style, parent=self)
        self.view = QTableView(self)
        self.view.setObjectName("conduct_entries")
        self.view.setModel(self.model)
        self.view.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.view.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.view.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.view.verticalHeader().hide()
        self.view.horizontalHeader().setStretchLastSection(True)
        self.view.setWordWrap(False)
        for column, width in enumerate(WIDTHS):
            self.view.setColumnWidth(column, width)
        layout = QVBoxLayout(self)
        layout.addLayout(filters)
        layout.addLayout(actions)
        layout.addWidget(self.view, 1)

        can_record = session.can(Action.CONDUCT_RECORD)
        self.record_button.setVisible(can_record)
        self.print_button.setVisible(can_record)
        self.void_button.setVisible(session.can(Action.CONDUCT_VOID))
        self.ack_button.setVisible(session.can(Action.CONDUCT_ACKNOWLEDGE))
        if not (session.actor and sees_all(session.actor)):
            self.person.setEnabled(False)
            self.person.select_id(session.actor.id if session.actor else None)
        self.record_button.clicked.connect(self.record)
        self.void_button.clicked.connect(self.void)
        self.print_button.clicked.connect(self.print_notice)
        self.ack_button.clicked.connect(self.acknowledge)
        QShortcut(QKeySequence("Ctrl+N"), self, self.record)
        self.person.currentTextChanged.connect(self.refresh)
        self.rule.currentTextChanged.connect(self.refresh)
        self.month.editingFinished.connect(self.refresh)
        # the list follows the typing once the month is whole (or cleared), without Enter
        self.month.textChanged.connect(lambda text: self.refresh() if len(text) == 7 or text.strip("-") == "" else None)
        self.show_void.toggled.connect(self.refresh)
        self.refresh()
        remember_columns(self.view, "conduct/entries")

    def refresh(self) -> None:
        """Build the query from the filters (month empty or incomplete = all months)."""
        month = self.month.text().strip()
        month = month if len(month) == 7 and month[4] == "-" and month.replace("-", "").isdigit() else None
        if month and not 1 <= int(month[5:]) <= 12:
            month = None
        query = entries(self.session.actor, staff_id=self.person.current_id(), month=month,
                        rule_id=self.rule.current_id(), include_void=self.show_void.isChecked())  # fmt: skip
        keep_current(self.view, lambda: self.model.set_query(query))  # print, then sign: still selected
        self.count_label.setText(self.tr("%1 entries").replace("%1", self.model.count_text()))

    def selected(self) -> EntryRow | None:
        index = self.view.currentIndex()
        row = self.model.row_at(index) if index.isValid() else None
        if row is None:
            messages.info(self, self.tr("Select an entry first."))
        return row

    def record(self) -> None:
        if not self.session.can(Action.CONDUCT_RECORD):
            return
        dialog = RecordEntryDialog(self.session, parent=self, staff_id=self.person.current_id())
        if dialog.exec() and dialog.entry is not None:
            self.refresh()

    def void(self) -> None:
        row = self.selected()
        if row is None:
            return
        reason = messages.ask_reason(self, self.tr("Void %1").replace("%1", row.number),
                                     self.tr("Why is this entry wrong? (it stays in the log, marked void)"))  # fmt: skip
        if reason is None:
            return
        ok, _ = self.session.call(self, void_entry, self.session.actor, row.id, reason)
        if ok:
            self.session.notify_changed("conduct")
            self.refresh()

    def acknowledge(self) -> None:
        row = self.selected()
        if row is None:
            return
        ok, _ = self.session.call(self, acknowledge, self.session.actor, row.id)
        if ok:
            self.session.notify_changed("conduct")
            self.refresh()

    def print_notice(self) -> None:
        row = self.selected()
        if row is None:
            return
        from aftersales_desktop.gui.printing import print_paper

        paper = penalty_notice(entry(self.session.actor, row.id), copy=row.print_count > 0)
        if print_paper(self, paper):
            self.session.call(self, mark_notice_printed, self.session.actor, row.id)
            self.refresh()

    def show_entry(self, entry_id: int) -> None:
        """Select one entry: filter to its person and month, then find its row."""
        try:
            row = entry(self.session.actor, entry_id)
        except UserError as error:
            messages.show_user_error(self, error)
            return
        self.rule.select_id(None)
        if self.person.isEnabled():
            self.person.select_id(row.staff_id)
        self.month.setText(f"{row.occurred_at:%Y-%m}")
        self.refresh()
        while (index := self.model.row_of_id(entry_id)) < 0 and self.model.canFetchMore(QModelIndex()):
            self.model.fetchMore(QModelIndex())  # ids only: finding it far down reads no rows
        if index >= 0:
            self.view.selectRow(index)
            self.view.scrollTo(self.model.index(index, 0))
