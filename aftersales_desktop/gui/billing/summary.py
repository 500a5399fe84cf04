"""A bill's totals and what the rules still ask for, as text: shown by the bill panel, the call's detail and the
repair card's steps. Apart from bill_panel.py so that a screen showing a bill's totals does not load the bill's
dialogs and services."""

from __future__ import annotations

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication

from aftersales_desktop.core.money import format_yuan
from aftersales_desktop.core.queries.bills import Bill
from aftersales_desktop.core.vocab import CALL_KIND

# The words of the summary lines, marked for lupdate (translated at use through _tr).
_WORDS = (
    QT_TRANSLATE_NOOP("BillPanel", "Total ¥%1"),
    QT_TRANSLATE_NOOP("BillPanel", "discount ¥%1"),
    QT_TRANSLATE_NOOP("BillPanel", "the customer pays ¥%1"),
    QT_TRANSLATE_NOOP("BillPanel", "%1: no charge to the customer"),
    QT_TRANSLATE_NOOP("BillPanel", "parts at cost ¥%1 (after-sales cost)"),
    QT_TRANSLATE_NOOP("BillPanel", "The bill ¥%1 is above the accepted quote ¥%2: the customer must accept the new amount."),
    QT_TRANSLATE_NOOP("BillPanel", "Accident repair: margin %1% (minimum %2%)"),
    QT_TRANSLATE_NOOP("BillPanel", "needs a reason and a supervisor's approval"),
    QT_TRANSLATE_NOOP("BillPanel", "approved"),
)


def _tr(text: str) -> str:
    return QCoreApplication.translate("BillPanel", text)


def bill_summary(b: Bill) -> str:
    """The bill's totals and who pays, as a line of HTML (also used by the call's detail panel)."""
    text = _tr("Total ¥%1").replace("%1", format_yuan(b.total_fen))
    if b.discount_fen:
        text += " · " + _tr("discount ¥%1").replace("%1", format_yuan(-b.discount_fen))
    if b.chargeable:
        text += " · <b>" + _tr("the customer pays ¥%1").replace("%1", format_yuan(b.to_customer_fen)) + "</b>"
    else:
        text += " · <b>" + _tr("%1: no charge to the customer").replace("%1", CALL_KIND.label(b.kind)) + "</b>"
        if b.parts_cost_fen:
            text += " · " + _tr("parts at cost ¥%1 (after-sales cost)").replace("%1", format_yuan(b.parts_cost_fen))
    return text


def bill_warnings(b: Bill) -> list[str]:
    """What still stands between this bill and the customer (the quote rule, the margin rule)."""
    out = []
    if b.above_quote:
        out.append(_tr("The bill ¥%1 is above the accepted quote ¥%2: the customer must accept the new amount.")
                   .replace("%1", format_yuan(b.total_fen)).replace("%2", format_yuan(b.quote_fen or 0)))
    if b.margin_percent is not None:
        line = _tr("Accident repair: margin %1% (minimum %2%)").replace("%1", str(b.margin_percent)).replace(
            "%2", str(b.margin_min))
        if b.margin_needs_approval:
            line += " — " + _tr("needs a reason and a supervisor's approval")
        elif b.margin_low:
            line += " — " + _tr("approved")
        out.append(line)
    return out
