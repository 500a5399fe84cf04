"""The Reports page's charts for one month: the same figures as the accountant's workbook, read through the same
month queries (month_calls, month_hours, month_surveys, month_parts_moves), so a chart and its sheet agree."""

from __future__ import annotations

from dataclasses import dataclass

from aftersales_desktop.core.queries import month_calls, month_hours, month_parts_moves, month_surveys
from aftersales_desktop.core.queries.month_common import Month


@dataclass(frozen=True)
class Bar:
    key: str  # a vocabulary code or a person's name
    value: float  # count, fen, minutes or a score, as the chart says
    detail: str = ""  # a second figure for the table beside the chart (e.g. the number of cards)


@dataclass(frozen=True)
class MonthCharts:
    month: Month
    calls_by_kind: list[Bar]  # calls received, per CALL_KIND
    fees_by_kind: list[Bar]  # fen: what the month's bills are worth, per kind
    hours_by_person: list[Bar]  # minutes of each technician's time log and visits
    scores_by_person: list[Bar]  # overall survey score 1..4; detail = answered cards
    parts_by_move: list[Bar]  # fen, signed: + into stock, - out of it, per STOCK_MOVE
    parts_in_fen: int
    parts_out_fen: int  # a positive amount


def month_charts(month: Month) -> MonthCharts:
    """Every series of the Reports charts for `month` (each one query, or a few, over the month's range)."""
    by_kind = month_calls.totals_by_kind(month)
    moves = month_parts_moves.totals_by_kind(month)
    return MonthCharts(
        month=month,
        calls_by_kind=[Bar(t.kind, t.count) for t in by_kind],
        fees_by_kind=[Bar(t.kind, t.fee_fen) for t in by_kind],
        hours_by_person=[Bar(p.name, p.total_minutes) for p in month_hours.rows(month)],
        scores_by_person=[Bar(s.name, s.overall, str(s.cards)) for s in month_surveys.rows(month)],
        parts_by_move=[Bar(m.kind, m.value_fen, str(m.count)) for m in moves],
        parts_in_fen=sum(m.value_fen for m in moves if m.value_fen > 0),
        parts_out_fen=-sum(m.value_fen for m in moves if m.value_fen < 0),
    )
