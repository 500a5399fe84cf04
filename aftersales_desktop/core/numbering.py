"""Paper numbers (call, voucher, receipt, repair card …): gapless per kind and year.

The number is taken inside the caller's write transaction, so a rolled-back save also gives its number
back and the sequence has no holes. A mistake on paper is voided, never deleted, so its number stays used.
"""

from __future__ import annotations

import datetime as dt

from aftersales_desktop.core.db import database
from aftersales_desktop.core.errors import BugError

PREFIXES = {
    "call": "JX",  # 叫修
    "voucher": "PZ",  # 服务凭证
    "receipt": "SJ",  # 领取收据
    "repair_card": "XH",  # 修护卡
    "claim": "SP",  # 索赔订货
    "deposit": "YJ",  # 押金收据
    "refund": "TK",  # 退款收据
    "contract": "BY",  # 保养合同
    "conduct": "JC",  # 奖惩
    "complaint": "TS",  # 投诉
    "survey": "DC",  # 调查卡
    "stocktake": "PD",  # 盘点
}


def next_number(kind: str, on: dt.date | dt.datetime) -> str:
    """Hand out the next number of `kind` for the year of `on`, e.g. 'JX2026-00042'."""
    if kind not in PREFIXES:
        raise BugError(f"unknown number kind {kind!r}")
    if not database.in_transaction():
        raise BugError("next_number must run inside the write transaction that uses the number")
    year = on.year
    database.execute_sql(
        "INSERT INTO number_sequence (kind, year, last) VALUES (?, ?, 0) ON CONFLICT(kind, year) DO NOTHING",
        (kind, year),
    )
    row = database.execute_sql(
        "UPDATE number_sequence SET last = last + 1 WHERE kind = ? AND year = ? RETURNING last", (kind, year)
    ).fetchone()
    return format_number(kind, year, int(row[0]))


def format_number(kind: str, year: int, serial: int) -> str:
    return f"{PREFIXES[kind]}{year}-{serial:05d}"
