"""Special tools: lend, return, overdue list, lost with compensation."""

from __future__ import annotations

import datetime as dt

import pytest

from aftersales_desktop.core import clock
from aftersales_desktop.core.errors import Conflict, PermissionDenied, ValidationError
from aftersales_desktop.core.models import Tool
from aftersales_desktop.core.queries.parts import overdue_loans, tool_loans
from aftersales_desktop.core.services.tools import create_tool, lend_tool, report_lost, return_tool


def _tool(shop, code="GJ-01"):
    return create_tool(shop.storekeeper, code, "冷媒加注表组", "R410A-双表", 68000, "T-1")


def test_lend_return_and_overdue(shop, frozen_now):
    tool = _tool(shop)
    loan = lend_tool(shop.storekeeper, tool.id, shop.technician.id, frozen_now + dt.timedelta(hours=4))
    assert Tool.get_by_id(tool.id).status == "lent"
    with pytest.raises(Conflict):
        lend_tool(shop.storekeeper, tool.id, shop.technician2.id, frozen_now + dt.timedelta(hours=4))
    assert overdue_loans() == []
    clock.set_now(frozen_now + dt.timedelta(hours=5))
    assert [(r.tool_code, r.borrower, r.overdue) for r in overdue_loans()] == [("GJ-01", "赵志强", True)]
    return_tool(shop.storekeeper, loan.id)
    assert overdue_loans() == [] and Tool.get_by_id(tool.id).status == "in"
    assert tool_loans().count() == 1
    with pytest.raises(Conflict):
        return_tool(shop.storekeeper, loan.id)


def test_lost_tool_pay_or_replace(shop, frozen_now):
    due = frozen_now + dt.timedelta(hours=2)
    paid = _tool(shop, "GJ-01")
    replaced = _tool(shop, "GJ-02")
    loan1 = lend_tool(shop.storekeeper, paid.id, shop.technician.id, due)
    loan2 = lend_tool(shop.storekeeper, replaced.id, shop.technician2.id, due)
    with pytest.raises(ValidationError):
        report_lost(shop.storekeeper, loan1.id, "forgive")
    lost = report_lost(shop.storekeeper, loan1.id, "pay")
    assert (lost.lost, lost.compensation, lost.compensation_fen) == (True, "pay", 68000)
    assert Tool.get_by_id(paid.id).status == "lost"
    swapped = report_lost(shop.storekeeper, loan2.id, "replace", "已买回同型号")
    assert swapped.compensation_fen == 0 and Tool.get_by_id(replaced.id).status == "in"
    assert tool_loans(open_only=True).count() == 0


def test_tool_rules(shop, frozen_now):
    with pytest.raises(PermissionDenied):
        create_tool(shop.clerk, "GJ-9", "扭力扳手")
    tool = _tool(shop)
    with pytest.raises(ValidationError):
        create_tool(shop.storekeeper, "GJ-01", "重复")
    with pytest.raises(ValidationError):
        lend_tool(shop.storekeeper, tool.id, shop.technician.id, frozen_now - dt.timedelta(hours=1))
