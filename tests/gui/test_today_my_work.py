"""A technician's Today starts with their own work: the running timer, their calls, their cards."""

from __future__ import annotations

import datetime as dt

from PySide6.QtCore import Qt

from aftersales_desktop.core import clock
from aftersales_desktop.core.services import repairs, worklog
from aftersales_desktop.core.services.calls import dispatch_call, register_call
from aftersales_desktop.gui import main_window
from tests.core.repair_helpers import card_in_shop
from tests.factories import make_customer
from tests.gui.test_main_window import RecordingPage


def test_my_work_comes_first_for_a_technician(window, session, shop, qtbot, monkeypatch):
    card = card_in_shop(shop, paid=False, name="李娜")  # assigned to 赵志强
    repairs.start_repair(shop.technician, card.id)
    worklog.start_timer(shop.technician, card.id)
    customer, product = make_customer(shop.clerk, name="周海燕", phone="13600001111")
    mine = register_call(shop.clerk, received_at=clock.now(), channel="phone", problem="不制热",
                         customer_id=customer.id, product_id=product.id)
    dispatch_call(shop.supervisor, mine.id, shop.technician.id)
    others = register_call(shop.clerk, received_at=clock.now(), channel="phone", problem="漏水",
                           customer_id=customer.id, product_id=product.id)
    dispatch_call(shop.supervisor, others.id, shop.technician2.id)
    clock.set_now(clock.now() + dt.timedelta(hours=8))  # past the arrival deadline: shown late
    monkeypatch.setattr(main_window, "page_class", lambda spec: RecordingPage)

    session.sign_in(shop.technician)
    today = window.pages["today"]
    work = today.my_work
    lines = [work.item(r).text() for r in range(work.count())]
    assert len(lines) == 3 and lines[0].startswith("▶") and card.number in lines[0]
    assert mine.number in lines[1] and card.number in lines[2]
    assert not any(others.number in line for line in lines)
    assert work.item(1).foreground().color().name() == "#b3261e"  # late
    work.setCurrentRow(1)
    qtbot.keyClick(work, Qt.Key.Key_Return)
    assert window.current_area() == "calls" and window.pages["calls"].records == [("call", mine.id)]

    session.sign_in(shop.clerk)  # the counter's Today has no My work
    assert window.pages["today"].my_work is None
