"""Counter authority (权限), enforced on the bill: discounts and the margin of accident repairs.

The counter may give up to discount_max_percent off a bill, on at most discount_max_per_week bills a week per
person, each with a reason. Beyond that a supervisor approves on the spot (signs in over the dialog) or the
discount is refused; the event keeps the rule exceeded, and the conduct log proposes it as an entry (20元/单)
until a supervisor turns it into one or dismisses it. An accident repair whose computed gross margin is below
margin_min_percent needs a stated reason and approval before it goes back to the customer.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass

from aftersales_desktop.core import settings
from aftersales_desktop.core.conduct_catalogue import AUTHORITY_RULES
from aftersales_desktop.core.errors import Conflict, NotFound, PermissionDenied, ValidationError
from aftersales_desktop.core.i18n import T, Text
from aftersales_desktop.core.models import (
    AuthorityEvent,
    ConductEntry,
    ConductRule,
    RepairCard,
    ServiceCall,
    Staff,
)
from aftersales_desktop.core.models.kept import Kept
from aftersales_desktop.core.permissions import Action, allowed
from aftersales_desktop.core.services import UnitOfWork, snapshot, unit_of_work
from aftersales_desktop.core.services.bills import (
    chargeable,
    ensure_open_bill,
    lines_of,
    work_order,
    write_line,
)
from aftersales_desktop.core.services.conduct import record_in
from aftersales_desktop.core.validation import check_count, clean_text

EVENT_FIELDS = ("kind", "staff", "at", "reference", "percent", "reason", "approved_by", "warning", "entry", "call",
                "repair_card", "amount_fen")  # fmt: skip
SEPARATOR = "\n"  # between the Chinese and the English half of a stored warning


@dataclass(frozen=True)
class Approval:
    """A supervisor signing in over the dialog to approve on the spot."""

    name: str
    secret: str


class ApprovalNeeded(Conflict):
    """Beyond the counter's authority: a supervisor must approve on the spot (the GUI then asks them to sign in)."""


def warning_text(event: AuthorityEvent) -> Text | None:
    """The stored warning of an event as a bilingual Text (None when there is none)."""
    if not event.warning:
        return None
    zh, _, en = event.warning.partition(SEPARATOR)
    return Text(zh, en or zh)


def week_bounds(moment: dt.datetime) -> tuple[dt.datetime, dt.datetime]:
    """Monday 00:00 to next Monday 00:00 of the week containing `moment`."""
    monday = dt.datetime.combine(moment.date() - dt.timedelta(days=moment.weekday()), dt.time())
    return monday, monday + dt.timedelta(days=7)


_DISCOUNTS_BETWEEN = Kept(lambda staff_id, start, end: AuthorityEvent.select().where(
    (AuthorityEvent.kind == "discount")
    & (AuthorityEvent.staff == staff_id)
    & (AuthorityEvent.at >= start)
    & (AuthorityEvent.at < end)))  # asked at every discount (kept text: core/models/kept.py)


def discounts_this_week(staff_id: int, moment: dt.datetime) -> int:
    """How many discounts this person gave in the week of `moment` (approved ones included)."""
    start, end = week_bounds(moment)
    return _DISCOUNTS_BETWEEN.count(staff_id, start, end)


def _approver(uow: UnitOfWork, approval: Approval | None, problem: Text) -> Staff:
    """Who approves: the supervisor who signed in over the dialog, or the actor when they may approve themselves."""
    from aftersales_desktop.core.services.staff import authenticate

    if approval is None:
        if allowed(uow.person.role, Action.DISCOUNT_APPROVE):
            return uow.person
        raise ApprovalNeeded(T("{p}。需服务主任当场审批,否则不能给。", "{p}. A supervisor must approve it now, or it cannot be given.",
                               p=problem), "approval")
    approver = authenticate(approval.name, approval.secret)
    if not allowed(approver.role, Action.DISCOUNT_APPROVE):
        raise PermissionDenied(T("{n} 不能审批,请服务主任或经理签名。", "{n} may not approve; a supervisor or the manager must sign.",
                                 n=approver.name), "approval")
    return approver


def _join(problems: list[Text]) -> Text:
    return Text(";".join(p.zh for p in problems), "; ".join(p.en for p in problems).capitalize())


def _event(uow: UnitOfWork, kind: str, call: ServiceCall, card: RepairCard | None, percent: int, reason: str,
           approver: Staff | None, warning: Text | None, amount_fen: int) -> AuthorityEvent:
    event = AuthorityEvent.create(
        kind=kind, staff=uow.actor, at=uow.now, reference=card.number if card else call.number, percent=percent,
        reason=reason, approved_by=approver, warning=f"{warning.zh}{SEPARATOR}{warning.en}" if warning else "",
        call=call, repair_card=card, amount_fen=amount_fen,
    )
    uow.audit("authority_event", event.id, after=snapshot(event, *EVENT_FIELDS), action=Action.DISCOUNT_GIVE.value)
    return event


def discount_in(uow: UnitOfWork, call: ServiceCall, card: RepairCard | None, percent: int, reason: str,
                approval: Approval | None = None) -> AuthorityEvent:
    """Give a discount on the open lines inside an open use case (a visit, or the bill screen)."""
    check_count(percent, "percent", maximum=100)
    reason = clean_text(reason, "reason", 200, "优惠理由|reason for the discount", required=True)
    if not allowed(uow.person.role, Action.DISCOUNT_GIVE):
        raise PermissionDenied(T("{n} 没有给优惠的权限。", "{n} may not give discounts.", n=uow.person.name), "percent")
    ensure_open_bill(call, card)
    if not chargeable(call):
        raise ValidationError(T("不收费的服务没有优惠。", "Work that is not charged has nothing to discount."), "percent")
    open_lines = [ln for ln in lines_of(call, card) if ln.settled_at is None]
    if any(ln.kind == "discount" for ln in open_lines):
        raise Conflict(T("账单上已有一笔优惠;要改请先删除它。", "The bill already has a discount; remove it first to change it."))
    base = sum(ln.amount_fen for ln in open_lines)
    if base <= 0:
        raise Conflict(T("账单上还没有可优惠的金额。", "The bill has nothing yet to discount."), "percent")
    max_percent, max_week = settings.get("discount_max_percent"), settings.get("discount_max_per_week")
    count = discounts_this_week(uow.person.id, uow.now) + 1
    problems: list[Text] = []
    if percent > max_percent:
        problems.append(T("优惠 {p}% 超出权限 {m}%", "a {p}% discount exceeds the {m}% authority", p=percent, m=max_percent))
    if count > max_week:
        problems.append(T("本周第 {c} 单打折,超出每周 {m} 单", "discount no. {c} this week exceeds {m} a week", c=count, m=max_week))
    approver, warning = None, None
    if problems:
        approver = _approver(uow, approval, _join(problems))
        warning = _join([*problems, T("经 {n} 当场审批", "approved on the spot by {n}", n=approver.name)])
    amount = (base * percent + 50) // 100
    event = _event(uow, "discount", call, card, percent, reason, approver, warning, amount)
    write_line(uow, call, card, "discount", reason, percent=percent, authority_event=event)
    return event


def give_discount(actor: Staff, *, percent: int, reason: str, call_id: int | None = None,
                  repair_card_id: int | None = None, approval: Approval | None = None) -> AuthorityEvent:
    """A discount on an open bill: within authority at once, beyond it only with a supervisor's approval."""
    with unit_of_work(actor, Action.DISCOUNT_GIVE) as uow:
        call, card = work_order(call_id, repair_card_id)
        return discount_in(uow, call, card, percent, reason, approval)


def approve_margin(actor: Staff, repair_card_id: int, reason: str, approval: Approval | None = None) -> AuthorityEvent:
    """A supervisor approves an accident repair below the minimum margin, with the stated reason."""
    from aftersales_desktop.core.queries.bills import bill_for

    reason = clean_text(reason, "reason", 200, "低毛利原因|reason for the low margin", required=True)
    with unit_of_work(actor, Action.DISCOUNT_GIVE) as uow:
        call, card = work_order(None, repair_card_id)
        ensure_open_bill(call, card)
        current = bill_for(call, card)
        margin = current.margin_percent
        if margin is None or not current.margin_needs_approval:
            raise Conflict(T("该账单不需要毛利审批。", "This bill needs no margin approval."))
        problem = T("事故车毛利率 {p}% 低于 {m}%", "the accident-repair margin {p}% is below {m}%", p=margin,
                    m=current.margin_min)
        approver = _approver(uow, approval, problem)
        return _event(uow, "low_margin", call, card, margin, reason, approver, None, current.to_customer_fen)


def dismiss_event(actor: Staff, event_id: int) -> AuthorityEvent:
    """A supervisor decides a proposed entry needs none (approved, reported): the warning is cleared (audited)."""
    with unit_of_work(actor, Action.CONDUCT_RECORD) as uow:
        event = _get(event_id)
        if not event.warning:
            raise Conflict(T("该记录在权限之内,无需处理。", "This one is within authority; nothing to decide."))
        if event.entry_id is not None:
            raise Conflict(T("该警告已转为奖罚记录。", "This warning has already become a conduct entry."))
        before = snapshot(event, *EVENT_FIELDS)
        event.approved_by = event.approved_by or uow.actor
        event.warning = ""
        event.save()
        uow.audit("authority_event", event.id, before=before, after=snapshot(event, *EVENT_FIELDS), note="no entry")
    return event


def warning_to_entry(actor: Staff, event_id: int, description: str = "") -> ConductEntry:
    """Turn a proposed entry into the conduct entry its rule prescribes (20元 / 50元), in one step."""
    with unit_of_work(actor, Action.CONDUCT_RECORD) as uow:
        event = _get(event_id)
        if not event.warning:
            raise Conflict(T("该记录没有待处理的警告。", "This record has no standing warning."))
        if event.entry_id is not None:
            raise Conflict(T("该警告已转为奖罚记录。", "This warning has already become a conduct entry."))
        rule = ConductRule.get_or_none(ConductRule.code == AUTHORITY_RULES[event.kind])
        if rule is None or not rule.active:
            raise ValidationError(
                T("规则库中没有可用的权限考核条款。", "The catalogue has no active rule for this authority breach."), "rule"
            )
        text = warning_text(event)
        what = (description or "").strip() or f"{event.reference}:{text.zh if text else ''}"
        entry = record_in(uow, event.staff_id, rule.id, event.at, what, rule.min_fen, "authority")
        before = snapshot(event, *EVENT_FIELDS)
        event.entry = entry
        event.save()
        uow.audit("authority_event", event.id, before=before, after=snapshot(event, *EVENT_FIELDS))
    return entry


def _get(event_id: int) -> AuthorityEvent:
    event = AuthorityEvent.get_or_none(AuthorityEvent.id == event_id)
    if event is None:
        raise NotFound(T("找不到该权限记录。", "No such authority record."))
    return event
