"""The Today page: what needs attention now, as big numbers; each opens its list with a filter."""

from __future__ import annotations

import datetime as dt

from PySide6.QtCore import QT_TRANSLATE_NOOP, QDate, QLocale, Qt, QTimer, Signal
from PySide6.QtGui import QColor, QKeyEvent, QMouseEvent, QResizeEvent
from PySide6.QtWidgets import (
    QBoxLayout,
    QFrame,
    QGridLayout,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QScrollArea,
    QVBoxLayout,
    QWidget,
)

from aftersales_desktop.core import clock
from aftersales_desktop.core.queries.my_work import MyWork, WorkItem, my_work
from aftersales_desktop.core.queries.today import TodayCounts, today_counts
from aftersales_desktop.gui.session import Session
from aftersales_desktop.gui.today_charts import MIN_WIDTH, TodayChartsPanel

REFRESH_MS = 60_000

# (group title, [(TodayCounts field, English caption, area key, filter key, urgent when > 0)])
GROUPS: list[tuple[str, list[tuple[str, str, str, str, bool]]]] = [
    (QT_TRANSLATE_NOOP("TodayPage", "Calls"), [
        ("open_calls", QT_TRANSLATE_NOOP("TodayPage", "Open calls"), "calls", "open", False),
        ("not_dispatched", QT_TRANSLATE_NOOP("TodayPage", "Not dispatched"), "calls", "not_dispatched", False),
        ("due_today", QT_TRANSLATE_NOOP("TodayPage", "Due today"), "calls", "due_today", False),
        ("overdue", QT_TRANSLATE_NOOP("TodayPage", "Overdue"), "calls", "overdue", True),
    ]),
    (QT_TRANSLATE_NOOP("TodayPage", "Service standards this month"), [
        ("late_this_month", QT_TRANSLATE_NOOP("TodayPage", "Arrived after the deadline"), "calls", "late_month", True),
        ("on_time_rate", QT_TRANSLATE_NOOP("TodayPage", "Arrived on time"), "calls", "late_month", False),
    ]),
    (QT_TRANSLATE_NOOP("TodayPage", "Repairs in the shop"), [
        ("goods_in_shop", QT_TRANSLATE_NOOP("TodayPage", "Goods in the shop"), "repairs", "in_shop", False),
        ("goods_past_promise", QT_TRANSLATE_NOOP("TodayPage", "Past the promised date"), "repairs", "past_promise", True),
    ]),
    (QT_TRANSLATE_NOOP("TodayPage", "Parts"), [
        ("low_stock", QT_TRANSLATE_NOOP("TodayPage", "Low stock"), "parts", "low_stock", True),
        ("stocktake_due", QT_TRANSLATE_NOOP("TodayPage", "Monthly stocktake"), "parts", "stocktake", True),
    ]),
    (QT_TRANSLATE_NOOP("TodayPage", "Customer opinion"), [
        ("contracts_expiring", QT_TRANSLATE_NOOP("TodayPage", "Contracts ending within a month: notices due"), "opinion", "contracts_expiring", False),
        ("complaints_open", QT_TRANSLATE_NOOP("TodayPage", "Complaints open"), "opinion", "complaints_open", True),
        ("surveys_outstanding", QT_TRANSLATE_NOOP("TodayPage", "Survey cards outstanding"), "opinion", "surveys_outstanding", False),
    ]),
]  # fmt: skip


class NumberCard(QFrame):
    """A big number with its caption; click (or Enter/Space when focused) to open the list behind it."""

    clicked = Signal()

    def __init__(self, caption: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setProperty("role", "card")
        self.setCursor(Qt.CursorShape.PointingHandCursor)
        self.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
        self.setMinimumSize(160, 84)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(16, 8, 16, 10)
        layout.setSpacing(2)
        self.number = QLabel("–")
        self.number.setStyleSheet("font-size: 24pt; font-weight: 600; color: #16324f; border: none;")
        self.caption = QLabel(caption)
        self.caption.setWordWrap(True)
        self.caption.setStyleSheet("color: #52606d; border: none;")
        layout.addWidget(self.number)
        layout.addWidget(self.caption)
        layout.addStretch(1)

    def set_value(self, value: int, urgent: bool) -> None:
        self.set_text(str(value), "#b3261e" if urgent and value > 0 else ("#16324f" if value else "#9aa5b1"))

    def set_text(self, text: str, colour: str = "#16324f") -> None:
        """A number that is not a count (a rate): shown as given."""
        self.number.setText(text)
        self.number.setStyleSheet(f"font-size: 24pt; font-weight: 600; color: {colour}; border: none;")

    def mouseReleaseEvent(self, event: QMouseEvent) -> None:
        if event.button() == Qt.MouseButton.LeftButton and self.rect().contains(event.position().toPoint()):
            self.clicked.emit()
        super().mouseReleaseEvent(event)

    def keyPressEvent(self, event: QKeyEvent) -> None:
        if event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter, Qt.Key.Key_Space):
            self.clicked.emit()
            return
        super().keyPressEvent(event)


class MyWorkList(QListWidget):
    """A technician's own work, one line each: the running timer, then their calls, then their cards."""

    opened = Signal(str, str, int)  # area, kind, record id

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("my_work")
        self.setAlternatingRowColors(True)
        self.itemActivated.connect(self._open)

    def show_work(self, work: MyWork) -> None:
        self.clear()
        lines: list[tuple[str, WorkItem, bool]] = []
        if work.timer is not None:
            since = work.timer.due.strftime("%H:%M") if isinstance(work.timer.due, dt.datetime) else ""
            lines.append((self.tr("▶ Timer running since %1").replace("%1", since), work.timer, False))
        for item in work.calls:
            due = item.due.strftime("%m-%d %H:%M") if isinstance(item.due, dt.datetime) else ""
            lines.append((self.tr("Call, arrive by %1").replace("%1", due), item, item.late))
        for item in work.cards:
            due = item.due.strftime("%m-%d") if isinstance(item.due, dt.date) else ""
            lines.append((self.tr("Repair, promised %1").replace("%1", due), item, item.late))
        for what, item, late in lines:
            row = QListWidgetItem(f"{what}  ·  {item.number}  ·  {item.state}  ·  {item.who}", self)
            row.setData(Qt.ItemDataRole.UserRole, (item.kind, item.record_id))
            if late:
                row.setForeground(QColor("#b3261e"))
        if not lines:
            QListWidgetItem(self.tr("Nothing dispatched to you and no card of yours open."), self).setFlags(
                Qt.ItemFlag.NoItemFlags)
        height = self.sizeHintForRow(0) * min(max(self.count(), 1), 6) + 2 * self.frameWidth() + 4
        self.setFixedHeight(height)

    def _open(self, row: QListWidgetItem) -> None:
        target = row.data(Qt.ItemDataRole.UserRole)
        if target:
            kind, record_id = target
            self.opened.emit("calls" if kind == "call" else "repairs", kind, record_id)


class TodayPage(QWidget):
    """Emits `open_list(area, filter_key)` when a number is clicked, `open_record(area, kind, id)` when a line of
    My work is opened; the main window navigates. A technician's own work comes first."""

    open_list = Signal(str, str)
    open_record = Signal(str, str, int)

    def __init__(self, session: Session, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.session = session
        self.cards: dict[str, NumberCard] = {}
        self._urgent: dict[str, bool] = {}
        outer = QVBoxLayout(self)
        outer.setContentsMargins(0, 0, 0, 0)
        scroll = QScrollArea()
        scroll.setWidgetResizable(True)
        scroll.setFrameShape(QFrame.Shape.NoFrame)
        outer.addWidget(scroll)
        body = QWidget()
        body.setObjectName("today_body")
        scroll.setWidget(body)
        layout = QVBoxLayout(body)
        layout.setContentsMargins(32, 20, 32, 20)
        layout.setSpacing(4)
        self.heading = QLabel()
        self.heading.setProperty("role", "title")
        layout.addWidget(self.heading)
        self.greeting = QLabel()
        self.greeting.setProperty("role", "subtitle")
        layout.addWidget(self.greeting)
        self.my_work: MyWorkList | None = None
        if session.actor is not None and session.actor.role == "technician":
            title = QLabel(self.tr("My work"))
            title.setStyleSheet("font-size: 12pt; font-weight: 600; color: #16324f; margin-top: 10px;")
            layout.addWidget(title)
            self.my_work = MyWorkList(self)
            self.my_work.opened.connect(self.open_record)
            layout.addWidget(self.my_work)
        grid = QGridLayout()
        grid.setHorizontalSpacing(14)
        grid.setVerticalSpacing(8)
        row = 0
        for group_title, items in GROUPS:
            label = QLabel(self.tr(group_title))
            label.setStyleSheet("font-size: 12pt; font-weight: 600; color: #16324f; margin-top: 10px;")
            grid.addWidget(label, row, 0, 1, 4)
            row += 1
            for column, (field, caption, area, key, urgent) in enumerate(items):
                card = NumberCard(self.tr(caption))
                card.setObjectName(f"today_{field}")
                card.clicked.connect(lambda a=area, k=key: self.open_list.emit(a, k))
                grid.addWidget(card, row, column)
                self.cards[field] = card
                self._urgent[field] = urgent
            row += 1
        for column in range(4):
            grid.setColumnStretch(column, 1)
        self.charts = TodayChartsPanel(body)  # the last 30 working days beside the numbers; a bar opens its list
        self.charts.open_list.connect(self.open_list)
        self.numbers = QVBoxLayout()
        self.numbers.addLayout(grid)
        self.numbers.addStretch(1)
        # beside the numbers where the page is wide enough, under them on a narrower one (see resizeEvent)
        self.beside = QBoxLayout(QBoxLayout.Direction.LeftToRight)
        self.beside.setSpacing(24)
        self.beside.addLayout(self.numbers, 3)
        self.beside.addWidget(self.charts, 2)
        layout.addLayout(self.beside, 1)
        self._margins = layout.contentsMargins().left() + layout.contentsMargins().right()
        self.timer = QTimer(self)
        self.timer.setInterval(REFRESH_MS)
        # only while the page is on screen: a hidden or closed page (another area, a closed window) reads nothing
        self.timer.timeout.connect(lambda: self.refresh() if self.isVisible() else None)
        self.timer.start()
        self.refresh()

    def refresh(self) -> None:
        """Re-count everything (a handful of indexed COUNT queries)."""
        now = clock.today()  # the shop's clock (the demo and the tests may set it)
        today = QDate(now.year, now.month, now.day)
        self.heading.setText(self.tr("Today") + "  " + QLocale().toString(today, QLocale.FormatType.LongFormat))
        self.greeting.setText(self.tr("Click a number to open its list. The numbers update every minute."))
        if self.my_work is not None and self.session.actor is not None:
            self.my_work.show_work(my_work(self.session.actor.id))
        counts: TodayCounts = today_counts()
        for field, card in self.cards.items():
            if field == "on_time_rate":  # a share, not a count: '94%', or '–' before anyone has arrived
                rate = counts.on_time_rate
                card.set_text("–" if rate is None else f"{rate:.0%}", "#9aa5b1" if rate is None else "#16324f")
                continue
            if field == "stocktake_due":  # a prompt until this month's stocktake is posted
                if counts.stocktake_due:
                    card.set_text(self.tr("not yet"), "#b3261e")
                else:
                    card.set_text(self.tr("posted ✓"), "#9aa5b1")
                continue
            card.set_value(getattr(counts, field), self._urgent[field])
        self.charts.refresh()

    def charts_beside(self) -> bool:
        return self.beside.direction() == QBoxLayout.Direction.LeftToRight

    def resizeEvent(self, event: QResizeEvent) -> None:  # noqa: N802 - Qt's name
        """The charts beside the numbers only where both fit without a sideways scroll bar (a 1366-pixel screen
        beside the navigation pane has not the room): under them otherwise, the three charts side by side."""
        room = event.size().width() - self._margins - self.style().pixelMetric(self.style().PixelMetric.PM_ScrollBarExtent)
        wide = room >= self.numbers.minimumSize().width() + self.beside.spacing() + MIN_WIDTH
        if wide != self.charts_beside():
            self.beside.setDirection(QBoxLayout.Direction.LeftToRight if wide else QBoxLayout.Direction.TopToBottom)
            self.beside.setStretch(0, 3 if wide else 0)
            self.beside.setStretch(1, 2 if wide else 1)
            self.charts.set_in_row(not wide)
        super().resizeEvent(event)

    def value(self, field: str) -> int:
        return int(self.cards[field].number.text())

    def text(self, field: str) -> str:
        return self.cards[field].number.text()
