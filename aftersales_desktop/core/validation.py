"""Checks shared by several services: phone numbers, required text, times not in the future."""

from __future__ import annotations

import datetime as dt
import re

from aftersales_desktop.core import clock
from aftersales_desktop.core.errors import ValidationError
from aftersales_desktop.core.i18n import T

_MOBILE = re.compile(r"^1[3-9]\d{9}$")
_LANDLINE = re.compile(r"^0\d{2,3}-?\d{7,8}(-\d{1,5})?$")


def check_phone(text: str, field: str = "phone", required: bool = True) -> str:
    """A Chinese mobile (11 digits starting with 1) or a landline with area code; returns it cleaned."""
    cleaned = re.sub(r"[\s()()]", "", text or "")
    if not cleaned:
        if required:
            raise ValidationError(T("请填写电话号码。", "Enter a phone number."), field)
        return ""
    if cleaned.startswith("+86"):
        cleaned = cleaned[3:]
    if _MOBILE.match(cleaned) or _LANDLINE.match(cleaned):
        return cleaned
    raise ValidationError(
        T(
            "电话号码“{v}”不正确:手机为 1 开头的 11 位数字,座机需带区号(如 010-12345678)。",
            "Phone number '{v}' is not valid: a mobile has 11 digits starting with 1; a landline needs its area code (e.g. 010-12345678).",
            v=text,
        ),
        field,
    )


def require_text(value: str, field: str, label: str) -> str:
    """Non-empty stripped text; `label` is the field's name in Chinese/English 'label|Label'."""
    cleaned = (value or "").strip()
    if not cleaned:
        zh, _, en = label.partition("|")
        raise ValidationError(T("请填写{z}。", "Enter the {e}.", z=zh, e=en or zh), field)
    return cleaned


def not_in_future(when: dt.datetime, field: str) -> dt.datetime:
    if when > clock.now() + dt.timedelta(minutes=1):
        raise ValidationError(
            T("时间 {t} 在将来,请检查。", "The time {t} is in the future; check it.", t=when.strftime("%Y-%m-%d %H:%M")),
            field,
        )
    return when
