"""客户商品领取收据: what the customer left with the shop; the shop's copy and the customer's copy, cut apart."""

from __future__ import annotations

from aftersales_desktop.core.errors import NotFound
from aftersales_desktop.core.i18n import T
from aftersales_desktop.core.models import GoodsReceipt, RepairCard
from aftersales_desktop.core.phones import format_phone
from aftersales_desktop.core.queries.bills import bill_for
from aftersales_desktop.core.vocab import CALL_KIND, CONDITION_CHECK
from aftersales_desktop.export.paper import Barcode, Block, CutLine, Fields, Paper, Signatures, Text
from aftersales_desktop.export.papers.bill_block import bill_blocks
from aftersales_desktop.export.papers.common import in_paper_language, shop_header, when

RECEIPT_TERMS = T(
    "取件须知:1. 凭本收据取回商品,取件时收据交回本店作废;2. 商品、随机附件及外观状况以本收据所记为准,请当场核对;"
    "3. 遗失收据须凭本人身份证件并经服务主任同意方可取件;4. 收费维修先报价,经您同意后才开始维修;"
    "5. 请于答应交还日期后及时取件。",
    "Please note: 1. Bring this receipt to collect the item; the shop keeps and voids it. 2. The item, its "
    "accessories and its condition are as written on this receipt: please check them now. 3. A lost receipt needs "
    "the owner's ID and the service supervisor's approval. 4. Paid repairs are quoted and start only once you "
    "agree. 5. Please collect the item after the promised date.",
)


def find_receipt(number: str) -> GoodsReceipt:
    """A goods receipt by its number (SJ…) or by its repair card's number (XH…)."""
    number = (number or "").strip().upper()
    receipt = GoodsReceipt.get_or_none(GoodsReceipt.number == number)
    if receipt is None:
        card = RepairCard.get_or_none(RepairCard.number == number)
        receipt = card.receipt if card else None
    if receipt is None:
        raise NotFound(T("找不到领取收据 {n}。", "No goods receipt {n}.", n=number))
    return receipt


def _details(receipt: GoodsReceipt) -> list[Block]:
    card = RepairCard.get_or_none(RepairCard.receipt == receipt.id)
    customer, product = receipt.customer, receipt.product
    return [
        Fields([
            (str(T("客户", "Customer")), customer.name),
            (str(T("电话", "Phone")), format_phone(customer.phone)),
            (str(T("产品", "Product")), f"{product.name} {product.model}".strip()),
            (str(T("机身编号", "Serial no.")), product.serial or "—"),
            (str(T("收件时间", "Received")), when(receipt.received_at)),
            (str(T("答应交还", "Promised")), when(receipt.promised_on)),
            (str(T("修护卡号", "Repair card")), card.number if card else ""),
            (str(T("服务类别", "Kind")), CALL_KIND.label(receipt.call.kind)),
        ]),
        Fields([
            (str(T("随机附件", "Accessories")), receipt.accessories or str(T("无", "none"))),
            (str(T("外观状况", "Condition")), receipt.condition or str(T("未见异常", "nothing noted"))),
            (str(T("所述故障", "Stated fault")), receipt.stated_fault),
            *_checked(receipt),
        ], columns=1),
    ]


def _checked(receipt: GoodsReceipt) -> list[tuple[str, str]]:
    """The condition checklist ticked at goods in (【✓】 yes, 【 】 no) and the photos taken, for the signature."""
    checklist = receipt.checklist or {}
    out = []
    if checklist:
        boxes = "  ".join(f"【{'✓' if checklist[code] else ' '}】{CONDITION_CHECK.label(code)}"
                          for code in CONDITION_CHECK.codes if code in checklist)
        out.append((str(T("收件检查", "Condition")), boxes))
    photos = receipt.photos.count()
    if photos:
        out.append((str(T("收件照片", "Photos")), str(T("{n} 张(存于本店)", "{n} (kept by the shop)", n=photos))))
    return out


@in_paper_language
def goods_receipt(receipt: GoodsReceipt, copy: bool = False) -> Paper:
    """Both copies on one page: the shop's copy on top (the customer signs it), the customer's below the cut."""
    paper = Paper(
        title=str(T("客户商品领取收据", "Goods receipt")),
        shop=shop_header(),
        number=receipt.number,
        subtitle=str(T("本店存根", "Shop's copy")),
        page_size="A4",
        copy=copy,
        footer=str(RECEIPT_TERMS),  # the receipt's own terms, at the foot: under the customer's copy
    )
    paper.add(*_details(receipt))
    card = RepairCard.get_or_none(RepairCard.receipt == receipt.id)
    if card is not None and card.bill_lines.count():  # reprinted at return: the bill the customer pays
        paper.add(*bill_blocks(bill_for(card.call, card)))
    paper.add(Signatures([
        str(T("客户签字(确认所交商品、附件与状况)", "Customer's signature (item, accessories and condition as above)")),
        str(T("收件人:{n}", "Received by: {n}", n=receipt.created_by.name)),
    ]))
    paper.add(CutLine(str(T("沿此线剪开 · 以下为客户联", "cut here · customer's copy below"))))
    shop = paper.shop
    paper.add(
        Text(str(T("客户商品领取收据 · 客户联", "Goods receipt · customer's copy")), "heading", "c"),
        Text(f"{shop.name}  {shop.address}  ☎ {shop.phone}" if shop else "", "small", "c"),
        Barcode(receipt.number, height_mm=9),
        Text(f"No. {receipt.number}", "normal"),
    )
    paper.add(*_details(receipt))
    paper.add(Signatures([str(T("店方盖章/经手人", "Shop's stamp / received by"))], with_date=True))
    return paper
