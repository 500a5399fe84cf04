"""Remembering each table's column widths (QSettings, apart from the shop's settings), per language.

Until the user has resized a table, its columns start wide enough for their words: the header, and what
the first rows show (English words are longer than the Chinese ones the starting widths were chosen for:
"Not dispatched" against 待派工). Widths the user set are remembered per language, so switching the
language does not bring back widths chosen for the other one's words.
"""

from __future__ import annotations

from PySide6.QtCore import QLocale, QSettings, QTimer
from PySide6.QtWidgets import QHeaderView, QTableView, QTreeView

KEY = "tables/{name}/{language}/header"
MAX_FIT = 280  # a column never grows past this by itself: one long cell must not push the others away
PADDING = 12
# Column widths fit the rows a screen shows first. Qt's default reads 1,000 rows for each column's width,
# which over a lazy list (gui/widgets/paged_table.py) means ten blocks read from the file per column and
# seconds lost opening a page of a shop with years of records.
FIT_ROWS = 40


def _key(name: str) -> str:
    return KEY.format(name=name, language=QLocale().name())


def fit_first_rows(view: QTableView | QTreeView) -> None:
    """Size the view's columns (resizeColumnsToContents, fit_to_words) by its first FIT_ROWS rows only."""
    _header(view).setResizeContentsPrecision(FIT_ROWS)


def fit_to_words(view: QTableView | QTreeView) -> None:
    """Widen (never narrow) each column to its header's words and the rows it shows now, up to MAX_FIT."""
    fit_first_rows(view)
    header = _header(view)
    for column in range(header.count()):
        if header.isSectionHidden(column) or (header.stretchLastSection() and column == header.count() - 1):
            continue
        wanted = max(header.sectionSizeFromContents(column).width(), view.sizeHintForColumn(column)) + PADDING
        if wanted > header.sectionSize(column):
            header.resizeSection(column, min(wanted, max(MAX_FIT, header.sectionSize(column))))


def _header(view: QTableView | QTreeView) -> QHeaderView:
    return view.horizontalHeader() if isinstance(view, QTableView) else view.header()


def remember_columns(view: QTableView | QTreeView, name: str, *, fitted: bool = False) -> None:
    """Restore the header state saved under `name` (in this language) and save it again whenever a column is
    resized or moved; with nothing saved yet, fit the columns to their words once rows first arrive.

    Call after the model is set and the starting widths are given; `name` is a stable key such as
    "calls/register". `fitted`: the caller has just sized the columns to what the view shows (no second pass).
    """
    header = _header(view)
    saved = QSettings().value(_key(name))
    if saved is not None:
        header.restoreState(saved)
    else:
        if not fitted:
            fit_to_words(view)  # the header's words, and the first rows when there are some already
        model = view.model()
        if model is not None and model.rowCount() == 0:
            def first_rows() -> None:
                if model.rowCount() > 0:
                    fit_to_words(view)
                    model.modelReset.disconnect(first_rows)
                    model.rowsInserted.disconnect(first_rows)

            model.modelReset.connect(first_rows)
            model.rowsInserted.connect(first_rows)
    timer = QTimer(view)
    timer.setSingleShot(True)
    timer.setInterval(400)  # save once after a drag, not on every pixel
    timer.timeout.connect(lambda: QSettings().setValue(_key(name), header.saveState()))
    header.sectionResized.connect(lambda *_: timer.start())
    header.sectionMoved.connect(lambda *_: timer.start())
