"""Record a fine or reward: staff, time, rule (searchable), what happened, amount — with the ladder step
and penalty shown before saving. Keyboard first: Tab through, Enter saves."""

from __future__ import annotations

import datetime as dt

from PySide6.QtCore import QDate, QDateTime, Qt, QTime
from PySide6.QtWidgets import (
    QDateTimeEdit,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QVBoxLayout,
    QWidget,
)

from aftersales_desktop.core import clock
from aftersales_desktop.core.errors import UserError, ValidationError
from aftersales_desktop.core.i18n import T
from aftersales_desktop.core.models import ConductEntry
from aftersales_desktop.core.money import format_yuan, parse_yuan
from aftersales_desktop.core.services.conduct import EntryPreview, preview_entry, record_entry
from aftersales_desktop.gui.conduct.pickers import RuleCombo, StaffCombo
from aftersales_desktop.gui.session import Session
from aftersales_desktop.gui.widgets.form_errors import FormErrors


def qt_datetime(value: dt.datetime) -> QDateTime:
    """A Python wall-clock time as a QDateTime (local, to the minute)."""
    return QDateTime(QDate(value.year, value.month, value.day), QTime(value.hour, value.minute))


class DateTimeField(QDateTimeEdit):
    """Tab leaves the field instead of walking through its sections (type digits, arrows move inside)."""

    def focusNextPrevChild(self, forward: bool) -> bool:  # noqa: N802 - Qt's name
        return QWidget.focusNextPrevChild(self, forward)


class RecordEntryDialog(QDialog):
    """The form for one conduct entry; `entry` holds the saved record after accept()."""

    def __init__(self, session: Session, *, parent: QWidget | None = None, staff_id: int | None = None) -> None:
        super().__init__(parent)
        self.session = session
        self.entry: ConductEntry | None = None
        self._preview: EntryPreview | None = None
        self.setWindowTitle(self.tr("Record a fine or reward"))
        self.staff = StaffCombo(self)
        self.when = DateTimeField(self)
        self.when.setCalendarPopup(True)
        self.when.setDisplayFormat("yyyy-MM-dd HH:mm")
        self.when.setDateTime(qt_datetime(clock.now()))
        self.when.setMaximumDateTime(qt_datetime(clock.now()))
        self.rule = RuleCombo(self)
        self.rule.lineEdit().setPlaceholderText(self.tr("Type a code or words of the rule, e.g. 争吵"))
        self.rule_text = QLabel(self)
        self.rule_text.setWordWrap(True)
        self.rule_text.setProperty("role", "hint")
        self.rule_text.setMinimumHeight(self.rule_text.fontMetrics().lineSpacing() * 3 + 4)  # the longest title
        self.rule_text.setAlignment(Qt.AlignmentFlag.AlignTop | Qt.AlignmentFlag.AlignLeft)
        self.description = QLineEdit(self)
        self.description.setPlaceholderText(self.tr("What happened"))
        self.amount = QLineEdit(self)
        self.range_label = QLabel(self)
        self.range_label.setProperty("role", "hint")
        self.preview_label = QLabel(self)
        self.preview_label.setWordWrap(True)
        self.preview_label.setStyleSheet("font-weight: bold;")
        self.error_label = QLabel(self)

        form = QFormLayout()
        form.addRow(self.tr("&Staff member"), self.staff)
        form.addRow(self.tr("&When"), self.when)
        form.addRow(self.tr("&Rule"), self.rule)
        form.addRow("", self.rule_text)
        form.addRow(self.tr("What &happened"), self.description)
        form.addRow(self.tr("&Amount (yuan)"), self.amount)
        form.addRow("", self.range_label)
        form.addRow(self.tr("Penalty"), self.preview_label)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Save | QDialogButtonBox.StandardButton.Cancel)
        buttons.accepted.connect(self.save)
        buttons.rejected.connect(self.reject)
        self.save_button = buttons.button(QDialogButtonBox.StandardButton.Save)
        self.save_button.setDefault(True)
        layout = QVBoxLayout(self)
        layout.addWidget(self.error_label)
        layout.addLayout(form)
        layout.addWidget(buttons)
        self.errors = FormErrors(
            self.error_label,
            {"staff": self.staff, "occurred_at": self.when, "rule": self.rule, "description": self.description,
             "amount": self.amount},
        )  # fmt: skip
        for name in ("staff", "when", "rule", "description", "amount", "preview_label"):
            getattr(self, name).setObjectName(name)
        QWidget.setTabOrder(self.staff, self.when)
        QWidget.setTabOrder(self.when, self.rule)
        QWidget.setTabOrder(self.rule, self.description)
        QWidget.setTabOrder(self.description, self.amount)
        self.staff.currentTextChanged.connect(self.update_preview)
        self.rule.currentTextChanged.connect(self.update_preview)
        self.when.dateTimeChanged.connect(self.update_preview)
        if staff_id is not None:
            self.staff.select_id(staff_id)
        self.resize(640, self.sizeHint().height())
        self.update_preview()
        self.staff.setFocus(Qt.FocusReason.OtherFocusReason)

    def update_preview(self) -> None:
        """Show the range and the ladder step for the chosen person, rule and time, before saving."""
        staff_id, rule_id = self.staff.current_id(), self.rule.current_id()
        chosen = self.rule.current_rule()
        self.rule_text.setText(f"{chosen.title}({chosen.source})" if chosen else "")
        if rule_id is None:
            self._preview = None
            self.range_label.setText(self.tr("Choose a rule to see its penalty."))
            self.preview_label.clear()
            return
        moment = self.when.dateTime().toPython()
        preview = preview_entry(staff_id or 0, rule_id, moment)
        previous = self._preview
        self._preview = preview
        if preview.fixed_amount:
            self.range_label.setText(self.tr("Fixed amount: %1 yuan").replace("%1", format_yuan(preview.min_fen)))
        else:
            self.range_label.setText(
                self.tr("Allowed: %1 – %2 yuan").replace("%1", format_yuan(preview.min_fen)).replace(
                    "%2", format_yuan(preview.max_fen))
            )  # fmt: skip
        text = str(preview.penalty())
        if preview.step and staff_id is None:
            text += "  " + self.tr("(choose the staff member to count earlier times)")
        self.preview_label.setText(text)
        typed = self.amount.text().strip()
        keep = typed and previous is not None and (previous.min_fen, previous.max_fen) == (preview.min_fen, preview.max_fen)
        if not keep:
            self.amount.setText(format_yuan(preview.min_fen).replace(",", ""))
        self.amount.setReadOnly(preview.fixed_amount)

    def save(self) -> None:
        """Validate and record; on a refusal the sentence shows at its field and the form keeps its text."""
        self.errors.clear()
        try:
            staff_id = self.staff.current_id()
            if staff_id is None:
                raise ValidationError(T("请选择员工。", "Choose the staff member."), "staff")
            rule_id = self.rule.current_id()
            if rule_id is None:
                raise ValidationError(T("请从列表中选择条款。", "Choose a rule from the list."), "rule")
            amount = parse_yuan(self.amount.text(), "amount")
            self.entry = record_entry(
                self.session.actor, staff_id, rule_id, self.when.dateTime().toPython(), self.description.text(), amount
            )
        except UserError as error:
            self.errors.show(error)
            return
        self.session.notify_changed("conduct")
        self.accept()
