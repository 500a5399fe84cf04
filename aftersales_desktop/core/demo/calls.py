"""Demo call register: a busy-but-small counter, 8–20 calls a working day, through the real services.

Each call becomes a chain of timed steps (answer, dispatch, visit, signature, close, invoice) kept in a heap in
ctx.extra["calls"]; every simulated day runs the steps that fall on it, in time order. Nothing scans the
whole register, so ten years stay fast. Items taken back are left `in_shop` for the repairs demo; the
steps still waiting when the period ends leave open and overdue calls for "today".
"""

from __future__ import annotations

import datetime as dt
import heapq
from collections.abc import Callable
from itertools import count
from typing import Any, TypeVar

from aftersales_desktop.core.demo import DEMO_PASSWORD, base
from aftersales_desktop.core.demo.context import DemoContext
from aftersales_desktop.core.demo.holidays_cn import china_calendar
from aftersales_desktop.core.demo.parts import old_part_back
from aftersales_desktop.core.errors import UserError
from aftersales_desktop.core.models import Invoice, Product, ServiceCall, Staff
from aftersales_desktop.core.models.kept import Kept
from aftersales_desktop.core.services import call_visits, calls, invoices
from aftersales_desktop.core.services.authority import Approval
from aftersales_desktop.core.services.settings import set_holidays
from aftersales_desktop.core.services.stock import issue_part, mark_used, return_unused
from aftersales_desktop.core.workcalendar import WorkCalendar

PROBLEMS = {
    "空调": ["不制冷", "制热效果差", "外机噪音大", "室内机漏水", "开机几分钟后停机", "遥控失灵", "显示E1故障码"],
    "洗衣机": ["不脱水", "进水慢", "运转时响声大", "门打不开", "漏水", "显示E21"],
    "冰箱": ["冷藏室不冷", "压缩机不停机", "结霜严重", "异响", "门封不严"],
    "热水器": ["不出热水", "点火不着", "漏水", "温度忽高忽低", "漏电保护跳闸"],
    "电视": ["无图像有声音", "开机无反应", "屏幕有竖线", "遥控失灵", "无信号"],
    "油烟机": ["吸力小", "噪音大", "漏油", "灯不亮", "按键失灵"],
    "轿车": ["发动机故障灯亮", "空调不凉", "刹车异响", "打不着火", "保养到期"],
}
GENERAL_WORK = ["店内展机检查", "工具保养", "备件库整理", "新产品培训", "样机维护"]
WORK_DONE = ["更换电容", "清洗滤网并加氟", "更换排水泵", "调整门封", "更换主板", "紧固线路", "更换温控器",
             "更换密封圈", "清洗风轮", "重新安装固定", "更换遥控器电池并调试", "更换传感器"]  # fmt: skip
CHANNELS = ["phone"] * 7 + ["counter"] * 2 + ["letter"]
DISCOUNT_REASONS = ["老客户,多次维修", "保养合同客户续约", "维修时间超出承诺", "客户投诉后补偿"]


def setup(ctx: DemoContext) -> None:
    """Enter China's holidays and make-up workdays for every year of the period."""
    for year in range(ctx.start.year, ctx.end.year + 1):
        set_holidays(ctx.manager, year, china_calendar(year))
    ctx.extra["calls"] = {"heap": [], "seq": count(), "calendar": WorkCalendar.load(), "served": {}}
    for _ in range(260):  # the customers' files the counter already holds, so repeat faults stay the exception
        base._new_customer(ctx, ctx.start - dt.timedelta(days=ctx.rng.randrange(30, 1500)))


def _push(ctx: DemoContext, at: dt.datetime, step: str, call_id: int, **data: object) -> None:
    state = ctx.extra["calls"]
    heapq.heappush(state["heap"], (at, next(state["seq"]), step, call_id, data))


R = TypeVar("R")


def _try(fn: Callable[..., R], *args: Any, **kwargs: Any) -> R | None:
    """A refusal (someone left, another area moved the call on) is shop life here, not a demo bug."""
    try:
        return fn(*args, **kwargs)
    except UserError:
        return None


def simulate_day(ctx: DemoContext, day: dt.date) -> None:
    state = ctx.extra["calls"]
    calendar: WorkCalendar = state["calendar"]
    if calendar.is_working_day(day):
        for _ in range(_calls_today(ctx, day)):
            _new_call(ctx, day, calendar)
    heap = state["heap"]
    while heap and heap[0][0].date() <= day:
        at, _seq, step, call_id, data = heapq.heappop(heap)
        ctx.at(at.date(), at.hour, at.minute)
        STEPS[step](ctx, at, call_id, calendar, **data)
    if calendar.is_working_day(day):
        _close_returned(ctx, day)


def _new_call(ctx: DemoContext, day: dt.date, calendar: WorkCalendar) -> None:
    rng = ctx.rng
    minute = rng.randrange(8 * 60, 18 * 60 + 30)  # some come in before opening or after closing
    at = ctx.at(day, minute // 60, minute % 60)
    clerk = ctx.person("clerk")
    if rng.random() < 0.04:
        call = calls.register_call(clerk, received_at=at, channel="counter", problem=rng.choice(GENERAL_WORK),
                                   area="city")  # fmt: skip
    elif rng.random() < 0.3 or (product_id := _pick_product(ctx, day)) is None:
        call = _call_from_new_customer(ctx, at, clerk)
    else:
        product = Product.get_by_id(product_id)
        kind, reason = None, ""
        if rng.random() < 0.03:
            kind, reason = "free", rng.choice(["老客户,经理同意免费上门一次", "安装质量问题,本店承担"])
        call = calls.register_call(
            clerk, received_at=at, channel=rng.choice(CHANNELS),
            problem=rng.choice(PROBLEMS.get(product.name, ["不能正常使用"])),
            customer_id=product.customer_id, product_id=product.id, kind=kind, kind_reason=reason,
        )
    if call.product_id:
        ctx.extra["calls"]["served"][call.product_id] = day
    if rng.random() < 0.01:
        _push(ctx, at + dt.timedelta(minutes=20), "void", call.id, reason="客户来电取消,已自行解决")
        return
    answer = at + dt.timedelta(minutes=rng.randrange(3, 50))
    if not calendar.is_working_time(at) or rng.random() < 0.03:
        answer = calendar.next_working_moment(at) + dt.timedelta(minutes=rng.randrange(5, 90))
    _push(ctx, answer, "answer", call.id)
    dispatch = calendar.add_working_hours(at, rng.choice([0.3, 0.5, 1, 1, 1.5, 2]))
    if rng.random() < 0.08:  # left for tomorrow: it comes back as carry-over priority
        dispatch = calendar.next_working_moment(calendar.end_of_working_day(day) or at) + dt.timedelta(minutes=15)
    _push(ctx, max(dispatch, answer), "dispatch", call.id)


def _calls_today(ctx: DemoContext, day: dt.date) -> int:
    """8–20 calls a working day in the last three months (what a newcomer looks at); the years before are
    thinner, as a younger, smaller shop — enough history for the lists and the monthly workbook to be
    exercised at size, while `demo --years 10` still finishes within minutes."""
    age = (ctx.end - day).days
    if age < 92:
        return ctx.rng.randint(8, 20)
    return ctx.rng.randint(3, 8) if age < 366 else ctx.rng.randint(2, 5)


def _pick_product(ctx: DemoContext, day: dt.date) -> int | None:
    """Mostly a product without a recent call; now and then one with (a repeat fault, 返修)."""
    served = ctx.extra["calls"]["served"]
    for _ in range(4):
        product_id = ctx.rng.choice(ctx.product_ids)
        last = served.get(product_id)
        if last is None or (day - last).days > 90 or ctx.rng.random() < 0.04:
            return product_id
    return None


def _call_from_new_customer(ctx: DemoContext, at: dt.datetime, clerk: Staff) -> ServiceCall:
    """A first-time caller: customer and product are entered in the same registration form."""
    rng = ctx.rng
    area = "city" if rng.random() < 0.7 else "suburb"
    name, models, years = rng.choice(base.PRODUCTS)
    bought = at.date() - dt.timedelta(days=rng.randrange(30, 2000))
    call = calls.register_call(
        clerk, received_at=at, channel=rng.choice(CHANNELS), problem=rng.choice(PROBLEMS.get(name, ["不能正常使用"])),
        new_customer={
            "name": base.person_name(ctx), "phone": base.mobile(ctx), "area": area,
            "address": f"南京市{rng.choice(base.DISTRICTS[area])}{rng.choice(base.STREETS)}{rng.randrange(1, 300)}号",
        },
        new_product={
            "name": name, "model": rng.choice(models), "serial": f"{rng.choice('ABCDEFGH')}{bought:%y%m}{rng.randrange(10**6):06d}",
            "purchase_date": bought, "warranty_end": bought + dt.timedelta(days=365 * years),
        },
    )
    assert call.customer_id is not None and call.product_id is not None  # both were just registered with it
    ctx.customer_ids.append(call.customer_id)
    ctx.product_ids.append(call.product_id)
    return call


_DONE_AND_SIGNED = Kept(lambda: ServiceCall.select(ServiceCall.id).where(
    (ServiceCall.status == "done") & ServiceCall.signed))  # every evening (kept text)


def _close_returned(ctx: DemoContext, day: dt.date) -> None:
    """Evening: the clerk closes entries whose item came back from the shop signed (the repairs area set them done)."""
    ctx.at(day, 17, 20)
    clerk = ctx.person("clerk")
    for call in _DONE_AND_SIGNED.rows():
        _try(call_visits.close_call, clerk, call.id)


def _answer(ctx: DemoContext, at: dt.datetime, call_id: int, calendar: WorkCalendar) -> None:
    _try(calls.record_first_answer, ctx.person("clerk"), call_id, at)


def _dispatch(ctx: DemoContext, at: dt.datetime, call_id: int, calendar: WorkCalendar) -> None:
    call = _try(calls.dispatch_call, ctx.supervisor, call_id, ctx.person("technician").id)
    if call is None:
        return
    arrive = calendar.add_working_hours(at, ctx.rng.uniform(0.5, 2.5))
    deadline = call.deadline_at or arrive
    if (ctx.end - at.date()).days <= 3 and ctx.rng.random() < 0.15:
        arrive = deadline + dt.timedelta(days=7)  # a busy last week: still waiting "today", so overdue
    elif ctx.rng.random() < 0.1:  # one in ten arrives late
        arrive = max(arrive, deadline + dt.timedelta(minutes=ctx.rng.randrange(10, 120)))
    else:
        arrive = min(arrive, deadline - dt.timedelta(minutes=5))
    _push(ctx, max(arrive, at + dt.timedelta(minutes=10)), "visit", call_id)


def _visit(ctx: DemoContext, at: dt.datetime, call_id: int, calendar: WorkCalendar) -> None:
    rng = ctx.rng
    call = ServiceCall.get_by_id(call_id)
    if call.status not in ("dispatched", "visited"):
        return
    roll = 1.0 if call.kind == "general" else rng.random()  # internal work is simply done
    result = "taken_back" if roll < 0.12 else ("not_fixed" if roll < 0.16 else "fixed")
    fees: dict = {}
    actor = call.technician if call.technician and call.technician.active else ctx.person("clerk")
    if call.kind == "paid":
        suburb = call.area == "suburb"
        fees = {
            "labour_fen": rng.choice([3000, 5000, 8000, 10000, 15000]),
            "travel_fen": rng.choice([3000, 5000]) if suburb else rng.choice([0, 2000]),
            "collected_on_site": rng.random() < 0.6,
        }
        if rng.random() < 0.15:  # labour by the time on site, at the shop's rate
            fees["labour_fen"], fees["labour_from_time"] = 0, True
        discount = _discount(ctx, at.date())
        if discount:
            actor = discount.pop("clerk")  # the voucher is back at the counter: the clerk records it
            fees.update(discount)
    work = {"taken_back": "现场无法修复,带回店修,已开领取收据", "not_fixed": "缺配件,需再次上门"}.get(result)
    if call.kind == "general":
        work = f"{call.problem}已完成"
    finished = at + dt.timedelta(minutes=rng.randrange(20, 100))
    if result == "fixed" and call.kind != "general" and rng.random() < 0.35:
        _parts_for_visit(ctx, call, at, finished)
    ctx.at(finished.date(), finished.hour, finished.minute)
    done = _try(call_visits.record_visit, actor, call_id, arrived_at=at, finished_at=finished,
                work_done=work or rng.choice(WORK_DONE), result=result, **fees)  # fmt: skip
    if done is None:
        return
    if result == "not_fixed":
        _push(ctx, calendar.next_working_moment(finished + dt.timedelta(hours=16)), "dispatch", call_id)
    if result == "fixed":
        back = calendar.next_working_moment(finished + dt.timedelta(minutes=rng.randrange(30, 600)))
        _push(ctx, back, "sign", call_id, signed_on=finished.date())
    line = _DUE_LINE.first(call_id)
    if line is not None:
        _push(ctx, calendar.add_working_hours(finished, rng.uniform(2, 10)), "invoice", call_id, line_id=line.id)


_DUE_LINE = Kept(lambda call_id: Invoice.select().where((Invoice.call == call_id) & (Invoice.status == "due")))

def _discount(ctx: DemoContext, day: dt.date) -> dict:
    """Now and then the counter gives a discount; in a busy week one clerk gives many (the sixth needs approval)."""
    state, rng = ctx.extra["calls"], ctx.rng
    clerks = [c for c in ctx.staff.get("clerk", []) if c.active]
    week = day.isocalendar()[:2]
    if state.get("week") != week:
        state["week"] = week
        state["busy"] = rng.choice(clerks).id if rng.random() < 0.3 else None
    busy = next((c for c in clerks if c.id == state.get("busy")), None)
    if rng.random() >= (0.25 if busy else 0.04):
        return {}
    percent = 10 if rng.random() < 0.8 else rng.choice([5, 15, 20])
    return {"clerk": busy or rng.choice(clerks), "discount_percent": percent,
            "discount_reason": rng.choice(DISCOUNT_REASONS),
            "approval": Approval(ctx.supervisor.name, DEMO_PASSWORD)}  # used only beyond the clerk's authority


def _parts_for_visit(ctx: DemoContext, call: ServiceCall, at: dt.datetime, finished: dt.datetime) -> None:
    """The technician takes parts for the job from the store; what was not used goes back before the bill."""
    parts = ctx.extra.get("parts")
    choices = parts["by_product"].get(call.product.name) if parts and call.product else None
    if not choices:
        return
    keeper, rng = ctx.person("storekeeper"), ctx.rng
    ctx.at(at.date(), at.hour, at.minute)
    tries = [_try(issue_part, keeper, rng.choice(choices), 1, call_id=call.id) for _ in range(rng.choice([1, 1, 2]))]
    issued = [i for i in tries if i is not None]
    ctx.at(finished.date(), finished.hour, finished.minute)
    if len(issued) == 2 and rng.random() < 0.4:
        _try(return_unused, keeper, issued.pop().id, 1, True)
    for issue in issued:
        _try(mark_used, call.technician, issue.id)
        old_part_back(ctx, issue.id, issue.part.old_for_new)


def _sign(ctx: DemoContext, at: dt.datetime, call_id: int, calendar: WorkCalendar, signed_on: dt.date) -> None:
    clerk = ctx.person("clerk")
    closed = _try(call_visits.record_signature, clerk, call_id, signed_on) and _try(call_visits.close_call, clerk, call_id)
    if closed and ctx.rng.random() < 0.005:  # the customer rings back: the supervisor reopens and sends someone again
        later = calendar.add_working_hours(at, ctx.rng.uniform(4, 20))
        _push(ctx, later, "reopen", call_id, reason="客户来电反映故障依旧")


def _reopen(ctx: DemoContext, at: dt.datetime, call_id: int, calendar: WorkCalendar, reason: str) -> None:
    if _try(call_visits.reopen_call, ctx.supervisor, call_id, reason):
        _push(ctx, at + dt.timedelta(minutes=30), "dispatch", call_id)


def _void(ctx: DemoContext, at: dt.datetime, call_id: int, calendar: WorkCalendar, reason: str) -> None:
    _try(call_visits.void_call, ctx.supervisor, call_id, reason)


def _invoice(ctx: DemoContext, at: dt.datetime, call_id: int, calendar: WorkCalendar, line_id: int) -> None:
    line = _try(invoices.mark_invoiced, ctx.person("clerk"), line_id)
    if line is not None and line.status == "invoiced":
        _push(ctx, calendar.add_working_hours(at, ctx.rng.uniform(4, 60)), "collect", call_id, line_id=line_id)


def _collect(ctx: DemoContext, at: dt.datetime, call_id: int, calendar: WorkCalendar, line_id: int) -> None:
    _try(invoices.mark_collected, ctx.person("clerk"), line_id)


STEPS: dict[str, Callable[..., None]] = {
    "answer": _answer, "dispatch": _dispatch, "visit": _visit, "sign": _sign, "reopen": _reopen, "void": _void,
    "invoice": _invoice, "collect": _collect,
}  # fmt: skip
