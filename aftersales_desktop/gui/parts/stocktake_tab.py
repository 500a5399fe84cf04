"""The monthly stocktake (每月盘点): start, print the count sheet, enter counts, see the variance, post."""

from __future__ import annotations

from PySide6.QtCore import QT_TRANSLATE_NOOP, Qt
from PySide6.QtWidgets import (
    QAbstractItemView,
    QCheckBox,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from aftersales_desktop.core.concurrency import version_of
from aftersales_desktop.core.money import format_yuan
from aftersales_desktop.core.permissions import Action
from aftersales_desktop.core.queries.parts import CountRow, open_stocktake, stocktake_lines, stocktakes
from aftersales_desktop.core.services.stocktake import (
    enter_counts,
    post_stocktake,
    start_stocktake,
    void_stocktake,
)
from aftersales_desktop.gui import messages
from aftersales_desktop.gui.session import Session

HEADERS = (
    QT_TRANSLATE_NOOP("StocktakeTab", "Code"),
    QT_TRANSLATE_NOOP("StocktakeTab", "Name"),
    QT_TRANSLATE_NOOP("StocktakeTab", "Bin"),
    QT_TRANSLATE_NOOP("StocktakeTab", "Book"),
    QT_TRANSLATE_NOOP("StocktakeTab", "Counted"),
    QT_TRANSLATE_NOOP("StocktakeTab", "Difference"),
    QT_TRANSLATE_NOOP("StocktakeTab", "Value difference"),
    QT_TRANSLATE_NOOP("StocktakeTab", "Note"),
)
COUNTED = 4


class StocktakeTab(QWidget):
    def __init__(self, session: Session, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.session = session
        self.take = None
        self.rows: list[CountRow] = []
        self.title = QLabel(self)
        self.summary = QLabel(self)
        self.differences_only = QCheckBox(self.tr("Differences only (variance report)"), self)
        self.differences_only.toggled.connect(lambda _c: self.refresh())
        self.table = QTableWidget(0, len(HEADERS), self)
        self.table.setHorizontalHeaderLabels([self.tr(h) for h in HEADERS])
        self.table.verticalHeader().hide()
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectItems)
        self.table.itemChanged.connect(self._edited)
        self.buttons: dict[str, QPushButton] = {}
        row = QHBoxLayout()
        for key, text, action, slot in (
            ("start", self.tr("&Start this month's stocktake"), Action.STOCKTAKE_COUNT, self.start),
            ("sheet", self.tr("Print &count sheet"), Action.STOCKTAKE_COUNT, lambda: self.print_sheet(False)),
            ("as_book", self.tr("Counted = &book for the empty lines"), Action.STOCKTAKE_COUNT, self.fill_book),
            ("save", self.tr("Sa&ve counts"), Action.STOCKTAKE_COUNT, self.save_counts),
            ("variance", self.tr("Print va&riance"), Action.STOCKTAKE_COUNT, lambda: self.print_sheet(True)),
            ("post", self.tr("&Post adjustments"), Action.STOCKTAKE_POST, self.post),
            ("void", self.tr("Void…"), Action.STOCKTAKE_POST, self.void),
        ):
            button = QPushButton(text, self)
            button.setObjectName(f"stocktake_{key}")
            button.clicked.connect(slot)
            button.setVisible(session.can(action))
            row.addWidget(button)
            self.buttons[key] = button
        row.addStretch(1)
        top = QHBoxLayout()
        top.addWidget(self.title, 1)
        top.addWidget(self.differences_only)
        layout = QVBoxLayout(self)
        layout.addLayout(top)
        layout.addWidget(self.table, 1)
        layout.addWidget(self.summary)
        layout.addLayout(row)
        self.dirty: dict[int, int | None] = {}
        self.seen_version: int | None = None
        self.refresh()

    def refresh(self) -> None:
        self.take = open_stocktake()
        if self.take is None:
            recent = stocktakes()
            self.take = recent[0] if recent else None
        is_open = self.take is not None and self.take.status == "open"
        for key in ("sheet", "as_book", "save", "variance", "post", "void"):
            self.buttons[key].setEnabled(self.take is not None and (is_open or key in ("sheet", "variance")))
        self.buttons["start"].setEnabled(not is_open)
        if self.take is None:
            self.title.setText(self.tr("No stocktake yet. Start one at the end of the month."))
            self.rows = []
        else:
            status = {"open": self.tr("counting"), "posted": self.tr("posted"), "void": self.tr("voided")}[self.take.status]
            self.title.setText(f"{self.take.number} · {self.take.period} · {status}")
            self.rows = stocktake_lines(self.take.id, differences_only=self.differences_only.isChecked())
            if not self.dirty:
                # the counts as shown; while counts are typed and unsaved the sheet keeps the version they were
                # typed over, so a line someone else counts meanwhile is refused, not overwritten (core/concurrency.py)
                self.seen_version = version_of("stocktake", self.take.id, Action.STOCKTAKE_COUNT.value)
        self._fill(is_open)

    def _fill(self, editable: bool) -> None:
        self.table.blockSignals(True)
        self.table.setRowCount(len(self.rows))
        right = Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter
        for r, row in enumerate(self.rows):
            counted = self.dirty.get(row.line_id, row.counted_qty)
            diff = None if counted is None else counted - row.expected_qty
            values = [row.code, row.name, row.bin_location, f"{row.expected_qty} {row.unit}",
                      "" if counted is None else str(counted), "" if not diff else f"{diff:+d}",
                      "" if not diff else format_yuan(diff * row.unit_cost_fen), row.note]
            for c, value in enumerate(values):
                item = QTableWidgetItem(value)
                flags = item.flags()
                if c != COUNTED or not editable:
                    flags &= ~Qt.ItemFlag.ItemIsEditable
                item.setFlags(flags)
                if c in (3, 4, 5, 6):
                    item.setTextAlignment(right)
                self.table.setItem(r, c, item)
        self.table.resizeColumnsToContents()
        self.table.blockSignals(False)
        counted = sum(1 for r in self.rows if self.dirty.get(r.line_id, r.counted_qty) is not None)
        value = sum((self.dirty.get(r.line_id, r.counted_qty) - r.expected_qty) * r.unit_cost_fen for r in self.rows
                    if self.dirty.get(r.line_id, r.counted_qty) is not None)
        self.summary.setText(self.tr("%1 of %2 lines counted · value difference %3 · unsaved %4")
                             .replace("%1", str(counted)).replace("%2", str(len(self.rows)))
                             .replace("%3", format_yuan(value, True)).replace("%4", str(len(self.dirty))))

    def _edited(self, item: QTableWidgetItem) -> None:
        if item.column() != COUNTED:
            return
        row = self.rows[item.row()]
        text = item.text().strip()
        if text == "":
            self.dirty[row.line_id] = None
        elif text.isdigit():
            self.dirty[row.line_id] = int(text)
        else:
            messages.warn(self, self.tr("A count is 0 or a whole number."))
        self._fill(True)

    def set_count(self, line_id: int, value: int | None) -> None:
        """Type a count for a line (what editing the cell does)."""
        self.dirty[line_id] = value
        self._fill(True)

    def fill_book(self) -> None:
        for row in self.rows:
            if self.dirty.get(row.line_id, row.counted_qty) is None:
                self.dirty[row.line_id] = row.expected_qty
        self._fill(True)

    def save_counts(self) -> bool:
        if self.take is None or not self.dirty:
            return True
        ok, _ = self.session.call(self, enter_counts, self.session.actor, self.take.id, dict(self.dirty),
                                  seen_version=self.seen_version)
        if ok:
            self.dirty.clear()
            self.refresh()
        return ok

    def reload_record(self) -> None:
        self.dirty.clear()
        self.refresh()

    def start(self) -> None:
        if self.session.call(self, start_stocktake, self.session.actor)[0]:
            self.dirty.clear()
            self.refresh()

    def post(self) -> None:
        if self.take is None or not self.save_counts():
            return
        question = self.tr("Post every difference of %1 as a stock adjustment? This cannot be undone.")
        if not messages.confirm(self, question.replace("%1", self.take.number)):
            return
        if self.session.call(self, post_stocktake, self.session.actor, self.take.id)[0]:
            self.session.notify_changed("parts")
            self.refresh()

    def void(self) -> None:
        if self.take is None:
            return
        reason = messages.ask_reason(self, self.tr("Void stocktake"), self.tr("Why is this stocktake voided?"))
        if reason and self.session.call(self, void_stocktake, self.session.actor, self.take.id, reason)[0]:
            self.dirty.clear()
            self.refresh()

    def print_sheet(self, variance: bool) -> None:
        from aftersales_desktop.export.papers.count_sheet import count_sheet
        from aftersales_desktop.gui.printing import print_paper

        if self.take is not None and (not variance or self.save_counts()):
            print_paper(self, count_sheet(self.take, variance=variance))
