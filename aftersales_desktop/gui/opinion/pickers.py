"""Small pickers the opinion dialogs share: a customer finder and a table view set up the same way."""

from __future__ import annotations

import datetime as dt

from PySide6.QtCore import QDate, Qt
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QDateEdit,
    QHBoxLayout,
    QLineEdit,
    QTableView,
    QWidget,
)

from aftersales_desktop.core.models import Customer
from aftersales_desktop.core.phones import format_phone
from aftersales_desktop.core.queries.find_customers import find_customers
from aftersales_desktop.gui.widgets.live_search import LiveSearch
from aftersales_desktop.gui.widgets.table_state import fit_first_rows


def qdate(value: dt.date) -> QDate:
    return QDate(value.year, value.month, value.day)


def pydate(value: QDate) -> dt.date:
    return dt.date(value.year(), value.month(), value.day())


def date_edit(parent: QWidget, value: dt.date) -> QDateEdit:
    """A date field with a calendar popup, shown as 2026-03-11."""
    edit = QDateEdit(parent)
    edit.setCalendarPopup(True)
    edit.setDisplayFormat("yyyy-MM-dd")
    edit.setDate(qdate(value))
    return edit


def table_view(parent: QWidget) -> QTableView:
    """A read-only table with whole-row selection, as every list on the page uses."""
    view = QTableView(parent)
    view.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
    view.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
    view.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
    view.setAlternatingRowColors(True)
    view.verticalHeader().setVisible(False)
    view.horizontalHeader().setStretchLastSection(True)
    fit_first_rows(view)  # its columns are fitted to what it shows, not to every row read so far
    return view


class CustomerPicker(QWidget):
    """Type a name, phone or pinyin initials; the matching customers fill the list beside it. With several
    matches none is taken until one is picked (the first of two 王丽 is often the wrong one); one match is taken."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.text = QLineEdit(self)
        self.text.setPlaceholderText(self.tr("Name, phone or initials"))
        self.matches = QComboBox(self)
        self.matches.setMinimumContentsLength(24)
        self.text.setObjectName("customer_text")
        self.matches.setObjectName("customer_matches")
        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.text, 1)
        layout.addWidget(self.matches, 2)
        self.live = LiveSearch(self.text, lambda text: find_customers(text, 30), self._show)
        self.setFocusProxy(self.text)

    def _show(self, _text: str, found: list[Customer]) -> None:
        self.matches.blockSignals(True)  # one change signal for the whole new list, not one per line
        self.matches.clear()
        if len(found) > 1:
            self.matches.addItem(self.tr("— %1 customers match: choose one —").replace("%1", str(len(found))), None)
        for customer in sorted(found, key=lambda c: (c.name, c.id)):
            self.matches.addItem(f"{customer.name}  {format_phone(customer.phone)}  {customer.address}", customer.id)
        self.matches.blockSignals(False)
        self.matches.currentIndexChanged.emit(self.matches.currentIndex())

    def searching(self) -> bool:
        """Something was typed but no customer is taken yet (none matches, or several and none picked)."""
        return bool(self.text.text().strip()) and self.current_id() is None

    def set_customer(self, customer_id: int | None) -> None:
        customer = Customer.get_or_none(Customer.id == customer_id) if customer_id else None
        self.matches.clear()
        if customer is not None:
            self.text.blockSignals(True)
            self.text.setText(customer.name)
            self.text.blockSignals(False)
            self.matches.addItem(f"{customer.name}  {format_phone(customer.phone)}  {customer.address}", customer.id)

    def current_id(self) -> int | None:
        if self.live.pending():  # typed, then Save before the pause: the customer is the one the text finds now
            self.live.search_now()
        return self.matches.currentData(Qt.ItemDataRole.UserRole)
