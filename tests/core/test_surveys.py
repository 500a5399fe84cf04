"""Survey cards: one per closed call, never for open or voided calls; ratings on four levels; coverage; scores."""

from __future__ import annotations

import datetime as dt

import pytest

from aftersales_desktop.core import clock
from aftersales_desktop.core.errors import Conflict, ValidationError
from aftersales_desktop.core.i18n import set_language
from aftersales_desktop.core.models import AuditEntry, Complaint, SurveyCard
from aftersales_desktop.core.queries.opinion import (
    cards_due,
    open_follow_ups,
    survey_coverage,
    technician_scores,
)
from aftersales_desktop.core.services import surveys
from tests.core.opinion_helpers import make_call
from tests.factories import make_customer

DAY = dt.date(2026, 3, 10)  # the frozen clock is 2026-03-11 10:00


@pytest.fixture
def closed_day(shop):
    """Three calls closed on DAY (two by one technician), one still open, one voided, one closed the day before."""
    customer, product = make_customer(shop.clerk)
    at = dt.datetime.combine(DAY, dt.time(15))
    calls = [
        make_call(shop.clerk, customer, product, shop.technician, at),
        make_call(shop.clerk, customer, product, shop.technician, at + dt.timedelta(hours=2)),
        make_call(shop.clerk, customer, product, shop.technician2, at.replace(hour=8, minute=30)),
    ]
    open_call = make_call(shop.clerk, customer, product, shop.technician, None, status="visited")
    void_call = make_call(shop.clerk, customer, product, shop.technician, None, status="void")
    earlier = make_call(shop.clerk, customer, product, shop.technician, at - dt.timedelta(days=1))
    general = make_call(shop.clerk, None, None, shop.technician, at)  # internal work: nobody to ask
    return calls, open_call, void_call, earlier, general


def test_every_closed_call_gets_exactly_one_card(shop, closed_day):
    calls, open_call, void_call, earlier, general = closed_day
    made = surveys.prepare_cards(shop.clerk, DAY)
    assert sorted(c.call_id for c in made) == sorted(c.id for c in calls)
    assert all(c.due_on == DAY + dt.timedelta(days=1) for c in made)
    assert all(c.number.startswith("DC2026-") for c in made)
    assert {c.call_id: c.technician_id for c in made} == {c.id: c.technician_id for c in calls}
    # preparing again makes no duplicates, and no transaction or audit row either
    audits = AuditEntry.select().count()
    assert surveys.prepare_cards(shop.clerk, DAY) == []
    assert AuditEntry.select().count() == audits
    assert SurveyCard.select().count() == 3
    assert not SurveyCard.select().where(SurveyCard.call.in_([open_call.id, void_call.id, earlier.id, general.id])).exists()
    with pytest.raises(ValidationError, match="没有客户"):
        surveys.prepare_card(shop.clerk, general.id)


def test_a_call_closed_late_in_the_day_still_gets_its_card(shop, closed_day):
    surveys.prepare_cards(shop.clerk, DAY)
    customer, product = make_customer(shop.clerk, phone="13900000001")
    late = make_call(shop.clerk, customer, product, shop.technician, dt.datetime.combine(DAY, dt.time(23, 30)))
    made = surveys.prepare_cards(shop.clerk, DAY)
    assert [c.call_id for c in made] == [late.id]
    assert SurveyCard.select().count() == 4


def test_a_card_for_an_open_or_voided_call_is_refused(shop, closed_day):
    calls, open_call, void_call, _, _ = closed_day
    with pytest.raises(ValidationError, match="只有已结案的叫修才发调查卡"):
        surveys.prepare_card(shop.clerk, open_call.id)
    set_language("en")
    with pytest.raises(ValidationError, match="only closed calls get a survey card"):
        surveys.prepare_card(shop.clerk, void_call.id)
    first = surveys.prepare_card(shop.clerk, calls[0].id)
    assert surveys.prepare_card(shop.clerk, calls[0].id).id == first.id  # still exactly one


def test_the_system_may_prepare_cards_but_a_technician_may_not(shop, closed_day):
    from aftersales_desktop.core.errors import PermissionDenied

    with pytest.raises(PermissionDenied):
        surveys.prepare_cards(shop.technician, DAY)
    assert len(surveys.prepare_cards(None, DAY)) == 3
    with pytest.raises(PermissionDenied):
        surveys.enter_answer(None, SurveyCard.select().first().id, 4, 4, 4, 4)


@pytest.mark.parametrize("bad", [0, 5, "5", "x", None, 2.5, -1, True])
def test_a_rating_outside_the_four_levels_is_refused(shop, closed_day, bad):
    card = surveys.prepare_cards(shop.clerk, DAY)[0]
    with pytest.raises(ValidationError, match="1–4") as caught:
        surveys.enter_answer(shop.clerk, card.id, 4, bad, 4, 4)
    assert caught.value.field == "skill"
    assert SurveyCard.get_by_id(card.id).answered_at is None


def test_entering_an_answer_and_low_ratings_open_a_follow_up(shop, closed_day):
    good, low, _ = surveys.prepare_cards(shop.clerk, DAY)
    surveys.enter_answer(shop.clerk, good.id, "4", 3, 4, 3, comments="师傅很准时")
    card = SurveyCard.get_by_id(good.id)
    assert (card.attitude, card.skill, card.arrival, card.promise) == (4, 3, 4, 3)
    assert card.comments == "师傅很准时" and card.follow_up == "" and card.sent_how == "phone"
    assert card.recorded_by_id == shop.clerk.id
    with pytest.raises(Conflict):
        surveys.enter_answer(shop.clerk, good.id, 4, 4, 4, 4)

    surveys.enter_answer(shop.clerk, low.id, 3, 3, 2, 4, comments="来晚了")  # 2 <= survey_low_rating (2)
    assert SurveyCard.get_by_id(low.id).follow_up == "open"
    assert [r.id for r in open_follow_ups().fetch(0, 10)] == [low.id]


def test_follow_up_dismissed_or_turned_into_a_complaint(shop, closed_day):
    a, b, _ = surveys.prepare_cards(shop.clerk, DAY)
    surveys.enter_answer(shop.clerk, a.id, 1, 3, 3, 3)
    surveys.enter_answer(shop.clerk, b.id, 2, 2, 2, 2)
    from aftersales_desktop.core.errors import PermissionDenied

    with pytest.raises(PermissionDenied):
        surveys.dismiss_follow_up(shop.clerk, a.id, "客户已谅解")
    with pytest.raises(ValidationError):
        surveys.dismiss_follow_up(shop.supervisor, a.id, "  ")
    surveys.dismiss_follow_up(shop.supervisor, a.id, "电话沟通,客户已谅解")
    assert SurveyCard.get_by_id(a.id).follow_up == "dismissed"
    with pytest.raises(Conflict):
        surveys.dismiss_follow_up(shop.supervisor, a.id, "again")

    complaint = surveys.follow_up_to_complaint(shop.supervisor, b.id, "客户对维修全过程不满意", severity="serious")
    card = SurveyCard.get_by_id(b.id)
    assert card.follow_up == "complaint" and card.follow_up_note == complaint.number
    stored = Complaint.get_by_id(complaint.id)
    assert stored.survey_card_id == b.id and stored.call_id == b.call_id and stored.severity == "serious"
    assert stored.customer_id == b.call.customer_id
    assert open_follow_ups().count() == 0


def test_coverage_counts_for_a_day_and_a_month(shop, closed_day):
    due = DAY + dt.timedelta(days=1)
    before = survey_coverage(due)
    assert (before.due, before.not_prepared) == (0, 3)
    a, b, c = surveys.prepare_cards(shop.clerk, DAY)
    surveys.mark_sent(shop.clerk, [a.id, b.id], "print")
    assert surveys.mark_sent(shop.clerk, [a.id], "print")[0].id == a.id  # printed again: a copy
    surveys.enter_answer(shop.clerk, a.id, 4, 4, 4, 4)
    cov = survey_coverage(due)
    assert (cov.due, cov.sent, cov.answered, cov.outstanding, cov.not_prepared) == (3, 2, 1, 2, 0)
    surveys.prepare_cards(shop.clerk, DAY - dt.timedelta(days=1))  # the call closed the day before
    month = survey_coverage(dt.date(2026, 3, 1), dt.date(2026, 3, 31))
    assert (month.due, month.answered, month.outstanding) == (4, 1, 3)
    assert cards_due(due).count() == 3 and cards_due(due, outstanding_only=True).count() == 2


def test_technician_monthly_scores_per_item_and_overall(shop, closed_day):
    cards = surveys.prepare_cards(shop.clerk, DAY)
    a, b = [c for c in cards if c.technician_id == shop.technician.id]
    (c,) = [c for c in cards if c.technician_id == shop.technician2.id]
    surveys.enter_answer(shop.clerk, a.id, 4, 4, 3, 4)
    surveys.enter_answer(shop.clerk, b.id, 2, 4, 3, 3)
    surveys.enter_answer(shop.clerk, c.id, 3, 3, 3, 3)
    surveys.prepare_cards(shop.clerk, DAY - dt.timedelta(days=1))  # unanswered: not in the score
    scores = {s.technician_id: s for s in technician_scores(2026, 3)}
    first = scores[shop.technician.id]
    assert (first.cards, first.attitude, first.skill, first.arrival, first.promise) == (2, 3.0, 4.0, 3.0, 3.5)
    assert first.overall == 3.38
    assert scores[shop.technician2.id].overall == 3.0
    assert technician_scores(2026, 2) == []


def test_answer_time_checks(shop, closed_day):
    card = surveys.prepare_cards(shop.clerk, DAY)[0]
    with pytest.raises(ValidationError):
        surveys.enter_answer(shop.clerk, card.id, 4, 4, 4, 4, answered_at=clock.now() + dt.timedelta(days=2))
    with pytest.raises(ValidationError):
        surveys.enter_answer(shop.clerk, card.id, 4, 4, 4, 4, answered_at=dt.datetime(2026, 3, 1, 9))


def test_calls_closed_through_the_call_register_get_their_cards(shop):
    """The same rule with calls closed by the calls area's own services (register, dispatch, visit, close)."""
    from aftersales_desktop.core.services.call_visits import (
        close_call,
        record_signature,
        record_visit,
        reopen_call,
    )
    from aftersales_desktop.core.services.calls import dispatch_call, register_call

    _, product = make_customer(shop.clerk)
    closed = []
    for hour in (9, 14):
        at = dt.datetime.combine(DAY, dt.time(hour))
        clock.set_now(at - dt.timedelta(hours=2))
        call = register_call(shop.clerk, received_at=at - dt.timedelta(hours=2), channel="phone", problem="不制冷",
                             area="city", customer_id=product.customer_id, product_id=product.id)  # fmt: skip
        dispatch_call(shop.supervisor, call.id, shop.technician2.id)
        clock.set_now(at)
        record_visit(shop.technician2, call.id, arrived_at=at - dt.timedelta(hours=1), finished_at=at,
                     work_done="清洗滤网", result="fixed")  # fmt: skip
        record_signature(shop.clerk, call.id, DAY)
        closed.append(close_call(shop.clerk, call.id))
    open_call = register_call(shop.clerk, received_at=clock.now(), channel="phone", problem="漏水", area="city",
                              customer_id=product.customer_id, product_id=product.id)  # fmt: skip
    clock.set_now(dt.datetime.combine(DAY + dt.timedelta(days=1), dt.time(8, 30)))
    cards = surveys.prepare_cards(shop.clerk, DAY)
    assert sorted(c.call_id for c in cards) == sorted(c.id for c in closed)
    assert {c.technician_id for c in cards} == {shop.technician2.id}
    with pytest.raises(ValidationError):
        surveys.prepare_card(shop.clerk, open_call.id)
    reopen_call(shop.supervisor, closed[0].id, "客户反映仍不制冷")
    assert surveys.prepare_cards(shop.clerk, DAY) == [] and SurveyCard.select().count() == 2
