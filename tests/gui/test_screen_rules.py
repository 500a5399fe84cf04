"""Rules every screen keeps, walked over all of them: access keys are unique in what a window shows at once."""

from __future__ import annotations

import pytest
from PySide6.QtWidgets import QTabWidget, QWidget

from tests.gui.screen_checks import access_keys, clashes

ROLES = ("manager", "supervisor", "clerk", "technician", "storekeeper")

def every_tab(page: QWidget):  # type: ignore[no-untyped-def]
    """Show each tab of the page in turn (what a person sees at once is one tab)."""
    tab_widgets = page.findChildren(QTabWidget)
    if not tab_widgets:
        yield ""
        return
    for tabs in tab_widgets:
        for index in range(tabs.count()):
            tabs.setCurrentIndex(index)
            yield tabs.tabText(index)


@pytest.mark.parametrize("language", ["zh_CN", "en"])
def test_access_keys_are_unique_on_every_page_for_every_role(session, shop, qtbot, fake_login, language):
    from aftersales_desktop.gui import i18n
    from aftersales_desktop.gui.main_window import MainWindow

    i18n.install(language)
    window = MainWindow(session)
    qtbot.addWidget(window)
    window.resize(1366, 728)
    window.show()
    found = {}
    for role in ROLES:
        session.sign_in(shop.by_role(role))
        for spec in window.visible_areas():
            page = window.open_area(spec.key)
            for tab in every_tab(page):
                if clash := clashes(window):
                    found[f"{role}/{spec.key}/{tab}"] = clash
    assert not found, found
    assert access_keys("派工(&D)…") == ["D"] and access_keys("A && B") == []
