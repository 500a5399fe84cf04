"""Complaints: registering from a card, a call or directly; serious ones on top and to the manager; closing rules."""

from __future__ import annotations

import datetime as dt

import pytest

from aftersales_desktop.core import clock
from aftersales_desktop.core.errors import Conflict, PermissionDenied, ValidationError
from aftersales_desktop.core.i18n import set_language
from aftersales_desktop.core.models import Complaint, ConductEntry, ConductRule
from aftersales_desktop.core.queries.opinion import complaints
from aftersales_desktop.core.services import complaints as svc
from tests.core.opinion_helpers import make_call
from tests.factories import make_customer


@pytest.fixture
def customer(shop):
    return make_customer(shop.clerk)


def test_register_directly_from_a_call_and_the_number(shop, customer):
    cust, product = customer
    call = make_call(shop.clerk, cust, product, shop.technician, clock.now() - dt.timedelta(days=1))
    direct = svc.register_complaint(shop.clerk, "电话打不通", customer_id=cust.id)
    from_call = svc.register_complaint(shop.clerk, "修好又坏了", call_id=call.id, severity="serious")
    assert direct.number.startswith("TS2026-") and direct.status == "open" and direct.call_id is None
    assert from_call.customer_id == cust.id and from_call.call_id == call.id
    assert svc.handler_role(from_call) == "manager" and svc.handler_role(direct) == "supervisor"
    suggestion = svc.register_complaint(shop.clerk, "希望周末也能上门", kind="suggestion", customer_id=cust.id)
    assert suggestion.kind == "suggestion"


def test_bad_input_is_refused_with_a_sentence(shop, customer):
    cust, _ = customer
    with pytest.raises(ValidationError, match="请填写"):
        svc.register_complaint(shop.clerk, "  ", customer_id=cust.id)
    with pytest.raises(ValidationError, match="请选择投诉的客户"):
        svc.register_complaint(shop.clerk, "态度差")
    with pytest.raises(ValidationError):
        svc.register_complaint(shop.clerk, "态度差", customer_id=cust.id, severity="urgent")
    other, _ = make_customer(shop.clerk, name="李四", phone="13800000000")
    call = make_call(shop.clerk, cust, None, shop.technician, clock.now())
    with pytest.raises(ValidationError, match="不属于所选客户"):
        svc.register_complaint(shop.clerk, "态度差", customer_id=other.id, call_id=call.id)
    with pytest.raises(PermissionDenied):
        svc.register_complaint(shop.technician, "态度差", customer_id=cust.id)


def test_serious_complaints_stay_on_top_until_closed_and_show_age(shop, customer):
    cust, _ = customer
    clock.set_now(dt.datetime(2026, 3, 9, 9, 0))
    old = svc.register_complaint(shop.clerk, "等了很久", customer_id=cust.id)
    clock.set_now(dt.datetime(2026, 3, 11, 8, 0))
    serious = svc.register_complaint(shop.clerk, "师傅与客户争吵", customer_id=cust.id, severity="serious")
    clock.set_now(dt.datetime(2026, 3, 11, 10, 0))
    rows = complaints().fetch(0, 10)
    assert [r.number for r in rows] == [serious.number, old.number]
    assert rows[0].handler_role == "manager" and rows[0].age_hours == 2 and not rows[0].answer_late
    assert rows[1].age_hours == 49 and rows[1].answer_late  # no answer within 24 hours

    svc.record_visit(shop.supervisor, serious.id, shop.supervisor.id, "上门致歉")
    svc.record_reply(shop.manager, serious.id, "letter", "已对该技术员进行处理,并书面致歉")
    svc.close_complaint(shop.manager, serious.id)
    assert [r.number for r in complaints().fetch(0, 10)] == [old.number]
    everything = complaints(open_only=False).fetch(0, 10)
    assert [r.number for r in everything] == [old.number, serious.number]  # handled: no longer on top


def test_the_first_answer_stops_the_24_hour_clock(shop, customer):
    cust, _ = customer
    complaint = svc.register_complaint(shop.clerk, "配件没到", customer_id=cust.id)
    clock.set_now(clock.now() + dt.timedelta(hours=5))
    svc.record_first_answer(shop.supervisor, complaint.id)
    clock.set_now(clock.now() + dt.timedelta(days=3))
    stored = Complaint.get_by_id(complaint.id)
    assert stored.status == "handling" and not svc.answer_late(stored)
    with pytest.raises(Conflict):
        svc.record_first_answer(shop.supervisor, complaint.id)


def test_closing_needs_a_visit_and_a_reply(shop, customer):
    cust, _ = customer
    complaint = svc.register_complaint(shop.clerk, "上门迟到两小时", customer_id=cust.id)
    with pytest.raises(ValidationError, match="回访") as caught:
        svc.close_complaint(shop.supervisor, complaint.id)
    assert caught.value.field == "visit"
    svc.record_visit(shop.supervisor, complaint.id, shop.clerk.id, "派业务员回访,客户接受道歉")
    set_language("en")
    with pytest.raises(ValidationError, match="no reply to the customer recorded"):
        svc.close_complaint(shop.supervisor, complaint.id)
    svc.record_reply(shop.supervisor, complaint.id, "phone", "已电话告知处理结果")
    closed = svc.close_complaint(shop.supervisor, complaint.id)
    assert closed.status == "closed" and closed.closed_by_id == shop.supervisor.id
    with pytest.raises(Conflict):
        svc.record_visit(shop.supervisor, complaint.id, shop.supervisor.id, "again")


def test_a_suggestion_needs_a_reply_but_no_visit(shop, customer):
    cust, _ = customer
    suggestion = svc.register_complaint(shop.clerk, "建议增加夜间服务", kind="suggestion", customer_id=cust.id)
    with pytest.raises(ValidationError):
        svc.close_complaint(shop.supervisor, suggestion.id)
    svc.record_reply(shop.supervisor, suggestion.id, "phone", "感谢建议,已转经理")
    assert svc.close_complaint(shop.supervisor, suggestion.id).status == "closed"


def test_a_serious_complaint_is_answered_in_writing_and_closed_by_the_manager(shop, customer):
    cust, _ = customer
    complaint = svc.register_complaint(shop.clerk, "维修中损坏地板", customer_id=cust.id, severity="serious")
    svc.record_visit(shop.supervisor, complaint.id, shop.supervisor.id, "上门查看地板")
    with pytest.raises(ValidationError, match="书面"):
        svc.record_reply(shop.supervisor, complaint.id, "phone", "电话道歉")
    svc.record_reply(shop.supervisor, complaint.id, "letter", "赔偿地板修复费用")
    with pytest.raises(PermissionDenied, match="经理"):
        svc.close_complaint(shop.supervisor, complaint.id)
    assert svc.close_complaint(shop.manager, complaint.id).status == "closed"


def test_visit_checks(shop, customer):
    cust, _ = customer
    complaint = svc.register_complaint(shop.clerk, "态度差", customer_id=cust.id)
    with pytest.raises(PermissionDenied):
        svc.record_visit(shop.clerk, complaint.id, shop.clerk.id, "回访")
    with pytest.raises(ValidationError):
        svc.record_visit(shop.supervisor, complaint.id, shop.clerk.id, "")
    with pytest.raises(ValidationError):
        svc.record_visit(shop.supervisor, complaint.id, shop.clerk.id, "回访", visited_at=dt.datetime(2026, 3, 1, 9))
    visit = svc.record_visit(shop.supervisor, complaint.id, shop.technician2.id, "派孙浩回访")
    assert visit.sent_by_id == shop.supervisor.id and visit.visitor_id == shop.technician2.id


def test_a_complaint_leads_to_a_conduct_entry_in_one_step(shop, customer):
    cust, _ = customer
    complaint = svc.register_complaint(shop.clerk, "技术员向客户索要小费", customer_id=cust.id, severity="serious")
    rule = ConductRule.select().where((ConductRule.kind == "fine") & ConductRule.ladder.is_null() & (ConductRule.max_fen > 0)).first()
    with pytest.raises(PermissionDenied):
        svc.to_conduct_entry(shop.clerk, complaint.id, shop.technician.id, rule.id, rule.min_fen)
    entry = svc.to_conduct_entry(shop.supervisor, complaint.id, shop.technician.id, rule.id, rule.min_fen)
    assert entry.source == "complaint" and entry.staff_id == shop.technician.id
    assert complaint.number in ConductEntry.get_by_id(entry.id).description
    assert Complaint.get_by_id(complaint.id).conduct_entry_id == entry.id
    with pytest.raises(Conflict):
        svc.to_conduct_entry(shop.supervisor, complaint.id, shop.technician.id, rule.id, rule.min_fen)
    with pytest.raises(ValidationError):  # the conduct rules still apply: amount in range
        other = svc.register_complaint(shop.clerk, "又迟到", customer_id=cust.id)
        svc.to_conduct_entry(shop.supervisor, other.id, shop.technician.id, rule.id, rule.max_fen + 100)
    assert Complaint.get_by_id(other.id).conduct_entry_id is None
