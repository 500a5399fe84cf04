"""The expiry notice (保养到期通知书): a letter to the customer one month before the contract ends (第十五条)."""

from __future__ import annotations

import datetime as dt

from aftersales_desktop.core import clock
from aftersales_desktop.core.i18n import T
from aftersales_desktop.core.models import Contract, ContractProduct, Product
from aftersales_desktop.core.phones import format_phone
from aftersales_desktop.export.paper import CutLine, Fields, Paper, Spacer, Table, Text
from aftersales_desktop.export.papers.common import (
    in_paper_language,
    salutation,
    shop_header,
    shop_phone,
    when,
    yuan,
)


@in_paper_language
def expiry_notice_paper(contract: Contract, copy: bool = False, on: dt.date | None = None) -> Paper:
    """The notice for one contract, with a reply slip (renew / not now) to cut off and send back."""
    on = on or clock.today()
    customer = contract.customer
    products = list(Product.select().join(ContractProduct).where(ContractProduct.contract == contract.id).order_by(Product.id))
    names = "、".join(f"{p.name}{p.model}" if p.name else p.model for p in products)
    shop = shop_header()
    paper = Paper(
        title=str(T("保养到期通知书", "Maintenance contract expiry notice")),
        shop=shop,
        number=contract.number,
        page_size="A4",
        copy=copy,
    )
    paper.add(
        Spacer(4),
        Text(salutation(customer.name), "heading"),
        Text(
            str(
                T(
                    "感谢您一直以来对本店的信任。您与本店签订的保养合同(编号 {no})将于 {end} 到期。"
                    "为使您的 {p} 在合同到期后继续得到及时、周到的保养服务,敬请在到期前与我们联系续约,"
                    "我们将派专人上门为您办理续约手续。",
                    "Thank you for your trust. Your maintenance contract no. {no} with us ends on {end}. So that "
                    "your {p} keeps getting prompt and careful maintenance, please contact us before then to renew; "
                    "we will send someone to arrange the renewal with you.",
                    no=contract.number,
                    end=when(contract.end),
                    p=names,
                )
            )
        ),
        Spacer(2),
        Fields(
            [
                (str(T("合同编号", "Contract no.")), contract.number),
                (str(T("合同期间", "Period")), f"{when(contract.start)} – {when(contract.end)}"),
                (str(T("合同费用", "Fee")), yuan(contract.fee_fen)),
                (str(T("包含保养", "Visits")), str(T("{n} 次", "{n} included", n=contract.visits_included))),
                (str(T("服务内容", "Coverage")), contract.coverage or "—"),
                (str(T("客户电话", "Phone")), format_phone(customer.phone)),
            ],
            columns=2,
        ),
        Table(
            headers=[str(T("产品", "Product")), str(T("型号", "Model")), str(T("机身编号", "Serial")),
                     str(T("免费保修截止", "Free warranty until"))],  # fmt: skip
            rows=[[p.name, p.model, p.serial, when(p.warranty_end) or "—"] for p in products],
            widths=[0.2, 0.3, 0.28, 0.22],
        ),
        Text(
            str(
                T(
                    "如您已办理续约,请忽略本通知。如有疑问,请致电 {ph}。",
                    "If you have already renewed, please ignore this notice. Questions: call {ph}.",
                    ph=shop_phone(),
                )
            )
        ),
        Spacer(6),
        Text(shop.name, "normal", "r"),
        Text(when(on), "normal", "r"),
        Spacer(8),
        CutLine(str(T("回执 请沿此线剪下寄回", "Reply slip: cut here and send back"))),
        Spacer(2),
        Fields(
            [
                (str(T("合同编号", "Contract no.")), contract.number),
                (str(T("客户", "Customer")), customer.name),
                (str(T("续约意向", "Renewal")), str(T("□ 同意续约 或 □ 暂不续约", "□ Renew or □ not now"))),
                (str(T("上门时间", "Visit on")), ""),
                (str(T("客户签名", "Signature")), ""),
                (str(T("日期", "Date")), ""),
            ],
            columns=2,
        ),
    )
    return paper
