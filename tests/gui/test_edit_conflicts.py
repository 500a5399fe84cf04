"""Two people editing the same repair card: the second save is refused with who and when, the form keeps what
was typed (Keep editing), and Reload shows the other person's save."""

from __future__ import annotations

import datetime as dt

from aftersales_desktop.core import clock
from aftersales_desktop.core.i18n import set_language
from aftersales_desktop.core.models import RepairCard
from aftersales_desktop.core.services import repairs
from aftersales_desktop.core.services.staff import create_staff
from aftersales_desktop.gui.repairs.card_dialog import CardDialog
from tests.core.repair_helpers import card_in_shop


def test_a_card_saved_meanwhile_is_not_overwritten_and_the_form_stays_filled(qtbot, session, shop, quiet_messages):
    set_language("en")
    card = card_in_shop(shop)
    li = create_staff(shop.manager, "李卫东", "supervisor", "1234")
    screen = CardDialog(session, card.id)  # the manager's counter opens the card
    qtbot.addWidget(screen)
    screen.diagnosis.setPlainText("压缩机启动电容鼓包")
    clock.set_now(dt.datetime(2026, 3, 11, 14, 2))
    repairs.update_card(li, card.id, diagnosis="主板烧坏")  # another counter saves first

    quiet_messages.answers["reload"] = False  # Keep editing
    screen.save_card()
    assert quiet_messages.recorded[-1] == ("reload", "changed by 李卫东 at 14:02 — reload")
    assert screen.diagnosis.toPlainText() == "压缩机启动电容鼓包"
    assert RepairCard.get_by_id(card.id).diagnosis == "主板烧坏"

    quiet_messages.answers["reload"] = True  # Reload: their diagnosis shows, and a save after it goes through
    screen.save_card()
    assert screen.diagnosis.toPlainText() == "主板烧坏"
    screen.diagnosis.setPlainText("主板烧坏,换主板")
    screen.save_card()
    assert RepairCard.get_by_id(card.id).diagnosis == "主板烧坏,换主板"
