"""The Today page's charts: the last 30 working days (calls received and closed, the on-time arrival rate) and the items in
the shop by age. A click on a bar opens the list behind it, as the big numbers do."""

from __future__ import annotations

from PySide6.QtCore import Signal
from PySide6.QtWidgets import QBoxLayout, QLabel, QVBoxLayout, QWidget

from aftersales_desktop.core.queries.today_charts import AGE_BUCKETS, TodayCharts, today_charts
from aftersales_desktop.gui.widgets.charts import BarChart

MIN_WIDTH = 380  # beside the numbers: the charts' titles still read whole
ROW_HEIGHT = 260  # under the numbers, side by side
QWIDGETSIZE_MAX = (1 << 24) - 1  # Qt's "no maximum" for a widget's size


class TodayChartsPanel(QWidget):
    """Emits `open_list(area, filter key)`: calls `received:YYYY-MM-DD`, `closed:…`, `late:…` (the late ones of a day); repairs `age:LOW-HIGH`."""

    open_list = Signal(str, str)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.data: TodayCharts | None = None
        self.title = QLabel(self.tr("The last 30 working days"), self)
        self.title.setStyleSheet("font-size: 12pt; font-weight: 600; color: #16324f; margin-top: 10px;")
        self.calls = BarChart(self.tr("Calls received and closed per day"), parent=self)
        self.calls.setObjectName("chart_calls")
        self.on_time = BarChart(self.tr("Arrivals on time, % (calls received that day)"), parent=self)
        self.on_time.setObjectName("chart_on_time")
        self.ages = BarChart(self.tr("Items in the shop by days since they came in"), parent=self)
        self.ages.setObjectName("chart_ages")
        self.setMinimumWidth(MIN_WIDTH)
        column = QVBoxLayout(self)
        column.setContentsMargins(0, 0, 0, 0)
        column.addWidget(self.title)
        # one above the other beside the numbers; side by side when the page puts them under the numbers
        self.charts_box = QBoxLayout(QBoxLayout.Direction.TopToBottom)
        column.addLayout(self.charts_box, 1)
        for chart, stretch in ((self.calls, 4), (self.on_time, 3), (self.ages, 3)):
            chart.setMinimumHeight(160)
            self.charts_box.addWidget(chart, stretch)
        self.calls.bar_clicked.connect(lambda s, day: self._open_day("closed" if s else "received", day))
        self.on_time.bar_clicked.connect(lambda _s, day: self._open_day("late", day))
        self.ages.bar_clicked.connect(self._open_age)

    def set_in_row(self, in_row: bool) -> None:
        """The three charts side by side (under the numbers, on a narrow page) or one above the other (beside)."""
        self.charts_box.setDirection(QBoxLayout.Direction.LeftToRight if in_row else QBoxLayout.Direction.TopToBottom)
        self.setMinimumWidth(0 if in_row else MIN_WIDTH)
        for chart in (self.calls, self.on_time, self.ages):  # in a row: a band under the numbers, not a page
            chart.setMinimumHeight(ROW_HEIGHT if in_row else 160)
            chart.setMaximumHeight(ROW_HEIGHT if in_row else QWIDGETSIZE_MAX)

    def refresh(self) -> None:
        """Four grouped queries (core/queries/today_charts.py), then the bars."""
        data = self.data = today_charts()
        days = [w.day.strftime("%m-%d") for w in data.windows]
        self.title.setText(self.tr("The last 30 working days: %1 to %2").replace("%1", days[0]).replace("%2", days[-1]))
        self.calls.set_data(days, [(self.tr("Received"), data.received), (self.tr("Closed"), data.closed)],
                            category_labels=False)
        rates = [rate or 0.0 for rate in data.on_time_rate]  # a day nobody was reached yet: no bar
        self.on_time.set_data(days, [(self.tr("On time %"), rates)], category_labels=False, maximum=100,
                           value_format="{:.1f}")
        self.ages.set_data([self.age_label(bucket) for bucket in AGE_BUCKETS], [(self.tr("Items"), data.ages)])

    def age_label(self, bucket: tuple[int, int | None]) -> str:
        low, high = bucket
        return self.tr("%1+ days").replace("%1", str(low)) if high is None else f"{low}–{high}"

    def _open_day(self, kind: str, index: int) -> None:
        if self.data is not None and 0 <= index < len(self.data.windows):
            self.open_list.emit("calls", f"{kind}:{self.data.windows[index].day.isoformat()}")

    def _open_age(self, _set: int, index: int) -> None:
        if 0 <= index < len(AGE_BUCKETS):
            low, high = AGE_BUCKETS[index]
            self.open_list.emit("repairs", f"age:{low}-{'' if high is None else high}")
