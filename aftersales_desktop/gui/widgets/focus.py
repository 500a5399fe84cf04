"""Where the keyboard starts in a dialog: its first field, so what a person types first is never lost."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QAbstractButton, QFormLayout, QLayout, QTabBar, QWidget

STARTS_HERE = "starts_here"  # a dialog whose first fields come filled in marks the field it starts in


def start_here(widget: QWidget) -> None:
    """Start the dialog's keyboard focus in `widget` on purpose (the fields above it are filled in already)."""
    widget.setProperty(STARTS_HERE, True)
    widget.setFocus(Qt.FocusReason.OtherFocusReason)


def _takes_focus(widget: QWidget | None) -> bool:
    return (widget is not None and widget.isVisibleTo(widget.window()) and widget.isEnabled()
            and bool(widget.focusPolicy() & Qt.FocusPolicy.TabFocus))


def _field_in(widget: QWidget) -> QWidget | None:
    """The widget itself, or the field inside a compound one (a customer picker: its text box)."""
    if _takes_focus(widget):
        return widget
    proxy = widget.focusProxy()
    if proxy is not None and _takes_focus(proxy):
        return proxy
    return _first_in(widget.layout()) if widget.layout() is not None else None


def _first_in(layout: QLayout) -> QWidget | None:
    for index in range(layout.count()):
        item = layout.itemAt(index)
        if item.widget() is not None and (found := _field_in(item.widget())) is not None:
            return found
        if item.layout() is not None and (found := _first_in(item.layout())) is not None:
            return found
    return None


def first_form_field(form: QFormLayout) -> QWidget | None:
    """The first field of the form, row by row, that can take the keyboard (labels and hidden rows skipped)."""
    for row in range(form.rowCount()):
        for role in (QFormLayout.ItemRole.FieldRole, QFormLayout.ItemRole.SpanningRole):
            item = form.itemAt(row, role)
            if item is None:
                continue
            if item.widget() is not None and (found := _field_in(item.widget())) is not None:
                return found
            if item.layout() is not None and (found := _first_in(item.layout())) is not None:
                return found
    return None


def focus_first_field(dialog: QWidget, form: QFormLayout) -> None:
    """Called when a form dialog shows: unless a field already has the focus, the first field gets it.

    A button box made before the fields would otherwise take the focus (typed digits then go nowhere)."""
    current = dialog.focusWidget()
    if current is not None and current is not dialog and not isinstance(current, (QAbstractButton, QTabBar)):
        return
    field = first_form_field(form)
    if field is not None:
        field.setFocus(Qt.FocusReason.OtherFocusReason)
