"""Rows for the monthly-workbook tests, written straight into the models (the workbook only reads them).

`make_month(shop)` fills March 2026 with known records — including rows just outside the month and voided
rows that must not count — and returns the figures the workbook must show.
"""

from __future__ import annotations

import datetime as dt
import itertools
from dataclasses import dataclass, field

from aftersales_desktop.core.models import (
    BillLine,
    ClaimOrder,
    ConductEntry,
    ConductRule,
    Deposit,
    GoodsReceipt,
    Invoice,
    Part,
    PartIssue,
    Quote,
    RepairCard,
    ServiceCall,
    StockMove,
    Stocktake,
    StocktakeLine,
    SurveyCard,
    TimeEntry,
    Visit,
)
from tests.factories import Shop, make_customer

_numbers = itertools.count(1)


def _no(prefix: str) -> str:
    return f"{prefix}{next(_numbers):05d}"


def at(day: int, hour: int = 10, month: int = 3) -> dt.datetime:
    return dt.datetime(2026, month, day, hour, 0)


@dataclass
class Expected:
    calls: int = 0
    call_fee_fen: int = 0
    fee_by_kind: dict[str, int] = field(default_factory=dict)
    repairs: int = 0
    repair_labour_fen: int = 0
    repair_parts_price_fen: int = 0
    repair_parts_cost_fen: int = 0
    repair_travel_fen: int = 0
    repair_charged_fen: int = 0
    invoices: int = 0
    invoice_amount_fen: int = 0
    move_value_by_kind: dict[str, int] = field(default_factory=dict)
    stocktake_net_fen: int = 0
    deposits_taken_fen: int = 0
    deposits_refunded_fen: int = 0
    deposits_held_fen: int = 0
    fines_fen: int = 0
    rewards_fen: int = 0
    minutes_by_kind: dict[str, int] = field(default_factory=dict)
    survey_cards: int = 0
    call_charged_fen: int = 0
    call_free_parts_cost_fen: int = 0


def call(shop: Shop, customer, product, kind: str, received: dt.datetime, status: str = "closed",
         problem: str = "不制冷", closed: dt.datetime | None = None) -> ServiceCall:
    return ServiceCall.create(closed_at=closed,
        number=_no("JX"), received_at=received, channel="phone", customer=customer, product=product,
        problem=problem, area="city", kind=kind, status=status, technician=shop.technician,
        created_by=shop.clerk, created_at=received,
    )


def line(shop: Shop, service_call: ServiceCall, kind: str, amount: int, *, card: RepairCard | None = None,
         visit: Visit | None = None, qty: int = 1, cost: int = 0, percent: int = 0,
         issue: PartIssue | None = None) -> BillLine:
    """A settled bill line (the workbook reads bills, however they were made)."""
    return BillLine.create(
        call=service_call, repair_card=card, kind=kind, description="=1+1" if kind == "other" else "", qty=qty,
        unit_fen=amount, amount_fen=qty * amount, cost_fen=cost, percent=percent, visit=visit, part_issue=issue,
        settled_at=at(28), created_at=at(1), created_by=shop.clerk,
    )


def visit(shop: Shop, service_call: ServiceCall, arrived: dt.datetime, minutes: int, labour: int, travel: int,
          parts: int) -> Visit:
    """A visit whose labour and travel went onto the call's bill, with a part (costing 60% of its price)."""
    row = Visit.create(
        call=service_call, technician=shop.technician, arrived_at=arrived,
        finished_at=arrived + dt.timedelta(minutes=minutes), work_done="换电容", result="fixed",
        collected_on_site=True, collected_fen=labour, recorded_by=shop.clerk, recorded_at=arrived,
    )
    for kind, amount in (("labour", labour), ("travel", travel)):
        if amount:
            line(shop, service_call, kind, amount, visit=row)
    if parts:
        line(shop, service_call, "part", parts, visit=row, cost=parts * 6 // 10)
    return row


def make_month(shop: Shop) -> Expected:  # noqa: PLR0915 - one long, plain list of records
    """March 2026 with known figures (plus February/April noise and voided rows)."""
    e = Expected()
    customer, product = make_customer(shop.clerk, name="=HYPERLINK(\"http://x\")")
    # calls: two paid, one free, one voided, one in February, one in April
    c1 = call(shop, customer, product, "paid", at(2), problem="+1 不制冷", closed=at(4))
    visit(shop, c1, at(2, 14), 90, 5000, 1000, 2500)
    visit(shop, c1, at(3, 9), 30, 2000, 1000, 0)
    c2 = call(shop, customer, product, "paid", at(31, 23), closed=at(1, month=4))
    visit(shop, c2, at(31, 23), 20, 1500, 0, 0)  # arrives 23:00, finishes 23:20 - still March
    line(shop, c2, "discount", -150, percent=10)
    c3 = call(shop, customer, product, "free", at(15), problem="-2", closed=at(16))
    visit(shop, c3, at(15, 15), 60, 0, 0, 3000)  # a free call: the part is after-sales cost
    void = call(shop, customer, product, "paid", at(10), status="void")
    visit(shop, void, at(10, 11), 45, 9900, 0, 0)
    feb = call(shop, customer, product, "paid", dt.datetime(2026, 2, 28, 23, 59), closed=at(1, 12))
    visit(shop, feb, at(1, 9), 60, 7700, 0, 0)  # visit in March, call counts in February
    call(shop, customer, product, "paid", dt.datetime(2026, 4, 1, 0, 0))
    e.calls = 3
    e.fee_by_kind = {"paid": 5000 + 1000 + 2500 + 2000 + 1000 + 1500 - 150, "free": 3000, "contract": 0, "general": 0}
    e.call_fee_fen = sum(e.fee_by_kind.values())
    e.call_charged_fen, e.call_free_parts_cost_fen = e.fee_by_kind["paid"], 1800
    # general work logged as time entries
    TimeEntry.create(technician=shop.technician, kind="general", started_at=at(5, 8), ended_at=at(5, 10),
                     minutes=120, recorded_by=shop.technician, note="@培训")
    TimeEntry.create(technician=shop.technician2, kind="paid", started_at=at(6, 8), ended_at=None, minutes=0,
                     recorded_by=shop.technician2)  # a running timer does not count
    # visits that count: c1 (90+30), c2 (20), c3 (60), void (45: voided calls still took time), feb-call visit (60)
    e.minutes_by_kind = {"paid": 90 + 30 + 20 + 45 + 60, "free": 60, "general": 120, "contract": 0}

    # repairs returned in March, each with its bill: r1 paid (labour, travel, two parts that stayed on); r2 free
    # (a part, charged nothing); r3 paid (labour only). r4 is returned in April.
    part = Part.create(code="P-001", name="压缩机电容", cost_fen=1200, price_fen=2000, qty_on_hand=50,
                       created_at=at(1, 8, month=1))
    r1 = _card(shop, c1, customer, product, returned=at(20), labour=9000)
    Quote.create(repair_card=r1, version=1, labour_fen=8000, created_at=at(3), created_by=shop.technician,
                 accepted_at=at(3, 11))
    Quote.create(repair_card=r1, version=2, labour_fen=9000, travel_fen=2000, created_at=at(4),
                 created_by=shop.technician, accepted_at=at(4, 11))
    issue = PartIssue.create(part=part, repair_card=r1, qty=3, returned_qty=1, unit_cost_fen=1200,
                             unit_price_fen=2000, used=True, issued_at=at(5), issued_by=shop.storekeeper)
    line(shop, c1, "part", 2000, card=r1, qty=2, cost=2 * 1200, issue=issue)
    line(shop, c1, "travel", 2000, card=r1)
    r2 = _card(shop, c3, customer, product, returned=at(21), labour=1500, needs_quote=False)
    PartIssue.create(part=part, repair_card=r2, qty=1, unit_cost_fen=1200, unit_price_fen=2000,
                     used=True, issued_at=at(16), issued_by=shop.storekeeper)
    line(shop, c3, "part", 2000, card=r2, cost=1200)
    TimeEntry.create(technician=shop.technician2, repair_card=r2, kind="free", started_at=at(21, 8),
                     ended_at=at(21, 9), minutes=45, recorded_by=shop.technician2)
    e.minutes_by_kind["free"] += 45
    r3 = _card(shop, feb, customer, product, returned=at(25), labour=3000)
    Quote.create(repair_card=r3, version=1, labour_fen=3000, created_at=at(3), created_by=shop.technician,
                 accepted_at=at(3, 11))
    Quote.create(repair_card=r3, version=2, labour_fen=99999, travel_fen=5000, created_at=at(4),
                 created_by=shop.technician)
    _card(shop, c2, customer, product, returned=dt.datetime(2026, 4, 2, 9), labour=5000)
    e.repairs, e.repair_labour_fen, e.repair_travel_fen = 3, 9000 + 3000, 2000
    e.repair_parts_price_fen, e.repair_parts_cost_fen = 3 * 2000, 3 * 1200
    e.repair_charged_fen = 9000 + 2000 + 2 * 2000 + 3000

    # invoices: two due in March, one voided, one due in April
    for amount, status, due in ((16000, "due", 31), (5000, "invoiced", 1), (7777, "void", 5)):
        Invoice.create(call=c1, customer=customer, amount_fen=amount, collected_fen=1000 if status == "invoiced" else 0,
                       due_on=dt.date(2026, 3, due), status=status, note="@付款", created_at=at(1))
    Invoice.create(repair_card=r1, customer=customer, amount_fen=123, due_on=dt.date(2026, 4, 1), created_at=at(1))
    e.invoices, e.invoice_amount_fen = 2, 21000

    # stock moves
    take = Stocktake.create(number=_no("PD"), period="2026-03", status="posted", started_at=at(30),
                            started_by=shop.storekeeper, posted_at=at(31, 17), posted_by=shop.supervisor)
    Stocktake.create(number=_no("PD"), period="2026-03", status="open", started_at=at(30), started_by=shop.storekeeper)
    moves = [("receive", 10, 1200, at(1)), ("issue", -3, 1200, at(5)), ("return", 1, 1200, at(6)),
             ("internal", -2, 1200, at(7)), ("adjust", -1, 1200, at(31, 17)),
             ("receive", 99, 1200, dt.datetime(2026, 2, 28, 23, 59, 59))]
    for kind, qty, cost, when in moves:
        StockMove.create(part=part, at=when, kind=kind, qty=qty, unit_cost_fen=cost, value_fen=qty * cost,
                         qty_after=50, staff=shop.storekeeper, stocktake=take if kind == "adjust" else None,
                         reason="=1+1" if kind == "internal" else "", department="行政部" if kind == "internal" else "")
    e.move_value_by_kind = {"receive": 12000, "issue": -3600, "return": 1200, "internal": -2400, "adjust": -1200,
                            "purchase": 0}
    StocktakeLine.create(stocktake=take, part=part, expected_qty=50, counted_qty=49, unit_cost_fen=1200)
    part2 = Part.create(code="P-002", name="密封圈", cost_fen=300, price_fen=500, qty_on_hand=5, created_at=at(1))
    StocktakeLine.create(stocktake=take, part=part2, expected_qty=5, counted_qty=7, unit_cost_fen=300)
    StocktakeLine.create(stocktake=take, part=part2, expected_qty=5, counted_qty=None, unit_cost_fen=300)
    e.stocktake_net_fen = -1200 + 600

    # deposits: taken in Feb and refunded in March; taken in March and held; taken and refunded in March;
    # taken in March, refunded in April (held at month end)
    claim = ClaimOrder.create(number=_no("SP"), customer=customer, part_description="-压缩机", amount_fen=50000,
                              created_at=at(1, 9, month=2), created_by=shop.clerk)
    for amount, taken, refunded in ((10000, at(20, 9, month=2), at(3)), (20000, at(4), None),
                                    (30000, at(5), at(25)), (40000, at(6), at(1, 9, month=4))):
        Deposit.create(number=_no("YJ"), claim_order=claim, amount_fen=amount, taken_at=taken, taken_by=shop.clerk,
                       refunded_at=refunded, refund_number=_no("TK") if refunded else None,
                       refunded_by=shop.clerk if refunded else None)
    e.deposits_taken_fen, e.deposits_refunded_fen, e.deposits_held_fen = 90000, 40000, 60000

    # conduct: two fines, one reward, one voided fine, one in April
    rule = ConductRule.create(code="A1", area="appearance", title="仪容仪表", min_fen=500, max_fen=500)
    reward_rule = ConductRule.create(code="R1", area="reward", title="表扬", kind="reward")
    for person, kind, amount, rest, when, voided in (
        (shop.technician, "fine", 500, 0, at(3), None),
        (shop.technician, "fine", 0, 1, at(9), None),
        (shop.clerk, "fine", 2000, 0, at(12), None),
        (shop.clerk, "reward", 5000, 0, at(13), None),
        (shop.clerk, "fine", 9999, 0, at(14), at(15)),
        (shop.clerk, "fine", 8888, 0, at(1, month=4), None),
    ):
        ConductEntry.create(number=_no("JF"), staff=person, rule=reward_rule if kind == "reward" else rule,
                            kind=kind, occurred_at=when, amount_fen=amount, rest_half_days=rest,
                            recorded_by=shop.supervisor, recorded_at=when, voided_at=voided,
                            void_reason="记错" if voided else "")
    e.fines_fen, e.rewards_fen = 2500, 5000

    # survey cards: two answered in March, one unanswered, one answered in April
    for service_call, answered, ratings in ((c1, at(10), (4, 4, 3, 2)), (c3, at(11), (3, None, 4, 4)),
                                             (c2, None, (None,) * 4), (feb, at(2, month=4), (1, 1, 1, 1))):
        SurveyCard.create(number=_no("DC"), call=service_call, technician=shop.technician, due_on=dt.date(2026, 3, 1),
                          answered_at=answered, attitude=ratings[0], skill=ratings[1], arrival=ratings[2],
                          promise=ratings[3], comments="=cmd|' /C calc'!A0")
    e.survey_cards = 3  # cards of the calls closed in March: c1, c3 and the February call (closed 1 March)
    return e


def _card(shop: Shop, service_call: ServiceCall, customer, product, returned: dt.datetime, labour: int,
          needs_quote: bool = True) -> RepairCard:
    receipt = GoodsReceipt.create(number=_no("SJ"), call=service_call, customer=customer, product=product,
                                  received_at=at(2), promised_on=dt.date(2026, 3, 9), status="returned",
                                  created_by=shop.clerk)
    card = RepairCard.create(number=_no("XH"), call=service_call, receipt=receipt, technician=shop.technician,
                             status="returned", promised_on=dt.date(2026, 3, 9), returned_at=returned,
                             needs_quote=needs_quote, created_at=at(2), created_by=shop.clerk)
    if needs_quote:  # the agreed labour on the card's bill
        line(shop, service_call, "labour", labour, card=card)
    return card
