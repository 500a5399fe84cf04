"""The Conduct page (奖罚记录): the log, the month for payroll, the rule catalogue and counter authority."""

from __future__ import annotations

from PySide6.QtWidgets import QTabWidget, QVBoxLayout, QWidget

from aftersales_desktop.gui.conduct.authority_tab import AuthorityTab
from aftersales_desktop.gui.conduct.entries_tab import EntriesTab
from aftersales_desktop.gui.conduct.rules_tab import RulesTab
from aftersales_desktop.gui.conduct.summary_tab import SummaryTab
from aftersales_desktop.gui.session import Session


class ConductPage(QWidget):
    """Tabs: Entries, Monthly summary, Rules, Authority; refreshes when conduct data changes."""

    def __init__(self, session: Session, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.session = session
        self.tabs = QTabWidget(self)
        self.entries = EntriesTab(session, self)
        self.summary = SummaryTab(session, self)
        self.rules = RulesTab(session, self)
        self.authority = AuthorityTab(session, self)
        self.tabs.addTab(self.entries, self.tr("Entries"))
        self.tabs.addTab(self.summary, self.tr("Monthly summary"))
        self.tabs.addTab(self.rules, self.tr("Rules"))
        self.tabs.addTab(self.authority, self.tr("Authority"))
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.tabs)
        session.data_changed.connect(self._changed)

    def _changed(self, area: str) -> None:
        if area in ("", "conduct"):
            self.refresh()

    def refresh(self) -> None:
        """Re-read every tab (after data changed anywhere in the conduct area)."""
        for tab in (self.entries, self.summary, self.rules, self.authority):
            tab.refresh()

    def apply_filter(self, key: str) -> None:
        """'warnings' opens the standing authority warnings; anything else the log."""
        if key == "warnings":
            self.tabs.setCurrentWidget(self.authority)
            self.authority.only_warnings.setChecked(True)
        else:
            self.tabs.setCurrentWidget(self.entries)

    def open_record(self, kind: str, record_id: int) -> None:
        """Show one entry (a search hit) in the log."""
        self.tabs.setCurrentWidget(self.entries)
        self.entries.show_entry(record_id)
