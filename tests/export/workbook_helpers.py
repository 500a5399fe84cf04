"""Reading the monthly workbook back for tests: sheets as rows, data rows apart from totals rows."""

from __future__ import annotations

from pathlib import Path

import openpyxl

from aftersales_desktop.export.excel.labels import TOTAL


def load(path: Path) -> openpyxl.Workbook:
    return openpyxl.load_workbook(path)


def split(ws) -> tuple[list[str], list[tuple], list[tuple]]:
    """(headers, data rows, totals rows) of a sheet; totals rows start with the word for Total."""
    rows = list(ws.iter_rows(values_only=True))
    total = (TOTAL.zh, TOTAL.en)
    data = [r for r in rows[1:] if not (isinstance(r[0], str) and r[0].startswith(total))]
    totals = [r for r in rows[1:] if isinstance(r[0], str) and r[0].startswith(total)]
    return list(rows[0]), data, totals


def fen(value) -> int:
    """A 元 cell back to fen (exact: two decimals)."""
    return round((value or 0) * 100)


def column(headers: list[str], name: str) -> int:
    return headers.index(name)


def summary(ws) -> dict[tuple[str, str], tuple]:
    """(section, item) -> (count, amount in fen, minutes) from the Summary sheet."""
    out = {}
    for section, item, count, amount, hours in list(ws.iter_rows(values_only=True))[1:]:
        out[(section, item)] = (count, None if amount is None else fen(amount),
                                None if hours is None else round(hours * 60))
    return out
