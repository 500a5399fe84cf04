"""Complaints and suggestions (第二十条 – 第二十二条): register, visit, answer, reply, close.

Serious complaints go to the manager at once: they stay at the top of every list until closed, only the
manager closes them, and the customer must be told the outcome in writing. Ordinary ones are handled by the
service department and answered by letter or phone. Every complaint, however small, needs a recorded visit
by the supervisor or someone the supervisor sends. The first answer is timed from registration against the
answer_hours (24 h) standard.
"""

from __future__ import annotations

import datetime as dt

from aftersales_desktop.core import clock, numbering, settings
from aftersales_desktop.core.concurrency import check_unchanged
from aftersales_desktop.core.errors import Conflict, NotFound, PermissionDenied, ValidationError
from aftersales_desktop.core.i18n import T
from aftersales_desktop.core.models import (
    Complaint,
    ComplaintVisit,
    ConductEntry,
    Customer,
    ServiceCall,
    Staff,
    SurveyCard,
)
from aftersales_desktop.core.models.kept import Kept
from aftersales_desktop.core.permissions import Action, require
from aftersales_desktop.core.services import UnitOfWork, snapshot, unit_of_work
from aftersales_desktop.core.validation import not_in_future, require_text
from aftersales_desktop.core.vocab import COMPLAINT_KIND, REPLY_HOW, SEVERITY

COMPLAINT_FIELDS = ("number", "kind", "severity", "customer", "call", "survey_card", "description",
                    "registered_at", "registered_by", "status", "first_answer_at", "outcome", "reply_how",
                    "replied_at", "closed_at", "closed_by", "conduct_entry")  # fmt: skip


# asked at every complaint registered and closed (kept text: core/models/kept.py)
_CUSTOMER = Kept(lambda customer_id: Customer.select().where(Customer.id == customer_id))
_VISITED = Kept(lambda complaint_id: ComplaintVisit.select().where(ComplaintVisit.complaint == complaint_id))


def get_complaint(complaint_id: int) -> Complaint:
    complaint = Complaint.get_or_none(Complaint.id == complaint_id)
    if complaint is None:
        raise NotFound(T("找不到该投诉/建议。", "No such complaint or suggestion."))
    return complaint


def find_complaint(number: str) -> Complaint:
    complaint = Complaint.get_or_none(Complaint.number == (number or "").strip().upper())
    if complaint is None:
        raise NotFound(T("找不到投诉 {n}。", "No complaint {n}.", n=number))
    return complaint


def handler_role(complaint: Complaint) -> str:
    """Who handles it: serious ones the manager (at once), ordinary ones the service department."""
    return "manager" if complaint.severity == "serious" else "supervisor"


def answer_deadline(complaint: Complaint) -> dt.datetime:
    return complaint.registered_at + dt.timedelta(hours=settings.get("answer_hours"))


def answer_late(complaint: Complaint) -> bool:
    """True when the first answer came (or, still unanswered, now is) after the 24-hour standard."""
    return (complaint.first_answer_at or clock.now()) > answer_deadline(complaint)


def clean_complaint(kind: str, severity: str) -> None:
    if kind not in COMPLAINT_KIND:
        raise ValidationError(T("请选择投诉或建议。", "Choose complaint or suggestion."), "kind")
    if severity not in SEVERITY:
        raise ValidationError(T("请选择严重或一般。", "Choose serious or ordinary."), "severity")


def register_complaint(
    actor: Staff,
    description: str,
    severity: str = "ordinary",
    kind: str = "complaint",
    customer_id: int | None = None,
    call_id: int | None = None,
    survey_card_id: int | None = None,
    registered_at: dt.datetime | None = None,
) -> Complaint:
    """Register a complaint or suggestion: from a survey card, a call, or directly for a customer."""
    description = require_text(description, "description", "投诉/建议内容|what happened")
    clean_complaint(kind, severity)
    if registered_at is not None:
        not_in_future(registered_at, "registered_at")
    with unit_of_work(actor, Action.COMPLAINT_REGISTER) as uow:
        return register_in(uow, kind, severity, description, customer_id, call_id, survey_card_id, registered_at)


def register_in(
    uow: UnitOfWork,
    kind: str,
    severity: str,
    description: str,
    customer_id: int | None = None,
    call_id: int | None = None,
    survey_card_id: int | None = None,
    registered_at: dt.datetime | None = None,
) -> Complaint:
    """The complaint written inside an open unit of work (also used when a survey follow-up becomes one)."""
    card = None
    if survey_card_id is not None:
        card = SurveyCard.get_or_none(SurveyCard.id == survey_card_id)
        if card is None:
            raise NotFound(T("找不到该调查卡。", "No such survey card."))
        call_id = call_id or card.call_id
    call = None
    if call_id is not None:
        call = ServiceCall.get_or_none(ServiceCall.id == call_id)
        if call is None:
            raise NotFound(T("找不到该叫修单。", "No such call."))
        if customer_id is not None and call.customer_id not in (None, customer_id):
            raise ValidationError(T("该叫修单不属于所选客户。", "The call belongs to another customer."), "call")
        customer_id = customer_id or call.customer_id
    if customer_id is None or not _CUSTOMER.exists(customer_id):
        raise ValidationError(T("请选择投诉的客户。", "Choose the customer."), "customer")
    at = registered_at or uow.now
    complaint = Complaint.create(
        number=numbering.next_number("complaint", at),
        kind=kind,
        severity=severity,
        customer=customer_id,
        call=call,
        survey_card=card,
        description=description,
        registered_at=at,
        registered_by=uow.actor,
        status="open",
    )
    uow.audit("complaint", complaint.id, after=snapshot(complaint, *COMPLAINT_FIELDS), action=Action.COMPLAINT_REGISTER.value)
    return complaint


def _handling(complaint_id: int) -> Complaint:
    complaint = get_complaint(complaint_id)
    if complaint.status == "closed":
        raise Conflict(T("投诉 {n} 已结案。", "Complaint {n} is already closed.", n=complaint.number))
    return complaint


def _answered(complaint: Complaint, at: dt.datetime) -> None:
    """The first contact back to the customer starts handling and stops the 24-hour clock."""
    if complaint.first_answer_at is None:
        complaint.first_answer_at = at
    if complaint.status == "open":
        complaint.status = "handling"


def _when(at: dt.datetime | None, uow: UnitOfWork, complaint: Complaint, field: str) -> dt.datetime:
    at = not_in_future(at or uow.now, field)
    if at < complaint.registered_at:
        raise ValidationError(
            T("时间不能早于投诉登记时间 {t}。", "The time cannot be before the complaint was registered ({t}).",
              t=complaint.registered_at.strftime("%Y-%m-%d %H:%M")),  # fmt: skip
            field,
        )
    return at


def record_first_answer(actor: Staff, complaint_id: int, at: dt.datetime | None = None) -> Complaint:
    """The customer got a first answer (by phone or in person): stops the 24-hour clock."""
    with unit_of_work(actor, Action.COMPLAINT_HANDLE) as uow:
        complaint = _handling(complaint_id)
        if complaint.first_answer_at is not None:
            raise Conflict(T("已记录首次答复。", "The first answer is already recorded."))
        before = snapshot(complaint, "status", "first_answer_at")
        _answered(complaint, _when(at, uow, complaint, "first_answer_at"))
        complaint.save()
        uow.audit("complaint", complaint.id, before=before, after=snapshot(complaint, "status", "first_answer_at"))
    return complaint


def record_visit(
    actor: Staff, complaint_id: int, visitor_id: int, note: str, visited_at: dt.datetime | None = None
) -> ComplaintVisit:
    """The visit to the customer, by the supervisor or someone they send (the actor is who sent them)."""
    note = require_text(note, "note", "回访情况|what the visit found")
    with unit_of_work(actor, Action.COMPLAINT_HANDLE) as uow:
        complaint = _handling(complaint_id)
        visitor = Staff.get_or_none(Staff.id == visitor_id)
        if visitor is None or not visitor.active:
            raise ValidationError(T("请选择在职的回访人员。", "Choose an active staff member for the visit."), "visitor")
        at = _when(visited_at, uow, complaint, "visited_at")
        visit = ComplaintVisit.create(complaint=complaint, visitor=visitor, sent_by=uow.actor, visited_at=at, note=note)
        before = snapshot(complaint, "status", "first_answer_at")
        _answered(complaint, at)
        complaint.save()
        uow.audit("complaint_visit", visit.id, after=snapshot(visit, "complaint", "visitor", "sent_by", "visited_at", "note"))
        uow.audit("complaint", complaint.id, before=before, after=snapshot(complaint, "status", "first_answer_at"))
    return visit


def record_reply(
    actor: Staff, complaint_id: int, how: str, outcome: str, replied_at: dt.datetime | None = None, *,
    seen_version: int | None = None,
) -> Complaint:
    """The outcome told to the customer: serious complaints in writing (letter), ordinary by letter or phone.
    `seen_version`: the complaint's version when the form was filled — a reply recorded meanwhile is not
    overwritten unseen."""
    outcome = require_text(outcome, "outcome", "处理结果|outcome told to the customer")
    if how not in REPLY_HOW:
        raise ValidationError(T("请选择答复方式:书面或电话。", "Choose how the customer was told: in writing or by phone."), "reply_how")
    with unit_of_work(actor, Action.COMPLAINT_HANDLE) as uow:
        check_unchanged(Complaint, "complaint", complaint_id, seen_version)
        complaint = _handling(complaint_id)
        if complaint.severity == "serious" and how != "letter":
            raise ValidationError(
                T("严重投诉的处理结果必须书面答复客户。", "A serious complaint's outcome must be told to the customer in writing."),
                "reply_how",
            )
        at = _when(replied_at, uow, complaint, "replied_at")
        before = snapshot(complaint, "status", "first_answer_at", "outcome", "reply_how", "replied_at")
        complaint.outcome, complaint.reply_how, complaint.replied_at = outcome, how, at
        _answered(complaint, at)
        complaint.save()
        uow.audit("complaint", complaint.id, before=before,
                  after=snapshot(complaint, "status", "first_answer_at", "outcome", "reply_how", "replied_at"))  # fmt: skip
    return complaint


def close_complaint(actor: Staff, complaint_id: int) -> Complaint:
    """Close it once visited (complaints) and replied to; serious ones only by the manager."""
    with unit_of_work(actor, Action.COMPLAINT_HANDLE) as uow:
        complaint = _handling(complaint_id)
        if complaint.severity == "serious" and uow.actor is not None and uow.actor.role != "manager":
            raise PermissionDenied(
                T("严重投诉须由经理处理结案。", "A serious complaint is closed by the manager.")
            )
        if complaint.kind == "complaint" and not _VISITED.exists(complaint.id):
            raise ValidationError(
                T(
                    "投诉 {n} 还没有回访记录:每一起投诉都须由服务主任或其派员回访后才能结案。",
                    "Complaint {n} has no visit recorded: every complaint needs a visit by the supervisor or someone they send before it can be closed.",
                    n=complaint.number,
                ),
                "visit",
            )
        if complaint.replied_at is None:
            raise ValidationError(
                T(
                    "投诉 {n} 还没有记录给客户的答复,不能结案。",
                    "Complaint {n} has no reply to the customer recorded; it cannot be closed yet.",
                    n=complaint.number,
                ),
                "reply",
            )
        before = snapshot(complaint, "status", "closed_at", "closed_by")
        complaint.status, complaint.closed_at, complaint.closed_by = "closed", uow.now, uow.actor
        complaint.save()
        uow.audit("complaint", complaint.id, before=before, after=snapshot(complaint, "status", "closed_at", "closed_by"))
    return complaint


def to_conduct_entry(
    actor: Staff, complaint_id: int, staff_id: int, rule_id: int, amount_fen: int, description: str = ""
) -> ConductEntry:
    """In one step, record a conduct entry (奖罚记录) for the person the complaint was about."""
    from aftersales_desktop.core.services.conduct import record_in

    with unit_of_work(actor, Action.COMPLAINT_HANDLE) as uow:
        require(uow.actor.role if uow.actor else None, Action.CONDUCT_RECORD, uow.actor.name if uow.actor else "")
        complaint = get_complaint(complaint_id)
        if complaint.conduct_entry_id is not None:
            raise Conflict(
                T("投诉 {n} 已记过奖罚。", "Complaint {n} already has a conduct entry.", n=complaint.number)
            )
        text = (description or "").strip() or str(
            T("客户投诉 {n}:{d}", "Customer complaint {n}: {d}", n=complaint.number, d=complaint.description)
        )
        entry = record_in(uow, staff_id, rule_id, complaint.registered_at, text, amount_fen, "complaint")
        complaint.conduct_entry = entry
        complaint.save()
        uow.audit("complaint", complaint.id, after={"conduct_entry": entry.id})
    return entry
