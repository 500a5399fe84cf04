"""Journey 6: the supervisor records the same appearance breach three times in a month; the penalty climbs."""

from __future__ import annotations

import datetime as dt

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QComboBox, QLineEdit, QPushButton

from aftersales_desktop.core import clock
from aftersales_desktop.core.models import ConductEntry
from aftersales_desktop.core.services.conduct import rest_words
from aftersales_desktop.gui.conduct.entry_dialog import RecordEntryDialog
from tests.gui.journeys.helpers import pdf_text


def test_an_appearance_breach_climbs_the_ladder(counter, shop, tmp_path):
    c = counter
    c.sign_in(shop.supervisor)
    previews = []
    for day, what in enumerate(("上班时佩戴饰物", "当客人面打呵欠", "工作服不整洁")):
        clock.set_now(dt.datetime(2026, 3, 9 + day, 9, 5))
        conduct = c.go("conduct")
        c.tab(conduct.tabs, conduct.entries)

        def record(dialog: RecordEntryDialog, what: str = what) -> None:
            c.type(c.widget("staff", QComboBox).lineEdit(), "zzq")  # pinyin initials of 赵志强
            rule = c.widget("rule", QComboBox)
            c.type(rule.lineEdit(), "仪容")
            popup = rule.completer().popup()
            c.qtbot.waitUntil(popup.isVisible)  # the matching rules drop down; pick the first
            c.key(Qt.Key.Key_Down, popup)
            c.key(Qt.Key.Key_Return, popup)
            assert rule.currentText().startswith("YR-01")
            c.type(c.widget("description", QLineEdit), what)
            previews.append(c.widget("preview_label").text())
            c.key(Qt.Key.Key_Return, c.widget("description", QLineEdit))  # Enter saves

        c.modal(RecordEntryDialog, lambda: c.click("conduct_record"), record)
    assert "1" in previews[0] and "5.00" in previews[0]  # 第 1 次 / Time 1, the fine
    assert str(rest_words(1)) in previews[1] and str(rest_words(2)) in previews[2]  # then rest docked
    entries = list(ConductEntry.select().where(ConductEntry.staff == shop.technician.id).order_by(ConductEntry.id))
    assert [e.ladder_step for e in entries] == [1, 2, 3]
    assert [e.amount_fen for e in entries] == [500, 0, 0] and [e.rest_half_days for e in entries] == [0, 1, 2]

    c.row(c.widget("conduct_entries"), entries[2].number)
    notice = c.print_to_file(lambda: c.click("conduct_print"), tmp_path / "notice.pdf")
    paper = pdf_text(notice)
    assert "处罚通知单" in paper and entries[2].number in paper and "赵志强" in paper
    assert "扣一天休" in paper and "本期第3次" in paper

    c.click("conduct_ack")  # the notice came back signed by the person
    assert ConductEntry.get_by_id(entries[2].id).acknowledged_at == clock.now(), c.messages.recorded

    c.sign_in(shop.technician)  # the person concerned sees their own log, nobody else's
    c.go("conduct")
    view = c.widget("conduct_entries")
    assert view.model().rowCount() == 3 and not c.page().findChild(QPushButton, "conduct_record").isVisible()
