"""Demo conduct log: a few fines a week, ladders that climb within a month, rewards, a void now and then, and
the week's discounts beyond authority (given on bills by the calls and repairs demos) decided each Friday.

State lives in ctx.extra["conduct"] so no day needs a query over the whole log.
"""

from __future__ import annotations

import datetime as dt
import random

from aftersales_desktop.core.demo.context import DemoContext
from aftersales_desktop.core.models import AuthorityEvent, ConductRule, RepairCard, ServiceCall, Staff
from aftersales_desktop.core.services.authority import dismiss_event, warning_to_entry
from aftersales_desktop.core.services.conduct import (
    acknowledge_entry,
    preview_entry,
    record_entry,
    void_entry,
)

# (rule code, weight, what happened …) — everyday slips; dismissals are left out of a believable shop.
FINES = [
    ("WS-02", 5, ["工作台杂乱,工具未归位", "值日未清扫卫生责任区", "地面有纸屑未清理"]),
    ("WS-01", 2, ["工作服有油渍", "工作服皱痕明显"]),
    ("JL-02", 4, ["上班聚在一起闲谈", "迟到 8 分钟,未提前到岗", "倚靠柜台玩手机"]),
    ("JL-03", 2, ["客户进门未主动问好"]),
    ("JL-04", 2, ["接电话未使用礼貌用语", "客户离开未送客"]),
    ("JL-07", 2, ["客户较多时私自离岗 15 分钟"]),
    ("JL-08", 1, ["在车间大声喊叫"]),
    ("JL-10", 3, ["未参加周一班前会", "未参加新品业务培训"]),
    ("JL-13", 2, ["对新款空调功能不熟,客户不满"]),
    ("JL-05", 1, ["电话中与客户争吵"]),
    ("WP-02", 3, ["下班后维修间空调未关", "客户走后未关灯"]),
    ("WP-05", 1, ["下班前未关烘干设备电源"]),
    ("CJ-P3", 1, ["事故车报价单未签字即订货"]),
]
REWARDS = [
    ("JX-01", ["客户来电表扬上门及时、态度好", "客户送来感谢信"], (5000, 20000)),
    ("JX-02", ["拾到客户遗落的手机并及时联系归还"], (5000, 10000)),
    ("JX-03", ["提出叫修登记簿改进建议被采纳"], (3000, 8000)),
    ("JX-04", ["本月客户意见调查全部满意"], (10000, 30000)),
]
APPEARANCE = ["未穿工作服", "未戴工作帽", "留长指甲", "佩戴项链上岗", "当着客户面剔牙"]
VOID_REASONS = ["记错了员工", "当天已请假,记录有误", "经核实为误会"]


def setup(ctx: DemoContext) -> None:
    """Remember the rule ids by code; nothing is written before the first day."""
    ctx.extra["conduct"] = {
        "rules": {r.code: r.id for r in ConductRule.select(ConductRule.id, ConductRule.code)},
        "ranges": {r.code: (r.min_fen, r.max_fen) for r in ConductRule.select()},
        "recent": [],  # entry ids of the last few days, candidates for a void
        "month": None,
        "repeat": None,  # (staff id, planned days) — this month's appearance repeat offender
    }


def _people(ctx: DemoContext) -> list[Staff]:
    return [s for role in ("clerk", "technician", "storekeeper") for s in ctx.staff.get(role, []) if s.active]


# What happened that names the paper it happened on: the number quoted is a real one (global search opens it).
ABOUT_A_CALL = {"JX-01", "JL-05", "JL-13"}
ABOUT_A_CARD = {"CJ-P3"}


def _paper_about(ctx: DemoContext, code: str, who: Staff, when: dt.datetime) -> str:
    """A recent call (the person's own when they have one) or repair card this entry is about, or ''.

    Its own generator, seeded by the entry, so the rest of the demo draws the same numbers as before."""
    rng = random.Random(f"{who.id}-{when.isoformat()}")
    since = when - dt.timedelta(days=10)
    if code in ABOUT_A_CALL:
        recent = ServiceCall.select(ServiceCall.number).where(
            ServiceCall.received_at.between(since, when) & ServiceCall.customer.is_null(False))
        own = list(recent.where(ServiceCall.technician == who.id).limit(20)) or list(recent.limit(20))
        return f"(叫修单 {rng.choice(own).number})" if own else ""
    if code in ABOUT_A_CARD:
        cards = list(RepairCard.select(RepairCard.number).where(RepairCard.created_at.between(since, when)).limit(20))
        return f"(修护卡 {rng.choice(cards).number})" if cards else ""
    return ""


def _record(ctx: DemoContext, who: Staff, code: str, when: dt.datetime, what: str, amount: int | None = None) -> None:
    state = ctx.extra["conduct"]
    what += _paper_about(ctx, code, who, when)
    rule_id = state["rules"][code]
    if amount is None:  # a supervisor picks inside the range, usually at the low end
        # only the ladder rule needs the log (its step decides the amount); the others use the catalogue
        low, high = state["ranges"][code]
        if code == "YR-01":
            preview = preview_entry(who.id, rule_id, when)
            low, high = preview.min_fen, preview.max_fen
        span = high - low
        amount = low + (ctx.rng.choice([0, 0, 0, span // 2, span]) // 100) * 100
    recorder = ctx.supervisor if ctx.rng.random() < 0.85 else ctx.manager
    entry = record_entry(recorder, who.id, rule_id, when, what, amount)
    state["recent"] = (state["recent"] + [entry.id])[-6:]
    if ctx.rng.random() < 0.6:
        acknowledge_entry(ctx.supervisor, entry.id)


def _new_month(ctx: DemoContext, day: dt.date) -> None:
    state = ctx.extra["conduct"]
    state["month"] = (day.year, day.month)
    person = ctx.rng.choice(_people(ctx))
    days = sorted(ctx.rng.sample(range(2, 27), ctx.rng.choice([2, 3, 3, 4])))
    state["repeat"] = (person.id, days)


def simulate_day(ctx: DemoContext, day: dt.date) -> None:
    """A workday brings 0–2 entries, and now and then the rest; Friday the week's proposed entries."""
    state = ctx.extra["conduct"]
    if state["month"] != (day.year, day.month):
        _new_month(ctx, day)
    if not ctx.is_workday(day):
        return
    people = _people(ctx)
    repeat_id, repeat_days = state["repeat"]
    offender = next((p for p in people if p.id == repeat_id), None)
    if offender is not None and day.day in repeat_days:
        ctx.at(day, 17, ctx.rng.randrange(60))
        _record(ctx, offender, "YR-01", dt.datetime.combine(day, dt.time(8, 40)), ctx.rng.choice(APPEARANCE))
    if ctx.rng.random() < 0.35:
        code, _, whats = ctx.rng.choices(FINES, weights=[w for _, w, _ in FINES])[0]
        ctx.at(day, 16, ctx.rng.randrange(60))
        when = dt.datetime.combine(day, dt.time(ctx.rng.randrange(9, 16), ctx.rng.randrange(60)))
        _record(ctx, ctx.rng.choice(people), code, when, ctx.rng.choice(whats))
    if ctx.rng.random() < 0.09:
        code, whats, (low, high) = ctx.rng.choice(REWARDS)
        ctx.at(day, 17, 30)
        amount = ctx.rng.randrange(low // 1000, high // 1000 + 1) * 1000
        _record(ctx, ctx.rng.choice(people), code, dt.datetime.combine(day, dt.time(11)), ctx.rng.choice(whats), amount)
    if state["recent"] and ctx.rng.random() < 0.04:
        ctx.at(day, 17, 50)
        void_entry(ctx.supervisor, state["recent"].pop(0), ctx.rng.choice(VOID_REASONS))
    _authority(ctx, day)


def _authority(ctx: DemoContext, day: dt.date) -> None:
    """Friday: the supervisor goes through the week's proposed entries (discounts beyond the counter's
    authority, approved on the spot at the bill): most were reported properly and need none, some become entries."""
    if day.isoweekday() != 5:
        return
    ctx.at(day, 17, 40)
    since = dt.datetime.combine(day - dt.timedelta(days=7), dt.time())
    proposed = AuthorityEvent.select(AuthorityEvent.id).where(
        (AuthorityEvent.at >= since) & (AuthorityEvent.warning != "") & AuthorityEvent.entry.is_null())
    for event in proposed:
        if ctx.rng.random() < 0.6:
            dismiss_event(ctx.supervisor, event.id)
        else:
            warning_to_entry(ctx.supervisor, event.id)
