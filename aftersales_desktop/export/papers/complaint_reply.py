"""The reply letter to a complaining customer (serious complaints must be answered in writing, 第二十一条)."""

from __future__ import annotations

import datetime as dt

from aftersales_desktop.core import clock
from aftersales_desktop.core.i18n import T
from aftersales_desktop.core.models import Complaint, ComplaintVisit
from aftersales_desktop.export.paper import Fields, Paper, Spacer, Table, Text
from aftersales_desktop.export.papers.common import (
    in_paper_language,
    salutation,
    shop_header,
    shop_phone,
    when,
)


@in_paper_language
def complaint_reply_paper(complaint: Complaint, on: dt.date | None = None) -> Paper:
    """The letter telling the customer the outcome; blank lines to write on when no outcome is recorded yet."""
    complaint = Complaint.get_by_id(complaint.id)  # as stored now: the outcome may have been recorded since
    on = on or (complaint.replied_at.date() if complaint.replied_at else clock.today())
    customer = complaint.customer
    shop = shop_header()
    suggestion = complaint.kind == "suggestion"
    paper = Paper(
        title=str(T("客户建议答复函", "Reply to your suggestion") if suggestion else T("客户投诉处理答复函", "Reply to your complaint")),
        shop=shop,
        number=complaint.number,
        page_size="A4",
    )
    visit = complaint.visits.order_by(ComplaintVisit.visited_at.desc()).first()
    opening = (
        T("感谢您于 {d} 向本店提出的宝贵建议。您的建议是:", "Thank you for the suggestion you made on {d}:", d=when(complaint.registered_at))
        if suggestion
        else T(
            "您于 {d} 向本店反映的问题,我们已认真调查处理。对给您带来的不便,我们深表歉意。您反映的情况是:",
            "We have looked carefully into the matter you raised with us on {d}, and we apologise for the "
            "trouble it caused you. You told us:",
            d=when(complaint.registered_at),
        )
    )
    items = [(str(T("编号", "No.")), complaint.number), (str(T("登记日期", "Registered")), when(complaint.registered_at))]
    if complaint.call:
        items.append((str(T("相关叫修单", "Call")), complaint.call.number))
    if visit is not None:
        items.append((str(T("回访", "Visited")), f"{when(visit.visited_at)} {visit.visitor.name}"))
    paper.add(
        Spacer(4),
        Text(salutation(customer.name), "heading"),
        Text(str(opening)),
        Text(f"“{complaint.description}”"),
        Fields(items, columns=2),
        Text(str(T("处理结果:", "What we have done:")), "heading"),
    )
    if complaint.outcome:
        paper.add(Text(complaint.outcome))
    else:
        paper.add(Table(headers=[""], rows=[], min_rows=5))
    paper.add(
        Spacer(2),
        Text(
            str(
                T(
                    "如您对处理结果仍有意见,欢迎随时致电 {ph} 与服务部联系。再次感谢您对本店的支持与监督!",
                    "If you are not satisfied with this outcome, please call our service department on {ph} at any "
                    "time. Thank you again for your support.",
                    ph=shop_phone(),
                )
            )
        ),
        Spacer(8),
        Text(shop.name, "normal", "r"),
        Text(when(on), "normal", "r"),
    )
    return paper
