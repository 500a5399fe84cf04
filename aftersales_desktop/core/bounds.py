"""How big any input may be: text that fits its paper, money and quantities a shop can have, characters that
can be stored and printed. Services check their own inputs with `check_fen` / `check_qty` (a sentence naming
the amount); `check_record` is the last guard every saved record passes (core/models/base.py), so no field
anywhere takes more text than its paper holds, whatever service wrote it.
"""

from __future__ import annotations

import re
from typing import Any

from aftersales_desktop.core.errors import ValidationError
from aftersales_desktop.core.i18n import T

MAX_FEN = 1_000_000_000  # ¥10,000,000.00: more than any amount at a service counter
MAX_QTY = 1_000_000  # pieces of one part, minutes of one job …
MAX_STORED_FEN = MAX_QTY * MAX_FEN  # computed amounts (quantity × cost) stay within it, and below 2^53
MAX_STORED_INT = 2**53  # any other stored number (ids, counts): exact in every engine and in a spreadsheet

FIRST_YEAR, LAST_YEAR = 1900, 2999  # dates a shop's records can carry; beyond them date arithmetic overflows

LONG_TEXT = 2000  # a problem, a description, a diagnosis: two pages of a voucher at most
LONG_LINES = 60
TEXT = 1000  # notes and reasons
TEXT_LINES = 30
LONG_FIELDS = {"problem", "description", "diagnosis", "work_done", "coverage", "stated_fault", "comments", "outcome",
               "fits_models", "warning", "follow_up_note", "result", "kind_reason"}

# Control characters other than tab and line breaks cannot be printed or put into a spreadsheet; a lone
# surrogate (half of an emoji pasted badly) cannot even be stored.
_BAD_CHARS = re.compile(r"[\x00-\x08\x0b\x0c\x0e-\x1f\x7f\ud800-\udfff]")

LABELS: dict[str, tuple[str, str]] = {
    "name": ("名称", "name"), "address": ("地址", "address"), "phone": ("电话", "phone"), "phone2": ("备用电话", "second phone"),
    "note": ("备注", "note"), "model": ("型号", "model"), "serial": ("机身编号", "serial number"),
    "problem": ("故障情况", "problem"), "kind_reason": ("改类别的原因", "reason for the kind"),
    "void_reason": ("作废原因", "reason for voiding"), "work_done": ("处理情况", "work done"),
    "diagnosis": ("诊断", "diagnosis"), "stated_fault": ("客户所述故障", "stated fault"),
    "accessories": ("随机附件", "accessories"), "condition": ("外观情况", "condition"),
    "id_details": ("证件信息", "ID details"), "out_to": ("取件人", "person collecting"),
    "accepted_by_name": ("同意报价的客户", "customer who accepted"), "description": ("内容", "description"),
    "coverage": ("保养范围", "coverage"), "comments": ("客户意见", "comments"), "outcome": ("处理结果", "outcome"),
    "follow_up_note": ("跟进记录", "follow-up note"), "result": ("结果", "result"), "reason": ("原因", "reason"),
    "reference": ("单号", "order number"), "code": ("编码", "code"), "title": ("条款内容", "rule text"),
    "source": ("出处", "source"), "fits_models": ("适用机型", "models it fits"), "unit": ("单位", "unit"),
    "bin_location": ("库位", "bin"), "supplier": ("供应商", "supplier"), "chosen_supplier": ("供应商", "supplier"),
    "department": ("领用部门", "department"), "override_reason": ("未选最低价的原因", "reason for the choice"),
    "part_description": ("所订备件", "part ordered"), "location": ("存放位置", "location"),
    "warning": ("警告", "warning"), "key": ("设置项", "setting"), "period": ("期间", "period"),
    "amount_fen": ("金额", "amount"), "price_fen": ("售价", "price"), "cost_fen": ("成本", "cost"),
    "unit_cost_fen": ("进价", "unit cost"), "unit_price_fen": ("单价", "unit price"), "fee_fen": ("费用", "fee"),
    "labour_fen": ("工时费", "labour"), "travel_fen": ("交通费", "travel"), "parts_fen": ("材料费", "parts"),
    "collected_fen": ("已收金额", "amount collected"), "deposit_fen": ("押金", "deposit"), "qty": ("数量", "quantity"),
    "min_qty": ("最低库存", "minimum stock"), "minutes": ("分钟数", "minutes"), "value_fen": ("金额", "value"),
    "received_at": ("叫修时间", "time of the call"), "arrived_at": ("到达时间", "arrival time"),
    "finished_at": ("完工时间", "finish time"), "occurred_at": ("发生时间", "time it happened"),
    "started_at": ("开始时间", "start time"), "ended_at": ("结束时间", "end time"), "due_at": ("归还时间", "due time"),
    "start": ("开始日期", "start date"), "end": ("结束日期", "end date"), "closed_on": ("结案日期", "day closed"),
    "promised_on": ("答应交还日期", "promised date"), "signed_on": ("签字日期", "signature date"),
    "left_on": ("离职日期", "day of leaving"), "due_on": ("到期日", "due date"), "on": ("日期", "date"),
    "purchase_date": ("购买日期", "purchase date"), "warranty_end": ("保修截止日期", "warranty end"),
    "year": ("年份", "year"), "day": ("日期", "day"), "shop_name": ("店名", "shop name"),
    "shop_address": ("店址", "shop address"), "shop_phone": ("店的电话", "shop phone"), "shop_terms": ("条款", "terms"),
}


def label(field: str) -> tuple[str, str]:
    """The field's name in words (Chinese, English), for a sentence about it."""
    return LABELS.get(field, (field, field.replace("_", " ")))


def text_limit(field_name: str, max_length: int | None) -> tuple[int, int | None]:
    """(characters, lines) a text field may hold: a short field its column size, long text two pages."""
    if max_length:
        return max_length, None
    if field_name in LONG_FIELDS:
        return LONG_TEXT, LONG_LINES
    return TEXT, TEXT_LINES


def check_text(value: str, field: str, max_chars: int, max_lines: int | None = None) -> str:
    """`value` if it fits (length, lines, characters that can be stored); a sentence naming the field if not."""
    if len(value) <= max_chars and not _BAD_CHARS.search(value) and (
            max_lines is None or value.count("\n") < max_lines):
        return value  # what nearly every save holds: no sentence to prepare
    zh, en = label(field)
    if _BAD_CHARS.search(value):
        raise ValidationError(
            T("“{z}”里有无法保存或打印的字符(控制字符或残缺的表情符号),请删去后再试。",
              "The {e} contains a character that cannot be stored or printed (a control character or a broken "
              "emoji); remove it and try again.", z=zh, e=en), field)
    if len(value) > max_chars:
        raise ValidationError(
            T("“{z}”最多 {n} 个字,现在有 {m} 个。", "The {e} is at most {n} characters; it has {m}.",
              z=zh, e=en, n=max_chars, m=len(value)), field)
    if max_lines is not None and value.count("\n") >= max_lines:
        raise ValidationError(
            T("“{z}”最多 {n} 行。", "The {e} is at most {n} lines.", z=zh, e=en, n=max_lines), field)
    return value


def check_fen(value: Any, field: str, *, allow_zero: bool = True, allow_negative: bool = False) -> int:
    """An amount of money in fen a counter can take: a whole number up to ¥10,000,000.00."""
    zh, en = label(field)
    if not isinstance(value, int) or isinstance(value, bool):
        raise ValidationError(T("请填写{z}。", "Enter the {e}.", z=zh, e=en), field)
    low = -MAX_FEN if allow_negative else (0 if allow_zero else 1)
    if value < low:
        raise ValidationError(
            T("{z}必须大于 0。", "The {e} must be more than 0.", z=zh, e=en) if low == 1 else
            T("{z}不能为负数。", "The {e} cannot be negative.", z=zh, e=en), field)
    if value > MAX_FEN:
        raise ValidationError(
            T("{z}不能超过 ¥10,000,000.00。", "The {e} cannot be more than ¥10,000,000.00.", z=zh, e=en), field)
    return value


def check_qty(value: Any, field: str = "qty", *, allow_zero: bool = False) -> int:
    """A count (pieces, minutes): a whole number from 1 (or 0) up to MAX_QTY."""
    zh, en = label(field)
    low = 0 if allow_zero else 1
    if not isinstance(value, int) or isinstance(value, bool) or value < low:
        raise ValidationError(
            T("{z}应为 {l} 或以上的整数。", "The {e} must be a whole number of {l} or more.", z=zh, e=en, l=low), field)
    if value > MAX_QTY:
        raise ValidationError(
            T("{z}不能超过 {n}。", "The {e} cannot be more than {n}.", z=zh, e=en, n=f"{MAX_QTY:,}"), field)
    return value


def check_day(value: Any, field: str) -> Any:
    """A date (or date and time) within FIRST_YEAR … LAST_YEAR; the value itself is returned."""
    import datetime as dt

    zh, en = label(field)
    if not isinstance(value, dt.date):
        raise ValidationError(T("请填写{z}。", "Enter the {e}.", z=zh, e=en), field)
    if not FIRST_YEAR <= value.year <= LAST_YEAR:
        raise ValidationError(
            T("{z}的年份应在 {a} 到 {b} 之间。", "The {e} must be in the years {a} to {b}.", z=zh, e=en, a=FIRST_YEAR,
              b=LAST_YEAR), field)
    return value


def check_record(record: Any, fields: list[Any]) -> None:
    """The last guard before a record is written: every text within its limit, every number storable."""
    for field in fields:
        value = record.__data__.get(field.name)
        if value is None:
            continue
        key = (field.model, field.name)  # not the field itself: a field's == builds an SQL expression
        guard = _GUARDS.get(key)
        if guard is None:
            guard = _GUARDS[key] = _guard(field)
        kind, first, second = guard
        if kind == "text" and isinstance(value, str):
            check_text(value, field.name, first, second)
        elif kind == "number" and isinstance(value, int) and not isinstance(value, bool) and abs(value) > first:
            zh, en = label(field.name)
            raise ValidationError(T("{z}超出范围。", "The {e} is out of range.", z=zh, e=en), field.name)


_GUARDS: dict[Any, tuple[str, Any, Any]] = {}  # per field, worked out once: every save of every record asks


def _guard(field: Any) -> tuple[str, Any, Any]:
    import peewee

    from aftersales_desktop.core.models.base import JSONField, MoneyField

    if isinstance(field, JSONField):
        return "none", None, None
    if isinstance(field, peewee.CharField | peewee.TextField):
        return ("text", *text_limit(field.name, field.max_length if isinstance(field, peewee.CharField) else None))
    if isinstance(field, peewee.IntegerField):
        return "number", MAX_STORED_FEN if isinstance(field, MoneyField) else MAX_STORED_INT, None
    return "none", None, None
