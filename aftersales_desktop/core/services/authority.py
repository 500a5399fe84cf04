"""Counter authority (权限): discounts on general repairs and low-margin accident repairs.

Counter staff may give up to discount_max_percent off a general repair on at most discount_max_per_week
orders a week, each with a reason; an accident repair below margin_min_percent gross margin needs a stated
reason and approval. Each use is an AuthorityEvent; breaking a rule returns a warning at once, which a
supervisor can approve afterwards or turn into a conduct entry (20元 / 50元 per order) in one step.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass

from aftersales_desktop.core import settings
from aftersales_desktop.core.conduct_catalogue import AUTHORITY_RULES
from aftersales_desktop.core.errors import Conflict, NotFound, ValidationError
from aftersales_desktop.core.i18n import T, Text
from aftersales_desktop.core.models import AuthorityEvent, ConductEntry, ConductRule, Staff
from aftersales_desktop.core.permissions import Action
from aftersales_desktop.core.services import UnitOfWork, snapshot, unit_of_work
from aftersales_desktop.core.services.conduct import record_in
from aftersales_desktop.core.validation import require_text

EVENT_FIELDS = ("kind", "staff", "at", "reference", "percent", "reason", "approved_by", "warning", "entry")
SEPARATOR = "\n"  # between the Chinese and the English half of a stored warning


@dataclass(frozen=True)
class AuthorityResult:
    """The recorded event and the warning to show now (None when within authority)."""

    event: AuthorityEvent
    warning: Text | None


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


def discounts_this_week(staff_id: int, moment: dt.datetime) -> int:
    """How many discounts this person gave in the week of `moment` (approved ones included)."""
    start, end = week_bounds(moment)
    return (
        AuthorityEvent.select()
        .where(
            (AuthorityEvent.kind == "discount")
            & (AuthorityEvent.staff == staff_id)
            & (AuthorityEvent.at >= start)
            & (AuthorityEvent.at < end)
        )
        .count()
    )


def record_discount(actor: Staff, reference: str, percent: int, reason: str) -> AuthorityResult:
    """A counter discount on a general repair, with its reason; warns when beyond authority."""
    reference = require_text(reference, "reference", "单号|order number")
    reason = require_text(reason, "reason", "打折理由|reason for the discount")
    if not isinstance(percent, int) or not 1 <= percent <= 100:
        raise ValidationError(T("折扣应为 1–100 之间的整数百分比。", "The discount is a whole percent from 1 to 100."), "percent")
    max_percent = settings.get("discount_max_percent")
    max_week = settings.get("discount_max_per_week")
    with unit_of_work(actor, Action.DISCOUNT_GIVE) as uow:
        count = discounts_this_week(uow.person.id, uow.now) + 1
        problems: list[Text] = []
        if percent > max_percent:
            problems.append(
                T("优惠 {p}% 超出权限 {m}%", "a {p}% discount exceeds the {m}% authority", p=percent, m=max_percent)
            )
        if count > max_week:
            problems.append(
                T("本周第 {c} 单打折,超出每周 {m} 单", "discount no. {c} this week exceeds {m} a week", c=count, m=max_week)
            )
        warning = _join(problems, T("需报备审批,否则考核 20 元/单。", "it needs approval, otherwise ¥20 per order."))
        event = _create(uow, "discount", reference, percent, reason, warning)
    return AuthorityResult(event, warning)


def record_margin(actor: Staff, reference: str, margin_percent: int, reason: str = "") -> AuthorityResult:
    """The gross margin of an accident repair; below the minimum it needs a reason and approval."""
    reference = require_text(reference, "reference", "单号|order number")
    if not isinstance(margin_percent, int) or not -100 <= margin_percent <= 100:
        raise ValidationError(T("毛利率应为 -100 到 100 之间的整数。", "The margin is a whole percent from -100 to 100."), "percent")
    reason = (reason or "").strip()
    minimum = settings.get("margin_min_percent")
    with unit_of_work(actor, Action.DISCOUNT_GIVE) as uow:
        warning = None
        if margin_percent < minimum:
            problems = [
                T("事故车毛利率 {p}% 低于 {m}%", "the accident-repair margin {p}% is below {m}%", p=margin_percent, m=minimum)
            ]
            if not reason:
                problems.append(T("未阐明原因", "no reason was given"))
            warning = _join(problems, T("需审批,否则考核 50 元/单。", "it needs approval, otherwise ¥50 per order."))
        event = _create(uow, "low_margin", reference, margin_percent, reason, warning)
    return AuthorityResult(event, warning)


def approve_event(actor: Staff, event_id: int) -> AuthorityEvent:
    """A supervisor or the manager approves a use beyond authority; the warning is cleared (audited)."""
    with unit_of_work(actor, Action.CONDUCT_RECORD) as uow:
        event = _event(event_id)
        if not event.warning:
            raise Conflict(T("该记录在权限之内,无需审批。", "This one is within authority; nothing to approve."))
        if event.entry_id is not None:
            raise Conflict(T("该警告已转为奖罚记录。", "This warning has already become a conduct entry."))
        if event.kind == "low_margin" and not event.reason:
            raise ValidationError(
                T("低毛利须先阐明原因才能审批。", "A low margin needs a stated reason before it can be approved."), "reason"
            )
        before = snapshot(event, *EVENT_FIELDS)
        event.approved_by = uow.actor
        event.warning = ""
        event.save()
        uow.audit("authority_event", event.id, before=before, after=snapshot(event, *EVENT_FIELDS))
    return event


def warning_to_entry(actor: Staff, event_id: int, description: str = "") -> ConductEntry:
    """Turn a standing warning into the conduct entry its rule prescribes (20元 / 50元), in one step."""
    with unit_of_work(actor, Action.CONDUCT_RECORD) as uow:
        event = _event(event_id)
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


def _join(problems: list[Text], tail: Text) -> Text | None:
    if not problems:
        return None
    return Text(
        ";".join(p.zh for p in problems) + "," + tail.zh,
        "; ".join(p.en for p in problems).capitalize() + ": " + tail.en,
    )


def _create(uow: UnitOfWork, kind: str, reference: str, percent: int, reason: str, warning: Text | None) -> AuthorityEvent:
    event = AuthorityEvent.create(
        kind=kind,
        staff=uow.actor,
        at=uow.now,
        reference=reference,
        percent=percent,
        reason=reason,
        warning=f"{warning.zh}{SEPARATOR}{warning.en}" if warning else "",
    )
    uow.audit("authority_event", event.id, after=snapshot(event, *EVENT_FIELDS))
    return event


def _event(event_id: int) -> AuthorityEvent:
    event = AuthorityEvent.get_or_none(AuthorityEvent.id == event_id)
    if event is None:
        raise NotFound(T("找不到该权限记录。", "No such authority record."))
    return event
