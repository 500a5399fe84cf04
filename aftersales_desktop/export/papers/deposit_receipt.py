"""押金收据 / 退押金收据: the customer's deposit on a claim order, and its refund, each with the shop's stub."""

from __future__ import annotations

from aftersales_desktop.core.errors import NotFound
from aftersales_desktop.core.i18n import T
from aftersales_desktop.core.models import ClaimOrder, Deposit
from aftersales_desktop.core.money import capital_yuan
from aftersales_desktop.core.phones import format_phone
from aftersales_desktop.core.vocab import CLAIM_STATUS
from aftersales_desktop.export.paper import CutLine, Fields, Paper, Signatures, Spacer, Text
from aftersales_desktop.export.papers.common import in_paper_language, page_size, shop_header, when, yuan

DEPOSIT_TERMS = T(
    "押金须知:1. 本收据是索赔订货押金的凭证,请妥善保管;2. 备件安装完毕后凭本收据退还押金,收据收回作废;"
    "3. 遗失收据须凭本人身份证件办理退款。",
    "Please note: 1. This receipt is your proof of the deposit on a claim order; keep it safe. 2. The deposit is "
    "refunded against this receipt once the part is fitted; the receipt is then taken back and voided. 3. Without "
    "the receipt a refund needs the customer's ID.",
)
REFUND_TERMS = T(
    "本退款收据经客户签收后由本店留存,作为押金已如数退还的凭证。",
    "Once signed by the customer, this refund receipt is kept by the shop as proof that the deposit was paid back "
    "in full.",
)


def find_deposit(number: str) -> Deposit:
    """A deposit by its receipt number (YJ…), its refund number (TK…) or its claim order number (SP…)."""
    number = (number or "").strip().upper()
    deposit = Deposit.get_or_none((Deposit.number == number) | (Deposit.refund_number == number))
    if deposit is None:
        claim = ClaimOrder.get_or_none(ClaimOrder.number == number)
        deposit = claim.deposits.order_by(Deposit.id).first() if claim else None
    if deposit is None:
        raise NotFound(T("找不到押金收据 {n}。", "No deposit receipt {n}.", n=number))
    return deposit


def _body(deposit: Deposit, refund: bool) -> list:
    claim = deposit.claim_order
    product = claim.product
    items = [
        (str(T("客户", "Customer")), claim.customer.name),
        (str(T("电话", "Phone")), format_phone(claim.customer.phone)),
        (str(T("索赔订货单", "Claim order")), claim.number),
        (str(T("状态", "Status")), CLAIM_STATUS.label(claim.status)),
        (str(T("所订备件", "Part")), claim.part_description),
        (str(T("产品", "Product")), f"{product.name} {product.model}" if product else ""),
        (str(T("押金金额", "Deposit")), yuan(deposit.amount_fen)),
        (str(T("大写金额", "In words")), capital_yuan(deposit.amount_fen)),
    ]
    if refund:
        items += [
            (str(T("原押金收据", "Receipt")), deposit.number),
            (str(T("退款时间", "Refunded")), when(deposit.refunded_at)),
            (str(T("经办人", "Paid by")), deposit.refunded_by.name if deposit.refunded_by else ""),
        ]
    else:
        items += [
            (str(T("收款时间", "Taken")), when(deposit.taken_at)),
            (str(T("经办人", "Taken by")), deposit.taken_by.name),
        ]
    return [Fields(items)]


@in_paper_language
def deposit_receipt(deposit: Deposit, copy: bool = False) -> Paper:
    """The deposit receipt the customer keeps until the part is fitted (with the shop's stub below)."""
    paper = Paper(title=str(T("押金收据", "Deposit receipt")), shop=shop_header(), number=deposit.number,
                  subtitle=str(T("索赔订货 · 客户联", "Claim order · customer's copy")), page_size=page_size(),
                  copy=copy, footer=str(DEPOSIT_TERMS))
    paper.add(*_body(deposit, refund=False))
    paper.add(Spacer(2), Text(str(T(
        "备件到货后请凭本收据来店安装;安装完毕凭本收据退还押金。到货后久未来取,本店将电话通知。",
        "Bring this receipt when the part has arrived; the deposit is refunded against it once the part is fitted. "
        "If you do not come, we will call you."))))
    paper.add(Signatures([str(T("收款人", "Received by")), str(T("客户签字", "Customer"))]))
    paper.add(CutLine(str(T("存根 · 本店留存", "Stub · kept by the shop"))))
    paper.add(Fields([(str(T("押金收据", "Deposit receipt")), deposit.number),
                      (str(T("索赔订货单", "Claim order")), deposit.claim_order.number),
                      (str(T("客户", "Customer")), deposit.claim_order.customer.name),
                      (str(T("金额", "Amount")), yuan(deposit.amount_fen))]))
    return paper


@in_paper_language
def refund_receipt(deposit: Deposit, copy: bool = False) -> Paper:
    """The refund receipt the customer signs when the deposit is paid back."""
    if deposit.refund_number is None:
        raise NotFound(T("押金 {n} 尚未退还,没有退款收据。", "Deposit {n} has not been refunded; there is no refund receipt.",
                         n=deposit.number))
    paper = Paper(title=str(T("退押金收据", "Deposit refund receipt")), shop=shop_header(), number=deposit.refund_number,
                  subtitle=str(T("索赔订货", "Claim order")), page_size=page_size(), copy=copy, footer=str(REFUND_TERMS))
    paper.add(*_body(deposit, refund=True))
    paper.add(Spacer(2), Text(str(T("客户已收回上述押金,原押金收据收回作废。",
                                    "The customer has received the deposit back; the deposit receipt is taken back and voided."))))
    paper.add(Signatures([str(T("经办人", "Paid by")), str(T("客户签收", "Customer's signature"))]))
    return paper
