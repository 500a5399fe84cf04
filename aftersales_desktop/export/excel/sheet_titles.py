"""The monthly workbook's sheets, in order, by title — without openpyxl.

The Reports page lists the sheets as it opens, long before anyone exports; the workbook module itself loads
openpyxl (a third of a second). Each sheet module takes its TITLE from here; export/excel/workbook.py maps
the keys to the sheet modules.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from aftersales_desktop.core.i18n import T, Text
from aftersales_desktop.core.permissions import Action, allowed

if TYPE_CHECKING:
    from aftersales_desktop.core.models import Staff

TITLES: dict[str, Text] = {
    "summary": T("汇总", "Summary"),
    "calls": T("叫修", "Calls"),
    "repairs": T("修理交还", "Repairs returned"),
    "invoices": T("应开发票", "Invoices due"),
    "parts_moves": T("备件进出", "Parts movements"),
    "stocktake": T("盘点", "Stocktake"),
    "deposits": T("押金", "Deposits"),
    "conduct": T("奖罚(按人)", "Conduct (per person)"),
    "hours": T("技术员工时", "Technician hours"),
    "surveys": T("客户意见评分", "Survey scores"),
    "standards": T("服务标准", "Service standards"),
}
PRIVATE = "conduct"  # fines and rewards per person


def sheet_keys(actor: Staff | None) -> list[str]:
    """The sheets this person's workbook holds: the conduct sheet only for those who may read everyone's
    conduct log; without a signed-in person (a scheduled export) it is left out."""
    if actor is not None and allowed(actor.role, Action.CONDUCT_VIEW_ALL):
        return list(TITLES)
    return [key for key in TITLES if key != PRIVATE]
