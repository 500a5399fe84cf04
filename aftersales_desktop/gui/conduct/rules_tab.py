"""The rule catalogue: everyone may read it; the manager adds and edits rules and retires those in use."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QAbstractItemView,
    QCheckBox,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QSpinBox,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from aftersales_desktop.core.concurrency import version_of
from aftersales_desktop.core.errors import UserError
from aftersales_desktop.core.i18n import T
from aftersales_desktop.core.models import ConductRule
from aftersales_desktop.core.money import format_yuan, parse_yuan
from aftersales_desktop.core.permissions import Action
from aftersales_desktop.core.queries.conduct import RuleRow, rules
from aftersales_desktop.core.services.conduct import add_rule, edit_rule, rest_words, retire_rule
from aftersales_desktop.core.vocab import CONDUCT_AREA, ENTRY_KIND
from aftersales_desktop.gui import messages
from aftersales_desktop.gui.session import Session
from aftersales_desktop.gui.widgets.form_errors import FormErrors
from aftersales_desktop.gui.widgets.live_search import LiveSearch


def ladder_text(ladder: list | None) -> str:
    """'5.00 → 扣半天休 → 扣一天休' for the appearance ladder."""
    steps = []
    for rung in ladder or []:
        if rung.get("fine_fen"):
            steps.append(format_yuan(rung["fine_fen"]))
        elif rung.get("rest_half_days"):
            steps.append(str(rest_words(rung["rest_half_days"])))
    return " → ".join(steps)


def penalty_text(row: RuleRow) -> str:
    if row.ladder:
        return ladder_text(row.ladder)
    parts = []
    if row.max_fen:
        parts.append(format_yuan(row.min_fen) if row.min_fen == row.max_fen
                     else f"{format_yuan(row.min_fen)}–{format_yuan(row.max_fen)}")  # fmt: skip
    if row.rest_half_days:
        parts.append(str(rest_words(row.rest_half_days)))
    if row.self_criticism:
        parts.append(str(T("书面检讨", "self-criticism")))
    if row.dismissal:
        parts.append(str(T("开除", "dismissal")))
    return ",".join(parts)


class RuleDialog(QDialog):
    """Add or edit one rule (the ladder, when a rule has one, is kept as seeded)."""

    def __init__(self, session: Session, *, parent: QWidget | None = None, row: RuleRow | None = None) -> None:
        super().__init__(parent)
        self.session, self.row = session, row
        self.setWindowTitle(self.tr("Edit rule") if row else self.tr("Add rule"))
        self.code = QLineEdit(row.code if row else "", self)
        self.area = QComboBox(self)
        for code, label in CONDUCT_AREA.choices():
            self.area.addItem(label, code)
        self.title = QLineEdit(row.title if row else "", self)
        self.kind = QComboBox(self)
        for code, label in ENTRY_KIND.choices():
            self.kind.addItem(label, code)
        self.min_yuan = QLineEdit(format_yuan(row.min_fen) if row else "0", self)
        self.max_yuan = QLineEdit(format_yuan(row.max_fen) if row else "0", self)
        self.rest = QSpinBox(self)
        self.rest.setRange(0, 20)
        self.rest.setSuffix(self.tr(" half day(s)"))
        self.criticism = QCheckBox(self.tr("Written self-criticism"), self)
        self.dismissal = QCheckBox(self.tr("Dismissal"), self)
        self.source = QLineEdit(row.source if row else "", self)
        self.seen_version: int | None = None
        if row:
            self.reload_record()
        form = QFormLayout()
        form.addRow(self.tr("Code"), self.code)
        form.addRow(self.tr("Area"), self.area)
        form.addRow(self.tr("Rule"), self.title)
        form.addRow(self.tr("Fine or reward"), self.kind)
        form.addRow(self.tr("Minimum (yuan)"), self.min_yuan)
        form.addRow(self.tr("Maximum (yuan)"), self.max_yuan)
        form.addRow(self.tr("Rest docked"), self.rest)
        form.addRow("", self.criticism)
        form.addRow("", self.dismissal)
        form.addRow(self.tr("Source in the rulebook"), self.source)
        if row and row.ladder:
            form.addRow(self.tr("Escalation"), QLabel(ladder_text(row.ladder), self))
        self.error_label = QLabel(self)
        self.errors = FormErrors(self.error_label, {"code": self.code, "area": self.area, "title": self.title,
                                                    "min_fen": self.min_yuan, "max_fen": self.max_yuan})  # fmt: skip
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Save | QDialogButtonBox.StandardButton.Cancel)
        buttons.accepted.connect(self.save)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(self.error_label)
        layout.addLayout(form)
        layout.addWidget(buttons)
        self.resize(560, self.sizeHint().height())

    def reload_record(self) -> None:
        """Fill the form from the rule as stored now (the list's row may be older) and keep its version: a save
        after someone else's is refused (core/concurrency.py)."""
        assert self.row is not None
        rule = ConductRule.get_by_id(self.row.id)
        self.seen_version = version_of("conduct_rule", rule.id)
        self.code.setText(rule.code)
        self.title.setText(rule.title)
        self.min_yuan.setText(format_yuan(rule.min_fen))
        self.max_yuan.setText(format_yuan(rule.max_fen))
        self.source.setText(rule.source)
        self.area.setCurrentIndex(self.area.findData(rule.area))
        self.kind.setCurrentIndex(self.kind.findData(rule.kind))
        self.rest.setValue(rule.rest_half_days)
        self.criticism.setChecked(rule.self_criticism)
        self.dismissal.setChecked(rule.dismissal)

    def save(self) -> None:
        try:
            values = {
                "code": self.code.text(), "area": self.area.currentData(), "title": self.title.text(),
                "kind": self.kind.currentData(), "min_fen": parse_yuan(self.min_yuan.text(), "min_fen"),
                "max_fen": parse_yuan(self.max_yuan.text(), "max_fen"), "rest_half_days": self.rest.value(),
                "self_criticism": self.criticism.isChecked(), "dismissal": self.dismissal.isChecked(),
                "source": self.source.text(),
            }  # fmt: skip
            if self.row:
                edit_rule(self.session.actor, self.row.id, seen_version=self.seen_version, **values)
            else:
                add_rule(self.session.actor, **values)
        except UserError as error:
            if not self.session.offered_reload(self, error):
                self.errors.show(error)
            return
        self.session.notify_changed("conduct")
        self.accept()


class RulesTab(QWidget):
    def __init__(self, session: Session, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.session = session
        self.rows: list[RuleRow] = []
        self.search = QLineEdit(self)
        self.search.setPlaceholderText(self.tr("Search code or rule…"))
        self.search.setClearButtonEnabled(True)
        self.retired = QCheckBox(self.tr("Show retired"), self)
        self.add_button = QPushButton(self.tr("&Add rule…"), self)
        self.edit_button = QPushButton(self.tr("&Edit…"), self)
        self.retire_button = QPushButton(self.tr("Retire / restore"), self)
        bar = QHBoxLayout()
        bar.addWidget(self.search, 1)
        bar.addWidget(self.retired)
        for button in (self.add_button, self.edit_button, self.retire_button):
            bar.addWidget(button)
            button.setVisible(session.can(Action.CONDUCT_RULE_EDIT))
        self.table = QTableWidget(0, 6, self)
        self.table.setHorizontalHeaderLabels([self.tr("Code"), self.tr("Area"), self.tr("Rule"), self.tr("Penalty (yuan)"),
                                              self.tr("Source"), self.tr("Used")])  # fmt: skip
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setWordWrap(False)
        self.table.verticalHeader().hide()
        layout = QVBoxLayout(self)
        layout.addLayout(bar)
        layout.addWidget(self.table, 1)
        self.live = LiveSearch.on_pause(self.search, self.refresh)
        self.retired.toggled.connect(self.refresh)
        self.add_button.clicked.connect(self.add)
        self.edit_button.clicked.connect(self.edit)
        self.retire_button.clicked.connect(self.retire)
        self.refresh()

    def refresh(self) -> None:
        self.rows = rules(include_retired=self.retired.isChecked(), text=self.search.text())
        self.table.setRowCount(len(self.rows))
        for r, row in enumerate(self.rows):
            values = [row.code, CONDUCT_AREA.label(row.area), row.title, penalty_text(row), row.source, str(row.in_use)]
            for c, value in enumerate(values):
                item = QTableWidgetItem(value)
                item.setToolTip(value)
                if not row.active:
                    item.setForeground(Qt.GlobalColor.gray)
                self.table.setItem(r, c, item)
        self.table.resizeColumnsToContents()
        self.table.setColumnWidth(2, min(self.table.columnWidth(2), 420))

    def current(self) -> RuleRow | None:
        r = self.table.currentRow()
        if not 0 <= r < len(self.rows):
            messages.info(self, self.tr("Select a rule first."))
            return None
        return self.rows[r]

    def add(self) -> None:
        if RuleDialog(self.session, parent=self).exec():
            self.refresh()

    def edit(self) -> None:
        row = self.current()
        if row and RuleDialog(self.session, parent=self, row=row).exec():
            self.refresh()

    def retire(self) -> None:
        row = self.current()
        if row is None:
            return
        ok, _ = self.session.call(self, retire_rule, self.session.actor, row.id, row.active)
        if ok:
            self.session.notify_changed("conduct")
            self.refresh()
