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
    QFrame,
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


class RatingGrid(QFrame):
    """The four items × four levels; focused, it takes digits 1–4 in item order (Backspace steps back)."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
        self.setFrameShape(QFrame.Shape.StyledPanel)
        self.next_item = 0  # the item the next typed digit fills
        grid = QGridLayout(self)
        for column, level in enumerate(LEVELS, start=1):
            grid.addWidget(QLabel(f"{level} {SURVEY_LEVEL.label(str(level))}"), 0, column, Qt.AlignmentFlag.AlignCenter)
        self.labels: dict[str, QLabel] = {}
        self.groups: dict[str, QButtonGroup] = {}
        self.buttons: dict[str, dict[int, QRadioButton]] = {}
        for row, item in enumerate(ITEMS, start=1):
            self.labels[item] = QLabel(SURVEY_ITEM.label(item))
            grid.addWidget(self.labels[item], row, 0)
            group = QButtonGroup(self)
            self.groups[item] = group
            self.buttons[item] = {}
            for column, level in enumerate(LEVELS, start=1):
                button = QRadioButton(self)
                button.setFocusPolicy(Qt.FocusPolicy.NoFocus)  # digits fill them; the grid keeps the focus
                group.addButton(button, level)
                self.buttons[item][level] = button
                grid.addWidget(button, row, column, Qt.AlignmentFlag.AlignCenter)
        self._mark()

    def _mark(self) -> None:
        """Bold the item the next digit goes to."""
        for index, item in enumerate(ITEMS):
            font = self.labels[item].font()
            font.setBold(index == self.next_item)
            self.labels[item].setFont(font)

    def keyPressEvent(self, event: QKeyEvent) -> None:  # noqa: N802 - Qt's name
        text = event.text()
        if text in ("1", "2", "3", "4"):
            self.buttons[ITEMS[self.next_item]][int(text)].setChecked(True)
            self.next_item = (self.next_item + 1) % len(ITEMS)
            self._mark()
            if self.next_item == 0:
                self.focusNextChild()  # all four given: on to the customer's words
            return
        if event.key() == Qt.Key.Key_Backspace and self.next_item > 0:
            self.next_item -= 1
            self._mark()
            return
        super().keyPressEvent(event)

    def ratings(self) -> list[int | None]:
        return [self.groups[item].checkedId() if self.groups[item].checkedId() > 0 else None for item in ITEMS]


class AnswerDialog(QDialog):
    """The form for one card; after accept() `card` holds the saved card."""

    def __init__(self, session: Session, card: SurveyCard, *, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.session = session
        self.card = card
        call = card.call
        who = call.customer.name if call.customer_id else ""
        tech = card.technician.name if card.technician_id else ""
        self.setWindowTitle(self.tr("Survey card %1").replace("%1", card.number))
        intro = QLabel(self.tr("Call %1 · %2 · technician %3").replace("%1", call.number).replace("%2", who).replace("%3", tech))
        hint = QLabel(self.tr("Type one digit per item: 4 very satisfied, 3 satisfied, 2 not quite, 1 dissatisfied."))
        hint.setProperty("role", "hint")
        hint.setWordWrap(True)
        self.grid = RatingGrid(self)
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
        layout.addWidget(self.grid)
        layout.addWidget(QLabel(self.tr("Customer's words")))
        layout.addWidget(self.comments)
        layout.addWidget(self.how)
        layout.addWidget(self.error)
        layout.addWidget(buttons)
        for name in ("grid", "comments", "how"):
            getattr(self, name).setObjectName(name)
        self.setTabOrder(self.grid, self.comments)
        self.setTabOrder(self.comments, self.how)
        self.grid.setFocus()

    def ratings(self) -> list[int | None]:
        return self.grid.ratings()

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
