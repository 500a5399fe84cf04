"""The Parts area (备件管理): stock, work-order parts, claim orders, tools and loans, stocktake, one tab each."""

from __future__ import annotations

from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import QTabWidget, QVBoxLayout, QWidget

from aftersales_desktop.gui.parts.claims_tab import ClaimsTab
from aftersales_desktop.gui.parts.stock_tab import StockTab
from aftersales_desktop.gui.parts.stocktake_tab import StocktakeTab
from aftersales_desktop.gui.parts.tools_tab import ToolsTab
from aftersales_desktop.gui.parts.workorder_tab import WorkOrderTab
from aftersales_desktop.gui.session import Session


class PartsPage(QWidget):
    def __init__(self, session: Session, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.session = session
        self.tabs = QTabWidget(self)
        self.stock = StockTab(session, self)
        self.work_order = WorkOrderTab(session, self)
        self.claims = ClaimsTab(session, self)
        self.tools = ToolsTab(session, self)
        self.stocktake = StocktakeTab(session, self)
        self.tabs.addTab(self.stock, self.tr("Stock"))
        self.tabs.addTab(self.work_order, self.tr("Issue to work order"))
        self.tabs.addTab(self.claims, self.tr("Claim orders"))
        self.tabs.addTab(self.tools, self.tr("Tools and loans"))
        self.tabs.addTab(self.stocktake, self.tr("Stocktake"))
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.tabs)
        for number, tab in enumerate((self.stock, self.work_order, self.claims, self.tools, self.stocktake), start=1):
            QShortcut(QKeySequence(f"Alt+{number}"), self, activated=lambda t=tab: self.tabs.setCurrentWidget(t))
        self.tabs.currentChanged.connect(lambda _i: self.refresh())
        session.data_changed.connect(self._data_changed)

    def _data_changed(self, area: str) -> None:
        if area in ("", "parts", "repairs", "calls"):
            self.refresh()

    def refresh(self) -> None:
        """Re-read the visible tab (the others re-read when they are shown)."""
        current = self.tabs.currentWidget()
        if hasattr(current, "refresh"):
            current.refresh()

    def apply_filter(self, key: str) -> None:
        """A Today number was clicked: low_stock, overdue_tools, claims_waiting or stocktake."""
        if key == "low_stock":
            self.tabs.setCurrentWidget(self.stock)
            self.stock.apply_filter(key)
        elif key == "overdue_tools":
            self.tabs.setCurrentWidget(self.tools)
            self.tools.apply_filter(key)
        elif key == "stocktake":
            self.tabs.setCurrentWidget(self.stocktake)
        elif key == "claims_waiting":
            self.tabs.setCurrentWidget(self.claims)
            self.claims.filter.setCurrentIndex(1)

    def open_record(self, kind: str, record_id: int) -> None:
        """Show the parts of a repair card or a call, a claim order (its deposit receipts too), or a part."""
        if kind in ("repair_card", "call"):
            self.tabs.setCurrentWidget(self.work_order)
            self.work_order.open_record(kind, record_id)
        elif kind == "claim":
            self.tabs.setCurrentWidget(self.claims)
            self.claims.select_claim(record_id)
        elif kind == "part":
            self.tabs.setCurrentWidget(self.stock)
            self.stock.select_part(record_id)
