"""Showing a service's sentence at the field it is about, keeping everything the user typed."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QFormLayout, QLabel, QWidget

from aftersales_desktop.core.errors import UserError


def _mark(widget: QWidget, invalid: bool) -> None:
    if bool(widget.property("invalid")) == invalid:  # as it was: no restyling (every form clears as it opens)
        return
    widget.setProperty("invalid", invalid)
    widget.style().unpolish(widget)
    widget.style().polish(widget)


class FormErrors:
    """Binds an error label and the form's fields (by the service's field names)."""

    def __init__(self, label: QLabel, fields: dict[str, QWidget]) -> None:
        self.label = label
        self.fields = fields
        label.setProperty("role", "error")
        label.setWordWrap(True)
        self.clear()

    def clear(self) -> None:
        self.label.clear()
        self.label.setVisible(False)
        for widget in self.fields.values():
            _mark(widget, False)

    def show(self, error: UserError | str, field: str | None = None) -> None:
        """Put the sentence over the form, outline the field and move the cursor there."""
        self.clear()
        text = error.message if isinstance(error, UserError) else error
        field = field or (error.field if isinstance(error, UserError) else None)
        self.label.setText(text)
        self.label.setVisible(True)
        widget = self.fields.get(field or "")
        if widget is not None:
            _mark(widget, True)
            widget.setFocus()


def align_form_labels(*forms: QFormLayout) -> None:
    """Give the label columns of several forms one width, so fields line up across group boxes."""
    labels = [
        item.widget()
        for form in forms
        for row in range(form.rowCount())
        if (item := form.itemAt(row, QFormLayout.ItemRole.LabelRole)) is not None and item.widget() is not None
    ]
    width = max((label.sizeHint().width() for label in labels), default=0)
    for label in labels:
        label.setMinimumWidth(width)
        label.setAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
