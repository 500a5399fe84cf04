"""The lazy table model: a well-behaved Qt model that reads only the pages the view needs."""

from __future__ import annotations

import datetime as dt

from PySide6.QtCore import QModelIndex, Qt
from PySide6.QtWidgets import QTableView

from aftersales_desktop.core.models import Customer
from aftersales_desktop.core.queries.paging import PagedQuery
from aftersales_desktop.gui.widgets.paged_table import PAGE_SIZE, Column, PagedTableModel

COLUMNS = [
    Column("Name", lambda r: r.name),
    Column("Phone", lambda r: r.phone, Qt.AlignmentFlag.AlignRight, tooltip=lambda r: r.address),
    Column("Since", lambda r: r.created_at),
]


def _shown(qtbot, model: PagedTableModel) -> QTableView:
    """A table view of the model, on screen."""
    view = QTableView()
    qtbot.addWidget(view)
    view.setModel(model)
    view.resize(600, 400)
    view.show()
    qtbot.waitExposed(view)
    return view


def _fill(count: int) -> None:
    when = dt.datetime(2026, 1, 1, 9, 0)
    rows = [
        {"name": f"客户{i}", "phone": f"139{i:08d}", "address": f"地址{i}", "created_at": when} for i in range(count)
    ]
    for start in range(0, count, 500):
        Customer.insert_many(rows[start : start + 500]).execute()


class CountingQuery(PagedQuery):
    fetches: int = 0

    def ids_after(self, cursor, limit):
        self.fetches += 1
        return super().ids_after(cursor, limit)


def _query() -> CountingQuery:
    return CountingQuery(Customer.select().order_by(Customer.id), to_row=lambda r: r)


def test_model_passes_qt_model_tester(db, qtmodeltester):
    _fill(450)
    model = PagedTableModel(COLUMNS, _query(), row_style=lambda r: "overdue" if r.id % 2 else None)
    qtmodeltester.check(model, force_py=True)


def test_ten_thousand_rows_fetch_only_first_pages(db, qtbot):
    _fill(10_000)
    query = _query()
    model = PagedTableModel(COLUMNS, query)
    _shown(qtbot, model)
    assert model.total_count == 10_000 and model.count_text() == "10,000"
    assert model.rowCount() < 10_000
    assert query.fetches <= 2
    assert model.rowCount() == PAGE_SIZE * query.fetches
    assert model.canFetchMore(QModelIndex())
    while model.canFetchMore(QModelIndex()):
        model.fetchMore(QModelIndex())
    assert model.rowCount() == 10_000
    assert model.row_at(9_999).name == "客户9999"
    assert model.row_of_id(model.id_at(5_000)) == 5_000


def test_past_ten_thousand_the_count_says_so_until_the_end_is_read(db):
    _fill(10_050)
    model = PagedTableModel(COLUMNS, _query())
    assert model.count_text() == "10,000+" and model.rowCount() == PAGE_SIZE
    model.fetch_all()
    assert model.rowCount() == 10_050 and model.count_text() == "10,050"


def test_rows_are_read_by_id_for_what_is_shown_and_forgotten_past_the_cache(db):
    from playhouse.test_utils import count_queries

    _fill(1_000)
    model = PagedTableModel(COLUMNS, _query())
    model.fetch_all()
    with count_queries() as counter:
        assert model.data(model.index(950, 0)) == "客户950"
        for row in range(900, 1_000):  # the block of 100 around it came in the same statement
            model.data(model.index(row, 0))
    assert counter.count == 1


def test_roles_ids_styles_and_reset(db):
    _fill(3)
    model = PagedTableModel(COLUMNS, _query(), row_style=lambda r: "priority" if r.name == "客户1" else "muted")
    first = model.index(0, 0)
    assert model.data(first) == "客户0"
    assert model.data(model.index(0, 2)) == "2026-01-01 09:00"
    assert model.data(model.index(0, 1), Qt.ItemDataRole.ToolTipRole) == "地址0"
    assert model.data(first, PagedTableModel.IdRole) == model.row_at(first).id
    assert model.data(model.index(1, 0), Qt.ItemDataRole.FontRole).bold()
    assert model.data(model.index(0, 0), Qt.ItemDataRole.ForegroundRole).color().name() == "#8a8a8a"
    assert model.headerData(0, Qt.Orientation.Horizontal) == "Name"
    model.set_query(PagedQuery(Customer.select().where(Customer.name == "客户2"), to_row=lambda r: r))
    assert model.rowCount() == 1 and model.row_at(0).name == "客户2"
    model.set_query(None)
    assert model.rowCount() == 0 and model.row_at(0) is None


def test_fitting_the_columns_reads_only_the_first_rows(db, qtbot):
    """Column widths come from the first screen of rows: Qt's own default reads 1,000 rows per column, which
    over a lazy list means block after block read from the file while a page opens."""
    from playhouse.test_utils import count_queries

    from aftersales_desktop.gui.widgets.table_state import fit_first_rows, remember_columns

    _fill(1_000)
    model = PagedTableModel(COLUMNS, _query(), page_size=1_000)
    view = QTableView()
    qtbot.addWidget(view)
    view.setModel(model)
    with count_queries() as counter:
        remember_columns(view, "test/fitting")  # nothing saved yet: fitted to the words shown
    assert counter.count == 1 and view.columnWidth(0) > 40
    other = QTableView()
    qtbot.addWidget(other)
    other.setModel(PagedTableModel(COLUMNS, _query(), page_size=1_000))
    fit_first_rows(other)
    with count_queries() as counter:
        other.resizeColumnsToContents()
    assert counter.count == 1


def test_a_shown_row_is_read_out_once_however_often_it_is_painted(db, qtbot):
    _fill(300)
    read: list[int] = []
    columns = [Column("Name", lambda r: read.append(r.id) or r.name), *COLUMNS[1:]]
    model = PagedTableModel(columns, _query(), row_style=lambda r: "overdue" if r.id % 2 else None)
    view = _shown(qtbot, model)
    view.grab()
    view.grab()  # painted again (as a scroll back or a window on top does): nothing is worked out again
    assert read and len(read) == len(set(read))
    assert model.data(model.index(0, 0)) == "客户0" and model.data(model.index(0, 0), Qt.ItemDataRole.FontRole).bold()
    model.set_query(_query())  # a new filter reads its rows anew
    read.clear()
    view.grab()
    assert read
