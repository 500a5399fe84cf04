"""Counter authority: record a discount or an accident-repair margin, see the warning at once, and (supervisor)
approve it or turn it into a conduct entry in one step."""

from __future__ import annotations

from PySide6.QtCore import QT_TRANSLATE_NOOP, Qt
from PySide6.QtWidgets import (
    QAbstractItemView,
    QCheckBox,
    QComboBox,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QSpinBox,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from aftersales_desktop.core import settings
from aftersales_desktop.core.errors import UserError
from aftersales_desktop.core.permissions import Action
from aftersales_desktop.core.queries.conduct import AuthorityRow, authority_events
from aftersales_desktop.core.services.authority import (
    approve_event,
    record_discount,
    record_margin,
    warning_to_entry,
)
from aftersales_desktop.gui import messages
from aftersales_desktop.gui.session import Session
from aftersales_desktop.gui.widgets.form_errors import FormErrors
from aftersales_desktop.gui.widgets.paged_table import Column, PagedTableModel

KINDS = {"discount": QT_TRANSLATE_NOOP("AuthorityTab", "Discount"),
         "low_margin": QT_TRANSLATE_NOOP("AuthorityTab", "Accident-repair margin")}  # fmt: skip


def _kind(row: AuthorityRow) -> str:
    from PySide6.QtCore import QCoreApplication

    return QCoreApplication.translate("AuthorityTab", KINDS.get(row.kind, row.kind))


COLUMNS = [
    Column(QT_TRANSLATE_NOOP("Columns", "When"), lambda r: r.at),
    Column(QT_TRANSLATE_NOOP("Columns", "Staff member"), lambda r: r.staff_name),
    Column(QT_TRANSLATE_NOOP("Columns", "Kind"), _kind),
    Column(QT_TRANSLATE_NOOP("Columns", "Order"), lambda r: r.reference),
    Column(QT_TRANSLATE_NOOP("Columns", "%"), lambda r: r.percent, Qt.AlignmentFlag.AlignRight),
    Column(QT_TRANSLATE_NOOP("Columns", "Reason"), lambda r: r.reason, tooltip=lambda r: r.reason),
    Column(QT_TRANSLATE_NOOP("Columns", "Approved by"), lambda r: r.approved_by),
    Column(QT_TRANSLATE_NOOP("Columns", "Entry"), lambda r: r.entry_number),
    Column(QT_TRANSLATE_NOOP("Columns", "Warning"), lambda r: r.warning, tooltip=lambda r: r.warning),
]


def _style(row: AuthorityRow) -> str | None:
    if row.warning and not row.entry_number:
        return "warning"
    return "muted" if row.entry_number else None


class AuthorityTab(QWidget):
    def __init__(self, session: Session, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.session = session
        box = QGroupBox(self.tr("Record a discount or an accident-repair margin"), self)
        self.kind = QComboBox(box)
        self.kind.addItem(self.tr("Discount"), "discount")
        self.kind.addItem(self.tr("Accident-repair margin"), "low_margin")
        self.reference = QLineEdit(box)
        self.reference.setPlaceholderText(self.tr("Call, repair card or order number"))
        self.percent = QSpinBox(box)
        self.percent.setRange(-100, 100)
        self.percent.setSuffix(" %")
        self.reason = QLineEdit(box)
        self.record_button = QPushButton(self.tr("Re&cord"), box)
        self.rule_hint = QLabel(box)
        self.rule_hint.setProperty("role", "hint")
        self.warning = QLabel(box)
        self.warning.setWordWrap(True)
        self.warning.setStyleSheet("color: #8a5300; font-weight: bold;")
        self.reference.setMinimumWidth(170)
        self.reason.setMinimumWidth(260)
        fields = QHBoxLayout()
        for label, widget in ((self.tr("Kind"), self.kind), (self.tr("Order no."), self.reference),
                              (self.tr("Percent"), self.percent), (self.tr("Reason"), self.reason)):
            fields.addWidget(QLabel(label, box))
            fields.addWidget(widget, 2 if widget is self.reason else 0)
        fields.addWidget(self.record_button)
        form = QVBoxLayout(box)
        form.addLayout(fields)
        form.addWidget(self.rule_hint)
        form.addWidget(self.warning)
        self.error_label = QLabel(box)
        form.insertWidget(0, self.error_label)
        self.errors = FormErrors(self.error_label, {"reference": self.reference, "percent": self.percent,
                                                    "reason": self.reason})  # fmt: skip
        self.only_warnings = QCheckBox(self.tr("Only standing warnings"), self)
        self.approve_button = QPushButton(self.tr("&Approve"), self)
        self.entry_button = QPushButton(self.tr("&Turn into conduct entry"), self)
        bar = QHBoxLayout()
        bar.addWidget(self.only_warnings)
        bar.addStretch(1)
        bar.addWidget(self.approve_button)
        bar.addWidget(self.entry_button)
        supervisor = session.can(Action.CONDUCT_RECORD)
        self.approve_button.setVisible(supervisor)
        self.entry_button.setVisible(supervisor)
        box.setVisible(session.can(Action.DISCOUNT_GIVE))
        self.model = PagedTableModel(COLUMNS, row_style=_style, parent=self)
        self.view = QTableView(self)
        self.view.setModel(self.model)
        self.view.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.view.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.view.verticalHeader().hide()
        self.view.horizontalHeader().setStretchLastSection(True)
        self.view.setWordWrap(False)
        for column, width in enumerate([125, 70, 110, 150, 40, 200, 70, 110]):
            self.view.setColumnWidth(column, width)
        layout = QVBoxLayout(self)
        layout.addWidget(box)
        layout.addLayout(bar)
        layout.addWidget(self.view, 1)
        self.kind.currentIndexChanged.connect(self.kind_changed)
        self.record_button.clicked.connect(self.record)
        self.reason.returnPressed.connect(self.record)
        self.only_warnings.toggled.connect(self.refresh)
        self.approve_button.clicked.connect(self.approve)
        self.entry_button.clicked.connect(self.to_entry)
        self.kind_changed()
        self.refresh()

    def kind_changed(self) -> None:
        if self.kind.currentData() == "discount":
            self.percent.setValue(settings.get("discount_max_percent"))
            self.rule_hint.setText(
                self.tr("Up to %1% off a general repair, at most %2 orders a week, each with a reason.")
                .replace("%1", str(settings.get("discount_max_percent")))
                .replace("%2", str(settings.get("discount_max_per_week")))
            )
        else:
            self.percent.setValue(settings.get("margin_min_percent"))
            self.rule_hint.setText(
                self.tr("Below %1% gross margin an accident repair needs a stated reason and approval.")
                .replace("%1", str(settings.get("margin_min_percent")))
            )

    def record(self) -> None:
        self.errors.clear()
        fn = record_discount if self.kind.currentData() == "discount" else record_margin
        try:
            result = fn(self.session.actor, self.reference.text(), self.percent.value(), self.reason.text())
        except UserError as error:
            self.errors.show(error)
            return
        if result.warning:
            self.warning.setText("⚠ " + str(result.warning))
            messages.warn(self, str(result.warning))
        else:
            self.warning.setText(self.tr("Within authority."))
        self.reference.clear()
        self.reason.clear()
        self.session.notify_changed("conduct")
        self.refresh()

    def refresh(self) -> None:
        self.model.set_query(authority_events(self.session.actor, only_warnings=self.only_warnings.isChecked()))

    def selected(self) -> AuthorityRow | None:
        row = self.model.row_at(self.view.currentIndex())
        if row is None:
            messages.info(self, self.tr("Select a record first."))
        return row

    def approve(self) -> None:
        row = self.selected()
        if row and self.session.call(self, approve_event, self.session.actor, row.id)[0]:
            self.session.notify_changed("conduct")
            self.refresh()

    def to_entry(self) -> None:
        row = self.selected()
        if row is None:
            return
        ok, entry = self.session.call(self, warning_to_entry, self.session.actor, row.id)
        if ok:
            messages.info(self, self.tr("Recorded as conduct entry %1.").replace("%1", entry.number))
            self.session.notify_changed("conduct")
            self.refresh()
