"""The time log: a technician's time on repair cards (start/stop or minutes by hand) and general work (一般工作).

Each entry counts as the kind of work of its call (有费/合同/免费) or as general work, which is what the daily
reports (第十条 – 第十二条) add up. A technician's entries never overlap and are never negative.
"""

from __future__ import annotations

import datetime as dt

from aftersales_desktop.core.bounds import check_day
from aftersales_desktop.core.errors import Conflict, NotFound, PermissionDenied, ValidationError
from aftersales_desktop.core.i18n import T
from aftersales_desktop.core.models import Staff, TimeEntry
from aftersales_desktop.core.models.kept import Kept
from aftersales_desktop.core.permissions import Action, allowed
from aftersales_desktop.core.services import UnitOfWork, snapshot, unit_of_work
from aftersales_desktop.core.services.repairs import begin_work, check_may_work, get_card, require_state

ENTRY_FIELDS = ("technician", "repair_card", "kind", "started_at", "ended_at", "minutes", "note")
MAX_MINUTES = 16 * 60  # one entry is at most a long working day; longer is a typing mistake
# Card states in which time may be logged by hand (recording work already done, e.g. while waiting for parts).
MANUAL_STATES = ("received", "approved", "in_repair", "waiting_parts", "repaired")


def _who(uow: UnitOfWork, technician_id: int | None) -> Staff:
    """The technician the time belongs to: oneself, or anyone when the actor may see all daily reports."""
    if technician_id is None or technician_id == uow.person.id:
        return uow.person
    if not allowed(uow.person.role, Action.DAILY_REPORT_ALL):
        raise PermissionDenied(T("只能登记自己的工时。", "You may record only your own time."))
    tech = Staff.get_or_none(Staff.id == technician_id)
    if tech is None or not tech.active:
        raise ValidationError(T("请选择在职的技术员。", "Choose an active technician."), "technician")
    return tech


def _check_minutes(minutes: object) -> int:
    if not isinstance(minutes, int) or isinstance(minutes, bool) or minutes <= 0:
        raise ValidationError(T("工时应为大于 0 的分钟数。", "Time must be a positive number of minutes."), "minutes")
    if minutes > MAX_MINUTES:
        raise ValidationError(
            T("一条工时最多 {m} 分钟,请分开登记。", "One entry is at most {m} minutes; split it.", m=MAX_MINUTES), "minutes"
        )
    return minutes


# Every time entry asks both (kept text: core/models/kept.py). Two queries rather than one with
# `ended_at > start OR ended_at IS NULL`: each reads a few rows of the (technician, ended_at) index, where the OR
# made SQLite read every entry the technician ever logged.
_FINISHED_CLASH = Kept(lambda tech_id, end, start: (
    TimeEntry.select()
    .where((TimeEntry.technician == tech_id) & (TimeEntry.ended_at > start) & (TimeEntry.started_at < end))
    .order_by(TimeEntry.started_at)))
_RUNNING_CLASH = Kept(lambda tech_id, end: (
    TimeEntry.select()
    .where((TimeEntry.technician == tech_id) & TimeEntry.ended_at.is_null() & (TimeEntry.started_at < end))
    .order_by(TimeEntry.started_at)))


def _check_no_overlap(tech: Staff, start: dt.datetime, end: dt.datetime, now: dt.datetime) -> None:
    """Refuse a stretch of time that overlaps another entry of the same technician (a running one lasts till now)."""
    found = [_FINISHED_CLASH.first(tech.id, end, start)]
    if now > start:  # a running timer lasts until now: it overlaps too once the stretch starts before now
        found.append(_RUNNING_CLASH.first(tech.id, end))
    clashes = [entry for entry in found if entry is not None]
    clash = min(clashes, key=lambda entry: entry.started_at) if clashes else None  # the earliest, as they are listed
    if clash is not None:
        until = clash.ended_at.strftime("%H:%M") if clash.ended_at else "…"
        raise Conflict(
            T(
                "{who} 在 {d} {a}–{b} 已有工时记录,时间不能重叠。",
                "{who} already has time logged on {d} {a}–{b}; entries cannot overlap.",
                who=tech.name, d=clash.started_at.strftime("%Y-%m-%d"), a=clash.started_at.strftime("%H:%M"), b=until,
            ),
            "started_at",
        )


def _manual_span(started_at: object, minutes: object, now: dt.datetime) -> tuple[dt.datetime, dt.datetime, int]:
    if not isinstance(started_at, dt.datetime):
        raise ValidationError(T("请填写开始时间。", "Enter the start time."), "started_at")
    check_day(started_at, "started_at")
    count = _check_minutes(minutes)
    end = started_at + dt.timedelta(minutes=count)
    if end > now + dt.timedelta(minutes=1):
        raise ValidationError(T("工时不能登记到将来。", "Time cannot be logged in the future."), "started_at")
    return started_at, end, count


def start_timer(actor: Staff, card_id: int, technician_id: int | None = None, note: str = "") -> TimeEntry:
    """Start the clock on a repair card (the card moves into repair); the quote must be accepted first."""
    with unit_of_work(actor, Action.TIME_RECORD) as uow:
        tech = _who(uow, technician_id)
        card = get_card(card_id)
        if card.status in ("received", "quoted"):
            check_may_work(card)  # say "quote first" rather than naming the state
        require_state(card, ("received", "approved", "in_repair"), "开始计时|have its timer started")
        begin_work(uow, card, tech)
        running = TimeEntry.get_or_none((TimeEntry.technician == tech.id) & TimeEntry.ended_at.is_null())
        if running is not None:
            raise Conflict(
                T("{who} 已有正在计时的工作,请先停止。", "{who} already has a timer running; stop it first.", who=tech.name)
            )
        _check_no_overlap(tech, uow.now, uow.now + dt.timedelta(seconds=1), uow.now)
        entry = TimeEntry.create(
            technician=tech, repair_card=card, call=card.call_id, kind=card.call.kind, started_at=uow.now,
            note=(note or "").strip(), recorded_by=uow.actor,
        )
        uow.audit("time_entry", entry.id, after=snapshot(entry, *ENTRY_FIELDS))
    return entry


def stop_timer(actor: Staff, entry_id: int, ended_at: dt.datetime | None = None) -> TimeEntry:
    """Stop a running timer at now, or at `ended_at` when it was left running (e.g. overnight)."""
    with unit_of_work(actor, Action.TIME_RECORD) as uow:
        entry = TimeEntry.get_or_none(TimeEntry.id == entry_id)
        if entry is None:
            raise NotFound(T("找不到该工时记录。", "No such time entry."))
        _who(uow, entry.technician_id)
        if entry.ended_at is not None:
            raise Conflict(T("该计时已经停止。", "This timer is already stopped."))
        end = ended_at or uow.now
        if not isinstance(end, dt.datetime) or end <= entry.started_at or end > uow.now + dt.timedelta(minutes=1):
            raise ValidationError(
                T("结束时间应在开始之后、现在之前。", "The end must be after the start and not in the future."), "ended_at"
            )
        minutes = round((end - entry.started_at).total_seconds() / 60)
        if minutes > MAX_MINUTES:
            raise Conflict(
                T("计时已超过 {m} 分钟,可能忘了停止;请填写实际结束时间。",
                  "The timer ran over {m} minutes, probably left on; give the time the work really ended.",
                  m=MAX_MINUTES),
                "ended_at",
            )
        entry.ended_at, entry.minutes = end, minutes
        entry.save()
        uow.audit("time_entry", entry.id, after=snapshot(entry, "ended_at", "minutes"))
    return entry


def running_timer(technician_id: int) -> TimeEntry | None:
    """The technician's running timer, if any."""
    return TimeEntry.get_or_none((TimeEntry.technician == technician_id) & TimeEntry.ended_at.is_null())


def add_card_minutes(
    actor: Staff, card_id: int, *, started_at: dt.datetime, minutes: int, note: str = "",
    technician_id: int | None = None,
) -> TimeEntry:
    """Log time on a repair card by hand: when it started and how many minutes."""
    with unit_of_work(actor, Action.TIME_RECORD) as uow:
        tech = _who(uow, technician_id)
        card = get_card(card_id)
        if card.status in ("received", "quoted"):
            check_may_work(card)
        require_state(card, MANUAL_STATES, "登记工时|have time logged")
        begin_work(uow, card, tech)
        start, end, count = _manual_span(started_at, minutes, uow.now)
        if start < card.receipt.received_at:
            raise ValidationError(T("工时不能早于收件时间。", "Time cannot start before the item was received."), "started_at")
        _check_no_overlap(tech, start, end, uow.now)
        entry = TimeEntry.create(
            technician=tech, repair_card=card, call=card.call_id, kind=card.call.kind, started_at=start, ended_at=end,
            minutes=count, note=(note or "").strip(), recorded_by=uow.actor,
        )
        uow.audit("time_entry", entry.id, after=snapshot(entry, *ENTRY_FIELDS))
    return entry


def record_general_work(
    actor: Staff, *, started_at: dt.datetime, minutes: int, note: str, technician_id: int | None = None
) -> TimeEntry:
    """General (internal) work for the daily report: inspections, parts handling, tool care, training."""
    what = (note or "").strip()
    if not what:
        raise ValidationError(T("请写明做了什么一般工作。", "Say what general work was done."), "note")
    with unit_of_work(actor, Action.GENERAL_WORK_RECORD) as uow:
        tech = _who(uow, technician_id)
        start, end, count = _manual_span(started_at, minutes, uow.now)
        _check_no_overlap(tech, start, end, uow.now)
        entry = TimeEntry.create(
            technician=tech, kind="general", started_at=start, ended_at=end, minutes=count, note=what,
            recorded_by=uow.actor,
        )
        uow.audit("time_entry", entry.id, after=snapshot(entry, *ENTRY_FIELDS))
    return entry
