"""Special tools and their loan register (专用工具借出登记): lend, return, overdue, lost and compensated."""

from __future__ import annotations

import datetime as dt

from aftersales_desktop.core.bounds import check_fen
from aftersales_desktop.core.errors import Conflict, NotFound, ValidationError
from aftersales_desktop.core.i18n import T
from aftersales_desktop.core.models import Staff, Tool, ToolLoan
from aftersales_desktop.core.permissions import Action
from aftersales_desktop.core.services import snapshot, unit_of_work
from aftersales_desktop.core.validation import require_text

TOOL_FIELDS = ("code", "name", "model", "price_fen", "status", "location")
LOAN_FIELDS = ("tool", "borrower", "due_at", "returned_at", "lost", "compensation", "compensation_fen")


def create_tool(actor: Staff, code: str, name: str, model: str = "", price_fen: int = 0, location: str = "") -> Tool:
    """Put a special tool on the register."""
    code = require_text(code, "code", "工具编号|tool number")[:40]
    name = require_text(name, "name", "工具名称|tool name")[:80]
    if not isinstance(price_fen, int) or price_fen < 0:
        raise ValidationError(T("工具价格不能为负数。", "The tool's price cannot be negative."), "price_fen")
    check_fen(price_fen, "price_fen")
    with unit_of_work(actor, Action.TOOL_EDIT) as uow:
        if Tool.select().where(Tool.code == code).exists():
            raise ValidationError(T("已有编号为 {c} 的工具。", "There is already a tool numbered {c}.", c=code), "code")
        tool = Tool.create(code=code, name=name, model=(model or "").strip()[:60], price_fen=price_fen,
                           location=(location or "").strip()[:20], created_at=uow.now)
        uow.audit("tool", tool.id, after=snapshot(tool, *TOOL_FIELDS))
    return tool


def _tool(tool_id: int) -> Tool:
    tool = Tool.get_or_none(Tool.id == tool_id)
    if tool is None:
        raise NotFound(T("找不到该工具。", "No such tool."))
    return tool


def _open_loan(loan_id: int) -> ToolLoan:
    loan = ToolLoan.get_or_none(ToolLoan.id == loan_id)
    if loan is None:
        raise NotFound(T("找不到该借用登记。", "No such loan."))
    if loan.returned_at is not None or loan.lost:
        raise Conflict(T("该借用已了结。", "This loan is already settled."))
    return loan


def lend_tool(actor: Staff, tool_id: int, borrower_id: int, due_at: dt.datetime, note: str = "") -> ToolLoan:
    """Lend a tool against the register; it is due back at `due_at` (normally right after the job)."""
    with unit_of_work(actor, Action.TOOL_LEND) as uow:
        tool = _tool(tool_id)
        if tool.status != "in":
            raise Conflict(T("工具 {c} 不在库,不能借出。", "Tool {c} is not in the store and cannot be lent.", c=tool.code))
        borrower = Staff.get_or_none(Staff.id == borrower_id)
        if borrower is None or not borrower.active:
            raise ValidationError(T("请选择在职的借用人。", "Choose a borrower who works here."), "borrower")
        if due_at <= uow.now:
            raise ValidationError(T("归还时间应晚于现在。", "The due time must be later than now."), "due_at")
        loan = ToolLoan.create(tool=tool.id, borrower=borrower.id, lent_at=uow.now, due_at=due_at, lent_by=uow.actor,
                               note=(note or "").strip())
        before = snapshot(tool, "status")
        tool.status = "lent"
        tool.save()
        uow.audit("tool_loan", loan.id, after=snapshot(loan, *LOAN_FIELDS))
        uow.audit("tool", tool.id, before=before, after=snapshot(tool, "status"))
    return loan


def return_tool(actor: Staff, loan_id: int) -> ToolLoan:
    """The tool is back in the store."""
    with unit_of_work(actor, Action.TOOL_LEND) as uow:
        loan = _open_loan(loan_id)
        loan.returned_at = uow.now
        loan.save()
        tool = loan.tool
        tool.status = "in"
        tool.save()
        uow.audit("tool_loan", loan.id, before={"returned_at": None}, after=snapshot(loan, "returned_at"))
    return loan


def report_lost(actor: Staff, loan_id: int, compensation: str, note: str = "") -> ToolLoan:
    """A lent tool is lost: the borrower pays its price ('pay') or replaces it with the same model ('replace')."""
    if compensation not in ("pay", "replace"):
        raise ValidationError(T("请选择赔偿方式:照价赔偿或同型号赔换。", "Choose: pay the price or replace with the same model."),
                              "compensation")
    with unit_of_work(actor, Action.TOOL_LEND) as uow:
        loan = _open_loan(loan_id)
        tool = loan.tool
        before = snapshot(loan, *LOAN_FIELDS)
        loan.lost = True
        loan.compensation = compensation
        loan.compensation_fen = tool.price_fen if compensation == "pay" else 0
        loan.returned_at = uow.now if compensation == "replace" else None
        loan.note = "\n".join(x for x in (loan.note, (note or "").strip()) if x)
        loan.save()
        # A replacement of the same model takes the lost tool's place on the register.
        tool_before = snapshot(tool, "status")
        tool.status = "in" if compensation == "replace" else "lost"
        tool.save()
        uow.audit("tool_loan", loan.id, before=before, after=snapshot(loan, *LOAN_FIELDS))
        uow.audit("tool", tool.id, before=tool_before, after=snapshot(tool, "status"))
    return loan
