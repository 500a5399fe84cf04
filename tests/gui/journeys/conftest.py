"""The journeys start from the signed-in main window over a fresh small shop, in Chinese, at 1366×728.

To look at them: JOURNEY_LANG=en (the screen in English; papers stay in the shop's language) and
JOURNEY_SHOTS=folder (a picture at every step; on Xvfb with QT_QPA_PLATFORM=xcb the whole screen).
"""

from __future__ import annotations

import os
from pathlib import Path

import pytest

from tests.gui.journeys.helpers import Counter


@pytest.fixture
def counter(session, qtbot, fake_login, quiet_messages, tmp_path, request):
    """The main window as the counter PC shows it (Chinese, the size a 1366×768 screen leaves), manager signed in."""
    from PySide6.QtWidgets import QApplication

    from aftersales_desktop.gui import i18n
    from aftersales_desktop.gui.widgets.style import apply_style

    i18n.install(os.environ.get("JOURNEY_LANG", "zh_CN"))
    shots = None
    if os.environ.get("JOURNEY_SHOTS"):
        apply_style(QApplication.instance())  # the app's own look for the pictures
        shots = Path(os.environ["JOURNEY_SHOTS"]) / f"{request.node.name}-{os.environ.get('JOURNEY_LANG', 'zh_CN')}"
        shots.mkdir(parents=True, exist_ok=True)
    from aftersales_desktop.gui.main_window import MainWindow

    window = MainWindow(session)  # built after the language is chosen, as the app does: menus in that language
    qtbot.addWidget(window)
    window.setGeometry(0, 0, 1366, 728)  # the whole screen above the taskbar
    window.show()
    window.activateWindow()
    qtbot.waitActive(window)
    window.session.sign_out()  # each journey signs in the people it needs, as at the counter
    c = Counter(window, qtbot, fake_login, quiet_messages, tmp_path, shots)
    return c


@pytest.fixture
def stocked(shop):
    """A few customers and parts in the store, made through the services (the journeys' background)."""
    import datetime as dt
    from types import SimpleNamespace

    from aftersales_desktop.core import clock
    from aftersales_desktop.core.services.parts import create_part
    from aftersales_desktop.core.services.stock import receive
    from tests.factories import make_customer

    today = clock.today()
    wang, wang_ac = make_customer(shop.clerk, name="王小明", phone="13912345678",
                                  warranty_end=today - dt.timedelta(days=200))  # out of warranty: paid work
    li, li_washer = make_customer(shop.clerk, name="李娜", phone="13800001111", model="XQB75-36SP",
                                  warranty_end=today + dt.timedelta(days=200))
    capacitor = create_part(shop.storekeeper, code="RQ-35", name="启动电容", fits_models="KFR-35GW/BP3",
                            price_fen=4500, min_qty=2)
    receive(shop.storekeeper, capacitor.id, 6, 2000, "南京华瑞配件")
    fan = create_part(shop.storekeeper, code="FJ-12", name="室外风机", fits_models="KFR-35GW/BP3", price_fen=18000)
    receive(shop.storekeeper, fan.id, 2, 11000, "南京华瑞配件")
    return SimpleNamespace(wang=wang, wang_ac=wang_ac, li=li, li_washer=li_washer, capacitor=capacitor, fan=fan)
