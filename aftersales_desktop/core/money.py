"""Money is an integer number of fen (分) everywhere in the core; these helpers are for the edges."""

from __future__ import annotations

import re
from decimal import ROUND_HALF_UP, Decimal, InvalidOperation

from aftersales_desktop.core.errors import ValidationError
from aftersales_desktop.core.i18n import T

_YUAN = re.compile(r"^\s*([+-]?)\s*(?:¥|￥)?\s*([0-9][0-9,]*)(?:\.([0-9]{1,2}))?\s*(?:元)?\s*$")


def parse_yuan(text: str, field: str | None = None) -> int:
    """Turn what a person typed ('12', '12.5', '1,200.00元') into fen; a clear error otherwise."""
    match = _YUAN.match(text or "")
    if not match:
        raise ValidationError(
            T("金额“{v}”无法识别,请输入如 120 或 120.50 的数字。", "Amount '{v}' is not a number like 120 or 120.50.", v=text),
            field,
        )
    sign, whole, frac = match.groups()
    fen = int(whole.replace(",", "")) * 100 + int((frac or "0").ljust(2, "0"))
    return -fen if sign == "-" else fen


def yuan_to_fen(value: Decimal | float | int | str) -> int:
    """Exact conversion of a yuan amount (e.g. from Excel) to fen, rounding half up."""
    try:
        return int((Decimal(str(value)) * 100).quantize(Decimal("1"), rounding=ROUND_HALF_UP))
    except InvalidOperation as exc:
        raise ValidationError(T("金额“{v}”不是数字。", "Amount '{v}' is not a number.", v=value)) from exc


def fen_to_decimal(fen: int) -> Decimal:
    """Fen as an exact Decimal number of yuan (two places), for spreadsheets."""
    return (Decimal(fen) / 100).quantize(Decimal("0.01"))


def format_yuan(fen: int, symbol: bool = False) -> str:
    """12345 -> '123.45' (or '¥123.45'); thousands separated; the sign goes first: '-¥20.00'."""
    sign = "-" if fen < 0 else ""
    whole, part = divmod(abs(fen), 100)
    return f"{sign}{'¥' if symbol else ''}{whole:,}.{part:02d}"


_DIGITS = "零壹贰叁肆伍陆柒捌玖"
_UNITS = ("", "拾", "佰", "仟")
_GROUPS = ("", "万", "亿", "万亿")


def _four_digits(chunk: int) -> str:
    """0-9999 in capitals, with 零 for an inner run of zeros: 1005 -> 壹仟零伍."""
    text, zero = "", False
    for place in range(3, -1, -1):
        digit = chunk // 10**place % 10
        if digit:
            text += ("零" if zero else "") + _DIGITS[digit] + _UNITS[place]
            zero = False
        elif text:
            zero = True
    return text


def capital_yuan(fen: int) -> str:
    """An amount in Chinese capitals (大写金额) as a receipt carries it: 2000 -> 贰拾元整, 12345 -> 壹佰贰拾叁元肆角伍分.

    Written by the usual rules for receipts and cheques: 零 for zeros inside the number and between 万/亿
    groups (壹拾万零伍佰元整), 整 after a whole number of 元, 零 between 元 and 分 when there are no 角
    (壹佰元零伍分), 负 before a negative amount.
    """
    whole, rest = divmod(abs(fen), 100)
    jiao, cents = divmod(rest, 10)
    groups: list[int] = []
    number = whole
    while number:
        number, chunk = divmod(number, 10000)
        groups.append(chunk)
    text = ""
    for index in range(len(groups) - 1, -1, -1):
        chunk = groups[index]
        if not chunk:
            continue
        # A group below 1000 after a higher group reads with 零 (壹万零伍拾), as does a skipped group.
        gap = bool(text) and (chunk < 1000 or groups[index + 1] == 0)
        text += ("零" if gap else "") + _four_digits(chunk) + _GROUPS[index]
    if text:
        text += "元"
    if jiao:
        text += _DIGITS[jiao] + "角"
    if cents:
        text += ("零" if text and not jiao else "") + _DIGITS[cents] + "分"
    if not rest:
        text = (text or "零元") + "整"
    return ("负" if fen < 0 else "") + text
