"""The right-hand panel of the Calls page: one call in full, as a readable sheet."""

from __future__ import annotations

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication
from PySide6.QtWidgets import QTextBrowser, QWidget

from aftersales_desktop.core.money import format_yuan
from aftersales_desktop.core.phones import format_phone
from aftersales_desktop.core.queries.bills import line_text
from aftersales_desktop.core.queries.call_detail import CallDetail
from aftersales_desktop.core.vocab import AREA, CALL_KIND, CALL_STATUS, CHANNEL, INVOICE_STATUS, VISIT_RESULT
from aftersales_desktop.gui.billing.summary import bill_summary
from aftersales_desktop.gui.calls.common import hours_text

RED, GREY, BLUE = "#b3261e", "#616e7c", "#1d4f91"


# The words of the sheet, marked for lupdate (translated at use through _tr).
_WORDS = (
    QT_TRANSLATE_NOOP("CallDetail", "Possible repeat fault (返修) of %1"),
    QT_TRANSLATE_NOOP("CallDetail", "Voided: %1"),
    QT_TRANSLATE_NOOP("CallDetail", "Customer"),
    QT_TRANSLATE_NOOP("CallDetail", "(general work)"),
    QT_TRANSLATE_NOOP("CallDetail", "Phone"),
    QT_TRANSLATE_NOOP("CallDetail", "Address"),
    QT_TRANSLATE_NOOP("CallDetail", "Product"),
    QT_TRANSLATE_NOOP("CallDetail", "Serial no."),
    QT_TRANSLATE_NOOP("CallDetail", "Warranty until"),
    QT_TRANSLATE_NOOP("CallDetail", "Problem"),
    QT_TRANSLATE_NOOP("CallDetail", "Area"),
    QT_TRANSLATE_NOOP("CallDetail", "not set"),
    QT_TRANSLATE_NOOP("CallDetail", "Technician"),
    QT_TRANSLATE_NOOP("CallDetail", "Arrive by"),
    QT_TRANSLATE_NOOP("CallDetail", "not yet"),
    QT_TRANSLATE_NOOP("CallDetail", "over 24 h"),
    QT_TRANSLATE_NOOP("CallDetail", "First answer"),
    QT_TRANSLATE_NOOP("CallDetail", "Kind changed"),
    QT_TRANSLATE_NOOP("CallDetail", "printed %1×"),
    QT_TRANSLATE_NOOP("CallDetail", "filed %1"),
    QT_TRANSLATE_NOOP("CallDetail", "Voucher"),
    QT_TRANSLATE_NOOP("CallDetail", "signed %1"),
    QT_TRANSLATE_NOOP("CallDetail", "not signed"),
    QT_TRANSLATE_NOOP("CallDetail", "Signature"),
    QT_TRANSLATE_NOOP("CallDetail", "Closed"),
    QT_TRANSLATE_NOOP("CallDetail", "Dispatches"),
    QT_TRANSLATE_NOOP("CallDetail", "Visits"),
    QT_TRANSLATE_NOOP("CallDetail", "Invoice list"),
    QT_TRANSLATE_NOOP("CallDetail", "Bill"),
    QT_TRANSLATE_NOOP("CallDetail", "Arrived"),
    QT_TRANSLATE_NOOP("CallDetail", "on time"),
    QT_TRANSLATE_NOOP("CallDetail", "late"),
    QT_TRANSLATE_NOOP("CallDetail", "Repair promise"),
    QT_TRANSLATE_NOOP("CallDetail", "kept"),
    QT_TRANSLATE_NOOP("CallDetail", "broken"),
    QT_TRANSLATE_NOOP("CallDetail", "in the shop"),
    QT_TRANSLATE_NOOP("CallDetail", "collected"),
    QT_TRANSLATE_NOOP("CallDetail", "Choose a call to see it in full."),
)


def _tr(text: str) -> str:
    return QCoreApplication.translate("CallDetail", text)


def escape(text: str) -> str:
    """html.escape's five replacements, without loading the html package (its table of 2,000 named characters
    is a few milliseconds of opening the Calls page, and none of them is needed to escape)."""
    return (text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;").replace('"', "&quot;")
            .replace("'", "&#x27;"))


def _when(value) -> str:  # type: ignore[no-untyped-def]
    if value is None:
        return "—"
    return value.strftime("%Y-%m-%d %H:%M") if hasattr(value, "hour") else value.isoformat()


def _row(label: str, value: str) -> str:
    return f"<tr><td style='color:{GREY};padding-right:10px'>{escape(label)}</td><td>{value}</td></tr>"


def detail_html(d: CallDetail) -> str:
    """The call as HTML: header, customer and product, the deadline, history, money."""
    status = CALL_STATUS.label(d.status)
    state_colour = RED if d.overdue or d.status == "void" else BLUE
    parts = [
        f"<h3 style='margin:0'>{escape(d.number)} <span style='color:{state_colour}'>{escape(status)}</span></h3>",
        f"<div style='color:{GREY}'>{escape(CALL_KIND.label(d.kind))} · {escape(CHANNEL.label(d.channel))}"
        f" · {_when(d.received_at)}</div>",
    ]
    if d.repeat_of:
        parts.append(f"<p style='color:{RED}'>{escape(_tr('Possible repeat fault (返修) of %1').replace('%1', d.repeat_of))}</p>")
    if d.void_reason:
        parts.append(f"<p style='color:{RED}'>{escape(_tr('Voided: %1').replace('%1', d.void_reason))}</p>")
    rows = [
        _row(_tr("Customer"), escape(d.customer or _tr("(general work)"))),
        _row(_tr("Phone"), escape(format_phone(d.phone))),
        _row(_tr("Address"), escape(d.address)),
        _row(_tr("Product"), escape(f"{d.product} {d.model}".strip())),
        _row(_tr("Serial no."), escape(d.serial)),
        _row(_tr("Warranty until"), _when(d.warranty_end) if d.warranty_end else "—"),
        _row(_tr("Problem"), escape(d.problem)),
        _row(_tr("Area"), escape(AREA.label(d.area)) or f"<span style='color:{RED}'>{escape(_tr('not set'))}</span>"),
        _row(_tr("Technician"), escape(d.technician) or "—"),
    ]
    deadline = _when(d.deadline_at)
    if d.hours_left is not None:
        colour = RED if d.overdue else BLUE
        deadline += f"  <b style='color:{colour}'>{escape(hours_text(d.hours_left))}</b>"
    rows.append(_row(_tr("Arrive by"), deadline))
    if d.arrived_at is not None:
        arrived = f"{_when(d.arrived_at)} {escape(d.arrived_by)}"
        if d.arrival_late is not None:
            mark, colour = (_tr("late"), RED) if d.arrival_late else (_tr("on time"), BLUE)
            arrived += f"  <b style='color:{colour}'>{escape(mark)}</b>"
        rows.append(_row(_tr("Arrived"), arrived))
    answer = _when(d.first_answer_at) if d.first_answer_at else _tr("not yet")
    if d.first_answer_by:
        answer += f" {escape(d.first_answer_by)}"
    if d.answer_late:
        answer += f"  <b style='color:{RED}'>{escape(_tr('over 24 h'))}</b>"
    rows.append(_row(_tr("First answer"), answer))
    for number, promised, kept in d.promises:
        state = _tr("in the shop") if kept is None else (_tr("kept") if kept else _tr("broken"))
        colour = RED if kept is False else (BLUE if kept else GREY)
        rows.append(_row(_tr("Repair promise"), f"{escape(number)} {_when(promised)} "
                                                 f"<b style='color:{colour}'>{escape(state)}</b>"))
    if d.kind_reason:
        rows.append(_row(_tr("Kind changed"), escape(f"{CALL_KIND.label(d.kind_proposed)} → {CALL_KIND.label(d.kind)}: {d.kind_reason}")))
    voucher = f"{escape(d.voucher_no)} · " + escape(_tr("printed %1×").replace("%1", str(d.voucher_prints)))
    if d.voucher_filed_at:
        voucher += " · " + escape(_tr("filed %1").replace("%1", _when(d.voucher_filed_at)))
    rows.append(_row(_tr("Voucher"), voucher))
    signed = _tr("signed %1").replace("%1", d.signed_on.isoformat()) if d.signed and d.signed_on else _tr("not signed")
    rows.append(_row(_tr("Signature"), escape(signed)))
    if d.closed_at:
        rows.append(_row(_tr("Closed"), escape(f"{_when(d.closed_at)} {d.closed_by}")))
    parts.append("<table cellspacing='2'>" + "".join(rows) + "</table>")
    if d.dispatches:
        parts.append(f"<h4>{escape(_tr('Dispatches'))}</h4><ul>")
        parts += [f"<li>{_when(x.at)} {escape(x.technician)} ({escape(x.by)}) {escape(x.note)}</li>" for x in d.dispatches]
        parts.append("</ul>")
    if d.visits:
        parts.append(f"<h4>{escape(_tr('Visits'))}</h4><ul>")
        for v in d.visits:
            fee = f" · {format_yuan(v.fee_fen, True)}" if v.fee_fen else ""
            parts.append(
                f"<li>{_when(v.arrived_at)}–{_when(v.finished_at)[11:] if v.finished_at else ''} {escape(v.technician)}: "
                f"{escape(v.work_done)} <b>{escape(VISIT_RESULT.label(v.result))}</b>{fee}</li>"
            )
        parts.append("</ul>")
    if d.bill.lines:
        parts.append(f"<h4>{escape(_tr('Bill'))}</h4><table cellspacing='2'>")
        for line in d.bill.lines:
            qty = f" × {line.qty}" if line.kind == "part" else ""
            parts.append(f"<tr><td>{escape(line_text(line))}{qty}</td>"
                         f"<td align='right'>{format_yuan(line.amount_fen, True)}</td></tr>")
        parts.append(f"</table><p>{bill_summary(d.bill)}</p>")
    if d.invoices:
        parts.append(f"<h4>{escape(_tr('Invoice list'))}</h4><ul>")
        parts += [
            f"<li>{format_yuan(i.amount_fen, True)} · {escape(INVOICE_STATUS.label(i.status))}"
            f"{' · ' + escape(_tr('collected')) + ' ' + format_yuan(i.collected_fen, True) if i.collected_fen else ''}</li>"
            for i in d.invoices
        ]
        parts.append("</ul>")
    return "".join(parts)


class CallDetailPanel(QTextBrowser):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setOpenLinks(False)
        self.setMinimumWidth(260)
        self.show_call(None)

    def show_call(self, detail: CallDetail | None) -> None:
        if detail is None:
            self.setHtml(f"<p style='color:{GREY}'>{escape(_tr('Choose a call to see it in full.'))}</p>")
        else:
            self.setHtml(detail_html(detail))
