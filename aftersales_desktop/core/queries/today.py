"""The Today page's numbers: each one a count that opens its list."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass

from aftersales_desktop.core import clock
from aftersales_desktop.core.models import (
    Complaint,
    Contract,
    GoodsRegisterEntry,
    Part,
    ServiceCall,
    Stocktake,
    SurveyCard,
)
from aftersales_desktop.core.queries.opinion import notice_window_end
from aftersales_desktop.core.queries.standards import month_arrivals

UNFINISHED_REPAIRS = ("received", "quoted", "approved", "in_repair", "waiting_parts", "repaired")
OPEN_CALL_STATUSES = ("registered", "dispatched", "visited", "in_shop", "done")


@dataclass(frozen=True)
class TodayCounts:
    open_calls: int
    not_dispatched: int
    due_today: int
    overdue: int
    goods_in_shop: int
    goods_past_promise: int
    low_stock: int
    contracts_expiring: int
    complaints_open: int
    surveys_outstanding: int
    late_this_month: int = 0  # calls received this month whose first arrival was after the deadline
    on_time_rate: float | None = None  # share of this month's arrivals on time (None: nobody arrived yet)
    stocktake_due: bool = False  # no stocktake posted for this month yet (每月盘点)


def today_counts(now: dt.datetime | None = None) -> TodayCounts:
    now = now or clock.now()
    end_of_day = dt.datetime.combine(now.date(), dt.time(23, 59, 59))
    open_calls = ServiceCall.select().where(ServiceCall.status.in_(OPEN_CALL_STATUSES))
    waiting = open_calls.where(ServiceCall.status == "registered")
    arriving = open_calls.where(ServiceCall.status.in_(("registered", "dispatched")))  # nobody on site yet
    in_shop = GoodsRegisterEntry.select().where(GoodsRegisterEntry.out_at.is_null())
    arrivals = month_arrivals(now.date())
    return TodayCounts(
        open_calls=open_calls.count(),
        not_dispatched=waiting.count(),
        due_today=arriving.where(ServiceCall.deadline_at.between(now, end_of_day)).count(),
        overdue=arriving.where(ServiceCall.deadline_at < now).count(),
        goods_in_shop=in_shop.count(),
        goods_past_promise=in_shop.join_from(GoodsRegisterEntry, GoodsRegisterEntry.receipt.rel_model)
        .where(GoodsRegisterEntry.receipt.rel_model.promised_on < now.date())
        .join_from(GoodsRegisterEntry, GoodsRegisterEntry.repair_card.rel_model)
        .where(GoodsRegisterEntry.repair_card.rel_model.status.in_(UNFINISHED_REPAIRS))  # finished = not late
        .count(),
        low_stock=Part.select().where(Part.active & (Part.qty_on_hand < Part.min_qty)).count(),
        contracts_expiring=Contract.select()
        .where((Contract.status == "active") & Contract.end.between(now.date(), notice_window_end(now.date())))
        .count(),
        complaints_open=Complaint.select().where(Complaint.status != "closed").count(),
        surveys_outstanding=SurveyCard.select()
        .where(SurveyCard.answered_at.is_null() & (SurveyCard.due_on <= now.date()))
        .count(),
        late_this_month=arrivals.late,
        stocktake_due=not Stocktake.select()
        .where((Stocktake.period == now.strftime("%Y-%m")) & (Stocktake.status == "posted"))
        .exists(),
        on_time_rate=arrivals.on_time_rate,
    )
