"""Demo: survey cards for yesterday's closed calls, answers, follow-ups, complaints, and maintenance contracts.

Kept fast for `--years 10`: each day reads only yesterday's closed calls (indexed closed_at) and the few
records it scheduled itself in ctx.extra; nothing scans a whole table.
"""

from __future__ import annotations

import datetime as dt
from collections import defaultdict

from aftersales_desktop.core.demo.context import DemoContext
from aftersales_desktop.core.models import Complaint, ConductRule, Product, ServiceCall, Staff
from aftersales_desktop.core.queries.opinion import notice_window_end
from aftersales_desktop.core.services import complaints, contracts, surveys

COVERAGE = {
    "空调": "每年两次清洗保养(春、秋),加氟检测,人工费全免,配件八折",
    "洗衣机": "每年一次清洗除垢,人工费全免",
    "冰箱": "每年一次检测保养,人工费全免,配件九折",
    "热水器": "每年一次除垢检测,人工费全免",
    "电视": "每年一次上门检测,人工费全免",
    "油烟机": "每年两次深度清洗,人工费全免",
    "轿车": "每年两次常规保养工时全免,机油滤芯八五折",
}
GOOD_WORDS = ["", "", "", "师傅很准时,服务好", "技术不错,一次修好", "态度很好,谢谢", "讲解很耐心", "收费合理"]
LOW_WORDS = ["来晚了两个小时也没打电话", "修了两次才好", "说好第二天来结果没来", "师傅态度不太好", "收费没讲清楚"]
DIRECT_WORDS = ["电话一直占线,打了很多次", "配件等了一个多星期", "上门后地板没有清理干净", "希望周末也能上门服务"]
OUTCOMES = {
    "serious": "经理亲自上门致歉,对责任技术员按规定处理,免收本次服务费,并书面告知客户",
    "ordinary": "服务主任回访致歉,已对技术员进行教育,今后上门前电话确认时间",
}


def _state(ctx: DemoContext) -> dict:
    return ctx.extra.setdefault(
        "opinion",
        {
            "answers": defaultdict(list),  # day -> card ids answered that day
            "follow_ups": defaultdict(list),  # day -> card ids the supervisor decides that day
            "complaint_steps": defaultdict(list),  # day -> (complaint id, step)
            "ending": defaultdict(list),  # contract end date -> contract ids
            "renewal_calls": defaultdict(list),  # day -> contract ids to follow up
            "products_seen": 0,
            "signed": set(),  # products that have (had) a contract: one chain of contracts per product
        },
    )


def setup(ctx: DemoContext) -> None:
    """Maintenance contracts for about a third of the products the shop already knows."""
    state = _state(ctx)
    clerk = ctx.person("clerk")
    unsigned = []
    for product_id in list(ctx.product_ids):
        if ctx.rng.random() < 0.33:
            start = ctx.start - dt.timedelta(days=ctx.rng.randrange(0, 360))
            _sign(ctx, clerk, product_id, start)
        else:
            unsigned.append(product_id)
    # a few contracts (on products with no other contract, whose renewals could clash) end just after the
    # period, so the 30-day expiring list has something to show
    for product_id in ctx.rng.sample(unsigned, min(4, len(unsigned))):
        end = ctx.end + dt.timedelta(days=ctx.rng.randrange(3, 28))
        _sign(ctx, clerk, product_id, end - dt.timedelta(days=364))
    state["products_seen"] = len(ctx.product_ids)


def _sign(ctx: DemoContext, clerk: Staff, product_id: int, start: dt.date) -> None:
    product = Product.get_by_id(product_id)
    end = _year_after(start)
    contract = contracts.create_contract(
        clerk, product.customer_id, [product_id], start, end,
        fee_fen=ctx.rng.choice([18000, 24000, 30000, 36000, 48000, 60000]),
        coverage=COVERAGE.get(product.name, "每年一次上门保养,人工费全免"),
        visits_included=ctx.rng.choice([1, 2, 2, 4]),
    )  # fmt: skip
    _state(ctx)["ending"][contract.end].append(contract.id)
    _state(ctx)["signed"].add(product_id)


def _year_after(start: dt.date) -> dt.date:
    try:
        return start.replace(year=start.year + 1) - dt.timedelta(days=1)
    except ValueError:  # 29 February
        return start + dt.timedelta(days=364)


def simulate_day(ctx: DemoContext, day: dt.date) -> None:
    state = _state(ctx)
    _survey_cards(ctx, state, day)
    _answers(ctx, state, day)
    _follow_ups(ctx, state, day)
    _direct_complaints(ctx, state, day)
    _complaint_steps(ctx, state, day)
    _contracts(ctx, state, day)


def _survey_cards(ctx: DemoContext, state: dict, day: dt.date) -> None:
    """The clerk prepares and prints the cards for yesterday's closed calls; most come back within days."""
    ctx.at(day, 8, 40 + ctx.rng.randrange(15))
    cards = surveys.prepare_cards(ctx.person("clerk"), day - dt.timedelta(days=1))
    if not cards:
        return
    printed = [c.id for c in cards if ctx.rng.random() < 0.75]
    surveys.mark_sent(ctx.person("clerk"), printed, "print")
    for card in cards:
        if ctx.rng.random() < 0.88:  # the rest never come back: outstanding
            state["answers"][day + dt.timedelta(days=ctx.rng.choice([0, 1, 2, 3, 3, 5, 7, 10]))].append(card.id)


def _ratings(ctx: DemoContext) -> tuple[list[int], str]:
    if ctx.rng.random() < 0.07:
        ratings = [ctx.rng.choice([3, 4]) for _ in range(4)]
        ratings[ctx.rng.randrange(4)] = ctx.rng.choice([1, 2, 2])
        return ratings, ctx.rng.choice(LOW_WORDS)
    return [ctx.rng.choice([4, 4, 4, 3, 3]) for _ in range(4)], ctx.rng.choice(GOOD_WORDS)


def _answers(ctx: DemoContext, state: dict, day: dt.date) -> None:
    for card_id in state["answers"].pop(day, []):
        ctx.at(day, ctx.rng.randrange(9, 17), ctx.rng.randrange(60))
        ratings, words = _ratings(ctx)
        attitude, skill, arrival, promise = ratings
        card = surveys.enter_answer(ctx.person("clerk"), card_id, attitude, skill, arrival, promise, comments=words)
        if card.follow_up == "open":
            state["follow_ups"][day + dt.timedelta(days=ctx.rng.choice([1, 1, 2, 3]))].append(card_id)


def _follow_ups(ctx: DemoContext, state: dict, day: dt.date) -> None:
    """The supervisor dismisses about half the low ratings after a phone call; the rest become complaints."""
    for card_id in state["follow_ups"].pop(day, []):
        ctx.at(day, 10, ctx.rng.randrange(60))
        if ctx.rng.random() < 0.5:
            surveys.dismiss_follow_up(ctx.supervisor, card_id, "电话回访,客户表示理解,不作投诉处理")
            continue
        severity = "serious" if ctx.rng.random() < 0.2 else "ordinary"
        complaint = surveys.follow_up_to_complaint(ctx.supervisor, card_id, ctx.rng.choice(LOW_WORDS), severity)
        _schedule(ctx, state, complaint.id, day)


def _direct_complaints(ctx: DemoContext, state: dict, day: dt.date) -> None:
    if ctx.rng.random() >= 0.02 or not ctx.customer_ids:
        return
    ctx.at(day, 11, ctx.rng.randrange(60))
    words = ctx.rng.choice(DIRECT_WORDS)
    kind = "suggestion" if words.startswith("希望") else "complaint"
    complaint = complaints.register_complaint(
        ctx.person("clerk"), words, kind=kind, customer_id=ctx.rng.choice(ctx.customer_ids),
        severity="serious" if kind == "complaint" and ctx.rng.random() < 0.15 else "ordinary",
    )  # fmt: skip
    _schedule(ctx, state, complaint.id, day)


def _schedule(ctx: DemoContext, state: dict, complaint_id: int, day: dt.date) -> None:
    if ctx.rng.random() < 0.85:  # most customers get a first answer by phone the same afternoon
        ctx.at(day, ctx.rng.randrange(13, 17), ctx.rng.randrange(60))
        complaints.record_first_answer(ctx.supervisor, complaint_id)
    state["complaint_steps"][day + dt.timedelta(days=ctx.rng.choice([0, 1, 1, 2]))].append((complaint_id, "visit"))


def _complaint_steps(ctx: DemoContext, state: dict, day: dt.date) -> None:
    """Visit (supervisor or someone sent), reply (serious: the manager, in writing), then close."""
    for complaint_id, step in state["complaint_steps"].pop(day, []):
        complaint = complaints.get_complaint(complaint_id)
        serious = complaint.severity == "serious"
        if step == "visit":
            ctx.at(day, 15, ctx.rng.randrange(60))
            if complaint.kind == "complaint":
                visitor = ctx.supervisor if serious or ctx.rng.random() < 0.6 else ctx.person("clerk")
                complaints.record_visit(ctx.supervisor, complaint_id, visitor.id, "上门回访,向客户致歉并了解经过")
                if serious and complaint.call_id and ctx.rng.random() < 0.8:
                    _conduct_entry(ctx, complaint)
            state["complaint_steps"][day + dt.timedelta(days=ctx.rng.choice([1, 2, 3]))].append((complaint_id, "reply"))
        elif step == "reply":
            ctx.at(day, 16, ctx.rng.randrange(60))
            who = ctx.manager if serious else ctx.supervisor
            how = "letter" if serious or ctx.rng.random() < 0.3 else "phone"
            text = "感谢建议,已转经理研究" if complaint.kind == "suggestion" else OUTCOMES[complaint.severity]
            complaints.record_reply(who, complaint_id, how, text)
            ctx.at(day, 17, ctx.rng.randrange(30))
            complaints.close_complaint(who, complaint_id)


def _conduct_entry(ctx: DemoContext, complaint: Complaint) -> None:
    """A serious complaint about a technician leads to a conduct entry (不熟悉产品,惹客户不满 kind of rule)."""
    technician = ServiceCall.get_by_id(complaint.call_id).technician
    if technician is None or not technician.active:
        return
    rule = ctx.extra.get("opinion_rule")
    if rule is None:
        rule = (
            ConductRule.select()
            .where(ConductRule.active & (ConductRule.kind == "fine") & ConductRule.ladder.is_null() & (ConductRule.max_fen > 0))
            .order_by(ConductRule.max_fen)
            .first()
        )
        ctx.extra["opinion_rule"] = rule or False
    if rule:
        complaints.to_conduct_entry(ctx.supervisor, complaint.id, technician.id, rule.id, rule.min_fen)


def _contracts(ctx: DemoContext, state: dict, day: dt.date) -> None:
    """A month before the end: the notice; a week or three later: the visit, mostly renewed; some new contracts."""
    clerk = ctx.person("clerk")
    horizon = notice_window_end(day)  # one calendar month before the end (第十五条)
    for end in sorted(k for k in state["ending"] if k <= horizon):  # a small dict: contracts not yet noticed
        for contract_id in state["ending"].pop(end):
            ctx.at(day, 9, 30)
            contracts.record_notice_printed(clerk, contract_id)
            days_left = max(1, (end - day).days - 1)
            state["renewal_calls"][day + dt.timedelta(days=min(days_left, ctx.rng.randrange(10, 30)))].append(contract_id)
    for contract_id in state["renewal_calls"].pop(day, []):
        ctx.at(day, 14, ctx.rng.randrange(60))
        contract = contracts.get_contract(contract_id)
        if contract.status != "active":
            continue
        person = ctx.person(ctx.rng.choice(["clerk", "technician"]))
        if ctx.rng.random() < 0.7:
            contracts.record_follow_up(clerk, contract_id, person.id, ctx.at(day, 14), "上门拜访,客户同意续约", "renewed")
            new = contracts.renew_contract(clerk, contract_id, end=_year_after(contract.end + dt.timedelta(days=1)))
            state["ending"][new.end].append(new.id)
        else:
            contracts.record_follow_up(clerk, contract_id, person.id, ctx.at(day, 14), "客户暂不续约", "declined")
            state["ending_declined"] = [*state.get("ending_declined", []), contract.end]
    lapsed = [end for end in state.get("ending_declined", []) if end < day]
    if lapsed:
        ctx.at(day, 8, 5)
        contracts.end_lapsed_contracts(clerk, day)
        state["ending_declined"] = [end for end in state["ending_declined"] if end >= day]
    if len(ctx.product_ids) > state["products_seen"]:  # new customers sometimes buy a contract at once
        for product_id in ctx.product_ids[state["products_seen"] :]:
            if product_id not in state["signed"] and ctx.rng.random() < 0.2:
                ctx.at(day, 11, ctx.rng.randrange(60))
                _sign(ctx, clerk, product_id, day)
        state["products_seen"] = len(ctx.product_ids)
