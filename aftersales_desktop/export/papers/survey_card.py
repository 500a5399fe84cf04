"""The survey card (客户意见调查卡): the call, the technician, four items with four tick boxes, the customer's words.

Several cards go into one PDF, two to an A4 page with a cut line between them (or one per page).
"""

from __future__ import annotations

from collections.abc import Collection, Sequence

from aftersales_desktop.core.i18n import T
from aftersales_desktop.core.models import SurveyCard
from aftersales_desktop.core.phones import format_phone
from aftersales_desktop.core.vocab import CALL_KIND, SURVEY_ITEM, SURVEY_LEVEL
from aftersales_desktop.export.paper import CutLine, Fields, PageBreak, Paper, Spacer, Table, Text
from aftersales_desktop.export.papers.common import in_paper_language, shop_header, shop_phone, when

BOX = "□"
LEVELS = ("4", "3", "2", "1")  # very satisfied first, as the rulebook's card reads


@in_paper_language
def survey_cards_paper(
    cards: Sequence[SurveyCard], per_page: int = 2, copies: Collection[int] = (), subtitle: str = ""
) -> Paper:
    """One paper holding `cards`; cards whose id is in `copies` were printed before and say 副本."""
    if per_page not in (1, 2):
        raise ValueError("per_page is 1 or 2")
    paper = Paper(
        title=str(T("客户意见调查卡", "Customer survey card")),
        shop=shop_header(),
        subtitle=subtitle,
        page_size="A4",
        copy=bool(cards) and all(c.id in copies for c in cards),
        footer=str(
            T(
                "感谢您的宝贵意见!填好后请寄回本店服务部,或交给下次上门的技术员;也可致电 {p} 告诉我们。",
                "Thank you for your opinion! Please post the card back to our service department or hand it to the "
                "technician on the next visit; or call us on {p}.",
                p=shop_phone(),
            )
        ),
    )
    for index, card in enumerate(cards):
        if index and index % per_page == 0:
            paper.add(PageBreak())
        elif index:
            paper.add(Spacer(2), CutLine(str(T("沿此线剪开", "cut here"))), Spacer(2))
        _add_card(paper, card, card.id in copies)
    if not cards:
        paper.add(Text(str(T("这一天没有要发的调查卡。", "No survey cards are due on this day.")), "heading", "c"))
    return paper


def _add_card(paper: Paper, card: SurveyCard, is_copy: bool) -> None:
    call = card.call
    customer = call.customer if call.customer_id else None
    product = call.product if call.product_id else None
    technician = card.technician.name if card.technician else ""
    mark = str(T("(副本)", " (copy)")) if is_copy else ""
    paper.add(
        Text(f"{T('调查卡编号', 'Card no.')} {card.number}{mark}", "heading"),
        Fields(
            [
                (str(T("叫修单号", "Call no.")), call.number),
                (str(T("服务类别", "Service")), CALL_KIND.label(call.kind)),
                (str(T("完成日期", "Closed on")), when(call.closed_at.date() if call.closed_at else None)),
                (str(T("客户", "Customer")), customer.name if customer else ""),
                (str(T("电话", "Phone")), format_phone(customer.phone) if customer else ""),
                (str(T("技术员", "Technician")), technician),
                (str(T("产品", "Product")), f"{product.name} {product.model}".strip() if product else ""),
                (str(T("地址", "Address")), customer.address if customer else ""),
            ],
            columns=3,
        ),
        Text(
            str(
                T(
                    "敬请您对本次上门服务的技术员作出评价,在相应的方框内打“√”:",
                    "Please rate the technician who served you; tick one box on each line:",
                )
            ),
            "small",
        ),
        Table(
            headers=[str(T("评价项目", "Item"))] + [SURVEY_LEVEL.label(level) for level in LEVELS],
            rows=[[SURVEY_ITEM.label(item)] + [BOX] * len(LEVELS) for item in SURVEY_ITEM.codes],
            widths=[0.32, 0.17, 0.17, 0.17, 0.17],
            align=["l", "c", "c", "c", "c"],
        ),
        Table(headers=[str(T("您的意见和建议", "Your comments and suggestions"))], rows=[], min_rows=2),
        Fields(
            [(str(T("客户签名", "Signature")), ""), (str(T("日期", "Date")), "")],
            columns=2,
        ),
    )
