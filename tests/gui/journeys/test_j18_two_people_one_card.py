"""Journey 18: two people on one repair card. The technician has the card open and types a diagnosis while the
supervisor, at another counter, saves the card first. The technician's save is refused with who and when; Keep
editing keeps what was typed, Reload shows the other save, and a save after it goes through."""

from __future__ import annotations

import datetime as dt

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QPlainTextEdit, QTableView

from aftersales_desktop.core import clock
from aftersales_desktop.core.models import RepairCard
from aftersales_desktop.core.services import repairs
from aftersales_desktop.gui.repairs.card_dialog import CardDialog
from tests.core.repair_helpers import card_in_shop


def test_a_card_saved_at_another_counter_is_not_overwritten(counter, shop):
    c = counter
    card = card_in_shop(shop)  # goods in earlier today (the journeys' background, through the services)
    c.sign_in(shop.technician)
    c.go("repairs")
    said: list[str] = []

    def two_people(screen: CardDialog) -> None:
        diagnosis = c.widget("diagnosis", QPlainTextEdit)
        c.type(diagnosis, "压缩机启动电容鼓包")
        clock.set_now(dt.datetime(2026, 3, 11, 14, 2))
        repairs.update_card(shop.supervisor, card.id, diagnosis="主板烧坏")  # the other counter saves first

        c.messages.answers["reload"] = False  # Keep editing
        c.click("save_button")
        said.append(c.messages.recorded[-1][1])
        assert diagnosis.toPlainText() == "压缩机启动电容鼓包"  # nothing typed is lost
        assert RepairCard.get_by_id(card.id).diagnosis == "主板烧坏"  # nor is the other person's save

        c.messages.answers["reload"] = True  # Reload: their diagnosis shows; the technician adds to it
        c.click("save_button")
        assert diagnosis.toPlainText() == "主板烧坏"
        c.key(Qt.Key.Key_End, diagnosis, Qt.KeyboardModifier.ControlModifier)  # after their words
        c.type(diagnosis, ",换主板")
        c.click("save_button")
        c.key(Qt.Key.Key_Escape, screen)

    c.modal(CardDialog, lambda: c.row(c.widget("in_shop_list", QTableView), card.number, double=True), two_people)
    supervisor = shop.supervisor.name
    assert said in ([f"这条记录已被 {supervisor} 在 14:02 改过 — 请重新载入后再改。"],  # who and when, in the
                    [f"changed by {supervisor} at 14:02 — reload"])  # screen's language (JOURNEY_LANG)
    assert RepairCard.get_by_id(card.id).diagnosis == "主板烧坏,换主板"
