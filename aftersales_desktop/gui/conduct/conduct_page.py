"""The Conduct page (奖罚记录): the log, the month for payroll, the rule catalogue and counter authority."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtWidgets import QTabWidget, QVBoxLayout, QWidget

from aftersales_desktop.gui.conduct.entries_tab import EntriesTab
from aftersales_desktop.gui.session import Session
from aftersales_desktop.gui.widgets.lazy_tabs import LazyTabs, built_from

if TYPE_CHECKING:
    from aftersales_desktop.gui.conduct.authority_tab import AuthorityTab
    from aftersales_desktop.gui.conduct.rules_tab import RulesTab
    from aftersales_desktop.gui.conduct.summary_tab import SummaryTab


class ConductPage(QWidget):
    """Tabs: Entries, Monthly summary, Rules, Authority (each built when first shown); refreshes when conduct
    data changes."""

    def __init__(self, session: Session, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.session = session
        self.tabs = QTabWidget(self)
        self.lazy = LazyTabs(self.tabs)
        self.lazy.add("entries", self.tr("Entries"), lambda parent: EntriesTab(session, parent))
        for key, title, module, name in (  # (the tab, its title, its module here, its class)
            ("summary", self.tr("Monthly summary"), "summary_tab", "SummaryTab"),
            ("rules", self.tr("Rules"), "rules_tab", "RulesTab"),
            ("authority", self.tr("Authority"), "authority_tab", "AuthorityTab"),
        ):
            self.lazy.add(key, title, built_from(f"{__package__}.{module}", name, self.session))
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.tabs)
        session.data_changed.connect(self._changed)

    @property
    def entries(self) -> EntriesTab:
        return self.lazy.get("entries")  # type: ignore[return-value]

    @property
    def summary(self) -> SummaryTab:
        return self.lazy.get("summary")  # type: ignore[return-value]

    @property
    def rules(self) -> RulesTab:
        return self.lazy.get("rules")  # type: ignore[return-value]

    @property
    def authority(self) -> AuthorityTab:
        return self.lazy.get("authority")  # type: ignore[return-value]

    def _changed(self, area: str) -> None:
        if area in ("", "conduct"):
            self.refresh()

    def refresh(self) -> None:
        """Re-read every tab built so far (after data changed anywhere in the conduct area); the others read
        their data when first shown."""
        for tab in list(self.lazy.built.values()):
            tab.refresh()  # type: ignore[attr-defined]

    def apply_filter(self, key: str) -> None:
        """'warnings' opens the standing authority warnings; anything else the log."""
        if key == "warnings":
            self.lazy.show("authority")
            self.authority.only_warnings.setChecked(True)
        else:
            self.lazy.show("entries")

    def open_record(self, kind: str, record_id: int) -> None:
        """Show one entry (a search hit) in the log."""
        self.lazy.show("entries")
        self.entries.show_entry(record_id)
