"""修护卡: the compact card hung on the item in the shop — big number, barcode, customer, product, promise."""

from __future__ import annotations

from aftersales_desktop.core.errors import NotFound
from aftersales_desktop.core.i18n import T
from aftersales_desktop.core.models import GoodsReceipt, RepairCard
from aftersales_desktop.core.phones import format_phone
from aftersales_desktop.core.queries.bills import bill_for
from aftersales_desktop.core.vocab import CALL_KIND
from aftersales_desktop.export.paper import Barcode, Fields, Paper, Table, Text
from aftersales_desktop.export.papers.bill_block import bill_blocks
from aftersales_desktop.export.papers.common import shop_header, when


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


def repair_card(card: RepairCard, copy: bool = False) -> Paper:
    """An A5 card: the number large enough to read across the workshop, and a barcode to scan it."""
    receipt = card.receipt
    customer, product = receipt.customer, receipt.product
    shop = shop_header()
    paper = Paper(
        title=str(T("修护卡", "Repair card")),
        shop=shop,
        number=card.number,
        page_size="A5",
        copy=copy,
        footer=f"{shop.name}  ☎ {shop.phone}".strip(),
    )
    quote_note = str(T("先报价,客户同意后方可维修", "Quote first: no work before the customer agrees"))
    paper.add(
        Text(card.number, "huge", "c"),
        Barcode(card.number, height_mm=16),
        Text(str(T("答应交还 {d}", "Promised {d}", d=when(card.promised_on))), "big", "c"),
        Text(quote_note if card.needs_quote else "", "heading", "c"),
        Fields([
            (str(T("客户", "Customer")), customer.name),
            (str(T("电话", "Phone")), format_phone(customer.phone)),
            (str(T("产品", "Product")), f"{product.name} {product.model}".strip()),
            (str(T("机身编号", "Serial no.")), product.serial or "—"),
            (str(T("收件", "Received")), when(receipt.received_at)),
            (str(T("收据号", "Receipt")), receipt.number),
            (str(T("服务类别", "Kind")), CALL_KIND.label(card.call.kind)),
            (str(T("技术员", "Technician")), card.technician.name if card.technician else ""),
        ]),
        Fields([
            (str(T("所述故障", "Stated fault")), receipt.stated_fault),
            (str(T("随机附件", "Accessories")), receipt.accessories or str(T("无", "none"))),
        ], columns=1),
        Table(
            [str(T("日期", "Date")), str(T("维修记录 / 更换零件", "Work done / parts replaced")), str(T("工时", "Time"))],
            [],
            widths=[0.2, 0.62, 0.18],
            min_rows=4,
        ),
    )
    if card.bill_lines.count():
        paper.add(*bill_blocks(bill_for(card.call, card)))
    return paper
