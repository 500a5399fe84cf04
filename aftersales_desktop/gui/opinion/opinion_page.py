"""The Customer opinion page: survey cards, follow-ups, complaints, contracts, technicians' monthly scores."""

from __future__ import annotations

from PySide6.QtWidgets import QTabWidget, QVBoxLayout, QWidget

from aftersales_desktop.gui.opinion.complaints_tab import ComplaintsTab
from aftersales_desktop.gui.opinion.contracts_tab import ContractsTab
from aftersales_desktop.gui.opinion.follow_ups_tab import FollowUpsTab
from aftersales_desktop.gui.opinion.scores_tab import ScoresTab
from aftersales_desktop.gui.opinion.surveys_tab import SurveysTab
from aftersales_desktop.gui.session import Session


class OpinionPage(QWidget):
    """Tabs for each part of the area; refreshes when opinion (or any) data changes."""

    def __init__(self, session: Session, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.session = session
        self.tabs = QTabWidget(self)
        self.surveys = SurveysTab(session, self)
        self.follow_ups = FollowUpsTab(session, self)
        self.complaints = ComplaintsTab(session, self)
        self.contracts = ContractsTab(session, self)
        self.scores = ScoresTab(session, self)
        self.tabs.addTab(self.surveys, self.tr("Survey cards"))
        self.tabs.addTab(self.follow_ups, self.tr("Follow-ups"))
        self.tabs.addTab(self.complaints, self.tr("Complaints"))
        self.tabs.addTab(self.contracts, self.tr("Contracts"))
        self.tabs.addTab(self.scores, self.tr("Technician scores"))
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.tabs)
        session.data_changed.connect(self._changed)

    def _changed(self, area: str) -> None:
        if area in ("", "opinion", "calls"):
            self.refresh()

    def refresh(self) -> None:
        """Re-read every tab."""
        for tab in (self.surveys, self.follow_ups, self.complaints, self.contracts, self.scores):
            tab.refresh()

    def apply_filter(self, key: str) -> None:
        """The Today page's numbers: contracts_expiring, complaints_open, surveys_outstanding."""
        if key == "contracts_expiring":
            self.tabs.setCurrentWidget(self.contracts)
            self.contracts.expiring.setChecked(True)
        elif key == "complaints_open":
            self.tabs.setCurrentWidget(self.complaints)
            self.complaints.open_only.setChecked(True)
        elif key == "surveys_outstanding":
            self.tabs.setCurrentWidget(self.surveys)
            self.surveys.all_days.setChecked(True)

    def open_record(self, kind: str, record_id: int) -> None:
        """A search hit: a contract, a complaint or a survey card."""
        if kind == "contract":
            self.tabs.setCurrentWidget(self.contracts)
            self.contracts.select(record_id)
        elif kind == "complaint":
            self.tabs.setCurrentWidget(self.complaints)
            self.complaints.select(record_id)
        elif kind == "survey":
            self.tabs.setCurrentWidget(self.surveys)
            self.surveys.select_card(record_id)
