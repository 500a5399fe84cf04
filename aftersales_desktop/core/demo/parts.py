"""Demo parts cabinet: a believable catalogue, receipts, parts issued to the repair cards in progress,
internal use, direct purchases, claim orders with deposits, tool loans and a stocktake each month end.

State lives in ctx.extra["parts"]; the only per-day queries are small indexed ones (cards in repair by
status, low stock over the ~130-part list once a week).
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable
from typing import Any, TypeVar

from aftersales_desktop.core.demo.base import PRODUCTS
from aftersales_desktop.core.demo.context import DemoContext
from aftersales_desktop.core.errors import UserError
from aftersales_desktop.core.models import Part, RepairCard
from aftersales_desktop.core.models.kept import Kept
from aftersales_desktop.core.queries.parts import stocktake_lines
from aftersales_desktop.core.services import claims as claim_service
from aftersales_desktop.core.services.parts import create_part
from aftersales_desktop.core.services.purchases import QuoteIn, direct_purchase
from aftersales_desktop.core.services.settings import update_settings
from aftersales_desktop.core.services.stock import (
    STARTED_CARD,
    internal_use,
    issue_part,
    mark_used,
    receive,
    record_old_part,
    return_unused,
)
from aftersales_desktop.core.services.stocktake import enter_counts, post_stocktake, start_stocktake
from aftersales_desktop.core.services.tools import create_tool, lend_tool, report_lost, return_tool

# product name -> (code prefix, supplier, [(part name, unit, cost in yuan)])
CATALOGUE: dict[str, tuple[str, str, list[tuple[str, str, int]]]] = {
    "空调": ("KT", "格力配件中心", [
        ("压缩机", "台", 680), ("启动电容", "个", 25), ("四通阀", "个", 120), ("电子膨胀阀", "个", 95),
        ("室内风机电机", "台", 150), ("室外风机电机", "台", 180), ("遥控器", "个", 35), ("主控板", "块", 320),
        ("温度传感器", "个", 15), ("冷媒 R410A", "千克", 60), ("连接铜管", "米", 18), ("过滤网", "片", 12),
        ("贯流风叶", "个", 45), ("排水管", "米", 5)]),
    "洗衣机": ("XYJ", "海尔服务配件库", [
        ("排水泵", "个", 60), ("门锁", "个", 45), ("门封圈", "个", 80), ("电脑板", "块", 260), ("进水阀", "个", 35),
        ("滚筒轴承", "套", 40), ("皮带", "条", 25), ("驱动电机", "台", 380), ("减震器", "个", 30),
        ("水位传感器", "个", 28)]),
    "冰箱": ("BX", "美的配件供应站", [
        ("压缩机", "台", 520), ("温控器", "个", 45), ("化霜加热管", "根", 55), ("门封条", "条", 70),
        ("风扇电机", "个", 65), ("主控板", "块", 240), ("干燥过滤器", "个", 15), ("启动继电器", "个", 25),
        ("冷媒 R600a", "瓶", 40)]),
    "热水器": ("RSQ", "万和配件中心", [
        ("加热管", "根", 85), ("镁棒", "根", 30), ("温控器", "个", 40), ("点火针", "个", 20),
        ("水流传感器", "个", 45), ("电脑板", "块", 210), ("安全阀", "个", 25), ("燃气比例阀", "个", 150)]),
    "电视": ("DS", "创维配件部", [
        ("背光灯条", "套", 120), ("电源板", "块", 180), ("主板", "块", 350), ("逻辑板", "块", 160),
        ("遥控器", "个", 30), ("喇叭", "对", 25), ("屏线", "条", 40)]),
    "油烟机": ("YYJ", "方太配件中心", [
        ("电机", "台", 220), ("涡轮叶", "个", 60), ("按键开关板", "块", 70), ("油网", "片", 45), ("油杯", "个", 10),
        ("照明灯", "个", 15), ("止回阀", "个", 25)]),
    "轿车": ("QC", "恒通汽配", [
        ("机油滤清器", "个", 35), ("空气滤清器", "个", 45), ("空调滤清器", "个", 40), ("前刹车片", "套", 260),
        ("后刹车片", "套", 220), ("火花塞", "个", 45), ("雨刮片", "对", 60), ("蓄电池", "个", 480),
        ("机油 5W-30 4L", "桶", 280), ("刹车油", "瓶", 50), ("正时皮带", "条", 320), ("大灯灯泡", "个", 55)]),
}
TOOLS = [
    ("GJ-01", "冷媒加注表组", "R410A 双表", 680), ("GJ-02", "真空泵", "2XZ-1", 900), ("GJ-03", "电子检漏仪", "TIF-5750", 1500),
    ("GJ-04", "扩口器套装", "CT-808", 260), ("GJ-05", "钳形电流表", "UT-203", 320), ("GJ-06", "兆欧表", "ZC25-4", 450),
    ("GJ-07", "扭力扳手", "1/2 28-210Nm", 380), ("GJ-08", "汽车诊断仪", "OBD-X431", 4200),
    ("GJ-09", "液压千斤顶", "3T 卧式", 650), ("GJ-10", "焊枪套装", "氧气乙炔", 1200),
]
OTHER_SUPPLIERS = ["南京五金机电城", "新街口电器配件行", "珠江路电子市场", "华东家电配件批发部"]
DEARER_REASONS = ["原厂件,质保一年", "最低价一家要一周后到货", "最低价一家上次质量有问题"]
OLD_NOT_BACK = ["客户要求保留旧件", "旧件在客户处已丢弃", "旧件随车留在客户处"]
DEPARTMENTS = [("行政部", "办公室空调清洗"), ("销售部", "展厅样机维护"), ("行政部", "会议室照明更换"), ("仓库", "货架加固")]


def _models_for(product: str) -> list[list[str]]:
    models = next(m for name, m, _ in PRODUCTS if name == product)
    half = (len(models) + 1) // 2
    return [models[:half], models[half:]] if len(models) > 2 else [models]


def setup(ctx: DemoContext) -> None:
    keeper = ctx.person("storekeeper")
    state: dict = {"by_product": {}, "price": {}, "claims": [], "loans": [], "month_done": set()}
    update_settings(ctx.manager, {"regular_suppliers": sorted({supplier for _, supplier, _ in CATALOGUE.values()})})
    for product, (prefix, supplier, items) in CATALOGUE.items():
        ids = []
        for index, (name, unit, cost) in enumerate(items, start=1):
            for variant, models in enumerate(_models_for(product), start=1):
                consumable = cost < 50
                part = create_part(
                    keeper, code=f"{prefix}-{index:02d}{'' if len(_models_for(product)) == 1 else chr(64 + variant)}",
                    name=f"{product}{name}", fits_models=",".join(models), unit=unit,
                    bin_location=f"{prefix[0]}{(index - 1) // 4 + 1}-{(index - 1) % 4 + 1:02d}",
                    price_fen=int(cost * 100 * (1.8 if consumable else 1.45)), min_qty=6 if consumable else 2,
                    old_for_new=not consumable,  # 以坏换新 for real parts; filters, oil and the like are just used up
                )
                receive(keeper, part.id, (12 if consumable else 4) + ctx.rng.randrange(4), cost * 100, supplier)
                ids.append(part.id)
                state["price"][part.id] = (cost * 100, supplier)
        state["by_product"][product] = ids
    state["tools"] = [create_tool(keeper, code, name, model, price * 100, "工具柜").id for code, name, model, price in TOOLS]
    ctx.extra["parts"] = state


def simulate_day(ctx: DemoContext, day: dt.date) -> None:
    state = ctx.extra["parts"]
    if not ctx.is_workday(day):
        return
    _issue_to_work(ctx, day, state)
    if day.isoweekday() == 1:
        _replenish(ctx, day, state)
    if ctx.rng.random() < 0.1:
        part_id = ctx.rng.choice(state["by_product"]["空调"][-6:])
        department, reason = ctx.rng.choice(DEPARTMENTS)
        _try(internal_use, ctx.person("storekeeper"), part_id, 1, department, reason, at=(ctx, day, 11))
    if ctx.rng.random() < 0.08:
        _direct_purchase(ctx, day, state)
    _claims(ctx, day, state)
    _tools(ctx, day, state)
    if (day + dt.timedelta(days=1)).month != day.month or (day.day >= 28 and day.isoweekday() == 5):
        _stocktake(ctx, day, state)


R = TypeVar("R")


def _try(fn: Callable[..., R], *args: Any, at: tuple[DemoContext, dt.date, int] | None = None, **kwargs: Any) -> R | None:
    """Run a service; a refusal (stock just ran out, a state moved on) is part of shop life, not a demo bug."""
    if at is not None:
        ctx, day, hour = at
        ctx.at(day, hour, ctx.rng.randrange(60))
    try:
        return fn(*args, **kwargs)
    except UserError:
        return None


_LATEST_STARTED = Kept(lambda: RepairCard.select().where(RepairCard.status.in_(STARTED_CARD))
                       .order_by(RepairCard.id.desc()).limit(3))  # asked every day (kept text)


def _issue_to_work(ctx: DemoContext, day: dt.date, state: dict) -> None:
    """Parts for the repair cards in progress (parts for calls go out with the technician: the calls demo)."""
    cards = _LATEST_STARTED.rows()
    for order in [c for c in cards if c.id not in state.setdefault("issued_cards", set())]:
        call = order.call
        product = call.product.name if call.product else ""
        choices = state["by_product"].get(product)
        if not choices:
            continue
        state["issued_cards"].add(order.id)
        keeper = ctx.person("storekeeper")
        for _ in range(ctx.rng.choice([1, 1, 2])):
            issue = _try(issue_part, keeper, ctx.rng.choice(choices), ctx.rng.choice([1, 1, 1, 2]), at=(ctx, day, 10),
                         repair_card_id=order.id)
            if issue is None:
                continue
            if ctx.rng.random() < 0.12:
                _try(return_unused, keeper, issue.id, 1, True, at=(ctx, day, 15))
            else:
                _try(mark_used, ctx.person("technician"), issue.id, at=(ctx, day, 14))
                old_part_back(ctx, issue.id, issue.part.old_for_new, at=(ctx, day, 17))


def old_part_back(ctx: DemoContext, issue_id: int, old_for_new: bool,
                  at: tuple[DemoContext, dt.date, int] | None = None) -> None:
    """以坏换新: the old part mostly comes back to the store; now and then the customer keeps it."""
    if not old_for_new:
        return
    if ctx.rng.random() < 0.93:
        _try(record_old_part, ctx.person("storekeeper"), issue_id, True, at=at)
    else:
        _try(record_old_part, ctx.person("storekeeper"), issue_id, False, ctx.rng.choice(OLD_NOT_BACK), at=at)


def _replenish(ctx: DemoContext, day: dt.date, state: dict) -> None:
    keeper = ctx.person("storekeeper")
    for part in Part.select(Part.id, Part.min_qty).where(Part.active & (Part.qty_on_hand < Part.min_qty)):
        cost, supplier = state["price"].get(part.id, (1000, OTHER_SUPPLIERS[0]))
        drift = 1 + (ctx.rng.random() - 0.4) * 0.12 + (day - ctx.start).days / 3650 * 0.2  # prices creep up
        price = int(cost * drift)
        if ctx.rng.random() < 0.25:  # the regular supplier is out of it: bought elsewhere, three quotes compared
            names = ctx.rng.sample(OTHER_SUPPLIERS, 3)
            others = [QuoteIn(name, int(price * (1.02 + ctx.rng.random() * 0.2))) for name in names[1:]]
            _try(receive, keeper, part.id, part.min_qty * 3, price, names[0], quotes=others, at=(ctx, day, 9))
            continue
        _try(receive, keeper, part.id, part.min_qty * 3, price, supplier, at=(ctx, day, 9))


def _direct_purchase(ctx: DemoContext, day: dt.date, state: dict) -> None:
    part_id = ctx.rng.choice(state["by_product"][ctx.rng.choice(list(state["by_product"]))])
    cost, _ = state["price"][part_id]
    quotes = [QuoteIn(s, int(cost * (0.95 + ctx.rng.random() * 0.25))) for s in ctx.rng.sample(OTHER_SUPPLIERS, 3)]
    cheapest = min(range(3), key=lambda i: quotes[i].unit_price_fen)
    if ctx.rng.random() < 0.2:  # a rush on a Saturday: only two shops open, the manager signs it off
        _try(direct_purchase, ctx.manager, part_id, 1, quotes[:2], min(range(2), key=lambda i: quotes[i].unit_price_fen),
             override_reason="客户急修,当天只问到两家报价", at=(ctx, day, 16))
    elif ctx.rng.random() < 0.25:  # a dearer one, for a reason the counter writes down
        dearer = max(range(3), key=lambda i: quotes[i].unit_price_fen)
        _try(direct_purchase, ctx.person("storekeeper"), part_id, 2, quotes, dearer,
             dearer_reason=ctx.rng.choice(DEARER_REASONS), at=(ctx, day, 16))
    else:
        _try(direct_purchase, ctx.person("storekeeper"), part_id, 2, quotes, cheapest, at=(ctx, day, 16))


def _claims(ctx: DemoContext, day: dt.date, state: dict) -> None:
    if ctx.rng.random() < 0.15 and ctx.customer_ids:
        product = ctx.rng.choice(list(CATALOGUE))
        name, _, cost = ctx.rng.choice(CATALOGUE[product][2][:6])
        amount = int(cost * 100 * ctx.rng.choice([1.2, 1.5, 3, 4]))
        claim = _try(claim_service.create_claim, ctx.person("clerk"), ctx.rng.choice(ctx.customer_ids),
                     f"{product}{name}(索赔件)", amount, max(5000, amount // 5 // 100 * 100), at=(ctx, day, 10))
        if claim is not None:
            state["claims"].append([claim.id, day + dt.timedelta(days=1), "draft"])
    still = []
    for entry in state["claims"]:
        claim_id, due, step = entry
        if due > day:
            still.append(entry)
            continue
        next_step = _advance(ctx, day, claim_id, step)
        if next_step:
            wait = {"ordered": ctx.rng.randrange(5, 14), "arrived": ctx.rng.choice([0, 1, 2, 3, 7, 20, 45])}.get(next_step, 0)
            still.append([claim_id, day + dt.timedelta(days=wait), next_step])
    state["claims"] = still


def _advance(ctx: DemoContext, day: dt.date, claim_id: int, step: str) -> str | None:
    """Move one claim a step on; returns the step it reached (None when finished)."""
    keeper = ctx.person("storekeeper")
    if step == "draft":
        claim = _try(claim_service.sign_supervisor, ctx.supervisor, claim_id, at=(ctx, day, 9))
        if claim is not None and claim_service.needs_manager(claim):
            _try(claim_service.sign_manager, ctx.manager, claim_id, at=(ctx, day, 10))
        if ctx.rng.random() < 0.05:
            _try(claim_service.cancel_claim, keeper, claim_id, "客户改为自费更换", at=(ctx, day, 11))
            _try(claim_service.refund_deposit, ctx.person("clerk"), claim_id, at=(ctx, day, 11))
            return None
        return "ordered" if _try(claim_service.mark_ordered, keeper, claim_id, at=(ctx, day, 11)) else None
    if step == "ordered":
        return "arrived" if _try(claim_service.mark_arrived, keeper, claim_id, at=(ctx, day, 14)) else None
    if step == "arrived":
        _try(claim_service.mark_fitted, keeper, claim_id, at=(ctx, day, 15))
        _try(claim_service.refund_deposit, ctx.person("clerk"), claim_id, at=(ctx, day, 16))
    return None


def _tools(ctx: DemoContext, day: dt.date, state: dict) -> None:
    """Tools go out in the morning and mostly come back the same afternoon; a few stay out (overdue)."""
    keeper = ctx.person("storekeeper")
    lent = {tool for _, tool in state["loans"]}
    for _ in range(ctx.rng.choice([0, 1, 1, 2])):
        tool_id = ctx.rng.choice(state["tools"])
        if tool_id in lent:
            continue
        moment = ctx.at(day, 8, 40 + ctx.rng.randrange(20))
        loan = _try(lend_tool, keeper, tool_id, ctx.person("technician").id, moment.replace(hour=17, minute=30))
        if loan is not None:
            state["loans"].append([loan.id, tool_id])
            lent.add(tool_id)
    for loan_id, tool_id in list(state["loans"]):
        roll = ctx.rng.random()
        if roll < 0.003:
            how = ctx.rng.choice(["pay", "replace"])
            if _try(report_lost, keeper, loan_id, how, "外出维修时遗失", at=(ctx, day, 17)) and how == "pay":
                _buy_tool_again(ctx, state, tool_id)
        elif roll < 0.9:
            _try(return_tool, keeper, loan_id, at=(ctx, day, 16))
        else:
            continue  # kept another day: it shows as overdue
        state["loans"].remove([loan_id, tool_id])


def _buy_tool_again(ctx: DemoContext, state: dict, lost_id: int) -> None:
    """The borrower paid for the lost tool; the shop buys a new one of the same model under a new number."""
    from aftersales_desktop.core.models import Tool

    lost = Tool.get_by_id(lost_id)
    number = sum(1 for t in Tool.select(Tool.code).where(Tool.code.startswith(lost.code[:5]))) + 1
    tool = _try(create_tool, ctx.person("storekeeper"), f"{lost.code[:5]}-{number}", lost.name, lost.model,
                lost.price_fen, lost.location)
    state["tools"] = [t for t in state["tools"] if t != lost_id] + ([tool.id] if tool else [])


def _stocktake(ctx: DemoContext, day: dt.date, state: dict) -> None:
    period = day.strftime("%Y-%m")
    if period in state["month_done"]:
        return
    state["month_done"].add(period)
    take = _try(start_stocktake, ctx.person("storekeeper"), period, at=(ctx, day, 17))
    if take is None:
        return
    counts = {}
    for row in stocktake_lines(take.id):
        slip = ctx.rng.random() < 0.03 and row.kind == "part"
        counts[row.line_id] = max(0, row.expected_qty + (ctx.rng.choice([-1, -1, 1]) if slip else 0))
    ctx.at(day, 18, 10)
    enter_counts(ctx.person("storekeeper"), take.id, counts)
    ctx.at(day, 18, 40)
    post_stocktake(ctx.supervisor, take.id)
