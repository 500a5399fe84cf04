"""Bar charts drawn by Qt's own chart module (QtCharts): small, clickable, readable in both languages.

`BarChart` is a QChartView holding one QBarSeries (vertical or horizontal bars) with a category axis and a value
axis. `set_data` replaces what it shows; a click on a bar emits `bar_clicked(set, category)`, so a page can open
the list behind the bar; hovering a bar shows its figure. Tests read the figures back from the chart's own
series (`chart().series()[0].barSets()`), never from a copy.
"""

from __future__ import annotations

import math
from collections.abc import Sequence

from PySide6.QtCharts import (
    QBarCategoryAxis,
    QBarSeries,
    QBarSet,
    QChart,
    QChartView,
    QHorizontalBarSeries,
    QValueAxis,
)
from PySide6.QtCore import QMargins, Qt, Signal
from PySide6.QtGui import QColor, QCursor, QFont, QPainter
from PySide6.QtWidgets import QToolTip, QWidget

INK, GRID = "#1f2933", "#d9e2ec"
COLOURS = ["#2f6fab", "#7fb3d5", "#c0392b", "#e67e22", "#27ae60", "#8e44ad"]


def nice_steps(top: float, most: int = 4) -> tuple[float, int]:
    """(step, number of steps) of a value axis from 0 past `top`: steps of 1, 2 or 5 times a power of ten."""
    if top <= 0:
        return 1.0, 1
    scale = 10 ** math.floor(math.log10(top / most))
    for factor in (1, 2, 5, 10):
        step = factor * scale
        if top / step <= most:
            return float(step), max(1, math.ceil(top / step - 1e-9))
    return float(10 * scale), most


class BarChart(QChartView):
    """One bar series; `bar_clicked(set index, category index)` when a bar is clicked."""

    bar_clicked = Signal(int, int)

    def __init__(self, title: str, *, horizontal: bool = False, parent: QWidget | None = None) -> None:
        chart = QChart()
        chart.setAnimationOptions(QChart.AnimationOption.NoAnimation)
        chart.setBackgroundRoundness(4)
        chart.setMargins(QMargins(4, 4, 4, 4))
        chart.legend().setAlignment(Qt.AlignmentFlag.AlignBottom)
        title_font = QFont(chart.titleFont())
        title_font.setPointSizeF(max(9.0, title_font.pointSizeF()))
        title_font.setBold(True)
        chart.setTitleFont(title_font)
        chart.setTitle(title)
        super().__init__(chart, parent)
        self.horizontal = horizontal
        self.setRenderHint(QPainter.RenderHint.Antialiasing)
        self.setMinimumHeight(200)
        self.categories: list[str] = []
        self.formats: list[str] = []

    def set_data(self, categories: Sequence[str], sets: Sequence[tuple[str, Sequence[float]]], *,
                 value_format: str = "{:g}", maximum: float | None = None, legend: bool | None = None,
                 category_labels: bool = True) -> None:
        """Show `sets` of (name, one value per category); the value axis runs from 0 to `maximum` (or the data).

        Without `category_labels` nothing is written under the bars (30 dates do not fit under a small chart:
        the page says the range); hovering a bar still names its category."""
        chart = self.chart()
        chart.removeAllSeries()
        for axis in chart.axes():
            chart.removeAxis(axis)
        # horizontal bars are drawn bottom up: hand them over reversed, so they read top down like a table
        flip = (lambda items: list(reversed(items))) if self.horizontal else list
        self.categories = flip(categories)
        series = QHorizontalBarSeries() if self.horizontal else QBarSeries()
        series.setBarWidth(0.8)
        for index, (name, values) in enumerate(sets):
            bar_set = QBarSet(name)
            bar_set.setColor(QColor(COLOURS[index % len(COLOURS)]))
            bar_set.setBorderColor(QColor(COLOURS[index % len(COLOURS)]))
            bar_set.append([float(v) for v in flip(values)])
            bar_set.clicked.connect(lambda category, s=index: self.bar_clicked.emit(s, self._given(category)))
            bar_set.hovered.connect(lambda on, category, s=bar_set: self._hover(on, s, category, value_format))
            series.append(bar_set)
        chart.addSeries(series)
        small = QFont(chart.font())
        small.setPointSizeF(8)
        labels = QBarCategoryAxis()
        labels.append(self.categories)
        labels.setGridLineVisible(False)
        labels.setLabelsFont(small)
        labels.setLabelsVisible(category_labels)
        labels.setTruncateLabels(False)  # "15+ days", "Contract service" whole: a shortened name says nothing
        values_axis = QValueAxis()
        top = max([0.0, *(float(v) for _name, vs in sets for v in vs)])
        step, ticks = nice_steps(maximum if maximum is not None else top)
        values_axis.setRange(0, step * ticks)
        values_axis.setTickCount(ticks + 1)
        values_axis.setLabelFormat("%d" if step >= 1 and float(step).is_integer() else "%.1f")
        values_axis.setGridLineColor(QColor(GRID))
        values_axis.setLabelsFont(small)
        category_side, value_side = (Qt.AlignmentFlag.AlignLeft, Qt.AlignmentFlag.AlignBottom) if self.horizontal \
            else (Qt.AlignmentFlag.AlignBottom, Qt.AlignmentFlag.AlignLeft)
        chart.addAxis(labels, category_side)
        chart.addAxis(values_axis, value_side)
        series.attachAxis(labels)
        series.attachAxis(values_axis)
        chart.legend().setVisible(len(sets) > 1 if legend is None else legend)
        self.setCursor(Qt.CursorShape.PointingHandCursor)

    def _hover(self, on: bool, bar_set: QBarSet, category: int, value_format: str) -> None:
        if on and 0 <= category < len(self.categories):
            text = f"{self.categories[category]} · {bar_set.label()}: {value_format.format(bar_set.at(category))}"
            QToolTip.showText(QCursor.pos(), text, self)
        else:
            QToolTip.hideText()

    def _given(self, category: int) -> int:
        """The index in the order set_data was given (horizontal charts hold theirs reversed)."""
        return len(self.categories) - 1 - category if self.horizontal else category

    def bar_sets(self) -> list[QBarSet]:
        series = self.chart().series()
        return list(series[0].barSets()) if series else []

    def values(self, set_index: int = 0) -> list[float]:
        """The figures the chart draws for one set, read from the chart's own series."""
        bar_set = self.bar_sets()[set_index]
        return [bar_set.at(self._given(i)) for i in range(bar_set.count())]
