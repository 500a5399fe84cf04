"""China's public holidays and make-up working days (调休), for the demo shop's calendar.

2023–2026 are the State Council's published arrangements. Other years use an approximation: fixed-date
holidays plus a Spring Festival week around a known lunar new year date, without make-up days.
"""

from __future__ import annotations

import datetime as dt

_D = dt.date


def _span(name: str, first: dt.date, days: int) -> list[tuple[dt.date, str, str]]:
    return [(first + dt.timedelta(days=i), "holiday", name) for i in range(days)]


def _work(name: str, *days: dt.date) -> list[tuple[dt.date, str, str]]:
    return [(d, "workday", f"{name}调休上班") for d in days]


PUBLISHED: dict[int, list[tuple[dt.date, str, str]]] = {
    2023: _span("元旦", _D(2023, 1, 1), 2) + _span("春节", _D(2023, 1, 21), 7) + _work("春节", _D(2023, 1, 28), _D(2023, 1, 29))
    + _span("清明节", _D(2023, 4, 5), 1) + _span("劳动节", _D(2023, 4, 29), 5) + _work("劳动节", _D(2023, 4, 23), _D(2023, 5, 6))
    + _span("端午节", _D(2023, 6, 22), 3) + _work("端午节", _D(2023, 6, 25))
    + _span("中秋国庆", _D(2023, 9, 29), 8) + _work("国庆节", _D(2023, 10, 7), _D(2023, 10, 8)),
    2024: _span("元旦", _D(2024, 1, 1), 1) + _span("春节", _D(2024, 2, 10), 8) + _work("春节", _D(2024, 2, 4), _D(2024, 2, 18))
    + _span("清明节", _D(2024, 4, 4), 3) + _work("清明节", _D(2024, 4, 7))
    + _span("劳动节", _D(2024, 5, 1), 5) + _work("劳动节", _D(2024, 4, 28), _D(2024, 5, 11))
    + _span("端午节", _D(2024, 6, 10), 1) + _span("中秋节", _D(2024, 9, 15), 3) + _work("中秋节", _D(2024, 9, 14))
    + _span("国庆节", _D(2024, 10, 1), 7) + _work("国庆节", _D(2024, 9, 29), _D(2024, 10, 12)),
    2025: _span("元旦", _D(2025, 1, 1), 1) + _span("春节", _D(2025, 1, 28), 8) + _work("春节", _D(2025, 1, 26), _D(2025, 2, 8))
    + _span("清明节", _D(2025, 4, 4), 3) + _span("劳动节", _D(2025, 5, 1), 5) + _work("劳动节", _D(2025, 4, 27))
    + _span("端午节", _D(2025, 5, 31), 3) + _span("国庆中秋", _D(2025, 10, 1), 8)
    + _work("国庆节", _D(2025, 9, 28), _D(2025, 10, 11)),
    2026: _span("元旦", _D(2026, 1, 1), 3) + _work("元旦", _D(2026, 1, 4))
    + _span("春节", _D(2026, 2, 15), 9) + _work("春节", _D(2026, 2, 14), _D(2026, 2, 28))
    + _span("清明节", _D(2026, 4, 4), 3) + _span("劳动节", _D(2026, 5, 1), 5) + _work("劳动节", _D(2026, 5, 9))
    + _span("端午节", _D(2026, 6, 19), 3) + _span("中秋节", _D(2026, 9, 25), 3)
    + _span("国庆节", _D(2026, 10, 1), 7) + _work("国庆节", _D(2026, 9, 20), _D(2026, 10, 10)),
}  # fmt: skip

# Lunar new year's day (正月初一) for the years without a published table here.
_NEW_YEAR = {
    2014: _D(2014, 1, 31), 2015: _D(2015, 2, 19), 2016: _D(2016, 2, 8), 2017: _D(2017, 1, 28),
    2018: _D(2018, 2, 16), 2019: _D(2019, 2, 5), 2020: _D(2020, 1, 25), 2021: _D(2021, 2, 12),
    2022: _D(2022, 2, 1), 2027: _D(2027, 2, 6), 2028: _D(2028, 1, 26), 2029: _D(2029, 2, 13),
    2030: _D(2030, 2, 3),
}  # fmt: skip


def china_calendar(year: int) -> list[tuple[dt.date, str, str]]:
    """(day, 'holiday'|'workday', name) for `year`: published where known, approximated otherwise."""
    if year in PUBLISHED:
        return list(PUBLISHED[year])
    days = _span("元旦", _D(year, 1, 1), 1) + _span("清明节", _D(year, 4, 5), 1) + _span("劳动节", _D(year, 5, 1), 3)
    days += _span("国庆节", _D(year, 10, 1), 7)
    new_year = _NEW_YEAR.get(year, _D(year, 2, 1))
    days += [d for d in _span("春节", new_year - dt.timedelta(days=1), 7) if d[0].year == year]
    return list({d[0]: d for d in reversed(days)}.values())[::-1]  # one entry a day, the first listed wins
