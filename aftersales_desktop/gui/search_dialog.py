"""The global search's results: one line per record; double-click (or Enter) opens it in its area."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QAbstractItemView,
    QDialog,
    QDialogButtonBox,
    QHeaderView,
    QLabel,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from aftersales_desktop.core.queries.search import SearchHit
from aftersales_desktop.gui.areas import AREA_BY_KEY
from aftersales_desktop.gui.session import Session


class SearchDialog(QDialog):
    def __init__(self, hits: list[SearchHit], text: str, *, session: Session | None = None,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.hits = hits
        self.chosen: SearchHit | None = None
        self.setWindowTitle(self.tr("Search results"))
        self.resize(760, 420)
        layout = QVBoxLayout(self)
        summary = QLabel(
            self.tr("{n} found for “{text}”. Double-click one to open it.")
            .replace("{n}", str(len(hits))).replace("{text}", text)
        )
        summary.setProperty("role", "subtitle")
        layout.addWidget(summary)
        self.table = QTableWidget(len(hits), 4)
        self.table.setHorizontalHeaderLabels([self.tr("Kind"), self.tr("Number / phone"), self.tr("Details"), self.tr("Area")])
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.verticalHeader().setVisible(False)
        self.table.setAlternatingRowColors(True)
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(2, QHeaderView.ResizeMode.Stretch)
        for row, hit in enumerate(hits):
            area = AREA_BY_KEY.get(hit.area)
            cells = [hit.kind_label, hit.number, hit.label, area.translated_title() if area else hit.area]
            for column, text_value in enumerate(cells):
                self.table.setItem(row, column, QTableWidgetItem(text_value))
        self.table.resizeColumnsToContents()
        header.setSectionResizeMode(2, QHeaderView.ResizeMode.Stretch)
        self.table.doubleClicked.connect(lambda _index: self.accept())
        layout.addWidget(self.table)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Open | QDialogButtonBox.StandardButton.Cancel)
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        self.history_button = buttons.addButton(self.tr("Customer &history…"), QDialogButtonBox.ButtonRole.ActionRole)
        self.history_button.setObjectName("history")
        self.history_button.clicked.connect(self.show_history)
        self.history_button.setVisible(session is not None)
        self.session = session
        layout.addWidget(buttons)
        if hits:
            self.table.selectRow(0)
        self.table.setFocus(Qt.FocusReason.OtherFocusReason)

    def show_history(self) -> None:
        """The file of the customer behind the chosen hit (a customer, a call, a card, a contract …)."""
        from aftersales_desktop.gui.history_dialog import show_history

        row = self.table.currentRow()
        if self.session is not None and 0 <= row < len(self.hits):
            hit = self.hits[row]
            self.reject()
            show_history(self.session, self.parentWidget() or self, hit.kind, hit.record_id)

    def accept(self) -> None:
        row = self.table.currentRow()
        self.chosen = self.hits[row] if 0 <= row < len(self.hits) else None
        super().accept()

    @classmethod
    def pick(cls, hits: list[SearchHit], text: str, parent: QWidget | None = None,
             session: Session | None = None) -> SearchHit | None:
        """Show the results and return the one the user opened (tests replace this)."""
        dialog = cls(hits, text, session=session, parent=parent)
        return dialog.chosen if dialog.exec() else None
