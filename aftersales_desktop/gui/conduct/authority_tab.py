"""Counter authority as it was used on the bills: every discount and approved low margin, and the proposed
entries (discounts beyond authority) a supervisor turns into a conduct entry or decides need none."""

from __future__ import annotations

from PySide6.QtCore import QT_TRANSLATE_NOOP, Qt
from PySide6.QtWidgets import (
    QAbstractItemView,
    QCheckBox,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from aftersales_desktop.core import settings
from aftersales_desktop.core.money import format_yuan
from aftersales_desktop.core.permissions import Action
from aftersales_desktop.core.queries.conduct import AuthorityRow, authority_events
from aftersales_desktop.core.services.authority import dismiss_event, warning_to_entry
from aftersales_desktop.gui import messages
from aftersales_desktop.gui.session import Session
from aftersales_desktop.gui.widgets.paged_table import Column, PagedTableModel

KINDS = {"discount": QT_TRANSLATE_NOOP("AuthorityTab", "Discount"),
         "low_margin": QT_TRANSLATE_NOOP("AuthorityTab", "Accident-repair margin")}  # fmt: skip


def _kind(row: AuthorityRow) -> str:
    from PySide6.QtCore import QCoreApplication

    return QCoreApplication.translate("AuthorityTab", KINDS.get(row.kind, row.kind))


COLUMNS = [
    Column(QT_TRANSLATE_NOOP("Columns", "When"), lambda r: r.at),
    Column(QT_TRANSLATE_NOOP("Columns", "Staff member"), lambda r: r.staff_name),
    Column(QT_TRANSLATE_NOOP("Columns", "Kind"), _kind),
    Column(QT_TRANSLATE_NOOP("Columns", "Order"), lambda r: r.reference),
    Column(QT_TRANSLATE_NOOP("Columns", "%"), lambda r: r.percent, Qt.AlignmentFlag.AlignRight),
    Column(QT_TRANSLATE_NOOP("Columns", "Amount"), lambda r: format_yuan(r.amount_fen), Qt.AlignmentFlag.AlignRight),
    Column(QT_TRANSLATE_NOOP("Columns", "Reason"), lambda r: r.reason, tooltip=lambda r: r.reason),
    Column(QT_TRANSLATE_NOOP("Columns", "Approved by"), lambda r: r.approved_by),
    Column(QT_TRANSLATE_NOOP("Columns", "Entry"), lambda r: r.entry_number),
    Column(QT_TRANSLATE_NOOP("Columns", "Beyond authority"), lambda r: r.warning, tooltip=lambda r: r.warning),
]


def _style(row: AuthorityRow) -> str | None:
    if row.warning and not row.entry_number:
        return "warning"
    return "muted" if row.entry_number else None


class AuthorityTab(QWidget):
    def __init__(self, session: Session, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.session = session
        self.rule_hint = QLabel(self)
        self.rule_hint.setWordWrap(True)
        self.rule_hint.setProperty("role", "hint")
        self.only_warnings = QCheckBox(self.tr("Only proposed entries"), self)
        self.only_warnings.setObjectName("only_proposed")
        self.approve_button = QPushButton(self.tr("&No entry needed"), self)
        self.approve_button.setObjectName("dismiss_event")
        self.entry_button = QPushButton(self.tr("&Turn into conduct entry"), self)
        self.entry_button.setObjectName("event_to_entry")
        bar = QHBoxLayout()
        bar.addWidget(self.only_warnings)
        bar.addStretch(1)
        bar.addWidget(self.approve_button)
        bar.addWidget(self.entry_button)
        supervisor = session.can(Action.CONDUCT_RECORD)
        self.approve_button.setVisible(supervisor)
        self.entry_button.setVisible(supervisor)
        self.model = PagedTableModel(COLUMNS, row_style=_style, parent=self)
        self.view = QTableView(self)
        self.view.setModel(self.model)
        self.view.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.view.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.view.verticalHeader().hide()
        self.view.horizontalHeader().setStretchLastSection(True)
        self.view.setWordWrap(False)
        for column, width in enumerate([125, 70, 110, 120, 40, 80, 180, 70, 110]):
            self.view.setColumnWidth(column, width)
        layout = QVBoxLayout(self)
        layout.addWidget(self.rule_hint)
        layout.addLayout(bar)
        layout.addWidget(self.view, 1)
        self.only_warnings.toggled.connect(self.refresh)
        self.approve_button.clicked.connect(self.approve)
        self.entry_button.clicked.connect(self.to_entry)
        self.refresh()

    def refresh(self) -> None:
        self.rule_hint.setText(
            self.tr("Discounts are given on the bill of a call or a repair card: up to %1% on %2 bills a week per "
                    "person, each with a reason; beyond that a supervisor approves on the spot, and the discount is "
                    "proposed here as a conduct entry (¥20 a bill). Accident repairs below %3% margin are approved "
                    "on the bill too.")
            .replace("%1", str(settings.get("discount_max_percent")))
            .replace("%2", str(settings.get("discount_max_per_week")))
            .replace("%3", str(settings.get("margin_min_percent")))
        )
        self.model.set_query(authority_events(self.session.actor, only_warnings=self.only_warnings.isChecked()))

    def selected(self) -> AuthorityRow | None:
        row = self.model.row_at(self.view.currentIndex())
        if row is None:
            messages.info(self, self.tr("Select a record first."))
        return row

    def approve(self) -> None:
        row = self.selected()
        if row and self.session.call(self, dismiss_event, self.session.actor, row.id)[0]:
            self.session.notify_changed("conduct")
            self.refresh()

    def to_entry(self) -> None:
        row = self.selected()
        if row is None:
            return
        ok, entry = self.session.call(self, warning_to_entry, self.session.actor, row.id)
        if ok:
            messages.info(self, self.tr("Recorded as conduct entry %1.").replace("%1", entry.number))
            self.session.notify_changed("conduct")
            self.refresh()
