"""The settings dialog: working hours, weekdays, deadlines and a whole holiday block in one save."""

from __future__ import annotations

import datetime as dt

from aftersales_desktop.core import settings
from aftersales_desktop.core.models import Holiday
from aftersales_desktop.gui.dialogs.settings_dialog import SettingsDialog, parse_periods


def test_saves_working_hours_deadlines_and_a_holiday_block(session, qtbot):
    dialog = SettingsDialog(session)
    qtbot.addWidget(dialog)
    dialog.work_periods.setText("08:00-12:00，14:00-18:00")
    dialog.weekday_boxes[5].setChecked(True)  # Saturday
    dialog.city_hours.setValue(5)
    dialog.holidays.show_year(2026)
    dialog.holidays.text.setPlainText("2026-10-01..2026-10-08 国庆节\n2026-09-27 调休上班\n2026-10-10 调休上班")
    assert "8 天法定假日" in dialog.holidays.preview.text() or "8 holidays" in dialog.holidays.preview.text()
    dialog.save()
    assert dialog.result() == SettingsDialog.DialogCode.Accepted
    assert settings.get("work_periods") == [["08:00", "12:00"], ["14:00", "18:00"]]
    assert settings.get("work_weekdays") == [1, 2, 3, 4, 5, 6]
    assert settings.get("deadline_city_hours") == 5
    days = {h.day: (h.kind, h.name) for h in Holiday.select()}
    assert len(days) == 10
    assert days[dt.date(2026, 10, 3)] == ("holiday", "国庆节")
    assert days[dt.date(2026, 9, 27)] == ("workday", "调休上班")


def test_bad_hours_show_the_sentence_at_the_field_and_keep_the_text(session, qtbot):
    dialog = SettingsDialog(session)
    qtbot.addWidget(dialog)
    dialog.work_periods.setText("8:30 to 12")
    dialog.shop_terms.setPlainText("新条款")
    dialog.save()
    assert dialog.result() != SettingsDialog.DialogCode.Accepted
    assert "08:30-12:00" in dialog.error.text()
    assert dialog.work_periods.property("invalid") is True
    assert dialog.tabs.currentIndex() == 1
    assert dialog.work_periods.text() == "8:30 to 12" and dialog.shop_terms.toPlainText() == "新条款"
    assert settings.get("shop_terms") != "新条款"  # nothing half-saved


def test_bad_holiday_line_is_refused_before_anything_is_saved(session, qtbot):
    dialog = SettingsDialog(session)
    qtbot.addWidget(dialog)
    dialog.holidays.show_year(2026)
    dialog.holidays.text.setPlainText("2026-10-01..2026-10-08 国庆节\n2026-02-30 不存在")
    dialog.city_hours.setValue(4)
    dialog.save()
    assert "第 2 行" in dialog.error.text()
    assert dialog.tabs.currentWidget() is dialog.holidays
    assert not Holiday.select().exists()
    assert settings.get("deadline_city_hours") == 6


def test_parse_periods_accepts_chinese_punctuation():
    assert parse_periods("08:30-12:00；13:30~17:30") == [["08:30", "12:00"], ["13:30", "17:30"]]


def test_paper_language_and_size_are_shop_settings(session, qtbot):
    dialog = SettingsDialog(session)
    qtbot.addWidget(dialog)
    assert dialog.paper_language.currentData() == "zh_CN" and dialog.page_size.currentData() == "A5"
    dialog.paper_language.setCurrentIndex(dialog.paper_language.findData("en"))
    dialog.page_size.setCurrentIndex(dialog.page_size.findData("A4"))
    dialog.save()
    assert settings.get("paper_language") == "en" and settings.get("voucher_page_size") == "A4"
    assert settings.get("language") == "auto"  # the screen's language is a separate choice
