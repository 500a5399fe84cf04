"""Checks shared by several services: phone numbers, required text, times not in the future."""

from __future__ import annotations

import datetime as dt

from aftersales_desktop.core import clock, settings
from aftersales_desktop.core.bounds import MAX_FEN  # one bound for every amount (core/bounds.py)
from aftersales_desktop.core.errors import ValidationError
from aftersales_desktop.core.i18n import T
from aftersales_desktop.core.phones import area_code, check_phone_number, normalise_phone


def shop_area_code() -> str:
    """The area code of the shop's own phone ('025' for 025-84561234): local numbers get it."""
    return area_code(normalise_phone(settings.get("shop_phone")) or "")


def check_phone(text: str, field: str = "phone", required: bool = True, local_area: str | None = None) -> str:
    """A Chinese mobile, a landline (a local one takes the shop's area code) or a 400/800 number, stored as
    digits (see core/phones.py); `local_area` overrides the shop's area code."""
    if local_area is None:
        whole = normalise_phone(text) if (text or "").strip() else None
        if whole is not None:
            return whole
        local_area = shop_area_code()  # read only when a number needs it
    return check_phone_number(text, local_area, field, required)


def require_text(value: str, field: str, label: str) -> str:
    """Non-empty stripped text; `label` is the field's name in Chinese/English 'label|Label'."""
    cleaned = (value or "").strip()
    if not cleaned:
        zh, _, en = label.partition("|")
        raise ValidationError(T("请填写{z}。", "Enter the {e}.", z=zh, e=en or zh), field)
    return cleaned


def not_in_future(when: dt.datetime, field: str) -> dt.datetime:
    from aftersales_desktop.core.bounds import check_day

    check_day(when, field)
    if when > clock.now() + dt.timedelta(minutes=1):
        raise ValidationError(
            T("时间 {t} 在将来,请检查。", "The time {t} is in the future; check it.", t=when.strftime("%Y-%m-%d %H:%M")),
            field,
        )
    return when


MAX_COUNT = 100_000


def check_money(value: object, field: str, *, allow_zero: bool = True) -> int:
    """A whole number of fen between 0 (or 1) and MAX_FEN; a sentence otherwise."""
    low = 0 if allow_zero else 1
    if not isinstance(value, int) or isinstance(value, bool) or not low <= value <= MAX_FEN:
        raise ValidationError(
            T("金额应在 {a} 到 10,000,000.00 元之间。", "An amount must be from {a} to 10,000,000.00 yuan.",
              a="0.00" if allow_zero else "0.01"),
            field,
        )
    return value


def check_count(value: object, field: str, *, minimum: int = 1, maximum: int = MAX_COUNT) -> int:
    """A whole number between `minimum` and `maximum` (quantities, percents, minutes)."""
    if not isinstance(value, int) or isinstance(value, bool) or not minimum <= value <= maximum:
        raise ValidationError(
            T("请填写 {a} 到 {b} 之间的整数。", "Enter a whole number from {a} to {b}.", a=minimum, b=maximum), field
        )
    return value


def clean_text(value: object, field: str, max_length: int, label: str, *, required: bool = False) -> str:
    """Stripped text of at most `max_length` characters without control or lone surrogate characters.

    `label` is the field's name 'zh|en' for the sentence.
    """
    text = value.strip() if isinstance(value, str) else ""
    zh, _, en = label.partition("|")
    if required and not text:
        raise ValidationError(T("请填写{z}。", "Enter the {e}.", z=zh, e=en or zh), field)
    if len(text) > max_length:
        raise ValidationError(
            T("{z}最多 {n} 个字。", "The {e} is at most {n} characters.", z=zh, e=en or zh, n=max_length), field
        )
    if any(0xD800 <= ord(c) <= 0xDFFF or (ord(c) < 32 and c not in "\n\t") for c in text):
        raise ValidationError(T("{z}中有无法保存的字符。", "The {e} contains characters that cannot be stored.",
                                z=zh, e=en or zh), field)
    return text


def storable(text: str) -> bool:
    """True when the text can be stored and searched (no lone surrogate such as '\\ud800', which UTF-8 cannot hold)."""
    try:
        text.encode("utf-8")
    except UnicodeEncodeError:
        return False
    return True
