"""Reads of the conduct log: entries (who may see what), the rule catalogue, the month for payroll.

Visibility is enforced here, by the acting staff member: clerks, technicians and storekeepers see only their
own entries; supervisors and the manager (conduct.view_all) see everyone's.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass

import peewee

from aftersales_desktop.core.errors import NotFound, PermissionDenied
from aftersales_desktop.core.i18n import T, Text
from aftersales_desktop.core.models import AuthorityEvent, ConductEntry, ConductRule, Staff
from aftersales_desktop.core.permissions import Action, allowed
from aftersales_desktop.core.queries.paging import PagedQuery, tuples


@dataclass(frozen=True)
class EntryRow:
    id: int
    number: str
    staff_id: int
    staff_name: str
    rule_id: int
    rule_code: str
    rule_title: str
    area: str
    kind: str
    occurred_at: dt.datetime
    description: str
    amount_fen: int
    rest_half_days: int
    self_criticism: bool
    dismissal: bool
    ladder_step: int
    source: str
    recorded_by: str
    recorded_at: dt.datetime
    acknowledged_at: dt.datetime | None
    print_count: int
    voided_at: dt.datetime | None
    void_reason: str

    @property
    def void(self) -> bool:
        return self.voided_at is not None


def sees_all(actor: Staff | None) -> bool:
    """True when the actor may see everyone's entries (supervisor, manager)."""
    return actor is not None and allowed(actor.role, Action.CONDUCT_VIEW_ALL)


def reader(actor: Staff | None) -> Staff:
    """The person reading the conduct log, re-read: nobody reads it without signing in (the command line
    signs in with --user), and an account that left reads nothing."""
    fresh = Staff.get_or_none(Staff.id == actor.id) if actor is not None else None
    if fresh is None or not fresh.active:
        raise PermissionDenied(T("查看奖罚记录需要先登录(命令行请用 --user 指定姓名)。",
                                 "Sign in to read the conduct log (on the command line: --user NAME)."))
    return fresh


def month_bounds(month: str | dt.date) -> tuple[dt.datetime, dt.datetime]:
    """'2026-03' (or any date in it) → the first moment of that month and of the next."""
    from aftersales_desktop.core.queries.month_common import Month

    chosen = Month.parse(month) if isinstance(month, str) else Month.of(month)  # a sentence for 9999-12 too
    return chosen.start, chosen.end


def _entry_select() -> peewee.ModelSelect[ConductEntry]:
    # The joined names come back as the entry's related rows (e.staff.name): no query per row. Each join
    # selects its id too, or peewee would set the entry's staff_id from a related row without one.
    recorder = Staff.alias("recorder")
    return (
        ConductEntry.select(ConductEntry, Staff.id, Staff.name, ConductRule.id, ConductRule.code, ConductRule.title,
                            ConductRule.area, recorder.id, recorder.name)
        .join_from(ConductEntry, Staff, on=(ConductEntry.staff == Staff.id))
        .join_from(ConductEntry, ConductRule)
        .join_from(ConductEntry, recorder, on=(ConductEntry.recorded_by == recorder.id))
    )  # fmt: skip


def _to_row(e: ConductEntry) -> EntryRow:
    return EntryRow(
        id=e.id, number=e.number, staff_id=e.staff_id, staff_name=e.staff.name, rule_id=e.rule_id,
        rule_code=e.rule.code, rule_title=e.rule.title, area=e.rule.area, kind=e.kind, occurred_at=e.occurred_at,
        description=e.description, amount_fen=e.amount_fen, rest_half_days=e.rest_half_days,
        self_criticism=e.self_criticism, dismissal=e.dismissal, ladder_step=e.ladder_step, source=e.source,
        recorded_by=e.recorded_by.name, recorded_at=e.recorded_at, acknowledged_at=e.acknowledged_at,
        print_count=e.print_count, voided_at=e.voided_at, void_reason=e.void_reason,
    )  # fmt: skip


def entries(
    actor: Staff | None,
    staff_id: int | None = None,
    month: str | dt.date | None = None,
    rule_id: int | None = None,
    kind: str | None = None,
    include_void: bool = True,
) -> PagedQuery[EntryRow]:
    """The log, newest first, filtered in SQL; people without view_all only ever get their own rows."""
    actor = reader(actor)
    query = _entry_select()
    if not sees_all(actor):
        query = query.where(ConductEntry.staff == actor.id)
    if staff_id is not None:
        query = query.where(ConductEntry.staff == staff_id)
    if month is not None:
        start, end = month_bounds(month)
        query = query.where((ConductEntry.occurred_at >= start) & (ConductEntry.occurred_at < end))
    if rule_id is not None:
        query = query.where(ConductEntry.rule == rule_id)
    if kind is not None:
        query = query.where(ConductEntry.kind == kind)
    if not include_void:
        query = query.where(ConductEntry.voided_at.is_null())
    return PagedQuery(query.order_by(ConductEntry.occurred_at.desc(), ConductEntry.id.desc()), _to_row)


def entry(actor: Staff | None, entry_id: int | None = None, number: str | None = None) -> EntryRow:
    """One entry by id or number, if the actor may see it."""
    actor = reader(actor)
    query = _entry_select()
    query = query.where(ConductEntry.id == entry_id) if entry_id is not None else query.where(
        ConductEntry.number == (number or "").strip().upper()
    )
    found = query.first()
    if found is None or (not sees_all(actor) and found.staff_id != actor.id):
        raise NotFound(T("找不到奖罚记录 {n}。", "No conduct entry {n}.", n=number or entry_id))
    return _to_row(found)


@dataclass(frozen=True)
class RuleRow:
    id: int
    code: str
    area: str
    title: str
    kind: str
    min_fen: int
    max_fen: int
    rest_half_days: int
    self_criticism: bool
    dismissal: bool
    ladder: list | None
    source: str
    active: bool
    in_use: int  # entries recorded under this rule


def rules(include_retired: bool = False, text: str = "") -> list[RuleRow]:
    """The catalogue (a few dozen rows), by area and code; `text` matches code or title."""
    used: dict[int, int] = dict(
        tuples(ConductEntry.select(ConductEntry.rule, peewee.fn.COUNT(ConductEntry.id)).group_by(ConductEntry.rule))
    )
    query = ConductRule.select().order_by(ConductRule.area, ConductRule.code)
    if not include_retired:
        query = query.where(ConductRule.active)
    if text.strip():
        like = f"%{text.strip()}%"
        query = query.where(ConductRule.code ** like | ConductRule.title ** like)
    return [
        RuleRow(r.id, r.code, r.area, r.title, r.kind, r.min_fen, r.max_fen, r.rest_half_days, r.self_criticism,
                r.dismissal, r.ladder, r.source, r.active, used.get(r.id, 0))
        for r in query
    ]  # fmt: skip


@dataclass(frozen=True)
class PersonMonth:
    staff_id: int
    name: str
    role: str
    entries: int  # non-void entries
    fines: int  # non-void fine entries
    fines_fen: int
    rest_half_days: int
    rewards: int
    rewards_fen: int
    voided: int  # shown, never counted

    @property
    def net_fen(self) -> int:
        """Rewards minus fines: what payroll adds (positive) or deducts (negative)."""
        return self.rewards_fen - self.fines_fen


@dataclass(frozen=True)
class MonthSummary:
    month: str
    people: list[PersonMonth]

    @property
    def entries(self) -> int:
        return sum(p.entries for p in self.people)

    @property
    def fines_fen(self) -> int:
        return sum(p.fines_fen for p in self.people)

    @property
    def rest_half_days(self) -> int:
        return sum(p.rest_half_days for p in self.people)

    @property
    def rewards_fen(self) -> int:
        return sum(p.rewards_fen for p in self.people)

    @property
    def net_fen(self) -> int:
        return self.rewards_fen - self.fines_fen


def month_summary(actor: Staff | None, month: str) -> MonthSummary:
    """Per person for the month: entries, fines, rest docked, rewards, net — what payroll needs."""
    actor = reader(actor)
    return summarize(month, None if sees_all(actor) else actor.id)


def summarize(month: str, staff_id: int | None = None) -> MonthSummary:
    """The month's summary for everyone (or one person), unchecked: for a caller that checked who reads it
    (month_summary; the workbook, which leaves its conduct sheet out for those who may not see it)."""
    start, end = month_bounds(month)
    rows = ConductEntry.select(ConductEntry.staff, ConductEntry.kind, ConductEntry.amount_fen,
                               ConductEntry.rest_half_days, ConductEntry.voided_at).where(
        (ConductEntry.occurred_at >= start) & (ConductEntry.occurred_at < end)
    )  # fmt: skip
    if staff_id is not None:
        rows = rows.where(ConductEntry.staff == staff_id)
    totals: dict[int, dict[str, int]] = {}
    for staff_id, kind, amount, rest, voided_at in tuples(rows):
        t = totals.setdefault(staff_id, dict.fromkeys(("entries", "fines", "fines_fen", "rest", "rewards",
                                                       "rewards_fen", "voided"), 0))  # fmt: skip
        if voided_at is not None:
            t["voided"] += 1
            continue
        t["entries"] += 1
        if kind == "reward":
            t["rewards"] += 1
            t["rewards_fen"] += amount
        else:
            t["fines"] += 1
            t["fines_fen"] += amount
            t["rest"] += rest
    people = Staff.select().where(Staff.id.in_(list(totals))).order_by(Staff.name) if totals else []
    return MonthSummary(
        month=f"{start:%Y-%m}",
        people=[
            PersonMonth(s.id, s.name, s.role, totals[s.id]["entries"], totals[s.id]["fines"],
                        totals[s.id]["fines_fen"], totals[s.id]["rest"], totals[s.id]["rewards"],
                        totals[s.id]["rewards_fen"], totals[s.id]["voided"])
            for s in people
        ],
    )  # fmt: skip


@dataclass(frozen=True)
class AuthorityRow:
    id: int
    kind: str
    staff_name: str
    at: dt.datetime
    reference: str
    percent: int
    reason: str
    approved_by: str
    warning: str
    entry_number: str
    amount_fen: int = 0  # the discount given, or the bill's total for a margin


def authority_events(actor: Staff | None, only_warnings: bool = False) -> PagedQuery[AuthorityRow]:
    """Discounts and approved low margins given on bills, newest first; people without view_all see their own.
    `only_warnings`: the proposed entries (beyond authority, not yet decided)."""
    actor = reader(actor)
    approver = Staff.alias("approver")
    query = (
        # The joined names come back as the event's related rows (e.staff.name): no query per row.
        AuthorityEvent.select(AuthorityEvent, Staff.id, Staff.name, approver.id, approver.name, ConductEntry.id,
                              ConductEntry.number)
        .join_from(AuthorityEvent, Staff, on=(AuthorityEvent.staff == Staff.id))
        .join_from(AuthorityEvent, approver, peewee.JOIN.LEFT_OUTER, on=(AuthorityEvent.approved_by == approver.id))
        .join_from(AuthorityEvent, ConductEntry, peewee.JOIN.LEFT_OUTER, on=(AuthorityEvent.entry == ConductEntry.id))
    )  # fmt: skip
    if not sees_all(actor):
        query = query.where(AuthorityEvent.staff == actor.id)
    if only_warnings:
        query = query.where((AuthorityEvent.warning != "") & AuthorityEvent.entry.is_null())

    def to_row(e: AuthorityEvent) -> AuthorityRow:
        return AuthorityRow(e.id, e.kind, e.staff.name, e.at, e.reference, e.percent, e.reason,
                            e.approved_by.name if e.approved_by else "", _in_language(e.warning),
                            e.entry.number if e.entry else "", e.amount_fen)  # fmt: skip

    return PagedQuery(query.order_by(AuthorityEvent.at.desc(), AuthorityEvent.id.desc()), to_row)


def _in_language(stored: str) -> str:
    """A stored warning is 'Chinese\nEnglish' (services.authority); show the current language's half."""
    if not stored:
        return ""
    zh, _, en = stored.partition("\n")
    return str(Text(zh, en or zh))
