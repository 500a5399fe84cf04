"""The Customer opinion page: survey cards, follow-ups, complaints, contracts, technicians' monthly scores."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtWidgets import QTabWidget, QVBoxLayout, QWidget

from aftersales_desktop.gui.session import Session
from aftersales_desktop.gui.widgets.lazy_tabs import LazyTabs, built_from

if TYPE_CHECKING:
    from aftersales_desktop.gui.opinion.complaints_tab import ComplaintsTab
    from aftersales_desktop.gui.opinion.contracts_tab import ContractsTab
    from aftersales_desktop.gui.opinion.follow_ups_tab import FollowUpsTab
    from aftersales_desktop.gui.opinion.scores_tab import ScoresTab
    from aftersales_desktop.gui.opinion.surveys_tab import SurveysTab


class OpinionPage(QWidget):
    """Tabs for each part of the area, each built when first shown; refreshes when opinion (or any) data
    changes."""

    def __init__(self, session: Session, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.session = session
        self.tabs = QTabWidget(self)
        self.lazy = LazyTabs(self.tabs)
        for key, title, module, name in (  # (the tab, its title, its module here, its class)
            ("surveys", self.tr("Survey cards"), "surveys_tab", "SurveysTab"),
            ("follow_ups", self.tr("Follow-ups"), "follow_ups_tab", "FollowUpsTab"),
            ("complaints", self.tr("Complaints"), "complaints_tab", "ComplaintsTab"),
            ("contracts", self.tr("Contracts"), "contracts_tab", "ContractsTab"),
            ("scores", self.tr("Technician scores"), "scores_tab", "ScoresTab"),
        ):
            self.lazy.add(key, title, built_from(f"{__package__}.{module}", name, self.session))
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.tabs)
        session.data_changed.connect(self._changed)

    @property
    def surveys(self) -> SurveysTab:
        return self.lazy.get("surveys")  # type: ignore[return-value]

    @property
    def follow_ups(self) -> FollowUpsTab:
        return self.lazy.get("follow_ups")  # type: ignore[return-value]

    @property
    def complaints(self) -> ComplaintsTab:
        return self.lazy.get("complaints")  # type: ignore[return-value]

    @property
    def contracts(self) -> ContractsTab:
        return self.lazy.get("contracts")  # type: ignore[return-value]

    @property
    def scores(self) -> ScoresTab:
        return self.lazy.get("scores")  # type: ignore[return-value]

    def _changed(self, area: str) -> None:
        if area in ("", "opinion", "calls"):
            self.refresh()

    def refresh(self) -> None:
        """Re-read every tab built so far (the others read their data when first shown)."""
        for tab in list(self.lazy.built.values()):
            tab.refresh()  # type: ignore[attr-defined]

    def apply_filter(self, key: str) -> None:
        """The Today page's numbers: contracts_expiring, complaints_open, surveys_outstanding."""
        if key == "contracts_expiring":
            self.lazy.show("contracts")
            self.contracts.expiring.setChecked(True)
        elif key == "complaints_open":
            self.lazy.show("complaints")
            self.complaints.open_only.setChecked(True)
        elif key == "surveys_outstanding":
            self.lazy.show("surveys")
            self.surveys.all_days.setChecked(True)

    def open_record(self, kind: str, record_id: int) -> None:
        """A search hit: a contract, a complaint or a survey card."""
        if kind == "contract":
            self.lazy.show("contracts")
            self.contracts.select(record_id)
        elif kind == "complaint":
            self.lazy.show("complaints")
            self.complaints.select(record_id)
        elif kind == "survey":
            self.lazy.show("surveys")
            self.surveys.select_card(record_id)
