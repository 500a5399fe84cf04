"""Small pieces the calls screens share: date/time fields, combo helpers and printing the voucher."""

from __future__ import annotations

import datetime as dt
from typing import Literal

from PySide6.QtCore import QCoreApplication, QDate, QDateTime, QTime
from PySide6.QtWidgets import QComboBox, QDateEdit, QDateTimeEdit, QWidget

from aftersales_desktop.core.permissions import Action
from aftersales_desktop.core.queries.call_detail import call_detail
from aftersales_desktop.core.services.calls import record_voucher_print
from aftersales_desktop.core.vocab import Vocabulary
from aftersales_desktop.gui.session import Session


def qdatetime(value: dt.datetime) -> QDateTime:
    return QDateTime(QDate(value.year, value.month, value.day), QTime(value.hour, value.minute))


class DateTimeField(QDateTimeEdit):
    """A date and time to the minute; Tab leaves the field instead of walking its sections."""

    def __init__(self, value: dt.datetime, parent: QWidget | None = None) -> None:
        super().__init__(qdatetime(value), parent)
        self.setDisplayFormat("yyyy-MM-dd HH:mm")
        self.setCalendarPopup(True)

    def focusNextPrevChild(self, forward: bool) -> bool:  # noqa: N802 - Qt's name
        return QWidget.focusNextPrevChild(self, forward)

    def value(self) -> dt.datetime:
        d, t = self.date(), self.time()
        return dt.datetime(d.year(), d.month(), d.day(), t.hour(), t.minute())


class DateField(QDateEdit):
    def __init__(self, value: dt.date, parent: QWidget | None = None) -> None:
        super().__init__(QDate(value.year, value.month, value.day), parent)
        self.setDisplayFormat("yyyy-MM-dd")
        self.setCalendarPopup(True)

    def focusNextPrevChild(self, forward: bool) -> bool:  # noqa: N802 - Qt's name
        return QWidget.focusNextPrevChild(self, forward)

    def value(self) -> dt.date:
        d = self.date()
        return dt.date(d.year(), d.month(), d.day())


def vocab_combo(parent: QWidget, vocab: Vocabulary, empty: str | None = None) -> QComboBox:
    """A combo of a vocabulary's labels with the codes as item data; `empty` adds a first 'any' item."""
    combo = QComboBox(parent)
    if empty is not None:
        combo.addItem(empty, None)
    for code, label in vocab.choices():
        combo.addItem(label, code)
    return combo


def select_data(combo: QComboBox, value: object) -> None:
    index = combo.findData(value)
    if index >= 0:
        combo.setCurrentIndex(index)


def hours_text(hours: float | None) -> str:
    """Working hours left as '2.5 h left' / '1.5 h late' (translated)."""
    if hours is None:
        return ""
    if hours >= 0:
        return QCoreApplication.translate("CallsPage", "%1 h left").replace("%1", f"{hours:.1f}")
    return QCoreApplication.translate("CallsPage", "%1 h late").replace("%1", f"{-hours:.1f}")


Mode = Literal["print", "preview", "pdf"]


def voucher(session: Session, parent: QWidget, call_id: int, mode: Mode) -> object | None:
    """Print, preview or save the call's voucher. Print and PDF count as prints (later ones say 副本);
    a preview shows what the next print will look like and counts nothing."""
    if not session.can(Action.VOUCHER_PRINT):
        return None
    # the paper and the printer load with the first voucher, not with the Calls page
    from aftersales_desktop.export.papers.voucher import voucher_paper
    from aftersales_desktop.gui import printing

    detail = call_detail(call_id)
    paper = voucher_paper(detail, copy=detail.voucher_prints > 0)
    if mode == "preview":
        printing.preview_paper(parent, paper)
        return None
    if mode == "print":
        done: object | None = printing.print_paper(parent, paper) or None
    else:
        done = printing.save_pdf(parent, paper, f"{detail.voucher_no or detail.number}.pdf")
    if done:
        ok, _ = session.call(parent, record_voucher_print, session.actor, call_id)
        if ok:
            session.notify_changed("calls")
    return done
