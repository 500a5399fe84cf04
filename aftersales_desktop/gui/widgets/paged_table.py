"""A lazy table model over a core PagedQuery: ids page by page as the view scrolls, rows for what is shown.

Fifty times ten years of records open as fast as one month: the model holds only the ids read so far (pages
by key, core/queries/paging.py) and a bounded cache of the rows on screen, read by id a block at a time. The
count stops at 10,000 ("10,000+") and becomes exact once the end is reached. Sorting and filtering happen in
SQL (build a new PagedQuery and call `set_query`).
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

from aftersales_desktop.core.queries.paging import COUNT_LIMIT, Cursor, PagedQuery, count_text

PAGE_SIZE = 200
BLOCK = 100  # rows read by id at once when the view shows one not yet read
CACHE_ROWS = 3000  # rows kept converted; beyond this the cache starts again from what is on screen

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


ID_ROLE = Qt.ItemDataRole.UserRole + 1
ROW_ROLE = Qt.ItemDataRole.UserRole + 2
# the roles as plain ints: data() runs for every cell and role each time the view paints, and comparing Qt's
# enum members (looked up through Qt.ItemDataRole) costs more than the rest of the answer
DISPLAY, ALIGNMENT, TOOLTIP, FOREGROUND, FONT = (int(role) for role in (
    Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.TextAlignmentRole, Qt.ItemDataRole.ToolTipRole,
    Qt.ItemDataRole.ForegroundRole, Qt.ItemDataRole.FontRole))
_ID, _ROW = int(ID_ROLE), int(ROW_ROLE)
ANSWERED_ROLES = frozenset({DISPLAY, ALIGNMENT, TOOLTIP, FOREGROUND, FONT, _ID, _ROW})


class PagedTableModel(QAbstractTableModel):
    IdRole = ID_ROLE
    RowRole = ROW_ROLE

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
        self._ids: list[int] = []
        self._cursor: Cursor | None = None
        self._done = True
        self._counted = 0
        self._cache: dict[int, Any] = {}
        self._cells: dict[int, tuple[list[str], QBrush | None, QFont | None]] = {}  # texts and style, per id shown
        self._alignments = [int(column.align | Qt.AlignmentFlag.AlignVCenter) for column in self.columns]
        self._brushes = {style: QBrush(QColor(colour)) for style, colour in STYLE_COLOURS.items()}
        self._bold = QFont()
        self._bold.setBold(True)
        if query is not None:
            self.set_query(query)

    # -- loading ---------------------------------------------------------------------------------------

    def set_query(self, query: PagedQuery | None) -> None:
        """Show another query (new filter or sort): counts (up to 10,000), reads the first page."""
        self.beginResetModel()
        self._query = query
        self._ids, self._cursor, self._cache, self._cells = [], None, {}, {}
        self._done = query is None
        self._counted = query.count_upto(COUNT_LIMIT) if query is not None else 0
        self._done = self._done or self._counted == 0
        self.endResetModel()
        if not self._done:
            self.fetchMore(QModelIndex())

    def refresh(self) -> None:
        """Re-run the current query (after data changed)."""
        self.set_query(self._query)

    @property
    def query(self) -> PagedQuery | None:
        return self._query

    @property
    def total_count(self) -> int:
        """The rows the query matches: exact once the end was read or below 10,000, else 10,001."""
        return len(self._ids) if self._done else max(self._counted, len(self._ids))

    def count_text(self) -> str:
        """The count as the page shows it: '1,234', or '10,000+' while more than that are still unread."""
        if self._done or self._counted <= COUNT_LIMIT:
            return f"{self.total_count:,}"
        return count_text(self._counted)

    def canFetchMore(self, parent: Index = QModelIndex()) -> bool:  # noqa: B008 - Qt's signature
        return not parent.isValid() and not self._done

    def fetchMore(self, parent: Index = QModelIndex()) -> None:  # noqa: B008
        if parent.isValid() or self._query is None or self._done:
            return
        page = self._query.ids_after(self._cursor, self.page_size)
        self._cursor = page.cursor
        self._done = page.cursor is None
        if not page.ids:
            return
        start = len(self._ids)
        self.beginInsertRows(QModelIndex(), start, start + len(page.ids) - 1)
        self._ids.extend(page.ids)
        self.endInsertRows()

    def fetch_all(self) -> None:
        """Read every id to the end (Ctrl+End, or finding a record far down)."""
        while self.canFetchMore():
            self.fetchMore()

    # -- reading ---------------------------------------------------------------------------------------

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._ids)

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self.columns)

    def id_at(self, index: Index | int) -> int | None:
        row = index if isinstance(index, int) else (index.row() if index.isValid() else -1)
        return self._ids[row] if 0 <= row < len(self._ids) else None

    def row_of_id(self, record_id: int) -> int:
        """The row number showing `record_id` among those read so far, or -1."""
        try:
            return self._ids.index(record_id)
        except ValueError:
            return -1

    def row_at(self, index: Index | int) -> Any:
        """The row object behind a view index (or a row number); None when out of range."""
        row = index if isinstance(index, int) else (index.row() if index.isValid() else -1)
        if not 0 <= row < len(self._ids):
            return None
        record_id = self._ids[row]
        found = self._cache.get(record_id)
        if found is None and self._query is not None:
            self._load_block(row)
            found = self._cache.get(record_id)
        return found

    def _load_block(self, row: int) -> None:
        """The rows of the block holding `row`, by id in one statement (rows deleted meanwhile stay None)."""
        assert self._query is not None
        if len(self._cache) > CACHE_ROWS:
            self._cache, self._cells = {}, {}
        start = row - row % BLOCK
        wanted = [i for i in self._ids[start:start + BLOCK] if i not in self._cache]
        for record_id, item in zip(wanted, self._query.rows_for_ids(wanted), strict=True):
            self._cache[record_id] = item

    def data(self, index: Index, role: int = DISPLAY) -> Any:
        # the view asks each cell for a dozen roles (decoration, check state, background …) as it paints and
        # sizes columns: those this model never gives are answered before any row is looked at
        if role not in ANSWERED_ROLES:
            return None
        number, column_number = index.row(), index.column()  # an invalid index is row -1
        if not (0 <= number < len(self._ids) and 0 <= column_number < len(self.columns)):
            return None
        if role == _ID:
            return self._ids[number]
        if role == ALIGNMENT:
            return self._alignments[column_number]
        if role in (TOOLTIP, _ROW):
            row = self.row_at(number)
            if row is None or role == _ROW:
                return row
            tooltip = self.columns[column_number].tooltip
            return tooltip(row) if tooltip else None
        # each row's texts and style are worked out once, when it is first painted, not once per cell and role
        cells = self._cells.get(self._ids[number])
        if cells is None:
            cells = self._cells_of(number)
            if cells is None:
                return None
        if role == DISPLAY:
            return cells[0][column_number]
        return cells[1] if role == FOREGROUND else cells[2]

    def _cells_of(self, number: int) -> tuple[list[str], QBrush | None, QFont | None] | None:
        row = self.row_at(number)
        if row is None:
            return None
        style = self.row_style(row) if self.row_style else None
        known = style in STYLE_COLOURS
        cells = ([display_text(column.value(row)) for column in self.columns],
                 self._brushes[style] if known else None,  # type: ignore[index]
                 self._bold if known and style in BOLD_STYLES else None)
        self._cells[self._ids[number]] = cells
        return cells

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
