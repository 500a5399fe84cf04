"""A barcode scanner types the code and Enter in one fast burst: anywhere in the main window that opens the
paper's record; in a form it fills the field meant for it. The bursts here are real key events (qtbot)."""

from __future__ import annotations

import pytest
from PySide6.QtCore import QEvent, Qt
from PySide6.QtWidgets import QLineEdit, QWidget

from aftersales_desktop.core.models import Deposit, GoodsReceipt, Voucher
from aftersales_desktop.core.services.calls import record_voucher_print
from aftersales_desktop.core.services.claims import create_claim
from aftersales_desktop.core.services.parts import create_part
from aftersales_desktop.gui.repairs import repairs_page
from aftersales_desktop.gui.widgets import scanner
from aftersales_desktop.gui.widgets.scanner import MAX_GAP_MS
from tests.core.repair_helpers import card_in_shop, taken_back_call


@pytest.fixture(autouse=True)
def key_pace(monkeypatch):
    """Keys arrive 5 ms apart, as from a scanner, whatever the load on the test machine; `pace[0]` changes it."""
    pace = [0.005]
    moments = [0.0]

    def tick() -> float:
        moments[0] += pace[0]
        return moments[0]

    monkeypatch.setattr(scanner, "now", tick)
    return pace


def scan(qtbot, widget, code: str) -> None:
    """What a scanner does: the code's keys and Enter, all within a few milliseconds."""
    qtbot.keyClicks(widget, code)
    qtbot.keyClick(widget, Qt.Key.Key_Return)


@pytest.fixture
def opened_cards(monkeypatch):
    """The repair card screen records what it opened instead of running its modal loop."""
    cards = []
    monkeypatch.setattr(repairs_page.RepairsPage, "open_card", lambda page, card_id: cards.append(card_id))
    return cards


@pytest.fixture
def papers(shop):
    card = card_in_shop(shop)
    voucher, _copy = record_voucher_print(shop.clerk, card.call_id)
    claim = create_claim(shop.clerk, card.receipt.customer_id, "压缩机", 50000, 10000)
    part = create_part(shop.storekeeper, code="KT-CAP-35", name="空调电容", bin_location="A-3")
    return {"card": card, "voucher": voucher, "claim": claim, "deposit": Deposit.get(Deposit.claim_order == claim.id),
            "part": part}


def test_a_scan_anywhere_opens_each_paper_kind(window, qtbot, papers, opened_cards):
    card, claim = papers["card"], papers["claim"]
    today = window.pages["today"]
    # the repair card (or its tag) and the goods receipt open the card
    scan(qtbot, today, card.number)
    assert window.current_area() == "repairs" and opened_cards == [card.id]
    scan(qtbot, window.nav, GoodsReceipt.get_by_id(card.receipt_id).number)
    assert opened_cards == [card.id, card.id]
    # the voucher selects its call in the register
    scan(qtbot, window.nav, papers["voucher"].number)
    calls = window.pages["calls"]
    assert window.current_area() == "calls" and calls.current_call_id() == card.call_id
    # the deposit receipt shows its claim order; the part label shows the part
    scan(qtbot, window.nav, papers["deposit"].number)
    parts = window.pages["parts"]
    assert window.current_area() == "parts" and parts.tabs.currentWidget() is parts.claims
    assert parts.claims.current().id == claim.id
    scan(qtbot, window.nav, "KT-CAP-35")
    assert parts.tabs.currentWidget() is parts.stock and parts.stock.current().code == "KT-CAP-35"


def test_the_global_search_field_opens_a_scanned_paper(window, qtbot, papers, opened_cards):
    window.search_box.setFocus()
    scan(qtbot, window.search_box, papers["card"].number)
    assert opened_cards == [papers["card"].id]
    assert window.search_box.text() == ""  # the code was a scan, not a search to keep
    scan(qtbot, window.search_box, "kt-cap-35")  # a part code: the search opens it exactly
    assert window.pages["parts"].stock.current().code == "KT-CAP-35"


def test_a_paper_scanned_into_a_list_filter_opens_it_and_leaves_the_filter(window, qtbot, papers, opened_cards):
    window.open_area("calls")
    box = window.pages["calls"].search
    box.setText("王")
    scan(qtbot, box, papers["card"].number)
    assert opened_cards == [papers["card"].id] and box.text() == "王"


def test_typing_is_not_a_scan_and_unknown_codes_only_say_so(window, qtbot, papers, opened_cards, key_pace):
    key_pace[0] = (MAX_GAP_MS + 30) / 1000  # a person: a key every 80 ms
    scan(qtbot, window.nav, papers["card"].number)
    assert opened_cards == []
    key_pace[0] = 0.005
    scan(qtbot, window.nav, "XH2026-99999")
    assert opened_cards == [] and "XH2026-99999" in window.statusBar().currentMessage()


def test_goods_in_a_scanned_serial_fills_the_serial_and_never_saves(qtbot, session, shop):
    from aftersales_desktop.gui.repairs.goods_in_dialog import GoodsInDialog

    taken_back_call(shop)
    dialog = GoodsInDialog(session)
    qtbot.addWidget(dialog)
    dialog.show()
    dialog.fault.setFocus()
    before = dialog.fault.toPlainText()
    scan(qtbot, dialog.fault, "SN-7788-X1")
    assert dialog.serial.text() == "SN-7788-X1"
    assert dialog.fault.toPlainText() == before  # the stated fault keeps what it had
    assert dialog.isVisible() and dialog.card is None  # the scanner's Enter did not press Save


def test_the_part_picker_takes_a_scanned_part_code(qtbot, session, shop, papers):
    from aftersales_desktop.core.queries.parts import find_work_order
    from aftersales_desktop.gui.parts.workorder_tab import IssueDialog

    create_part(shop.storekeeper, code="KT-CAP-3", name="空调电容小", bin_location="A-4")  # a prefix of the other
    dialog = IssueDialog(session, find_work_order(papers["card"].number))
    qtbot.addWidget(dialog)
    dialog.show()
    dialog.qty.setFocus()
    scan(qtbot, dialog.qty, "KT-CAP-35")
    assert dialog.part.current_part().code == "KT-CAP-35"
    assert dialog.isVisible()


def test_the_work_order_field_takes_the_scan_itself(window, qtbot, papers, opened_cards):
    window.open_area("parts")
    parts = window.pages["parts"]
    parts.tabs.setCurrentWidget(parts.work_order)
    field = parts.work_order.number
    assert isinstance(field, QLineEdit)
    scan(qtbot, field, papers["card"].number)
    assert opened_cards == [] and parts.work_order.order.number == papers["card"].number


def test_voucher_numbers_are_printed_as_scanned(papers):
    assert Voucher.get_by_id(papers["voucher"].id).number.startswith("PZ")


def test_a_tab_opened_for_the_first_time_is_built_in_place_with_the_scanner_off(window, qtbot, papers, opened_cards,
                                                                                 monkeypatch, shop):
    """The scanner's application-wide filter would see every event of a tab being built (thousands), one call
    into Python each: it is off while the Contracts tab is built, and listens again once the tab shows. The tab
    is made in the tab widget, where it stays: one built apart and moved in is restyled again."""
    import datetime as dt

    from aftersales_desktop.core import clock
    from aftersales_desktop.core.services.contracts import create_contract
    from aftersales_desktop.gui.opinion import contracts_tab
    from tests.factories import make_customer

    customer, product = make_customer(shop.clerk, name="李娜", phone="13800001111")
    contract = create_contract(shop.clerk, customer.id, [product.id], clock.today(),
                               clock.today() + dt.timedelta(days=365), fee_fen=36000, coverage="每年两次保养",
                               visits_included=2)
    seen: list[QEvent.Type] = []  # every event that reached the scanner (its kind: no widget is kept)
    listen = window.scanner.eventFilter
    monkeypatch.setattr(window.scanner, "eventFilter",
                        lambda watched, event: seen.append(event.type()) or listen(watched, event))
    made: dict[str, object] = {}

    class Watched(contracts_tab.ContractsTab):  # the real tab, noting what the scanner saw while it was made
        def __init__(self, *args, **kwargs) -> None:  # type: ignore[no-untyped-def]
            before = len(seen)
            super().__init__(*args, **kwargs)
            made.update(events=len(seen) - before, parent=self.parentWidget())

    monkeypatch.setattr(contracts_tab, "ContractsTab", Watched)
    window.resize(1366, 728)
    window.show()
    qtbot.waitExposed(window)
    nav = window.nav
    row = next(r for r in range(nav.count()) if nav.item(r).data(Qt.ItemDataRole.UserRole) == "opinion")
    qtbot.mouseClick(nav.viewport(), Qt.MouseButton.LeftButton, pos=nav.visualItemRect(nav.item(row)).center())
    page = window.pages["opinion"]
    bar = page.tabs.tabBar()
    index = page.tabs.indexOf(page.findChild(QWidget, "lazy_contracts"))  # a stand-in until it is shown
    qtbot.mouseClick(bar, Qt.MouseButton.LeftButton, pos=bar.tabRect(index).center())
    assert list(page.lazy.built) == ["surveys", "contracts"] and isinstance(page.tabs.currentWidget(), Watched)
    tab = page.tabs.currentWidget()
    assert made["events"] == 0  # the scanner was off while the tab was made
    assert made["parent"] is tab.parentWidget() and page.tabs.indexOf(tab) == index  # made where it stays
    assert tab.view.isVisible() and tab.model.rowCount() == 1 and contract.number in tab.model.data(
        tab.model.index(0, 0))
    seen.clear()
    scan(qtbot, tab.view, papers["card"].number)  # the scanner listens again once the tab is shown
    assert seen and opened_cards == [papers["card"].id]


def test_pauses_nest_and_the_scanner_listens_again_after_the_outermost(window, monkeypatch):
    from PySide6.QtWidgets import QApplication

    seen: list[QEvent.Type] = []
    listen = window.scanner.eventFilter
    monkeypatch.setattr(window.scanner, "eventFilter",
                        lambda watched, event: seen.append(event.type()) or listen(watched, event))

    def heard() -> bool:
        seen.clear()
        QApplication.sendEvent(window.nav, QEvent(QEvent.Type.User))
        return bool(seen)

    assert heard()
    with window.scanner.paused():
        with window.scanner.paused():  # a page's first tab is built while the page is
            assert not heard()
        assert not heard()  # the rest of the page is still being built
    assert heard()
