"""Search as you type (gui/widgets/live_search.py): one search per pause, never an answer for older text."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QLineEdit

from aftersales_desktop.gui.widgets.live_search import LiveSearch


def _box(qtbot, delay_ms=60):
    edit = QLineEdit()
    qtbot.addWidget(edit)
    searched: list[str] = []
    shown: list[tuple[str, str]] = []

    def search(text: str) -> str:
        searched.append(text)
        return f"hits for {text}"

    live = LiveSearch(edit, search, lambda text, result: shown.append((text, result)), delay_ms=delay_ms)
    return edit, live, searched, shown


def test_a_burst_of_keys_searches_at_its_start_and_once_after_the_pause(qtbot):
    edit, live, searched, shown = _box(qtbot)
    qtbot.keyClicks(edit, "13912345678")  # eleven keys, far faster than the pause
    assert searched == ["1"]  # the first key after a pause answers at once
    qtbot.waitUntil(lambda: len(searched) == 2)
    assert searched == ["1", "13912345678"] and shown[-1] == ("13912345678", "hits for 13912345678")
    assert not live.pending()


def test_an_answer_for_text_that_changed_meanwhile_is_dropped(qtbot):
    edit = QLineEdit()
    qtbot.addWidget(edit)
    shown: list[str] = []

    def slow_search(text: str) -> str:
        if text == "wx":  # a key arrives while this search is still running
            edit.setText("wxm")
        return text

    live = LiveSearch(edit, slow_search, lambda text, result: shown.append(result), delay_ms=40)
    edit.setText("wx")
    assert shown == [] and live.dropped == 1  # "wx"'s answer never showed: the box says "wxm" now
    qtbot.waitUntil(lambda: shown == ["wxm"])
    assert edit.text() == "wxm"


def test_enter_searches_at_once(qtbot):
    edit, live, searched, shown = _box(qtbot, delay_ms=10_000)
    qtbot.keyClicks(edit, "wxm")
    assert searched == ["w"] and live.pending()
    qtbot.keyClick(edit, Qt.Key.Key_Return)
    assert searched == ["w", "wxm"] and shown[-1][0] == "wxm" and not live.pending()


def test_the_global_search_shows_hits_as_you_type(window, shop, qtbot):
    from tests.factories import make_customer

    customer, _ = make_customer(shop.clerk, name="王小明", phone="13912345678")
    window.search_box.setFocus()
    qtbot.keyClicks(window.search_box, "5678")  # digits from the end of the phone
    qtbot.waitUntil(lambda: [h.record_id for h in window.hits] == [customer.id])
    assert "王小明" in window.hits_model.item(0).text()
    window._hit_activated(window.hits_model.index(0, 0))
    assert window.current_area() == "calls"
