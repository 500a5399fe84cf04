"""What every paper shares: the shop's header, the page size setting, money and date formats."""

from __future__ import annotations

import datetime as dt

from aftersales_desktop.core import settings
from aftersales_desktop.core.money import format_yuan
from aftersales_desktop.core.phones import format_phone
from aftersales_desktop.export.paper import PageSize, ShopHeader


def shop_header() -> ShopHeader:
    return ShopHeader(settings.get("shop_name"), settings.get("shop_address"), shop_phone())


def shop_phone() -> str:
    """The shop's phone as printed (grouped: 025-8456 1234)."""
    return format_phone(settings.get("shop_phone"))


def page_size() -> PageSize:
    """The setting, read as one of the two sizes the papers are drawn for (anything else prints on A4)."""
    return "A5" if settings.get("voucher_page_size") == "A5" else "A4"


def terms() -> str:
    return settings.get("shop_terms")


def yuan(fen: int | None) -> str:
    return "" if fen is None else format_yuan(fen, symbol=True)


def when(value: dt.datetime | dt.date | None) -> str:
    if value is None:
        return ""
    if isinstance(value, dt.datetime):
        return value.strftime("%Y-%m-%d %H:%M")
    return value.strftime("%Y-%m-%d")
