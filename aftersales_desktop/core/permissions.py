"""Who may do what: one central table of role -> allowed actions. Deny by default.

Every service checks its action inside its own transaction (core.services.unit_of_work); the GUI uses
`allowed()` only to hide what a role may not do.
"""

from __future__ import annotations

from enum import StrEnum

from aftersales_desktop.core.errors import PermissionDenied
from aftersales_desktop.core.i18n import T, Text


class Action(StrEnum):
    # foundation
    STAFF_MANAGE = "staff.manage"
    OWN_SECRET = "staff.own_secret"  # everyone may change their own password
    SIGN_IN = "staff.sign_in"  # the system counts wrong passwords and renews old hashes at sign-in
    SYSTEM_REPAIR = "system.repair"  # the app puts the audit trail's missing triggers back on start
    SETTINGS_EDIT = "settings.edit"
    CALENDAR_EDIT = "calendar.edit"
    BACKUP_RUN = "backup.run"
    BACKUP_RESTORE = "backup.restore"
    AUDIT_VIEW = "audit.view"
    CUSTOMER_EDIT = "customer.edit"
    # calls (叫修, 派工)
    CALL_REGISTER = "call.register"
    CALL_DISPATCH = "call.dispatch"
    VISIT_RECORD = "visit.record"
    CALL_CLOSE = "call.close"
    CALL_REOPEN = "call.reopen"
    CALL_VOID = "call.void"
    VOUCHER_PRINT = "voucher.print"
    INVOICE_MANAGE = "invoice.manage"
    BILL_EDIT = "bill.edit"  # lines on a call's or a repair card's bill
    # repairs in the shop
    GOODS_RECEIVE = "goods.receive"
    GOODS_RETURN = "goods.return"
    RETURN_WITHOUT_RECEIPT = "goods.return_without_receipt"
    REPAIR_EDIT = "repair.edit"
    QUOTE_EDIT = "quote.edit"
    QUOTE_ACCEPT = "quote.accept"
    TIME_RECORD = "time.record"
    REPAIR_INSPECT = "repair.inspect"
    GENERAL_WORK_RECORD = "general_work.record"
    DAILY_REPORT_ALL = "daily_report.all"
    # parts cabinet
    PART_EDIT = "part.edit"
    PART_IMPORT = "part.import"
    STOCK_RECEIVE = "stock.receive"
    PART_ISSUE = "part.issue"
    PART_RETURN = "part.return"
    PART_MARK_USED = "part.mark_used"
    STOCK_INTERNAL = "stock.internal"
    PURCHASE_DIRECT = "purchase.direct"
    PURCHASE_OVERRIDE = "purchase.override"
    CLAIM_CREATE = "claim.create"
    CLAIM_SIGN_SUPERVISOR = "claim.sign_supervisor"
    CLAIM_SIGN_MANAGER = "claim.sign_manager"
    CLAIM_TRACK = "claim.track"
    DEPOSIT_TAKE = "deposit.take"
    DEPOSIT_REFUND = "deposit.refund"
    TOOL_EDIT = "tool.edit"
    TOOL_LEND = "tool.lend"
    STOCKTAKE_COUNT = "stocktake.count"
    STOCKTAKE_POST = "stocktake.post"
    # conduct log
    CONDUCT_RULE_EDIT = "conduct.rule_edit"
    CONDUCT_RECORD = "conduct.record"
    CONDUCT_VOID = "conduct.void"
    CONDUCT_VIEW_ALL = "conduct.view_all"
    CONDUCT_ACKNOWLEDGE = "conduct.acknowledge"
    DISCOUNT_GIVE = "discount.give"
    DISCOUNT_APPROVE = "discount.approve"  # approves a discount beyond authority or a low margin, on the spot
    # customer opinion and contracts
    SURVEY_MANAGE = "survey.manage"
    SURVEY_FOLLOW_UP = "survey.follow_up"
    COMPLAINT_REGISTER = "complaint.register"
    COMPLAINT_HANDLE = "complaint.handle"
    CONTRACT_EDIT = "contract.edit"
    CONTRACT_FOLLOW_UP = "contract.follow_up"
    # reports
    REPORT_MONTHLY = "report.monthly"


A = Action
_CLERK = {
    A.OWN_SECRET, A.CUSTOMER_EDIT, A.CALL_REGISTER, A.VISIT_RECORD, A.CALL_CLOSE, A.VOUCHER_PRINT, A.INVOICE_MANAGE,
    A.BILL_EDIT,
    A.GOODS_RECEIVE, A.GOODS_RETURN, A.QUOTE_EDIT, A.QUOTE_ACCEPT, A.CLAIM_CREATE, A.DEPOSIT_TAKE,
    A.DEPOSIT_REFUND, A.DISCOUNT_GIVE, A.SURVEY_MANAGE, A.COMPLAINT_REGISTER, A.CONTRACT_EDIT,
    A.CONTRACT_FOLLOW_UP, A.REPORT_MONTHLY, A.BACKUP_RUN,
}  # fmt: skip
_TECHNICIAN = {
    A.OWN_SECRET, A.VISIT_RECORD, A.VOUCHER_PRINT, A.GOODS_RECEIVE, A.REPAIR_EDIT, A.QUOTE_EDIT, A.TIME_RECORD,
    A.GENERAL_WORK_RECORD, A.PART_MARK_USED, A.BILL_EDIT,
}  # fmt: skip
_STOREKEEPER = {
    A.OWN_SECRET, A.PART_EDIT, A.PART_IMPORT, A.STOCK_RECEIVE, A.PART_ISSUE, A.PART_RETURN, A.PART_MARK_USED,
    A.STOCK_INTERNAL, A.PURCHASE_DIRECT, A.CLAIM_CREATE, A.CLAIM_TRACK, A.DEPOSIT_TAKE, A.DEPOSIT_REFUND,
    A.TOOL_EDIT, A.TOOL_LEND, A.STOCKTAKE_COUNT, A.BACKUP_RUN,
}  # fmt: skip
_SUPERVISOR = (_CLERK | _TECHNICIAN) | {
    A.CALL_DISPATCH, A.CALL_REOPEN, A.CALL_VOID, A.RETURN_WITHOUT_RECEIPT, A.REPAIR_INSPECT,
    A.DAILY_REPORT_ALL, A.PART_ISSUE, A.CLAIM_SIGN_SUPERVISOR, A.CLAIM_TRACK, A.STOCKTAKE_COUNT,
    A.STOCKTAKE_POST, A.CONDUCT_RECORD, A.CONDUCT_VOID, A.CONDUCT_VIEW_ALL, A.CONDUCT_ACKNOWLEDGE,
    A.SURVEY_FOLLOW_UP, A.COMPLAINT_HANDLE, A.AUDIT_VIEW, A.DISCOUNT_APPROVE,
}  # fmt: skip

ROLE_ACTIONS: dict[str, frozenset[Action]] = {
    "clerk": frozenset(_CLERK),
    "technician": frozenset(_TECHNICIAN),
    "storekeeper": frozenset(_STOREKEEPER),
    "supervisor": frozenset(_SUPERVISOR),
    "manager": frozenset(Action),  # the manager owns the shop: every action
}

# What the system itself (no person signed in) may do: first-run setup, demo data, daily backups, and
# preparing/printing the day's survey cards from the register (`print survey-cards`; answers need a person),
# and the headless `print voucher` (the print still counts, so the next one says 副本).
SYSTEM_ACTIONS = frozenset({A.STAFF_MANAGE, A.SETTINGS_EDIT, A.BACKUP_RUN, A.SURVEY_MANAGE, A.VOUCHER_PRINT,
                            A.SIGN_IN, A.SYSTEM_REPAIR})


def allowed(role: str | None, action: Action) -> bool:
    """True when `role` may do `action`; unknown roles may do nothing."""
    return action in ROLE_ACTIONS.get(role or "", frozenset())


def who_may(action: Action) -> Text:
    """The roles allowed `action`, as a hint names them ("服务主任或经理", "the service supervisor or the manager"):
    a hint built from this table cannot promise less, or more, than the permission check does."""
    from aftersales_desktop.core.vocab import ROLE

    roles = [ROLE.text(code) for code in ROLE.codes if allowed(code, action)]
    return Text("或".join(r.zh for r in roles), " or ".join(f"the {r.en.lower()}" for r in roles))


def require(role: str | None, action: Action, who: str = "") -> None:
    if not allowed(role, action):
        from aftersales_desktop.core.vocab import ROLE

        raise PermissionDenied(
            T(
                "{who}({role})没有权限执行此操作:{action}。",
                "{who} ({role}) may not do this: {action}.",
                who=who or "?",
                role=ROLE.label(role) if role else "-",
                action=action.value,
            )
        )
