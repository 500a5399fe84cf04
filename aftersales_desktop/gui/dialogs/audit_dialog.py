"""The audit trail (supervisor and manager): who changed what and when, newest first, read page by page."""

from __future__ import annotations

from PySide6.QtCore import QT_TRANSLATE_NOOP, Qt, QTimer
from PySide6.QtWidgets import (
    QAbstractItemView,
    QDialog,
    QDialogButtonBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from aftersales_desktop.core.queries.audit import audit_entries
from aftersales_desktop.gui.session import Session
from aftersales_desktop.gui.widgets.paged_table import Column, PagedTableModel
from aftersales_desktop.gui.widgets.table_state import remember_columns

COLUMNS = [
    Column(QT_TRANSLATE_NOOP("Columns", "When"), lambda r: r.at),
    Column(QT_TRANSLATE_NOOP("Columns", "Who"), lambda r: r.actor_name),
    Column(QT_TRANSLATE_NOOP("Columns", "Action"), lambda r: r.action_label, tooltip=lambda r: r.action),
    Column(QT_TRANSLATE_NOOP("Columns", "Record"), lambda r: r.record),
    Column(QT_TRANSLATE_NOOP("Columns", "Change"), lambda r: r.change, tooltip=lambda r: r.change),
    Column(QT_TRANSLATE_NOOP("Columns", "Note"), lambda r: r.note),
]


class AuditDialog(QDialog):
    def __init__(self, session: Session, *, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.session = session
        self.setWindowTitle(self.tr("Audit trail"))
        self.resize(980, 600)
        layout = QVBoxLayout(self)
        row = QHBoxLayout()
        self.filter = QLineEdit()
        self.filter.setPlaceholderText(self.tr("Filter: staff name, what was done, kind of record or paper number"))
        self.filter.setClearButtonEnabled(True)
        self._typing = QTimer(self, singleShot=True, interval=250)  # the list follows what is typed
        self._typing.timeout.connect(self.reload)
        self.filter.textChanged.connect(lambda _text: self._typing.start())
        self.filter.returnPressed.connect(self.reload)
        row.addWidget(self.filter, 1)
        self.count = QLabel()
        self.count.setProperty("role", "hint")
        row.addWidget(self.count)
        layout.addLayout(row)
        self.model = PagedTableModel(COLUMNS, parent=self)
        self.view = QTableView()
        self.view.setModel(self.model)
        self.view.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.view.setAlternatingRowColors(True)
        self.view.verticalHeader().setVisible(False)
        self.view.horizontalHeader().setStretchLastSection(True)
        self.view.setWordWrap(False)
        for column, width in enumerate((140, 70, 120, 170, 430)):  # the record's paper number shows whole
            self.view.setColumnWidth(column, width)
        remember_columns(self.view, "audit/trail")
        layout.addWidget(self.view)
        # a long change (a call registered, a stocktake's counts) is wider than its column: the chosen entry whole
        self.detail = QLabel(self)
        self.detail.setObjectName("audit_detail")
        self.detail.setWordWrap(True)
        self.detail.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.detail.setMinimumHeight(self.detail.fontMetrics().lineSpacing() * 3)
        self.detail.setAlignment(Qt.AlignmentFlag.AlignTop | Qt.AlignmentFlag.AlignLeft)
        layout.addWidget(self.detail)
        self.view.selectionModel().currentRowChanged.connect(lambda current, _previous: self._show(current.row()))
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        buttons.rejected.connect(self.reject)
        close = buttons.button(QDialogButtonBox.StandardButton.Close)
        close.setAutoDefault(False)  # Enter in the filter filters; it must not close the trail
        close.setDefault(False)
        layout.addWidget(buttons)
        self.reload()
        self.filter.setFocus(Qt.FocusReason.OtherFocusReason)  # type to narrow the list at once

    def reload(self) -> None:
        self.model.set_query(audit_entries(self.session.actor, self.filter.text()))
        self.count.setText(self.tr("{n} entries").replace("{n}", self.model.count_text()))
        self._show(self.view.currentIndex().row())

    def _show(self, row_number: int) -> None:
        row = self.model.row_at(row_number)
        if row is None:
            self.detail.clear()
            return
        words = [f"{row.at:%Y-%m-%d %H:%M}  {row.actor_name}  {row.action_label}  {row.record}", row.change, row.note]
        self.detail.setText("\n".join(w for w in words if w))
