"""Two counters on one server: a call registered at one shows in the other's open list within 2 seconds."""

from __future__ import annotations

import datetime as dt
import multiprocessing
import time

from aftersales_desktop.core import clock
from aftersales_desktop.core.db import open_server, opened_url
from aftersales_desktop.core.paths import data_paths
from aftersales_desktop.gui.live import ServerListener
from aftersales_desktop.gui.main_window import MainWindow
from aftersales_desktop.gui.session import Session
from tests.factories import make_customer, make_shop


def _other_counter(url: str, clerk_id: int, product_id: int, customer_id: int, at: dt.datetime, done) -> None:
    from aftersales_desktop.core.db import open_target
    from aftersales_desktop.core.dburl import parse
    from aftersales_desktop.core.models import Staff
    from aftersales_desktop.core.services.calls import register_call

    clock.set_now(at)
    open_target(parse(url))
    call = register_call(Staff.get_by_id(clerk_id), received_at=at, channel="phone", problem="另一台电脑登记的",
                         customer_id=customer_id, product_id=product_id)
    done.put(call.number)


def test_a_call_registered_at_another_counter_appears_in_the_open_list_within_two_seconds(
        pg_database, data_dir, frozen_now, qtbot, fake_login):
    open_server(pg_database)
    shop = make_shop()
    _, product = make_customer(shop.clerk)
    session = Session(data_paths(data_dir).ensure())
    session.sign_in(shop.clerk)
    window = MainWindow(session)
    qtbot.addWidget(window)
    listener = ServerListener(session.notify_changed, parent=window)
    page = window.open_area("calls")
    before = page.model.total_count
    ctx = multiprocessing.get_context("spawn")
    done = ctx.Queue()
    other = ctx.Process(target=_other_counter, args=(opened_url(), shop.clerk.id, product.id, product.customer_id,
                                                     frozen_now, done))
    other.start()
    number = done.get(timeout=60)
    committed = time.monotonic()
    qtbot.waitUntil(lambda: page.model.total_count == before + 1, timeout=2000)
    assert time.monotonic() - committed < 2.0
    other.join(timeout=30)
    assert number.startswith("JX")
    listener.stop()
