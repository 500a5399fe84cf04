"""Demo repairs in the shop: items taken back by the calls demo and brought to the counter go through quote,
acceptance, logged time, waiting for parts, repair, the supervisor's inspection and return with invoice lines.

State lives in ctx.extra["repairs"] (the open cards and what step each waits for); the only per-day query is
the small indexed one for calls in status in_shop, so ten years stay fast.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable
from typing import Any, TypeVar

from aftersales_desktop.core.demo import DEMO_PASSWORD
from aftersales_desktop.core.demo.context import DemoContext
from aftersales_desktop.core.errors import UserError
from aftersales_desktop.core.models import Product, RepairCard, ServiceCall, Staff
from aftersales_desktop.core.models.kept import Kept
from aftersales_desktop.core.queries.bills import bill_for
from aftersales_desktop.core.services import repair_return, repairs, worklog
from aftersales_desktop.core.services.authority import Approval, approve_margin, give_discount

FAULTS = ["不制冷", "开机无反应", "漏水", "噪音大", "显示屏不亮", "加热慢", "异味", "遥控失灵", "不脱水", "发动机异响"]
CONDITIONS = ["外壳完好", "外壳有轻微划痕", "面板有磕碰", "机身有油污", "外观良好"]
ACCESSORIES = ["无", "遥控器一个", "电源线一根", "遥控器、说明书", "底座一个"]
DIAGNOSES = ["压缩机启动电容损坏", "主板电源模块故障", "排水泵堵塞", "温控器失灵", "传感器接触不良", "电机轴承磨损",
             "显示屏排线松动", "加热管老化", "点火系统故障", "制冷剂泄漏"]
GENERAL = ["工具保养", "备件整理", "店内设备检查", "新产品培训", "车间清洁", "技术资料学习"]
DECLINE = ["客户嫌报价高", "客户决定换新机", "客户暂不修理"]
DISCOUNT_REASONS = ["老客户,多次维修", "维修时间超出承诺", "客户投诉后补偿"]
MARGIN_REASONS = ["保险公司定损价格偏低", "配件厂家调价", "老客户维持原报价"]
SHOP_START = dt.time(13, 30)  # shop work is logged in the afternoon; visits fill the mornings


def setup(ctx: DemoContext) -> None:
    ctx.extra["repairs"] = {"open": {}, "received_calls": set()}


R = TypeVar("R")


def _try(fn: Callable[..., R], *args: Any, **kwargs: Any) -> R | None:
    """A refusal (a state moved on, someone left) is shop life, not a demo bug: skip that step."""
    try:
        return fn(*args, **kwargs)
    except UserError:
        return None


def _active_tech(ctx: DemoContext, tech_id: int | None) -> Staff:
    for staff in ctx.staff.get("technician", []):
        if staff.id == tech_id and staff.active:
            return staff
    return ctx.person("technician")


def simulate_day(ctx: DemoContext, day: dt.date) -> None:
    state = ctx.extra["repairs"]
    if not ctx.is_workday(day):
        return
    _goods_in(ctx, day, state)
    cursor: dict[int, dt.datetime] = {}  # technician id -> when their next shop work may start today (entries never overlap)
    for card_id in list(state["open"]):
        _advance(ctx, day, state, card_id, cursor)
    for tech in [s for s in ctx.staff.get("technician", []) if s.active]:
        if ctx.rng.random() < 0.25:
            _log(ctx, day, cursor, tech, ctx.rng.choice([20, 30, 45, 60]), general=ctx.rng.choice(GENERAL))


_TAKEN_BACK = Kept(lambda: (ServiceCall.select(ServiceCall.id, ServiceCall.technician, Product.name).join(Product)
                           .where(ServiceCall.status == "in_shop")))  # asked every day (kept text)


def _goods_in(ctx: DemoContext, day: dt.date, state: dict) -> None:
    for call in _TAKEN_BACK.rows():
        if call.id in state["received_calls"]:
            continue
        state["received_calls"].add(call.id)
        ctx.at(day, 9, ctx.rng.randrange(10, 59))
        card = _try(
            repairs.receive_goods, ctx.person("clerk"), call.id, promised_on=day + dt.timedelta(days=ctx.rng.randint(3, 9)),
            accessories=ctx.rng.choice(ACCESSORIES), condition=ctx.rng.choice(CONDITIONS),
            technician_id=_active_tech(ctx, call.technician_id).id, accident=_accident(ctx, call.product.name if call.product else ""),
        )
        if card is not None:
            state["open"][card.id] = _plan(ctx, day)
    if ctx.product_ids and ctx.rng.random() < 0.3:  # a customer brings an item to the counter
        product = Product.get_by_id(ctx.rng.choice(ctx.product_ids))
        ctx.at(day, 10, ctx.rng.randrange(60))
        card = _try(
            repairs.receive_over_counter, ctx.person("clerk"), product.customer_id, product.id,
            promised_on=day + dt.timedelta(days=ctx.rng.randint(3, 8)), stated_fault=ctx.rng.choice(FAULTS),
            accessories=ctx.rng.choice(ACCESSORIES), condition=ctx.rng.choice(CONDITIONS),
            technician_id=ctx.person("technician").id, accident=_accident(ctx, product.name),
        )
        if card is not None:
            state["received_calls"].add(card.call_id)
            state["open"][card.id] = _plan(ctx, day)


def _accident(ctx: DemoContext, product_name: str) -> bool:
    """Half the cars brought into the bay are accident repairs (事故车): their margin is checked on return."""
    return product_name == "轿车" and ctx.rng.random() < 0.5


def _plan(ctx: DemoContext, day: dt.date) -> dict:
    """How this card's story goes: sessions of work, parts wait, a failed inspection, a stall near the end."""
    near_end = (ctx.end - day).days < 12
    return {
        "sessions": ctx.rng.choice([1, 1, 2, 2, 3]),
        "parts_wait": ctx.rng.random() < 0.15,
        "fail": ctx.rng.random() < 0.07,
        "decline": ctx.rng.random() < 0.06,
        "stall": near_end and ctx.rng.random() < 0.3,  # a few late cards for the supervisor's list (第九条)
        "wait_until": day,
    }


def _log(ctx: DemoContext, day: dt.date, cursor: dict, tech: Staff, minutes: int, card_id: int | None = None,
         general: str = "") -> bool:
    start = cursor.get(tech.id, dt.datetime.combine(day, SHOP_START) + dt.timedelta(minutes=ctx.rng.randrange(0, 40)))
    if (start + dt.timedelta(minutes=minutes)).time() > dt.time(18, 30):
        return False
    cursor[tech.id] = start + dt.timedelta(minutes=minutes + ctx.rng.choice([5, 10, 15]))
    ctx.at(day, 19, 0)
    if card_id is None:
        return _try(worklog.record_general_work, tech, started_at=start, minutes=minutes, note=general) is not None
    return _try(worklog.add_card_minutes, tech, card_id, started_at=start, minutes=minutes) is not None


def _advance(ctx: DemoContext, day: dt.date, state: dict, card_id: int, cursor: dict) -> None:
    plan = state["open"][card_id]
    if plan["stall"] or day < plan["wait_until"]:
        return  # decided from the plan alone: no query for a card that waits
    card = RepairCard.get_by_id(card_id)
    rng = ctx.rng
    tech = _active_tech(ctx, card.technician_id)
    if card.technician_id != tech.id:
        ctx.at(day, 8, 45)
        _try(repairs.update_card, ctx.supervisor, card.id, technician_id=tech.id)
    status = card.status
    if status == "received":  # the technician looks at it first
        ctx.at(day, 11, rng.randrange(0, 20))
        _try(repairs.update_card, tech, card.id, diagnosis=rng.choice(DIAGNOSES))
    if status == "received" and card.needs_quote:
        ctx.at(day, 11, rng.randrange(30, 60))
        labour = rng.choice([5000, 8000, 12000, 15000, 20000, 30000])
        if card.accident:  # the insurer's assessed labour is low: some of these end below the minimum margin
            labour = rng.choice([1000, 2000, 3000, 8000])
        _try(repairs.save_quote, tech, card.id, labour_fen=labour, parts_fen=rng.choice([0, 4500, 12000, 26000]),
             travel_fen=rng.choice([0, 0, 2000]), note="检测后报价")
        plan["wait_until"] = day + dt.timedelta(days=rng.choice([0, 1, 1]))
    elif status == "quoted":
        ctx.at(day, 11 if plan["wait_until"] == day else 9, rng.randrange(60))
        if plan["decline"]:
            _finish(ctx, day, state, card, unrepaired=True)
            return
        _try(repairs.accept_quote, ctx.person("clerk"), card.id, accepted_by_name=card.receipt.customer.name,
             how=rng.choice(["phone", "phone", "in_person"]))
    elif status in ("received", "approved", "in_repair"):
        if not _log(ctx, day, cursor, tech, rng.choice([30, 45, 60, 90, 120]), card_id=card.id):
            return  # no time left today for this card
        plan["sessions"] -= 1
        ctx.at(day, 19, 5)
        if plan["parts_wait"]:
            plan["parts_wait"] = False
            _try(repairs.wait_for_parts, tech, card.id, note="等配件到货")
            plan["wait_until"] = day + dt.timedelta(days=rng.randint(2, 5))
        elif plan["sessions"] <= 0:
            _try(repairs.mark_repaired, tech, card.id)
    elif status == "waiting_parts":
        ctx.at(day, 9, rng.randrange(60))
        _try(repairs.resume_repair, tech, card.id)
    elif status == "repaired":
        ctx.at(day, 9, rng.randrange(30))
        inspector = ctx.supervisor if ctx.supervisor.id != card.technician_id else ctx.manager
        if plan["fail"]:
            plan["fail"], plan["sessions"] = False, 1
            _try(repair_return.inspect, inspector, card.id, passed=False, note="试机仍有异常,返工")
        else:
            _try(repair_return.inspect, inspector, card.id, passed=True, note="试机正常")
            plan["wait_until"] = day + dt.timedelta(days=rng.choice([0, 1, 1, 2, 3]))
    elif status == "inspected":
        _finish(ctx, day, state, card)
    else:
        state["open"].pop(card_id, None)


def _finish(ctx: DemoContext, day: dt.date, state: dict, card: RepairCard, unrepaired: bool = False) -> None:
    ctx.at(day, ctx.rng.randint(14, 17), ctx.rng.randrange(60))
    who = card.receipt.customer.name
    lost = ctx.rng.random() < 0.03
    actor = ctx.supervisor if lost else ctx.person("clerk")
    extra = {"without_receipt": True, "id_details": f"身份证 3201{ctx.rng.randrange(10**13):013d}"} if lost else {}
    if unrepaired:
        done = _try(repair_return.return_unrepaired, actor, card.id, collected_by=who, customer_signed=True,
                    reason=ctx.rng.choice(DECLINE), **extra)
    else:
        _settle_words(ctx, card, who)
        done = _try(repair_return.return_item, actor, card.id, collected_by=who, customer_signed=True, **extra)
    if done is not None:
        state["open"].pop(card.id, None)


def _settle_words(ctx: DemoContext, card: RepairCard, who: str) -> None:
    """Before the item goes back: now and then a discount; the customer agrees to a bill that grew past the
    quote (by phone); a supervisor approves an accident repair's low margin with its reason."""
    rng, clerk = ctx.rng, ctx.person("clerk")
    supervisor = Approval(ctx.supervisor.name, DEMO_PASSWORD)
    if card.call.kind == "paid" and rng.random() < 0.06:
        _try(give_discount, clerk, repair_card_id=card.id, percent=10 if rng.random() < 0.8 else 15,
             reason=rng.choice(DISCOUNT_REASONS), approval=supervisor)
    bill = bill_for(card.call, card)
    if bill.above_quote:
        _try(repairs.accept_bill, clerk, card.id, accepted_by_name=who, how="phone")
    if bill_for(card.call, card).margin_needs_approval:
        _try(approve_margin, clerk, card.id, rng.choice(MARGIN_REASONS), approval=supervisor)
