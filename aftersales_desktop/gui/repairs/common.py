"""Small pieces the repairs screens share: dates and times, money fields, table views, printing a card's papers."""

from __future__ import annotations

import datetime as dt

from PySide6.QtCore import QDate, QDateTime, QTime
from PySide6.QtWidgets import QAbstractItemView, QDateEdit, QDateTimeEdit, QTableView, QWidget

from aftersales_desktop.core.errors import UserError
from aftersales_desktop.core.money import parse_yuan
from aftersales_desktop.core.services import repairs as repair_service
from aftersales_desktop.gui import messages
from aftersales_desktop.gui.session import Session


def to_date(value: QDate) -> dt.date:
    return dt.date(value.year(), value.month(), value.day())


def qdate(value: dt.date) -> QDate:
    return QDate(value.year, value.month, value.day)


def to_datetime(value: QDateTime) -> dt.datetime:
    d, t = value.date(), value.time()
    return dt.datetime(d.year(), d.month(), d.day(), t.hour(), t.minute())


def qdatetime(value: dt.datetime) -> QDateTime:
    return QDateTime(QDate(value.year, value.month, value.day), QTime(value.hour, value.minute))


class DateField(QDateEdit):
    """A date with a calendar popup; Tab leaves the field instead of walking its sections."""

    def __init__(self, value: dt.date, parent: QWidget | None = None) -> None:
        super().__init__(qdate(value), parent)
        self.setCalendarPopup(True)
        self.setDisplayFormat("yyyy-MM-dd")

    def focusNextPrevChild(self, forward: bool) -> bool:  # noqa: N802 - Qt's name
        return QWidget.focusNextPrevChild(self, forward)

    def value(self) -> dt.date:
        return to_date(self.date())


class DateTimeField(QDateTimeEdit):
    def __init__(self, value: dt.datetime, parent: QWidget | None = None) -> None:
        super().__init__(qdatetime(value), parent)
        self.setDisplayFormat("yyyy-MM-dd HH:mm")
        self.setCalendarPopup(True)

    def focusNextPrevChild(self, forward: bool) -> bool:  # noqa: N802 - Qt's name
        return QWidget.focusNextPrevChild(self, forward)

    def value(self) -> dt.datetime:
        return to_datetime(self.dateTime())


def fen_of(text: str, field: str) -> int:
    """Yuan typed by a person as fen; empty is 0; a bad number raises the core's sentence."""
    return parse_yuan(text, field) if (text or "").strip() else 0


def list_view(parent: QWidget, widths: list[int] | None = None) -> QTableView:
    """A read-only, whole-row-selecting table as every list on these screens uses."""
    view = QTableView(parent)
    view.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
    view.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
    view.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
    view.verticalHeader().hide()
    view.horizontalHeader().setStretchLastSection(True)
    view.setWordWrap(False)
    view.setAlternatingRowColors(True)
    for column, width in enumerate(widths or []):
        view.setColumnWidth(column, width)
    return view


def print_card_paper(session: Session, parent: QWidget, card_id: int, paper: str) -> bool:
    """Print the goods receipt ('receipt') or the repair card ('card'): count it, a reprint is 副本."""
    # Qt's print support loads with the first paper, not with the Repairs page (gui/repairs/repairs_page.py)
    from aftersales_desktop.export.papers.goods_receipt import goods_receipt
    from aftersales_desktop.export.papers.repair_card import repair_card
    from aftersales_desktop.gui import printing

    try:
        card = repair_service.get_card(card_id)
        record = card.receipt if paper == "receipt" else card
        is_copy = record.print_count > 0  # the first print is the original, every later one 副本
        built = goods_receipt(card.receipt, copy=is_copy) if paper == "receipt" else repair_card(card, copy=is_copy)
    except UserError as error:
        messages.show_user_error(parent, error)
        return False
    if not printing.print_paper(parent, built):
        return False
    ok, _copy = session.call(parent, repair_service.record_paper_print, session.actor, card_id, paper)
    return ok


def print_repair_tag(parent: QWidget, card_id: int) -> bool:
    """The card's tag through Qt's print dialog (the label printer); the size is the shop's setting."""
    from aftersales_desktop.export.papers.labels import repair_tag
    from aftersales_desktop.gui import printing

    try:
        tag = repair_tag(repair_service.get_card(card_id))
    except UserError as error:
        messages.show_user_error(parent, error)
        return False
    return printing.print_paper(parent, tag)


def run_in_form(errors, fn, *args, **kwargs):  # type: ignore[no-untyped-def]
    """Run a use case for a form: a refusal shows at its field (the form keeps what was typed)."""
    errors.clear()
    try:
        return True, fn(*args, **kwargs)
    except UserError as error:
        errors.show(error)
        return False, None
