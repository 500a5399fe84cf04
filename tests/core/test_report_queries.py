"""The Reports area's figures (a month's totals per kind of call and technician hours, a quarter's faults) are
what their definitions say, worked out here row by row in Python, on both engines; and on SQLite each statement
reads index ranges of the month (quarter), never a whole table."""

from __future__ import annotations

import datetime as dt
from collections import defaultdict

import pytest

from aftersales_desktop.core import clock
from aftersales_desktop.core.db import database, open_database
from aftersales_desktop.core.models import BillLine, RepairCard, ServiceCall, TimeEntry, Visit
from aftersales_desktop.core.queries import month_calls, month_hours
from aftersales_desktop.core.queries.month_common import Month
from aftersales_desktop.core.queries.quarter_faults import FaultRow, PartUse, Quarter, quarter_faults
from aftersales_desktop.core.services import repairs, worklog
from aftersales_desktop.core.services.call_visits import void_call
from aftersales_desktop.core.services.calls import register_call
from aftersales_desktop.core.services.parts import create_part
from aftersales_desktop.core.services.stock import receive
from aftersales_desktop.core.sql import seconds_between
from tests.factories import make_customer, visited_call

# ---- the definitions, row by row -------------------------------------------------------------------------


def _calls(start: dt.datetime, end: dt.datetime) -> list[ServiceCall]:
    return [c for c in ServiceCall.select() if start <= c.received_at < end and c.status != "void"]


def expected_totals(month: Month) -> dict[str, tuple]:
    """Per kind: calls, visits, labour, travel, parts, other, discount, charged, parts cost, collected."""
    out: dict[str, list[int]] = defaultdict(lambda: [0] * 10)
    for call in _calls(month.start, month.end):
        row = out[call.kind]
        visits = list(Visit.select().where(Visit.call == call.id))
        lines = [b for b in BillLine.select().where(BillLine.call == call.id) if not b.repair_card_id]
        by_kind = {k: sum(b.amount_fen for b in lines if b.kind == k) for k in ("labour", "travel", "part", "other",
                                                                                 "discount")}  # fmt: skip
        total = sum(b.amount_fen for b in lines)
        for i, value in enumerate((1, len(visits), by_kind["labour"], by_kind["travel"], by_kind["part"],
                                   by_kind["other"], by_kind["discount"], total if call.kind == "paid" else 0,
                                   sum(b.cost_fen for b in lines if b.kind == "part"),
                                   sum(v.collected_fen for v in visits))):  # fmt: skip
            row[i] += value
    return {kind: tuple(values) for kind, values in out.items()}


def expected_hours(month: Month) -> dict[str, tuple[dict[str, int], int]]:
    """Per technician: minutes per kind of work, and the minutes of visits among them."""
    out: dict[str, tuple[dict[str, int], list[int]]] = {}
    for entry in TimeEntry.select():
        if month.start <= entry.started_at < month.end and entry.ended_at is not None:
            kinds, _ = out.setdefault(entry.technician.name, ({}, [0]))
            kinds[entry.kind] = kinds.get(entry.kind, 0) + entry.minutes
    for visit in Visit.select():
        if month.start <= visit.arrived_at < month.end and visit.finished_at is not None:
            seconds = int((visit.finished_at.replace(microsecond=0) - visit.arrived_at.replace(microsecond=0))
                          .total_seconds())  # fmt: skip
            if seconds > 0:
                minutes = round(seconds / 60)  # half to even, as the daily reports
                kinds, visit_minutes = out.setdefault(visit.technician.name, ({}, [0]))
                kinds[visit.call.kind] = kinds.get(visit.call.kind, 0) + minutes
                visit_minutes[0] += minutes
    return {name: (kinds, minutes[0]) for name, (kinds, minutes) in out.items()}


def expected_faults(quarter: Quarter) -> tuple[list[FaultRow], list[PartUse]]:
    rows: dict[tuple[str, str, str], FaultRow] = {}
    uses: dict[tuple[str, str], list[int]] = defaultdict(lambda: [0, 0])
    for call in _calls(quarter.start, quarter.end):
        lines = [b for b in BillLine.select().where(BillLine.call == call.id) if b.kind == "part"]
        for line in lines:
            if line.part_issue_id is not None:
                use = uses[(line.part_issue.part.code, line.part_issue.part.name)]
                use[0] += line.qty
                use[1] += line.cost_fen
        if call.product_id is None:
            continue
        key = (call.product.name, call.product.model, call.problem)
        row = rows.setdefault(key, FaultRow(*key))
        row.calls += 1
        row.repeats += call.repeat_of_id is not None
        row.repairs += RepairCard.select().where(RepairCard.call == call.id).count()
        row.parts_qty += sum(b.qty for b in lines)
        row.parts_cost_fen += sum(b.cost_fen for b in lines)
    ordered = sorted(rows.values(), key=lambda r: (-r.calls, -r.repeats, r.product, r.model, r.fault))
    used = sorted((PartUse(code, name, qty, cost) for (code, name), (qty, cost) in uses.items()),
                  key=lambda u: (-u.qty, -u.cost_fen, u.code))  # fmt: skip
    return ordered, used


def check_month(month: Month) -> None:
    found = {t.kind: (t.count, t.visits, t.labour_fen, t.travel_fen, t.parts_fen, t.other_fen, t.discount_fen,
                      t.charged_fen, t.parts_cost_fen, t.collected_fen)
             for t in month_calls.totals_by_kind(month)}  # fmt: skip
    expected = expected_totals(month)
    assert {k: v for k, v in found.items() if any(v)} == expected, month
    hours = {p.name: (p.minutes_by_kind, p.visit_minutes) for p in month_hours.rows(month)}
    assert hours == expected_hours(month), month


def check_quarter(quarter: Quarter) -> None:
    report = quarter_faults(quarter)
    assert (report.rows, report.parts) == expected_faults(quarter), quarter


# ---- a small shop, on both engines ------------------------------------------------------------------------


def _call(shop, product, when: dt.datetime, problem: str, **how):
    return visited_call(shop, product, when, problem, paid_labour_fen=3000, **how)


@pytest.fixture
def reports_shop(shop):
    """A quarter of calls: paid and in-warranty, a repeat, a card taken back, part lines, a voided call, general
    work; visits of 30 min, 1.5 and 2.5 min (rounded half to even) and one of no length."""
    clock.set_now(dt.datetime(2026, 1, 5, 9, 0))
    capacitor = create_part(shop.storekeeper, code="KT-02", name="启动电容", price_fen=4500)
    receive(shop.storekeeper, capacitor.id, 20, 2500, "格力配件中心")
    _, paid = make_customer(shop.clerk, phone="13900000001", warranty_end=dt.date(2025, 1, 1))
    _, free = make_customer(shop.clerk, phone="13900000002", model="KFR-26GW", warranty_end=dt.date(2027, 1, 1))
    _call(shop, paid, dt.datetime(2026, 1, 6, 9, 0), "不制冷", part=capacitor)
    _call(shop, paid, dt.datetime(2026, 1, 20, 9, 0), "不制冷", minutes=1.5)  # a repeat
    _call(shop, free, dt.datetime(2026, 1, 21, 9, 0), "不制冷", minutes=2.5, part=capacitor)
    _call(shop, free, dt.datetime(2026, 1, 22, 9, 0), "漏水", minutes=0)
    taken = _call(shop, free, dt.datetime(2026, 2, 2, 9, 0), "外机噪音大", result="taken_back")
    clock.set_now(dt.datetime(2026, 2, 2, 14, 0))
    repairs.receive_goods(shop.clerk, taken.id, promised_on=dt.date(2026, 2, 6), stated_fault="外机噪音大")
    _call(shop, None, dt.datetime(2026, 1, 23, 9, 0), "巡检", part=capacitor)  # general work: no product
    clock.set_now(dt.datetime(2026, 1, 26, 9, 0))
    voided = register_call(shop.clerk, received_at=clock.now(), channel="phone", problem="不制冷", area="city",
                           customer_id=paid.customer_id, product_id=paid.id)  # fmt: skip
    void_call(shop.supervisor, voided.id, "重复登记")
    clock.set_now(dt.datetime(2026, 1, 27, 17, 0))
    worklog.record_general_work(shop.technician, started_at=dt.datetime(2026, 1, 27, 14, 0), minutes=45,
                                note="工具保养")  # fmt: skip
    clock.set_now(dt.datetime(2026, 4, 10, 10, 0))
    return shop


def test_month_totals_hours_and_quarter_faults_follow_their_definitions(reports_shop):
    january, quarter = Month(2026, 1), Quarter(2026, 1)
    check_month(january)
    check_month(Month(2026, 2))
    check_quarter(quarter)
    by_kind = {t.kind: t for t in month_calls.totals_by_kind(january)}
    assert by_kind["paid"].count == 2 and by_kind["paid"].charged_fen > 0 and by_kind["free"].count == 2
    hours = {p.name: p for p in month_hours.rows(january)}[reports_shop.technician.name]
    assert hours.visit_minutes == 30 + 2 + 2 + 30  # 1.5 min counts 2, 2.5 min counts 2, no length nothing
    report = quarter_faults(quarter)
    assert [(r.model, r.fault, r.calls, r.repeats, r.repairs) for r in report.rows][:1] == [
        ("KFR-35GW/BP3", "不制冷", 2, 1, 0)]
    assert [(u.code, u.qty) for u in report.parts] == [("KT-02", 6)]  # the general call's parts are used too


# ---- the demo shop and the plans (SQLite) -----------------------------------------------------------------


@pytest.fixture
def demo(demo_database):
    open_database(demo_database)


def test_the_demo_months_and_quarter_follow_the_definitions(demo):
    for month in (Month(2026, 2), Month(2026, 3)):
        check_month(month)
    check_quarter(Quarter(2026, 1))


def _plan(sql: str, params: tuple) -> str:
    return "\n".join(str(row[3]) for row in database.execute_sql("EXPLAIN QUERY PLAN " + sql, params))


def test_the_reports_statements_read_ranges_of_the_period_not_whole_tables(demo):
    """SQLite has no statistics of the file: each statement's plan is what the schema and the text allow. Before,
    the month's totals walked every call through the (kind, received_at) index, the hours read every visit ever
    made; the quarter's calls and their part lines are read once (not in each of four and two statements)."""
    month, quarter = Month(2026, 3), Quarter(2026, 1)
    totals = _plan(month_calls._TOTALS_SQL, month.range)
    assert "SCAN c" not in totals and "kind_received_at" not in totals, totals
    assert "SEARCH c USING INDEX service_call_received_at (received_at>? AND received_at<?)" in totals, totals
    hours = _plan(month_hours._SQL.format(secs=seconds_between("v.arrived_at", "v.finished_at")), month.range * 2)
    assert "SEARCH v USING INDEX visit_arrived_at (arrived_at>? AND arrived_at<?)" in hours, hours
    assert "SCAN v" not in hours, hours
    from aftersales_desktop.core.queries import quarter_faults as module

    bounds = (f"{quarter.start:%Y-%m-%d %H:%M:%S}", f"{quarter.end:%Y-%m-%d %H:%M:%S}")
    faults = _plan(module._FAULTS_SQL, bounds)
    assert faults.count("SEARCH c USING INDEX service_call_received_at (received_at>? AND received_at<?)") == 1, faults
    assert faults.count("SEARCH b USING INDEX bill_line_call_id (call_id=?)") == 1, faults  # the part lines, once
    scanned = {line.split()[1] for line in faults.splitlines() if line.startswith("SCAN ")}
    assert scanned <= {"q", "lines", "f"}, faults  # only what the statement made itself


def test_migration_16_gives_an_older_database_the_visit_arrival_index(db):
    """On both engines: a database of schema 15 (visits without an index of their arrival, which the month's hours
    read a range of) gets the index a new one is made with."""
    from aftersales_desktop.core.migrations import MIGRATIONS

    def indexes() -> dict[str, list[str]]:
        return {i.name: list(i.columns) for i in database.get_indexes("visit")}

    new = indexes()
    database.execute_sql('DROP INDEX "visit_arrived_at"')
    assert "visit_arrived_at" not in indexes()
    MIGRATIONS[16](database)
    assert indexes() == new and new["visit_arrived_at"] == ["arrived_at"]
