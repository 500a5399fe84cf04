"""The stock list: search as you type (lazy list), the chosen part's moves, and the storekeeper's actions."""

from __future__ import annotations

from PySide6.QtCore import QT_TRANSLATE_NOOP, Qt
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QAbstractItemView,
    QCheckBox,
    QDialog,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QSplitter,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from aftersales_desktop.core.money import format_yuan
from aftersales_desktop.core.permissions import Action
from aftersales_desktop.core.queries.parts import PartRow, search_parts, stock_moves
from aftersales_desktop.core.vocab import STOCK_MOVE
from aftersales_desktop.gui.parts.common import fit_columns
from aftersales_desktop.gui.parts.stock_dialogs import (
    InternalUseDialog,
    PartDialog,
    PurchaseDialog,
    ReceiveDialog,
)
from aftersales_desktop.gui.session import Session
from aftersales_desktop.gui.widgets.live_search import LiveSearch
from aftersales_desktop.gui.widgets.paged_table import Column, PagedTableModel
from aftersales_desktop.gui.widgets.table_state import remember_columns

RIGHT = Qt.AlignmentFlag.AlignRight

PART_COLUMNS = [
    Column(QT_TRANSLATE_NOOP("Columns", "Code"), lambda r: r.code),
    Column(QT_TRANSLATE_NOOP("Columns", "Name"), lambda r: r.name),
    Column(QT_TRANSLATE_NOOP("Columns", "Fits models"), lambda r: r.fits_models, tooltip=lambda r: r.fits_models),
    Column(QT_TRANSLATE_NOOP("Columns", "Bin"), lambda r: r.bin_location),
    Column(QT_TRANSLATE_NOOP("Columns", "On hand"), lambda r: f"{r.qty_on_hand} {r.unit}", RIGHT),
    Column(QT_TRANSLATE_NOOP("Columns", "Min."), lambda r: r.min_qty, RIGHT),
    Column(QT_TRANSLATE_NOOP("Columns", "Avg. cost"), lambda r: format_yuan(r.cost_fen), RIGHT),
    Column(QT_TRANSLATE_NOOP("Columns", "Price"), lambda r: format_yuan(r.price_fen), RIGHT),
]
MOVE_COLUMNS = [
    Column(QT_TRANSLATE_NOOP("Columns", "When"), lambda r: r.at),
    Column(QT_TRANSLATE_NOOP("Columns", "Move"), lambda r: STOCK_MOVE.label(r.kind)),
    Column(QT_TRANSLATE_NOOP("Columns", "Qty"), lambda r: f"{r.qty:+d}", RIGHT),
    Column(QT_TRANSLATE_NOOP("Columns", "Unit cost"), lambda r: format_yuan(r.unit_cost_fen), RIGHT),
    Column(QT_TRANSLATE_NOOP("Columns", "Value"), lambda r: format_yuan(r.value_fen), RIGHT),
    Column(QT_TRANSLATE_NOOP("Columns", "After"), lambda r: r.qty_after, RIGHT),
    Column(QT_TRANSLATE_NOOP("Columns", "Supplier / department / order"), lambda r: r.detail),
    Column(QT_TRANSLATE_NOOP("Columns", "By"), lambda r: r.staff_name),
]


def _part_style(row: PartRow) -> str | None:
    if not row.active:
        return "muted"
    return "warning" if row.low else None


class StockTab(QWidget):
    def __init__(self, session: Session, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.session = session
        self.search = QLineEdit(self)
        self.search.setObjectName("stock_search")
        self.search.setPlaceholderText(self.tr("Search: code, name, model or pinyin initials (e.g. ktdr)"))
        self.search.setClearButtonEnabled(True)
        self.low_only = QCheckBox(self.tr("Low stock only"), self)
        self.count = QLabel(self)
        self.live = LiveSearch.on_pause(self.search, self.refresh)
        self.low_only.toggled.connect(lambda _c: self.refresh())

        self.parts = PagedTableModel(PART_COLUMNS, row_style=_part_style, parent=self)
        self.table = QTableView(self)
        self.table.setObjectName("stock_list")
        self.table.setModel(self.parts)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.verticalHeader().hide()
        self.table.selectionModel().currentRowChanged.connect(lambda *_: self._show_moves())
        self.table.doubleClicked.connect(lambda _i: self.edit_part())
        self.moves = PagedTableModel(MOVE_COLUMNS, parent=self)
        self.moves_view = QTableView(self)
        self.moves_view.setModel(self.moves)
        self.moves_view.verticalHeader().hide()
        self.moves_title = QLabel(self.tr("Stock moves"), self)

        buttons = QHBoxLayout()
        self.buttons: dict[str, QPushButton] = {}
        for key, text, action, slot in (
            ("new", self.tr("&New part"), Action.PART_EDIT, self.new_part),
            ("edit", self.tr("&Edit"), Action.PART_EDIT, self.edit_part),
            ("receive", self.tr("&Receive"), Action.STOCK_RECEIVE, self.receive),
            ("internal", self.tr("&Internal use"), Action.STOCK_INTERNAL, self.internal_use),
            ("purchase", self.tr("&Direct purchase"), Action.PURCHASE_DIRECT, self.purchase),
            ("import", self.tr("Import from E&xcel"), Action.PART_IMPORT, self.import_excel),
            ("labels", self.tr("&Labels…"), Action.PART_EDIT, self.print_labels),
        ):
            button = QPushButton(text, self)
            button.setObjectName(f"stock_{key}")
            button.clicked.connect(slot)
            button.setVisible(session.can(action))
            buttons.addWidget(button)
            self.buttons[key] = button
        buttons.addStretch(1)

        top = QHBoxLayout()
        top.addWidget(self.search, 1)
        top.addWidget(self.low_only)
        top.addWidget(self.count)
        lower = QWidget(self)
        lower_layout = QVBoxLayout(lower)
        lower_layout.setContentsMargins(0, 0, 0, 0)
        lower_layout.addWidget(self.moves_title)
        lower_layout.addWidget(self.moves_view)
        splitter = QSplitter(Qt.Orientation.Vertical, self)
        splitter.addWidget(self.table)
        splitter.addWidget(lower)
        splitter.setSizes([400, 200])
        layout = QVBoxLayout(self)
        layout.addLayout(top)
        layout.addWidget(splitter, 1)
        layout.addLayout(buttons)
        QShortcut(QKeySequence.StandardKey.Find, self, activated=self.search.setFocus)
        self.refresh()
        fit_columns(self.table)
        remember_columns(self.table, "parts/stock", fitted=True)

    def refresh(self) -> None:
        current = self.current()
        self.parts.set_query(search_parts(self.search.text(), low_only=self.low_only.isChecked()))
        self.count.setText(self.tr("Parts: %1").replace("%1", self.parts.count_text()))
        if current is not None:
            row = self.parts.row_of_id(current.id)
            if row >= 0:
                self.table.selectRow(row)
        self._show_moves()

    def select_part(self, part_id: int) -> None:
        """Show one part (a scanned bin label): its code in the search box, the part selected."""
        from aftersales_desktop.core.models import Part

        part = Part.get_or_none(Part.id == part_id)
        if part is None:
            return
        self.low_only.setChecked(False)
        self.search.setText(part.code)
        self.live.timer.stop()
        self.refresh()
        for row in range(self.parts.rowCount()):
            if self.parts.row_at(row).id == part_id:
                self.table.selectRow(row)
                break

    def apply_filter(self, key: str) -> None:
        self.low_only.setChecked(key == "low_stock")

    def current(self) -> PartRow | None:
        index = self.table.currentIndex()
        return self.parts.row_at(index) if index.isValid() else None

    def _show_moves(self) -> None:
        part = self.current()
        self.moves.set_query(stock_moves(part_id=part.id) if part else None)
        if part is not None:
            fit_columns(self.moves_view)  # a small list: always sized to what it shows
        self.moves_title.setText(self.tr("Stock moves of %1").replace("%1", f"{part.code} {part.name}") if part
                                 else self.tr("Stock moves"))

    def _dialog(self, dialog: QDialog) -> None:
        if dialog.exec() == QDialog.DialogCode.Accepted:
            self.session.notify_changed("parts")
            self.refresh()

    def new_part(self) -> None:
        self._dialog(PartDialog(self.session, parent=self))

    def edit_part(self) -> None:
        part = self.current()
        if part is not None and self.session.can(Action.PART_EDIT):
            self._dialog(PartDialog(self.session, part_id=part.id, parent=self))

    def receive(self) -> None:
        part = self.current()
        self._dialog(ReceiveDialog(self.session, part_id=part.id if part else None, parent=self))

    def internal_use(self) -> None:
        part = self.current()
        self._dialog(InternalUseDialog(self.session, part_id=part.id if part else None, parent=self))

    def purchase(self) -> None:
        part = self.current()
        self._dialog(PurchaseDialog(self.session, part_id=part.id if part else None, parent=self))

    def import_excel(self) -> None:
        from aftersales_desktop.gui.parts.import_dialog import ImportDialog

        self._dialog(ImportDialog(self.session, parent=self))

    def print_labels(self) -> None:
        """Bin labels of the chosen part (code barcode, name, bin)."""
        from aftersales_desktop.gui.parts.labels_dialog import PartLabelsDialog

        part = self.current()
        if part is not None:
            PartLabelsDialog(self.session, part_ids=[part.id], parent=self).exec()
