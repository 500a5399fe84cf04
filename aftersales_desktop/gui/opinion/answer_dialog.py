"""Enter a survey card's answer: four items, four levels each, and the customer's words.

Keyboard first: type four digits (4 = very satisfied … 1 = dissatisfied), one per item in order, then the
customer's words, then Enter to save. Mouse users click the radio buttons.
"""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import (
    QButtonGroup,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QGridLayout,
    QLabel,
    QLineEdit,
    QRadioButton,
    QVBoxLayout,
    QWidget,
)

from aftersales_desktop.core.models import SurveyCard
from aftersales_desktop.core.services.surveys import ITEMS, enter_answer
from aftersales_desktop.core.vocab import SURVEY_ITEM, SURVEY_LEVEL
from aftersales_desktop.gui.session import Session
from aftersales_desktop.gui.widgets.form_errors import FormErrors

LEVELS = (4, 3, 2, 1)


class AnswerDialog(QDialog):
    """The form for one card; after accept() `card` holds the saved card."""

    def __init__(self, session: Session, card: SurveyCard, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.session = session
        self.card = card
        self._next = 0  # the item the next typed digit fills
        call = card.call
        who = call.customer.name if call.customer_id else ""
        tech = card.technician.name if card.technician_id else ""
        self.setWindowTitle(self.tr("Survey card %1").replace("%1", card.number))
        intro = QLabel(self.tr("Call %1 · %2 · technician %3").replace("%1", call.number).replace("%2", who).replace("%3", tech))
        hint = QLabel(self.tr("Type one digit per item: 4 very satisfied, 3 satisfied, 2 not quite, 1 dissatisfied."))
        hint.setProperty("role", "hint")
        hint.setWordWrap(True)
        grid = QGridLayout()
        for column, level in enumerate(LEVELS, start=1):
            grid.addWidget(QLabel(f"{level} {SURVEY_LEVEL.label(str(level))}"), 0, column, Qt.AlignmentFlag.AlignCenter)
        self.groups: dict[str, QButtonGroup] = {}
        self.buttons: dict[str, dict[int, QRadioButton]] = {}
        for row, item in enumerate(ITEMS, start=1):
            grid.addWidget(QLabel(SURVEY_ITEM.label(item)), row, 0)
            group = QButtonGroup(self)
            self.groups[item] = group
            self.buttons[item] = {}
            for column, level in enumerate(LEVELS, start=1):
                button = QRadioButton(self)
                button.setFocusPolicy(Qt.FocusPolicy.NoFocus)  # digits fill them; Tab goes to the words
                group.addButton(button, level)
                self.buttons[item][level] = button
                grid.addWidget(button, row, column, Qt.AlignmentFlag.AlignCenter)
        self.comments = QLineEdit(self)
        self.comments.setPlaceholderText(self.tr("The customer's own words"))
        self.how = QComboBox(self)
        self.how.addItem(self.tr("Card came back"), "print")
        self.how.addItem(self.tr("Phone call-back"), "phone")
        if card.sent_how == "phone" or not card.sent_at:
            self.how.setCurrentIndex(1)
        self.error = QLabel(self)
        self.errors = FormErrors(self.error, {"comments": self.comments, "answered_at": self.comments})
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Save | QDialogButtonBox.StandardButton.Cancel, self)
        buttons.accepted.connect(self.save)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(intro)
        layout.addWidget(hint)
        layout.addLayout(grid)
        layout.addWidget(QLabel(self.tr("Customer's words")))
        layout.addWidget(self.comments)
        layout.addWidget(self.how)
        layout.addWidget(self.error)
        layout.addWidget(buttons)
        self.setFocus()

    def keyPressEvent(self, event: QKeyEvent) -> None:  # noqa: N802 - Qt's name
        """Digits 1–4 fill the items in order (unless typing the words); Backspace steps back."""
        text = event.text()
        if not self.comments.hasFocus() and text in ("1", "2", "3", "4"):
            self.set_rating(ITEMS[self._next], int(text))
            self._next += 1
            if self._next >= len(ITEMS):
                self._next = 0
                self.comments.setFocus()
            return
        if not self.comments.hasFocus() and event.key() == Qt.Key.Key_Backspace and self._next > 0:
            self._next -= 1
            return
        super().keyPressEvent(event)

    def set_rating(self, item: str, level: int) -> None:
        self.buttons[item][level].setChecked(True)

    def ratings(self) -> list[int | None]:
        return [self.groups[item].checkedId() if self.groups[item].checkedId() > 0 else None for item in ITEMS]

    def save(self) -> None:
        """Send the four ratings to the service; its sentence shows here and what was typed stays."""
        from aftersales_desktop.core.errors import UserError

        self.errors.clear()
        try:
            self.card = enter_answer(
                self.session.actor, self.card.id, *self.ratings(), comments=self.comments.text(),
                how=self.how.currentData(),
            )  # fmt: skip
        except UserError as error:
            self.errors.show(error)
            return
        self.session.notify_changed("opinion")
        self.accept()
