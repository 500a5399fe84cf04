"""A lazy table model over a core PagedQuery: count once, fetch rows page by page as the view scrolls.

Ten years of records open as fast as one month, because only the first page is read until the user
scrolls. Sorting and filtering happen in SQL (build a new PagedQuery and call `set_query`).
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable
from dataclasses import dataclass
from typing import Any

from PySide6.QtCore import (
    QAbstractTableModel,
    QCoreApplication,
    QModelIndex,
    QObject,
    QPersistentModelIndex,
    Qt,
)
from PySide6.QtGui import QBrush, QColor, QFont
from PySide6.QtWidgets import QAbstractItemView

from aftersales_desktop.core.queries.paging import PagedQuery

PAGE_SIZE = 200

Index = QModelIndex | QPersistentModelIndex

# Row styles: readable text colours, never coloured backgrounds (calm, and legible when selected).
STYLE_COLOURS = {
    "overdue": "#b3261e",  # dark red
    "warning": "#8a5300",  # dark amber
    "priority": "#1d4f91",  # dark blue, bold
    "muted": "#8a8a8a",  # grey: voided, closed, left
}
BOLD_STYLES = {"overdue", "priority"}


@dataclass(frozen=True)
class Column:
    """One column: English source title (translated in the "Columns" context) and how to read a row."""

    title: str
    value: Callable[[Any], Any]
    align: Qt.AlignmentFlag = Qt.AlignmentFlag.AlignLeft
    tooltip: Callable[[Any], str | None] | None = None


def display_text(value: Any) -> str:
    """A cell value as text: dates as 2026-03-11, times to the minute, None as empty."""
    if value is None:
        return ""
    if isinstance(value, dt.datetime):
        return value.strftime("%Y-%m-%d %H:%M")
    if isinstance(value, dt.date):
        return value.isoformat()
    return str(value)


class PagedTableModel(QAbstractTableModel):
    IdRole = Qt.ItemDataRole.UserRole + 1
    RowRole = Qt.ItemDataRole.UserRole + 2

    def __init__(
        self,
        columns: list[Column],
        query: PagedQuery | None = None,
        row_style: Callable[[Any], str | None] | None = None,
        page_size: int = PAGE_SIZE,
        parent: QObject | None = None,
    ) -> None:
        super().__init__(parent)
        self.columns = list(columns)
        self.row_style = row_style
        self.page_size = page_size
        self._query: PagedQuery | None = None
        self._rows: list[Any] = []
        self._total = 0
        self._bold = QFont()
        self._bold.setBold(True)
        if query is not None:
            self.set_query(query)

    # -- loading ---------------------------------------------------------------------------------------

    def set_query(self, query: PagedQuery | None) -> None:
        """Show another query (new filter or sort): counts once, fetches the first page."""
        self.beginResetModel()
        self._query = query
        self._rows = []
        self._total = query.count() if query is not None else 0
        self.endResetModel()
        if self._total:
            self.fetchMore(QModelIndex())

    def refresh(self) -> None:
        """Re-run the current query (after data changed)."""
        self.set_query(self._query)

    @property
    def query(self) -> PagedQuery | None:
        return self._query

    @property
    def total_count(self) -> int:
        """All rows the query matches, fetched or not."""
        return self._total

    def canFetchMore(self, parent: Index = QModelIndex()) -> bool:  # noqa: B008 - Qt's signature
        return not parent.isValid() and len(self._rows) < self._total

    def fetchMore(self, parent: Index = QModelIndex()) -> None:  # noqa: B008
        if parent.isValid() or self._query is None or len(self._rows) >= self._total:
            return
        start = len(self._rows)
        page = list(self._query.fetch(start, min(self.page_size, self._total - start)))
        if not page:  # rows vanished since counting: stop asking
            self._total = start
            return
        self.beginInsertRows(QModelIndex(), start, start + len(page) - 1)
        self._rows.extend(page)
        self.endInsertRows()

    # -- reading ---------------------------------------------------------------------------------------

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._rows)

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self.columns)

    def row_at(self, index: Index | int) -> Any:
        """The row object behind a view index (or a row number); None when out of range."""
        row = index if isinstance(index, int) else (index.row() if index.isValid() else -1)
        return self._rows[row] if 0 <= row < len(self._rows) else None

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or index.row() >= len(self._rows) or index.column() >= len(self.columns):
            return None
        row = self._rows[index.row()]
        column = self.columns[index.column()]
        if role == Qt.ItemDataRole.DisplayRole:
            return display_text(column.value(row))
        if role == Qt.ItemDataRole.TextAlignmentRole:
            return int(column.align | Qt.AlignmentFlag.AlignVCenter)
        if role == Qt.ItemDataRole.ToolTipRole:
            return column.tooltip(row) if column.tooltip else None
        if role == self.IdRole:
            return getattr(row, "id", None)
        if role == self.RowRole:
            return row
        if role in (Qt.ItemDataRole.ForegroundRole, Qt.ItemDataRole.FontRole) and self.row_style:
            style = self.row_style(row)
            if style not in STYLE_COLOURS:
                return None
            if role == Qt.ItemDataRole.ForegroundRole:
                return QBrush(QColor(STYLE_COLOURS[style]))
            return self._bold if style in BOLD_STYLES else None
        return None

    def headerData(self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if orientation != Qt.Orientation.Horizontal or not 0 <= section < len(self.columns):
            return None
        column = self.columns[section]
        if role == Qt.ItemDataRole.DisplayRole:
            # a title may be English source (QT_TRANSLATE_NOOP("Columns", …)) or already self.tr()'d
            return QCoreApplication.translate("Columns", column.title)
        if role == Qt.ItemDataRole.TextAlignmentRole:
            return int(column.align | Qt.AlignmentFlag.AlignVCenter)
        return None


def keep_current(view: QAbstractItemView, reload: Callable[[], None]) -> None:
    """Run `reload` (which resets the view's PagedTableModel) and select the same record again when it is still
    listed, so the next step on it (print, sign, visit, close …) needs no second click."""
    model = view.model()
    current = model.row_at(view.currentIndex()) if isinstance(model, PagedTableModel) else None
    reload()
    record_id = getattr(current, "id", None)
    if record_id is None or not isinstance(model, PagedTableModel):
        return
    for row in range(model.rowCount()):
        if getattr(model.row_at(row), "id", None) == record_id:
            view.selectRow(row)
            return
