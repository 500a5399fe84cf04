"""Small widgets the parts screens share: money and quantity inputs, a part picker that searches as you type."""

from __future__ import annotations

from PySide6.QtCore import QObject, Qt, Signal
from PySide6.QtGui import QShowEvent
from PySide6.QtWidgets import QComboBox, QDialog, QDoubleSpinBox, QSpinBox, QTableView, QWidget

from aftersales_desktop.core.queries.parts import PartRow, get_part, search_parts
from aftersales_desktop.gui.widgets.live_search import LiveSearch
from aftersales_desktop.gui.widgets.table_state import fit_first_rows


def money_box(parent: QWidget | None = None, maximum: float = 999999.99) -> QDoubleSpinBox:
    """A yuan amount with two decimals (the service gets fen)."""
    box = QDoubleSpinBox(parent)
    box.setRange(0, maximum)
    box.setDecimals(2)
    box.setSingleStep(1)
    box.setPrefix("¥")
    box.setAlignment(Qt.AlignmentFlag.AlignRight)
    return box


def fen_of(box: QDoubleSpinBox) -> int:
    return int(round(box.value() * 100))


def qty_box(parent: QWidget | None = None, minimum: int = 1, maximum: int = 99999) -> QSpinBox:
    box = QSpinBox(parent)
    box.setRange(minimum, maximum)
    box.setAlignment(Qt.AlignmentFlag.AlignRight)
    return box


def part_label(row: PartRow) -> str:
    return f"{row.code}  {row.name}  [{row.qty_on_hand}{row.unit}]"


class PartPicker(QComboBox):
    """An editable combo: type a code, a name, a model or pinyin initials; the list follows (first 30 hits)."""

    picked = Signal(object)  # the PartRow, or None

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setEditable(True)
        self.setInsertPolicy(QComboBox.InsertPolicy.NoInsert)
        # the combo's own inline completion would turn a typed code (RQ-35) into a whole list line, which then
        # matches nothing: the list below, searched as you type, is the completion
        self.setCompleter(None)
        self.setMinimumWidth(320)
        self._rows: list[PartRow] = []
        self._scanner: QObject | None = None
        self.live = LiveSearch(self.lineEdit(), lambda text: search_parts(text).fetch(0, 30), self._show, edited_only=True,
                               on_enter=False)  # fmt: skip
        self.activated.connect(self._activated)
        self._show("", search_parts("").fetch(0, 30))

    def _show(self, text: str, rows: list[PartRow]) -> None:
        self._rows = list(rows)
        self.blockSignals(True)
        self.clear()
        for row in self._rows:
            self.addItem(part_label(row))
        self.setCurrentIndex(-1)
        self.lineEdit().setText(text)
        self.blockSignals(False)
        if len(self._rows) == 1 and text:
            self.picked.emit(self._rows[0])  # typed so far that only one part fits: it is the one (its price shows)
        if self._rows and text:
            self.showPopup()

    def _activated(self, index: int) -> None:
        self.picked.emit(self.current_part())

    def current_part(self) -> PartRow | None:
        index = self.currentIndex()
        if 0 <= index < len(self._rows) and self.currentText() == part_label(self._rows[index]):
            return self._rows[index]
        if len(self._rows) == 1:
            return self._rows[0]
        return None

    def showEvent(self, event: QShowEvent) -> None:  # noqa: N802 - Qt's name
        """Once shown in its dialog: a scanned part label anywhere in that dialog lands here."""
        super().showEvent(event)
        if self._scanner is None and isinstance(self.window(), QDialog):  # a form of its own, never the main window
            from aftersales_desktop.gui.widgets.scanner import ScanIntoField

            self._scanner = ScanIntoField(self.window(), self.lineEdit(), filled=self.take_scan)

    def take_scan(self, code: str) -> None:
        """A scanned label: the part with exactly this code is picked; anything else searches as typed."""
        self.live.timer.stop()
        exact = [row for row in search_parts(code).fetch(0, 30) if row.code.upper() == code.strip().upper()]
        if len(exact) != 1:
            self.live.search_now()
            return
        self._rows = exact
        self.blockSignals(True)
        self.clear()
        self.addItem(part_label(exact[0]))
        self.setCurrentIndex(0)
        self.blockSignals(False)
        self.picked.emit(exact[0])

    def select_part(self, part_id: int) -> None:
        """Preselect a part (e.g. the one chosen in the stock list)."""
        for index, row in enumerate(self._rows):
            if row.id == part_id:
                self.setCurrentIndex(index)
                return
        row = get_part(part_id)
        if row is not None:
            self._rows = rows = [row]
            self.blockSignals(True)
            self.clear()
            self.addItem(part_label(rows[0]))
            self.setCurrentIndex(0)
            self.blockSignals(False)


def fit_columns(view: QTableView, max_width: int = 260) -> None:
    """Size columns to what the first page shows, capped so one long cell cannot push the others away."""
    fit_first_rows(view)
    view.resizeColumnsToContents()
    header = view.horizontalHeader()
    for column in range(header.count()):
        header.resizeSection(column, min(header.sectionSize(column) + 12, max_width))
