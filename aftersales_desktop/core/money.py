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
    """12345 -> '123.45' (or '¥123.45'); thousands separated."""
    sign = "-" if fen < 0 else ""
    whole, part = divmod(abs(fen), 100)
    text = f"{sign}{whole:,}.{part:02d}"
    return f"¥{text}" if symbol else text
