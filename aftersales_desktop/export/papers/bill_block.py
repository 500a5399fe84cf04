"""The bill as it prints on the voucher, the goods receipt and the repair card: the same lines everywhere."""

from __future__ import annotations

from aftersales_desktop.core.i18n import T
from aftersales_desktop.core.queries.bills import Bill, line_text
from aftersales_desktop.core.vocab import CALL_KIND
from aftersales_desktop.export.paper import Table, Text
from aftersales_desktop.export.papers.common import yuan


def _t(zh: str, en: str) -> str:
    return str(T(zh, en))


def who_pays(bill: Bill) -> str:
    """The sentence under the bill: what the customer pays, or why nothing."""
    if bill.chargeable:
        return _t(f"应收客户 {yuan(bill.to_customer_fen)}", f"The customer pays {yuan(bill.to_customer_fen)}")
    kind = CALL_KIND.label(bill.kind)
    return _t(f"{kind},不向客户收费(配件计入售后成本)", f"{kind}: no charge to the customer (parts are after-sales cost)")


def bill_table(bill: Bill, min_rows: int = 0) -> Table:
    """One row per bill line (labour, each part, travel, other, discount) and the total."""
    rows = [
        [line_text(line), str(line.qty) if line.kind == "part" else "", yuan(line.unit_fen) if line.kind == "part" else "",
         yuan(line.amount_fen)]
        for line in bill.lines
    ]
    return Table(
        [_t("收费项目", "Item"), _t("数量", "Qty"), _t("单价", "Unit price"), _t("金额", "Amount")],
        rows, widths=[0.58, 0.1, 0.14, 0.18], align=["l", "r", "r", "r"],
        total=[_t("合计", "Total"), "", "", yuan(bill.total_fen) if bill.lines else ""], min_rows=min_rows,
    )


def bill_blocks(bill: Bill, min_rows: int = 0) -> list[Table | Text]:
    return [bill_table(bill, min_rows), Text(who_pays(bill), "small")]
