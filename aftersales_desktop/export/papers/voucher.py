"""服务凭证: the service voucher that goes out with the technician, is signed on site and filed on return."""

from __future__ import annotations

from pathlib import Path

from aftersales_desktop.core import settings
from aftersales_desktop.core.i18n import T
from aftersales_desktop.core.models import Staff
from aftersales_desktop.core.phones import format_phone
from aftersales_desktop.core.queries.call_detail import CallDetail, call_detail
from aftersales_desktop.core.vocab import AREA, CALL_KIND, CHANNEL, VISIT_RESULT
from aftersales_desktop.export.paper import Fields, Paper, Signatures, Table, Text
from aftersales_desktop.export.papers.bill_block import bill_table, who_pays
from aftersales_desktop.export.papers.common import (
    in_paper_language,
    page_size,
    shop_header,
    terms,
    when,
    yuan,
)

WORK_ROWS = 4  # ruled rows to write in by hand on site


def _t(zh: str, en: str) -> str:
    return str(T(zh, en))


def _fee_note(kind: str) -> str:
    if kind == "free":
        return _t("免费保证期内,不收费", "Inside the free warranty: no charge")
    if kind == "contract":
        return _t("保养合同内,不另收费", "Covered by the maintenance contract: no charge")
    if kind == "general":
        return _t("内部一般工作,不收费", "Internal general work: no charge")
    return _t("有费服务,按本店收费标准收取", "Paid service, charged at the shop's rates")


@in_paper_language
def voucher_paper(call: CallDetail, copy: bool = False) -> Paper:
    """The voucher of one call; `copy` stamps it 副本 (every print after the first)."""
    kind = CALL_KIND.label(call.kind)
    paper = Paper(
        title=_t("服务凭证", "Service voucher"),
        shop=shop_header(),
        number=call.voucher_no or call.number,
        subtitle=f"{_t('叫修单', 'Call')} {call.number} · {kind}",
        page_size="A4" if page_size() == "A4" else "A5",
        copy=copy,
        footer=terms(),
    )
    dash = "—"
    paper.add(
        Fields([
            (_t("客户", "Customer"), call.customer or dash),
            (_t("电话", "Phone"), format_phone(call.phone) or dash),
            (_t("地址", "Address"), call.address or dash),
            (_t("区域", "Area"), AREA.label(call.area) or dash),
            (_t("产品", "Product"), f"{call.product} {call.model}".strip() or dash),
            (_t("机身编号", "Serial no."), call.serial or dash),
            (_t("服务类别", "Kind"), kind + (f"({call.contract_no})" if call.contract_no else "")),
            (_t("保修截止", "Warranty to"), when(call.warranty_end) or dash),
            (_t("叫修时间", "Received"), f"{when(call.received_at)} {CHANNEL.label(call.channel)}"),
            (_t("技术员", "Technician"), call.technician or ""),
            (_t("到达时限", "Arrive by"), when(call.deadline_at) or dash),
            (_t("到达时间", "Arrived"), when(call.visits[-1].arrived_at) if call.visits else ""),
            (_t("区域时限", "Standard"), _standard(call.area)),
            (_t("完工时间", "Finished"), when(call.visits[-1].finished_at) if call.visits else ""),
        ]),
        Fields([(_t("故障情况", "Problem"), call.problem)], columns=1),
    )
    if call.repeat_of:
        paper.add(Text(_t(f"★ 可能为返修,前次叫修单 {call.repeat_of}", f"★ Possible repeat fault; earlier call {call.repeat_of}"), "small"))
    rows = [
        [str(i), f"{v.work_done}({VISIT_RESULT.label(v.result)})", ""]
        for i, v in enumerate(call.visits, start=1)
    ]
    last = call.visits[-1] if call.visits else None
    collected = last.collected_fen > 0 if last is not None and call.kind == "paid" and last.fee_fen else None
    paper.add(Text(_tick_line(last.result if last else None, collected), "normal"))
    paper.add(
        Table(
            [_t("序号", "No."), _t("处理情况及更换配件(名称、数量)", "Work done and parts replaced (name, qty)"), _t("金额", "Amount")],
            rows, widths=[0.08, 0.72, 0.2], align=["c", "l", "r"],
            min_rows=len(rows) if call.bill.lines else max(WORK_ROWS, len(rows) + 1),  # the bill below itemises
        ),
        bill_table(call.bill, min_rows=0 if call.bill.lines else 1),
        _bill_note(call),
        Signatures([
            _t("客户签字(确认服务完成)", "Customer's signature (service done)"),
            _t("技术员签字", "Technician's signature"),
        ], dates=[when(call.signed_on) if call.signed else ""]),
    )
    return paper


def _standard(area: str | None) -> str:
    """The shop's promise for this area, e.g. '市区 6 个工作小时内到达'."""
    if area not in ("city", "suburb"):
        return ""
    hours = settings.get("deadline_city_hours" if area == "city" else "deadline_suburb_hours")
    return str(T("{a} {h} 个工作小时内到达", "{a}: arrive within {h} working hours", a=AREA.label(area), h=hours))


def _tick_line(result: str | None, collected: bool | None) -> str:
    """Boxes the technician ticks by hand; those already known are printed ticked."""

    def box(on: bool) -> str:
        return "【✔】" if on else "【\u3000】"

    results = "\u3000".join(f"{box(result == code)}{VISIT_RESULT.label(code)}" for code in VISIT_RESULT.codes)
    money = f"{box(collected is True)}{_t('现场收款', 'Paid on site')}\u3000{box(collected is False)}{_t('待开票', 'To invoice')}"
    return f"{_t('处理结果', 'Result')}:{results}\u3000\u3000{_t('收费', 'Fee')}:{money}"


def _bill_note(call: CallDetail) -> Text:
    """Who pays, and whether it was collected on site: one small line under the bill."""
    collected = sum(v.collected_fen for v in call.visits)
    if not call.bill.chargeable or not call.bill.total_fen:
        return Text(f"{_fee_note(call.kind)} · {who_pays(call.bill)}" if call.bill.lines else _fee_note(call.kind), "small")
    status = _t("现场已收", "Collected on site") if collected >= call.bill.total_fen else _t("待开票收款", "To be invoiced")
    return Text(f"{who_pays(call.bill)} · {status} {yuan(collected) if collected else ''}".strip(), "small")


def print_voucher_to_pdf(actor: Staff | None, call_id: int, target: Path) -> Path:
    """Write the voucher PDF, then count the print (the first is the original, later ones are 副本).

    The count is written only once the file exists: a print that failed never turns the next one into a 副本.
    """
    # late: the screen builds the voucher paper and paints it with Qt; reportlab loads only for a PDF
    from aftersales_desktop.core.services.calls import record_voucher_print
    from aftersales_desktop.export.pdf.render import render_pdf

    detail = call_detail(call_id)
    written = render_pdf(voucher_paper(detail, copy=detail.voucher_prints > 0), target)
    _voucher, is_copy = record_voucher_print(actor, call_id)
    if is_copy and not detail.voucher_prints:  # someone else printed it meanwhile: this one is the copy
        written = render_pdf(voucher_paper(detail, copy=True), target)
    return written
