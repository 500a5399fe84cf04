"""What every paper shares: the shop's header, the page size setting, money and date formats."""

from __future__ import annotations

import datetime as dt
import functools
from collections.abc import Callable
from contextlib import AbstractContextManager
from typing import ParamSpec, TypeVar

from aftersales_desktop.core import settings
from aftersales_desktop.core.i18n import T, using_language
from aftersales_desktop.core.money import format_yuan
from aftersales_desktop.core.phones import format_phone
from aftersales_desktop.export.paper import PageSize, ShopHeader

P = ParamSpec("P")
R = TypeVar("R")


def paper_language() -> AbstractContextManager[None]:
    """The shop's paper language for a while: papers and the workbook never follow one person's screen."""
    return using_language(settings.get("paper_language"))


def in_paper_language(build: Callable[P, R]) -> Callable[P, R]:
    """A paper (or the workbook) is written in the shop's paper language, whoever prints it."""

    @functools.wraps(build)
    def written(*args: P.args, **kwargs: P.kwargs) -> R:
        with paper_language():
            return build(*args, **kwargs)

    return written


def shop_header() -> ShopHeader:
    return ShopHeader(settings.get("shop_name"), settings.get("shop_address"), shop_phone())


def shop_phone() -> str:
    """The shop's phone as printed (grouped: 025-8456 1234)."""
    return format_phone(settings.get("shop_phone"))


# Names of organisations (companies, factories, schools …) are greeted without 先生/女士.
_ORGANISATION = ("公司", "集团", "中心", "银行", "酒店", "宾馆", "饭店", "医院", "学校", "大学", "中学", "小学",
                 "幼儿园", "委员会", "物业", "厂", "局", "院", "所", "部", "店", "馆", "处", "站", "社")


def salutation(name: str) -> str:
    """The greeting of a letter, in the form the shop chose: 尊敬的陈平先生/女士: (default), 尊敬的陈平客户:
    or 尊敬的陈平:; an organisation is greeted by its name alone."""
    name = " ".join((name or "").split())
    form = settings.get("letter_salutation")
    if len(name) >= 4 and name.endswith(_ORGANISATION):
        form = "name"
    if form == "sir_madam":
        return str(T("尊敬的{n}先生/女士:", "Dear Mr/Ms {n},", n=name))
    if form == "customer":
        return str(T("尊敬的{n}客户:", "Dear customer {n},", n=name))
    return str(T("尊敬的{n}:", "Dear {n},", n=name))


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
