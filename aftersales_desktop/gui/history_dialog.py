"""The customer's file on screen: every call, repair, contract, complaint and survey answer, newest first.

Opened from a call, a repair card or a search hit. A double-click (or Enter) opens that record in its area.
"""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from aftersales_desktop.core.phones import format_phone
from aftersales_desktop.core.queries.history import CustomerHistory, HistoryLine, customer_history
from aftersales_desktop.gui.session import Session
from aftersales_desktop.gui.widgets.focus import start_here

AREA_OF_KIND = {"call": "calls", "repair_card": "repairs", "contract": "opinion", "complaint": "opinion",
                "survey": "opinion"}  # fmt: skip


class CustomerHistoryDialog(QDialog):
    def __init__(self, session: Session, customer_id: int, *, product_id: int | None = None,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.session = session
        self.customer_id = customer_id
        self.lines: list[HistoryLine] = []
        self.setWindowTitle(self.tr("Customer history"))
        self.resize(980, 560)
        self.heading = QLabel(self)
        self.heading.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.product = QComboBox(self)
        self.product.setObjectName("history_product")
        self.table = QTableWidget(0, 6, self)
        self.table.setObjectName("history_list")
        self.table.setHorizontalHeaderLabels([self.tr("When"), self.tr("What"), self.tr("Number"), self.tr("Product"),
                                              self.tr("Details"), self.tr("State")])
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.verticalHeader().hide()
        self.table.setWordWrap(False)
        self.table.itemActivated.connect(lambda _item: self.open_current())
        self.count = QLabel(self)
        self.count.setProperty("role", "hint")
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close, self)
        buttons.rejected.connect(self.reject)
        self.open_button = buttons.addButton(self.tr("&Open"), QDialogButtonBox.ButtonRole.ActionRole)
        self.open_button.clicked.connect(self.open_current)
        filter_row = QHBoxLayout()
        filter_row.addWidget(QLabel(self.tr("Product"), self))
        filter_row.addWidget(self.product, 1)
        filter_row.addWidget(self.count)
        layout = QVBoxLayout(self)
        layout.addWidget(self.heading)
        layout.addLayout(filter_row)
        layout.addWidget(self.table, 1)
        layout.addWidget(buttons)
        history = customer_history(customer_id)
        self.product.addItem(self.tr("All products"), None)
        for pid, words in history.products:
            self.product.addItem(words, pid)
        self.product.setCurrentIndex(max(0, self.product.findData(product_id)))
        self.product.currentIndexChanged.connect(lambda _i: self.reload())
        self.reload()
        start_here(self.table)  # a file to read: the list first, Enter opens the line

    def reload(self) -> None:
        history: CustomerHistory = customer_history(self.customer_id, self.product.currentData())
        self.heading.setText(f"<b>{history.name}</b>  {format_phone(history.phone)}  {history.address}")
        self.lines = history.lines
        self.table.setRowCount(len(self.lines))
        for row, line in enumerate(self.lines):
            cells = [line.at.strftime("%Y-%m-%d %H:%M"), line.kind_label, line.number, line.product, line.what,
                     line.state]
            for column, text in enumerate(cells):
                self.table.setItem(row, column, QTableWidgetItem(text))
        self.table.resizeColumnsToContents()
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(4, QHeaderView.ResizeMode.Stretch)
        self.count.setText(self.tr("%1 entries, newest first").replace("%1", str(len(self.lines))))
        if self.lines:
            self.table.selectRow(0)
        self.open_button.setEnabled(bool(self.lines))

    def open_current(self) -> None:
        """Open the chosen line's record in its area (the main window navigates)."""
        row = self.table.currentRow()
        if 0 <= row < len(self.lines):
            line = self.lines[row]
            self.accept()
            self.session.open_requested.emit(AREA_OF_KIND[line.kind], line.kind, line.record_id)


def show_history(session: Session, parent: QWidget, kind: str, record_id: int) -> None:
    """The history of the customer behind a record (a call, a card, a search hit); nothing for general work."""
    from aftersales_desktop.core.queries.history import customer_of

    customer_id, product_id = customer_of(kind, record_id)
    if customer_id is not None:
        CustomerHistoryDialog(session, customer_id, product_id=product_id, parent=parent).exec()
