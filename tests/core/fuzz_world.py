"""A small shop with a record in nearly every state, made once through the real services and copied for each
fuzzed service, so that hostile input meets calls, cards, parts, claims, contracts … that really exist."""

from __future__ import annotations

import datetime as dt

from aftersales_desktop.core import clock
from aftersales_desktop.core.models import ConductRule, SurveyCard
from aftersales_desktop.core.services import (
    authority,
    bills,
    call_visits,
    calls,
    claims,
    complaints,
    conduct,
    contracts,
    invoices,
    parts,
    repairs,
    stock,
    stocktake,
    surveys,
    tools,
    worklog,
)
from tests.core.repair_helpers import card_in_shop, inspected_card, repaired_card, taken_back_call
from tests.factories import Shop, make_customer, make_shop

START = dt.datetime(2026, 3, 2, 9, 0)  # a Monday; the clock then moves on to the fuzzing moment
NOW = dt.datetime(2026, 3, 11, 10, 0)


def build_world() -> Shop:
    """Fill the open, empty database; returns the staff (every role)."""
    clock.set_now(START)
    shop = make_shop()
    customers = [make_customer(shop.clerk, name=n, phone=f"1391234{i:04d}", warranty_end=dt.date(2025, 12, 31))
                 for i, n in enumerate(("王小明", "李四", "赵丽"))]
    (c1, p1), (c2, p2), (_c3, p3) = customers

    # calls in each state of the register
    def new_call(product, minutes: int):
        return calls.register_call(shop.clerk, received_at=clock.now() - dt.timedelta(minutes=minutes), channel="phone",
                                   problem="不制冷", customer_id=product.customer_id, product_id=product.id)

    new_call(p1, 30)  # registered
    dispatched = new_call(p2, 40)
    calls.dispatch_call(shop.supervisor, dispatched.id, shop.technician.id)
    visited = new_call(p3, 50)
    calls.dispatch_call(shop.supervisor, visited.id, shop.technician.id)
    clock.set_now(START + dt.timedelta(hours=2))
    call_visits.record_visit(shop.technician, visited.id, arrived_at=clock.now() - dt.timedelta(minutes=30),
                             finished_at=clock.now(), work_done="清洗", result="fixed", labour_fen=5000,
                             collected_on_site=True)
    call_visits.record_signature(shop.technician, visited.id, clock.today())
    call_visits.close_call(shop.clerk, visited.id)

    # repair cards: received, quoted, in repair with parts, repaired, inspected
    clock.set_now(START + dt.timedelta(days=1, hours=1))
    card_in_shop(shop, name="周一")
    quoted = card_in_shop(shop, name="吴二")
    repairs.save_quote(shop.technician, quoted.id, labour_fen=8000, parts_fen=2000)
    working = card_in_shop(shop, paid=False, name="郑三")
    repairs.start_repair(shop.technician, working.id)
    repaired_card(shop, name="冯四")
    inspected_card(shop)
    taken_back_call(shop, name="陈五")

    # parts, stock and issues
    made = [parts.create_part(shop.storekeeper, code=f"P-{n}", name=name, price_fen=price, min_qty=2)
            for n, (name, price) in enumerate((("启动电容", 3500), ("压缩机", 80000), ("遥控器", 2500)))]
    for part in made:
        stock.receive(shop.storekeeper, part.id, 10, 1500, "南京华瑞配件")
    stock.issue_part(shop.storekeeper, made[0].id, 2, repair_card_id=working.id)
    stock.internal_use(shop.storekeeper, made[2].id, 1, "行政部", "会议室空调")
    tools.lend_tool(shop.storekeeper, tools.create_tool(shop.storekeeper, "T-1", "真空泵", price_fen=90000).id,
                    shop.technician.id, clock.now() + dt.timedelta(hours=4))
    tools.create_tool(shop.storekeeper, "T-2", "冷媒表")
    stocktake.start_stocktake(shop.storekeeper)

    # claims with deposits, contracts, invoices
    signed = claims.create_claim(shop.clerk, c1.id, "压缩机", 60000, 20000, product_id=p1.id)
    claims.sign_supervisor(shop.supervisor, signed.id)
    claims.create_claim(shop.clerk, c2.id, "主板", 30000, 10000)
    contracts.create_contract(shop.clerk, c2.id, [p2.id], dt.date(2026, 1, 1), dt.date(2026, 12, 31), fee_fen=36000,
                              coverage="每年两次清洗", visits_included=2)
    invoices.add_invoice_line(shop.clerk, 12000, call_id=dispatched.id, note="上门费")

    # conduct, authority, opinion
    rule = ConductRule.select().where(ConductRule.max_fen > 0, ConductRule.ladder.is_null()).first()
    conduct.record_entry(shop.supervisor, shop.clerk.id, rule.id, clock.now() - dt.timedelta(hours=1), "迟到",
                         rule.min_fen)
    bills.add_bill_line(shop.clerk, kind="labour", unit_fen=12000, call_id=dispatched.id)
    authority.give_discount(shop.clerk, percent=5, reason="老客户", call_id=dispatched.id)
    surveys.prepare_cards(shop.clerk, (START + dt.timedelta(hours=2)).date())
    card = SurveyCard.select().first()
    surveys.enter_answer(shop.clerk, card.id, 1, 2, 4, 4, comments="师傅迟到")
    complaints.register_complaint(shop.clerk, "师傅迟到两小时", customer_id=c1.id, severity="serious")
    worklog.record_general_work(shop.technician, started_at=clock.now() - dt.timedelta(hours=3), minutes=60, note="整理工具")
    clock.set_now(NOW)
    return shop
