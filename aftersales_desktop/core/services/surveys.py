"""Survey cards (客户意见调查卡): one for every call closed on a day, prepared the next day — no sampling.

Only internal general work (一般工作, no customer) gets no card: there is nobody to ask.

The clerk prints the cards (or phones the customers back) and enters the four ratings (态度, 技术, 到达时间,
答应事情的办理), each on four levels 1..4, and the customer's words. A rating at or below the setting
survey_low_rating opens a follow-up the supervisor decides: dismiss it, or turn it into a complaint.
"""

from __future__ import annotations

import datetime as dt

import peewee

from aftersales_desktop.core import numbering, settings
from aftersales_desktop.core.bounds import check_day
from aftersales_desktop.core.errors import Conflict, NotFound, PermissionDenied, ValidationError
from aftersales_desktop.core.i18n import T
from aftersales_desktop.core.models import Complaint, ServiceCall, Staff, SurveyCard
from aftersales_desktop.core.models.kept import Kept
from aftersales_desktop.core.permissions import Action
from aftersales_desktop.core.services import UnitOfWork, snapshot, unit_of_work
from aftersales_desktop.core.validation import not_in_future, require_text
from aftersales_desktop.core.vocab import CALL_STATUS, SURVEY_ITEM, SURVEY_LEVEL

ITEMS = SURVEY_ITEM.codes  # attitude, skill, arrival, promise
SENT_HOW = ("print", "phone")
CARD_FIELDS = ("number", "call", "technician", "due_on", "sent_at", "sent_how", "answered_at", *ITEMS,
               "comments", "recorded_by", "follow_up", "follow_up_note")  # fmt: skip


def get_card(card_id: int) -> SurveyCard:
    card = SurveyCard.get_or_none(SurveyCard.id == card_id)
    if card is None:
        raise NotFound(T("找不到该调查卡。", "No such survey card."))
    return card


def _day_bounds(day: dt.date) -> tuple[dt.datetime, dt.datetime]:
    start = dt.datetime.combine(day, dt.time())
    return start, start + dt.timedelta(days=1)


def _calls_without_card(closed_on: dt.date) -> list[ServiceCall]:
    """Calls closed on `closed_on` (by the indexed closed_at) that have no card yet."""
    return _CLOSED_WITHOUT_CARD.rows(*_day_bounds(closed_on))


_CLOSED_WITHOUT_CARD = Kept(lambda start, end: (
    ServiceCall.select()
    .where(
        (ServiceCall.closed_at >= start)
        & (ServiceCall.closed_at < end)
        & (ServiceCall.status.concat("") == "closed")  # || '' keeps SQLite on the closed_at index
        & ServiceCall.customer.is_null(False)  # general work (一般工作) has no customer to ask
        & ~peewee.fn.EXISTS(SurveyCard.select(SurveyCard.call).where(SurveyCard.call == ServiceCall.id))
    )
    .order_by(ServiceCall.closed_at, ServiceCall.id)))


def _new_card(uow: UnitOfWork, call: ServiceCall) -> SurveyCard:
    assert call.closed_at is not None  # both callers pass closed calls only
    card = SurveyCard.create(
        number=numbering.next_number("survey", uow.now),
        call=call,
        technician=call.technician_id,
        due_on=call.closed_at.date() + dt.timedelta(days=1),
    )
    uow.audit("survey_card", card.id, after=snapshot(card, "number", "call", "technician", "due_on"))
    return card


def prepare_cards(actor: Staff | None, closed_on: dt.date) -> list[SurveyCard]:
    """One card for every call closed on `closed_on` that has none yet (due the next day); idempotent."""
    if not isinstance(closed_on, dt.date):
        raise ValidationError(T("请选择日期。", "Choose a day."), "day")
    check_day(closed_on, "day")
    if not _calls_without_card(closed_on):
        return []  # nothing to do: no transaction, no audit row
    with unit_of_work(actor, Action.SURVEY_MANAGE) as uow:
        return [_new_card(uow, call) for call in _calls_without_card(closed_on)]  # re-read inside the lock


def prepare_card(actor: Staff | None, call_id: int) -> SurveyCard:
    """The card of one closed call (made now if missing); an open or voided call gets none."""
    with unit_of_work(actor, Action.SURVEY_MANAGE) as uow:
        call = ServiceCall.get_or_none(ServiceCall.id == call_id)
        if call is None:
            raise NotFound(T("找不到该叫修单。", "No such call."))
        if call.status != "closed" or call.closed_at is None:
            raise ValidationError(
                T(
                    "叫修单 {n} 状态为“{s}”,只有已结案的叫修才发调查卡。",
                    "Call {n} is '{s}'; only closed calls get a survey card.",
                    n=call.number,
                    s=CALL_STATUS.label(call.status),
                ),
                "call",
            )
        if call.customer_id is None:
            raise ValidationError(
                T("叫修单 {n} 是内部一般工作,没有客户,不发调查卡。",
                  "Call {n} is internal general work with no customer; it gets no survey card.", n=call.number),  # fmt: skip
                "call",
            )
        existing = SurveyCard.get_or_none(SurveyCard.call == call.id)
        if existing is not None:
            uow.audit("survey_card", existing.id, note="card already prepared")
            return existing
        return _new_card(uow, call)


_CARDS = Kept(lambda *ids: SurveyCard.select().where(SurveyCard.id.in_(ids)))  # one text per number of cards


def mark_sent(actor: Staff | None, card_ids: list[int], how: str = "print") -> list[SurveyCard]:
    """Record that the cards went out (printed, or a phone call-back); returns the cards sent before (copies)."""
    if how not in SENT_HOW:
        raise ValidationError(T("发送方式应为打印或电话回访。", "Send by print or by phone call-back."), "how")
    if not card_ids:
        return []
    copies: list[SurveyCard] = []
    with unit_of_work(actor, Action.SURVEY_MANAGE) as uow:
        cards = _CARDS.rows(*card_ids)
        if len(cards) != len(set(card_ids)):
            raise NotFound(T("找不到其中一张调查卡。", "One of the survey cards does not exist."))
        for card in cards:
            if card.sent_at is not None:
                copies.append(card)
                uow.audit("survey_card", card.id, note=f"sent again ({how})")
                continue
            card.sent_at, card.sent_how = uow.now, how
            card.save()
            uow.audit("survey_card", card.id, after=snapshot(card, "sent_at", "sent_how"))
    return copies


def _level(value: object, item: str) -> int:
    try:
        level = int(str(value).strip()) if not isinstance(value, bool) and value is not None else 0
    except ValueError:
        level = 0
    if str(level) not in SURVEY_LEVEL:
        label = SURVEY_ITEM.text(item)
        raise ValidationError(
            T(
                "“{z}”的评分应为 1–4 四档之一(4 很满意,1 不满意),收到的是“{v}”。",
                "The rating for '{e}' must be one of the four levels 1–4 (4 very satisfied, 1 dissatisfied), not '{v}'.",
                z=label.zh,
                e=label.en,
                v="" if value is None else value,
            ),
            item,
        )
    return level


def enter_answer(
    actor: Staff,
    card_id: int,
    attitude: object,
    skill: object,
    arrival: object,
    promise: object,
    comments: str = "",
    answered_at: dt.datetime | None = None,
    how: str | None = None,
) -> SurveyCard:
    """Enter what came back: the four ratings (1..4) and the customer's words; low ratings open a follow-up."""
    if actor is None:
        raise PermissionDenied(T("请先登录。", "Please sign in first."))
    ratings = {item: _level(value, item) for item, value in zip(ITEMS, (attitude, skill, arrival, promise), strict=True)}
    if how is not None and how not in SENT_HOW:
        raise ValidationError(T("回收方式应为打印或电话回访。", "Answered by print or by phone call-back."), "how")
    with unit_of_work(actor, Action.SURVEY_MANAGE) as uow:
        card = get_card(card_id)
        if card.answered_at is not None:
            raise Conflict(
                T("调查卡 {n} 已于 {t} 录入。", "Survey card {n} was already entered on {t}.",
                  n=card.number, t=card.answered_at.strftime("%Y-%m-%d"))  # fmt: skip
            )
        at = not_in_future(answered_at or uow.now, "answered_at")
        if at.date() < card.due_on - dt.timedelta(days=1):
            raise ValidationError(
                T("回收时间不能早于叫修结案。", "The answer cannot come before the call was closed."), "answered_at"
            )
        before = snapshot(card, *CARD_FIELDS)
        for item, level in ratings.items():
            setattr(card, item, level)
        card.comments = (comments or "").strip()
        card.answered_at = at
        card.recorded_by = uow.actor
        if card.sent_at is None:  # answered on a phone call-back without a printed card
            card.sent_at, card.sent_how = at, how or "phone"
        if min(ratings.values()) <= settings.get("survey_low_rating"):
            card.follow_up = "open"
        card.save()
        uow.audit("survey_card", card.id, before=before, after=snapshot(card, *CARD_FIELDS))
    return card


def dismiss_follow_up(actor: Staff, card_id: int, note: str) -> SurveyCard:
    """The supervisor decides a low rating needs no complaint; the reason is kept."""
    note = require_text(note, "note", "处理意见|reason")
    with unit_of_work(actor, Action.SURVEY_FOLLOW_UP) as uow:
        card = _open_follow_up(card_id)
        before = snapshot(card, "follow_up", "follow_up_note")
        card.follow_up, card.follow_up_note = "dismissed", note
        card.save()
        uow.audit("survey_card", card.id, before=before, after=snapshot(card, "follow_up", "follow_up_note"))
    return card


def follow_up_to_complaint(actor: Staff, card_id: int, description: str, severity: str = "ordinary") -> Complaint:
    """The supervisor turns a low rating into a complaint (registered from the card, in one step)."""
    from aftersales_desktop.core.services.complaints import clean_complaint, register_in

    description = require_text(description, "description", "投诉内容|what happened")
    clean_complaint("complaint", severity)
    with unit_of_work(actor, Action.SURVEY_FOLLOW_UP) as uow:
        card = _open_follow_up(card_id)
        before = snapshot(card, "follow_up", "follow_up_note")
        complaint = register_in(uow, "complaint", severity, description, call_id=card.call_id, survey_card_id=card.id)
        card.follow_up, card.follow_up_note = "complaint", complaint.number
        card.save()
        uow.audit("survey_card", card.id, before=before, after=snapshot(card, "follow_up", "follow_up_note"))
    return complaint


def _open_follow_up(card_id: int) -> SurveyCard:
    card = get_card(card_id)
    if card.follow_up != "open":
        raise Conflict(
            T("调查卡 {n} 没有待处理的跟进。", "Survey card {n} has no open follow-up.", n=card.number)
        )
    return card
