"""Holiday lines: blocks, make-up workdays, mistakes reported per line, and back to text."""

from __future__ import annotations

import datetime as dt

from aftersales_desktop.core.queries.holiday_text import format_holidays, parse_holidays

TEXT = """# 2026 年放假安排
2026-01-01 元旦
2026年2月15日 至 2月23日 春节
2026-02-14 调休上班
2026-10-01..2026-10-08 国庆节
2026/09/27 补班
"""


def test_parses_blocks_and_workdays():
    result = parse_holidays(TEXT, 2026)
    assert result.errors == []
    assert result.holiday_count == 1 + 9 + 8
    assert result.workday_count == 2
    days = dict((d, (k, n)) for d, k, n in result.days)
    assert days[dt.date(2026, 2, 20)] == ("holiday", "春节")
    assert days[dt.date(2026, 9, 27)] == ("workday", "补班")
    assert [d for d, _k, _n in result.days] == sorted(d for d, _k, _n in result.days)


def test_reports_each_bad_line():
    result = parse_holidays("2026-02-30 x\nhello\n2025-05-01 劳动节\n2026-05-05..2026-05-01 y\n2026-01-01 a\n2026-01-01 b", 2026)
    assert len(result.errors) == 5
    assert [str(e)[:5] for e in result.errors] == ["第 1 行", "第 2 行", "第 3 行", "第 4 行", "第 6 行"]
    assert len(result.days) == 1


def test_round_trip_through_text():
    result = parse_holidays(TEXT, 2026)
    again = parse_holidays(format_holidays(result.days), 2026)
    assert again.days == result.days
    assert "2026-10-01..2026-10-08 国庆节" in format_holidays(result.days)
