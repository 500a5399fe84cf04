"""Reports → the chosen month as charts, each with its figures in a small table beside it: calls and fees by
kind, technician hours and survey scores by person, parts value into and out of stock.

The month is added up on a worker thread (gui/background.py): on a large shop that takes a moment, and the
page is there at once, saying which month it is adding up, then draws it."""

from __future__ import annotations

from collections.abc import Callable, Sequence

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QAbstractItemView,
    QFrame,
    QGridLayout,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QScrollArea,
    QTableWidget,
    QTableWidgetItem,
    QWidget,
)

from aftersales_desktop.core.money import format_yuan
from aftersales_desktop.core.queries.month_charts import Bar, MonthCharts, month_charts
from aftersales_desktop.core.queries.month_common import Month
from aftersales_desktop.core.vocab import CALL_KIND, STOCK_MOVE
from aftersales_desktop.gui.background import BackgroundRead
from aftersales_desktop.gui.widgets.charts import BarChart

RIGHT = Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter


class ChartWithFigures(QWidget):
    """A bar chart and, beside it, the same figures written out (what the accountant copies)."""

    def __init__(self, title: str, headers: Sequence[str], *, horizontal: bool = False,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.chart = BarChart(title, horizontal=horizontal, parent=self)
        self.chart.setMinimumHeight(220)
        self.figures = QTableWidget(0, len(headers), self)
        self.figures.setHorizontalHeaderLabels(list(headers))
        self.figures.verticalHeader().hide()
        self.figures.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.figures.setSelectionMode(QAbstractItemView.SelectionMode.NoSelection)
        self.figures.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        self.figures.setVerticalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.figures.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        row = QHBoxLayout(self)
        row.setContentsMargins(0, 0, 0, 0)
        row.addWidget(self.chart, 1)
        row.addWidget(self.figures)

    def show_rows(self, rows: Sequence[Sequence[str]]) -> None:
        self.figures.setRowCount(len(rows))
        for r, cells in enumerate(rows):
            for c, text in enumerate(cells):
                item = QTableWidgetItem(text)
                if c:
                    item.setTextAlignment(RIGHT)
                self.figures.setItem(r, c, item)
        self.figures.resizeColumnsToContents()
        self.figures.resizeRowsToContents()
        # every figure in sight, no scroll bars: the parts table has a row per kind of stock move
        frame = 2 * self.figures.frameWidth() + 2
        self.figures.setFixedWidth(self.figures.horizontalHeader().length() + frame)
        self.figures.setMinimumHeight(self.figures.horizontalHeader().height() + self.figures.verticalHeader().length()
                                      + frame)

    def figure_texts(self) -> list[list[str]]:
        """The table beside the chart, as text (for tests and for a quick look)."""
        return [[self.figures.item(r, c).text() for c in range(self.figures.columnCount())]
                for r in range(self.figures.rowCount())]


class MonthChartsPanel(QScrollArea):
    """The month's charts, two by two, in an area that scrolls when the window is small."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.data: MonthCharts | None = None  # the month drawn
        self.month: Month | None = None  # the month asked for (drawn when `data` is its figures)
        self.reader = BackgroundRead(parent=self)
        self.setWidgetResizable(True)
        self.setFrameShape(QFrame.Shape.NoFrame)
        body = QWidget()
        self.setWidget(body)  # in place before the charts are made in it (moved in later, each is restyled again)
        # bars across, names on the left: a kind's name reads whole in either language (as the people's do)
        self.calls = ChartWithFigures(self.tr("Calls by kind"), [self.tr("Kind"), self.tr("Calls")], horizontal=True,
                                      parent=body)
        self.fees = ChartWithFigures(self.tr("Fees by kind (¥)"), [self.tr("Kind"), self.tr("Fees")], horizontal=True,
                                     parent=body)
        self.hours = ChartWithFigures(self.tr("Technician hours"), [self.tr("Technician"), self.tr("Hours")],
                                      horizontal=True, parent=body)
        self.scores = ChartWithFigures(self.tr("Survey scores (4 = very satisfied)"),
                                       [self.tr("Technician"), self.tr("Score"), self.tr("Cards")], horizontal=True,
                                       parent=body)
        self.parts = ChartWithFigures(self.tr("Parts value into and out of stock (¥)"),
                                      [self.tr("Move"), self.tr("Value")], parent=body)
        for name in ("calls", "fees", "hours", "scores", "parts"):
            getattr(self, name).setObjectName(f"month_chart_{name}")
        self.status = QLabel(body)  # which month is being added up, or why it could not be
        self.status.setObjectName("month_chart_status")
        self.status.setProperty("role", "hint")
        keep = self.status.sizePolicy()
        keep.setRetainSizeWhenHidden(True)  # the charts stay where they are when the month is drawn
        self.status.setSizePolicy(keep)
        self.status.hide()
        grid = QGridLayout(body)
        grid.setContentsMargins(0, 0, 0, 0)
        grid.addWidget(self.status, 0, 0, 1, 2)
        for index, cell in enumerate((self.calls, self.fees, self.hours, self.scores, self.parts)):
            grid.addWidget(cell, 1 + index // 2, index % 2)

    def show_month(self, month: Month) -> None:
        """Add up the month (core/queries/month_charts.py) on a worker thread, then draw it."""
        self.month = month
        self.status.setText(self.tr("Adding up {month}…").format(month=month.label))
        self.status.show()
        self.reader.run(lambda: month_charts(month), self._draw, self._failed)

    def _failed(self, sentence: str) -> None:
        self.status.setText(self.tr("The month could not be added up: {why}").format(why=sentence))

    def _draw(self, data: MonthCharts) -> None:
        self.data = data
        self.status.hide()
        kinds = [CALL_KIND.label(b.key) for b in data.calls_by_kind]
        self._bars(self.calls, kinds, data.calls_by_kind, lambda v: f"{v:g}")
        self._bars(self.fees, kinds, data.fees_by_kind, lambda v: format_yuan(int(v)), scale=0.01)
        hours = [Bar(b.key, b.value) for b in data.hours_by_person]
        self._bars(self.hours, [b.key for b in hours], hours, lambda v: f"{v / 60:.1f}", scale=1 / 60)
        scores = data.scores_by_person
        self.scores.chart.set_data([b.key for b in scores], [(self.tr("Score"), [b.value for b in scores])],
                                   maximum=4, value_format="{:.2f}")
        self.scores.show_rows([[b.key, f"{b.value:.2f}", b.detail] for b in scores])
        self.parts.chart.set_data([self.tr("Into stock"), self.tr("Out of stock")],
                                  [(self.tr("Value"), [data.parts_in_fen / 100, data.parts_out_fen / 100])],
                                  value_format="{:.2f}")
        rows = [[STOCK_MOVE.label(b.key), format_yuan(int(b.value))] for b in data.parts_by_move]
        # the totals named apart from the move kinds above them (one of which is 入库, goods in from a supplier)
        rows += [[self.tr("Into stock, total"), format_yuan(data.parts_in_fen)],
                 [self.tr("Out of stock, total"), format_yuan(-data.parts_out_fen)]]
        self.parts.show_rows(rows)

    @staticmethod
    def _bars(cell: ChartWithFigures, names: list[str], bars: list[Bar], text: Callable[[float], str],
              scale: float = 1.0) -> None:
        cell.chart.set_data(names, [(cell.chart.chart().title(), [b.value * scale for b in bars])],
                            legend=False, value_format="{:.2f}" if scale != 1 else "{:g}")
        cell.show_rows([[name, text(b.value)] for name, b in zip(names, bars, strict=True)])
