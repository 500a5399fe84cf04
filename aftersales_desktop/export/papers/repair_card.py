"""修护卡: the card hung on the item in the shop — big number, customer, product, promise, and the repair so far."""

from __future__ import annotations

from aftersales_desktop.core.errors import NotFound
from aftersales_desktop.core.i18n import T
from aftersales_desktop.core.models import GoodsReceipt, PartIssue, Quote, RepairCard, TimeEntry
from aftersales_desktop.core.phones import format_phone
from aftersales_desktop.core.queries.bills import bill_for
from aftersales_desktop.core.queries.repairs import card_detail
from aftersales_desktop.core.vocab import ACCEPT_HOW, CALL_KIND, REPAIR_STATUS
from aftersales_desktop.export.paper import Block, Fields, Paper, Table, Text
from aftersales_desktop.export.papers.bill_block import bill_blocks
from aftersales_desktop.export.papers.common import in_paper_language, shop_header, when, yuan


def find_card(number: str) -> RepairCard:
    """A repair card by its number (XH…) or by its goods receipt's number (SJ…)."""
    number = (number or "").strip().upper()
    card = RepairCard.get_or_none(RepairCard.number == number)
    if card is None:
        receipt = GoodsReceipt.get_or_none(GoodsReceipt.number == number)
        card = RepairCard.get_or_none(RepairCard.receipt == receipt.id) if receipt else None
    if card is None:
        raise NotFound(T("找不到修护卡 {n}。", "No repair card {n}.", n=number))
    return card


FINISHED = ("repaired", "inspected", "returned", "returned_unrepaired", "cancelled")
BLANK_ROWS = 2  # ruled rows to write in by hand while the repair is still going on


@in_paper_language
def repair_card(card: RepairCard, copy: bool = False) -> Paper:
    """An A5 card: the number large enough to read across the workshop (its barcode in the header to scan),
    and what is true of the repair when printed: the quote and its acceptance, the time log, the parts
    issued, the inspection — with ruled rows left to write in while the work goes on."""
    detail = card_detail(card.id)
    card = detail.card  # as stored now, whatever the caller's copy says
    receipt = detail.receipt
    customer, product = receipt.customer, receipt.product
    shop = shop_header()
    open_card = card.status not in FINISHED
    paper = Paper(
        title=str(T("修护卡", "Repair card")),
        shop=shop,
        number=card.number,
        subtitle=REPAIR_STATUS.label(card.status),
        page_size="A5",
        copy=copy,
        footer=f"{shop.name}  ☎ {shop.phone}".strip(),
    )
    paper.add(
        Text(card.number, "huge", "c"),
        Text(str(T("答应交还 {d}", "Promised {d}", d=when(card.promised_on))), "big", "c"),
    )
    quote_line = _quote_line(card, detail.quotes)
    if quote_line:
        paper.add(Text(quote_line, "normal", "c"))
    dates = [(str(T("修好时间", "Repaired")), when(card.repaired_at))] if card.repaired_at else []
    dates += [(str(T("交还时间", "Returned")), when(card.returned_at))] if card.returned_at else []
    inspections = [
        (str(T("主管验讫", "Inspected")), " ".join(x for x in (
            when(i.at), i.inspector.name,
            str(T("合格", "passed") if i.passed else T("不合格,返修", "failed, back to repair")), i.note) if x))
        for i in detail.inspections
    ]
    paper.add(
        Fields([
            (str(T("客户", "Customer")), customer.name),
            (str(T("电话", "Phone")), format_phone(customer.phone)),
            (str(T("产品", "Product")), f"{product.name} {product.model}".strip()),
            (str(T("机身编号", "Serial no.")), product.serial or "—"),
            (str(T("收件", "Received")), when(receipt.received_at)),
            (str(T("收据号", "Receipt")), receipt.number),
            (str(T("服务类别", "Kind")), CALL_KIND.label(card.call.kind)),
            (str(T("技术员", "Technician")), card.technician.name if card.technician else ""),
            *dates,
        ]),
        Fields([
            (str(T("所述故障", "Stated fault")), receipt.stated_fault),
            (str(T("随机附件", "Accessories")), receipt.accessories or str(T("无", "none"))),
            *([(str(T("检查结果", "Diagnosis")), card.diagnosis)] if card.diagnosis else []),
        ], columns=1),
        _time_log(detail.time_entries, detail.minutes, open_card),
    )
    # once the work is on a bill, the bill lists every part issued (at its price) with the labour and travel;
    # before that, the parts table with rows to write in
    billed: list[Block] = list(bill_blocks(bill_for(card.call, card))) if card.bill_lines.count() else []
    paper.add(*(billed or [_parts(detail.part_issues, open_card)]))
    if inspections:
        paper.add(Fields(inspections, columns=1))
    return paper


def _quote_line(card: RepairCard, quotes: list[Quote]) -> str:
    """The quote as the workshop must know it: none yet, waiting for the customer, or accepted (by whom, when)."""
    if not card.needs_quote and not quotes:
        return ""
    latest = quotes[-1] if quotes else None
    if latest is None:
        return str(T("先报价,客户同意后方可维修", "Quote first: no work before the customer agrees"))
    total = yuan(latest.labour_fen + latest.parts_fen + latest.travel_fen)
    parts = str(T("人工 {l} + 配件 {p} + 交通 {t}", "labour {l} + parts {p} + travel {t}", l=yuan(latest.labour_fen),
                  p=yuan(latest.parts_fen), t=yuan(latest.travel_fen)))
    if latest.accepted_at is None:
        return str(T("报价 v{v} {a}({b})待客户同意,同意前不得维修", "Quote v{v} {a} ({b}) waits for the customer: "
                     "no work before they agree", v=latest.version, a=total, b=parts))
    return str(T("报价 v{v} {a}({b}),{n} 于 {d} {h}同意", "Quote v{v} {a} ({b}), accepted by {n} on {d} ({h})",
                 v=latest.version, a=total, b=parts, n=latest.accepted_by_name, d=when(latest.accepted_at),
                 h=ACCEPT_HOW.label(latest.accepted_how)))


def _time_log(entries: list[TimeEntry], minutes: int, open_card: bool) -> Table:
    rows = [
        [f"{when(e.started_at)}–{e.ended_at:%H:%M}" if e.ended_at else f"{when(e.started_at)}–",
         e.technician.name, e.note, str(e.minutes) if e.ended_at else str(T("计时中", "running"))]
        for e in entries
    ]
    return Table(
        [str(T("时间", "Time")), str(T("技术员", "Technician")), str(T("维修记录", "Work done")),
         str(T("分钟", "Min"))],
        rows,
        widths=[0.3, 0.16, 0.42, 0.12],
        align=["l", "l", "l", "r"],
        total=["", "", str(T("合计", "Total")), str(minutes)] if entries and not open_card else None,
        min_rows=len(rows) + BLANK_ROWS if open_card else 0,
    )


def _parts(issues: list[PartIssue], open_card: bool) -> Table:
    rows = [
        [when(i.issued_at.date()), f"{i.part.code} {i.part.name}", str(i.qty - i.returned_qty),
         str(T("已用", "used")) if i.used else ""]
        for i in issues
        if i.qty > i.returned_qty
    ]
    if not rows and not open_card:
        rows = [["", str(T("未更换零件", "No parts replaced")), "", ""]]
    return Table(
        [str(T("发料日期", "Issued")), str(T("更换零件", "Parts replaced")), str(T("数量", "Qty")),
         str(T("状态", "State"))],
        rows,
        widths=[0.2, 0.54, 0.12, 0.14],
        align=["l", "l", "r", "l"],
        min_rows=len(rows) + BLANK_ROWS if open_card else 0,
    )
