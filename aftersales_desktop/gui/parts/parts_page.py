"""The Parts area (备件管理): stock, work-order parts, claim orders, tools and loans, stocktake, one tab each."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import QTabWidget, QVBoxLayout, QWidget

from aftersales_desktop.gui.session import Session
from aftersales_desktop.gui.widgets.lazy_tabs import LazyTabs, built_from

if TYPE_CHECKING:
    from aftersales_desktop.gui.parts.claims_tab import ClaimsTab
    from aftersales_desktop.gui.parts.stock_tab import StockTab
    from aftersales_desktop.gui.parts.stocktake_tab import StocktakeTab
    from aftersales_desktop.gui.parts.tools_tab import ToolsTab
    from aftersales_desktop.gui.parts.workorder_tab import WorkOrderTab


class PartsPage(QWidget):
    def __init__(self, session: Session, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.session = session
        self.tabs = QTabWidget(self)
        # each tab is built (and reads its list) when first shown: opening Parts reads the stock only
        self.lazy = LazyTabs(self.tabs)
        for key, title, module, name in (  # (the tab, its title, its module here, its class)
            ("stock", self.tr("Stock"), "stock_tab", "StockTab"),
            ("work_order", self.tr("Issue to work order"), "workorder_tab", "WorkOrderTab"),
            ("claims", self.tr("Claim orders"), "claims_tab", "ClaimsTab"),
            ("tools", self.tr("Tools and loans"), "tools_tab", "ToolsTab"),
            ("stocktake", self.tr("Stocktake"), "stocktake_tab", "StocktakeTab"),
        ):
            self.lazy.add(key, title, built_from(f"{__package__}.{module}", name, self.session))
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.tabs)
        for number, key in enumerate(("stock", "work_order", "claims", "tools", "stocktake"), start=1):
            QShortcut(QKeySequence(f"Alt+{number}"), self, activated=lambda k=key: self.lazy.show(k))
        self.lazy.reshown.connect(lambda _tab: self.refresh())
        session.data_changed.connect(self._data_changed)

    @property
    def stock(self) -> StockTab:
        return self.lazy.get("stock")  # type: ignore[return-value]

    @property
    def work_order(self) -> WorkOrderTab:
        return self.lazy.get("work_order")  # type: ignore[return-value]

    @property
    def claims(self) -> ClaimsTab:
        return self.lazy.get("claims")  # type: ignore[return-value]

    @property
    def tools(self) -> ToolsTab:
        return self.lazy.get("tools")  # type: ignore[return-value]

    @property
    def stocktake(self) -> StocktakeTab:
        return self.lazy.get("stocktake")  # type: ignore[return-value]

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
            self.lazy.show("stock")
            self.stock.apply_filter(key)
        elif key == "overdue_tools":
            self.lazy.show("tools")
            self.tools.apply_filter(key)
        elif key == "stocktake":
            self.lazy.show("stocktake")
        elif key == "claims_waiting":
            self.lazy.show("claims")
            self.claims.filter.setCurrentIndex(1)

    def open_record(self, kind: str, record_id: int) -> None:
        """Show the parts of a repair card or a call, a claim order (its deposit receipts too), or a part."""
        if kind in ("repair_card", "call"):
            self.lazy.show("work_order")
            self.work_order.open_record(kind, record_id)
        elif kind == "claim":
            self.lazy.show("claims")
            self.claims.select_claim(record_id)
        elif kind == "part":
            self.lazy.show("stock")
            self.stock.select_part(record_id)
