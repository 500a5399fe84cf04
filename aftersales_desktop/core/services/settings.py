"""Changing shop settings and the holiday calendar (manager only)."""

from __future__ import annotations

import datetime as dt
import re
from pathlib import PurePosixPath, PureWindowsPath
from typing import Any

from aftersales_desktop.core import settings
from aftersales_desktop.core.bounds import FIRST_YEAR, LAST_YEAR, MAX_FEN, check_text
from aftersales_desktop.core.concurrency import check_unchanged
from aftersales_desktop.core.errors import ValidationError
from aftersales_desktop.core.i18n import T
from aftersales_desktop.core.models import Holiday, Setting, Staff
from aftersales_desktop.core.permissions import Action
from aftersales_desktop.core.services import unit_of_work
from aftersales_desktop.core.validation import check_phone
from aftersales_desktop.core.vocab import HOLIDAY_KIND

_HHMM = re.compile(r"^([01]\d|2[0-3]):[0-5]\d$")


def _check(key: str, value: Any) -> Any:
    option = settings.OPTIONS.get(key)
    if option is None:
        raise ValidationError(T("未知的设置项 {k}。", "Unknown setting {k}.", k=key))
    if option.kind is int and (not isinstance(value, int) or isinstance(value, bool) or value < 0):
        raise ValidationError(T("“{k}”应为非负整数。", "'{k}' must be a whole number, 0 or more.", k=key), key)
    if option.kind is int and value > (MAX_FEN if key.endswith("_fen") else 10_000):
        raise ValidationError(T("“{k}”的数值太大。", "'{k}' is far too large.", k=key), key)
    if option.kind is str and not isinstance(value, str):
        raise ValidationError(T("“{k}”应为文字。", "'{k}' must be text.", k=key), key)
    if option.kind is str:  # printed on every paper: a shop name fits the header, the terms its foot
        check_text(value, key, 1000 if key == "shop_terms" else 200, 10)
    if option.kind is list and not isinstance(value, list):
        raise ValidationError(T("“{k}”的格式不正确。", "'{k}' is not in the right form.", k=key), key)
    if option.kind is bool and not isinstance(value, bool):
        raise ValidationError(T("“{k}”应为是或否。", "'{k}' is yes or no.", k=key), key)
    if key == "shop_phone":
        value = check_phone(value, key, required=False)  # stored as digits; its area code completes local numbers
    if key == "work_periods":
        _check_periods(value)
    if key == "backup_pc":
        value = value.strip()
        if len(value) > 63:  # a computer name (Windows: 15 characters, a host name at most 63)
            raise ValidationError(T("电脑名称太长。", "That computer name is too long."), key)
    if key == "backup_folder":
        value = value.strip()
        if value and not (PureWindowsPath(value).is_absolute() or PurePosixPath(value).is_absolute()):
            raise ValidationError(T("备份文件夹请填写完整路径,例如 D:\\售后备份。",
                                    "Give the backup folder's full path, e.g. D:\\Backups."), key)
    if key == "regular_suppliers":
        _check_suppliers(value)
    if key == "work_weekdays" and (not value or any(type(d) is not int or d not in range(1, 8) for d in value)):
        raise ValidationError(T("请至少选择一个工作日。", "Choose at least one working weekday."), key)
    if key == "letter_salutation" and value not in settings.SALUTATIONS:
        raise ValidationError(T("称呼方式不在可选范围内。", "Choose one of the offered salutations."), key)
    if key == "voucher_page_size" and value not in ("A5", "A4"):
        raise ValidationError(T("纸张只能是 A5 或 A4。", "The page size is A5 or A4."), key)
    if key == "paper_language" and value not in ("zh_CN", "en"):
        raise ValidationError(T("单据语言只能是中文或英文。", "Papers are in Chinese or English."), key)
    if key == "tag_size" and value not in ("60x40", "50x30"):
        raise ValidationError(T("标签尺寸只能是 60x40 或 50x30。", "The label size is 60x40 or 50x30."), key)
    if key == "language" and value not in ("auto", "zh_CN", "en"):
        raise ValidationError(T("语言只能是中文或英文。", "The language is Chinese or English."), key)
    if key in ("discount_max_percent", "margin_min_percent") and value > 100:
        raise ValidationError(T("百分比不能超过 100。", "A percentage cannot be above 100."), key)
    if key in ("labour_rate_fen_per_hour", "labour_cost_fen_per_hour") and value > 10_000_000:
        raise ValidationError(T("每小时金额过大。", "That hourly amount is too large."), key)
    if key in ("deadline_city_hours", "deadline_suburb_hours", "answer_hours") and value == 0:
        raise ValidationError(T("时限必须大于 0 小时。", "A time limit must be more than 0 hours."), key)
    return value


def _check_suppliers(value: Any) -> None:
    if not isinstance(value, list) or any(not isinstance(v, str) or not v.strip() or len(v.strip()) > 80 for v in value):
        raise ValidationError(T("常用供应商每行一个名称,最多 80 个字。", "Regular suppliers: one name a line, at most 80 "
                                "characters."), "regular_suppliers")
    if len({v.strip() for v in value}) != len(value):
        raise ValidationError(T("常用供应商有重复。", "A regular supplier is listed twice."), "regular_suppliers")


def _check_periods(value: Any) -> None:
    bad = ValidationError(
        T(
            "上班时间格式应为 08:30-12:00,时段按先后排列且不重叠。",
            "Working hours look like 08:30-12:00, in order and not overlapping.",
        ),
        "work_periods",
    )
    if not isinstance(value, list) or not value:
        raise bad
    last_end = ""
    for period in value:
        if not (isinstance(period, list) and len(period) == 2 and all(_HHMM.match(str(p)) for p in period)):
            raise bad
        start, end = period
        if not (last_end <= start < end):
            raise bad
        last_end = end


def update_settings(actor: Staff, values: dict[str, Any], *, seen_version: int | None = None) -> None:
    """Save several settings at once; all are checked before any is written. `seen_version`: the settings'
    version (concurrency.version_of("setting", None)) when the dialog was filled."""
    checked = {key: _check(key, value) for key, value in values.items()}
    with unit_of_work(actor, Action.SETTINGS_EDIT) as uow:
        if "backup_pc" in checked or "backup_folder" in checked:
            pc = checked.get("backup_pc", settings.get("backup_pc"))
            if pc and not checked.get("backup_folder", settings.get("backup_folder")):
                raise ValidationError(T("请填写每日备份保存到哪个文件夹。", "Give the folder the daily backups go to."),
                                      "backup_folder")
        check_unchanged(None, "setting", None, seen_version)
        for key, value in checked.items():
            before = settings.get(key)
            if before == value:
                continue
            # an upsert both engines know (SQLite's REPLACE is not PostgreSQL's)
            Setting.insert(key=key, value=value).on_conflict(
                conflict_target=[Setting.key], update={Setting.value: value}).execute()
            uow.audit("setting", None, before={key: before}, after={key: value}, note=key)
        if uow.audited == 0:
            uow.audit("setting", None, note="saved without changes")


def set_holidays(actor: Staff, year: int, days: list[tuple[dt.date, str, str]], *,
                 seen_version: int | None = None) -> int:
    """Replace a year's calendar exceptions in one go: (day, 'holiday'|'workday', name). Returns the count.
    `seen_version`: the calendar's version (concurrency.version_of("holiday", None)) when the editor opened."""
    if not isinstance(year, int) or not FIRST_YEAR <= year <= LAST_YEAR:
        raise ValidationError(T("年份应在 {a} 到 {b} 之间。", "The year must be from {a} to {b}.", a=FIRST_YEAR, b=LAST_YEAR),
                              "year")
    for day, kind, _name in days:
        if day.year != year:
            raise ValidationError(T("{d} 不在 {y} 年内。", "{d} is not in {y}.", d=day, y=year), "holidays")
        if kind not in HOLIDAY_KIND:
            raise ValidationError(T("假日类型应为法定假日或调休上班。", "A day is a holiday or a make-up workday."))
    if len({d for d, _k, _n in days}) != len(days):
        raise ValidationError(T("同一天出现了两次。", "A day is listed twice."), "holidays")
    with unit_of_work(actor, Action.CALENDAR_EDIT) as uow:
        check_unchanged(None, "holiday", None, seen_version)
        start, end = dt.date(year, 1, 1), dt.date(year, 12, 31)
        removed = Holiday.delete().where(Holiday.day.between(start, end)).execute()
        for day, kind, name in days:
            Holiday.create(day=day, kind=kind, name=name)
        uow.audit("holiday", None, before={"year": year, "count": removed}, after={"year": year, "count": len(days)})
    return len(days)
